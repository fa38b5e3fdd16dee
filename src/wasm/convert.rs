//! JS value ⇄ Rust conversions shared by the clients.

use crate::error::{Error, Issue};
use js_sys::{Function, Object, Reflect, JSON};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Converts caller params to JSON the way `JSON.stringify` sees them
/// (`undefined` fields dropped, `Date`s via `toJSON`). `undefined`/`null` → `null`.
pub fn params_to_json(endpoint: &str, params: &JsValue) -> Result<serde_json::Value, Error> {
    if params.is_undefined() || params.is_null() {
        return Ok(serde_json::Value::Null);
    }
    let bad = |why: &str| Error::validation(endpoint, vec![Issue::new("params", why.to_string())]);
    if !params.is_object() || params.is_function() {
        return Err(bad("must be an object"));
    }
    let text = JSON::stringify(params)
        .map_err(|_| bad("cannot be converted to JSON (a BigInt or a circular reference?)"))?;
    let text: String = text.into();
    serde_json::from_str(&text).map_err(|_| bad("cannot be converted to JSON"))
}

/// Serializes a result for JS: plain objects, `None` fields left out, unit
/// (`Nothing`) as `undefined`.
///
/// Goes through JSON text and `JSON.parse`: one compact serializer shared by
/// every result type keeps the module much smaller than a direct
/// JS-object serializer instantiated per type.
pub fn to_js<T: Serialize>(endpoint: &str, value: &T) -> Result<JsValue, Error> {
    let bad = |e: String| {
        Error::decode(
            endpoint,
            "data",
            format!("cannot be represented in JS: {e}"),
        )
    };
    let text = serde_json::to_string(value).map_err(|e| bad(e.to_string()))?;
    json_to_js(endpoint, &text)
}

/// Parses a result's JSON text with `JSON.parse` (`null` → `undefined`).
///
/// Why JSON text, chosen by measurement (2026-11-24, Node 20, a 10,000-row
/// `customer.list` page, 3.6 MB): handing the typed result to JS took 77 ms
/// with serde-wasm-bindgen (JS objects built field by field, one call into
/// JS per field and per string), 100 ms as serde_json text + `JSON.parse`
/// (serialising in wasm, then decoding UTF-8 with Chinese in it), and 27 ms
/// as the fast decoder's ASCII-only text + `JSON.parse` (after 44 ms in wasm
/// to write it, instead of ~260 ms for the serde decoding). One parser
/// shared by every result type also keeps the module small. See the
/// README's "Benchmarks and size".
pub fn json_to_js(endpoint: &str, text: &str) -> Result<JsValue, Error> {
    if text == "null" {
        return Ok(JsValue::UNDEFINED);
    }
    js_sys::JSON::parse(text).map_err(|_| {
        Error::decode(
            endpoint,
            "data",
            "cannot be represented in JS: invalid JSON",
        )
    })
}

/// Reads option `key` of an options object (`undefined` when absent or not an object).
pub fn get(obj: &JsValue, key: &str) -> JsValue {
    if !obj.is_object() {
        return JsValue::UNDEFINED;
    }
    Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// An optional string option; anything but a string is an issue naming it.
pub fn opt_string(obj: &JsValue, key: &str, issues: &mut Vec<Issue>) -> Option<String> {
    let v = get(obj, key);
    if v.is_undefined() || v.is_null() {
        return None;
    }
    match v.as_string() {
        Some(s) => Some(s),
        None => {
            issues.push(Issue::new(key, "must be a string"));
            None
        }
    }
}

/// An optional non-negative whole number of milliseconds.
pub fn opt_millis(obj: &JsValue, key: &str, issues: &mut Vec<Issue>) -> Option<u32> {
    let v = get(obj, key);
    if v.is_undefined() || v.is_null() {
        return None;
    }
    match v.as_f64() {
        Some(n) if n.is_finite() && n >= 0.0 && n.fract() == 0.0 && n <= 2_147_483_647.0 => {
            Some(n as u32)
        }
        _ => {
            issues.push(Issue::new(
                key,
                "must be a whole number of milliseconds between 0 and 2147483647",
            ));
            None
        }
    }
}

/// For an endpoint whose params type `P` is `NoParams`: `(params, options)` as given, or, when the
/// first argument holds only option names (`getTenant({ signal })`, as the
/// Stainless SDKs allow) and no second was given, `(undefined, that)`.
/// Anything else stays params, so a real unknown param is still refused.
pub fn options_first<P: 'static>(params: JsValue, options: JsValue) -> (JsValue, JsValue) {
    let no_params = std::any::TypeId::of::<P>() == std::any::TypeId::of::<crate::empty::NoParams>();
    options_first_if(no_params, params, options)
}

/// [`options_first`] without the type parameter: one copy, not one per endpoint.
#[inline(never)]
fn options_first_if(no_params: bool, params: JsValue, options: JsValue) -> (JsValue, JsValue) {
    if no_params
        && (options.is_undefined() || options.is_null())
        && params.is_object()
        && !js_sys::Array::is_array(&params)
    {
        let keys = Object::keys(params.unchecked_ref::<Object>());
        let only_options = keys.length() > 0
            && keys.iter().all(|k| {
                k.as_string().is_some_and(|k| {
                    crate::wasm::transport::CallOptions::NAMES.contains(&k.as_str())
                })
            });
        if only_options {
            return (JsValue::UNDEFINED, params);
        }
    }
    (params, options)
}

/// An optional boolean option.
pub fn opt_bool(obj: &JsValue, key: &str, issues: &mut Vec<Issue>) -> Option<bool> {
    let v = get(obj, key);
    if v.is_undefined() || v.is_null() {
        return None;
    }
    let b = v.as_bool();
    if b.is_none() {
        issues.push(Issue::new(key, "must be true or false"));
    }
    b
}

/// An optional function option.
pub fn opt_function(obj: &JsValue, key: &str, issues: &mut Vec<Issue>) -> Option<Function> {
    let v = get(obj, key);
    if v.is_undefined() || v.is_null() {
        return None;
    }
    match v.dyn_into::<Function>() {
        Ok(f) => Some(f),
        Err(_) => {
            issues.push(Issue::new(key, "must be a function"));
            None
        }
    }
}

/// Milliseconds since the epoch, from the JS clock.
pub fn now_ms() -> u64 {
    let n = js_sys::Date::now();
    if n.is_finite() && n > 0.0 {
        n as u64
    } else {
        0
    }
}

/// An optional `maxRetries`: a whole number from 0 to [`crate::retry::MAX_RETRIES_LIMIT`].
pub fn opt_retries(obj: &JsValue, key: &str, issues: &mut Vec<Issue>) -> Option<u32> {
    let v = get(obj, key);
    if v.is_undefined() || v.is_null() {
        return None;
    }
    let max = crate::retry::MAX_RETRIES_LIMIT;
    match v.as_f64() {
        Some(n) if n.is_finite() && n >= 0.0 && n.fract() == 0.0 && n <= f64::from(max) => {
            Some(n as u32)
        }
        _ => {
            issues.push(Issue::new(
                key,
                format!("must be a whole number from 0 to {max}"),
            ));
            None
        }
    }
}

/// An optional whole number of milliseconds that may be negative (`clockOffsetMs`,
/// within ±10 years).
pub fn opt_offset_ms(obj: &JsValue, key: &str, issues: &mut Vec<Issue>) -> i64 {
    let v = get(obj, key);
    if v.is_undefined() || v.is_null() {
        return 0;
    }
    const LIMIT: f64 = 10.0 * 366.0 * 86_400_000.0;
    match v.as_f64() {
        Some(n) if n.is_finite() && n.fract() == 0.0 && n.abs() <= LIMIT => n as i64,
        _ => {
            issues.push(Issue::new(
                key,
                "must be a whole number of milliseconds (negative when this clock is ahead)",
            ));
            0
        }
    }
}

/// [`now_ms`] plus `offset_ms` (never below 0).
pub fn now_with_offset_ms(offset_ms: i64) -> u64 {
    let n = now_ms();
    if offset_ms >= 0 {
        n.saturating_add(offset_ms.unsigned_abs())
    } else {
        n.saturating_sub(offset_ms.unsigned_abs())
    }
}
