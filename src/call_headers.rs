//! Per-call `headers` (`client.x.y(params, { headers })`): checked here, added
//! to the request after the SDK's own headers.
//!
//! A header the SDK owns cannot be set this way: the signing headers
//! (`appKey`, `version`, `timestamp`, `signature`), `authorization` (the
//! Rongzi token), the secrets that must never go on the wire (`appSecret`,
//! `tenantSign`), and `content-type` and `accept`, which the SDK sets (a
//! second copy would be joined to the first by `fetch`). Names are HTTP
//! tokens; values are what `fetch` accepts.

use crate::error::Issue;
use crate::http::is_header_safe;

/// Header names (lower case) a caller may not set.
pub const RESERVED: &[&str] = &[
    "appkey",
    "version",
    "timestamp",
    "signature",
    "authorization",
    "appsecret",
    "tenantsign",
    "content-type",
    "accept",
];

/// Checks per-call headers given as `(name, value)` pairs (`value` `None`
/// when it was not a string). Returns them in the order given, or one issue
/// per bad header, each naming it (`options.headers.signature`).
///
/// ```
/// use yiwise_rongzi::call_headers::check;
/// let ok = check(vec![("X-Trace-Id".into(), Some("abc".into()))]).unwrap();
/// assert_eq!(ok, vec![("X-Trace-Id".to_string(), "abc".to_string())]);
/// let e = check(vec![("Signature".into(), Some("f00".into()))]).unwrap_err();
/// assert_eq!(e[0].field, "options.headers.Signature");
/// ```
pub fn check(headers: Vec<(String, Option<String>)>) -> Result<Vec<(String, String)>, Vec<Issue>> {
    let mut out = Vec::with_capacity(headers.len());
    let mut issues = Vec::new();
    for (name, value) in headers {
        let field = format!("options.headers.{name}");
        let token = !name.is_empty()
            && name.len() <= 256
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
        if !token {
            issues.push(Issue::new(field, "is not a valid HTTP header name"));
            continue;
        }
        if RESERVED.contains(&name.to_ascii_lowercase().as_str()) {
            issues.push(Issue::new(
                field,
                "is set by the SDK (signing, authorization, content type) and cannot be given per call",
            ));
            continue;
        }
        match value {
            Some(v) if v.len() <= 8192 && is_header_safe(&v) => out.push((name, v)),
            Some(_) => issues.push(Issue::new(
                field,
                "must be printable ASCII without line breaks (it is sent as an HTTP header)",
            )),
            None => issues.push(Issue::new(field, "must be a string")),
        }
    }
    if issues.is_empty() {
        Ok(out)
    } else {
        Err(issues)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(name: &str, value: Option<&str>) -> Result<Vec<(String, String)>, Vec<Issue>> {
        check(vec![(name.to_string(), value.map(str::to_string))])
    }

    #[test]
    fn every_reserved_header_is_refused_in_any_case() {
        for name in [
            "appKey",
            "VERSION",
            "timestamp",
            "Signature",
            "Authorization",
            "appSecret",
            "tenantSign",
            "Content-Type",
            "accept",
        ] {
            let e = one(name, Some("x")).unwrap_err();
            assert_eq!(e[0].field, format!("options.headers.{name}"));
            assert!(e[0].message.contains("set by the SDK"), "{name}");
        }
    }

    #[test]
    fn names_and_values_are_what_fetch_accepts() {
        assert!(one("X-Request-Id", Some("r-1")).is_ok());
        assert!(one("Idempotency-Key", Some("")).is_ok());
        for bad in ["", "X Bad", "X:Bad", "é", "x\n"] {
            assert!(one(bad, Some("v")).is_err(), "{bad:?}");
        }
        assert!(one("X-A", Some("line\r\nbreak")).is_err());
        assert!(one("X-A", Some("中文")).is_err());
        assert!(one("X-A", None).is_err());
    }

    #[test]
    fn all_problems_are_reported_at_once_and_good_ones_keep_their_order() {
        let e = check(vec![
            ("signature".into(), Some("s".into())),
            ("X-Ok".into(), Some("1".into())),
            ("X-Bad".into(), None),
        ])
        .unwrap_err();
        assert_eq!(e.len(), 2);
        let ok = check(vec![
            ("B".into(), Some("2".into())),
            ("A".into(), Some("1".into())),
        ])
        .unwrap();
        assert_eq!(ok[0].0, "B");
    }
}
