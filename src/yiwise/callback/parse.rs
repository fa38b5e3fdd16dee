//! `parse_callback`: a plain callback body → a typed [`Callback`].

use super::types::{
    CallRecordCallback, JobCallback, SmsCallback, CALL_RECORD_CALLBACK, JOB_CALLBACK, SMS_CALLBACK,
};
use crate::error::{data_field, path_text, Error, ErrorKind, Issue};
use crate::transcode::{schema::Node, tree};
use crate::yiwise::enums::CallbackDataType;
use serde::de::DeserializeOwned;
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};
use serde_json::Value;

/// How errors of callback parsing name themselves.
pub const CALLBACK_ENDPOINT: &str = "yiwise callback";

/// The largest callback body accepted, in bytes (1 MiB). A call record with a
/// long dialogue is a few tens of KiB; anything near this is not a callback.
pub const MAX_CALLBACK_BYTES: usize = 1024 * 1024;

/// What a receiver must answer (HTTP 200, body `success`) so the platform
/// stops retrying (up to 10 attempts over up to 24 hours otherwise).
pub const YIWISE_CALLBACK_ACK: &str = "success";

/// One parsed callback: `{ dataType, data }` with `data` typed per `dataType`.
///
/// Serializes (for JS) as `{ dataType, known, data }`: `known` is `false` for a
/// `dataType` this SDK does not know, whose `data` is passed through as sent.
#[derive(Debug, Clone, PartialEq)]
pub enum Callback {
    /// `ROBOT_CALL_RECORD`: one finished call.
    RobotCallRecord(CallRecordCallback),
    /// `ROBOT_CALL_JOB`: a task completed.
    RobotCallJob(JobCallback),
    /// `ROBOT_CALL_SMS`: the SMS a finished call should trigger.
    RobotCallSms(SmsCallback),
    /// A `dataType` the docs do not list (the platform adds types): kept as is.
    Unknown {
        /// The `dataType` as sent.
        data_type: String,
        /// The `data` as sent (`null` when absent).
        raw: Value,
    },
}

impl Callback {
    /// The `dataType` as it was sent.
    pub fn data_type(&self) -> &str {
        match self {
            Callback::RobotCallRecord(_) => CallbackDataType::RobotCallRecord.as_str(),
            Callback::RobotCallJob(_) => CallbackDataType::RobotCallJob.as_str(),
            Callback::RobotCallSms(_) => CallbackDataType::RobotCallSms.as_str(),
            Callback::Unknown { data_type, .. } => data_type,
        }
    }

    /// True for the three documented types.
    pub fn is_known(&self) -> bool {
        !matches!(self, Callback::Unknown { .. })
    }
}

impl Serialize for Callback {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Callback", 3)?;
        st.serialize_field("dataType", self.data_type())?;
        st.serialize_field("known", &self.is_known())?;
        match self {
            Callback::RobotCallRecord(d) => st.serialize_field("data", d)?,
            Callback::RobotCallJob(d) => st.serialize_field("data", d)?,
            Callback::RobotCallSms(d) => st.serialize_field("data", d)?,
            Callback::Unknown { raw, .. } => st.serialize_field("data", raw)?,
        }
        st.end()
    }
}

/// Parses the body of a plain (unencrypted) callback.
///
/// Errors: a body over [`MAX_CALLBACK_BYTES`] is `validation` (field `body`)
/// before any parsing; a body that is not a JSON object, lacks a string
/// `dataType`, lacks `data` (for a known type) or has a documented field of the
/// wrong type is `decode`, naming the field (`data.callRecordId`). An unknown
/// `dataType` is not an error: it comes back as [`Callback::Unknown`].
///
/// ```
/// use yiwise_rongzi::yiwise::callback::{parse_callback, Callback};
/// let cb = parse_callback(r#"{"dataType":"ROBOT_CALL_JOB","data":{"robotCallJobId":43,"status":"COMPLETED"}}"#).unwrap();
/// match cb {
///     Callback::RobotCallJob(job) => assert_eq!(job.robot_call_job_id, Some(43)),
///     other => panic!("{other:?}"),
/// }
/// let e = parse_callback(r#"{"dataType":"ROBOT_CALL_JOB","data":{"robotCallJobId":"x"}}"#).unwrap_err();
/// assert_eq!(e.field.as_deref(), Some("data.robotCallJobId"));
/// ```
pub fn parse_callback(body: &str) -> Result<Callback, Error> {
    parse_callback_value(parse_body(body)?)
}

/// The body as JSON, after the size check.
fn parse_body(body: &str) -> Result<Value, Error> {
    check_size(body.len())?;
    serde_json::from_str(body).map_err(|e| {
        decode(
            "body",
            format!("body is not JSON ({e}); pass the raw request body as text"),
        )
    })
}

/// Refuses a body of `len` bytes over [`MAX_CALLBACK_BYTES`] (`validation`, field `body`).
pub fn check_size(len: usize) -> Result<(), Error> {
    if len > MAX_CALLBACK_BYTES {
        return Err(Error::validation(
            CALLBACK_ENDPOINT,
            vec![Issue::new(
                "body",
                format!("is {len} bytes, over the {MAX_CALLBACK_BYTES}-byte limit of a callback"),
            )],
        ));
    }
    Ok(())
}

/// Like [`parse_callback`], for a body already parsed as JSON.
pub fn parse_callback_value(value: Value) -> Result<Callback, Error> {
    let (data_type, kind, data) = parts(value)?;
    Ok(match kind {
        CallbackDataType::RobotCallRecord => Callback::RobotCallRecord(typed(data)?),
        CallbackDataType::RobotCallJob => Callback::RobotCallJob(typed(data)?),
        CallbackDataType::RobotCallSms => Callback::RobotCallSms(typed(data)?),
        CallbackDataType::Unknown(_) => Callback::Unknown {
            data_type,
            raw: data,
        },
    })
}

/// Like [`parse_callback`], but straight to the JSON text of the parsed
/// callback (what `JSON.stringify` of [`Callback`] gives: `{ dataType,
/// known, data }`), decoded by the callbacks' schemas instead of serde: the
/// same result, or the same error (kind and field). What the shipped
/// module uses.
///
/// ```
/// use yiwise_rongzi::yiwise::callback::parse_callback_json;
/// let body = r#"{"dataType":"ROBOT_CALL_JOB","data":{"robotCallJobId":"7","status":"COMPLETED"}}"#;
/// assert_eq!(
///     parse_callback_json(body).unwrap(),
///     r#"{"dataType":"ROBOT_CALL_JOB","known":true,"data":{"robotCallJobId":7,"status":"COMPLETED"}}"#
/// );
/// let e = parse_callback_json(r#"{"dataType":"ROBOT_CALL_JOB","data":{"robotCallJobId":"x"}}"#).unwrap_err();
/// assert_eq!(e.field.as_deref(), Some("data.robotCallJobId"));
/// ```
pub fn parse_callback_json(body: &str) -> Result<String, Error> {
    let (data_type, kind, data) = parts(parse_body(body)?)?;
    let schema = match kind {
        CallbackDataType::RobotCallRecord => Some(&CALL_RECORD_DATA),
        CallbackDataType::RobotCallJob => Some(&JOB_DATA),
        CallbackDataType::RobotCallSms => Some(&SMS_DATA),
        CallbackDataType::Unknown(_) => None,
    };
    let data = match schema {
        Some(node) => {
            check_data(&data)?;
            tree::decode(node, &data)
                .map_err(|f| data_error(&f.path, &f.message))?
                .json
        }
        None => {
            tree::decode(&Node::Any, &data)
                .map_err(|f| decode("data", f.message))?
                .json
        }
    };
    let mut out = Vec::with_capacity(data.len() + data_type.len() + 40);
    out.extend_from_slice(b"{\"dataType\":");
    crate::transcode::write_str(&mut out, &data_type);
    out.extend_from_slice(if schema.is_some() {
        b",\"known\":true,\"data\":"
    } else {
        b",\"known\":false,\"data\":"
    });
    out.extend_from_slice(data.as_bytes());
    out.push(b'}');
    // Only ASCII was written (`write_str` escapes the rest).
    String::from_utf8(out).map_err(|_| decode("data", "cannot be represented in JS"))
}

static CALL_RECORD_DATA: Node = Node::Object(&CALL_RECORD_CALLBACK);
static JOB_DATA: Node = Node::Object(&JOB_CALLBACK);
static SMS_DATA: Node = Node::Object(&SMS_CALLBACK);

/// The schema of each callback's `data`, by `dataType` (for the generated
/// OpenAPI description's webhooks).
pub const DATA_SCHEMAS: [(&str, &Node); 3] = [
    ("ROBOT_CALL_RECORD", &CALL_RECORD_DATA),
    ("ROBOT_CALL_JOB", &JOB_DATA),
    ("ROBOT_CALL_SMS", &SMS_DATA),
];

/// `data` must be an object (both decoders).
fn check_data(data: &Value) -> Result<(), Error> {
    match data {
        Value::Object(_) => Ok(()),
        Value::Null => Err(decode("data", "field data is required")),
        other => Err(decode(
            "data",
            format!("field data: expected an object, got {}", kind_of(other)),
        )),
    }
}

fn parts(value: Value) -> Result<(String, CallbackDataType, Value), Error> {
    let Value::Object(mut obj) = value else {
        return Err(decode(
            "body",
            format!("body must be a JSON object, got {}", kind_of(&value)),
        ));
    };
    let data_type = match obj.get("dataType") {
        None | Some(Value::Null) => {
            return Err(decode(
                "dataType",
                "field dataType is required (is this a callback body?)",
            ))
        }
        Some(Value::String(s)) => s.clone(),
        Some(other) => {
            return Err(decode(
                "dataType",
                format!("field dataType: expected a string, got {}", kind_of(other)),
            ))
        }
    };
    let data = obj.remove("data").unwrap_or(Value::Null);
    let kind = CallbackDataType::from_wire(&data_type);
    Ok((data_type, kind, data))
}

fn typed<T: DeserializeOwned>(data: Value) -> Result<T, Error> {
    check_data(&data)?;
    serde_path_to_error::deserialize(data)
        .map_err(|e| data_error(&path_text(e.path()), &e.inner().to_string()))
}

/// A field of `data` that does not decode (`path` below `data`).
fn data_error(path: &str, message: &str) -> Error {
    let field = data_field(path);
    decode(&field, format!("field {field}: {}", cap(message)))
}

/// Shortens a serde message that may quote a long value from the body.
fn cap(msg: &str) -> String {
    const MAX: usize = 200;
    if msg.chars().count() <= MAX {
        msg.to_string()
    } else {
        let mut s: String = msg.chars().take(MAX).collect();
        s.push('…');
        s
    }
}

fn decode(field: &str, what: impl std::fmt::Display) -> Error {
    let mut e = Error::new(ErrorKind::Decode, format!("{CALLBACK_ENDPOINT}: {what}"));
    e.endpoint = Some(CALLBACK_ENDPOINT.to_string());
    e.field = Some(field.to_string());
    e
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_types_keep_their_data() {
        let cb = parse_callback(r#"{"dataType":"ROBOT_CALL_NEW","data":[1,2]}"#).unwrap();
        assert_eq!(cb.data_type(), "ROBOT_CALL_NEW");
        assert!(!cb.is_known());
        assert_eq!(
            serde_json::to_string(&cb).unwrap(),
            r#"{"dataType":"ROBOT_CALL_NEW","known":false,"data":[1,2]}"#
        );
    }

    #[test]
    fn known_types_serialize_with_known_true() {
        let cb = parse_callback(r#"{"dataType":"ROBOT_CALL_JOB","data":{"tenantId":1}}"#).unwrap();
        assert_eq!(
            serde_json::to_string(&cb).unwrap(),
            r#"{"dataType":"ROBOT_CALL_JOB","known":true,"data":{"tenantId":1}}"#
        );
    }
}
