//! Free functions: `yiwiseSignature`, `createYiwiseSigner`, `yiwiseLabel`, `yiwiseEnumValues`.

use crate::error::{Error, Issue};
use crate::wasm::convert;
use crate::wasm::error::to_js;
use crate::yiwise::config::YiwiseConfig;
use crate::yiwise::{config::DEFAULT_VERSION, enums, signature};
use js_sys::{Array, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;

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
    let mut issues = Vec::new();
    if !input.is_object() {
        return Err(to_js(&Error::validation(
            WHO,
            vec![Issue::new("input", "must be an object")],
        )));
    }
    let need = |k: &str, issues: &mut Vec<Issue>| {
        let v = convert::opt_string(&input, k, issues);
        if v.is_none() && !issues.iter().any(|i| i.field == k) {
            issues.push(Issue::new(k, "is required"));
        }
        v.unwrap_or_default()
    };
    let app_key = need("appKey", &mut issues);
    let app_secret = need("appSecret", &mut issues);
    let tenant_sign = need("tenantSign", &mut issues);
    let version = convert::opt_string(&input, "version", &mut issues)
        .unwrap_or_else(|| DEFAULT_VERSION.into());
    let ts = convert::get(&input, "timestamp");
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
            format!("{}", n as u64)
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
        &version,
        &timestamp,
    ))
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
