//! Core [`Error`] → JS `YiwiseRongziError`.
//!
//! A `#[wasm_bindgen]` struct cannot extend `Error`, so the class is plain
//! JS, shipped in the npm package (`errors.mjs`/`errors.cjs`), and handed to
//! the module once at load time through `__registerErrorClass`. Until then
//! (e.g. the raw glue in `wasm-pack test`) a plain `Error` with the same
//! fields is thrown instead.

use crate::error::Error;
use js_sys::{Array, Function, Object, Reflect};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    static ERROR_CLASS: RefCell<Option<Function>> = const { RefCell::new(None) };
}

/// Registers the JS `YiwiseRongziError` class (called by the package entry).
#[wasm_bindgen(js_name = "__registerErrorClass", skip_typescript)]
pub fn register_error_class(ctor: Function) {
    ERROR_CLASS.with(|c| *c.borrow_mut() = Some(ctor));
}

fn set(target: &JsValue, key: &str, value: &JsValue) {
    // Reflect.set only fails on a non-object target; ours is always an Error object.
    let _ = Reflect::set(target, &JsValue::from_str(key), value);
}

/// Builds the JS error object for `e`.
pub fn to_js(e: &Error) -> JsValue {
    let msg = JsValue::from_str(&e.message);
    let made = ERROR_CLASS.with(|c| {
        c.borrow()
            .as_ref()
            .and_then(|ctor| Reflect::construct(ctor, &Array::of1(&msg)).ok())
    });
    let err = made.unwrap_or_else(|| {
        let plain: JsValue = js_sys::Error::new(&e.message).into();
        set(&plain, "name", &JsValue::from_str("YiwiseRongziError"));
        plain
    });
    set(&err, "kind", &JsValue::from_str(e.kind.as_str()));
    let opt_num = |v: Option<f64>| v.map(JsValue::from_f64).unwrap_or(JsValue::UNDEFINED);
    let opt_str = |v: &Option<String>| {
        v.as_deref()
            .map(JsValue::from_str)
            .unwrap_or(JsValue::UNDEFINED)
    };
    set(&err, "code", &opt_num(e.code.map(|c| c as f64)));
    set(&err, "status", &opt_num(e.status.map(f64::from)));
    set(&err, "requestId", &opt_str(&e.request_id));
    set(&err, "endpoint", &opt_str(&e.endpoint));
    set(&err, "field", &opt_str(&e.field));
    let issues = Array::new();
    for i in &e.issues {
        let o = Object::new();
        set(&o, "field", &JsValue::from_str(&i.field));
        set(&o, "message", &JsValue::from_str(&i.message));
        issues.push(&o);
    }
    set(&err, "issues", &issues);
    err
}
