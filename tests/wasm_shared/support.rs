//! Helpers: options objects, awaiting promises, reading error fields, spies.

use js_sys::{Function, Promise, Reflect, JSON};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use yiwise_rongzi::wasm::YiwiseClient;

/// The simulator's base URL, baked in at compile time by scripts/test.
pub fn sim_url() -> &'static str {
    match option_env!("YIWISE_SIM_URL") {
        Some(url) => url,
        None => panic!("YIWISE_SIM_URL is set by scripts/test (start the simulator first)"),
    }
}

pub fn json(text: &str) -> JsValue {
    JSON::parse(text).expect("test JSON is valid")
}

pub fn options(base_url: &str, secret: &str) -> JsValue {
    json(&format!(
        r#"{{"baseUrl":"{base_url}","appKey":"demo-app-key","appSecret":"{secret}","tenantSign":"demo-tenant","dangerouslyAllowBrowser":true}}"#
    ))
}

pub fn demo_client() -> YiwiseClient {
    YiwiseClient::new(options(sim_url(), "demo-app-secret")).expect("demo options are valid")
}

pub fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

pub fn set(v: &JsValue, key: &str, value: &JsValue) {
    Reflect::set(v, &JsValue::from_str(key), value).expect("set on an object");
}

pub fn string(v: &JsValue, key: &str) -> Option<String> {
    get(v, key).as_string()
}

pub async fn ok(p: Promise) -> JsValue {
    match JsFuture::from(p).await {
        Ok(v) => v,
        Err(e) => panic!(
            "expected success, got {}",
            string(&e, "message").unwrap_or_default()
        ),
    }
}

pub async fn err(p: Promise) -> JsValue {
    match JsFuture::from(p).await {
        Ok(v) => panic!("expected a rejection, got {:?}", JSON::stringify(&v).ok()),
        Err(e) => e,
    }
}

/// Resolves after `ms` milliseconds (for bounded polling only).
pub async fn pause(ms: i32) {
    let p = Promise::new(&mut |resolve, _| {
        let set_timeout: Function = get(&js_sys::global(), "setTimeout").into();
        let _ = set_timeout.call2(&JsValue::UNDEFINED, &resolve, &JsValue::from(ms));
    });
    let _ = JsFuture::from(p).await;
}

/// What a recording fetch saw: `(url, JSON of init without signal)` per call.
pub type FetchLog = Rc<RefCell<Vec<(String, String)>>>;

/// A `fetch` that records `(url, JSON of init without signal)` and forwards to the real one.
pub fn recording_fetch() -> (Function, FetchLog) {
    let log: FetchLog = Rc::default();
    let log2 = log.clone();
    let real: Function = get(&js_sys::global(), "fetch").into();
    let f = Closure::<dyn FnMut(JsValue, JsValue) -> JsValue>::new(
        move |url: JsValue, init: JsValue| {
            let copy = js_sys::Object::assign(&js_sys::Object::new(), &init.clone().into());
            let _ = Reflect::delete_property(&copy, &"signal".into());
            let text: String = JSON::stringify(&copy).map(String::from).unwrap_or_default();
            log2.borrow_mut()
                .push((url.as_string().unwrap_or_default(), text));
            real.call2(&js_sys::global(), &url, &init)
                .unwrap_or(JsValue::UNDEFINED)
        },
    );
    let func: Function = f.into_js_value().into();
    (func, log)
}

/// A `fetch` that never settles and ignores its signal.
pub fn hanging_fetch() -> Function {
    let f = Closure::<dyn FnMut(JsValue, JsValue) -> JsValue>::new(|_u: JsValue, _i: JsValue| {
        Promise::new(&mut |_, _| {}).into()
    });
    f.into_js_value().into()
}

/// Drains an async iterable the way `for await` does (at most `limit` rows).
pub async fn collect_async(iterable: &JsValue, limit: usize) -> Result<Vec<JsValue>, JsValue> {
    let make: Function = Reflect::get(iterable, &js_sys::Symbol::async_iterator())?.into();
    let it = make.call0(iterable)?;
    let next: Function = get(&it, "next").into();
    let mut rows = Vec::new();
    while rows.len() < limit {
        let step = JsFuture::from(Promise::from(next.call0(&it)?)).await?;
        if get(&step, "done").as_bool() == Some(true) {
            break;
        }
        rows.push(get(&step, "value"));
    }
    Ok(rows)
}
