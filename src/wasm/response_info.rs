//! The HTTP response a call got, for JS: `result.lastResponse`,
//! `await call.withResponse()` and `error.response`, all one object
//! `{ status, headers, requestId, url }` (a `ResponseInfo` in the `.d.ts`).
//!
//! The transport records the answer of each attempt in the call's
//! [`CallOptions`]; a result or an error of that attempt reads it from there.
//! An error gets `response` only when its attempt was answered (it has a
//! `status`): a timeout or a network error has none, even if an earlier
//! attempt of a retried read was answered.

use super::transport::CallOptions;
use crate::error::Error;
use js_sys::{Function, Object, Promise, Reflect};
use std::future::Future;
use std::pin::Pin;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::future_to_promise;

/// What an attempt's answer left for its result: status, the `Headers` and the URL requested.
#[derive(Clone)]
pub struct Answer {
    /// HTTP status.
    pub status: u16,
    /// `response.headers` as a `Headers` (empty when the `fetch` gave none).
    pub headers: JsValue,
    /// The URL the attempt requested.
    pub url: String,
}

// Structural setters: plain `o.name = v` in the glue, one crossing each.
#[wasm_bindgen]
extern "C" {
    /// `{ status, headers, requestId, url }`, the property descriptor that
    /// carries it, and the promise and holder of `withResponse`.
    type Info;
    #[wasm_bindgen(method, setter = requestId, structural)]
    fn set_request_id(this: &Info, v: &str);
    #[wasm_bindgen(method, setter = requestId, structural)]
    fn set_request_id_value(this: &Info, v: &JsValue);
    #[wasm_bindgen(method, setter, structural)]
    fn set_status(this: &Info, v: u16);
    #[wasm_bindgen(method, setter, structural)]
    fn set_headers(this: &Info, v: &JsValue);
    #[wasm_bindgen(method, setter, structural)]
    fn set_url(this: &Info, v: &str);
    #[wasm_bindgen(method, setter, structural)]
    fn set_value(this: &Info, v: &JsValue);
    #[wasm_bindgen(method, setter, structural)]
    fn set_configurable(this: &Info, v: bool);
    #[wasm_bindgen(method, setter, structural)]
    fn set_response(this: &Info, v: &JsValue);
    #[wasm_bindgen(method, getter, structural)]
    fn response(this: &Info) -> JsValue;
    #[wasm_bindgen(method, setter = withResponse, structural)]
    fn set_with_response(this: &Info, v: &JsValue);
    #[wasm_bindgen(method, structural)]
    fn then(this: &Info, on_fulfilled: &JsValue) -> JsValue;
    #[wasm_bindgen(method, setter, structural)]
    fn set_data(this: &Info, v: &JsValue);

    /// The global `Headers` class.
    #[wasm_bindgen(js_name = Headers)]
    type JsHeaders;
    #[wasm_bindgen(constructor, js_class = "Headers", catch)]
    fn new(init: &JsValue) -> Result<JsHeaders, JsValue>;
}

/// `response.headers` as a `Headers`: a real one as is; from a test's canned
/// response, whatever `new Headers(…)` makes of it (an empty one when nothing).
pub fn headers_of(raw: Result<JsValue, JsValue>) -> JsValue {
    let raw = raw.unwrap_or(JsValue::UNDEFINED);
    if raw.is_instance_of::<JsHeaders>() {
        return raw;
    }
    let init = if raw.is_object() {
        raw
    } else {
        JsValue::UNDEFINED
    };
    JsHeaders::new(&init)
        .or_else(|_| JsHeaders::new(&JsValue::UNDEFINED))
        .map_or(JsValue::UNDEFINED, Into::into)
}

/// The `ResponseInfo` of the call's last answered attempt, with the request id
/// the body carried (`undefined` when no attempt was answered).
pub fn info(opts: &CallOptions, request_id: Option<&str>) -> JsValue {
    let answer = opts.answer.borrow();
    let Some(a) = answer.as_ref() else {
        return JsValue::UNDEFINED;
    };
    let info: Info = Object::new().unchecked_into();
    info.set_status(a.status);
    info.set_headers(&a.headers);
    match request_id {
        Some(id) => info.set_request_id(id),
        None => info.set_request_id_value(&JsValue::NULL),
    }
    info.set_url(&a.url);
    info.into()
}

/// Defines `key` on `target` as a non-enumerable (so never in
/// `JSON.stringify`, spreads or `console.log`), read-only, configurable
/// property, as Stripe's `lastResponse`.
fn define_hidden(target: &JsValue, key: &str, value: &JsValue) {
    if !target.is_object() || value.is_undefined() {
        return;
    }
    let desc: Info = Object::new().unchecked_into();
    desc.set_value(value);
    desc.set_configurable(true);
    // defineProperty only throws on frozen or non-extensible objects; ours
    // are fresh (from JSON.parse, or the SDK's own error).
    let _ = Reflect::define_property(
        target.unchecked_ref::<Object>(),
        &key.into(),
        desc.unchecked_ref(),
    );
}

/// Adds `lastResponse` to an object result.
pub fn attach_last_response(result: &JsValue, info: &JsValue) {
    define_hidden(result, "lastResponse", info);
}

/// The JS error for `e`, with `response` when its attempt was answered.
pub fn error_to_js(e: &Error, opts: &CallOptions) -> JsValue {
    let err = super::error::to_js(e);
    if e.status.is_some() {
        define_hidden(&err, "response", &info(opts, e.request_id.as_deref()));
    }
    err
}

/// A result for JS and the `ResponseInfo` it came with.
pub struct Answered {
    /// The decoded result.
    pub data: JsValue,
    /// Its `ResponseInfo` (also its `lastResponse` when it is an object).
    pub response: JsValue,
}

thread_local! {
    /// `(holder, data) => ({ data, response: holder.response })`.
    static PAIR: Function = Closure::<dyn Fn(JsValue, JsValue) -> JsValue>::new(|holder: JsValue, data: JsValue| {
        let pair: Info = Object::new().unchecked_into();
        pair.set_data(&data);
        pair.set_response(&holder.unchecked_ref::<Info>().response());
        pair.into()
    })
    .into_js_value()
    .unchecked_into();

    /// `(promise, holder) => promise.then(PAIR.bind(null, holder))`: the body
    /// of every `withResponse()`. Chained on the call's own promise, so a
    /// failed call rejects once, in whichever promise the caller awaits.
    static WITH_RESPONSE: Function = Closure::<dyn Fn(JsValue, JsValue) -> JsValue>::new(|promise: JsValue, holder: JsValue| {
        let pair: JsValue = PAIR.with(|f| f.bind1(&JsValue::NULL, &holder)).into();
        promise.unchecked_ref::<Info>().then(&pair)
    })
    .into_js_value()
    .unchecked_into();
}

/// Runs a call as an `APIPromise`: a `Promise` of the result, plus
/// `withResponse()`, which resolves `{ data, response }` (the Stainless
/// SDKs' shape). The two closures behind it are made once per module; a call
/// costs one holder object and one `bind`.
pub fn api_promise(call: impl Future<Output = Result<Answered, JsValue>> + 'static) -> Promise {
    promise_of(Box::pin(call))
}

/// [`api_promise`] without the type parameter: one copy of its state machine
/// for every kind of call.
fn promise_of(call: Pin<Box<dyn Future<Output = Result<Answered, JsValue>>>>) -> Promise {
    let holder: Info = Object::new().unchecked_into();
    let slot: Info = holder.clone().unchecked_into();
    let promise = future_to_promise(async move {
        let answered = call.await?;
        slot.set_response(&answered.response);
        Ok(answered.data)
    });
    let with: JsValue = WITH_RESPONSE
        .with(|f| f.bind2(&JsValue::NULL, &promise, &holder))
        .into();
    promise.unchecked_ref::<Info>().set_with_response(&with);
    promise
}
