//! The `RongziClient` JS class.

use super::account::AccountApi;
use super::call::CallApi;
use super::customer::CustomerApi;
use super::sms::SmsApi;
use super::wechat::WechatApi;
use crate::error::{Error, Issue};
use crate::retry::RetryPolicy;
use crate::rongzi::config::RongziConfig;
use crate::rongzi::token::Token;
use crate::wasm::convert;
use crate::wasm::error::to_js;
use crate::wasm::transport::Transport;
use js_sys::{Function, Object, Promise, Reflect};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// Shared state of one client: address, transport, the token and the hook.
pub(crate) struct RongziInner {
    pub(crate) config: RongziConfig,
    pub(crate) transport: Transport,
    /// The current token (set by login, the `token` option; cleared by logout).
    pub(crate) token: RefCell<Option<Token>>,
    /// Called after an `auth` failure; the call is retried once after it.
    pub(crate) on_unauthorized: Option<Function>,
    /// The hook's promise while it runs (shared by concurrent calls).
    pub(crate) refreshing: RefCell<Option<Promise>>,
    /// Deprecated endpoints already warned about (once per client).
    warned: RefCell<Vec<&'static str>>,
}

impl RongziInner {
    /// `console.warn(note)` the first time `path` is called on this client.
    pub(crate) fn warn_once(&self, path: &'static str, note: &str) {
        let mut warned = self.warned.borrow_mut();
        if !warned.contains(&path) {
            warned.push(path);
            self.transport
                .observer
                .log(crate::request_event::LogLevel::Warn, note);
        }
    }
}

/// Client of the Rongzi Assistant / 融助手 API.
///
/// `rz.account.login(...)` stores the token; every other call sends it as
/// `Authorization: Bearer <token>`. The password is never stored, and the
/// token never appears in `toString()`, `JSON.stringify` or an error.
///
/// @example
/// const rz = new RongziClient({ baseUrl: 'http://127.0.0.1:8080' });
/// const { userInfo } = await rz.account.login({ username: '1611', password: '123456' });
/// const { total, rows } = await rz.customer.list({ empCode: userInfo.empCode, customerExeStatus: 'INTENT' });
#[wasm_bindgen]
pub struct RongziClient {
    inner: Rc<RongziInner>,
    resources: RongziResources,
}

super::super::resource_class::resource_getters! {
    RongziClient, RongziResources;
    /// `rz.account`: login.
    account, js_account as "account" => AccountApi, "RongziAccountApi";
    /// `rz.customer`: customers and their comments.
    customer, js_customer as "customer" => CustomerApi, "RongziCustomerApi";
    /// `rz.sms`: templates and the phone's messages.
    sms, js_sms as "sms" => SmsApi, "RongziSmsApi";
    /// `rz.call`: the phone's call log.
    call, js_call as "call" => CallApi, "RongziCallApi";
    /// `rz.wechat`: WeChat friendship of customers.
    wechat, js_wechat as "wechat" => WechatApi, "RongziWechatApi";
}

#[wasm_bindgen]
impl RongziClient {
    /// Creates a client. Throws a `YiwiseRongziError` (`kind: 'validation'`)
    /// naming the bad option.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "RongziClientOptions")] options: JsValue,
    ) -> Result<RongziClient, JsValue> {
        Self::build(&options).map_err(|e| to_js(&e))
    }

    fn build(options: &JsValue) -> Result<RongziClient, Error> {
        const WHO: &str = "rongzi RongziClient";
        if !options.is_object() {
            return Err(Error::validation(
                WHO,
                vec![Issue::new("options", "must be an object { baseUrl }")],
            ));
        }
        let mut issues = Vec::new();
        let base_url = convert::opt_string(options, "baseUrl", &mut issues);
        let token = convert::opt_string(options, "token", &mut issues);
        let fetch = convert::opt_function(options, "fetch", &mut issues);
        let timeout_ms = convert::opt_millis(options, "timeoutMs", &mut issues);
        let on_unauthorized = convert::opt_function(options, "onUnauthorized", &mut issues);
        let max_retries = convert::opt_retries(options, "maxRetries", &mut issues);
        let retry_base_ms = convert::opt_millis(options, "retryBaseMs", &mut issues);
        let observer = Rc::new(crate::wasm::observe::Observer::from_options(
            options,
            &mut issues,
        ));
        let config = match base_url.as_deref() {
            Some(b) => match RongziConfig::new(b) {
                Ok(c) => Some(c),
                Err(e) => {
                    issues.splice(0..0, e.issues);
                    None
                }
            },
            None => {
                if !issues.iter().any(|i| i.field == "baseUrl") {
                    issues.insert(0, Issue::new("baseUrl", "is required"));
                }
                None
            }
        };
        let token = match token.as_deref().map(Token::parse) {
            Some(Ok(t)) => Some(t),
            Some(Err(i)) => {
                issues.push(i);
                None
            }
            None => None,
        };
        let defaults = RetryPolicy::default();
        match config {
            Some(config) if issues.is_empty() => Ok(RongziClient {
                inner: Rc::new(RongziInner {
                    config,
                    transport: Transport {
                        observer,
                        fetch,
                        timeout_ms,
                        retry: RetryPolicy {
                            max_retries: max_retries.unwrap_or(defaults.max_retries),
                            base_ms: retry_base_ms.unwrap_or(defaults.base_ms),
                        },
                    },
                    token: RefCell::new(token),
                    on_unauthorized,
                    refreshing: RefCell::new(None),
                    warned: RefCell::new(Vec::new()),
                }),
                resources: RongziResources::default(),
            }),
            _ => Err(Error::validation(WHO, issues)),
        }
    }

    /// Listens to this client's requests: `'request'` (before each attempt),
    /// `'response'` (each answer), `'retry'` (a read tried again, with `waitMs`)
    /// and `'error'` (the call failed), each with `{ method, endpoint, url,
    /// attempt, requestId, status, elapsedMs }` and never a secret or a body.
    /// A listener that throws does not break the call.
    ///
    /// @example
    /// client.on('response', (e) => metrics.timing(e.endpoint, e.elapsedMs));
    pub fn on(
        &self,
        #[wasm_bindgen(unchecked_param_type = "RequestEventName")] event: JsValue,
        #[wasm_bindgen(unchecked_param_type = "(event: RequestEvent) => void")] listener: JsValue,
    ) -> Result<(), JsValue> {
        self.inner
            .transport
            .observer
            .on(WHO_EVENTS, &event, &listener)
    }

    /// Removes a listener added with `on` (every time it was added).
    ///
    /// @example
    /// client.off('response', onResponse);
    pub fn off(
        &self,
        #[wasm_bindgen(unchecked_param_type = "RequestEventName")] event: JsValue,
        #[wasm_bindgen(unchecked_param_type = "(event: RequestEvent) => void")] listener: JsValue,
    ) -> Result<(), JsValue> {
        self.inner
            .transport
            .observer
            .off(WHO_EVENTS, &event, &listener)
    }

    /// The base URL requests go to (`{baseUrl}/api/...`).
    #[wasm_bindgen(getter, js_name = baseUrl)]
    pub fn base_url(&self) -> String {
        self.inner.config.base_url.clone()
    }

    /// The current token (the bare JWT, without `Bearer `), or `null` when
    /// not logged in. Save it to start a later client with `{ token }`.
    #[wasm_bindgen(getter, unchecked_return_type = "string | null")]
    pub fn token(&self) -> JsValue {
        match &*self.inner.token.borrow() {
            Some(t) => JsValue::from_str(t.as_str()),
            None => JsValue::NULL,
        }
    }

    /// When the token expires, in ms since the epoch (from the JWT's `exp`),
    /// or `null` without a token or an `exp`.
    #[wasm_bindgen(getter, js_name = tokenExpiresAt, unchecked_return_type = "number | null")]
    pub fn token_expires_at(&self) -> JsValue {
        match self
            .inner
            .token
            .borrow()
            .as_ref()
            .and_then(Token::expires_at_ms)
        {
            Some(ms) => JsValue::from_f64(ms as f64),
            None => JsValue::NULL,
        }
    }

    /// Uses `token` (as `login` returns it, with or without `Bearer `) for the
    /// next calls, e.g. one your server handed out, or inside `onUnauthorized`;
    /// `null` forgets it. Throws a `YiwiseRongziError` (`kind: 'validation'`)
    /// for anything that is not a token.
    ///
    /// @example
    /// rz.setToken(await (await fetch('/my/rongzi-token')).text());
    #[wasm_bindgen(js_name = setToken)]
    pub fn set_token(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | null")] token: JsValue,
    ) -> Result<(), JsValue> {
        if token.is_null() || token.is_undefined() {
            self.inner.token.borrow_mut().take();
            return Ok(());
        }
        let parsed = match token.as_string() {
            Some(t) => Token::parse(&t),
            None => Err(Issue::new("token", "must be a string or null")),
        };
        match parsed {
            Ok(t) => {
                *self.inner.token.borrow_mut() = Some(t);
                Ok(())
            }
            Err(i) => Err(to_js(&Error::validation("rongzi setToken", vec![i]))),
        }
    }

    /// Forgets the token (nothing is sent: the API has no logout).
    pub fn logout(&self) {
        self.inner.token.borrow_mut().take();
    }

    /// `{ baseUrl, loggedIn, tokenExpiresAt }`: what `JSON.stringify(rz)`
    /// shows. Never the token or a password.
    #[wasm_bindgen(js_name = toJSON, unchecked_return_type = "{ baseUrl: string; loggedIn: boolean; tokenExpiresAt: number | null }")]
    pub fn to_json(&self) -> JsValue {
        let o = Object::new();
        let _ = Reflect::set(&o, &"baseUrl".into(), &self.base_url().into());
        let logged_in = self.inner.token.borrow().is_some();
        let _ = Reflect::set(&o, &"loggedIn".into(), &logged_in.into());
        let _ = Reflect::set(&o, &"tokenExpiresAt".into(), &self.token_expires_at());
        o.into()
    }

    /// `RongziClient(<baseUrl>, logged in)` or `…, not logged in)`. Never the token.
    #[wasm_bindgen(js_name = toString)]
    pub fn to_string_js(&self) -> String {
        let state = if self.inner.token.borrow().is_some() {
            "logged in"
        } else {
            "not logged in"
        };
        format!("RongziClient({}, {state})", self.inner.config.base_url)
    }
}

/// How errors of `on` and `off` name themselves.
const WHO_EVENTS: &str = "rongzi RongziClient.on";
