//! No input panics (Rongzi): bounded, seeded mutation fuzzing of every
//! endpoint's params and responses, starting from the docs' own examples, plus
//! token parsing. Every call must return `Ok` or a typed `Err` (a panic fails
//! the test, and would kill a wasm page).

mod common;

use common::mutation::{mutate, Rng};
use serde_json::{json, Value};
use std::path::Path;
use yiwise_rongzi::error::ErrorKind;
use yiwise_rongzi::rongzi::config::RongziConfig;
use yiwise_rongzi::rongzi::operation::{build_request, decode_response, parse_params, Operation};
use yiwise_rongzi::rongzi::token::Token;

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
    "2018-09-07 06:53:41.300",
    "2018-08-29 06:53:41.30",
    "2018-08-30 18:30:55",
    "13906509892",
    "INTENT",
    "DEAL",
    "FRIEND",
    "SALES",
    "Bearer ",
    " id ",
    "e10adc3949ba59abbe56e057f20f883e",
    "\u{0}",
    "长长的中文",
    "😀",
    "1.5",
    "NaN",
    "true",
    "null",
];

fn fixtures(ext: &str) -> Vec<Value> {
    let mut out = vec![json!({}), json!([]), Value::Null];
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rongzi");
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
    let cfg = RongziConfig::new("http://127.0.0.1:1").unwrap();
    let token = Token::parse("e30.eyJleHAiOjQxMDI0NDQ4MDB9.x").unwrap();
    let mut r = Rng(seed | 1);
    for _ in 0..1000 {
        let mut p = requests[r.below(requests.len())].clone();
        for _ in 0..=r.below(4) {
            mutate(&mut p, &mut r, STRINGS, 0);
        }
        match parse_params::<O>(p) {
            Ok(typed) => {
                let now = [0u64, 1_700_000_000_000, u64::MAX][r.below(3)];
                let t = [None, Some(&token)][r.below(2)];
                let _ = build_request::<O>(&cfg, &typed, t, now);
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
        if let Err(e) = decode_response::<O>(status, &body.to_string()) {
            assert!(
                e.message.starts_with(&format!("rongzi {}", O::PATH)),
                "{}",
                e.message
            );
        }
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
        let mut seed = 0x5EED_2_u64;
        $( seed += 1; fuzz::<$op>(&requests, &responses, seed); )+
    }};
}

#[test]
fn mutated_params_and_responses_of_every_rongzi_endpoint_never_panic() {
    common::rongzi_operations!(fuzz_all!());
}

#[test]
fn any_token_text_parses_or_is_refused_without_panicking() {
    let mut r = Rng(0x70C3);
    let pieces = [
        "Bearer",
        " ",
        ".",
        "e30",
        "eyJleHAiOjF9",
        "=",
        "中",
        "\u{0}",
        "-",
        "_",
        "bearer",
        "\t",
        "eyJleHAiOjFlMzA4fQ",
    ];
    for _ in 0..20_000 {
        let n = r.below(8);
        let s: String = (0..n).map(|_| pieces[r.below(pieces.len())]).collect();
        if let Ok(t) = Token::parse(&s) {
            assert!(!t.as_str().is_empty());
            assert_eq!(t.authorization().matches("Bearer ").count(), 1, "{s:?}");
            let _ = t.is_expired(u64::MAX);
        }
    }
}
