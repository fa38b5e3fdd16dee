//! The `YiwiseClient` JS class.

use super::call_record::CallRecordApi;
use super::call_stats::CallStatsApi;
use super::chat::ChatApi;
use super::cs_robot::CsRobotApi;
use super::dialog_flow::DialogFlowApi;
use super::intent_level_tag::IntentLevelTagApi;
use super::isv::IsvApi;
use super::job::JobApi;
use super::knowledge::KnowledgeApi;
use super::phone::PhoneApi;
use super::policy_group::PolicyGroupApi;
use super::tenant::TenantApi;
use crate::error::{Error, ErrorKind, Issue};
use crate::http::{Method, PreparedRequest};
use crate::retry::RetryPolicy;
use crate::wasm::convert;
use crate::wasm::error::to_js;
use crate::wasm::response_info::{self, api_promise, Answered};
use crate::wasm::retry::{with_retries, Deadline, Failed};
use crate::wasm::transport::{self, CallOptions, Transport};
use crate::yiwise::config::YiwiseConfig;
use crate::yiwise::operation::{build_raw, check_path, decode_raw};
use js_sys::{Function, Object, Promise, Reflect};
use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// Shared state of one client: configuration and transport.
pub(crate) struct ClientInner {
    pub(crate) config: YiwiseConfig,
    pub(crate) transport: Transport,
    /// Remote signing: `signer({ method, path, timestamp })` → the four headers.
    pub(crate) signer: Option<Function>,
    /// `clockOffsetMs`: added to `Date.now()` for the `timestamp` header.
    pub(crate) clock_offset_ms: i64,
}

impl ClientInner {
    /// The timestamp of a request: `Date.now() + clockOffsetMs`.
    pub(crate) fn now_ms(&self) -> u64 {
        convert::now_with_offset_ms(self.clock_offset_ms)
    }

    /// With a `signer`, asks it for the four headers of `req` (within the
    /// call's time and signal) and puts them on the request. Without one,
    /// does nothing (the request is already signed).
    pub(crate) async fn sign_remotely(
        &self,
        req: &mut PreparedRequest,
        method: Method,
        path: &str,
        opts: &CallOptions,
        deadline: &Deadline,
        ep: &str,
    ) -> Result<(), Error> {
        let Some(signer) = &self.signer else {
            return Ok(());
        };
        let timestamp = req
            .header("timestamp")
            // The decimal milliseconds this crate wrote.
            .and_then(|t| t.parse::<u64>().ok())
            .map(|t| t as f64)
            .unwrap_or(0.0);
        let input = Object::new();
        let _ = Reflect::set(&input, &"method".into(), &method.as_str().into());
        let _ = Reflect::set(&input, &"path".into(), &path.into());
        let _ = Reflect::set(&input, &"timestamp".into(), &timestamp.into());
        let signer_failed = |why: String| {
            Error::new(ErrorKind::Auth, format!("{ep}: the signer failed: {why}")).with_endpoint(ep)
        };
        let returned = signer
            .call1(&JsValue::UNDEFINED, &input)
            .map_err(|e| signer_failed(js_message(&e)))?;
        let limit = deadline.limit(ep)?;
        let headers = transport::await_within(&returned, opts.signal.as_ref(), limit, ep)
            .await
            .map_err(|e| {
                if e.kind == ErrorKind::Network {
                    let prefix = format!("{ep}: ");
                    let why = e.message.strip_prefix(&prefix).unwrap_or(&e.message);
                    signer_failed(why.to_string())
                } else {
                    e
                }
            })?;
        let field = |k: &str| convert::get(&headers, k).as_string();
        let checked = self.config.check_signed_headers(
            ep,
            field("appKey"),
            field("version"),
            field("timestamp"),
            field("signature"),
        )?;
        req.set_headers(checked);
        Ok(())
    }
}

/// True in a browser page or Web Worker; false in Node, Deno, Bun and
/// Cloudflare Workers, which are servers (and may define some browser globals).
fn in_browser() -> bool {
    let global = js_sys::global();
    let get = |o: &JsValue, k: &str| Reflect::get(o, &JsValue::from_str(k)).unwrap_or_default();
    let defined = |k: &str| !get(&global, k).is_undefined();
    let node = !get(&get(&get(&global, "process"), "versions"), "node").is_undefined();
    let cloudflare = get(&get(&global, "navigator"), "userAgent")
        .as_string()
        .as_deref()
        == Some("Cloudflare-Workers");
    if node || defined("Deno") || defined("Bun") || cloudflare {
        return false;
    }
    let page = defined("window") && defined("document");
    // A Web Worker: its global scope has WorkerGlobalScope and `self`, and no window.
    let worker = defined("WorkerGlobalScope") && defined("self");
    page || worker
}

/// The message of a thrown JS value.
fn js_message(v: &JsValue) -> String {
    convert::get(v, "message")
        .as_string()
        .or_else(|| v.as_string())
        .map(|m| crate::lenient::truncate(&m))
        .unwrap_or_else(|| "it threw".to_string())
}

/// Client of the Yiwise / 探意 robot OpenAPI.
///
/// Every request is signed (`appKey`, `version`, `timestamp`, `signature`
/// headers); the appSecret never leaves this object and never appears in
/// `toString()`, `JSON.stringify` or an error.
///
/// @example
/// const yw = new YiwiseClient({ baseUrl: 'http://127.0.0.1:8080', appKey, appSecret, tenantSign });
/// const { tenantName } = await yw.tenant.getTenant();
#[wasm_bindgen]
pub struct YiwiseClient {
    inner: Rc<ClientInner>,
    resources: YiwiseResources,
}

super::super::resource_class::resource_getters! {
    YiwiseClient, YiwiseResources;
    /// `client.tenant`: the company.
    tenant, js_tenant as "tenant" => TenantApi, "YiwiseTenantApi";
    /// `client.phone`: caller lines.
    phone, js_phone as "phone" => PhoneApi, "YiwisePhoneApi";
    /// `client.dialogFlow`: robot dialog flows (话术).
    dialog_flow, js_dialog_flow as "dialogFlow" => DialogFlowApi, "YiwiseDialogFlowApi";
    /// `client.job`: call tasks.
    job, js_job as "job" => JobApi, "YiwiseJobApi";
    /// `client.callRecord`: call records and customers still to call.
    call_record, js_call_record as "callRecord" => CallRecordApi, "YiwiseCallRecordApi";
    /// `client.callStats`: billing statistics.
    call_stats, js_call_stats as "callStats" => CallStatsApi, "YiwiseCallStatsApi";
    /// `client.csRobot`: human agent (坐席) groups.
    cs_robot, js_cs_robot as "csRobot" => CsRobotApi, "YiwiseCsRobotApi";
    /// `client.intentLevelTag`: intent level tag groups.
    intent_level_tag, js_intent_level_tag as "intentLevelTag" => IntentLevelTagApi, "YiwiseIntentLevelTagApi";
    /// `client.isv`: ISV accounts and callback URLs.
    isv, js_isv as "isv" => IsvApi, "YiwiseIsvApi";
    /// `client.policyGroup`: call policy groups (外呼策略组, URL `policyGroup/…`).
    policy_group, js_policy_group as "policyGroup" => PolicyGroupApi, "YiwisePolicyGroupApi";
    /// `client.chat`: the text chatbot (专业版文本机器人, URL `chat`).
    chat, js_chat as "chat" => ChatApi, "YiwiseChatApi";
    /// `client.knowledge`: a text chatbot's Q&A knowledge base (its own host: `knowledgeBaseUrl`).
    knowledge, js_knowledge as "knowledge" => KnowledgeApi, "YiwiseKnowledgeApi";
}

#[wasm_bindgen]
impl YiwiseClient {
    /// Creates a client. Throws a `YiwiseRongziError` (`kind: 'validation'`)
    /// naming the bad option.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "YiwiseClientOptions")] options: JsValue,
    ) -> Result<YiwiseClient, JsValue> {
        Self::build(&options).map_err(|e| to_js(&e))
    }

    fn build(options: &JsValue) -> Result<YiwiseClient, Error> {
        const WHO: &str = "yiwise YiwiseClient";
        if !options.is_object() {
            return Err(Error::validation(
                WHO,
                vec![Issue::new(
                    "options",
                    "must be an object { baseUrl, appKey, appSecret, tenantSign }",
                )],
            ));
        }
        let mut issues = Vec::new();
        let base_url = convert::opt_string(options, "baseUrl", &mut issues);
        let app_key = convert::opt_string(options, "appKey", &mut issues);
        let app_secret = convert::opt_string(options, "appSecret", &mut issues);
        let tenant_sign = convert::opt_string(options, "tenantSign", &mut issues);
        let version = convert::opt_string(options, "version", &mut issues);
        let knowledge_base_url = convert::opt_string(options, "knowledgeBaseUrl", &mut issues);
        let fetch = convert::opt_function(options, "fetch", &mut issues);
        let timeout_ms = convert::opt_millis(options, "timeoutMs", &mut issues);
        let max_retries = convert::opt_retries(options, "maxRetries", &mut issues);
        let retry_base_ms = convert::opt_millis(options, "retryBaseMs", &mut issues);
        let observer = Rc::new(crate::wasm::observe::Observer::from_options(
            options,
            &mut issues,
        ));
        let clock_offset_ms = convert::opt_offset_ms(options, "clockOffsetMs", &mut issues);
        let signer = convert::opt_function(options, "signer", &mut issues);
        let via_proxy = convert::opt_bool(options, "viaProxy", &mut issues).unwrap_or(false);
        let allow_browser =
            convert::opt_bool(options, "dangerouslyAllowBrowser", &mut issues).unwrap_or(false);
        if app_secret.is_some() && !allow_browser && in_browser() {
            issues.push(Issue::new(
                "appSecret",
                "must not be used in a browser: anyone who opens the page can read it. Sign on a \
                 server instead (`signer`), or call through a signing proxy (`viaProxy: true`, \
                 createYiwiseProxy from yiwise-rongzi/server; see docs/production.md). For a local \
                 simulator or an internal tool, pass `dangerouslyAllowBrowser: true`",
            ));
        }
        let mut required = vec![("baseUrl", &base_url)];
        if via_proxy {
            for (name, given) in [
                ("appKey", app_key.is_some()),
                ("appSecret", app_secret.is_some()),
                ("tenantSign", tenant_sign.is_some()),
                ("signer", signer.is_some()),
            ] {
                if given {
                    issues.push(Issue::new(
                        name,
                        "must not be given with `viaProxy: true` (the proxy signs; keep the credentials on the server)",
                    ));
                }
            }
        } else if signer.is_some() {
            // appKey is optional here: the signer's answer carries it (and is
            // checked against it when it is given).
            if app_secret.is_some() {
                issues.push(Issue::new(
                    "appSecret",
                    "must not be given with `signer` (the signer signs; keep the appSecret on the server)",
                ));
            }
        } else if !issues.iter().any(|i| i.field == "signer") {
            required.push(("appKey", &app_key));
            required.push(("appSecret", &app_secret));
            required.push(("tenantSign", &tenant_sign));
        }
        for (name, v) in required {
            if v.is_none() && !issues.iter().any(|i| i.field == name) {
                let why = if matches!(name, "appSecret" | "tenantSign") {
                    "is required (or pass `signer`, or `viaProxy: true`, to sign on a server)"
                } else {
                    "is required"
                };
                issues.push(Issue::new(name, why));
            }
        }
        if !issues.is_empty() {
            if let Some(Err(i)) = base_url.as_deref().map(crate::http::normalize_base_url) {
                issues.insert(0, i);
            }
            return Err(Error::validation(WHO, issues));
        }
        let config = if via_proxy {
            YiwiseConfig::via_proxy(base_url.as_deref().unwrap_or_default(), version.as_deref())?
        } else if signer.is_some() {
            YiwiseConfig::remote(
                base_url.as_deref().unwrap_or_default(),
                app_key.as_deref().unwrap_or_default(),
                version.as_deref(),
            )?
        } else {
            YiwiseConfig::new(
                base_url.as_deref().unwrap_or_default(),
                app_key.as_deref().unwrap_or_default(),
                app_secret.as_deref().unwrap_or_default(),
                tenant_sign.as_deref().unwrap_or_default(),
                version.as_deref(),
            )?
        };
        let config = match knowledge_base_url.as_deref() {
            Some(url) => config.with_knowledge_base_url(url)?,
            None => config,
        };
        let defaults = RetryPolicy::default();
        Ok(YiwiseClient {
            inner: Rc::new(ClientInner {
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
                signer,
                clock_offset_ms,
            }),
            resources: YiwiseResources::default(),
        })
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

    /// The base URL requests go to.
    #[wasm_bindgen(getter, js_name = baseUrl)]
    pub fn base_url(&self) -> String {
        self.inner.config.base_url.clone()
    }

    /// The appKey (public: it is sent as a header).
    #[wasm_bindgen(getter, js_name = appKey)]
    pub fn app_key(&self) -> String {
        self.inner.config.app_key.clone()
    }

    /// The API version (`v1` unless set).
    #[wasm_bindgen(getter)]
    pub fn version(&self) -> String {
        self.inner.config.version.clone()
    }

    /// Calls any endpoint, signed like the wrapped ones, and resolves its raw
    /// `data`. For endpoints this SDK does not wrap (yet).
    ///
    /// @example
    /// const page = await yw.request('GET', 'job/getJobs', { pageNum: 1, pageSize: 10 });
    ///
    /// (Its TypeScript signature is in `TS_REQUEST` below: wasm-bindgen cannot
    /// mark an overridden parameter type optional.)
    #[wasm_bindgen(skip_typescript)]
    pub fn request(
        &self,
        method: JsValue,
        path: JsValue,
        params: Option<JsValue>,
        options: Option<JsValue>,
    ) -> Promise {
        let inner = self.inner.clone();
        api_promise(async move {
            raw_request(
                &inner,
                method,
                path,
                params.unwrap_or(JsValue::UNDEFINED),
                options.unwrap_or(JsValue::UNDEFINED),
            )
            .await
        })
    }

    /// `'local'` when this client signs with its appSecret, `'remote'` when a
    /// `signer` does, `'proxy'` when a signing proxy does (`viaProxy: true`).
    #[wasm_bindgen(getter, unchecked_return_type = "'local' | 'remote' | 'proxy'")]
    pub fn signing(&self) -> String {
        if self.inner.config.via_proxy {
            "proxy"
        } else if self.inner.signer.is_some() {
            "remote"
        } else {
            "local"
        }
        .to_string()
    }

    /// `{ baseUrl, appKey, version }`: what `JSON.stringify(client)` shows. No secret.
    #[wasm_bindgen(js_name = toJSON, unchecked_return_type = "{ baseUrl: string; appKey: string; version: string }")]
    pub fn to_json(&self) -> JsValue {
        let o = Object::new();
        let c = &self.inner.config;
        let _ = Reflect::set(&o, &"baseUrl".into(), &c.base_url.as_str().into());
        let _ = Reflect::set(&o, &"appKey".into(), &c.app_key.as_str().into());
        let _ = Reflect::set(&o, &"version".into(), &c.version.as_str().into());
        o.into()
    }

    /// `YiwiseClient(<baseUrl>, appKey=<appKey>)`. No secret.
    #[wasm_bindgen(js_name = toString)]
    pub fn to_string_js(&self) -> String {
        format!(
            "YiwiseClient({}, appKey={})",
            self.inner.config.base_url, self.inner.config.app_key
        )
    }
}

/// `request`'s call: its errors as JS, with `response` once there was one.
async fn raw_request(
    inner: &ClientInner,
    method: JsValue,
    path: JsValue,
    params: JsValue,
    options: JsValue,
) -> Result<Answered, JsValue> {
    let (m, p) = request_target(method, path).map_err(|e| to_js(&e))?;
    let ep = format!("yiwise {p}");
    let opts = CallOptions::from_js(&ep, &options).map_err(|e| to_js(&e))?;
    send_request(inner, m, &p, &ep, params, &opts)
        .await
        .map_err(|e| response_info::error_to_js(&e, &opts))
}

/// `request`'s method and path, checked.
fn request_target(method: JsValue, path: JsValue) -> Result<(Method, String), Error> {
    let m = method.as_string().and_then(|m| Method::parse(&m));
    let p = path.as_string().map(|p| check_path(&p));
    let (m, p) = match (m, p) {
        (Some(m), Some(Ok(p))) => (m, p),
        (m, p) => {
            let mut issues = Vec::new();
            if m.is_none() {
                issues.push(Issue::new(
                    "method",
                    "must be one of GET, POST, PATCH, PUT, DELETE",
                ));
            }
            match p {
                None => issues.push(Issue::new("path", "must be a string like \"job/getJobs\"")),
                Some(Err(i)) => issues.push(i),
                Some(Ok(_)) => {}
            }
            return Err(Error::validation("yiwise request", issues));
        }
    };
    Ok((m, p))
}

/// Sends `request`'s call, retried like a typed one.
async fn send_request(
    inner: &ClientInner,
    m: Method,
    p: &str,
    ep: &str,
    params: JsValue,
    opts: &CallOptions,
) -> Result<Answered, Error> {
    let json = convert::params_to_json(ep, &params)?;
    if !(json.is_null() || json.is_object()) {
        return Err(Error::validation(
            ep,
            vec![Issue::new("params", "must be an object")],
        ));
    }
    let safe = crate::yiwise::endpoints::safe_to_retry(m, p);
    let deadline = Deadline::start(&inner.transport, opts);
    let json = &json;
    with_retries(
        &inner.transport,
        opts,
        &deadline,
        safe,
        ep,
        |limit| async move {
            let mut req = build_raw(&inner.config, m, p, json, inner.now_ms(), ep)?;
            inner
                .sign_remotely(&mut req, m, p, opts, &deadline, ep)
                .await?;
            let raw = transport::send(&inner.transport, &req, opts, limit, ep).await?;
            let decoded = decode_raw(ep, raw.status, &raw.body).map_err(|error| Failed {
                error,
                retry_after: raw.retry_after,
            })?;
            let data = convert::to_js(ep, &decoded.data)?;
            let response = response_info::info(opts, decoded.request_id.as_deref());
            response_info::attach_last_response(&data, &response);
            Ok(Answered { data, response })
        },
    )
    .await
}

#[wasm_bindgen(typescript_custom_section)]
const TS_REQUEST: &'static str = r#"
export interface YiwiseClient {
    /**
     * Calls any endpoint, signed like the wrapped ones, and resolves its raw
     * `data`. For endpoints this SDK does not wrap (yet). GET sends `params`
     * as the query string, other methods as a JSON body.
     *
     * @example
     * const page = await yw.request('GET', 'job/getJobs', { pageNum: 1, pageSize: 10 });
     * const { response } = await yw.request('GET', 'tenant/getTenant').withResponse();
     */
    request(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, params?: Record<string, unknown>, options?: CallOptions): APIPromise<unknown>;
}
"#;

/// How errors of `on` and `off` name themselves.
const WHO_EVENTS: &str = "yiwise YiwiseClient.on";
