//! `yw.job.importCustomers(params, options)`: the chunks of
//! [`crate::yiwise::bulk_import::plan`] sent as `job/importCustomer` calls,
//! `concurrency` at a time, with `onProgress` after each chunk. A failed chunk
//! is never retried (an import is a write); with `continueOnError: false`
//! (the default) no new chunk starts after one failed, and the rows never
//! sent are reported as failed too, so nothing is lost silently.

use super::client::ClientInner;
use super::job::JobApi;
use super::resource::{run_json, Erased};
use crate::error::{Error, ErrorKind, Issue};
use crate::wasm::convert;
use crate::wasm::error::to_js;
use crate::wasm::transport::CallOptions;
use crate::yiwise::api::job::ImportCustomer;
use crate::yiwise::bulk_import::{plan, Chunk, ENDPOINT, MAX_CHUNK};
use js_sys::{Array, Function, Object, Promise, Reflect};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{future_to_promise, JsFuture};

/// The most chunks in flight at once.
const MAX_CONCURRENCY: u32 = 10;

#[wasm_bindgen(js_class = "YiwiseJobApi")]
impl JobApi {
    /// A customer list of any length, imported 100 at a time (see the TypeScript declaration).
    #[wasm_bindgen(js_name = importCustomers, skip_typescript)]
    pub fn import_customers(&self, params: JsValue, options: Option<JsValue>) -> Promise {
        let inner = self.inner.clone();
        let options = options.unwrap_or(JsValue::UNDEFINED);
        future_to_promise(
            async move { import(inner, params, options).await.map_err(|e| to_js(&e)) },
        )
    }
}

struct Settings {
    chunk_size: usize,
    concurrency: u32,
    continue_on_error: bool,
    on_progress: Option<Function>,
}

fn settings(options: &JsValue) -> Result<Settings, Error> {
    let mut issues = Vec::new();
    let whole = |key: &str, def: u32, max: u32, issues: &mut Vec<Issue>| {
        let v = convert::get(options, key);
        if v.is_undefined() || v.is_null() {
            return def;
        }
        match v.as_f64() {
            Some(n) if n.fract() == 0.0 && n >= 1.0 && n <= f64::from(max) => n as u32,
            _ => {
                issues.push(Issue::new(
                    format!("options.{key}"),
                    format!("must be a whole number from 1 to {max}"),
                ));
                def
            }
        }
    };
    let chunk_size = whole("chunkSize", MAX_CHUNK as u32, MAX_CHUNK as u32, &mut issues) as usize;
    let concurrency = whole("concurrency", 1, MAX_CONCURRENCY, &mut issues);
    let continue_on_error =
        convert::opt_bool(options, "continueOnError", &mut issues).unwrap_or(false);
    let on_progress = convert::opt_function(options, "onProgress", &mut issues);
    for i in &mut issues {
        if !i.field.starts_with("options.") {
            i.field = format!("options.{}", i.field);
        }
    }
    if issues.is_empty() {
        Ok(Settings {
            chunk_size,
            concurrency,
            continue_on_error,
            on_progress,
        })
    } else {
        Err(Error::validation(ENDPOINT, issues))
    }
}

/// What the workers share.
struct Run {
    chunks: Vec<Chunk>,
    next: usize,
    stop: bool,
    done_rows: usize,
    imported: usize,
    failed: Vec<(usize, usize, JsValue)>,
}

async fn import(
    inner: Rc<ClientInner>,
    params: JsValue,
    options: JsValue,
) -> Result<JsValue, Error> {
    let settings = Rc::new(settings(&options)?);
    let opts = Rc::new(CallOptions::from_js(ENDPOINT, &options)?);
    let json = convert::params_to_json(ENDPOINT, &params)?;
    let chunks = plan(json, settings.chunk_size)?;
    let total = chunks.last().map_or(0, |c| c.to);
    let run = Rc::new(RefCell::new(Run {
        chunks,
        next: 0,
        stop: false,
        done_rows: 0,
        imported: 0,
        failed: Vec::new(),
    }));
    let op = Rc::new(Erased::of::<ImportCustomer>());
    let workers = Array::new();
    for _ in 0..settings.concurrency {
        let (inner, run, op, opts, settings) = (
            inner.clone(),
            run.clone(),
            op.clone(),
            opts.clone(),
            settings.clone(),
        );
        workers.push(&future_to_promise(async move {
            worker(&inner, &run, &op, &opts, &settings, total).await;
            Ok(JsValue::UNDEFINED)
        }));
    }
    // Workers never reject: every chunk's outcome is recorded in `run`.
    let _ = JsFuture::from(Promise::all(&workers)).await;
    let mut run = run.borrow_mut();
    // Chunks that never started (after a failure, continueOnError false).
    let unsent: Vec<(usize, usize)> = run.chunks[run.next..]
        .iter()
        .map(|c| (c.from, c.to))
        .collect();
    for (from, to) in unsent {
        let e = Error::new(
            ErrorKind::Aborted,
            format!("{ENDPOINT}: rows {from}..{to} were not sent: an earlier chunk failed (continueOnError is false)"),
        )
        .with_endpoint(ENDPOINT);
        run.failed.push((from, to, to_js(&e)));
    }
    let failed = Array::new();
    for (from, to, error) in &run.failed {
        let o = Object::new();
        let _ = Reflect::set(&o, &"from".into(), &(*from as f64).into());
        let _ = Reflect::set(&o, &"to".into(), &(*to as f64).into());
        let _ = Reflect::set(&o, &"error".into(), error);
        failed.push(&o);
    }
    let out = Object::new();
    let _ = Reflect::set(&out, &"imported".into(), &(run.imported as f64).into());
    let _ = Reflect::set(&out, &"failed".into(), &failed);
    Ok(out.into())
}

async fn worker(
    inner: &ClientInner,
    run: &RefCell<Run>,
    op: &Erased,
    opts: &CallOptions,
    settings: &Settings,
    total: usize,
) {
    loop {
        let chunk = {
            let mut r = run.borrow_mut();
            if r.stop || r.next >= r.chunks.len() {
                return;
            }
            r.next += 1;
            r.chunks[r.next - 1].clone()
        };
        let outcome = run_json(inner, op, chunk.params, opts).await;
        let progress = {
            let mut r = run.borrow_mut();
            let rows = chunk.to - chunk.from;
            r.done_rows += rows;
            match outcome {
                Ok(_) => r.imported += rows,
                Err(e) => {
                    // In row order, whatever order concurrent chunks end in (an insert, not a
                    // sort: a sort's code would cost several KB of the module).
                    let at = r
                        .failed
                        .iter()
                        .position(|f| f.0 > chunk.from)
                        .unwrap_or(r.failed.len());
                    r.failed.insert(at, (chunk.from, chunk.to, to_js(&e)));
                    if !settings.continue_on_error {
                        r.stop = true;
                    }
                }
            }
            let p = Object::new();
            let _ = Reflect::set(&p, &"done".into(), &(r.done_rows as f64).into());
            let _ = Reflect::set(&p, &"total".into(), &(total as f64).into());
            let _ = Reflect::set(&p, &"imported".into(), &(r.imported as f64).into());
            let _ = Reflect::set(
                &p,
                &"failed".into(),
                &((r.done_rows - r.imported) as f64).into(),
            );
            p
        };
        if let Some(f) = &settings.on_progress {
            // A callback that throws must not stop the import.
            let _ = f.call1(&JsValue::UNDEFINED, &progress);
        }
    }
}

#[wasm_bindgen(typescript_custom_section)]
const TS_IMPORT_CUSTOMERS: &'static str = r#"
/** Progress of `job.importCustomers`, after each chunk. */
export interface JobImportProgress {
  /** Rows whose chunk has finished (imported or failed). */
  done: number;
  total: number;
  imported: number;
  failed: number;
}

/** Options of `job.importCustomers`: the call options of every chunk, and how to send them. */
export interface JobImportCustomersOptions extends CallOptions {
  /** Rows per `job/importCustomer` request (1 to 100, default 100). */
  chunkSize?: number;
  /** Chunks in flight at once (1 to 10, default 1). */
  concurrency?: number;
  /** Called after each chunk. */
  onProgress?: (progress: JobImportProgress) => void;
  /** Keep sending after a chunk failed (default false: stop, and report the rest as not sent). */
  continueOnError?: boolean;
}

/** What `job.importCustomers` resolves: rows imported, and every chunk that was not (0-based rows `from` to `to`, exclusive). */
export interface JobImportCustomersResult {
  imported: number;
  /** `error` is the chunk's `YiwiseRongziError` (`kind: 'aborted'` for rows never sent). */
  failed: { from: number; to: number; error: Error & { kind: ErrorKind; code?: number; status?: number; requestId?: string; field?: string; issues: Issue[] } }[];
}

export interface YiwiseJobApi {
  /**
   * Imports a customer list of any length: checks every row first (a bad row anywhere is a
   * `validation` error naming it, and nothing is sent), then sends `job/importCustomer` chunks of
   * at most 100. A failed chunk is never retried; the result says which rows were not imported.
   *
   * @example
   * const { imported, failed } = await yw.job.importCustomers({ robotCallJobId, customerPersons: rows },
   *   { concurrency: 2, onProgress: (p) => console.log(`${p.done}/${p.total}`) });
   */
  importCustomers(params: JobImportCustomerParams, options?: JobImportCustomersOptions): Promise<JobImportCustomersResult>;
}
"#;
