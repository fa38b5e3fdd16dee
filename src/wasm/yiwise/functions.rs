//! Free functions: `yiwiseSignature`, `createYiwiseSigner`, `yiwiseLabel`, `yiwiseEnumValues`.

use crate::error::{Error, Issue};
use crate::wasm::convert;
use crate::wasm::error::to_js;
use crate::yiwise::config::YiwiseConfig;
use crate::yiwise::{config::DEFAULT_VERSION, enums, signature};
use js_sys::{Array, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// The input object of `yiwiseSignature`, read with plain property gets
    /// (`input.appKey` in the glue): no key strings are made and no
    /// `Reflect.get` is called, which was most of the cost of a call.
    type SignatureInput;
    #[wasm_bindgen(method, getter, structural, catch, js_name = appKey)]
    fn app_key(this: &SignatureInput) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, getter, structural, catch, js_name = appSecret)]
    fn app_secret(this: &SignatureInput) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, getter, structural, catch, js_name = tenantSign)]
    fn tenant_sign(this: &SignatureInput) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, getter, structural, catch)]
    fn version(this: &SignatureInput) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, getter, structural, catch)]
    fn timestamp(this: &SignatureInput) -> Result<JsValue, JsValue>;
}

/// A string field of the input: `None` when absent (`undefined`/`null`, or a
/// getter that threw), an issue when it is something else.
fn string_field(
    got: Result<JsValue, JsValue>,
    key: &str,
    issues: &mut Vec<Issue>,
) -> Option<String> {
    let v = got.ok()?;
    if let Some(s) = v.as_string() {
        return Some(s);
    }
    if !v.is_undefined() && !v.is_null() {
        issues.push(Issue::new(key, "must be a string"));
    }
    None
}

/// The lowercase hex SHA-256 signature of one Yiwise request.
///
/// @example
/// yiwiseSignature({ appKey: 'k', appSecret: 's', tenantSign: 't', version: 'v1', timestamp: 0 })
/// // 'ac6bc834e79aa7e940ded2cabbddb174551e19a7c7da5fd2be0ed0e7d8e44719'
#[wasm_bindgen(js_name = yiwiseSignature)]
pub fn yiwise_signature(
    #[wasm_bindgen(unchecked_param_type = "YiwiseSignatureInput")] input: JsValue,
) -> Result<String, JsValue> {
    const WHO: &str = "yiwise yiwiseSignature";
    if !input.is_object() {
        return Err(to_js(&Error::validation(
            WHO,
            vec![Issue::new("input", "must be an object")],
        )));
    }
    let input: &SignatureInput = input.unchecked_ref();
    let mut issues = Vec::new();
    let need = |got: Result<JsValue, JsValue>, k: &str, issues: &mut Vec<Issue>| {
        let v = string_field(got, k, issues);
        if v.is_none() && !issues.iter().any(|i| i.field == k) {
            issues.push(Issue::new(k, "is required"));
        }
        v.unwrap_or_default()
    };
    let app_key = need(input.app_key(), "appKey", &mut issues);
    let app_secret = need(input.app_secret(), "appSecret", &mut issues);
    let tenant_sign = need(input.tenant_sign(), "tenantSign", &mut issues);
    let version = string_field(input.version(), "version", &mut issues);
    let ts = input.timestamp().unwrap_or(JsValue::UNDEFINED);
    let timestamp = if let Some(s) = ts.as_string() {
        if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
            s
        } else {
            issues.push(Issue::new(
                "timestamp",
                "must be milliseconds since the epoch, as digits",
            ));
            String::new()
        }
    } else if let Some(n) = ts.as_f64() {
        if n.is_finite()
            && n >= 0.0
            && n.fract() == 0.0
            && n <= crate::lenient::MAX_SAFE_INTEGER as f64
        {
            (n as u64).to_string()
        } else {
            issues.push(Issue::new(
                "timestamp",
                "must be a whole, non-negative number of milliseconds",
            ));
            String::new()
        }
    } else {
        issues.push(Issue::new(
            "timestamp",
            "is required (milliseconds since the epoch)",
        ));
        String::new()
    };
    if !issues.is_empty() {
        return Err(to_js(&Error::validation(WHO, issues)));
    }
    Ok(signature::sign(
        &app_key,
        &app_secret,
        &tenant_sign,
        version.as_deref().unwrap_or(DEFAULT_VERSION),
        &timestamp,
    ))
}

/// The fast path of `yiwiseSignature` (the package entry calls it first):
/// the five fields joined into one string, see [`signature::sign_joined`];
/// `undefined` when the input is unusual in any way, and the entry then calls
/// `yiwiseSignature`, which validates and reports. Returns a `JsValue` made
/// from the digits on the stack: cheaper than an `Option<String>` (a heap
/// string, a two-value return and a free call from JS).
#[wasm_bindgen(js_name = "__yiwiseSignatureOf", skip_typescript)]
pub fn yiwise_signature_of(joined: &str) -> JsValue {
    signature::sign_joined_hex(joined)
        .as_ref()
        .and_then(|hex| std::str::from_utf8(hex).ok())
        .map_or(JsValue::UNDEFINED, JsValue::from_str)
}

/// The Chinese label of a Yiwise enum value, or `undefined` when the enum or
/// value is not documented.
///
/// @example
/// yiwiseLabel('JobStatus', 'IN_PROCESS') // '进行中'
#[wasm_bindgen(js_name = yiwiseLabel)]
pub fn yiwise_label(
    #[wasm_bindgen(unchecked_param_type = "YiwiseEnumName")] enum_name: &str,
    value: &str,
) -> Option<String> {
    enums::label(enum_name, value).map(str::to_string)
}

/// Every documented value of a Yiwise enum with its label, in doc order
/// (empty for an unknown enum name). Handy for `<select>` options.
///
/// @example
/// yiwiseEnumValues('JobMode') // [{ value: 'AUTO', label: '自动任务' }, …]
#[wasm_bindgen(js_name = yiwiseEnumValues, unchecked_return_type = "Array<{ value: string; label: string }>")]
pub fn yiwise_enum_values(
    #[wasm_bindgen(unchecked_param_type = "YiwiseEnumName")] enum_name: &str,
) -> Array {
    let out = Array::new();
    if let Some((_, values)) = enums::ALL.iter().find(|(n, _)| *n == enum_name) {
        for (v, l) in values.iter() {
            let o = Object::new();
            let _ = Reflect::set(&o, &"value".into(), &(*v).into());
            let _ = Reflect::set(&o, &"label".into(), &(*l).into());
            out.push(&o);
        }
    }
    out
}

/// Builds a `signer` for `new YiwiseClient({ baseUrl, appKey, signer })`:
/// an async function that returns the four signed headers `{ appKey,
/// version, timestamp, signature }` for a request. Meant for a Node backend
/// (the appSecret stays there); the browser asks the backend for headers.
///
/// It signs with its own clock (`Date.now() + clockOffsetMs`), not the
/// timestamp it is asked about, so a caller cannot obtain signatures for
/// other times. The appSecret never appears in what it returns, its
/// `toString()` or an error.
///
/// @example
/// const signer = createYiwiseSigner({ appKey, appSecret, tenantSign });
/// const headers = await signer({ method: 'GET', path: 'tenant/getTenant', timestamp: Date.now() });
#[wasm_bindgen(js_name = createYiwiseSigner, unchecked_return_type = "YiwiseSigner")]
pub fn create_yiwise_signer(
    #[wasm_bindgen(unchecked_param_type = "YiwiseSignerOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    const WHO: &str = "yiwise createYiwiseSigner";
    if !options.is_object() {
        return Err(to_js(&Error::validation(
            WHO,
            vec![Issue::new(
                "options",
                "must be an object { appKey, appSecret, tenantSign }",
            )],
        )));
    }
    let mut issues = Vec::new();
    let need = |k: &str, issues: &mut Vec<Issue>| {
        let v = convert::opt_string(&options, k, issues);
        if v.is_none() && !issues.iter().any(|i| i.field == k) {
            issues.push(Issue::new(k, "is required"));
        }
        v.unwrap_or_default()
    };
    let app_key = need("appKey", &mut issues);
    let app_secret = need("appSecret", &mut issues);
    let tenant_sign = need("tenantSign", &mut issues);
    let version = convert::opt_string(&options, "version", &mut issues);
    let offset = convert::opt_offset_ms(&options, "clockOffsetMs", &mut issues);
    if !issues.is_empty() {
        return Err(to_js(&Error::validation(WHO, issues)));
    }
    // The base URL is not used for signing.
    let config = YiwiseConfig::new(
        "https://signer.invalid",
        &app_key,
        &app_secret,
        &tenant_sign,
        version.as_deref(),
    )
    .map_err(|mut e| {
        e.message = e.message.replacen("yiwise YiwiseClient", WHO, 1);
        to_js(&e)
    })?;
    let sign = Closure::<dyn FnMut(JsValue) -> Promise>::new(move |_request: JsValue| {
        let o = Object::new();
        for (k, v) in config.auth_headers(convert::now_with_offset_ms(offset)) {
            let _ = Reflect::set(&o, &k.into(), &v.into());
        }
        Promise::resolve(&JsValue::from(o))
    });
    Ok(sign.into_js_value())
}
