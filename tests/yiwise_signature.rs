//! The signing recipe against the golden vectors, and the headers a request carries.

use serde::Deserialize;
use yiwise_rongzi::empty::NoParams;
use yiwise_rongzi::yiwise::api::tenant::GetTenant;
use yiwise_rongzi::yiwise::config::YiwiseConfig;
use yiwise_rongzi::yiwise::operation::build_request;
use yiwise_rongzi::yiwise::signature::sign;

const VECTORS: &str = include_str!("fixtures/vectors/yiwise-signature.json");

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Vector {
    app_key: String,
    app_secret: String,
    tenant_sign: String,
    version: String,
    timestamp: String,
    signature: String,
}

fn vectors() -> Vec<Vector> {
    serde_json::from_str(VECTORS).expect("the vector file is valid JSON")
}

#[test]
fn every_golden_vector_matches() {
    let v = vectors();
    assert_eq!(v.len(), 3);
    for x in v {
        assert_eq!(
            sign(
                &x.app_key,
                &x.app_secret,
                &x.tenant_sign,
                &x.version,
                &x.timestamp
            ),
            x.signature,
            "vector for appKey {}",
            x.app_key
        );
    }
}

#[test]
fn the_vendored_vectors_are_the_shared_ones() {
    // CI clones the repo with shared/ beside it; elsewhere the check is skipped.
    let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/reference/vectors/yiwise-signature.json");
    if let Ok(text) = std::fs::read_to_string(shared) {
        let a: serde_json::Value = serde_json::from_str(&text).unwrap();
        let b: serde_json::Value = serde_json::from_str(VECTORS).unwrap();
        assert_eq!(
            a, b,
            "tests/fixtures/vectors is out of date with shared/reference/vectors"
        );
    }
}

#[test]
fn changing_any_input_changes_the_signature() {
    let base = sign("k", "s", "t", "v1", "0");
    for other in [
        sign("k2", "s", "t", "v1", "0"),
        sign("k", "s2", "t", "v1", "0"),
        sign("k", "s", "t2", "v1", "0"),
        sign("k", "s", "t", "v2", "0"),
        sign("k", "s", "t", "v1", "1"),
    ] {
        assert_ne!(base, other);
    }
    assert_eq!(base.len(), 64);
    assert!(base
        .bytes()
        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
}

#[test]
fn a_request_carries_the_four_signing_headers_and_never_the_secret() {
    let x = &vectors()[0];
    let cfg = YiwiseConfig::new(
        "https://openapi.example.test/",
        &x.app_key,
        &x.app_secret,
        &x.tenant_sign,
        None,
    )
    .unwrap();
    let ts: u64 = x.timestamp.parse().unwrap();
    let req = build_request::<GetTenant>(&cfg, &NoParams, ts).unwrap();
    assert_eq!(
        req.url,
        "https://openapi.example.test/apiOpen/v1/tenant/getTenant"
    );
    let names: Vec<&str> = req.headers.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(names, ["appKey", "version", "timestamp", "signature"]);
    assert_eq!(req.header("signature"), Some(x.signature.as_str()));
    assert_eq!(req.header("timestamp"), Some(x.timestamp.as_str()));
    let wire = format!("{req:?}");
    assert!(
        !wire.contains(&x.app_secret),
        "the appSecret leaked into the request"
    );
    assert!(req.header("appSecret").is_none() && req.header("tenantSign").is_none());
    assert!(!format!("{cfg:?}").contains(&x.app_secret));
}

#[test]
fn a_custom_version_is_signed_and_put_in_the_path() {
    let cfg = YiwiseConfig::new("http://127.0.0.1:1", "k", "s", "t", Some("v2")).unwrap();
    let req = build_request::<GetTenant>(&cfg, &NoParams, 0).unwrap();
    assert_eq!(req.url, "http://127.0.0.1:1/apiOpen/v2/tenant/getTenant");
    assert_eq!(req.header("version"), Some("v2"));
    assert_eq!(
        req.header("signature").unwrap(),
        sign("k", "s", "t", "v2", "0")
    );
}

#[test]
fn bad_configuration_names_every_option_without_echoing_the_secret() {
    let e = YiwiseConfig::new("ftp://x", "", "top-secret", "", Some("v 1")).unwrap_err();
    let fields: Vec<&str> = e.issues.iter().map(|i| i.field.as_str()).collect();
    assert_eq!(fields, ["baseUrl", "appKey", "version", "tenantSign"]);
    assert!(!e.message.contains("top-secret"));
    let e = YiwiseConfig::new("http://h", "密钥", "s", "t", None).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("appKey"));
}
