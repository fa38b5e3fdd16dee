//! `…All` methods: async iterables over every row of a paged endpoint, for
//! both APIs (their page shapes differ: [`PageShape`]).
//!
//! ```js
//! for await (const job of yw.job.getJobsAll({ status: 'IN_PROCESS' })) console.log(job.name);
//! ```
//!
//! Each `for await` gets a fresh cursor that asks for the page in the page
//! parameter (default 1), then the next, until a page comes back empty or
//! short, the page count or the row total is reached, or a request fails (the
//! loop then throws that `YiwiseRongziError`). `pageSize` defaults to 100.
//! Pages are fetched one at a time, only as the loop consumes rows. Params are
//! validated on the first request, so a bad call rejects the first iteration
//! rather than throwing.
//!
//! The iterable also has `toArray({ limit })` (the first `limit` rows, at
//! most [`MAX_TO_ARRAY`], as Stripe's `autoPagingToArray` requires one) and
//! `pages()` (the decoded pages themselves, one per request). The `…All`
//! options take `limit` too: the loop stops after that many rows.

use crate::error::Error;
use crate::wasm::convert;
use crate::wasm::error::to_js;
use js_sys::{Array, Object, Promise, Reflect, Symbol};
use serde_json::Value;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{future_to_promise, JsFuture};

/// `pageSize` when the caller leaves it out (Yiwise's documented maximum).
const DEFAULT_PAGE_SIZE: i64 = 100;

/// Where a paged endpoint keeps its page number, rows and totals.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PageShape {
    /// The request's page parameter: `pageNum` (Yiwise), `pageIndex` (Rongzi).
    pub page_param: &'static str,
    /// The response's rows: `content` / `rows`.
    pub rows: &'static str,
    /// The response's row total: `totalElements` / `total`.
    pub total: &'static str,
    /// The response's page count, when it has one (`pages`).
    pub pages: Option<&'static str>,
}

/// Yiwise's `Page`: `{ number, pageSize, totalElements, pages, content }`, asked for with `pageNum`.
pub(crate) const YIWISE_PAGE: PageShape = PageShape {
    page_param: "pageNum",
    rows: "content",
    total: "totalElements",
    pages: Some("pages"),
};

/// A page request: the params (with page number and size filled in) and the
/// caller's options → the decoded page as a JS object.
pub(crate) type FetchPage =
    Rc<dyn Fn(Value, JsValue) -> Pin<Box<dyn Future<Output = Result<JsValue, Error>>>>>;
/// A server that ignores `pageNum` must not make a loop endless.
const MAX_PAGES: i64 = 100_000;

/// The most rows `toArray` collects (its `limit` is required).
pub(crate) const MAX_TO_ARRAY: f64 = 10_000.0;

/// What a cursor yields: rows (the `for await` of an `…All`), or whole pages (`pages()`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Rows,
    Pages,
}

/// What one `for await` needs, shared by its `next()` calls.
struct Cursor {
    /// How errors name the call.
    endpoint: String,
    shape: PageShape,
    fetch: FetchPage,
    /// The caller's params as JSON (or why they are unusable), and the options.
    params: Result<serde_json::Map<String, Value>, Error>,
    options: JsValue,
    page: i64,
    page_size: i64,
    buffered: VecDeque<JsValue>,
    yielded: f64,
    /// Stop after this many rows (`limit`).
    limit: Option<f64>,
    mode: Mode,
    done: bool,
    /// The previous `next()`; a new one waits for it, so pages stay in order
    /// even when `next()` is called without awaiting.
    tail: Option<Promise>,
}

/// The async iterable returned by an `…All` method: every `for await` over it
/// pages through `fetch` from the start.
pub(crate) fn iterable(
    endpoint: String,
    shape: PageShape,
    fetch: FetchPage,
    params: JsValue,
    options: JsValue,
) -> JsValue {
    let start = Rc::new(move |mode: Mode| {
        Cursor::new(
            endpoint.clone(),
            shape,
            fetch.clone(),
            &params,
            options.clone(),
            mode,
        )
    });
    let rows = start.clone();
    let make = Closure::<dyn FnMut() -> JsValue>::new(move || iterator(rows(Mode::Rows)));
    let array_of = start.clone();
    let to_array = Closure::<dyn FnMut(JsValue) -> Promise>::new(move |opts: JsValue| {
        let cursor = array_of(Mode::Rows);
        future_to_promise(async move { to_array(cursor, &opts).await.map_err(|e| to_js(&e)) })
    });
    let pages = Closure::<dyn FnMut() -> JsValue>::new(move || {
        let start = start.clone();
        let each = Closure::<dyn FnMut() -> JsValue>::new(move || iterator(start(Mode::Pages)));
        let pages = Object::new();
        let _ = Reflect::set(&pages, &Symbol::async_iterator(), &each.into_js_value());
        pages.into()
    });
    let iterable = Object::new();
    // Setting a property on a fresh plain object cannot fail.
    let _ = Reflect::set(&iterable, &Symbol::async_iterator(), &make.into_js_value());
    let _ = Reflect::set(&iterable, &"toArray".into(), &to_array.into_js_value());
    let _ = Reflect::set(&iterable, &"pages".into(), &pages.into_js_value());
    iterable.into()
}

/// `toArray({ limit })`: the rows of a fresh cursor, at most `limit`.
async fn to_array(mut cursor: Cursor, opts: &JsValue) -> Result<JsValue, Error> {
    let endpoint = cursor.endpoint.clone();
    let limit = read_limit(&endpoint, &convert::get(opts, "limit"), "limit")?.ok_or_else(|| {
        Error::validation(
            &endpoint,
            vec![crate::error::Issue::new(
                "limit",
                format!("is required: toArray({{ limit }}) collects at most {MAX_TO_ARRAY} rows (iterate with for await for more)"),
            )],
        )
    })?;
    if limit > MAX_TO_ARRAY {
        return Err(Error::validation(
            &endpoint,
            vec![crate::error::Issue::new(
                "limit",
                format!("must be at most {MAX_TO_ARRAY} (iterate with for await for more)"),
            )],
        ));
    }
    cursor.limit = Some(cursor.limit.map_or(limit, |l| l.min(limit)));
    let cursor = Rc::new(RefCell::new(cursor));
    let out = Array::new();
    loop {
        let r = step(&cursor).await?;
        if Reflect::get(&r, &"done".into())
            .ok()
            .and_then(|d| d.as_bool())
            == Some(true)
        {
            return Ok(out.into());
        }
        out.push(&Reflect::get(&r, &"value".into()).unwrap_or_default());
    }
}

/// A `limit`: absent, or a whole number of rows ≥ 1 (a validation issue otherwise).
fn read_limit(endpoint: &str, v: &JsValue, field: &str) -> Result<Option<f64>, Error> {
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    match v.as_f64() {
        Some(n) if n.is_finite() && n >= 1.0 && n.fract() == 0.0 => Ok(Some(n)),
        _ => Err(Error::validation(
            endpoint,
            vec![crate::error::Issue::new(
                field,
                "must be a whole number of rows, at least 1",
            )],
        )),
    }
}

impl Cursor {
    fn new(
        endpoint: String,
        shape: PageShape,
        fetch: FetchPage,
        params: &JsValue,
        options: JsValue,
        mode: Mode,
    ) -> Cursor {
        let limit = read_limit(&endpoint, &convert::get(&options, "limit"), "options.limit");
        let parsed = match convert::params_to_json(&endpoint, params) {
            Ok(Value::Null) => Ok(serde_json::Map::new()),
            Ok(Value::Object(m)) => Ok(m),
            Ok(_) => Err(Error::validation(
                &endpoint,
                vec![crate::error::Issue::new("params", "must be an object")],
            )),
            Err(e) => Err(e),
        };
        let (parsed, limit) = match (parsed, limit) {
            (Ok(p), Ok(l)) => (Ok(p), l),
            (Err(e), _) | (_, Err(e)) => (Err(e), None),
        };
        let number = |key: &str| {
            parsed
                .as_ref()
                .ok()
                .and_then(|m| m.get(key))
                .and_then(|v| v.as_i64().or_else(|| v.as_str()?.trim().parse().ok()))
        };
        let page = number(shape.page_param).unwrap_or(1);
        let page_size = number("pageSize")
            .filter(|n| *n > 0)
            .unwrap_or(DEFAULT_PAGE_SIZE);
        Cursor {
            endpoint,
            shape,
            fetch,
            params: parsed,
            options,
            page,
            page_size,
            buffered: VecDeque::new(),
            yielded: 0.0,
            limit,
            mode,
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
        let (fetch, json, options, shape) = {
            let mut c = cursor.borrow_mut();
            if c.limit.is_some_and(|l| c.yielded >= l) {
                c.done = true;
                c.buffered.clear();
            }
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
            params.insert(c.shape.page_param.into(), c.page.into());
            params.insert("pageSize".into(), c.page_size.into());
            (
                c.fetch.clone(),
                Value::Object(params),
                c.options.clone(),
                c.shape,
            )
        };
        let fetched = fetch(json, options).await;
        let mut c = cursor.borrow_mut();
        let page = match fetched {
            Ok(p) => p,
            Err(e) => {
                c.done = true;
                return Err(e);
            }
        };
        let rows = Array::from(&Reflect::get(&page, &shape.rows.into()).unwrap_or_default());
        let number = |key: &str| {
            Reflect::get(&page, &key.into())
                .ok()
                .and_then(|v| v.as_f64())
        };
        let got = rows.length();
        let seen = c.yielded + f64::from(got);
        let last_page = shape
            .pages
            .and_then(number)
            .is_some_and(|pages| c.page as f64 >= pages);
        let all_rows = number(shape.total).is_some_and(|total| seen >= total);
        // A short page is the last one (the server's own pageSize wins: it may cap ours).
        let size = number("pageSize").map_or(c.page_size as f64, |n| n.max(1.0));
        let short = f64::from(got) < size;
        c.page += 1;
        if got == 0 || last_page || all_rows || short || c.page > MAX_PAGES {
            c.done = true;
        }
        if c.mode == Mode::Pages {
            // The page as decoded; `limit` counts its rows.
            c.yielded = seen;
            if got == 0 && c.yielded > 0.0 {
                continue;
            }
            return Ok(result(&page, false));
        }
        c.buffered.extend(rows.iter());
    }
}
