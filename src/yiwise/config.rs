//! Client configuration: where to send, who is calling, and how it is signed.

use crate::error::{Error, Issue};
use crate::http::{is_header_safe, normalize_base_url};
use crate::secret::Secret;

/// The API version header and path segment used unless configured otherwise.
pub const DEFAULT_VERSION: &str = "v1";

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
    /// The ISV's appKey (sent as a header).
    pub app_key: String,
    /// The appSecret: only ever used inside the signature.
    pub app_secret: Secret,
    /// The company signature (only used inside the signature).
    pub tenant_sign: String,
    /// API version, `v1` unless set.
    pub version: String,
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
                base_url,
                app_key: app_key.to_string(),
                app_secret: Secret::new(app_secret),
                tenant_sign: tenant_sign.to_string(),
                version: version.to_string(),
            }),
            _ => Err(Error::validation("yiwise YiwiseClient", issues)),
        }
    }

    /// The URL of `path` (`job/create`): `{baseUrl}/apiOpen/{version}/{path}`.
    pub fn url(&self, path: &str) -> String {
        format!(
            "{}/apiOpen/{}/{}",
            self.base_url,
            self.version,
            path.trim_start_matches('/')
        )
    }

    /// The four signing headers for a request made at `timestamp_ms`.
    /// Never includes the appSecret or tenantSign.
    pub fn auth_headers(&self, timestamp_ms: u64) -> Vec<(String, String)> {
        let ts = timestamp_ms.to_string();
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
