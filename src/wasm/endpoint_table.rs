//! `__endpointTable()`: the endpoint tables of both APIs for the server kit
//! (`pkg-template/server/kit.mjs`), which forwards only endpoints it knows,
//! with the method the table gives. One crossing when a proxy is made.

use js_sys::Array;
use wasm_bindgen::prelude::*;

/// `{ yiwise: [[path, method, safeToRetry], …], rongzi: […], yiwiseHosts:
/// [productionBaseUrl, knowledgeBaseUrl] }` (the Yiwise hosts: where the
/// knowledge-base endpoints go by default).
#[wasm_bindgen(js_name = "__endpointTable", skip_typescript)]
pub fn endpoint_table() -> JsValue {
    let row = |path: &str, method: &str, safe: bool| -> JsValue {
        Array::of3(&path.into(), &method.into(), &safe.into()).into()
    };
    let yiwise: Array = crate::yiwise::endpoints::ENDPOINTS
        .iter()
        .map(|e| row(e.path, e.method.as_str(), e.safe_to_retry))
        .collect();
    let rongzi: Array = crate::rongzi::endpoints::ENDPOINTS
        .iter()
        .map(|e| row(e.path, e.method.as_str(), e.safe_to_retry))
        .collect();
    let o = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&o, &"yiwise".into(), &yiwise);
    let _ = js_sys::Reflect::set(&o, &"rongzi".into(), &rongzi);
    let hosts = Array::of2(
        &crate::yiwise::config::PRODUCTION_BASE_URL.into(),
        &crate::yiwise::config::KNOWLEDGE_BASE_URL.into(),
    );
    let _ = js_sys::Reflect::set(&o, &"yiwiseHosts".into(), &hosts);
    o.into()
}
