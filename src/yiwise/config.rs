//! Client configuration: where to send, who is calling, and how it is signed.

use crate::error::{Error, Issue};
use crate::http::{is_header_safe, normalize_base_url};
use crate::secret::Secret;

/// The API version header and path segment used unless configured otherwise.
pub const DEFAULT_VERSION: &str = "v1";

/// The documented production host of the OpenAPI.
pub const PRODUCTION_BASE_URL: &str = "https://openapi.tanyibot.com";

/// The documented host of the knowledge-base endpoints (`knowledge/*`), which
/// live apart from the rest: `{host}/apiOpen/knowledge/{function}`, with no
/// version segment.
pub const KNOWLEDGE_BASE_URL: &str = "https://brain.yiwise.com";

/// Whether `path` is one of the knowledge-base endpoints (`knowledge/list` …).
pub fn is_knowledge_path(path: &str) -> bool {
    path.trim_start_matches('/').starts_with("knowledge/")
}

/// Where the knowledge-base endpoints go when no `knowledgeBaseUrl` is given:
/// their documented host for the documented production `base_url`, otherwise
/// `base_url` itself (a simulator, a gateway or a signing proxy serves both).
///
/// ```
/// use yiwise_rongzi::yiwise::config::default_knowledge_base_url;
/// assert_eq!(default_knowledge_base_url("https://openapi.tanyibot.com"), "https://brain.yiwise.com");
/// assert_eq!(default_knowledge_base_url("http://127.0.0.1:8080"), "http://127.0.0.1:8080");
/// ```
pub fn default_knowledge_base_url(base_url: &str) -> &str {
    if base_url == PRODUCTION_BASE_URL {
        KNOWLEDGE_BASE_URL
    } else {
        base_url
    }
}

/// Everything needed to sign and address Yiwise requests.
///
/// `Debug` shows the appSecret as `Secret(***)`.
///
/// ```
/// use yiwise_rongzi::yiwise::config::YiwiseConfig;
/// let c = YiwiseConfig::new("http://127.0.0.1:8080/", "demo-app-key", "demo-app-secret", "demo-tenant", None).unwrap();
/// assert_eq!(c.base_url, "http://127.0.0.1:8080");
/// assert!(!format!("{c:?}").contains("demo-app-secret"));
/// ```
#[derive(Debug, Clone)]
pub struct YiwiseConfig {
    /// Base URL without trailing slash, e.g. `https://openapi.tanyibot.com`.
    pub base_url: String,
    /// Base URL of the knowledge-base endpoints (see [`default_knowledge_base_url`]).
    pub knowledge_base_url: String,
    /// The ISV's appKey (sent as a header).
    pub app_key: String,
    /// The appSecret: only ever used inside the signature.
    pub app_secret: Secret,
    /// The company signature (only used inside the signature).
    pub tenant_sign: String,
    /// API version, `v1` unless set.
    pub version: String,
    /// True when requests are signed elsewhere (a `signer` function): then
    /// `app_secret` and `tenant_sign` are empty and never used.
    pub remote_signing: bool,
    /// True when requests go to a signing proxy (`viaProxy`), which signs
    /// them itself: they go out with no signing header at all.
    pub via_proxy: bool,
}

impl YiwiseConfig {
    /// Checks and builds a configuration. Every problem is reported with the
    /// option's name; the appSecret's value never appears in a message.
    pub fn new(
        base_url: &str,
        app_key: &str,
        app_secret: &str,
        tenant_sign: &str,
        version: Option<&str>,
    ) -> Result<Self, Error> {
        let mut issues = Vec::new();
        let base = normalize_base_url(base_url)
            .map_err(|i| issues.push(i))
            .ok();
        let version = version.unwrap_or(DEFAULT_VERSION);
        for (name, value) in [("appKey", app_key), ("version", version)] {
            if value.is_empty() {
                issues.push(Issue::new(name, "is required"));
            } else if !is_header_safe(value) {
                issues.push(Issue::new(
                    name,
                    "must be printable ASCII (it is sent as an HTTP header)",
                ));
            }
        }
        if !version
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_' || c == '-')
        {
            issues.push(Issue::new(
                "version",
                "may only hold letters, digits, '.', '_' and '-'",
            ));
        }
        if app_secret.is_empty() {
            issues.push(Issue::new("appSecret", "is required"));
        }
        if tenant_sign.is_empty() {
            issues.push(Issue::new("tenantSign", "is required"));
        }
        match base {
            Some(base_url) if issues.is_empty() => Ok(YiwiseConfig {
                knowledge_base_url: default_knowledge_base_url(&base_url).to_string(),
                base_url,
                app_key: app_key.to_string(),
                app_secret: Secret::new(app_secret),
                tenant_sign: tenant_sign.to_string(),
                version: version.to_string(),
                remote_signing: false,
                via_proxy: false,
            }),
            _ => Err(Error::validation("yiwise YiwiseClient", issues)),
        }
    }

    /// A configuration whose requests are signed elsewhere (remote signing):
    /// no appSecret or tenantSign here at all. [`YiwiseConfig::auth_headers`]
    /// then leaves out the signature, and the headers a signer returns are
    /// checked with [`YiwiseConfig::check_signed_headers`].
    ///
    /// `app_key` may be `""`: the signer then says which appKey it signs
    /// for, and its answer is not checked against one here.
    ///
    /// ```
    /// use yiwise_rongzi::yiwise::config::YiwiseConfig;
    /// let c = YiwiseConfig::remote("https://example.com", "demo-app-key", None).unwrap();
    /// assert!(c.auth_headers(1).iter().all(|(k, _)| k != "signature"));
    /// let any = YiwiseConfig::remote("https://example.com", "", None).unwrap();
    /// let ok = |k: &str| any.check_signed_headers("e", Some(k.into()), Some("v1".into()), Some("1".into()), Some("ab".into()));
    /// assert!(ok("whatever-key").is_ok());
    /// assert!(c.check_signed_headers("e", Some("other".into()), Some("v1".into()), Some("1".into()), Some("ab".into())).is_err());
    /// ```
    pub fn remote(base_url: &str, app_key: &str, version: Option<&str>) -> Result<Self, Error> {
        // Placeholders pass the local checks; they are never used for signing.
        let key = if app_key.is_empty() { "-" } else { app_key };
        let mut c = YiwiseConfig::new(base_url, key, "-", "-", version)?;
        c.app_key = app_key.to_string();
        c.app_secret = Secret::new("");
        c.tenant_sign = String::new();
        c.remote_signing = true;
        Ok(c)
    }

    /// A configuration for a signing proxy (`createYiwiseProxy` of the server
    /// kit, or your own): requests carry no `appKey`, `version`, `timestamp`
    /// or `signature` header, since the proxy strips and re-signs them; the
    /// `version` is still the URL's path segment.
    ///
    /// ```
    /// use yiwise_rongzi::yiwise::config::YiwiseConfig;
    /// let c = YiwiseConfig::via_proxy("https://app.example.com/yiwise", None).unwrap();
    /// assert!(c.auth_headers(1).is_empty());
    /// assert_eq!(c.url("tenant/getTenant"), "https://app.example.com/yiwise/apiOpen/v1/tenant/getTenant");
    /// ```
    pub fn via_proxy(base_url: &str, version: Option<&str>) -> Result<Self, Error> {
        let mut c = YiwiseConfig::new(base_url, "-", "-", "-", version)?;
        c.app_key = String::new();
        c.app_secret = Secret::new("");
        c.tenant_sign = String::new();
        c.via_proxy = true;
        Ok(c)
    }

    /// Checks the four headers a remote signer returned (`appKey`,
    /// `version`, `timestamp`, `signature`, each `None` when missing or not
    /// a string) and returns them in sending order. A failure is an `auth`
    /// error naming the header; the signature's value is never shown.
    pub fn check_signed_headers(
        &self,
        endpoint: &str,
        app_key: Option<String>,
        version: Option<String>,
        timestamp: Option<String>,
        signature: Option<String>,
    ) -> Result<Vec<(String, String)>, Error> {
        let fail = |why: String| {
            Error::new(
                crate::error::ErrorKind::Auth,
                format!("{endpoint}: the signer {why}"),
            )
            .with_endpoint(endpoint)
        };
        let mut out = Vec::with_capacity(4);
        for (name, v) in [
            ("appKey", app_key),
            ("version", version),
            ("timestamp", timestamp),
            ("signature", signature),
        ] {
            let v = v.ok_or_else(|| fail(format!("returned no `{name}` string")))?;
            if v.is_empty() || v.len() > 512 || !is_header_safe(&v) {
                return Err(fail(format!(
                    "returned a `{name}` that cannot be an HTTP header (empty, too long or not printable ASCII)"
                )));
            }
            out.push((name.to_string(), v));
        }
        if !self.app_key.is_empty() && out[0].1 != self.app_key {
            return Err(fail(format!(
                "signed for appKey {:?} but this client's appKey is {:?}",
                crate::lenient::truncate(&out[0].1),
                self.app_key
            )));
        }
        if out[1].1 != self.version {
            return Err(fail(format!(
                "signed for version {:?} but this client's version is {:?}",
                crate::lenient::truncate(&out[1].1),
                self.version
            )));
        }
        if out[2].1.len() > 16 || !out[2].1.bytes().all(|b| b.is_ascii_digit()) {
            return Err(fail(
                "returned a `timestamp` that is not milliseconds since the epoch".into(),
            ));
        }
        Ok(out)
    }

    /// Sends the knowledge-base endpoints to `url` instead of their default.
    ///
    /// ```
    /// use yiwise_rongzi::yiwise::config::YiwiseConfig;
    /// let c = YiwiseConfig::new("https://openapi.tanyibot.com", "k", "s", "t", None).unwrap();
    /// assert_eq!(c.url("knowledge/list"), "https://brain.yiwise.com/apiOpen/knowledge/list");
    /// let c = c.with_knowledge_base_url("http://127.0.0.1:9000/").unwrap();
    /// assert_eq!(c.url("knowledge/list"), "http://127.0.0.1:9000/apiOpen/knowledge/list");
    /// assert_eq!(c.url("chat"), "https://openapi.tanyibot.com/apiOpen/v1/chat");
    /// assert!(c.with_knowledge_base_url("ftp://x").is_err());
    /// ```
    pub fn with_knowledge_base_url(mut self, url: &str) -> Result<Self, Error> {
        let url = normalize_base_url(url).map_err(|mut i| {
            i.field = "knowledgeBaseUrl".into();
            Error::validation("yiwise YiwiseClient", vec![i])
        })?;
        self.knowledge_base_url = url;
        Ok(self)
    }

    /// The URL of `path`: `{baseUrl}/apiOpen/{version}/{path}` (`job/create`,
    /// `chat`), or `{knowledgeBaseUrl}/apiOpen/{path}` for the knowledge-base
    /// endpoints (`knowledge/list`), as their docs give them.
    pub fn url(&self, path: &str) -> String {
        let path = path.trim_start_matches('/');
        if is_knowledge_path(path) {
            format!("{}/apiOpen/{path}", self.knowledge_base_url)
        } else {
            format!("{}/apiOpen/{}/{path}", self.base_url, self.version)
        }
    }

    /// The four signing headers for a request made at `timestamp_ms`.
    /// Never includes the appSecret or tenantSign. With remote signing, only
    /// the first three (the signer's answer replaces them all); through a
    /// proxy, none.
    pub fn auth_headers(&self, timestamp_ms: u64) -> Vec<(String, String)> {
        if self.via_proxy {
            return Vec::new();
        }
        let ts = timestamp_ms.to_string();
        if self.remote_signing {
            return vec![
                ("appKey".to_string(), self.app_key.clone()),
                ("version".to_string(), self.version.clone()),
                ("timestamp".to_string(), ts),
            ];
        }
        let signature = super::signature::sign(
            &self.app_key,
            self.app_secret.expose(),
            &self.tenant_sign,
            &self.version,
            &ts,
        );
        vec![
            ("appKey".to_string(), self.app_key.clone()),
            ("version".to_string(), self.version.clone()),
            ("timestamp".to_string(), ts),
            ("signature".to_string(), signature),
        ]
    }
}
