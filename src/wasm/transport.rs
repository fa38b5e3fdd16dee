//! One HTTP exchange through `fetch`, with a timeout and the caller's `AbortSignal`.
//!
//! The `fetch` used is the client's `fetch` option or the global one. It is
//! called as `fetch(url, { method, headers, body, signal })`, the form every
//! WHATWG fetch (browsers, Node >= 18, undici, proxies, test spies) accepts.

use crate::error::{Error, ErrorKind, Issue};
use crate::http::PreparedRequest;
use js_sys::{Array, Function, Object, Promise, Reflect};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, AbortSignal};

/// Timeout used when neither the client nor the call sets one.
pub const DEFAULT_TIMEOUT_MS: u32 = 30_000;

/// How a client reaches the network.
#[derive(Clone, Default)]
pub struct Transport {
    /// The `fetch` option, or `None` for the global `fetch`.
    pub fetch: Option<Function>,
    /// The client's default timeout (`timeoutMs`); 0 turns it off.
    pub timeout_ms: Option<u32>,
}

/// Per-call options: `{ signal, timeoutMs }`.
#[derive(Default)]
pub struct CallOptions {
    /// Aborts the call when it fires.
    pub signal: Option<AbortSignal>,
    /// Overrides the client's timeout for this call; 0 turns it off.
    pub timeout_ms: Option<u32>,
}

impl CallOptions {
    /// Reads `{ signal, timeoutMs }`; anything else is a validation error.
    pub fn from_js(endpoint: &str, v: &JsValue) -> Result<Self, Error> {
        if v.is_undefined() || v.is_null() {
            return Ok(CallOptions::default());
        }
        if !v.is_object() {
            return Err(Error::validation(
                endpoint,
                vec![Issue::new("options", "must be an object")],
            ));
        }
        let mut issues = Vec::new();
        let timeout_ms = super::convert::opt_millis(v, "timeoutMs", &mut issues);
        let s = super::convert::get(v, "signal");
        let signal = if s.is_undefined() || s.is_null() {
            None
        } else if s.is_object()
            && Reflect::has(&s, &"aborted".into()).unwrap_or(false)
            && super::convert::get(&s, "addEventListener").is_function()
        {
            Some(s.unchecked_into::<AbortSignal>())
        } else {
            issues.push(Issue::new("options.signal", "must be an AbortSignal"));
            None
        };
        if issues.is_empty() {
            Ok(CallOptions { signal, timeout_ms })
        } else {
            Err(Error::validation(endpoint, issues))
        }
    }
}

/// Status and body text of a response.
pub struct RawResponse {
    /// HTTP status.
    pub status: u16,
    /// Body as text.
    pub body: String,
}

fn failure(kind: ErrorKind, endpoint: &str, msg: String) -> Error {
    Error::new(kind, format!("{endpoint}: {msg}")).with_endpoint(endpoint)
}

/// The message of a JS error, with its `cause` (Node puts ECONNREFUSED there).
fn describe(err: &JsValue) -> String {
    let text = |v: &JsValue| -> Option<String> {
        super::convert::get(v, "message")
            .as_string()
            .filter(|s| !s.is_empty())
            .or_else(|| v.as_string())
    };
    let mut s = text(err).unwrap_or_else(|| "fetch failed".to_string());
    let cause = super::convert::get(err, "cause");
    if !cause.is_undefined() && !cause.is_null() {
        let code = super::convert::get(&cause, "code").as_string();
        if let Some(c) = code.or_else(|| text(&cause)) {
            s.push_str(&format!(" ({c})"));
        }
    }
    s
}

fn set(o: &JsValue, k: &str, v: &JsValue) {
    // Reflect.set only fails on non-objects; `o` is always a fresh Object.
    let _ = Reflect::set(o, &JsValue::from_str(k), v);
}

fn global_fn(name: &str) -> Option<Function> {
    Reflect::get(&js_sys::global(), &JsValue::from_str(name))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
}

/// Sends `req` and reads the whole body. Never panics; every failure is a typed error.
pub async fn send(
    transport: &Transport,
    req: &PreparedRequest,
    opts: &CallOptions,
    endpoint: &str,
) -> Result<RawResponse, Error> {
    if let Some(sig) = &opts.signal {
        if sig.aborted() {
            return Err(failure(
                ErrorKind::Aborted,
                endpoint,
                "aborted before it was sent".into(),
            ));
        }
    }
    let Some(fetch) = transport.fetch.clone().or_else(|| global_fn("fetch")) else {
        return Err(failure(
            ErrorKind::Network,
            endpoint,
            "there is no global fetch here; pass the `fetch` option".into(),
        ));
    };
    let controller = AbortController::new().map_err(|e| {
        failure(
            ErrorKind::Network,
            endpoint,
            format!("cannot create AbortController: {}", describe(&e)),
        )
    })?;

    let timed_out = Rc::new(Cell::new(false));
    let user_aborted = Rc::new(Cell::new(false));
    let timeout_ms = opts
        .timeout_ms
        .or(transport.timeout_ms)
        .unwrap_or(DEFAULT_TIMEOUT_MS);

    // A promise that rejects when the timer or the caller's signal fires. Every
    // await below races against it, so even a `fetch` that ignores its signal
    // cannot outlive the timeout or an abort.
    let reject_slot: Rc<RefCell<Option<Function>>> = Rc::new(RefCell::new(None));
    let deadline = {
        let slot = reject_slot.clone();
        Promise::new(&mut |_resolve, reject| {
            *slot.borrow_mut() = Some(reject);
        })
    };
    let fire = |flag: Rc<Cell<bool>>| {
        let ctrl = controller.clone();
        let slot = reject_slot.clone();
        move || {
            flag.set(true);
            ctrl.abort();
            if let Some(reject) = slot.borrow_mut().take() {
                let _ = reject.call1(&JsValue::UNDEFINED, &JsValue::from_str("deadline"));
            }
        }
    };

    let timer_cb = Closure::<dyn FnMut()>::new(fire(timed_out.clone()));
    let timer_id = if timeout_ms > 0 {
        global_fn("setTimeout").and_then(|st| {
            st.call2(
                &JsValue::UNDEFINED,
                timer_cb.as_ref(),
                &JsValue::from_f64(f64::from(timeout_ms)),
            )
            .ok()
        })
    } else {
        None
    };
    let abort_cb = Closure::<dyn FnMut()>::new(fire(user_aborted.clone()));
    if let Some(sig) = &opts.signal {
        let _ = sig.add_event_listener_with_callback("abort", abort_cb.as_ref().unchecked_ref());
    }

    let result = exchange(&fetch, req, &controller.signal(), &deadline, endpoint).await;

    // Disarm: after this nothing calls the closures, so dropping them is safe.
    reject_slot.borrow_mut().take();
    if let (Some(id), Some(ct)) = (timer_id, global_fn("clearTimeout")) {
        let _ = ct.call1(&JsValue::UNDEFINED, &id);
    }
    if let Some(sig) = &opts.signal {
        let _ = sig.remove_event_listener_with_callback("abort", abort_cb.as_ref().unchecked_ref());
    }
    drop(timer_cb);
    drop(abort_cb);

    result.map_err(|(e, msg)| {
        if timed_out.get() {
            failure(
                ErrorKind::Timeout,
                endpoint,
                format!("no answer within {timeout_ms} ms"),
            )
        } else if user_aborted.get() || opts.signal.as_ref().is_some_and(|s| s.aborted()) {
            failure(
                ErrorKind::Aborted,
                endpoint,
                "aborted by the caller's signal".into(),
            )
        } else {
            e.unwrap_or_else(|| failure(ErrorKind::Network, endpoint, msg))
        }
    })
}

type Failed = (Option<Error>, String);

async fn exchange(
    fetch: &Function,
    req: &PreparedRequest,
    signal: &AbortSignal,
    deadline: &Promise,
    endpoint: &str,
) -> Result<RawResponse, Failed> {
    let race = |p: &JsValue| Promise::race(&Array::of2(&Promise::resolve(p), deadline));
    let init = Object::new();
    set(&init, "method", &JsValue::from_str(req.method.as_str()));
    let headers = Object::new();
    for (k, v) in &req.headers {
        set(&headers, k, &JsValue::from_str(v));
    }
    set(&init, "headers", &headers);
    if let Some(b) = &req.body {
        set(&init, "body", &JsValue::from_str(b));
    }
    set(&init, "signal", signal);

    let ret = fetch
        .call2(&js_sys::global(), &JsValue::from_str(&req.url), &init)
        .map_err(|e| (None, describe(&e)))?;
    let resp = JsFuture::from(race(&ret))
        .await
        .map_err(|e| (None, describe(&e)))?;
    if !resp.is_object() || !super::convert::get(&resp, "text").is_function() {
        let e = failure(
            ErrorKind::Network,
            endpoint,
            "the fetch function did not return a Response".into(),
        );
        return Err((Some(e), String::new()));
    }
    let resp = gloo_net::http::Response::from(resp.unchecked_into::<web_sys::Response>());
    let status = resp.status();
    let raw: web_sys::Response = resp.into();
    let reading = |e: JsValue| (None, format!("reading the body failed: {}", describe(&e)));
    let text = raw.text().map_err(reading)?;
    let body = JsFuture::from(race(&text)).await.map_err(reading)?;
    Ok(RawResponse {
        status,
        body: body.as_string().unwrap_or_default(),
    })
}
