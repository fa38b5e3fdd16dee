//! `resource_class!`: declares one JS resource object and its methods.
//!
//! Every method has the same body: forward to [`call`] with its
//! [`Operation`]. Each method gets its own `#[wasm_bindgen] impl` block
//! (wasm-bindgen merges them), because an attribute macro cannot see through
//! nested macro calls.

use super::client::ClientInner;
use crate::error::Error;
use crate::http::Method;
use crate::wasm::convert;
use crate::wasm::error::to_js;
use crate::wasm::paging::{self, FetchPage, YIWISE_PAGE};
use crate::wasm::response_info::{self, api_promise, Answered};
use crate::wasm::retry::{with_retries, Deadline, Failed};
use crate::wasm::transport::{self, CallOptions};
use crate::yiwise::endpoints::safe_to_retry;
use crate::yiwise::operation::{
    build_raw, decode_json_by, endpoint_name_of, wire_params, Operation,
};
use crate::yiwise::page::Page;
use js_sys::Promise;
use std::rc::Rc;
use wasm_bindgen::JsValue;

/// The two halves of operation `O` that depend on its types, as plain
/// function pointers, so the async part below exists once instead of once per
/// endpoint.
#[derive(Clone)]
pub(crate) struct Erased {
    pub(crate) endpoint: String,
    method: Method,
    path: &'static str,
    /// From the endpoint table: whether failures may be retried.
    safe: bool,
    /// The caller's params (JSON) → validated wire JSON: the only part
    /// generic over the endpoint's types.
    parse: fn(serde_json::Value) -> Result<serde_json::Value, Error>,
    schema: &'static crate::transcode::schema::Node,
}

impl Erased {
    /// Erases operation `O`.
    pub(crate) fn of<O: Operation>() -> Erased {
        Erased::new(O::METHOD, O::PATH, parse::<O>, O::SCHEMA)
    }

    /// The part of [`Erased::of`] that needs no types: out of line, so each
    /// endpoint's method is only a call.
    #[inline(never)]
    fn new(
        method: Method,
        path: &'static str,
        parse: fn(serde_json::Value) -> Result<serde_json::Value, Error>,
        schema: &'static crate::transcode::schema::Node,
    ) -> Erased {
        Erased {
            endpoint: endpoint_name_of(path),
            method,
            path,
            safe: safe_to_retry(method, path),
            parse,
            schema,
        }
    }
}

fn parse<O: Operation>(json: serde_json::Value) -> Result<serde_json::Value, Error> {
    wire_params::<O>(json)
}

fn finish(op: &Erased, status: u16, body: &str, opts: &CallOptions) -> Result<Answered, Error> {
    let endpoint = op.endpoint.as_str();
    let decoded = decode_json_by(endpoint, op.schema, status, body)?;
    let data = convert::json_to_js(endpoint, &decoded.json)?;
    let response = response_info::info(opts, decoded.request_id.as_deref());
    response_info::attach_last_response(&data, &response);
    Ok(Answered { data, response })
}

/// Runs operation `O` for JS: validation, signing, fetch, decoding. Every
/// failure rejects the promise with a `YiwiseRongziError`; nothing throws
/// synchronously.
pub(crate) fn call<O: Operation + 'static>(
    inner: &Rc<ClientInner>,
    params: JsValue,
    options: JsValue,
) -> Promise
where
    O::Params: 'static,
{
    let (params, options) = convert::options_first::<O::Params>(params, options);
    run(inner.clone(), Erased::of::<O>(), params, options)
}

fn run(inner: Rc<ClientInner>, op: Erased, params: JsValue, options: JsValue) -> Promise {
    api_promise(async move {
        let ep = op.endpoint.as_str();
        let opts = CallOptions::from_js(ep, &options).map_err(|e| to_js(&e))?;
        let result = match convert::params_to_json(ep, &params) {
            Ok(json) => run_json(&inner, &op, json, &opts).await,
            Err(e) => Err(e),
        };
        result.map_err(|e| response_info::error_to_js(&e, &opts))
    })
}

/// The `…All` iterable of paged operation `O` (the bound checks at compile
/// time that it returns a [`Page`]).
pub(crate) fn pages<T, O: Operation<Output = Page<T>>>(
    inner: &Rc<ClientInner>,
    params: JsValue,
    options: JsValue,
) -> JsValue {
    iterable(inner.clone(), Erased::of::<O>(), params, options)
}

/// [`pages`] without the type parameters (one copy of the page fetcher).
fn iterable(inner: Rc<ClientInner>, op: Erased, params: JsValue, options: JsValue) -> JsValue {
    let endpoint = op.endpoint.clone();
    let fetch: FetchPage = Rc::new(move |json, options| {
        let inner = inner.clone();
        let op = op.clone();
        Box::pin(async move {
            let opts = CallOptions::from_js(&op.endpoint, &options)?;
            Ok(run_json(&inner, &op, json, &opts).await?.data)
        })
    });
    paging::iterable(endpoint, YIWISE_PAGE, fetch, params, options)
}

/// One call with params already turned into JSON (also used page by page by
/// the `…All` iterators). The params are checked once; reads are retried on
/// transient failures, and every attempt is signed afresh.
pub(crate) async fn run_json(
    inner: &ClientInner,
    op: &Erased,
    json: serde_json::Value,
    opts: &CallOptions,
) -> Result<Answered, Error> {
    let ep = op.endpoint.as_str();
    let wire = (op.parse)(json)?;
    let wire = &wire;
    let deadline = Deadline::start(&inner.transport, opts);
    with_retries(
        &inner.transport,
        opts,
        &deadline,
        op.safe,
        ep,
        |limit| async move {
            let mut req = build_raw(&inner.config, op.method, op.path, wire, inner.now_ms(), ep)?;
            inner
                .sign_remotely(&mut req, op.method, op.path, opts, &deadline, ep)
                .await?;
            let raw = transport::send(&inner.transport, &req, opts, limit, ep).await?;
            finish(op, raw.status, &raw.body, opts).map_err(|error| Failed {
                error,
                retry_after: raw.retry_after,
            })
        },
    )
    .await
}

/// Declares a Yiwise resource class (`client.<resource>`): see
/// [`crate::wasm::resource_class`] for the syntax.
macro_rules! resource_class {
    ($($body:tt)*) => {
        $crate::wasm::resource_class::js_resource_class!(yiwise, ClientInner; $($body)*);
    };
}

pub(crate) use resource_class;
