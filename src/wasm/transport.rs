//! One HTTP exchange through `fetch`, within what is left of the call's
//! timeout and the caller's `AbortSignal`; and the sleep between retries.
//!
//! The `fetch` used is the client's `fetch` option or the global one. It is
//! called as `fetch(url, { method, headers, body, signal })`, the form every
//! WHATWG fetch (browsers, Node >= 18, undici, proxies, test spies) accepts.

use super::response_info::{headers_of, Answer};
use crate::error::{Error, ErrorKind, Issue};
use crate::http::PreparedRequest;
use crate::request_event::{endpoint_of, Event, Info};
use crate::retry::RetryPolicy;
use js_sys::{Function, Object, Promise, Reflect};
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, AbortSignal};

// Typed views of the JS objects one exchange touches. Structural getters and
// setters compile to plain `o.name` / `o.name = v` in the glue: one crossing
// each, no key strings made and no `Reflect` call (the per-request cost was
// mostly such crossings; see bench/).
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = setTimeout, catch)]
    fn set_timeout(handler: &JsValue, ms: f64) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = clearTimeout, catch)]
    fn clear_timeout(id: &JsValue) -> Result<(), JsValue>;

    /// The global object, for its `fetch`.
    type Global;
    #[wasm_bindgen(method, getter, structural, catch)]
    fn fetch(this: &Global) -> Result<JsValue, JsValue>;

    /// The `init` of `fetch(url, init)`, and its `headers` (plain objects).
    type FetchInit;
    #[wasm_bindgen(method, setter, structural)]
    fn set_method(this: &FetchInit, v: &str);
    #[wasm_bindgen(method, setter, structural)]
    fn set_headers(this: &FetchInit, v: &FetchInit);
    #[wasm_bindgen(method, setter, structural)]
    fn set_body(this: &FetchInit, v: &str);
    #[wasm_bindgen(method, setter, structural)]
    fn set_signal(this: &FetchInit, v: &AbortSignal);
    #[wasm_bindgen(method, structural, indexing_setter)]
    fn set(this: &FetchInit, k: &str, v: &str);

    /// What `fetch` resolved to: a `Response`, or something posing as one.
    type FetchResponse;
    #[wasm_bindgen(method, getter, structural, catch)]
    fn status(this: &FetchResponse) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, getter, structural, catch)]
    fn headers(this: &FetchResponse) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, getter, structural, catch, js_name = text)]
    fn text_fn(this: &FetchResponse) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, getter, structural, catch, js_name = arrayBuffer)]
    fn array_buffer_fn(this: &FetchResponse) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, structural, catch)]
    fn text(this: &FetchResponse) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, structural, catch, js_name = arrayBuffer)]
    fn array_buffer(this: &FetchResponse) -> Result<JsValue, JsValue>;

    /// `response.headers`.
    type HeadersLike;
    #[wasm_bindgen(method, structural, catch)]
    fn get(this: &HeadersLike, name: &str) -> Result<JsValue, JsValue>;
}

/// Timeout used when neither the client nor the call sets one.
pub const DEFAULT_TIMEOUT_MS: u32 = 30_000;

/// How a client reaches the network.
#[derive(Clone, Default)]
pub struct Transport {
    /// The client's listeners and logging (`on`, `logLevel`, `logger`).
    pub observer: Rc<super::observe::Observer>,
    /// The `fetch` option, or `None` for the global `fetch`.
    pub fetch: Option<Function>,
    /// The client's default timeout (`timeoutMs`); 0 turns it off.
    pub timeout_ms: Option<u32>,
    /// `maxRetries` and `retryBaseMs`.
    pub retry: RetryPolicy,
}

/// Per-call options: `{ signal, timeoutMs, maxRetries, headers }`.
#[derive(Default)]
pub struct CallOptions {
    /// Extra request headers (`headers`), checked by [`crate::call_headers`].
    pub headers: Vec<(String, String)>,
    /// The attempt under way (1 for the first), set by the retry loop.
    pub attempt: Cell<u32>,
    /// Method and URL of the last attempt sent, when someone watches the
    /// call's events (the retry loop reports them).
    pub sent: RefCell<Option<(String, String)>>,
    /// Aborts the call when it fires.
    pub signal: Option<AbortSignal>,
    /// Overrides the client's timeout for this call; 0 turns it off.
    pub timeout_ms: Option<u32>,
    /// Overrides the client's `maxRetries` for this call (reads only).
    pub max_retries: Option<u32>,
    /// The answer of the attempt under way, once it came (`None` while it is
    /// being sent or when it failed without one): see [`super::response_info`].
    pub answer: RefCell<Option<Answer>>,
}

impl CallOptions {
    /// The option names, so a no-params endpoint can tell options given first from params.
    pub const NAMES: [&'static str; 4] = ["signal", "timeoutMs", "maxRetries", "headers"];

    /// Reads `{ signal, timeoutMs, maxRetries, headers }`; a wrong type is a validation error.
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
        let headers = read_headers(v, &mut issues);
        if issues.is_empty() {
            Ok(CallOptions {
                headers,
                attempt: Cell::new(0),
                sent: RefCell::new(None),
                signal,
                timeout_ms,
                max_retries,
                answer: RefCell::new(None),
            })
        } else {
            Err(Error::validation(endpoint, issues))
        }
    }
}

/// The `headers` option: a plain object of strings, checked by the core.
fn read_headers(options: &JsValue, issues: &mut Vec<Issue>) -> Vec<(String, String)> {
    let h = super::convert::get(options, "headers");
    if h.is_undefined() || h.is_null() {
        return Vec::new();
    }
    if !h.is_object() || js_sys::Array::is_array(&h) {
        issues.push(Issue::new(
            "options.headers",
            "must be an object of header names and string values",
        ));
        return Vec::new();
    }
    let pairs = Object::entries(h.unchecked_ref())
        .iter()
        .map(|entry| {
            let name = Reflect::get(&entry, &0.into())
                .ok()
                .and_then(|k| k.as_string())
                .unwrap_or_default();
            let value = Reflect::get(&entry, &1.into())
                .ok()
                .and_then(|v| v.as_string());
            (name, value)
        })
        .collect();
    match crate::call_headers::check(pairs) {
        Ok(ok) => ok,
        Err(mut found) => {
            issues.append(&mut found);
            Vec::new()
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
    /// `response.headers`, as a `Headers`.
    headers: JsValue,
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

/// The global `fetch`, when there is one (looked up per call: a polyfill may
/// be installed after the client was made).
fn global_fetch() -> Option<Function> {
    js_sys::global()
        .unchecked_ref::<Global>()
        .fetch()
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

/// What the timer and the caller's signal share with the awaits of a step.
struct Shared {
    timed_out: Cell<bool>,
    user_aborted: Cell<bool>,
    /// The task waiting in [`Guard::wait`], woken when either fires.
    waker: RefCell<Option<Waker>>,
    /// Aborted when either fires (its signal goes to `fetch`).
    controller: Option<AbortController>,
}

impl Shared {
    fn stopped(&self) -> bool {
        self.timed_out.get() || self.user_aborted.get()
    }
}

/// Bounds the awaits of one step by a timer and the caller's `AbortSignal`,
/// and aborts an `AbortController` (for `fetch`) when either fires.
/// Disarmed on drop.
///
/// Every await is a [`Race`] of the JS promise against these two, so even a
/// `fetch` (or signer) that ignores its signal cannot outlive the timeout or
/// an abort. The race is decided in Rust (the timer's callback wakes the
/// waiting task): no `Promise.race`, extra promise or array per await, and the
/// `AbortController` (~5 µs in Node) only where a `fetch` needs its signal.
struct Guard {
    shared: Rc<Shared>,
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
        with_controller: bool,
    ) -> Result<Guard, Error> {
        let controller = if with_controller {
            Some(AbortController::new().map_err(|e| {
                failure(
                    ErrorKind::Network,
                    endpoint,
                    format!("cannot create AbortController: {}", describe(&e)),
                )
            })?)
        } else {
            None
        };
        let shared = Rc::new(Shared {
            timed_out: Cell::new(false),
            user_aborted: Cell::new(false),
            waker: RefCell::new(None),
            controller,
        });
        let fire = |timeout: bool| {
            let shared = shared.clone();
            move || {
                let flag = if timeout {
                    &shared.timed_out
                } else {
                    &shared.user_aborted
                };
                flag.set(true);
                if let Some(c) = &shared.controller {
                    c.abort();
                }
                let waker = shared
                    .waker
                    .try_borrow_mut()
                    .ok()
                    .and_then(|mut w| w.take());
                if let Some(w) = waker {
                    w.wake();
                }
            }
        };
        let mut g = Guard {
            shared: shared.clone(),
            timer_cb: None,
            abort_cb: None,
            timer_id: None,
            signal: signal.cloned(),
        };
        if let Some(limit) = limit {
            let cb = Closure::<dyn FnMut()>::new(fire(true));
            g.timer_id = set_timeout(cb.as_ref(), f64::from(limit.remaining_ms)).ok();
            g.timer_cb = Some(cb);
        }
        if let Some(sig) = signal {
            let cb = Closure::<dyn FnMut()>::new(fire(false));
            let _ = sig.add_event_listener_with_callback("abort", cb.as_ref().unchecked_ref());
            g.abort_cb = Some(cb);
        }
        Ok(g)
    }

    /// The signal for `fetch` (`None` without a controller).
    fn fetch_signal(&self) -> Option<AbortSignal> {
        self.shared.controller.as_ref().map(AbortController::signal)
    }

    /// Awaits `p` (a promise or not) unless the timer or the signal fires first.
    fn wait(&self, p: &JsValue) -> Race {
        Race {
            inner: JsFuture::from(Promise::resolve(p)),
            shared: self.shared.clone(),
        }
    }

    /// The error to report when a step failed: timeout and abort win.
    fn classify(
        &self,
        endpoint: &str,
        limit: Option<Limit>,
        e: Option<Error>,
        msg: String,
    ) -> Error {
        if self.shared.timed_out.get() {
            timeout_error(endpoint, limit.map_or(0, |l| l.total_ms))
        } else if self.shared.user_aborted.get()
            || self.signal.as_ref().is_some_and(|s| s.aborted())
        {
            aborted_error(endpoint)
        } else {
            e.unwrap_or_else(|| failure(ErrorKind::Network, endpoint, msg))
        }
    }
}

/// A JS promise raced against a [`Guard`]: the promise's outcome, or an
/// error as soon as the guard's timer or signal fires.
struct Race {
    inner: JsFuture,
    shared: Rc<Shared>,
}

impl Future for Race {
    type Output = Result<JsValue, JsValue>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        if let Poll::Ready(r) = Pin::new(&mut this.inner).poll(cx) {
            return Poll::Ready(r);
        }
        if this.shared.stopped() {
            return Poll::Ready(Err(JsValue::from_str("deadline")));
        }
        if let Ok(mut w) = this.shared.waker.try_borrow_mut() {
            *w = Some(cx.waker().clone());
        }
        Poll::Pending
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        // Disarm: after this nothing calls the closures, so dropping them is
        // safe. (A dropped `Race` leaves its promise's callbacks valid: they
        // own their state.)
        if let Some(id) = self.timer_id.take() {
            let _ = clear_timeout(&id);
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
    let guard = Guard::new(signal, limit, endpoint, false)?;
    guard
        .wait(value)
        .await
        .map_err(|e| guard.classify(endpoint, limit, None, describe(&e)))
}

/// Sends `req` and reads the whole body. Never panics; every failure is a
/// typed error. `limit` is what is left of the call's timeout (`None`: none).
pub async fn send(
    transport: &Transport,
    req: &PreparedRequest,
    opts: &CallOptions,
    limit: Option<Limit>,
    endpoint: &str,
) -> Result<RawResponse, Error> {
    let signal = opts.signal.as_ref();
    if signal.is_some_and(|s| s.aborted()) {
        return Err(failure(
            ErrorKind::Aborted,
            endpoint,
            "aborted before it was sent".into(),
        ));
    }
    let Some(fetch) = transport.fetch.clone().or_else(global_fetch) else {
        return Err(failure(
            ErrorKind::Network,
            endpoint,
            "there is no global fetch here; pass the `fetch` option".into(),
        ));
    };
    let observer = &transport.observer;
    let watched = observer.wants_any();
    let info = |status, request_id, elapsed_ms| Info {
        method: req.method.as_str().to_string(),
        endpoint: endpoint_of(endpoint).to_string(),
        url: req.url.clone(),
        attempt: opts.attempt.get().max(1),
        status,
        request_id,
        elapsed_ms,
        ..Info::default()
    };
    if watched {
        *opts.sent.borrow_mut() = Some((req.method.as_str().to_string(), req.url.clone()));
        if observer.wants(Event::Request) {
            observer.emit(Event::Request, &info(None, None, None));
        }
    }
    opts.answer.borrow_mut().take();
    let started = js_sys::Date::now();
    let guard = Guard::new(signal, limit, endpoint, true)?;
    let result = exchange(&fetch, req, &opts.headers, &guard, endpoint).await;
    if let Ok(raw) = &result {
        *opts.answer.borrow_mut() = Some(Answer {
            status: raw.status,
            headers: raw.headers.clone(),
            url: req.url.clone(),
        });
        if observer.wants(Event::Response) {
            let id = crate::request_event::request_id_of(&raw.body);
            let elapsed = js_sys::Date::now() - started;
            observer.emit(Event::Response, &info(Some(raw.status), id, Some(elapsed)));
        }
    }
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
    let Ok(timer) = set_timeout(&resolve, ms as f64) else {
        return;
    };
    if let Some(sig) = signal {
        let _ = sig.add_event_listener_with_callback("abort", &resolve);
    }
    let _ = JsFuture::from(p).await;
    let _ = clear_timeout(&timer);
    if let Some(sig) = signal {
        let _ = sig.remove_event_listener_with_callback("abort", &resolve);
    }
}

type Failed = (Option<Error>, String);

async fn exchange(
    fetch: &Function,
    req: &PreparedRequest,
    extra_headers: &[(String, String)],
    guard: &Guard,
    endpoint: &str,
) -> Result<RawResponse, Failed> {
    let init: FetchInit = Object::new().unchecked_into();
    init.set_method(req.method.as_str());
    let headers: FetchInit = Object::new().unchecked_into();
    for (k, v) in req.headers.iter().chain(extra_headers) {
        headers.set(k, v);
    }
    init.set_headers(&headers);
    if let Some(b) = &req.body {
        init.set_body(b);
    }
    if let Some(signal) = guard.fetch_signal() {
        init.set_signal(&signal);
    }

    let ret = fetch
        .call2(&js_sys::global(), &JsValue::from_str(&req.url), &init)
        .map_err(|e| (None, describe(&e)))?;
    let resp = guard.wait(&ret).await.map_err(|e| (None, describe(&e)))?;
    let is_fn = |v: Result<JsValue, JsValue>| v.is_ok_and(|f| f.is_function());
    let resp: FetchResponse = resp.unchecked_into();
    if !resp.is_object() || !is_fn(resp.text_fn()) {
        let e = failure(
            ErrorKind::Network,
            endpoint,
            "the fetch function did not return a Response".into(),
        );
        return Err((Some(e), String::new()));
    }
    let headers = headers_of(resp.headers());
    let retry_after = header(&headers, "retry-after");
    let status = resp
        .status()
        .ok()
        .and_then(|s| s.as_f64())
        .filter(|s| (0.0..=f64::from(u16::MAX)).contains(s))
        .map_or(0, |s| s as u16);
    let reading = |e: JsValue| (None, format!("reading the body failed: {}", describe(&e)));
    // The bytes, not `text()`: `text()` decodes UTF-8 into a JS string that
    // would be encoded to UTF-8 again on its way into wasm; one copy of the
    // bytes is several times cheaper for a large page (measured in bench/).
    // A canned test response may only have `text()`.
    let body = if is_fn(resp.array_buffer_fn()) {
        let pending = resp.array_buffer().map_err(reading)?;
        let buf = guard.wait(&pending).await.map_err(reading)?;
        crate::http::body_text(js_sys::Uint8Array::new(&buf).to_vec())
    } else {
        let pending = resp.text().map_err(reading)?;
        let text = guard.wait(&pending).await.map_err(reading)?;
        text.as_string().unwrap_or_default()
    };
    Ok(RawResponse {
        status,
        body,
        retry_after,
        headers,
    })
}

/// `headers.get(name)`, a short value only.
fn header(headers: &JsValue, name: &str) -> Option<String> {
    if !headers.is_object() {
        return None;
    }
    headers
        .unchecked_ref::<HeadersLike>()
        .get(name)
        .ok()?
        .as_string()
        .filter(|v| v.len() <= 64)
}
