//! The Rongzi response envelope `{ code, msg, data }`; `code` 0 is success.
//!
//! Before anything is decoded, every object key in the body is trimmed
//! (`" id "` → `id`, a quirk of the docs' SMS template example), at any depth.

use crate::error::{Error, ErrorKind};
use crate::lenient::truncate;
use serde::Deserialize;
use serde_json::{Map, Value};

/// The code of a successful call.
pub const SUCCESS: i64 = 0;
/// The code of a refused token (`{ code: 500, msg: "不合法的token" }`).
pub const BAD_TOKEN: i64 = 500;
/// The code of a failed login (`{ code: 1, msg: "用户名或密码错误" }`).
pub const LOGIN_FAILED: i64 = 1;

/// A decoded envelope whose `code` was 0; `data` is still raw JSON (keys trimmed).
#[derive(Debug, Clone, PartialEq)]
pub struct Envelope {
    /// The raw `data` (`null` for action endpoints).
    pub data: Value,
    /// The server's message (unreliable text: never branch on it).
    pub msg: Option<String>,
}

#[derive(Deserialize)]
struct Raw {
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    code: Option<i64>,
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    msg: Option<String>,
}

/// Returns `v` with every object key trimmed of surrounding whitespace, at
/// any depth. When trimming makes two keys equal, the later one wins.
///
/// ```
/// use yiwise_rongzi::rongzi::envelope::trim_keys;
/// let v = trim_keys(serde_json::json!([{" id ": "0", "a": {" b": 1}}]));
/// assert_eq!(v, serde_json::json!([{"id": "0", "a": {"b": 1}}]));
/// ```
pub fn trim_keys(v: Value) -> Value {
    // Depth is bounded: serde_json refuses to parse more than 128 levels.
    match v {
        Value::Object(m) => {
            let mut out = Map::with_capacity(m.len());
            for (k, v) in m {
                let key = match k.trim() {
                    t if t.len() == k.len() => k,
                    t => t.to_string(),
                };
                out.insert(key, trim_keys(v));
            }
            Value::Object(out)
        }
        Value::Array(a) => Value::Array(a.into_iter().map(trim_keys).collect()),
        other => other,
    }
}

/// Checks the HTTP status and envelope of a response body.
///
/// * `code` 0 → the envelope (with `data`);
/// * `code` 500 whose `msg` mentions the token (`不合法的token`) → `auth`;
/// * `code` 1 from the login endpoint (`login` true) → `auth`;
/// * any other `code` → `api`, with `error.code` (`auth` when the HTTP status
///   is 401 or 403, as a proxy refuses);
/// * a body that is not an envelope → `auth` for HTTP 401/403, `http` for
///   another non-2xx status, `decode` otherwise.
///
/// Every message starts with `endpoint`.
///
/// ```
/// use yiwise_rongzi::rongzi::envelope::open;
/// use yiwise_rongzi::ErrorKind;
/// let ok = open("rongzi sms/templates", 200, r#"{"code":0,"msg":"操作成功","data":[{" id ":"0"}]}"#, false).unwrap();
/// assert_eq!(ok.data, serde_json::json!([{"id": "0"}]));
/// let e = open("rongzi customer/list", 200, r#"{"code":500,"msg":"不合法的token"}"#, false).unwrap_err();
/// assert_eq!((e.kind, e.code), (ErrorKind::Auth, Some(500)));
/// let e = open("rongzi account/login", 200, r#"{"code":1,"msg":"用户名或密码错误"}"#, true).unwrap_err();
/// assert_eq!(e.kind, ErrorKind::Auth);
/// let e = open("rongzi customer/editComment", 200, r#"{"code":1,"msg":"客户不存在"}"#, false).unwrap_err();
/// assert_eq!((e.kind, e.code), (ErrorKind::Api, Some(1)));
/// ```
pub fn open(endpoint: &str, status: u16, body: &str, login: bool) -> Result<Envelope, Error> {
    let ok_status = (200..300).contains(&status);
    let not_envelope = |what: &str| -> Error {
        let mut e = if ok_status {
            Error::decode(endpoint, "", what)
        } else {
            let kind = if status == 401 || status == 403 {
                ErrorKind::Auth
            } else {
                ErrorKind::Http
            };
            Error::new(
                kind,
                format!("{endpoint}: HTTP {status}: {}", snippet(body)),
            )
        };
        e.status = Some(status);
        e.endpoint = Some(endpoint.to_string());
        e
    };
    let value: Value = match serde_json::from_str(body) {
        Ok(v) => v,
        Err(_) => return Err(not_envelope("is not JSON")),
    };
    if !value.is_object() {
        return Err(not_envelope("is not a JSON object"));
    }
    let mut value = trim_keys(value);
    // `data` is moved out, not copied: it can be a large page.
    let data = value
        .as_object_mut()
        .and_then(|o| o.remove("data"))
        .unwrap_or(Value::Null);
    let raw: Raw = match crate::value_deserializer::from_value(&value) {
        Ok(r) => r,
        Err(e) => {
            return Err(Error::decode(endpoint, &e.path, e.message).with_status(status));
        }
    };
    let Some(code) = raw.code else {
        return Err(not_envelope("has no `code`"));
    };
    if code == SUCCESS {
        return Ok(Envelope { data, msg: raw.msg });
    }
    let msg: String = raw.msg.as_deref().unwrap_or("").chars().take(200).collect();
    let about_token = msg.to_ascii_lowercase().contains("token");
    let (kind, text) = if code == BAD_TOKEN && about_token {
        (
            ErrorKind::Auth,
            format!("{endpoint}: the token was refused (code {code}: {msg}); log in again"),
        )
    } else if code == LOGIN_FAILED && login {
        (
            ErrorKind::Auth,
            format!("{endpoint}: login refused (code {code}: {msg})"),
        )
    } else if msg.is_empty() {
        (ErrorKind::Api, format!("{endpoint}: API error {code}"))
    } else {
        (
            ErrorKind::Api,
            format!("{endpoint}: API error {code}: {msg}"),
        )
    };
    // An error envelope sent with HTTP 401/403 (a proxy's refusal: the server kit's
    // createRongziProxy) is about who may call, like a bare 401/403.
    let kind = if status == 401 || status == 403 {
        ErrorKind::Auth
    } else {
        kind
    };
    let mut e = Error::new(kind, text).with_code(code).with_status(status);
    e.endpoint = Some(endpoint.to_string());
    Err(e)
}

fn snippet(body: &str) -> String {
    let b = body.trim();
    if b.is_empty() {
        "(empty body)".to_string()
    } else {
        truncate(b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_500_about_something_else_is_an_api_error() {
        let e = open("e", 200, r#"{"code":500,"msg":"系统异常"}"#, false).unwrap_err();
        assert_eq!((e.kind, e.code), (ErrorKind::Api, Some(500)));
    }

    #[test]
    fn the_doc_unquoted_bad_token_body_still_needs_json() {
        // The docs show `{ code:500, msg:"不合法的token" }` with unquoted keys;
        // real servers send JSON. Non-JSON on 200 is a decode error.
        let e = open("e", 200, r#"{ code:500, msg:"不合法的token" }"#, false).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Decode);
    }

    #[test]
    fn an_error_envelope_with_http_401_or_403_is_auth() {
        for status in [401, 403] {
            let body = format!(r#"{{"code":{status},"msg":"not allowed","data":null}}"#);
            let e = open("e", status, &body, false).unwrap_err();
            assert_eq!(
                (e.kind, e.code, e.status),
                (ErrorKind::Auth, Some(i64::from(status)), Some(status))
            );
        }
        let e = open("e", 200, r#"{"code":403,"msg":"x"}"#, false).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Api);
    }

    #[test]
    fn non_envelopes_by_status() {
        assert_eq!(open("e", 401, "", false).unwrap_err().kind, ErrorKind::Auth);
        assert_eq!(
            open("e", 502, "<html>", false).unwrap_err().kind,
            ErrorKind::Http
        );
        assert_eq!(
            open("e", 200, "[]", false).unwrap_err().kind,
            ErrorKind::Decode
        );
        assert_eq!(
            open("e", 200, r#"{"msg":"x"}"#, false).unwrap_err().kind,
            ErrorKind::Decode
        );
        assert!(open("e", 200, r#"{"code":"0"}"#, false).is_ok());
    }

    #[test]
    fn padded_envelope_keys_are_trimmed_too() {
        let env = open("e", 200, r#"{" code ":0," data ":{" id ":"1"}}"#, false).unwrap();
        assert_eq!(env.data, serde_json::json!({"id": "1"}));
    }
}
