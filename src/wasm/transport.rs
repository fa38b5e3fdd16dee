//! One HTTP exchange through `fetch`, within what is left of the call's
//! timeout and the caller's `AbortSignal`; and the sleep between retries.
//!
//! The `fetch` used is the client's `fetch` option or the global one. It is
//! called as `fetch(url, { method, headers, body, signal })`, the form every
//! WHATWG fetch (browsers, Node >= 18, undici, proxies, test spies) accepts.

use crate::error::{Error, ErrorKind, Issue};
use crate::http::PreparedRequest;
use crate::retry::RetryPolicy;
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
    /// `maxRetries` and `retryBaseMs`.
    pub retry: RetryPolicy,
}

/// Per-call options: `{ signal, timeoutMs, maxRetries }`.
#[derive(Default)]
pub struct CallOptions {
    /// Aborts the call when it fires.
    pub signal: Option<AbortSignal>,
    /// Overrides the client's timeout for this call; 0 turns it off.
    pub timeout_ms: Option<u32>,
    /// Overrides the client's `maxRetries` for this call (reads only).
    pub max_retries: Option<u32>,
}

impl CallOptions {
    /// Reads `{ signal, timeoutMs, maxRetries }`; a wrong type is a validation error.
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
        let max_retries = super::convert::opt_retries(v, "maxRetries", &mut issues);
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
            Ok(CallOptions {
                signal,
                timeout_ms,
                max_retries,
            })
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
    /// The `Retry-After` header, when the answer had one (and CORS lets it through).
    pub retry_after: Option<String>,
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

/// How long one step may take: what is left of the call's `timeoutMs`
/// (`remaining_ms`), and the whole `timeoutMs` for the message.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    /// Time left, in ms.
    pub remaining_ms: u32,
    /// The call's `timeoutMs`.
    pub total_ms: u32,
}

/// Races JS promises against a timer and the caller's `AbortSignal`, and
/// aborts an `AbortController` when either fires. Disarmed on drop.
struct Guard {
    controller: AbortController,
    timed_out: Rc<Cell<bool>>,
    user_aborted: Rc<Cell<bool>>,
    reject_slot: Rc<RefCell<Option<Function>>>,
    deadline: Promise,
    timer_cb: Option<Closure<dyn FnMut()>>,
    abort_cb: Option<Closure<dyn FnMut()>>,
    timer_id: Option<JsValue>,
    signal: Option<AbortSignal>,
}

impl Guard {
    fn new(
        signal: Option<&AbortSignal>,
        limit: Option<Limit>,
        endpoint: &str,
    ) -> Result<Guard, Error> {
        let controller = AbortController::new().map_err(|e| {
            failure(
                ErrorKind::Network,
                endpoint,
                format!("cannot create AbortController: {}", describe(&e)),
            )
        })?;
        let timed_out = Rc::new(Cell::new(false));
        let user_aborted = Rc::new(Cell::new(false));
        // A promise that rejects when the timer or the caller's signal fires.
        // Every await races against it, so even a `fetch` (or signer) that
        // ignores its signal cannot outlive the timeout or an abort.
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
        let mut g = Guard {
            controller: controller.clone(),
            timed_out: timed_out.clone(),
            user_aborted: user_aborted.clone(),
            reject_slot: reject_slot.clone(),
            deadline,
            timer_cb: None,
            abort_cb: None,
            timer_id: None,
            signal: signal.cloned(),
        };
        if let Some(limit) = limit {
            let cb = Closure::<dyn FnMut()>::new(fire(timed_out));
            g.timer_id = global_fn("setTimeout").and_then(|st| {
                st.call2(
                    &JsValue::UNDEFINED,
                    cb.as_ref(),
                    &JsValue::from_f64(f64::from(limit.remaining_ms)),
                )
                .ok()
            });
            g.timer_cb = Some(cb);
        }
        if let Some(sig) = signal {
            let cb = Closure::<dyn FnMut()>::new(fire(user_aborted));
            let _ = sig.add_event_listener_with_callback("abort", cb.as_ref().unchecked_ref());
            g.abort_cb = Some(cb);
        }
        Ok(g)
    }

    fn race(&self, p: &JsValue) -> Promise {
        Promise::race(&Array::of2(&Promise::resolve(p), &self.deadline))
    }

    /// The error to report when a step failed: timeout and abort win.
    fn classify(
        &self,
        endpoint: &str,
        limit: Option<Limit>,
        e: Option<Error>,
        msg: String,
    ) -> Error {
        if self.timed_out.get() {
            timeout_error(endpoint, limit.map_or(0, |l| l.total_ms))
        } else if self.user_aborted.get() || self.signal.as_ref().is_some_and(|s| s.aborted()) {
            aborted_error(endpoint)
        } else {
            e.unwrap_or_else(|| failure(ErrorKind::Network, endpoint, msg))
        }
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        // Disarm: after this nothing calls the closures, so dropping them is safe.
        self.reject_slot.borrow_mut().take();
        if let (Some(id), Some(ct)) = (self.timer_id.take(), global_fn("clearTimeout")) {
            let _ = ct.call1(&JsValue::UNDEFINED, &id);
        }
        if let (Some(sig), Some(cb)) = (&self.signal, &self.abort_cb) {
            let _ = sig.remove_event_listener_with_callback("abort", cb.as_ref().unchecked_ref());
        }
    }
}

/// `kind: 'timeout'` for a call whose `timeoutMs` ran out.
pub fn timeout_error(endpoint: &str, total_ms: u32) -> Error {
    failure(
        ErrorKind::Timeout,
        endpoint,
        format!("no answer within {total_ms} ms"),
    )
}

/// `kind: 'aborted'` for a call the caller's signal stopped.
pub fn aborted_error(endpoint: &str) -> Error {
    failure(
        ErrorKind::Aborted,
        endpoint,
        "aborted by the caller's signal".into(),
    )
}

/// Awaits `value` (a promise or not) within `limit` and the caller's
/// signal: used for the `signer` of remote signing.
pub async fn await_within(
    value: &JsValue,
    signal: Option<&AbortSignal>,
    limit: Option<Limit>,
    endpoint: &str,
) -> Result<JsValue, Error> {
    let guard = Guard::new(signal, limit, endpoint)?;
    JsFuture::from(guard.race(value))
        .await
        .map_err(|e| guard.classify(endpoint, limit, None, describe(&e)))
}

/// Sends `req` and reads the whole body. Never panics; every failure is a
/// typed error. `limit` is what is left of the call's timeout (`None`: none).
pub async fn send(
    transport: &Transport,
    req: &PreparedRequest,
    signal: Option<&AbortSignal>,
    limit: Option<Limit>,
    endpoint: &str,
) -> Result<RawResponse, Error> {
    if signal.is_some_and(|s| s.aborted()) {
        return Err(failure(
            ErrorKind::Aborted,
            endpoint,
            "aborted before it was sent".into(),
        ));
    }
    let Some(fetch) = transport.fetch.clone().or_else(|| global_fn("fetch")) else {
        return Err(failure(
            ErrorKind::Network,
            endpoint,
            "there is no global fetch here; pass the `fetch` option".into(),
        ));
    };
    let guard = Guard::new(signal, limit, endpoint)?;
    let result = exchange(&fetch, req, &guard, endpoint).await;
    result.map_err(|(e, msg)| guard.classify(endpoint, limit, e, msg))
}

/// Waits `ms`, or less when the caller's signal fires first.
pub async fn sleep(ms: u64, signal: Option<&AbortSignal>) {
    if signal.is_some_and(|s| s.aborted()) {
        return;
    }
    let resolver: Rc<RefCell<Option<Function>>> = Rc::new(RefCell::new(None));
    let p = {
        let slot = resolver.clone();
        Promise::new(&mut |resolve, _reject| {
            *slot.borrow_mut() = Some(resolve);
        })
    };
    let Some(resolve) = resolver.borrow().clone() else {
        return;
    };
    let timer = global_fn("setTimeout").and_then(|st| {
        st.call2(&JsValue::UNDEFINED, &resolve, &JsValue::from_f64(ms as f64))
            .ok()
    });
    if timer.is_none() {
        return;
    }
    if let Some(sig) = signal {
        let _ = sig.add_event_listener_with_callback("abort", &resolve);
    }
    let _ = JsFuture::from(p).await;
    if let (Some(id), Some(ct)) = (timer, global_fn("clearTimeout")) {
        let _ = ct.call1(&JsValue::UNDEFINED, &id);
    }
    if let Some(sig) = signal {
        let _ = sig.remove_event_listener_with_callback("abort", &resolve);
    }
}

type Failed = (Option<Error>, String);

async fn exchange(
    fetch: &Function,
    req: &PreparedRequest,
    guard: &Guard,
    endpoint: &str,
) -> Result<RawResponse, Failed> {
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
    set(&init, "signal", &guard.controller.signal());

    let ret = fetch
        .call2(&js_sys::global(), &JsValue::from_str(&req.url), &init)
        .map_err(|e| (None, describe(&e)))?;
    let resp = JsFuture::from(guard.race(&ret))
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
    let retry_after = header(&resp, "retry-after");
    let resp = gloo_net::http::Response::from(resp.unchecked_into::<web_sys::Response>());
    let status = resp.status();
    let raw: web_sys::Response = resp.into();
    let reading = |e: JsValue| (None, format!("reading the body failed: {}", describe(&e)));
    // The bytes, not `text()`: `text()` decodes UTF-8 into a JS string that
    // would be encoded to UTF-8 again on its way into wasm; one copy of the
    // bytes is several times cheaper for a large page (measured in bench/).
    // A canned test response may only have `text()`.
    let body = if super::convert::get(&raw, "arrayBuffer").is_function() {
        let pending = raw.array_buffer().map_err(reading)?;
        let buf = JsFuture::from(guard.race(&pending))
            .await
            .map_err(reading)?;
        crate::http::body_text(js_sys::Uint8Array::new(&buf).to_vec())
    } else {
        let pending = raw.text().map_err(reading)?;
        let text = JsFuture::from(guard.race(&pending))
            .await
            .map_err(reading)?;
        text.as_string().unwrap_or_default()
    };
    Ok(RawResponse {
        status,
        body,
        retry_after,
    })
}

/// `resp.headers.get(name)` when the response has such headers (a canned
/// test response may have none).
fn header(resp: &JsValue, name: &str) -> Option<String> {
    let headers = super::convert::get(resp, "headers");
    let get = super::convert::get(&headers, "get");
    let get = get.dyn_ref::<Function>()?;
    get.call1(&headers, &JsValue::from_str(name))
        .ok()?
        .as_string()
        .filter(|v| v.len() <= 64)
}
