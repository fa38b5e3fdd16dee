//! The request/response pipeline every Rongzi endpoint goes through.
//!
//! `params (JSON) → typed Params → validate → wire JSON → PreparedRequest`
//! (with the token; the shipped module decodes the params by their schema:
//! [`wire_params`]) and `status + body → envelope → typed Output`. All of it
//! is pure: the caller supplies the clock and the token and does the I/O.

use super::config::RongziConfig;
use super::envelope;
use super::token::Token;
use crate::error::{data_field, path_text, Error, ErrorKind, Issue};
use crate::http::{query_string, Method, PreparedRequest};
use crate::validation::Validate;
pub use crate::yiwise::operation::Decoded;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// One documented endpoint: path, method, params and result types.
pub trait Operation {
    /// Path after `/api/`, e.g. `customer/list`.
    const PATH: &'static str;
    /// HTTP method from the docs.
    const METHOD: Method;
    /// Whether the call sends the token (every endpoint but `account/login`).
    const AUTH: bool = true;
    /// Set when the docs mark the endpoint deprecated: what to tell the caller.
    const DEPRECATED: Option<&'static str> = None;
    /// Whether the params are a list (`sms/addMessages`, `call/syncRecords`)
    /// rather than an object.
    const LIST_PARAMS: bool = false;
    /// What the caller passes (the API's own field names, codes as names).
    type Params: DeserializeOwned + Serialize + Validate + crate::transcode::params::Canonical;
    /// The decoded `data` of the envelope.
    type Output: DeserializeOwned + Serialize;
    /// The shape of `Output` as data, for the schema decoders of
    /// [`crate::transcode`] (what the shipped module decodes with; the serde
    /// types are the reference they are tested against).
    const SCHEMA: &'static crate::transcode::schema::Node;
    /// The shape of `Params` as data, field for field: the shipped module
    /// decodes the caller's params by it ([`wire_params`], as serde decodes
    /// them: `tests/params_wire.rs`). `None` (`account/login`, whose
    /// password is only ever serialised as its hash): by serde.
    const PARAMS: Option<&'static crate::transcode::schema::Node>;
    /// Set when [`Operation::wire`] is overridden: the wire is then built
    /// from the typed params, not taken from the decoded params.
    const OWN_WIRE: bool = false;

    /// The JSON that goes on the wire for validated `params`. Endpoints
    /// whose wire shape differs from their params override this (and set
    /// [`Operation::OWN_WIRE`]).
    fn wire(params: &Self::Params) -> Value {
        serde_json::to_value(params).unwrap_or(Value::Null)
    }

    /// Adjusts the raw `data` before it is decoded (a misspelt key, a bare
    /// value where the table shows an object). Does nothing by default.
    fn prepare_data(data: &mut Value) {
        let _ = data;
    }

    /// The token a successful call hands back (login only).
    fn token(output: &Self::Output) -> Option<&str> {
        let _ = output;
        None
    }
}

/// `"rongzi customer/list"`: how errors name the call.
pub fn endpoint_name<O: Operation>() -> String {
    format!("rongzi {}", O::PATH)
}

/// Turns the caller's params into the typed, validated params of `O`.
///
/// `null`/missing params count as `{}` (or `[]` for list params). Unknown
/// fields, wrong types and broken constraints are all `validation` errors
/// naming the field (`[2].callDate` inside a list).
pub fn parse_params<O: Operation>(params: Value) -> Result<O::Params, Error> {
    // The generic part is kept small: the rest is shared by every endpoint.
    let ep = endpoint_name::<O>();
    let params = shape_params(&ep, params, O::LIST_PARAMS)?;
    typed_params::<O>(&ep, &params)
}

/// The caller's params, checked as [`parse_params`] checks them, as the
/// JSON that goes on the wire (what [`build_request`] sends for them).
///
/// ```
/// use yiwise_rongzi::rongzi::{api::customer::EditComment, operation::wire_params};
/// let wire = wire_params::<EditComment>(serde_json::json!({"comment": "回访", "customerCode": 1611})).unwrap();
/// assert_eq!(wire.to_string(), r#"{"customerCode":"1611","comment":"回访"}"#);
/// let e = wire_params::<EditComment>(serde_json::json!({"customerCode": "C1"})).unwrap_err();
/// assert_eq!(e.field.as_deref(), Some("comment"));
/// ```
pub fn wire_params<O: Operation>(params: Value) -> Result<Value, Error> {
    let ep = endpoint_name::<O>();
    let params = shape_params(&ep, params, O::LIST_PARAMS)?;
    // `PARAMS` and `OWN_WIRE` are constants: only what an endpoint needs is
    // compiled for it (no `Deserialize` of a params type with a schema).
    match O::PARAMS {
        Some(node) => {
            crate::transcode::params::wire_by_schema(&ep, node, &params, check_typed::<O>)
        }
        None => {
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

fn typed_params<O: Operation>(ep: &str, params: &Value) -> Result<O::Params, Error> {
    let typed: O::Params =
        crate::value_deserializer::from_value(params).map_err(|e| e.params_error(ep))?;
    crate::validation::validated(ep, &typed)?;
    Ok(typed)
}

/// `null` → `{}` (or `[]`); anything but an object (or a list) is refused.
fn shape_params(ep: &str, params: Value, list: bool) -> Result<Value, Error> {
    match (params, list) {
        (Value::Null, false) => Ok(Value::Object(Default::default())),
        (Value::Null, true) => Ok(Value::Array(Vec::new())),
        (v @ Value::Object(_), false) | (v @ Value::Array(_), true) => Ok(v),
        (_, list) => {
            let what = if list {
                "must be a list"
            } else {
                "must be an object"
            };
            Err(Error::validation(ep, vec![Issue::new("params", what)]))
        }
    }
}

/// The token a call of `endpoint` can use at `now_ms`: a missing or expired
/// token is an `auth` error (and nothing is sent).
///
/// ```
/// use yiwise_rongzi::rongzi::{operation::usable_token, token::Token};
/// use yiwise_rongzi::ErrorKind;
/// assert_eq!(usable_token("rongzi customer/list", None, 0).unwrap_err().kind, ErrorKind::Auth);
/// let t = Token::parse("e30.eyJleHAiOjF9.x").unwrap(); // exp 1 s
/// assert!(usable_token("e", Some(&t), 999).is_ok());
/// assert_eq!(usable_token("e", Some(&t), 1000).unwrap_err().kind, ErrorKind::Auth);
/// ```
pub fn usable_token<'t>(
    endpoint: &str,
    token: Option<&'t Token>,
    now_ms: u64,
) -> Result<&'t Token, Error> {
    let auth = |msg: String| Error::new(ErrorKind::Auth, msg).with_endpoint(endpoint);
    match token {
        None => Err(auth(format!(
            "{endpoint}: not logged in: call account.login first, or pass a saved token"
        ))),
        Some(t) if t.is_expired(now_ms) => Err(auth(format!(
            "{endpoint}: the token expired at {} ms since the epoch; log in again",
            t.expires_at_ms().unwrap_or_default()
        ))),
        Some(t) => Ok(t),
    }
}

/// Builds the request for already-validated params of `O`, with the token
/// when the endpoint needs one (see [`usable_token`]).
pub fn build_request<O: Operation>(
    config: &RongziConfig,
    params: &O::Params,
    token: Option<&Token>,
    now_ms: u64,
) -> Result<PreparedRequest, Error> {
    build_raw(
        config,
        O::METHOD,
        O::PATH,
        &O::wire(params),
        O::AUTH,
        token,
        now_ms,
        &endpoint_name::<O>(),
    )
}

/// Builds a request for wire JSON (the one path behind [`build_request`]).
#[allow(clippy::too_many_arguments)]
pub fn build_raw(
    config: &RongziConfig,
    method: Method,
    path: &str,
    wire: &Value,
    auth: bool,
    token: Option<&Token>,
    now_ms: u64,
    endpoint: &str,
) -> Result<PreparedRequest, Error> {
    let mut url = config.url(path);
    let mut headers = Vec::new();
    if auth {
        let t = usable_token(endpoint, token, now_ms)?;
        headers.push(("Authorization".to_string(), t.authorization()));
    }
    headers.push(("Accept".into(), "application/json".into()));
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
        Some(if wire.is_null() {
            "{}".to_string()
        } else {
            wire.to_string()
        })
    };
    Ok(PreparedRequest {
        method,
        url,
        headers,
        body,
    })
}

/// Checks the envelope and decodes `data` into `O::Output`.
pub fn decode_response<O: Operation>(status: u16, body: &str) -> Result<Decoded<O::Output>, Error> {
    let ep = endpoint_name::<O>();
    let mut env = envelope::open(&ep, status, body, !O::AUTH)?;
    O::prepare_data(&mut env.data);
    let data = decode_data::<O::Output>(&ep, env.data, status)?;
    Ok(Decoded {
        data,
        request_id: None,
        status,
    })
}

/// The decoded `data` of a successful response as the JSON text JS parses,
/// and the token it hands back (login only).
///
/// By `O::SCHEMA` instead of serde (so the shipped module carries no serde
/// code per result type): one streaming pass over the body for an ordinary
/// success ([`crate::transcode::rongzi`]), else the envelope checks, `O`'s
/// `prepare_data` and the tree decoder ([`crate::transcode::tree`]), which
/// decides everything [`decode_response`] decides: the same JSON (up to key
/// order and number spelling), or an error naming the same field.
///
/// ```
/// use yiwise_rongzi::rongzi::{api::customer::List, operation::decode_json};
/// let body = r#"{"code":0,"data":{"total":"1","rows":[{"customerCode":"C1","hasHouse":1,"exeStatus":2}]}}"#;
/// let (json, token) = decode_json::<List>(200, body).unwrap();
/// let page: serde_json::Value = serde_json::from_str(&json).unwrap();
/// assert_eq!(page["total"], 1);
/// assert_eq!((&page["rows"][0]["hasHouse"], &page["rows"][0]["exeStatus"]), (&true.into(), &"INTENT".into()));
/// assert!(page["rows"][0]["name"].is_null()); // every field is there, `null` when not sent
/// assert_eq!(token, None);
/// let e = decode_json::<List>(200, r#"{"code":0,"data":{"rows":[{"name":"x"}]}}"#).unwrap_err();
/// assert_eq!(e.field.as_deref(), Some("data.rows[0].customerCode"));
/// ```
pub fn decode_json<O: Operation>(
    status: u16,
    body: &str,
) -> Result<(String, Option<String>), Error> {
    decode_json_by(&Decoding::of::<O>(), status, body)
}

/// What [`decode_json_by`] needs to know of an operation.
#[derive(Debug, Clone)]
pub struct Decoding {
    /// How errors name the call (`"rongzi customer/list"`).
    pub endpoint: String,
    /// The result's shape.
    pub schema: &'static crate::transcode::schema::Node,
    /// Whether the call is made with a token (all but login).
    pub auth: bool,
    /// The operation's [`Operation::prepare_data`].
    pub prepare_data: fn(&mut Value),
}

impl Decoding {
    /// The decoding of operation `O`.
    pub fn of<O: Operation>() -> Decoding {
        Decoding {
            endpoint: endpoint_name::<O>(),
            schema: O::SCHEMA,
            auth: O::AUTH,
            prepare_data: O::prepare_data,
        }
    }
}

/// [`decode_json`] for an operation described by `d`: the same, without a
/// copy of the code per operation.
pub fn decode_json_by(
    d: &Decoding,
    status: u16,
    body: &str,
) -> Result<(String, Option<String>), Error> {
    // Only login hands back a token, and its result is read by the tree
    // decoder below (a `Token` node is not streamed).
    if let Some(fast) = crate::transcode::rongzi(body, d.schema) {
        return Ok((fast.json, None));
    }
    let ep = d.endpoint.as_str();
    let mut env = envelope::open(ep, status, body, !d.auth)?;
    (d.prepare_data)(&mut env.data);
    match crate::transcode::tree::decode(d.schema, &env.data) {
        Ok(t) => Ok((t.json, t.token)),
        Err(f) => Err(Error::decode(ep, &data_field(&f.path), f.message).with_status(status)),
    }
}

/// Decodes an envelope's `data` into `T`, naming the failing field as
/// `data.…` (a missing field is named itself: `data.rows[0].customerCode`).
pub fn decode_data<T: DeserializeOwned>(
    endpoint: &str,
    data: Value,
    status: u16,
) -> Result<T, Error> {
    serde_path_to_error::deserialize(data).map_err(|e| decode_error(endpoint, status, &e))
}

fn decode_error(
    endpoint: &str,
    status: u16,
    e: &serde_path_to_error::Error<serde_json::Error>,
) -> Error {
    let p = path_text(e.path());
    let msg = e.inner().to_string();
    let missing = msg
        .strip_prefix("missing field `")
        .and_then(|r| r.split('`').next());
    let p = match missing {
        Some(name) if p.is_empty() => name.to_string(),
        Some(name) => format!("{p}.{name}"),
        None => p,
    };
    let field = data_field(&p);
    let what = if missing.is_some() {
        "is missing".to_string()
    } else {
        msg
    };
    Error::decode(endpoint, &field, what).with_status(status)
}
