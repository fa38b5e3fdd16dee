//! Retries, aborts during backoff, remote signing and garbage bodies, in the
//! wasm build itself (Node and Chromium), with canned `fetch` functions.

use super::support::*;
use js_sys::{Array, Function, Promise, Reflect};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use yiwise_rongzi::wasm::{create_yiwise_signer, RongziClient, YiwiseClient};

/// A `fetch` answering `(status, body)` from `answers` (the last repeats), counting calls.
fn scripted(answers: Vec<(u16, &'static str)>) -> (Function, Rc<Cell<u32>>) {
    scripted_init(
        answers
            .into_iter()
            .map(|(status, body)| (format!(r#"{{"status":{status}}}"#), body))
            .collect(),
    )
}

/// Like [`scripted`], each answer given by its `Response` init (status, headers).
fn scripted_init(answers: Vec<(String, &'static str)>) -> (Function, Rc<Cell<u32>>) {
    let count = Rc::new(Cell::new(0u32));
    let c = count.clone();
    let f =
        Closure::<dyn FnMut(JsValue, JsValue) -> JsValue>::new(move |_u: JsValue, _i: JsValue| {
            let n = c.get() as usize;
            c.set(c.get() + 1);
            let (init, body) = &answers[n.min(answers.len() - 1)];
            let ctor: Function = get(&js_sys::global(), "Response").into();
            let resp =
                Reflect::construct(&ctor, &Array::of2(&(*body).into(), &json(init))).unwrap();
            Promise::resolve(&resp).into()
        });
    (f.into_js_value().into(), count)
}

fn client_with(fetch: &Function, extra: &str) -> YiwiseClient {
    let o = json(&format!(
        r#"{{"baseUrl":"http://127.0.0.1:9","appKey":"demo-app-key","appSecret":"demo-app-secret","tenantSign":"demo-tenant","dangerouslyAllowBrowser":true,"retryBaseMs":0{extra}}}"#
    ));
    set(&o, "fetch", fetch);
    YiwiseClient::new(o).unwrap()
}

const TENANT: &str = r#"{"code":200,"data":{"tenantId":1,"tenantName":"ok"}}"#;
const BUSY: &str = "<html>busy</html>";

#[wasm_bindgen_test]
async fn reads_are_retried_and_mutations_are_not() {
    let (f, n) = scripted(vec![(503, BUSY), (429, BUSY), (200, TENANT)]);
    let t = ok(client_with(&f, "").tenant().get_tenant(None, None)).await;
    assert_eq!(string(&t, "tenantName").as_deref(), Some("ok"));
    assert_eq!(n.get(), 3);

    let (f, n) = scripted(vec![(503, BUSY)]);
    let e = err(client_with(&f, r#","maxRetries":5"#)
        .job()
        .start(json(r#"{"robotCallJobId":1}"#), None))
    .await;
    assert_eq!(string(&e, "kind").as_deref(), Some("http"));
    assert_eq!(n.get(), 1, "job/start is sent once");

    let (f, n) = scripted(vec![(503, BUSY)]);
    let _ = err(client_with(&f, r#","maxRetries":0"#)
        .tenant()
        .get_tenant(None, None))
    .await;
    assert_eq!(n.get(), 1);
}

#[wasm_bindgen_test]
async fn an_abort_during_backoff_ends_the_call() {
    // `Retry-After: 5` makes the wait exactly 5 s (a jittered backoff could
    // end before the abort below and let a second attempt through).
    let (f, n) = scripted_init(vec![(
        r#"{"status":503,"headers":{"Retry-After":"5"}}"#.to_string(),
        BUSY,
    )]);
    let yw = client_with(&f, "");
    let ac = web_sys::AbortController::new().unwrap();
    let o = js_sys::Object::new();
    set(&o, "signal", &ac.signal());
    let p = yw.tenant().get_tenant(None, Some(o.into()));
    pause(30).await;
    ac.abort();
    let started = js_sys::Date::now();
    let e = err(p).await;
    assert_eq!(string(&e, "kind").as_deref(), Some("aborted"));
    assert!(js_sys::Date::now() - started < 1000.0);
    assert_eq!(n.get(), 1);
}

#[wasm_bindgen_test]
async fn garbage_is_a_typed_error_and_the_client_keeps_working() {
    for (status, body) in [
        (200, "{\"code\":200,\"data\":"),
        (200, ""),
        (200, "<!DOCTYPE html><p>login</p>"),
        (502, "<html>Bad Gateway</html>"),
        (200, r#"{"code":200,"data":{"tenantId":"x"}}"#),
    ] {
        let (f, _) = scripted(vec![(status, body), (200, TENANT)]);
        let yw = client_with(&f, r#","maxRetries":0"#);
        let e = err(yw.tenant().get_tenant(None, None)).await;
        let kind = string(&e, "kind").unwrap_or_default();
        assert!(kind == "decode" || kind == "http", "{body}: {kind}");
        ok(yw.tenant().get_tenant(None, None)).await;
    }
}

#[wasm_bindgen_test]
async fn remote_signing_against_the_simulator_and_no_secret_anywhere() {
    let signer = create_yiwise_signer(json(
        r#"{"appKey":"demo-app-key","appSecret":"demo-app-secret","tenantSign":"demo-tenant","dangerouslyAllowBrowser":true}"#,
    ))
    .unwrap();
    let (spy, log) = recording_fetch();
    let o = json(&format!(
        r#"{{"baseUrl":"{}","appKey":"demo-app-key"}}"#,
        sim_url()
    ));
    set(&o, "signer", &signer);
    set(&o, "fetch", &spy);
    let yw = YiwiseClient::new(o).unwrap();
    assert_eq!(yw.signing(), "remote");
    ok(yw.tenant().get_tenant(None, None)).await;
    let e = err(yw.job().start(json(r#"{"robotCallJobId":424242}"#), None)).await;
    for text in [
        string(&e, "message").unwrap_or_default(),
        string(&e, "stack").unwrap_or_default(),
        js_sys::JSON::stringify(&e)
            .map(String::from)
            .unwrap_or_default(),
        js_sys::JSON::stringify(&yw.to_json())
            .map(String::from)
            .unwrap_or_default(),
        yw.to_string_js(),
        signer.as_string().unwrap_or_default(),
    ] {
        assert!(!text.contains("demo-app-secret"), "{text}");
    }
    for (url, init) in log.borrow().iter() {
        assert!(!url.contains("demo-app-secret") && !init.contains("demo-app-secret"));
        assert!(init.contains(r#""signature":""#), "{init}");
    }
}

#[wasm_bindgen_test]
async fn rongzi_reads_are_retried_and_login_is_not() {
    let (f, n) = scripted(vec![
        (503, BUSY),
        (200, r#"{"code":0,"data":{"total":0,"rows":[]},"msg":"ok"}"#),
    ]);
    let o = json(
        r#"{"baseUrl":"http://127.0.0.1:9","token":"eyJhbGciOiJIUzUxMiJ9.eyJleHAiOjQxMDI0NDQ4MDB9.c2ln","retryBaseMs":0}"#,
    );
    set(&o, "fetch", &f);
    let rz = RongziClient::new(o.clone()).unwrap();
    ok(rz.customer().list(
        json(r#"{"customerExeStatus":"INTENT","empCode":"AA1611"}"#),
        None,
    ))
    .await;
    assert_eq!(n.get(), 2);
    let (f, n) = scripted(vec![(503, BUSY)]);
    set(&o, "fetch", &f);
    let rz = RongziClient::new(o).unwrap();
    let _ = err(rz
        .account()
        .login(json(r#"{"username":"1611","password":"123456"}"#), None))
    .await;
    assert_eq!(n.get(), 1);
}
