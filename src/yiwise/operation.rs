//! The request/response pipeline every Yiwise endpoint goes through.
//!
//! `params (JSON) → typed Params → validate → PreparedRequest` (the shipped
//! module decodes the params by their schema instead: [`wire_params`]) and
//! `status + body → envelope check → typed Output`. All of it is pure: the
//! caller supplies the timestamp and does the I/O.

use super::config::YiwiseConfig;
use super::envelope;
use crate::error::{data_field, path_text, Error, Issue};
use crate::http::{query_string, Method, PreparedRequest};
use crate::validation::Validate;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// One documented endpoint: its path, method, params and result types.
pub trait Operation {
    /// Path after `/apiOpen/{version}/`, e.g. `job/create`.
    const PATH: &'static str;
    /// HTTP method from the docs.
    const METHOD: Method;
    /// What the caller passes (camelCase, the API's own field names).
    type Params: DeserializeOwned + Serialize + Validate + crate::transcode::params::Canonical;
    /// The decoded `data` of the envelope.
    type Output: DeserializeOwned + Serialize;
    /// The shape of `Output` as data, for the schema decoders of
    /// [`crate::transcode`] (what the shipped module decodes with; the serde
    /// types are the reference they are tested against).
    const SCHEMA: &'static crate::transcode::schema::Node;
    /// The shape of `Params` as data, field for field. The shipped module
    /// decodes the caller's params by it ([`wire_params`], through
    /// [`crate::transcode::params`]) and sends what it decodes, so it needs
    /// neither a `Deserialize` nor a `Serialize` per params type;
    /// `tests/params_wire.rs` checks that it decides as serde does and
    /// gives what [`Operation::wire`] gives. `None`: by serde.
    const PARAMS: Option<&'static crate::transcode::schema::Node>;
    /// Set when [`Operation::wire`] is overridden: the wire is then built
    /// from the typed params, not taken from the decoded params.
    const OWN_WIRE: bool = false;

    /// The JSON that goes on the wire for `params` (body or query).
    /// Endpoints whose wire shape differs from their params override this
    /// (and set [`Operation::OWN_WIRE`]).
    fn wire(params: &Self::Params) -> Value {
        serde_json::to_value(params).unwrap_or(Value::Null)
    }
}

/// `"yiwise job/create"`: how errors name the call.
pub fn endpoint_name<O: Operation>() -> String {
    endpoint_name_of(O::PATH)
}

/// `"yiwise job/create"` for the path `job/create`.
pub fn endpoint_name_of(path: &str) -> String {
    format!("yiwise {path}")
}

/// A decoded successful response.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded<T> {
    /// The typed `data`.
    pub data: T,
    /// The server's `requestId`.
    pub request_id: Option<String>,
    /// The HTTP status.
    pub status: u16,
}

/// Turns the caller's params into the typed, validated params of `O`.
///
/// `null`/missing params count as `{}`. Unknown fields, wrong types and
/// broken constraints are all `validation` errors naming the field.
pub fn parse_params<O: Operation>(params: Value) -> Result<O::Params, Error> {
    // Generic (one copy per endpoint), so only the typed decoding and the
    // call to `validate` are here; the rest is shared.
    let ep = endpoint_name::<O>();
    let params = object_params(&ep, params)?;
    typed_params::<O>(&ep, &params)
}

/// The caller's params, checked as [`parse_params`] checks them, as the
/// JSON that goes on the wire (what [`build_request`] sends for them).
///
/// ```
/// use yiwise_rongzi::yiwise::{api::call_record::ToBeCalledList, operation::wire_params};
/// let wire = wire_params::<ToBeCalledList>(serde_json::json!({
///     "robotCallJobId": "12", "pageSize": 20, "calledPhoneNumber": null
/// })).unwrap();
/// assert_eq!(wire.to_string(), r#"{"robotCallJobId":12,"pageSize":20}"#);
/// let e = wire_params::<ToBeCalledList>(serde_json::json!({"robotCallJobId": "x"})).unwrap_err();
/// assert_eq!(e.field.as_deref(), Some("robotCallJobId"));
/// ```
pub fn wire_params<O: Operation>(params: Value) -> Result<Value, Error> {
    // `PARAMS` is a constant: only one arm is compiled for each endpoint,
    // so an endpoint with a schema brings neither the `Deserialize` nor the
    // `Serialize` of its params type along.
    match O::PARAMS {
        Some(node) => wire_by_schema(O::PATH, node, params, check_typed::<O>),
        None => {
            let ep = endpoint_name::<O>();
            let params = object_params(&ep, params)?;
            let typed = typed_params::<O>(&ep, &params)?;
            Ok(O::wire(&typed))
        }
    }
}

/// The only part of [`wire_params`] that depends on `O`'s types (see
/// [`crate::transcode::params::TypedCheck`]).
fn check_typed<O: Operation>(ep: &str, wire: Value) -> Option<Result<Value, Error>> {
    use crate::transcode::params::Canonical;
    let typed = O::Params::from_canonical(&wire)?;
    Some(crate::validation::validated(ep, &typed).map(|()| {
        if O::OWN_WIRE {
            O::wire(&typed)
        } else {
            wire
        }
    }))
}

/// [`wire_params`] for params with a schema: named and shaped here, the rest
/// shared with Rongzi ([`crate::transcode::params::wire_by_schema`]).
#[inline(never)]
fn wire_by_schema(
    path: &str,
    node: &'static crate::transcode::schema::Node,
    params: Value,
    check: crate::transcode::params::TypedCheck,
) -> Result<Value, Error> {
    let ep = endpoint_name_of(path);
    let params = object_params(&ep, params)?;
    crate::transcode::params::wire_by_schema(&ep, node, &params, check)
}

fn typed_params<O: Operation>(ep: &str, params: &Value) -> Result<O::Params, Error> {
    let typed: O::Params =
        crate::value_deserializer::from_value(params).map_err(|e| e.params_error(ep))?;
    crate::validation::validated(ep, &typed)?;
    Ok(typed)
}

/// `null` → `{}`; anything but an object is refused.
fn object_params(ep: &str, params: Value) -> Result<Value, Error> {
    match params {
        Value::Null => Ok(Value::Object(Default::default())),
        v @ Value::Object(_) => Ok(v),
        _ => Err(Error::validation(
            ep,
            vec![Issue::new("params", "must be an object")],
        )),
    }
}

/// Builds the signed request for already-validated params, at `timestamp_ms`.
pub fn build_request<O: Operation>(
    config: &YiwiseConfig,
    params: &O::Params,
    timestamp_ms: u64,
) -> Result<PreparedRequest, Error> {
    build_raw(
        config,
        O::METHOD,
        O::PATH,
        &O::wire(params),
        timestamp_ms,
        &endpoint_name::<O>(),
    )
}

/// Builds a signed request for any path (used by `client.request`).
pub fn build_raw(
    config: &YiwiseConfig,
    method: Method,
    path: &str,
    wire: &Value,
    timestamp_ms: u64,
    endpoint: &str,
) -> Result<PreparedRequest, Error> {
    let mut url = config.url(path);
    let mut headers = config.auth_headers(timestamp_ms);
    let body = if method.uses_query() {
        let qs = query_string(wire).map_err(|i| Error::validation(endpoint, vec![i]))?;
        if !qs.is_empty() {
            url.push('?');
            url.push_str(&qs);
        }
        None
    } else {
        headers.push((
            "Content-Type".into(),
            "application/json;charset=UTF-8".into(),
        ));
        headers.push(("Accept".into(), "application/json".into()));
        let wire = if wire.is_null() {
            Value::Object(Default::default())
        } else {
            wire.clone()
        };
        Some(wire.to_string())
    };
    Ok(PreparedRequest {
        method,
        url,
        headers,
        body,
    })
}

/// Checks a path for `client.request`: `resource/function` segments of
/// letters, digits, `_` and `-`.
///
/// ```
/// use yiwise_rongzi::yiwise::operation::check_path;
/// assert_eq!(check_path("/job/getJobs").unwrap(), "job/getJobs");
/// assert!(check_path("../admin").is_err());
/// assert!(check_path("https://evil/x").is_err());
/// ```
pub fn check_path(path: &str) -> Result<String, Issue> {
    let p = path.trim().trim_start_matches('/');
    let ok = !p.is_empty()
        && p.split('/').all(|seg| {
            !seg.is_empty()
                && seg
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        });
    if ok {
        Ok(p.to_string())
    } else {
        Err(Issue::new(
            "path",
            format!(
                "must look like \"resource/function\", got {:?}",
                crate::lenient::truncate(path)
            ),
        ))
    }
}

/// Checks the envelope and decodes `data` into `O::Output`.
pub fn decode_response<O: Operation>(status: u16, body: &str) -> Result<Decoded<O::Output>, Error> {
    let ep = endpoint_name::<O>();
    let env = envelope::open(&ep, status, body)?;
    let data = decode_data::<O::Output>(&ep, env.data, status, env.request_id.clone())?;
    Ok(Decoded {
        data,
        request_id: env.request_id,
        status,
    })
}

/// A decoded successful response as the JSON text JS parses.
#[derive(Debug, Clone, PartialEq)]
pub struct DecodedJson {
    /// The decoded `data` as JSON (`null` for action endpoints).
    pub json: String,
    /// The server's `requestId`.
    pub request_id: Option<String>,
    /// The HTTP status.
    pub status: u16,
}

/// Like [`decode_response`], but straight to JSON text, by `O::SCHEMA`
/// instead of serde (so the shipped module carries no serde code per result
/// type): one streaming pass over the body for an ordinary success
/// ([`crate::transcode::yiwise`]), else the envelope checks and the tree
/// decoder ([`crate::transcode::tree`]), which decides everything the serde
/// path decides: the same JSON (up to key order and number spelling), or an
/// error naming the same field.
///
/// ```
/// use yiwise_rongzi::yiwise::{api::call_record::GetCallRecordInfoList, operation::decode_json};
/// let body = r#"{"code":200,"data":{"number":1,"content":[{"callRecordId":"49","resultStatus":"ANSWERED"}]},"requestId":"R1"}"#;
/// let d = decode_json::<GetCallRecordInfoList>(200, body).unwrap();
/// assert_eq!(d.json, r#"{"number":1,"content":[{"callRecordId":49,"resultStatus":"ANSWERED","customerConcern":[],"callDetailList":[]}]}"#);
/// let e = decode_json::<GetCallRecordInfoList>(200, r#"{"code":200,"data":{"content":[{"callRecordId":"x"}]}}"#).unwrap_err();
/// assert_eq!(e.field.as_deref(), Some("data.content[0].callRecordId"));
/// ```
pub fn decode_json<O: Operation>(status: u16, body: &str) -> Result<DecodedJson, Error> {
    decode_json_by(&endpoint_name::<O>(), O::SCHEMA, status, body)
}

/// [`decode_json`] for an endpoint named `ep` whose result has shape
/// `schema`: the same, without a copy of the code per operation.
pub fn decode_json_by(
    ep: &str,
    schema: &'static crate::transcode::schema::Node,
    status: u16,
    body: &str,
) -> Result<DecodedJson, Error> {
    if let Some(fast) = crate::transcode::yiwise(body, schema) {
        return Ok(DecodedJson {
            json: fast.json,
            request_id: fast.request_id,
            status,
        });
    }
    let env = envelope::open(ep, status, body)?;
    match crate::transcode::tree::decode(schema, &env.data) {
        Ok(d) => Ok(DecodedJson {
            json: d.json,
            request_id: env.request_id,
            status,
        }),
        Err(f) => Err(Error::decode(ep, &data_field(&f.path), f.message)
            .with_status(status)
            .with_request_id(env.request_id)),
    }
}

/// Decodes an envelope's `data` into `T`, naming the failing field as `data.…`.
pub fn decode_data<T: DeserializeOwned>(
    endpoint: &str,
    data: Value,
    status: u16,
    request_id: Option<String>,
) -> Result<T, Error> {
    serde_path_to_error::deserialize(data).map_err(|e| {
        let field = data_field(&path_text(e.path()));
        Error::decode(endpoint, &field, e.inner())
            .with_status(status)
            .with_request_id(request_id)
    })
}

/// Decodes any envelope into raw `data` (used by `client.request`).
pub fn decode_raw(endpoint: &str, status: u16, body: &str) -> Result<Decoded<Value>, Error> {
    let env = envelope::open(endpoint, status, body)?;
    Ok(Decoded {
        data: env.data,
        request_id: env.request_id,
        status,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value_deserializer::serde_issue;

    #[test]
    fn missing_fields_name_their_path() {
        let i = serde_issue("robotCallJob", "missing field `name`");
        assert_eq!(
            (i.field.as_str(), i.message.as_str()),
            ("robotCallJob.name", "is required")
        );
        let i = serde_issue("", "missing field `robotCallJobId`");
        assert_eq!(i.field, "robotCallJobId");
        let i = serde_issue(
            "",
            "unknown field `robotCallJobID`, expected `robotCallJobId`",
        );
        assert_eq!(i.field, "robotCallJobID");
        assert!(i.message.contains("expected `robotCallJobId`"));
    }

    #[derive(Debug, serde::Deserialize, serde::Serialize)]
    #[serde(rename_all = "camelCase", deny_unknown_fields)]
    struct Inner {
        name: Option<String>,
    }

    #[derive(Debug, serde::Deserialize, serde::Serialize)]
    #[serde(rename_all = "camelCase", deny_unknown_fields)]
    struct Params {
        id: i64,
        inner: Option<Inner>,
    }

    impl Validate for Params {}
    impl crate::transcode::params::Canonical for Params {}

    struct Op;

    impl Operation for Op {
        const PATH: &'static str = "x/y";
        const METHOD: Method = Method::Post;
        type Params = Params;
        type Output = Vec<Inner>;
        const SCHEMA: &'static crate::transcode::schema::Node =
            &crate::transcode::schema::Node::Nothing;
        const PARAMS: Option<&'static crate::transcode::schema::Node> = None;
    }

    fn issue_of(json: &str) -> Issue {
        let e = parse_params::<Op>(serde_json::from_str(json).unwrap()).unwrap_err();
        e.issues.into_iter().next().unwrap()
    }

    #[test]
    fn unknown_params_are_named_once_at_any_depth() {
        assert_eq!(issue_of(r#"{"id":1,"iD":2}"#).field, "iD");
        assert_eq!(
            issue_of(r#"{"id":1,"inner":{"nme":"x"}}"#).field,
            "inner.nme"
        );
        assert_eq!(issue_of(r#"{"inner":{}}"#).field, "id");
    }

    #[test]
    fn decode_errors_in_list_data_point_at_the_row() {
        let e =
            decode_data::<Vec<Inner>>("x", serde_json::json!([{"name":"a"},{"name":3}]), 200, None)
                .unwrap_err();
        assert_eq!(e.field.as_deref(), Some("data[1].name"));
    }
}
