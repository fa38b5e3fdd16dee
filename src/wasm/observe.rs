//! `client.on(event, fn)` / `client.off(event, fn)`, `logLevel` and `logger`:
//! the JS side of [`crate::request_event`]. One [`Observer`] per client, in
//! its [`super::transport::Transport`]. When nobody listens and the level is
//! below an event's, emitting costs a check and nothing is built.

use super::error::to_js;
use crate::error::{Error, Issue};
use crate::request_event::{log_line, Event, Info, LogLevel};
use js_sys::{Function, Object, Reflect};
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The listeners and the logging of one client.
pub struct Observer {
    level: Cell<LogLevel>,
    /// `logger`; `None`: the global `console`.
    logger: Option<JsValue>,
    listeners: RefCell<Vec<(Event, Function)>>,
}

impl Default for Observer {
    fn default() -> Self {
        Observer {
            level: Cell::new(LogLevel::Warn),
            logger: None,
            listeners: RefCell::new(Vec::new()),
        }
    }
}

impl Observer {
    /// Reads `logLevel` and `logger` from client options (issues name them).
    pub fn from_options(options: &JsValue, issues: &mut Vec<Issue>) -> Observer {
        let mut o = Observer::default();
        let level = super::convert::get(options, "logLevel");
        if !level.is_undefined() && !level.is_null() {
            match level.as_string().as_deref().and_then(LogLevel::parse) {
                Some(l) => o.level.set(l),
                None => issues.push(Issue::new(
                    "logLevel",
                    "must be 'off', 'error', 'warn', 'info' or 'debug'",
                )),
            }
        }
        let logger = super::convert::get(options, "logger");
        if !logger.is_undefined() && !logger.is_null() {
            let has_all = ["debug", "info", "warn", "error"]
                .iter()
                .all(|m| super::convert::get(&logger, m).is_function());
            if has_all {
                o.logger = Some(logger);
            } else {
                issues.push(Issue::new(
                    "logger",
                    "must have debug, info, warn and error methods (console has them)",
                ));
            }
        }
        o
    }

    /// `client.on(event, listener)`; a bad argument throws a validation error.
    pub fn on(&self, who: &str, event: &JsValue, listener: &JsValue) -> Result<(), JsValue> {
        let (event, listener) = Self::check(who, event, listener).map_err(|e| to_js(&e))?;
        self.listeners.borrow_mut().push((event, listener));
        Ok(())
    }

    /// `client.off(event, listener)`: removes that listener (every time it was added).
    pub fn off(&self, who: &str, event: &JsValue, listener: &JsValue) -> Result<(), JsValue> {
        let (event, listener) = Self::check(who, event, listener).map_err(|e| to_js(&e))?;
        self.listeners
            .borrow_mut()
            .retain(|(e, f)| !(*e == event && JsValue::from(f) == JsValue::from(&listener)));
        Ok(())
    }

    fn check(who: &str, event: &JsValue, listener: &JsValue) -> Result<(Event, Function), Error> {
        let mut issues = Vec::new();
        let e = event.as_string().as_deref().and_then(Event::parse);
        if e.is_none() {
            issues.push(Issue::new(
                "event",
                "must be 'request', 'response', 'retry' or 'error'",
            ));
        }
        let f = listener.dyn_ref::<Function>().cloned();
        if f.is_none() {
            issues.push(Issue::new("listener", "must be a function"));
        }
        match (e, f) {
            (Some(e), Some(f)) => Ok((e, f)),
            _ => Err(Error::validation(who, issues)),
        }
    }

    /// Whether any event would reach anyone (the transport then notes what it sent).
    pub fn wants_any(&self) -> bool {
        self.level.get() >= LogLevel::Info || !self.listeners.borrow().is_empty()
    }

    /// Whether emitting `event` would reach anyone (a listener or the log).
    pub fn wants(&self, event: Event) -> bool {
        self.level.get() >= event.log_level()
            || self.listeners.borrow().iter().any(|(e, _)| *e == event)
    }

    /// Logs a line at `level` (for the SDK's own warnings too).
    pub fn log(&self, level: LogLevel, line: &str) {
        if level == LogLevel::Off || self.level.get() < level {
            return;
        }
        let target = match &self.logger {
            Some(l) => l.clone(),
            None => Reflect::get(&js_sys::global(), &"console".into()).unwrap_or_default(),
        };
        if let Ok(f) = Reflect::get(&target, &level.method().into()) {
            if let Some(f) = f.dyn_ref::<Function>() {
                // A logger that throws must not break the call.
                let _ = f.call1(&target, &line.into());
            }
        }
    }

    /// Tells the listeners of `event` and the log about `info` (build it only
    /// when [`Self::wants`] says so).
    pub fn emit(&self, event: Event, info: &Info) {
        self.log(event.log_level(), &log_line(event, info));
        let listeners: Vec<Function> = self
            .listeners
            .borrow()
            .iter()
            .filter(|(e, _)| *e == event)
            .map(|(_, f)| f.clone())
            .collect();
        if listeners.is_empty() {
            return;
        }
        let o = Object::new();
        let set = |k: &str, v: JsValue| {
            let _ = Reflect::set(&o, &k.into(), &v);
        };
        set("event", event.as_str().into());
        set("method", info.method.as_str().into());
        set("endpoint", info.endpoint.as_str().into());
        set("url", info.url.as_str().into());
        set("attempt", f64::from(info.attempt).into());
        set(
            "status",
            info.status.map_or(JsValue::NULL, |s| f64::from(s).into()),
        );
        set(
            "requestId",
            info.request_id
                .as_deref()
                .map_or(JsValue::NULL, JsValue::from),
        );
        set(
            "elapsedMs",
            info.elapsed_ms.map_or(JsValue::NULL, JsValue::from),
        );
        if let Some(w) = info.wait_ms {
            set("waitMs", (w as f64).into());
        }
        if let Some((kind, message)) = &info.error {
            let e = Object::new();
            let _ = Reflect::set(&e, &"kind".into(), &kind.as_str().into());
            let _ = Reflect::set(&e, &"message".into(), &message.as_str().into());
            set("error", e.into());
        }
        for f in listeners {
            // A listener that throws does not break the call.
            let _ = f.call1(&JsValue::UNDEFINED, &o);
        }
    }
}
