//! Deserializers and checks shared by the job endpoints (private).

use crate::validation::Issues;
use crate::yiwise::enums::JobStatus;
use serde::de::{self, Deserializer, IgnoredAny};
use serde::Deserialize;
use std::collections::BTreeMap;

/// A required list of integers, each a number or numeric string.
pub(super) fn vec_i64_req<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<i64>, D::Error> {
    crate::lenient::opt_vec_i64(d)?
        .ok_or_else(|| de::Error::custom("expected a list of integers, got null"))
}

/// A list of integers in a result (`null` → empty).
pub(super) fn vec_i64<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<i64>, D::Error> {
    Ok(crate::lenient::opt_vec_i64(d)?.unwrap_or_default())
}

/// A map of counts (`{"A": 568, "B": "555"}`); `null` → empty, `null` values dropped.
pub(super) fn count_map<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<BTreeMap<String, i64>, D::Error> {
    #[derive(Deserialize)]
    struct Count(#[serde(deserialize_with = "crate::lenient::opt_i64")] Option<i64>);
    let m = Option::<BTreeMap<String, Count>>::deserialize(d)?.unwrap_or_default();
    Ok(m.into_iter()
        .filter_map(|(k, Count(v))| v.map(|v| (k, v)))
        .collect())
}

/// A list of strings that the docs also type as a Map: a list is kept, an
/// object gives its keys, `null` gives an empty list.
pub(super) fn strings_or_keys<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Shape {
        List(Vec<String>),
        Map(BTreeMap<String, IgnoredAny>),
    }
    Ok(match Option::<Shape>::deserialize(d)? {
        None => Vec::new(),
        Some(Shape::List(v)) => v,
        Some(Shape::Map(m)) => m.into_keys().collect(),
    })
}

/// A task status given by name (`"IN_PROCESS"`) or by its documented ordinal
/// (`1`, as in the `job/getJobs` table's example); ordinals become names.
pub(super) fn job_status_or_ordinal<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<JobStatus>, D::Error> {
    Ok(crate::lenient::opt_string(d)?.map(|s| {
        let name = match s.trim() {
            "0" => "NOT_STARTED",
            "1" => "IN_PROCESS",
            "2" => "COMPLETED",
            "3" => "RUNNABLE",
            "4" => "USER_PAUSE",
            "5" => "SYSTEM_SUSPENDED",
            "6" => "TERMINATE",
            "7" => "IN_QUEUE",
            "10" => "SYSTEM_HANG_UP",
            "11" => "WAITING_FOR_REDIAL",
            "12" => "ACCOUNT_DISABLE",
            "13" => "MAINTAIN",
            _ => s.as_str(),
        };
        JobStatus::from_wire(name)
    }))
}

/// The wire values of an enum's documented values.
pub(super) fn wires(values: &'static [(&'static str, &'static str)]) -> Vec<&'static str> {
    values.iter().map(|(w, _)| *w).collect()
}

/// Joins a path prefix and a field name: `("robotCallJob", "name")` → `robotCallJob.name`.
pub(super) fn at(prefix: &str, field: &str) -> String {
    if prefix.is_empty() {
        field.to_string()
    } else {
        format!("{prefix}.{field}")
    }
}

/// Every id of a list must be positive (`field[i]`).
pub(super) fn each_positive(v: &mut Issues, field: &str, ids: &[i64]) {
    for (i, id) in ids.iter().enumerate() {
        v.positive(&format!("{field}[{i}]"), Some(*id));
    }
}

/// A number, when present, must be at least `min`.
pub(super) fn at_least(v: &mut Issues, field: &str, value: Option<i64>, min: i64) {
    if let Some(n) = value {
        if n < min {
            v.push(field, format!("must be at least {min}, got {n}"));
        }
    }
}

/// Every item of a list must be one of `allowed` (`field[i]`).
pub(super) fn each_one_of<T>(
    v: &mut Issues,
    field: &str,
    items: &[T],
    as_str: fn(&T) -> &str,
    allowed: &[&str],
) {
    for (i, item) in items.iter().enumerate() {
        v.one_of(&format!("{field}[{i}]"), as_str(item), allowed);
    }
}

/// Every string of a list must not be blank (`field[i]`).
pub(super) fn each_non_blank(v: &mut Issues, field: &str, items: &[String]) {
    for (i, s) in items.iter().enumerate() {
        if s.trim().is_empty() {
            v.push(format!("{field}[{i}]"), "must not be empty");
        }
    }
}

/// A required string must not be blank.
pub(super) fn non_blank(v: &mut Issues, field: &str, s: &str) {
    if s.trim().is_empty() {
        v.push(field, "must not be empty");
    }
}

/// A list must have at least one item.
pub(super) fn not_empty(v: &mut Issues, field: &str, len: usize) {
    if len == 0 {
        v.push(field, "must have at least 1 item");
    }
}

/// Two `HH:mm` times, both valid, the start strictly before the end
/// (the issue for the order goes on the end field).
pub(super) fn time_window(
    v: &mut Issues,
    (start_field, start): (&str, &str),
    (end_field, end): (&str, &str),
) {
    let s = v.hh_mm(start_field, Some(start));
    let e = v.hh_mm(end_field, Some(end));
    if let (Some(s), Some(e)) = (s, e) {
        if s >= e {
            v.push(
                end_field,
                format!("must be later than {start_field} ({start}), got {end}"),
            );
        }
    }
}

/// An optional date `yyyy-MM-dd`; `""` counts as absent when `empty_ok`.
/// Returns the date when it is valid.
pub(super) fn opt_date<'a>(
    v: &mut Issues,
    field: &str,
    value: Option<&'a str>,
    empty_ok: bool,
) -> Option<&'a str> {
    let d = value.filter(|d| !(empty_ok && d.is_empty()))?;
    let before = v.len();
    v.date(field, Some(d));
    (v.len() == before).then_some(d)
}

/// Two optional dates in order: `from` must not be after `to`.
pub(super) fn date_range(
    v: &mut Issues,
    (from_field, from): (&str, Option<&str>),
    (to_field, to): (&str, Option<&str>),
    empty_ok: bool,
) {
    let a = opt_date(v, from_field, from, empty_ok);
    let b = opt_date(v, to_field, to, empty_ok);
    if let (Some(a), Some(b)) = (a, b) {
        // yyyy-MM-dd strings order like the dates they name.
        if a > b {
            v.push(
                to_field,
                format!("must not be before {from_field} ({a}), got {b}"),
            );
        }
    }
}
