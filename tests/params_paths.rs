//! The params of every endpoint decode through `value_deserializer` (what
//! the shipped module uses) exactly as through `serde_path_to_error` over
//! `serde_json::Value` (the reference): the same value, or the same error
//! message at the same path. Checked on the docs' request examples, every
//! position of them replaced by every probe, and seeded mutations.
//!
//! The one intended difference: `value_deserializer` reads a struct from an
//! object only, where serde also takes an array of its fields in order. Where
//! ours says so, the value at that path must be an array.

mod common;

use common::mutation::{positions, variant, Rng};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};
use std::path::Path;
use yiwise_rongzi::rongzi::operation as rz;
use yiwise_rongzi::value_deserializer::from_value;
use yiwise_rongzi::yiwise::operation as yw;

const STRINGS: &[&str] = &[
    "",
    " ",
    "abc",
    "1",
    "-1",
    "1.5",
    "1e400",
    "9007199254740993",
    "09:00",
    "25:61",
    "2019-04-30",
    "2019-04-30 25:00:00",
    "IN_PROCESS",
    "INTENT",
    "MOBILE",
    "true",
    "null",
    "长长的中文",
    "\u{0}",
];

fn probes() -> Vec<Value> {
    vec![
        json!(null),
        json!(""),
        json!("x"),
        json!(" 7 "),
        json!(0),
        json!(1),
        json!(-3),
        json!(1.5),
        json!(18446744073709551615u64),
        json!(true),
        json!([]),
        json!([1, "a", null]),
        json!({}),
        json!({"unknownField": 1}),
    ]
}

/// Both decoders on `v`: the same value or the same error; true when decoded.
fn agree<T: DeserializeOwned + Serialize>(name: &str, v: &Value) -> bool {
    let ours = from_value::<T>(v).map(|t| serde_json::to_value(t).unwrap());
    let reference = serde_path_to_error::deserialize::<_, T>(v.clone())
        .map(|t| serde_json::to_value(t).unwrap())
        .map_err(|e| {
            let p = e.path().to_string();
            let p = if p == "." { String::new() } else { p };
            (p, e.inner().to_string())
        });
    if let Err(e) = &ours {
        if e.message
            .starts_with("invalid type: sequence, expected struct ")
        {
            assert!(
                at_path(v, &e.path).is_some_and(Value::is_array),
                "{name}: `{}` is not an array in {v}",
                e.path
            );
            return false;
        }
    }
    match (ours, reference) {
        (Ok(a), Ok(b)) => {
            assert_eq!(a, b, "{name}: different values for {v}");
            true
        }
        (Err(a), Err((path, message))) => {
            assert_eq!(
                (a.path.as_str(), a.message.as_str()),
                (path.as_str(), message.as_str()),
                "{name}: different errors for {v}"
            );
            false
        }
        (a, b) => panic!("{name}: one decodes, the other fails on {v}: {a:?} / {b:?}"),
    }
}

/// The value at a path written `a.b[2].c` (keys here hold no `.` or `[`).
fn at_path<'v>(v: &'v Value, path: &str) -> Option<&'v Value> {
    let mut cur = v;
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (key, indices) = part.split_once('[').unwrap_or((part, ""));
        if !key.is_empty() {
            cur = cur.get(key)?;
        }
        for index in indices.split('[').filter(|i| !i.is_empty()) {
            cur = cur.get(index.trim_end_matches(']').parse::<usize>().ok()?)?;
        }
    }
    Some(cur)
}

fn example(api: &str, path: &str) -> Value {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(api)
        .join(format!("{path}.request.json"));
    match std::fs::read_to_string(&file) {
        Ok(text) => serde_json::from_str(&text).unwrap(),
        Err(_) => json!({}),
    }
}

fn run<T: DeserializeOwned + Serialize>(name: &str, example: Value, others: &[Value], seed: u64) {
    let mut at = Vec::new();
    positions(&example, String::new(), &mut at);
    for pointer in at.iter().filter(|p| !p.is_empty()) {
        for probe in probes() {
            let mut v = example.clone();
            if let Some(slot) = v.pointer_mut(pointer) {
                *slot = probe;
            }
            agree::<T>(name, &v);
        }
    }
    let mut rng = Rng(seed | 1);
    for i in 0..300 {
        agree::<T>(name, &variant(&example, others, i, &mut rng, STRINGS));
    }
    for v in [json!(null), json!([]), json!("x"), json!(1)] {
        agree::<T>(name, &v);
    }
}

macro_rules! all {
    ($api:literal, $trait:path, $($op:ty),+ $(,)?) => {{
        use $trait as Op;
        let examples: Vec<Value> = vec![$(example($api, <$op as Op>::PATH)),+];
        let mut seed = 0x9A7A_0000_u64;
        $(
            seed += 1;
            run::<<$op as Op>::Params>(<$op as Op>::PATH, example($api, <$op as Op>::PATH), &examples, seed);
        )+
    }};
}

#[test]
fn every_yiwise_params_type_reports_the_same_paths() {
    common::yiwise_operations!(all!("yiwise", yw::Operation,));
}

#[test]
fn every_rongzi_params_type_reports_the_same_paths() {
    common::rongzi_operations!(all!("rongzi", rz::Operation,));
}
