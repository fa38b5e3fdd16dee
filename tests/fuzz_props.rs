//! Property tests (proptest): random and structured input into every decoder
//! (both envelopes, every endpoint's `decode_response`), the signing and the
//! remote-header check, the retry schedule, the token parser and the callback
//! parsers and crypto. Each property runs a bounded number of cases (see
//! `CASES` and `PER_ENDPOINT`), so `cargo test` stays fast; docs/reliability-and-security.md
//! records the total. Every call must return `Ok` or a typed `Err`: a panic
//! fails the property. Native only (proptest is a native dev-dependency).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use proptest::test_runner::RngSeed;
use serde_json::{Map, Value};
use yiwise_rongzi::http::is_header_safe;
use yiwise_rongzi::retry::{
    backoff_ceiling_ms, backoff_ms, decide, parse_http_date, parse_retry_after, Attempted, Next,
    RetryPolicy, MAX_RETRY_AFTER_MS,
};
use yiwise_rongzi::rongzi::token::Token;
use yiwise_rongzi::yiwise::callback::xml::parse_envelope;
use yiwise_rongzi::yiwise::callback::{parse_callback, url_decode_param, YiwiseCallbackCrypto};
use yiwise_rongzi::yiwise::config::YiwiseConfig;
use yiwise_rongzi::yiwise::signature::{sign, sign_joined};
use yiwise_rongzi::{Error, ErrorKind};

/// Cases of each general property.
const CASES: u32 = 1000;
/// Cases of each endpoint's decoder (46 endpoints).
const PER_ENDPOINT: u32 = 256;

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        "[0-9]{1,20}".prop_map(Value::String),
        ".{0,12}".prop_map(Value::String),
        prop_oneof![
            Just("IN_PROCESS"),
            Just("INTENT"),
            Just("2019-07-01 12:00:00"),
            Just("1537348268039"),
            Just(""),
            Just(" "),
            Just("null"),
            Just("-1"),
            Just("1e400"),
        ]
        .prop_map(|s| Value::String(s.to_string())),
    ];
    leaf.prop_recursive(4, 48, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((field_name(), inner), 0..8)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<String, Value>>())),
        ]
    })
}

/// Field names the decoders look for, plus random ones.
fn field_name() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "code", "data", "msg", "requestId", "resultMsg", "content", "rows", "total", "totalElements",
            "pages", "number", "pageSize", "tenantId", "tenantName", "robotCallJobId", "name", "status",
            "customerCode", "exeStatus", "token", "userInfo", "empCode", "callRecordId", "phoneNumber",
            "id", " id ", "taskTotal", "executable", "unexecutable", "list", "friendStatus",
        ])
        .prop_map(str::to_string),
        1 => "[a-zA-Z ]{0,10}",
    ]
}

/// Bodies: arbitrary text, JSON of arbitrary values, and envelopes with
/// arbitrary `data` in the shape of either API.
fn body() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => ".{0,64}",
        1 => json_value().prop_map(|v| v.to_string()),
        4 => (json_value(), prop_oneof![Just(200i64), Just(0), Just(1), Just(401), Just(500), any::<i64>()])
            .prop_map(|(data, code)| {
                let mut m = Map::new();
                m.insert("code".into(), Value::from(code));
                m.insert("data".into(), data);
                m.insert("msg".into(), Value::from("x"));
                m.insert("requestId".into(), Value::from("ABCDEFGH"));
                Value::Object(m).to_string()
            }),
        1 => (json_value(), 0usize..200).prop_map(|(v, cut)| {
            let s = v.to_string();
            let mut end = cut.min(s.len());
            while !s.is_char_boundary(end) { end -= 1; }
            s[..end].to_string()
        }),
    ]
}

fn status() -> impl Strategy<Value = u16> {
    prop_oneof![
        Just(200u16),
        Just(204),
        Just(401),
        Just(429),
        Just(500),
        Just(502),
        any::<u16>()
    ]
}

/// A decode result must be `Ok` or an error naming the endpoint.
fn check(endpoint: &str, r: Result<(), Error>) -> Result<(), TestCaseError> {
    if let Err(e) = r {
        prop_assert!(e.message.starts_with(endpoint), "{}", e.message);
        prop_assert!(e.kind != ErrorKind::Validation);
        prop_assert!(e.message.len() < 4096);
    }
    Ok(())
}

/// One property per API: each case's status and body go through every
/// endpoint's decoder of that API (so each endpoint sees `PER_ENDPOINT` inputs).
macro_rules! endpoint_props {
    ($api:ident, $name:ident: $($op:path),+ $(,)?) => {
        proptest! {
            #![proptest_config(ProptestConfig { cases: PER_ENDPOINT, failure_persistence: None, rng_seed: seed(), ..ProptestConfig::default() })]
            #[test]
            fn $name(st in status(), b in body()) {
                use yiwise_rongzi::$api::operation::{decode_response, endpoint_name};
                $(
                    check(&endpoint_name::<$op>(), decode_response::<$op>(st, &b).map(|_| ()))?;
                )+
            }
        }
    };
}

common::yiwise_operations!(
    endpoint_props!(yiwise, every_yiwise_decoder_returns_ok_or_a_typed_error:)
);
common::rongzi_operations!(
    endpoint_props!(rongzi, every_rongzi_decoder_returns_ok_or_a_typed_error:)
);

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: CASES,
        failure_persistence: None,
        rng_seed: seed(),
        ..ProptestConfig::default()
    }
}

/// A fixed seed, so every run (and CI) checks the same cases and a failure
/// reproduces; `PROPTEST_RNG_SEED=<n>` explores other cases.
fn seed() -> RngSeed {
    match std::env::var("PROPTEST_RNG_SEED") {
        Ok(_) => ProptestConfig::default().rng_seed,
        Err(_) => RngSeed::Fixed(0x5EED_CA5E),
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn both_envelopes_return_ok_or_a_typed_error(st in status(), b in body(), login in any::<bool>()) {
        check("yiwise x/y", yiwise_rongzi::yiwise::envelope::open("yiwise x/y", st, &b).map(|_| ()))?;
        check("rongzi x/y", yiwise_rongzi::rongzi::envelope::open("rongzi x/y", st, &b, login).map(|_| ()))?;
        check("yiwise x/y", yiwise_rongzi::yiwise::operation::decode_raw("yiwise x/y", st, &b).map(|_| ()))?;
    }

    #[test]
    fn signing_is_sha256_of_the_recipe_at_every_length_and_the_joined_form_agrees(
        key in ".{0,40}", secret in ".{0,300}", tenant in ".{0,40}", version in "[ -~]{0,8}", ts in "[0-9]{1,16}"
    ) {
        use sha2::{Digest, Sha256};
        let message = format!("{tenant}appKey={key}&appSecret={secret}&tenantSign={tenant}&version={version}&timestamp={ts}");
        let want: String = Sha256::digest(message.as_bytes()).iter().map(|b| format!("{b:02x}")).collect();
        prop_assert_eq!(&sign(&key, &secret, &tenant, &version, &ts), &want);
        let usual = !format!("{key}{secret}{tenant}{version}").contains('\0');
        let joined = sign_joined(&format!("{key}\0{secret}\0{tenant}\0s{version}\0{ts}"));
        prop_assert_eq!(joined, usual.then(|| want.clone()));
        if usual && version == "v1" {
            prop_assert_eq!(sign_joined(&format!("{key}\0{secret}\0{tenant}\0\0{ts}")), Some(want));
        }
    }

    #[test]
    fn signing_is_64_hex_and_headers_never_hold_the_secret(
        key in "[ -~]{1,20}", secret in ".{1,40}", tenant in ".{1,20}", ts in any::<u64>()
    ) {
        let s = sign(&key, &secret, &tenant, "v1", &ts.to_string());
        prop_assert_eq!(s.len(), 64);
        prop_assert!(s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
        let secret = format!("SECRET{secret}");
        if let Ok(c) = YiwiseConfig::new("https://x.example", &key, &secret, &tenant, None) {
            for (name, value) in c.auth_headers(ts) {
                prop_assert!(is_header_safe(&value), "{name}");
                prop_assert!(!value.contains(&secret));
            }
            let shown = format!("{:?}", c);
            prop_assert!(!shown.contains(&secret));
        }
    }

    #[test]
    fn the_remote_header_check_never_panics_and_never_quotes_the_signature(
        a in proptest::option::of(".{0,20}"), v in proptest::option::of(".{0,6}"),
        t in proptest::option::of("[0-9a-z]{0,20}"), s in proptest::option::of(".{0,80}")
    ) {
        let c = YiwiseConfig::remote("https://x.example", "demo-app-key", None).unwrap();
        match c.check_signed_headers("yiwise x/y", a, v, t, s.clone()) {
            Ok(h) => {
                prop_assert_eq!(h.len(), 4);
                prop_assert!(h.iter().all(|(_, v)| is_header_safe(v)));
            }
            Err(e) => {
                prop_assert_eq!(e.kind, ErrorKind::Auth);
                if let Some(s) = s.filter(|s| s.len() > 8) {
                    prop_assert!(!e.message.contains(&s), "{}", e.message);
                }
            }
        }
    }

    #[test]
    fn the_retry_schedule_stays_in_bounds(
        base in any::<u32>(), n in any::<u32>(), r in any::<f64>(), ra in ".{0,40}", now in any::<u64>(),
        safe in any::<bool>(), st in any::<u16>(), left in proptest::option::of(any::<u64>()), max in 0u32..12
    ) {
        let d = backoff_ms(base, n, r);
        prop_assert!(d <= backoff_ceiling_ms(base, n));
        prop_assert!(d <= 5_000);
        let _ = parse_http_date(&ra);
        let _ = parse_retry_after(&ra, now);
        let e = Error::new(ErrorKind::Http, "x").with_status(st);
        let a = Attempted {
            safe, policy: RetryPolicy { max_retries: max, base_ms: base }, retries_done: n % 12,
            retry_after: Some(&ra), now_ms: now, random: r, remaining_ms: left,
        };
        match decide(&e, &a) {
            Next::RetryAfter(ms) => {
                prop_assert!(safe && n % 12 < max);
                prop_assert!(ms <= MAX_RETRY_AFTER_MS);
                if let Some(l) = left { prop_assert!(ms < l); }
            }
            Next::GiveUp => {}
        }
    }

    #[test]
    fn the_token_parser_never_panics_and_keeps_headers_safe(raw in prop_oneof![
        ".{0,80}",
        ("[A-Za-z0-9_-]{0,40}", "[A-Za-z0-9_=+/-]{0,60}", "[A-Za-z0-9_-]{0,20}")
            .prop_map(|(h, p, s)| format!("Bearer {h}.{p}.{s}")),
        json_value().prop_map(|v| {
            use base64::Engine as _;
            let p = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string());
            format!("eyJhbGciOiJIUzUxMiJ9.{p}.sig")
        }),
    ]) {
        if let Ok(t) = Token::parse(&raw) {
            prop_assert!(is_header_safe(&t.authorization()));
            prop_assert!(!t.as_str().is_empty());
            let shown = format!("{:?}", t);
            if t.as_str().len() >= 8 {
                prop_assert!(!shown.contains(t.as_str()));
            }
            let _ = t.expires_at_ms();
        }
    }

    #[test]
    fn the_callback_parsers_return_ok_or_a_typed_error(b in body(), x in ".{0,200}", q in ".{0,40}") {
        let _ = parse_callback(&b);
        let _ = parse_envelope(&x);
        let _ = parse_envelope(&format!("<xml><Encrypt><![CDATA[{q}]]></Encrypt><MsgSignature>{q}</MsgSignature></xml>"));
        let _ = url_decode_param(&q);
    }

    #[test]
    fn the_callback_crypto_rejects_garbage_with_typed_errors(
        token in "[ -~]{0,12}", key in "[A-Za-z0-9+/]{0,50}", sig in ".{0,50}", ts in "[0-9]{0,14}",
        nonce in ".{0,10}", enc in "[A-Za-z0-9+/=]{0,120}", now in any::<u64>()
    ) {
        if let Ok(c) = YiwiseCallbackCrypto::new(&token, &key, "") {
            let _ = c.verify_signature(&sig, &ts, &nonce, &enc, now);
            let _ = c.decrypt("Encrypt", &enc);
            let _ = c.verify_url(&sig, &ts, &nonce, &enc, now);
            let body = format!("<xml><Encrypt><![CDATA[{enc}]]></Encrypt></xml>");
            let _ = c.decrypt_msg(&sig, &ts, &nonce, &body, now);
            // A round trip of arbitrary text through the crypto holds.
            let sealed = c.encrypt(&nonce, b"0123456789abcdef");
            let opened = c.decrypt("Encrypt", &sealed).ok();
            prop_assert_eq!(opened.as_deref(), Some(nonce.as_str()));
        }
    }
}

/// Total cases, for docs/reliability-and-security.md: 7 general properties × CASES, plus
/// PER_ENDPOINT for each of the 46 endpoints.
#[test]
fn the_case_count_is_what_the_docs_say() {
    let total = 7 * CASES + 46 * PER_ENDPOINT;
    assert_eq!(total, 18_776);
    let readme = include_str!("../docs/reliability-and-security.md");
    assert!(
        readme.contains("18 776 cases"),
        "update the fuzz case count in docs/reliability-and-security.md to {total}"
    );
}
