//! How one Rongzi call runs for JS, and `rongzi_resource_class!`, which
//! declares a resource object and its methods.
//!
//! A call: params → validation → wire JSON (once), then per attempt the
//! token check, `fetch` and decoding. An `auth` failure (refused, missing or
//! expired token) calls the client's `onUnauthorized` hook, awaits it, and
//! retries the call once. Concurrent calls share one running hook.

use super::client::RongziInner;
use crate::error::{Error, ErrorKind};
use crate::http::Method;
use crate::rongzi::api::RongziPage;
use crate::rongzi::endpoints::safe_to_retry;
use crate::rongzi::operation::{build_raw, decode_json_by, wire_params, Decoding, Operation};
use crate::rongzi::token::Token;
use crate::wasm::convert;
use crate::wasm::error::to_js;
use crate::wasm::paging::{self, FetchPage, PageShape};
use crate::wasm::response_info::{self, api_promise, Answered};
use crate::wasm::retry::{with_retries, Deadline, Failed};
use crate::wasm::transport::{self, CallOptions};
use js_sys::{Function, Promise, Reflect};
use serde_json::Value;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// Rongzi's page: `{ total, rows }`, asked for with `pageIndex`.
pub(crate) const RONGZI_PAGE: PageShape = PageShape {
    page_param: "pageIndex",
    rows: "rows",
    total: "total",
    pages: None,
};

/// A decoded result for JS, and the token it carries (login).
type Finished = (Answered, Option<Token>);

/// Operation `O` with its types erased into function pointers, so the async
/// part below exists once instead of once per endpoint.
#[derive(Clone)]
pub(crate) struct Erased {
    method: Method,
    path: &'static str,
    /// From the endpoint table: whether failures may be retried.
    safe: bool,
    deprecated: Option<&'static str>,
    parse: fn(Value) -> Result<Value, Error>,
    decoding: Decoding,
}

impl Erased {
    pub(crate) fn of<O: Operation>() -> Erased {
        Erased {
            method: O::METHOD,
            path: O::PATH,
            safe: safe_to_retry(O::METHOD, O::PATH),
            deprecated: O::DEPRECATED,
            parse: parse::<O>,
            decoding: Decoding::of::<O>(),
        }
    }

    /// How errors name the call (`"rongzi customer/list"`).
    pub(crate) fn endpoint(&self) -> &str {
        &self.decoding.endpoint
    }

    /// Whether the call is made with a token (all but login).
    fn auth(&self) -> bool {
        self.decoding.auth
    }
}

fn parse<O: Operation>(json: Value) -> Result<Value, Error> {
    wire_params::<O>(json)
}

fn finish(op: &Erased, status: u16, body: &str, opts: &CallOptions) -> Result<Finished, Error> {
    let (json, token) = decode_json_by(&op.decoding, status, body)?;
    finish_js(op.endpoint(), status, &json, token, opts)
}

/// JSON text → JS value, the token checked.
fn finish_js(
    endpoint: &str,
    status: u16,
    json: &str,
    token: Option<String>,
    opts: &CallOptions,
) -> Result<Finished, Error> {
    let token =
        match token {
            Some(t) => Some(Token::parse(&t).map_err(|i| {
                Error::decode(endpoint, "data.token", i.message).with_status(status)
            })?),
            None => None,
        };
    let data = convert::json_to_js(endpoint, json)?;
    let response = response_info::info(opts, None);
    response_info::attach_last_response(&data, &response);
    Ok((Answered { data, response }, token))
}

/// Runs operation `O` for JS. Every failure rejects the promise with a
/// `YiwiseRongziError`; nothing throws synchronously.
pub(crate) fn call<O: Operation + 'static>(
    inner: &Rc<RongziInner>,
    params: JsValue,
    options: JsValue,
) -> Promise
where
    O::Params: 'static,
{
    let (params, options) = convert::options_first::<O::Params>(params, options);
    run(inner.clone(), Erased::of::<O>(), params, options)
}

/// [`call`] without the type parameter, so that its async state machine
/// exists once, not once per endpoint.
fn run(inner: Rc<RongziInner>, op: Erased, params: JsValue, options: JsValue) -> Promise {
    api_promise(async move {
        let ep = op.endpoint();
        let opts = CallOptions::from_js(ep, &options).map_err(|e| to_js(&e))?;
        let result = match convert::params_to_json(ep, &params) {
            Ok(json) => run_json(&inner, &op, json, &opts).await,
            Err(e) => Err(e),
        };
        result.map_err(|e| response_info::error_to_js(&e, &opts))
    })
}

/// The `…All` iterable of paged operation `O` (the bound checks at compile
/// time that it returns a [`RongziPage`]).
pub(crate) fn pages<T, O: Operation<Output = RongziPage<T>>>(
    inner: &Rc<RongziInner>,
    params: JsValue,
    options: JsValue,
) -> JsValue {
    iterable(inner.clone(), Erased::of::<O>(), params, options)
}

/// [`pages`] without the type parameters (one copy of the page fetcher).
fn iterable(inner: Rc<RongziInner>, op: Erased, params: JsValue, options: JsValue) -> JsValue {
    let endpoint = op.endpoint().to_string();
    let fetch: FetchPage = Rc::new(move |json, options| {
        let inner = inner.clone();
        let op = op.clone();
        Box::pin(async move {
            let opts = CallOptions::from_js(op.endpoint(), &options)?;
            Ok(run_json(&inner, &op, json, &opts).await?.data)
        })
    });
    paging::iterable(endpoint, RONGZI_PAGE, fetch, params, options)
}

/// One call with params already turned into JSON.
async fn run_json(
    inner: &RongziInner,
    op: &Erased,
    json: Value,
    opts: &CallOptions,
) -> Result<Answered, Error> {
    let ep = op.endpoint();
    let wire = (op.parse)(json)?;
    if let Some(note) = op.deprecated {
        inner.warn_once(op.path, note);
    }
    let deadline = Deadline::start(&inner.transport, opts);
    let wire = &wire;
    let mut retried = false;
    loop {
        let used = inner.token.borrow().clone();
        let used_ref = used.as_ref();
        let attempt = with_retries(
            &inner.transport,
            opts,
            &deadline,
            op.safe,
            ep,
            |limit| async move {
                let req = build_raw(
                    &inner.config,
                    op.method,
                    op.path,
                    wire,
                    op.auth(),
                    used_ref,
                    convert::now_ms(),
                    ep,
                )?;
                let raw = transport::send(&inner.transport, &req, opts, limit, ep).await?;
                finish(op, raw.status, &raw.body, opts).map_err(|error| Failed {
                    error,
                    retry_after: raw.retry_after,
                })
            },
        )
        .await;
        match attempt {
            Ok((answered, token)) => {
                if let Some(t) = token {
                    *inner.token.borrow_mut() = Some(t);
                }
                return Ok(answered);
            }
            Err(e) if e.kind == ErrorKind::Auth && op.auth() && !retried => {
                retried = true;
                // Another call may have logged in meanwhile: then just retry.
                if *inner.token.borrow() == used {
                    recover(inner, e).await?;
                }
            }
            Err(e) => return Err(e),
        }
    }
}

/// Awaits the `onUnauthorized` hook (one run shared by concurrent calls).
/// Without a hook, or when it fails, the call fails with `e`.
async fn recover(inner: &RongziInner, e: Error) -> Result<(), Error> {
    let Some(hook) = inner.on_unauthorized.clone() else {
        return Err(e);
    };
    let running = inner.refreshing.borrow().clone();
    let (promise, mine) = match running {
        Some(p) => (p, false),
        None => {
            let p = start_hook(&hook, &e);
            *inner.refreshing.borrow_mut() = Some(p.clone());
            (p, true)
        }
    };
    let outcome = JsFuture::from(promise).await;
    if mine {
        inner.refreshing.borrow_mut().take();
    }
    outcome.map(|_| ()).map_err(|why| {
        let mut e = e;
        e.message = format!("{} (onUnauthorized failed: {})", e.message, describe(&why));
        e
    })
}

/// Calls the hook with the error; a throw becomes a rejected promise.
fn start_hook(hook: &Function, e: &Error) -> Promise {
    match hook.call1(&JsValue::UNDEFINED, &to_js(e)) {
        Ok(v) => Promise::resolve(&v),
        Err(thrown) => Promise::reject(&thrown),
    }
}

fn describe(v: &JsValue) -> String {
    Reflect::get(v, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .or_else(|| v.as_string())
        .unwrap_or_else(|| "it threw".to_string())
}

/// Declares a Rongzi resource class (`rz.<resource>`): see
/// [`crate::wasm::resource_class`] for the syntax.
macro_rules! rongzi_resource_class {
    ($($body:tt)*) => {
        $crate::wasm::resource_class::js_resource_class!(rongzi, RongziInner; $($body)*);
    };
}

pub(crate) use rongzi_resource_class;
