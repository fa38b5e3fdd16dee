//! `job.importCustomers`: a customer list of any length, sent as
//! `job/importCustomer` chunks of at most 100 (the endpoint's limit).
//!
//! Every row is checked before anything is sent, by the endpoint's own
//! params check run on each chunk; an issue names the row by its index in the
//! whole list (`customerPersons[250].phoneNumber`), so a bad row anywhere
//! means nothing is imported. The sending (order, concurrency, progress) is
//! the wasm layer's.

use super::api::job::ImportCustomer;
use super::operation::wire_params;
use crate::error::{Error, Issue};
use serde_json::{Map, Value};

/// How errors of the method name themselves.
pub const ENDPOINT: &str = "yiwise job/importCustomers";

/// The most rows one `job/importCustomer` takes (task.md).
pub const MAX_CHUNK: usize = 100;

/// One request of a bulk import: rows `from..to` (0-based, `to` exclusive)
/// of the caller's list, as that request's params.
#[derive(Debug, Clone, PartialEq)]
pub struct Chunk {
    /// Index of the first row.
    pub from: usize,
    /// Index after the last row.
    pub to: usize,
    /// `{ robotCallJobId, customerPersons: [rows from..to] }`, checked.
    pub params: Value,
}

/// Splits `params` (`{ robotCallJobId, customerPersons }`) into chunks of
/// `chunk_size` rows (1 to [`MAX_CHUNK`]) after checking every row.
///
/// ```
/// use yiwise_rongzi::yiwise::bulk_import::plan;
/// let rows: Vec<_> = (0..250).map(|i| serde_json::json!({ "name": "x", "phoneNumber": format!("138{i:08}") })).collect();
/// let chunks = plan(serde_json::json!({ "robotCallJobId": 7, "customerPersons": rows }), 100).unwrap();
/// assert_eq!(chunks.iter().map(|c| (c.from, c.to)).collect::<Vec<_>>(), [(0, 100), (100, 200), (200, 250)]);
/// let mut bad = rows.clone();
/// bad[217] = serde_json::json!({ "name": "x" });
/// let e = plan(serde_json::json!({ "robotCallJobId": 7, "customerPersons": bad }), 100).unwrap_err();
/// assert_eq!(e.field.as_deref(), Some("customerPersons[217].phoneNumber"));
/// ```
pub fn plan(params: Value, chunk_size: usize) -> Result<Vec<Chunk>, Error> {
    if chunk_size == 0 || chunk_size > MAX_CHUNK {
        return Err(Error::validation(
            ENDPOINT,
            vec![Issue::new(
                "options.chunkSize",
                format!("must be 1 to {MAX_CHUNK} (the rows one job/importCustomer takes)"),
            )],
        ));
    }
    let Value::Object(mut fields) = params else {
        return Err(Error::validation(
            ENDPOINT,
            vec![Issue::new(
                "params",
                "must be an object { robotCallJobId, customerPersons }",
            )],
        ));
    };
    let rows = match fields.remove("customerPersons") {
        Some(Value::Array(rows)) if !rows.is_empty() => rows,
        Some(Value::Array(_)) => {
            return Err(Error::validation(
                ENDPOINT,
                vec![Issue::new(
                    "customerPersons",
                    "must hold at least one customer",
                )],
            ))
        }
        _ => {
            return Err(Error::validation(
                ENDPOINT,
                vec![Issue::new(
                    "customerPersons",
                    "is required: an array of customers",
                )],
            ))
        }
    };
    let mut chunks = Vec::with_capacity(rows.len().div_ceil(chunk_size));
    let mut issues: Vec<Issue> = Vec::new();
    for (n, part) in rows.chunks(chunk_size).enumerate() {
        let from = n * chunk_size;
        let mut p = Map::with_capacity(fields.len() + 1);
        p.extend(fields.iter().map(|(k, v)| (k.clone(), v.clone())));
        p.insert("customerPersons".into(), Value::Array(part.to_vec()));
        let params = Value::Object(p);
        if let Err(e) = wire_params::<ImportCustomer>(params.clone()) {
            for mut issue in e.issues {
                issue.field = renumber(&issue.field, from);
                // A problem outside the rows (robotCallJobId) shows up in every chunk: once is enough.
                if !issues.contains(&issue) {
                    issues.push(issue);
                }
            }
        }
        chunks.push(Chunk {
            from,
            to: from + part.len(),
            params,
        });
    }
    if issues.is_empty() {
        Ok(chunks)
    } else {
        Err(Error::validation(ENDPOINT, issues))
    }
}

/// `customerPersons[i]…` of a chunk starting at row `from` → `customerPersons[from + i]…`.
fn renumber(field: &str, from: usize) -> String {
    let Some(rest) = field.strip_prefix("customerPersons[") else {
        return field.to_string();
    };
    let Some((index, tail)) = rest.split_once(']') else {
        return field.to_string();
    };
    match index.parse::<usize>() {
        Ok(i) => format!("customerPersons[{}]{tail}", from + i),
        Err(_) => field.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rows(n: usize) -> Vec<Value> {
        (0..n)
            .map(|i| json!({ "name": format!("客户{i}"), "phoneNumber": format!("139{i:08}") }))
            .collect()
    }

    #[test]
    fn chunks_cover_every_row_once_in_order() {
        for (n, size) in [(1, 100), (100, 100), (101, 100), (250, 7), (5, 1)] {
            let chunks = plan(
                json!({ "robotCallJobId": 1, "customerPersons": rows(n) }),
                size,
            )
            .unwrap();
            assert_eq!(chunks.first().unwrap().from, 0);
            assert_eq!(chunks.last().unwrap().to, n);
            for w in chunks.windows(2) {
                assert_eq!(w[0].to, w[1].from);
            }
            assert!(chunks.iter().all(|c| c.to - c.from <= size));
            let sent: usize = chunks
                .iter()
                .map(|c| c.params["customerPersons"].as_array().unwrap().len())
                .sum();
            assert_eq!(sent, n);
        }
    }

    #[test]
    fn every_bad_row_is_named_by_its_index_in_the_whole_list_and_nothing_is_planned() {
        let mut r = rows(230);
        r[3] = json!({ "name": "x" });
        r[150] = json!({ "name": "x", "phoneNumber": 5 });
        let e = plan(json!({ "robotCallJobId": 1, "customerPersons": r }), 100).unwrap_err();
        let fields: Vec<_> = e.issues.iter().map(|i| i.field.as_str()).collect();
        assert!(
            fields.contains(&"customerPersons[3].phoneNumber"),
            "{fields:?}"
        );
        assert!(
            fields.iter().any(|f| f.starts_with("customerPersons[150]")),
            "{fields:?}"
        );
    }

    #[test]
    fn a_problem_outside_the_rows_is_reported_once() {
        let e = plan(json!({ "customerPersons": rows(250) }), 100).unwrap_err();
        assert_eq!(
            e.issues
                .iter()
                .filter(|i| i.field == "robotCallJobId")
                .count(),
            1
        );
    }

    #[test]
    fn bad_shapes_and_sizes_are_validation_errors() {
        for (params, size, field) in [
            (json!({ "robotCallJobId": 1 }), 100, "customerPersons"),
            (
                json!({ "robotCallJobId": 1, "customerPersons": [] }),
                100,
                "customerPersons",
            ),
            (json!([1]), 100, "params"),
            (
                json!({ "robotCallJobId": 1, "customerPersons": rows(1) }),
                0,
                "options.chunkSize",
            ),
            (
                json!({ "robotCallJobId": 1, "customerPersons": rows(1) }),
                101,
                "options.chunkSize",
            ),
        ] {
            let e = plan(params, size).unwrap_err();
            assert_eq!(e.field.as_deref(), Some(field));
        }
        assert_eq!(renumber("customerPersons[x].a", 5), "customerPersons[x].a");
    }
}
