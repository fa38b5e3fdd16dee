//! Where Rongzi requests go: `{baseUrl}/api/{resource}/{function}`.

use crate::error::Error;
use crate::http::normalize_base_url;

/// The address of a Rongzi server.
///
/// ```
/// use yiwise_rongzi::rongzi::config::RongziConfig;
/// let c = RongziConfig::new("http://127.0.0.1:8080/").unwrap();
/// assert_eq!(c.url("customer/list"), "http://127.0.0.1:8080/api/customer/list");
/// assert!(RongziConfig::new("10.40.3.230:8077").is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RongziConfig {
    /// Base URL without trailing slash, e.g. `http://127.0.0.1:8080`.
    pub base_url: String,
}

impl RongziConfig {
    /// Checks the base URL (http or https, a host, no query or fragment).
    pub fn new(base_url: &str) -> Result<Self, Error> {
        normalize_base_url(base_url)
            .map(|base_url| RongziConfig { base_url })
            .map_err(|i| Error::validation("rongzi RongziClient", vec![i]))
    }

    /// The URL of `path` (`customer/list`): `{baseUrl}/api/{path}`.
    pub fn url(&self, path: &str) -> String {
        format!("{}/api/{}", self.base_url, path.trim_start_matches('/'))
    }
}
