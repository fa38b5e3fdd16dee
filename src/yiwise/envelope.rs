//! The Yiwise response envelope `{code, data, requestId, resultMsg, errorStackTrace}`.

use crate::error::{Error, ErrorKind};
use crate::lenient::truncate;
use serde::Deserialize;
use serde_json::Value;

/// The code of a successful call.
pub const SUCCESS: i64 = 200;

/// A decoded envelope whose `code` was 200; `data` is still raw JSON.
#[derive(Debug, Clone, PartialEq)]
pub struct Envelope {
    /// The raw `data` (`null` for action endpoints).
    pub data: Value,
    /// The server's request id.
    pub request_id: Option<String>,
    /// The server's message (unreliable text: never branch on it).
    pub result_msg: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Raw {
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    code: Option<i64>,
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    request_id: Option<String>,
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    result_msg: Option<String>,
}

/// Appended to the message of a 401 whose text blames the timestamp.
pub const CLOCK_SKEW_HINT: &str = " (the platform rejected the request's timestamp: this device's clock \
     is probably off by more than the allowed window; correct it, or pass clockOffsetMs to the client)";

/// True when a 401's `resultMsg` is about the `timestamp` header (the
/// platform allows about 5 minutes of clock difference).
///
/// ```
/// use yiwise_rongzi::yiwise::envelope::is_clock_skew;
/// assert!(is_clock_skew("校验数据错误: timestamp 与服务器时间相差超过5分钟"));
/// assert!(is_clock_skew("请求已过期"));
/// assert!(!is_clock_skew("校验数据错误: signature 错误"));
/// ```
pub fn is_clock_skew(result_msg: &str) -> bool {
    let m = result_msg.to_ascii_lowercase();
    ["timestamp", "时间", "过期", "expired", "clock"]
        .iter()
        .any(|k| m.contains(k))
}

/// What a documented error code means (from the docs' error table).
pub fn code_meaning(code: i64) -> Option<&'static str> {
    match code {
        200 => Some("执行成功 (success)"),
        401 => Some("校验数据错误 (verification failed: signature, timestamp or credentials)"),
        403 => Some("权限不足 (permission denied)"),
        404 => Some("资源未找到 (not found)"),
        412 => Some("参数错误 (invalid parameter)"),
        500 => Some("未知错误 (unknown server error)"),
        _ => None,
    }
}

/// Checks the HTTP status and envelope of a response body.
///
/// The body is read whatever the HTTP status (the vendor's demo does the
/// same). A `code` other than 200 is an error: 401 and 403 are `auth`,
/// anything else `api`. A body that is not an envelope is `http` when the
/// status was not 2xx, and `decode` otherwise.
///
/// ```
/// use yiwise_rongzi::yiwise::envelope::open;
/// use yiwise_rongzi::ErrorKind;
/// let ok = open("yiwise tenant/getTenant", 200, r#"{"code":200,"data":{"tenantId":1},"requestId":"VCWAHVEJ"}"#).unwrap();
/// assert_eq!(ok.request_id.as_deref(), Some("VCWAHVEJ"));
/// let err = open("yiwise job/start", 200, r#"{"code":412,"data":null,"requestId":"R1","resultMsg":"参数错误"}"#).unwrap_err();
/// assert_eq!((err.kind, err.code), (ErrorKind::Api, Some(412)));
/// ```
pub fn open(endpoint: &str, status: u16, body: &str) -> Result<Envelope, Error> {
    let ok_status = (200..300).contains(&status);
    let not_envelope = |what: &str| -> Error {
        if ok_status {
            Error::decode(endpoint, "", what).with_status(status)
        } else {
            let mut e = Error::new(
                ErrorKind::Http,
                format!("{endpoint}: HTTP {status}: {}", snippet(body)),
            )
            .with_status(status);
            e.endpoint = Some(endpoint.to_string());
            e
        }
    };
    let value: Value = match serde_json::from_str(body) {
        Ok(v) => v,
        Err(_) => return Err(not_envelope("is not JSON")),
    };
    if !value.is_object() {
        return Err(not_envelope("is not a JSON object"));
    }
    let mut value = value;
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
    if code != SUCCESS {
        let kind = if code == 401 || code == 403 {
            ErrorKind::Auth
        } else {
            ErrorKind::Api
        };
        let meaning = code_meaning(code).unwrap_or("undocumented code");
        let msg = raw
            .result_msg
            .as_deref()
            .map(truncate_msg)
            .unwrap_or_default();
        let mut text = if msg.is_empty() {
            format!("{endpoint}: API error {code} {meaning}")
        } else {
            format!("{endpoint}: API error {code} {meaning}: {msg}")
        };
        if code == 401 && is_clock_skew(raw.result_msg.as_deref().unwrap_or_default()) {
            text.push_str(CLOCK_SKEW_HINT);
        }
        let mut e = Error::new(kind, text)
            .with_code(code)
            .with_status(status)
            .with_request_id(raw.request_id);
        e.endpoint = Some(endpoint.to_string());
        return Err(e);
    }
    Ok(Envelope {
        data,
        request_id: raw.request_id,
        result_msg: raw.result_msg,
    })
}

fn truncate_msg(s: &str) -> String {
    let t: String = s.chars().take(200).collect();
    t
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
    fn a_rejected_timestamp_says_so() {
        let body =
            r#"{"code":401,"resultMsg":"校验数据错误: timestamp 与服务器时间相差超过5分钟"}"#;
        let e = open("yiwise tenant/getTenant", 401, body).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Auth);
        assert!(e.message.contains("clockOffsetMs"), "{}", e.message);
        let body = r#"{"code":401,"resultMsg":"校验数据错误: signature 错误"}"#;
        let e = open("yiwise tenant/getTenant", 401, body).unwrap_err();
        assert!(!e.message.contains("clockOffsetMs"));
    }

    #[test]
    fn auth_codes_are_auth_errors() {
        for code in [401, 403] {
            let body = format!(r#"{{"code":{code},"requestId":"X","resultMsg":"no"}}"#);
            let e = open("yiwise x/y", 200, &body).unwrap_err();
            assert_eq!(e.kind, ErrorKind::Auth);
            assert_eq!(e.request_id.as_deref(), Some("X"));
        }
    }

    #[test]
    fn non_json_is_http_on_error_status_and_decode_on_success() {
        assert_eq!(
            open("e", 502, "<html>bad gateway</html>").unwrap_err().kind,
            ErrorKind::Http
        );
        assert_eq!(
            open("e", 200, "<html>").unwrap_err().kind,
            ErrorKind::Decode
        );
        assert_eq!(open("e", 200, "[1,2]").unwrap_err().kind, ErrorKind::Decode);
        assert_eq!(
            open("e", 200, r#"{"data":1}"#).unwrap_err().kind,
            ErrorKind::Decode
        );
    }

    #[test]
    fn envelope_error_on_5xx_keeps_the_api_code() {
        let e = open("e", 500, r#"{"code":500,"resultMsg":"boom"}"#).unwrap_err();
        assert_eq!(
            (e.kind, e.code, e.status),
            (ErrorKind::Api, Some(500), Some(500))
        );
    }

    #[test]
    fn code_as_string_is_accepted() {
        assert!(open("e", 200, r#"{"code":"200","data":null}"#).is_ok());
    }
}
