//! Every failure is a typed error: kind, code, status, requestId, field.

use super::support::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;
use yiwise_rongzi::wasm::YiwiseClient;

#[wasm_bindgen_test]
async fn a_wrong_secret_is_an_auth_error_with_code_401_and_a_request_id() {
    let yw = YiwiseClient::new(options(sim_url(), "not-the-secret")).unwrap();
    let e = err(yw.tenant().get_tenant(None, None)).await;
    assert_eq!(string(&e, "kind").as_deref(), Some("auth"));
    assert_eq!(get(&e, "code").as_f64(), Some(401.0));
    assert!(string(&e, "requestId").is_some());
    assert_eq!(
        string(&e, "endpoint").as_deref(),
        Some("yiwise tenant/getTenant")
    );
    assert!(!string(&e, "message").unwrap().contains("not-the-secret"));
}

#[wasm_bindgen_test]
async fn an_unknown_job_is_an_api_error_with_its_code() {
    let e = err(demo_client()
        .job()
        .start(json(r#"{"robotCallJobId":987654}"#), None))
    .await;
    assert_eq!(string(&e, "kind").as_deref(), Some("api"));
    assert_eq!(get(&e, "code").as_f64(), Some(404.0));
}

#[wasm_bindgen_test]
async fn a_timeout_fires_even_when_fetch_ignores_the_signal() {
    let o = options(sim_url(), "demo-app-secret");
    set(&o, "fetch", &hanging_fetch());
    set(&o, "timeoutMs", &JsValue::from(30));
    let yw = YiwiseClient::new(o).unwrap();
    let e = err(yw.tenant().get_tenant(None, None)).await;
    assert_eq!(string(&e, "kind").as_deref(), Some("timeout"));
    // A per-call timeout overrides the client's.
    let e = err(yw
        .tenant()
        .get_tenant(None, Some(json(r#"{"timeoutMs":10}"#))))
    .await;
    assert!(string(&e, "message").unwrap().contains("10 ms"));
}

#[wasm_bindgen_test]
async fn an_abort_signal_rejects_with_kind_aborted() {
    let o = options(sim_url(), "demo-app-secret");
    set(&o, "fetch", &hanging_fetch());
    let yw = YiwiseClient::new(o).unwrap();
    let ctrl = web_sys::AbortController::new().unwrap();
    let call_opts = js_sys::Object::new();
    set(&call_opts, "signal", &ctrl.signal());
    let p = yw.tenant().get_tenant(None, Some(call_opts.into()));
    pause(5).await;
    ctrl.abort();
    let e = err(p).await;
    assert_eq!(string(&e, "kind").as_deref(), Some("aborted"));
}

#[wasm_bindgen_test]
async fn a_closed_port_is_a_network_error() {
    let yw = YiwiseClient::new(options("http://127.0.0.1:1", "demo-app-secret")).unwrap();
    let e = err(yw.tenant().get_tenant(None, None)).await;
    assert_eq!(string(&e, "kind").as_deref(), Some("network"));
}

#[wasm_bindgen_test]
async fn invalid_params_are_rejected_before_anything_is_sent() {
    let (spy, log) = recording_fetch();
    let o = options(sim_url(), "demo-app-secret");
    set(&o, "fetch", &spy);
    let yw = YiwiseClient::new(o).unwrap();
    let e = err(yw
        .tenant()
        .get_tenant(Some(json(r#"{"tenantId":1}"#)), None))
    .await;
    assert_eq!(string(&e, "kind").as_deref(), Some("validation"));
    let e = err(yw.job().start(json(r#"{"robotCallJobId":"abc"}"#), None)).await;
    assert_eq!(string(&e, "kind").as_deref(), Some("validation"));
    assert_eq!(string(&e, "field").as_deref(), Some("robotCallJobId"));
    assert!(log.borrow().is_empty(), "a rejected call must send nothing");
}

#[wasm_bindgen_test]
fn bad_constructor_options_throw_a_validation_error_listing_them() {
    let Err(e) = YiwiseClient::new(json(r#"{"baseUrl":"ftp://x","appKey":5}"#)) else {
        panic!("bad options were accepted");
    };
    assert_eq!(string(&e, "kind").as_deref(), Some("validation"));
    assert_eq!(string(&e, "name").as_deref(), Some("YiwiseRongziError"));
    let fields: Vec<String> = js_sys::Array::from(&get(&e, "issues"))
        .iter()
        .map(|i| string(&i, "field").unwrap())
        .collect();
    assert!(
        fields.contains(&"appKey".to_string()) && fields.contains(&"appSecret".to_string()),
        "{fields:?}"
    );
}
