//! Transport-free HTTP request description and query-string encoding.
//!
//! The core builds a [`PreparedRequest`]; the wasm layer hands it to `fetch`.
//! Keeping this plain Rust lets `cargo test` check the exact URL, headers and
//! body that would go on the wire.

use crate::error::Issue;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde_json::Value;

/// Decodes a response body the way `Response.text()` does: UTF-8, a leading
/// byte-order mark dropped, invalid sequences replaced by U+FFFD.
///
/// ```
/// use yiwise_rongzi::http::body_text;
/// assert_eq!(body_text("\u{feff}{\"code\":0}".as_bytes().to_vec()), "{\"code\":0}");
/// assert_eq!(body_text(vec![b'o', b'k', 0xff]), "ok\u{fffd}");
/// assert_eq!(body_text("获取成功".as_bytes().to_vec()), "获取成功");
/// ```
pub fn body_text(bytes: Vec<u8>) -> String {
    let mut text = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    };
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    text
}

/// HTTP methods the two APIs use.
///
/// ```
/// use yiwise_rongzi::http::Method;
/// assert_eq!(Method::parse("patch"), Some(Method::Patch));
/// assert_eq!(Method::Patch.as_str(), "PATCH");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// GET: parameters go in the query string.
    Get,
    /// POST: parameters go in a JSON body.
    Post,
    /// PATCH: parameters go in a JSON body.
    Patch,
    /// PUT: parameters go in a JSON body.
    Put,
    /// DELETE: parameters go in the query string.
    Delete,
}

impl Method {
    /// Upper-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Patch => "PATCH",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
        }
    }

    /// Parses a method name, any case.
    pub fn parse(s: &str) -> Option<Method> {
        match s.to_ascii_uppercase().as_str() {
            "GET" => Some(Method::Get),
            "POST" => Some(Method::Post),
            "PATCH" => Some(Method::Patch),
            "PUT" => Some(Method::Put),
            "DELETE" => Some(Method::Delete),
            _ => None,
        }
    }

    /// True when parameters travel in the query string rather than a body.
    pub fn uses_query(self) -> bool {
        matches!(self, Method::Get | Method::Delete)
    }
}

/// A request ready for `fetch`: nothing left to compute.
#[derive(Debug, Clone, PartialEq)]
pub struct PreparedRequest {
    /// The method.
    pub method: Method,
    /// Absolute URL including the query string.
    pub url: String,
    /// Header name/value pairs, in sending order.
    pub headers: Vec<(String, String)>,
    /// JSON body text for POST/PATCH/PUT.
    pub body: Option<String>,
}

impl PreparedRequest {
    /// Replaces (or adds) headers, keeping the others: the first
    /// occurrence of each name (case-insensitive) is overwritten in place.
    ///
    /// ```
    /// use yiwise_rongzi::http::{Method, PreparedRequest};
    /// let mut r = PreparedRequest { method: Method::Get, url: "http://x".into(),
    ///     headers: vec![("timestamp".into(), "1".into())], body: None };
    /// r.set_headers(vec![("Timestamp".into(), "2".into()), ("signature".into(), "s".into())]);
    /// assert_eq!(r.headers, [("timestamp".to_string(), "2".to_string()), ("signature".to_string(), "s".to_string())]);
    /// ```
    pub fn set_headers(&mut self, headers: Vec<(String, String)>) {
        for (k, v) in headers {
            match self
                .headers
                .iter_mut()
                .find(|(n, _)| n.eq_ignore_ascii_case(&k))
            {
                Some(slot) => slot.1 = v,
                None => self.headers.push((k, v)),
            }
        }
    }

    /// The value of header `name` (case-insensitive), if set.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Characters escaped in query keys and values: everything but `A-Z a-z 0-9 - _ . ~`.
const QUERY: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Percent-encodes one query component (space → `%20`, never `+`).
pub fn encode_component(s: &str) -> String {
    utf8_percent_encode(s, QUERY).to_string()
}

/// The wire JSON object of the present fields, in order: what serde writes
/// for a struct with `skip_serializing_none`, for the endpoints whose wire
/// is written by hand (so the shipped module carries no `Serialize` code
/// for params).
///
/// ```
/// use yiwise_rongzi::http::wire_object;
/// let w = wire_object([("a", Some(1.into())), ("b", None), ("c", Some("x".into()))]);
/// assert_eq!(w.to_string(), r#"{"a":1,"c":"x"}"#);
/// ```
pub fn wire_object<const N: usize>(fields: [(&str, Option<Value>); N]) -> Value {
    wire_object_of(Vec::from(fields))
}

/// [`wire_object`] for any number of fields: one copy of the map building.
#[inline(never)]
fn wire_object_of(fields: Vec<(&str, Option<Value>)>) -> Value {
    Value::Object(
        fields
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| (k.to_string(), v)))
            .collect(),
    )
}

/// Encodes a JSON object as a query string (without the `?`).
///
/// Scalars are written as text, `null` fields are left out, arrays are
/// joined with commas (how Spring binds `List` parameters). Nested objects
/// cannot be expressed and are reported as an issue for that field.
///
/// ```
/// use yiwise_rongzi::http::query_string;
/// let q = query_string(&serde_json::json!({"pageNum": 1, "name": "a b", "status": ["X", "Y"], "x": null})).unwrap();
/// assert_eq!(q, "pageNum=1&name=a%20b&status=X%2CY");
/// ```
pub fn query_string(params: &Value) -> Result<String, Issue> {
    let obj = match params {
        Value::Null => return Ok(String::new()),
        Value::Object(o) => o,
        _ => return Err(Issue::new("", "parameters must be an object")),
    };
    let mut parts = Vec::with_capacity(obj.len());
    for (k, v) in obj {
        let text = match v {
            Value::Null => continue,
            Value::Array(items) => {
                let mut texts = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    texts.push(scalar_text(item).ok_or_else(|| {
                        Issue::new(format!("{k}[{i}]"), "must be a string, number or boolean")
                    })?);
                }
                texts.join(",")
            }
            other => scalar_text(other)
                .ok_or_else(|| Issue::new(k.clone(), "cannot be sent in a query string"))?,
        };
        parts.push(format!(
            "{}={}",
            encode_component(k),
            encode_component(&text)
        ));
    }
    Ok(parts.join("&"))
}

fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Checks a base URL and returns it without a trailing slash.
///
/// ```
/// use yiwise_rongzi::http::normalize_base_url;
/// assert_eq!(normalize_base_url("http://127.0.0.1:8080/").unwrap(), "http://127.0.0.1:8080");
/// assert!(normalize_base_url("ftp://x").is_err());
/// ```
pub fn normalize_base_url(base: &str) -> Result<String, Issue> {
    let b = base.trim();
    let rest = b
        .strip_prefix("https://")
        .or_else(|| b.strip_prefix("http://"))
        .ok_or_else(|| {
            Issue::new(
                "baseUrl",
                format!(
                    "must start with http:// or https://, got {:?}",
                    crate::lenient::truncate(b)
                ),
            )
        })?;
    if rest.is_empty() || rest.starts_with('/') {
        return Err(Issue::new("baseUrl", "has no host"));
    }
    if b.contains(['?', '#']) || b.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Issue::new(
            "baseUrl",
            "must not contain a query, fragment or spaces",
        ));
    }
    Ok(b.trim_end_matches('/').to_string())
}

/// True when `s` can be an HTTP header value as `fetch` requires
/// (visible ASCII and spaces, no CR/LF).
pub fn is_header_safe(s: &str) -> bool {
    s.bytes()
        .all(|b| b == b' ' || b == b'\t' || (0x21..=0x7e).contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn query_encodes_unicode_and_reserved_characters() {
        let q = query_string(&json!({"name": "任务&1=2", "b": true})).unwrap();
        assert_eq!(q, "name=%E4%BB%BB%E5%8A%A1%261%3D2&b=true");
    }

    #[test]
    fn query_refuses_nested_objects_naming_the_field() {
        let e = query_string(&json!({"a": {"b": 1}})).unwrap_err();
        assert_eq!(e.field, "a");
        let e = query_string(&json!({"a": [{"b": 1}]})).unwrap_err();
        assert_eq!(e.field, "a[0]");
    }

    #[test]
    fn header_safety_rejects_newlines_and_non_ascii() {
        assert!(is_header_safe("abc-123"));
        assert!(!is_header_safe("a\r\nX-Evil: 1"));
        assert!(!is_header_safe("密钥"));
    }
}
