//! The table of every Rongzi endpoint and whether it may be repeated
//! automatically (see [`crate::retry`]).

use crate::http::Method;

/// One Rongzi endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RongziEndpoint {
    /// Path after `/api/`.
    pub path: &'static str,
    /// HTTP method.
    pub method: Method,
    /// Whether the call only reads (safe to retry). Login and every write are `false`.
    pub safe_to_retry: bool,
}

const fn ep(path: &'static str, method: Method, safe_to_retry: bool) -> RongziEndpoint {
    RongziEndpoint {
        path,
        method,
        safe_to_retry,
    }
}

/// Every endpoint. Reads: `customer/list`, `sms/templates`, `sms/getMessages`.
pub const ENDPOINTS: &[RongziEndpoint] = &[
    ep("account/login", Method::Post, false),
    ep("customer/list", Method::Post, true),
    ep("customer/editComment", Method::Post, false),
    ep("sms/templates", Method::Get, true),
    ep("sms/addMessages", Method::Post, false),
    ep("sms/getMessages", Method::Post, true),
    ep("call/syncRecords", Method::Post, false),
    ep("wechat/addFriend", Method::Post, false),
    ep("wechat/updateFriendStatus", Method::Post, false),
];

/// Whether `method` `path` may be repeated automatically (unknown: no).
///
/// ```
/// use yiwise_rongzi::http::Method;
/// use yiwise_rongzi::rongzi::endpoints::safe_to_retry;
/// assert!(safe_to_retry(Method::Post, "customer/list"));
/// assert!(!safe_to_retry(Method::Post, "account/login"));
/// ```
pub fn safe_to_retry(method: Method, path: &str) -> bool {
    ENDPOINTS
        .iter()
        .any(|e| e.path == path && e.method == method && e.safe_to_retry)
}
