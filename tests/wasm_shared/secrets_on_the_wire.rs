//! The appSecret never goes on the wire and never shows in the client's JSON or text.

use super::support::*;
use wasm_bindgen_test::*;
use yiwise_rongzi::wasm::YiwiseClient;

#[wasm_bindgen_test]
async fn requests_carry_the_signing_headers_and_never_the_secret() {
    let (spy, log) = recording_fetch();
    let o = options(sim_url(), "demo-app-secret");
    set(&o, "fetch", &spy);
    let yw = YiwiseClient::new(o).unwrap();
    ok(yw.tenant().get_tenant(None, None)).await;
    let _ = err(yw.job().start(json(r#"{"robotCallJobId":424242}"#), None)).await;
    let log = log.borrow();
    assert_eq!(log.len(), 2);
    for (url, init) in log.iter() {
        assert!(url.starts_with(sim_url()), "{url}");
        assert!(
            !url.contains("demo-app-secret") && !init.contains("demo-app-secret"),
            "{init}"
        );
        assert!(
            !init.contains("appSecret") && !init.contains("tenantSign"),
            "{init}"
        );
        let parsed = json(init);
        let headers = get(&parsed, "headers");
        for h in ["appKey", "version", "timestamp", "signature"] {
            assert!(
                string(&headers, h).is_some(),
                "header {h} missing in {init}"
            );
        }
        let ts: f64 = string(&headers, "timestamp").unwrap().parse().unwrap();
        assert!(
            (ts - js_sys::Date::now()).abs() < 60_000.0,
            "timestamp must be fresh ms"
        );
    }
    assert!(
        log[1].1.contains(r#""body":"{\"robotCallJobId\":424242}""#),
        "{}",
        log[1].1
    );
}

#[wasm_bindgen_test]
fn the_client_serializes_without_the_secret() {
    let yw = demo_client();
    let as_json: String = js_sys::JSON::stringify(&yw.to_json()).unwrap().into();
    assert!(
        as_json.contains("demo-app-key") && !as_json.contains("demo-app-secret"),
        "{as_json}"
    );
    assert!(!yw.to_string_js().contains("demo-app-secret"));
}
