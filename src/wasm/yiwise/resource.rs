//! `resource_class!`: declares one JS resource object and its methods.
//!
//! Every method has the same body: forward to [`call`] with its
//! [`Operation`]. Each method gets its own `#[wasm_bindgen] impl` block
//! (wasm-bindgen merges them), because an attribute macro cannot see through
//! nested macro calls.

use super::client::ClientInner;
use crate::error::Error;
use crate::http::{Method, PreparedRequest};
use crate::wasm::convert;
use crate::wasm::error::to_js;
use crate::wasm::paging::{self, FetchPage, YIWISE_PAGE};
use crate::wasm::retry::{with_retries, Deadline, Failed};
use crate::wasm::transport::{self, CallOptions};
use crate::yiwise::endpoints::safe_to_retry;
use crate::yiwise::operation::{
    build_request, decode_response, endpoint_name, parse_params, Operation,
};
use crate::yiwise::page::Page;
use js_sys::Promise;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::future_to_promise;

/// The two halves of operation `O` that depend on its types, as plain
/// function pointers, so the async part below exists once instead of once per
/// endpoint (it used to be a sixth of the module).
#[derive(Clone)]
pub(crate) struct Erased {
    pub(crate) endpoint: String,
    method: Method,
    path: &'static str,
    /// From the endpoint table: whether failures may be retried.
    safe: bool,
    prepare: fn(&ClientInner, serde_json::Value, u64) -> Result<PreparedRequest, Error>,
    finish: fn(&str, u16, &str) -> Result<JsValue, Error>,
}

impl Erased {
    /// Erases operation `O`.
    pub(crate) fn of<O: Operation>() -> Erased {
        Erased {
            endpoint: endpoint_name::<O>(),
            method: O::METHOD,
            path: O::PATH,
            safe: safe_to_retry(O::METHOD, O::PATH),
            prepare: prepare::<O>,
            finish: finish::<O>,
        }
    }
}

fn prepare<O: Operation>(
    inner: &ClientInner,
    json: serde_json::Value,
    now_ms: u64,
) -> Result<PreparedRequest, Error> {
    let typed = parse_params::<O>(json)?;
    build_request::<O>(&inner.config, &typed, now_ms)
}

fn finish<O: Operation>(endpoint: &str, status: u16, body: &str) -> Result<JsValue, Error> {
    let decoded = decode_response::<O>(status, body)?;
    let js = convert::to_js(endpoint, &decoded.data)?;
    convert::attach_last_response(&js, decoded.request_id.as_deref(), decoded.status);
    Ok(js)
}

/// Runs operation `O` for JS: validation, signing, fetch, decoding. Every
/// failure rejects the promise with a `YiwiseRongziError`; nothing throws
/// synchronously.
pub(crate) fn call<O: Operation + 'static>(
    inner: &Rc<ClientInner>,
    params: JsValue,
    options: JsValue,
) -> Promise {
    run(inner.clone(), Erased::of::<O>(), params, options)
}

fn run(inner: Rc<ClientInner>, op: Erased, params: JsValue, options: JsValue) -> Promise {
    future_to_promise(async move {
        run_async(&inner, &op, params, options)
            .await
            .map_err(|e| to_js(&e))
    })
}

async fn run_async(
    inner: &ClientInner,
    op: &Erased,
    params: JsValue,
    options: JsValue,
) -> Result<JsValue, Error> {
    let ep = op.endpoint.as_str();
    let opts = CallOptions::from_js(ep, &options)?;
    let json = convert::params_to_json(ep, &params)?;
    run_json(inner, op, json, &opts).await
}

/// The `…All` iterable of paged operation `O` (the bound checks at compile
/// time that it returns a [`Page`]).
pub(crate) fn pages<T, O: Operation<Output = Page<T>>>(
    inner: &Rc<ClientInner>,
    params: JsValue,
    options: JsValue,
) -> JsValue {
    let op = Erased::of::<O>();
    let endpoint = op.endpoint.clone();
    let inner = inner.clone();
    let fetch: FetchPage = Rc::new(move |json, options| {
        let inner = inner.clone();
        let op = op.clone();
        Box::pin(async move {
            let opts = CallOptions::from_js(&op.endpoint, &options)?;
            run_json(&inner, &op, json, &opts).await
        })
    });
    paging::iterable(endpoint, YIWISE_PAGE, fetch, params, options)
}

/// One call with params already turned into JSON (also used page by page by
/// the `…All` iterators). Reads are retried on transient failures; every
/// attempt is signed afresh.
pub(crate) async fn run_json(
    inner: &ClientInner,
    op: &Erased,
    json: serde_json::Value,
    opts: &CallOptions,
) -> Result<JsValue, Error> {
    let ep = op.endpoint.as_str();
    let deadline = Deadline::start(&inner.transport, opts);
    with_retries(&inner.transport, opts, &deadline, op.safe, ep, |limit| {
        let json = json.clone();
        async move {
            let mut req = (op.prepare)(inner, json, inner.now_ms())?;
            inner
                .sign_remotely(&mut req, op.method, op.path, opts, &deadline, ep)
                .await?;
            let raw =
                transport::send(&inner.transport, &req, opts.signal.as_ref(), limit, ep).await?;
            (op.finish)(ep, raw.status, &raw.body).map_err(|error| Failed {
                error,
                retry_after: raw.retry_after,
            })
        }
    })
    .await
}

/// Declares a resource class and its methods.
///
/// ```ignore
/// resource_class! {
///     /// `client.job`: call tasks.
///     JobApi as "YiwiseJobApi" {
///         /// Creates a task. (doc shown in the .d.ts)
///         create = "create" (required) => job::Create, "JobCreateParams", "Promise<JobCreateResult>";
///         get_jobs = "getJobs" (optional) => job::GetJobs, "JobGetJobsParams", "Promise<Page<JobSummary>>";
///     }
/// }
/// ```
/// `(required)` makes `params` mandatory in TypeScript, `(optional)` makes it
/// `params?`; `options?` is always optional.
///
/// The TypeScript of each method is written by hand into the `.d.ts` (an
/// `interface` that merges with the class): wasm-bindgen cannot mark a
/// parameter with an overridden type as optional. Doc comments are matched as
/// `tt` so their text reaches the `.d.ts` verbatim.
macro_rules! resource_class {
    (
        $(#[doc = $doc:tt])*
        $ty:ident as $js:literal {
            $(
                $(#[doc = $fdoc:tt])*
                $fn_name:ident = $js_fn:literal ($req:ident) => $op:path, $params_ts:literal, $ret_ts:literal;
            )*
        }
        $(
            pages {
                $(
                    $(#[doc = $pdoc:tt])*
                    $pfn_name:ident = $pjs_fn:literal => $pop:path, $pparams_ts:literal, $item_ts:literal;
                )*
            }
        )?
    ) => {
        $(#[doc = $doc])*
        #[wasm_bindgen::prelude::wasm_bindgen(js_name = $js)]
        pub struct $ty {
            pub(crate) inner: std::rc::Rc<$crate::wasm::yiwise::client::ClientInner>,
        }

        $(
            $crate::wasm::yiwise::resource::resource_method!(
                $(#[doc = $fdoc])* $ty, $js, $fn_name, $js_fn, $req, $op, $params_ts, $ret_ts
            );
        )*

        $($(
            $crate::wasm::yiwise::resource::resource_pager!(
                $(#[doc = $pdoc])* $ty, $js, $pfn_name, $pjs_fn, $pop, $pparams_ts, $item_ts
            );
        )*)?
    };
}

/// One `…All` method: an async iterable over every row of a paged endpoint
/// (see [`crate::wasm::paging`]).
macro_rules! resource_pager {
    ($(#[doc = $fdoc:tt])* $ty:ident, $js:literal, $fn_name:ident, $js_fn:literal, $op:path, $params_ts:literal, $item_ts:literal) => {
        const _: () = {
            #[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
            const TS: &'static str = concat!(
                "export interface ", $js, " {\n    /**\n",
                $("     *", $fdoc, "\n",)*
                "     */\n    ", $js_fn, "(params?: ", $params_ts,
                ", options?: CallOptions): AsyncIterable<", $item_ts, ">;\n}\n"
            );
        };

        #[wasm_bindgen::prelude::wasm_bindgen(js_class = $js)]
        impl $ty {
            $(#[doc = $fdoc])*
            #[wasm_bindgen(js_name = $js_fn, skip_typescript)]
            pub fn $fn_name(
                &self,
                params: Option<wasm_bindgen::JsValue>,
                options: Option<wasm_bindgen::JsValue>,
            ) -> wasm_bindgen::JsValue {
                $crate::wasm::yiwise::resource::pages::<_, $op>(
                    &self.inner,
                    params.unwrap_or(wasm_bindgen::JsValue::UNDEFINED),
                    options.unwrap_or(wasm_bindgen::JsValue::UNDEFINED),
                )
            }
        }
    };
}

/// One method of a resource class (see [`resource_class!`]).
macro_rules! resource_method {
    ($(#[doc = $fdoc:tt])* $ty:ident, $js:literal, $fn_name:ident, $js_fn:literal, $req:ident, $op:path, $params_ts:literal, $ret_ts:literal) => {
        const _: () = {
            #[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
            const TS: &'static str = concat!(
                "export interface ", $js, " {\n    /**\n",
                $("     *", $fdoc, "\n",)*
                "     */\n    ", $js_fn, "(params",
                $crate::wasm::yiwise::resource::optional_mark!($req),
                ": ", $params_ts, ", options?: CallOptions): ", $ret_ts, ";\n}\n"
            );
        };

        #[wasm_bindgen::prelude::wasm_bindgen(js_class = $js)]
        impl $ty {
            $(#[doc = $fdoc])*
            #[wasm_bindgen(js_name = $js_fn, skip_typescript)]
            pub fn $fn_name(
                &self,
                params: $crate::wasm::yiwise::resource::param_type!($req),
                options: Option<wasm_bindgen::JsValue>,
            ) -> js_sys::Promise {
                $crate::wasm::yiwise::resource::call::<$op>(
                    &self.inner,
                    $crate::wasm::yiwise::resource::param_value!($req, params),
                    options.unwrap_or(wasm_bindgen::JsValue::UNDEFINED),
                )
            }
        }
    };
}

/// `"?"` for optional params, `""` for required ones.
macro_rules! optional_mark {
    (required) => {
        ""
    };
    (optional) => {
        "?"
    };
}

/// The Rust type of `params`: required params are a plain `JsValue`.
macro_rules! param_type {
    (required) => { wasm_bindgen::JsValue };
    (optional) => { Option<wasm_bindgen::JsValue> };
}

/// `params` as a `JsValue` (`undefined` when an optional one is left out).
macro_rules! param_value {
    (required, $p:ident) => {
        $p
    };
    (optional, $p:ident) => {
        $p.unwrap_or(wasm_bindgen::JsValue::UNDEFINED)
    };
}

pub(crate) use optional_mark;
pub(crate) use param_type;
pub(crate) use param_value;
pub(crate) use resource_class;
pub(crate) use resource_method;
pub(crate) use resource_pager;
