//! The caller's params decoded by their schema (`Operation::PARAMS`), the
//! way the serde params types decode them: the same values accepted, the
//! same error (serde's message, the same field path) for the rest.
//!
//! The serde types stay the Rust API and the reference; the shipped module
//! decodes params with this instead, so it carries no derived `Deserialize`
//! (nor `Serialize`) per params type (every endpoint but `account/login`,
//! which keeps serde: its params only ever serialise as the
//! password's hash, so the wire is not a faithful copy of them). The parts
//! that are the same for every type (an integer field, a string field, a
//! list of ids) still run the serde rules themselves, through
//! [`crate::value_deserializer`]: only the struct-level work (which key is
//! which field, unknown and missing fields) is done here from the schema.
//! The result is the params as the wire carries them (what the typed params
//! serialise to), from which [`Canonical`] builds the typed params for their
//! checks. `tests/params_wire.rs` runs both on every endpoint's probes.
//!
//! ```
//! use yiwise_rongzi::transcode::{params, schema::{Field, Node, Shape}};
//! static P: Shape = Shape { fields: &[Field::required("id", Node::Int), Field::opt("name", Node::Str)], trim_keys: false };
//! static NODE: Node = Node::Object(&P);
//! assert_eq!(params::decode(&NODE, &serde_json::json!({"id": "7"})).unwrap().to_string(), r#"{"id":7}"#);
//! let e = params::decode(&NODE, &serde_json::json!({"id": 1, "nme": "x"})).unwrap_err();
//! assert_eq!((e.path.as_str(), e.message.as_str()), ("nme", "unknown field `nme`, expected `id` or `name`"));
//! ```

use super::schema::{Field, Node, Shape};
use crate::lenient;
use crate::value_deserializer::{path_text, rule, PathError, Segment};
use serde::Deserialize;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// Decodes the caller's params `v` by `node`: the wire JSON, or the first
/// error as serde reports it.
pub fn decode(node: &'static Node, v: &Value) -> Result<Value, PathError> {
    let mut path = Vec::new();
    Ok(value(node, v, true, &mut path)?.unwrap_or(Value::Null))
}

/// What the serde type of a field is, for the rule to run: `required` is a
/// field without a default, or a list item.
fn value<'v>(
    node: &'static Node,
    v: &'v Value,
    required: bool,
    path: &mut Vec<Segment<'v>>,
) -> Result<Option<Value>, PathError> {
    Ok(match node {
        Node::Int if required => Some(rule(v, path, |d| lenient::i64_req(d))?.into()),
        Node::Int => rule(v, path, |d| lenient::opt_i64(d))?.map(Value::from),
        Node::Str => rule(v, path, |d| lenient::opt_string(d))?.map(Value::from),
        Node::Bool => rule(v, path, |d| lenient::opt_bool(d))?.map(Value::from),
        Node::Float => rule(v, path, |d| lenient::opt_f64(d))?.map(Value::from),
        // `serde_json::Value`: anything, as given.
        Node::Any => Some(v.clone()),
        Node::Text => Some(rule(v, path, |d| String::deserialize(d))?.into()),
        Node::Opt(inner) => match v {
            Value::Null => None,
            _ => value(inner, v, true, path)?,
        },
        Node::Rule(r) => (r.run)(v, path)?,
        Node::Named(name, inner) => match inner {
            // An open enum (`open_enum!`): names its type when refused.
            Node::Enum if !required && v.is_null() => None,
            Node::Enum => {
                let expected = format!("a {name} value (string)");
                Some(rule(v, path, |d| lenient::string_like(d, &expected))?.into())
            }
            Node::Object(shape) => match v {
                Value::Object(m) => Some(object(shape, m, path)?),
                _ => return Err(invalid(v, &format!("struct {name}"), path)),
            },
            _ => value(inner, v, required, path)?,
        },
        // `opt_vec_i64` / `vec_i64_req` (a list of `i64_req` items).
        Node::List(Node::Int) => match rule(v, path, |d| lenient::opt_vec_i64(d))? {
            Some(ids) => Some(ids.into()),
            None if required => {
                return Err(at(path, "expected a list of integers, got null".into()));
            }
            None => None,
        },
        Node::List(item) => match v {
            Value::Null if !required => None,
            Value::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, item_value) in items.iter().enumerate() {
                    path.push(Segment::Index(i));
                    out.push(value(item, item_value, true, path)?.unwrap_or(Value::Null));
                    path.pop();
                }
                Some(Value::Array(out))
            }
            _ => return Err(invalid(v, "a sequence", path)),
        },
        // `Option<BTreeMap<String, String>>`.
        Node::StrictMap(Node::Text) => rule(v, path, |d| {
            Option::<BTreeMap<String, String>>::deserialize(d)
        })?
        .map(|m| Value::Object(m.into_iter().map(|(k, v)| (k, v.into())).collect())),
        Node::Object(shape) => match v {
            Value::Object(m) => Some(object(shape, m, path)?),
            _ => return Err(invalid(v, "a map", path)),
        },
        // `NoParams`: refuses any field the way its own decoder does.
        Node::Nothing => {
            rule(v, path, |d| crate::empty::NoParams::deserialize(d))?;
            None
        }
        _ => return Err(at(path, "this params schema is not supported".into())),
    })
}

/// A struct (`deny_unknown_fields`): keys in the caller's order, each known
/// field decoded, the first unknown key refused; then the first missing
/// required field in declaration order.
fn object<'v>(
    shape: &'static Shape,
    m: &'v Map<String, Value>,
    path: &mut Vec<Segment<'v>>,
) -> Result<Value, PathError> {
    let mut slots: Vec<Option<Value>> = vec![None; shape.fields.len()];
    for (key, v) in m {
        path.push(Segment::Key(key));
        let Some(i) = shape.fields.iter().position(|f| f.name == key) else {
            return Err(at(path, unknown_field(key, shape.fields)));
        };
        // `i` is a position in `fields`, and `slots` has one per field.
        let field = &shape.fields[i];
        slots[i] = value(&field.node, v, field.required, path)?;
        path.pop();
    }
    let mut out = Map::new();
    for (field, slot) in shape.fields.iter().zip(slots) {
        match slot {
            Some(v) => {
                out.insert(field.name.to_string(), v);
            }
            None if field.required && !m.contains_key(field.name) => {
                return Err(at(path, format!("missing field `{}`", field.name)));
            }
            None => {}
        }
    }
    Ok(Value::Object(out))
}

/// A field that one serde rule of its params type reads (`param_string`,
/// `codes::req`…): the rule, run on the field's value at its path, gives
/// the value as the typed field serialises (`None`: absent), or serde's
/// error.
pub struct Rule {
    pub(crate) run: for<'v> fn(&'v Value, &[Segment<'v>]) -> Result<Option<Value>, PathError>,
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Rule")
    }
}

/// serde's message for an unknown key (`expected one of …`).
fn unknown_field(key: &str, fields: &[Field]) -> String {
    let names: Vec<String> = fields.iter().map(|f| format!("`{}`", f.name)).collect();
    match names.as_slice() {
        [] => format!("unknown field `{key}`, there are no fields"),
        [one] => format!("unknown field `{key}`, expected {one}"),
        [a, b] => format!("unknown field `{key}`, expected {a} or {b}"),
        all => format!("unknown field `{key}`, expected one of {}", all.join(", ")),
    }
}

/// serde's message for a value of the wrong type (`invalid type: …`).
fn invalid(v: &Value, expected: &str, path: &[Segment<'_>]) -> PathError {
    at(
        path,
        crate::value_deserializer::invalid_type_message(v, expected),
    )
}

fn at(path: &[Segment<'_>], message: String) -> PathError {
    PathError {
        path: path_text(path),
        message,
    }
}

/// The typed half of one endpoint's params check: builds its typed params
/// from the decoded wire, validates them, and gives the wire to send (`None`:
/// the wire does not match the type, which `tests/params_wire.rs` shows never
/// happens for a schema that mirrors its type). The only part that is generic
/// over an endpoint's types.
pub(crate) type TypedCheck = fn(&str, Value) -> Option<Result<Value, crate::error::Error>>;

/// The caller's params (already shaped: an object, or Rongzi's list)
/// decoded by `node` as serde decodes them (the same errors), then checked
/// by `check`: the JSON to send. Both APIs' `wire_params` end here, so this
/// body exists once in the module.
#[inline(never)]
pub(crate) fn wire_by_schema(
    endpoint: &str,
    node: &'static Node,
    params: &Value,
    check: TypedCheck,
) -> Result<Value, crate::error::Error> {
    let wire = decode(node, params).map_err(|e| e.params_error(endpoint))?;
    check(endpoint, wire).unwrap_or_else(|| {
        Err(crate::error::Error::validation(
            endpoint,
            vec![crate::error::Issue::new(
                "params",
                "do not match their schema",
            )],
        ))
    })
}

/// Builds the typed params from their wire JSON (what [`decode`] gives),
/// for their checks: plain reads, since the schema has already decided
/// every value. Anything else gives `None` (never a panic).
pub trait Canonical: Sized {
    /// The typed value of `v`, or `None` when `v` is not of its shape.
    fn from_canonical(v: &Value) -> Option<Self> {
        let _ = v;
        None
    }
}

impl Canonical for i64 {
    fn from_canonical(v: &Value) -> Option<Self> {
        v.as_i64()
    }
}

impl Canonical for Value {
    fn from_canonical(v: &Value) -> Option<Self> {
        Some(v.clone())
    }
}

impl Canonical for f64 {
    fn from_canonical(v: &Value) -> Option<Self> {
        v.as_f64()
    }
}

impl Canonical for bool {
    fn from_canonical(v: &Value) -> Option<Self> {
        v.as_bool()
    }
}

impl Canonical for String {
    fn from_canonical(v: &Value) -> Option<Self> {
        v.as_str().map(str::to_string)
    }
}

impl<T: Canonical> Canonical for Vec<T> {
    fn from_canonical(v: &Value) -> Option<Self> {
        v.as_array()?.iter().map(T::from_canonical).collect()
    }
}

impl Canonical for BTreeMap<String, String> {
    fn from_canonical(v: &Value) -> Option<Self> {
        v.as_object()?
            .iter()
            .map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
            .collect()
    }
}

/// A required field of a canonical object (`None` when absent or of the
/// wrong shape).
pub fn field<T: Canonical>(v: &Value, name: &str) -> Option<T> {
    T::from_canonical(v.get(name)?)
}

/// An optional field: absent is `None`; present but of the wrong shape
/// fails the whole value.
pub fn opt_field<T: Canonical>(v: &Value, name: &str) -> Option<Option<T>> {
    match v.get(name) {
        None | Some(Value::Null) => Some(None),
        Some(x) => T::from_canonical(x).map(Some),
    }
}

/// Implements [`Canonical`] for a params struct: `field: req "wireName"`
/// for a required field, `field: opt "wireName"` for an `Option` one.
macro_rules! canonical_struct {
    ($ty:ty { $($field:ident : $kind:ident $name:literal),* $(,)? }) => {
        impl $crate::transcode::params::Canonical for $ty {
            fn from_canonical(v: &::serde_json::Value) -> Option<Self> {
                Some(Self {
                    $($field: $crate::transcode::params::canonical_struct!(@$kind v, $name)?,)*
                })
            }
        }
    };
    (@req $v:ident, $name:literal) => { $crate::transcode::params::field($v, $name) };
    (@opt $v:ident, $name:literal) => { $crate::transcode::params::opt_field($v, $name) };
}

pub(crate) use canonical_struct;
