//! No input panics: bounded, seeded mutation fuzzing of every endpoint's params
//! and responses, starting from the docs' own examples. Every call must return
//! `Ok` or a typed `Err` (a panic fails the test, and would kill a wasm page).

mod common;

use common::mutation::{mutate, Rng};
use serde_json::{json, Value};
use std::path::Path;
use yiwise_rongzi::error::ErrorKind;
use yiwise_rongzi::yiwise::config::YiwiseConfig;
use yiwise_rongzi::yiwise::operation::{build_request, decode_response, parse_params, Operation};

const STRINGS: &[&str] = &[
    "",
    " ",
    "abc",
    "1",
    "-1",
    "1e400",
    "9007199254740993",
    "25:61",
    "09:00",
    "2019-02-30",
    "2019-04-30",
    "2019-04-30 25:00:00",
    "IN_PROCESS",
    "AUTO",
    "MOBILE",
    "\u{0}",
    "长长的中文",
    "😀",
    "1.5",
    "NaN",
    "true",
    "null",
];

fn fixtures(ext: &str) -> Vec<Value> {
    let mut out = vec![json!({}), Value::Null];
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/yiwise");
    for dir in std::fs::read_dir(root).unwrap().flatten() {
        if !dir.path().is_dir() {
            continue;
        }
        for f in std::fs::read_dir(dir.path()).unwrap().flatten() {
            let name = f.file_name().to_string_lossy().to_string();
            if name.ends_with(ext) {
                let text = std::fs::read_to_string(f.path()).unwrap();
                out.push(serde_json::from_str(&text).unwrap());
            }
        }
    }
    out
}

fn fuzz<O: Operation>(requests: &[Value], responses: &[Value], seed: u64) {
    let cfg = YiwiseConfig::new("http://127.0.0.1:1", "k", "s", "t", None).unwrap();
    let mut r = Rng(seed | 1);
    for _ in 0..1000 {
        let mut p = requests[r.below(requests.len())].clone();
        for _ in 0..=r.below(4) {
            mutate(&mut p, &mut r, STRINGS, 0);
        }
        match parse_params::<O>(p) {
            Ok(typed) => {
                let _ = build_request::<O>(&cfg, &typed, 1_562_000_000_000);
            }
            // A rejection always says which field, and the message names it.
            Err(e) => {
                assert_eq!(e.kind, ErrorKind::Validation);
                assert!(
                    !e.issues.is_empty() && e.issues.iter().all(|i| !i.field.is_empty()),
                    "{} {:?}",
                    O::PATH,
                    e.issues
                );
                assert!(e.message.contains(&e.issues[0].field), "{}", e.message);
            }
        }
        let mut body = responses[r.below(responses.len())].clone();
        for _ in 0..=r.below(4) {
            mutate(&mut body, &mut r, STRINGS, 0);
        }
        let status = [200u16, 401, 500, 502][r.below(4)];
        let _ = decode_response::<O>(status, &body.to_string());
        // Truncated and non-JSON bodies too.
        let text = body.to_string();
        let cut = r.below(text.len() + 1);
        let _ = decode_response::<O>(status, text.get(..cut).unwrap_or(""));
    }
}

macro_rules! fuzz_all {
    ($($op:ty),+ $(,)?) => {{
        let requests = fixtures(".request.json");
        let responses = fixtures(".response.json");
        let mut seed = 0x5EED_u64;
        $( seed += 1; fuzz::<$op>(&requests, &responses, seed); )+
    }};
}

#[test]
fn mutated_params_and_responses_of_every_endpoint_never_panic() {
    common::yiwise_operations!(fuzz_all!());
}
