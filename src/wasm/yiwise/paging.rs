//! `…All` methods: async iterables over every row of a paged endpoint.
//!
//! ```js
//! for await (const job of yw.job.getJobsAll({ status: 'IN_PROCESS' })) console.log(job.name);
//! ```
//!
//! Each `for await` gets a fresh cursor that asks for page `pageNum` (default
//! 1), then the next, until a page comes back empty or short, the page count
//! (`pages`) or the row count (`totalElements`) is reached, or a request fails
//! (the loop then throws that `YiwiseRongziError`). `pageSize` defaults to
//! 100, the documented maximum. Pages are fetched one at a time, only as the
//! loop consumes rows. Params are validated on the first request, so a bad
//! call rejects the first iteration rather than throwing.

use super::client::ClientInner;
use super::resource::{run_json, Erased};
use crate::error::Error;
use crate::wasm::convert;
use crate::wasm::error::to_js;
use crate::wasm::transport::CallOptions;
use crate::yiwise::operation::Operation;
use crate::yiwise::page::Page;
use js_sys::{Array, Object, Promise, Reflect, Symbol};
use serde_json::Value;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{future_to_promise, JsFuture};

/// `pageSize` when the caller leaves it out: the documented maximum.
const DEFAULT_PAGE_SIZE: i64 = 100;
/// A server that ignores `pageNum` must not make a loop endless.
const MAX_PAGES: i64 = 100_000;

/// What one `for await` needs, shared by its `next()` calls.
struct Cursor {
    inner: Rc<ClientInner>,
    op: Erased,
    /// The caller's params as JSON (or why they are unusable), and the options.
    params: Result<serde_json::Map<String, Value>, Error>,
    options: JsValue,
    page: i64,
    page_size: i64,
    buffered: VecDeque<JsValue>,
    yielded: f64,
    done: bool,
    /// The previous `next()`; a new one waits for it, so pages stay in order
    /// even when `next()` is called without awaiting.
    tail: Option<Promise>,
}

/// The async iterable returned by an `…All` method. `O` must return a
/// [`Page`], which the bound checks at compile time.
pub(crate) fn iterable<T, O>(inner: &Rc<ClientInner>, params: JsValue, options: JsValue) -> JsValue
where
    O: Operation<Output = Page<T>>,
{
    let inner = inner.clone();
    let op = Erased::of::<O>();
    let make = Closure::<dyn FnMut() -> JsValue>::new(move || {
        iterator(Cursor::new(
            inner.clone(),
            op.clone(),
            &params,
            options.clone(),
        ))
    });
    let iterable = Object::new();
    // Setting a property on a fresh plain object cannot fail.
    let _ = Reflect::set(&iterable, &Symbol::async_iterator(), &make.into_js_value());
    iterable.into()
}

impl Cursor {
    fn new(inner: Rc<ClientInner>, op: Erased, params: &JsValue, options: JsValue) -> Cursor {
        let parsed = match convert::params_to_json(&op.endpoint, params) {
            Ok(Value::Null) => Ok(serde_json::Map::new()),
            Ok(Value::Object(m)) => Ok(m),
            Ok(_) => Err(Error::validation(
                &op.endpoint,
                vec![crate::error::Issue::new("params", "must be an object")],
            )),
            Err(e) => Err(e),
        };
        let page = parsed
            .as_ref()
            .ok()
            .and_then(|m| m.get("pageNum"))
            .and_then(Value::as_i64)
            .unwrap_or(1);
        let page_size = parsed
            .as_ref()
            .ok()
            .and_then(|m| m.get("pageSize"))
            .and_then(Value::as_i64)
            .filter(|n| *n > 0)
            .unwrap_or(DEFAULT_PAGE_SIZE);
        Cursor {
            inner,
            op,
            params: parsed,
            options,
            page,
            page_size,
            buffered: VecDeque::new(),
            yielded: 0.0,
            done: false,
            tail: None,
        }
    }
}

/// `{ next() }`: the iterator of one `for await`.
fn iterator(cursor: Cursor) -> JsValue {
    let cursor = Rc::new(RefCell::new(cursor));
    let next = Closure::<dyn FnMut() -> Promise>::new(move || {
        let previous = cursor.borrow_mut().tail.take();
        let mine = cursor.clone();
        let promise = future_to_promise(async move {
            if let Some(p) = previous {
                // Its outcome went to its own caller; only the order matters here.
                let _ = JsFuture::from(p).await;
            }
            step(&mine).await.map_err(|e| to_js(&e))
        });
        cursor.borrow_mut().tail = Some(promise.clone());
        promise
    });
    let it = Object::new();
    // Setting a property on a fresh plain object cannot fail.
    let _ = Reflect::set(&it, &"next".into(), &next.into_js_value());
    it.into()
}

/// `{ value, done }` for JS.
fn result(value: &JsValue, done: bool) -> JsValue {
    let r = Object::new();
    let _ = Reflect::set(&r, &"value".into(), value);
    let _ = Reflect::set(&r, &"done".into(), &done.into());
    r.into()
}

/// The next row: from the buffer, or from the next page.
async fn step(cursor: &Rc<RefCell<Cursor>>) -> Result<JsValue, Error> {
    loop {
        let (inner, op, json, options) = {
            let mut c = cursor.borrow_mut();
            if let Some(row) = c.buffered.pop_front() {
                c.yielded += 1.0;
                return Ok(result(&row, false));
            }
            if c.done {
                return Ok(result(&JsValue::UNDEFINED, true));
            }
            let mut params = match c.params.clone() {
                Ok(p) => p,
                Err(e) => {
                    c.done = true;
                    return Err(e);
                }
            };
            params.insert("pageNum".into(), c.page.into());
            params.insert("pageSize".into(), c.page_size.into());
            (
                c.inner.clone(),
                c.op.clone(),
                Value::Object(params),
                c.options.clone(),
            )
        };
        let fetched = match CallOptions::from_js(&op.endpoint, &options) {
            Ok(opts) => run_json(&inner, &op, json, &opts).await,
            Err(e) => Err(e),
        };
        let mut c = cursor.borrow_mut();
        let page = match fetched {
            Ok(p) => p,
            Err(e) => {
                c.done = true;
                return Err(e);
            }
        };
        let rows = Array::from(&Reflect::get(&page, &"content".into()).unwrap_or_default());
        let number = |key: &str| {
            Reflect::get(&page, &key.into())
                .ok()
                .and_then(|v| v.as_f64())
        };
        let got = rows.length();
        c.buffered.extend(rows.iter());
        let seen = c.yielded + f64::from(got);
        let last_page = number("pages").is_some_and(|pages| c.page as f64 >= pages);
        let all_rows = number("totalElements").is_some_and(|total| seen >= total);
        // A short page is the last one (the server's own pageSize wins: it may cap ours).
        let size = number("pageSize").map_or(c.page_size as f64, |n| n.max(1.0));
        let short = f64::from(got) < size;
        c.page += 1;
        if got == 0 || last_page || all_rows || short || c.page > MAX_PAGES {
            c.done = true;
        }
    }
}
