//! The dedupe key of a callback: what a receiver remembers so that the
//! platform's repeats (it retries until it reads `success`, up to 10 times
//! over 24 hours) reach the handler once.
//!
//! | `dataType` | key |
//! |---|---|
//! | `ROBOT_CALL_RECORD` | `ROBOT_CALL_RECORD:<callRecordId>` (one finished call) |
//! | `ROBOT_CALL_JOB` | `ROBOT_CALL_JOB:<robotCallJobId>:<status>` (one state a task reached) |
//! | `ROBOT_CALL_SMS` | `ROBOT_CALL_SMS:<callRecordId>` (the SMS of one call) |
//! | any other, or an id missing | `<dataType>:sha256:<hex of the plaintext>` |
//!
//! A repeat carries the same plaintext (only an encrypted body's random
//! prefix changes), so the fallback catches repeats of types it knows nothing
//! about. Ids are read as numbers or numeric strings, as the platform sends both.

use serde::Deserialize;
use serde_json::Value;
use sha2::{Digest, Sha256};

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct Ids {
    call_record_id: Option<Value>,
    robot_call_job_id: Option<Value>,
    status: Option<Value>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Head {
    data_type: Option<Value>,
    #[serde(default)]
    data: Option<Value>,
}

/// The dedupe key of the plain callback `body` (the decrypted plaintext for
/// an encrypted one). Never fails: a body that is not a callback gets the
/// hash form under `dataType` `unknown`.
///
/// ```
/// use yiwise_rongzi::yiwise::callback::dedupe_key;
/// let k = dedupe_key(r#"{"dataType":"ROBOT_CALL_RECORD","data":{"callRecordId":"119"}}"#);
/// assert_eq!(k, "ROBOT_CALL_RECORD:119");
/// assert!(dedupe_key(r#"{"dataType":"NEW","data":{}}"#).starts_with("NEW:sha256:"));
/// ```
pub fn dedupe_key(body: &str) -> String {
    let (data_type, data) = match serde_json::from_str::<Head>(body) {
        Ok(h) => (h.data_type, h.data),
        Err(_) => (None, None),
    };
    let data_type = data_type
        .as_ref()
        .and_then(Value::as_str)
        .filter(|t| !t.is_empty() && t.len() <= 64)
        .unwrap_or("unknown");
    let ids: Ids = data
        .and_then(|d| Ids::deserialize(d).ok())
        .unwrap_or_default();
    let keyed = match data_type {
        "ROBOT_CALL_RECORD" => id(&ids.call_record_id).map(|i| format!("{data_type}:{i}")),
        "ROBOT_CALL_SMS" => id(&ids.call_record_id).map(|i| format!("{data_type}:{i}")),
        "ROBOT_CALL_JOB" => id(&ids.robot_call_job_id).map(|i| {
            let status = ids.status.as_ref().and_then(Value::as_str).unwrap_or("");
            format!("{data_type}:{i}:{}", crate::lenient::truncate(status))
        }),
        _ => None,
    };
    keyed.unwrap_or_else(|| {
        let digest = Sha256::digest(body.as_bytes());
        format!(
            "{data_type}:sha256:{}",
            crate::yiwise::signature::hex_lower(&digest)
        )
    })
}

/// A whole-number id sent as a number or as digits.
fn id(v: &Option<Value>) -> Option<String> {
    match v.as_ref()? {
        Value::Number(n) => n.as_i64().map(|i| i.to_string()),
        Value::String(s) => {
            let t = s.trim();
            (!t.is_empty() && t.len() <= 20 && t.bytes().all(|b| b.is_ascii_digit()))
                .then(|| t.to_string())
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::dedupe_key;

    #[test]
    fn keys_per_type() {
        let table = [
            (
                r#"{"dataType":"ROBOT_CALL_RECORD","data":{"callRecordId":119}}"#,
                "ROBOT_CALL_RECORD:119",
            ),
            (
                r#"{"dataType":"ROBOT_CALL_RECORD","data":{"callRecordId":" 119 "}}"#,
                "ROBOT_CALL_RECORD:119",
            ),
            (
                r#"{"dataType":"ROBOT_CALL_JOB","data":{"robotCallJobId":43,"status":"COMPLETED"}}"#,
                "ROBOT_CALL_JOB:43:COMPLETED",
            ),
            (
                r#"{"dataType":"ROBOT_CALL_JOB","data":{"robotCallJobId":43}}"#,
                "ROBOT_CALL_JOB:43:",
            ),
            (
                r#"{"dataType":"ROBOT_CALL_SMS","data":{"callRecordId":7,"msgList":[]}}"#,
                "ROBOT_CALL_SMS:7",
            ),
        ];
        for (body, key) in table {
            assert_eq!(dedupe_key(body), key, "{body}");
        }
    }

    #[test]
    fn without_an_id_the_key_is_the_plaintexts_hash() {
        let a = r#"{"dataType":"ROBOT_CALL_RECORD","data":{"callRecordId":1.5}}"#;
        let b = r#"{"dataType":"ROBOT_CALL_RECORD","data":{"callRecordId":2.5}}"#;
        assert!(dedupe_key(a).starts_with("ROBOT_CALL_RECORD:sha256:"));
        assert_ne!(dedupe_key(a), dedupe_key(b));
        assert_eq!(dedupe_key(a), dedupe_key(a));
        assert!(dedupe_key("not json").starts_with("unknown:sha256:"));
        assert!(dedupe_key(r#"{"dataType":"X","data":[1]}"#).starts_with("X:sha256:"));
        assert_eq!(dedupe_key("").len(), "unknown:sha256:".len() + 64);
    }
}
