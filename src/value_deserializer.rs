//! A serde `Deserializer` over a borrowed [`serde_json::Value`] that tells
//! where an error happened (`detailList[0].tenantPhoneNumberId`).
//!
//! It decodes as `serde_json::Value`'s own deserializer does (the same
//! visitor calls, the same error messages) and reports the path the way
//! `serde_path_to_error` does, with one deliberate difference: a struct is
//! read from a JSON object only. serde also accepts an array of the fields
//! in declaration order (`[1, "x"]` for `{ id: 1, name: "x" }`), which no
//! caller of a JSON API means and which would cost every params type a
//! second decoder; here an array is
//! `invalid type: sequence, expected struct …`.
//!
//! Why not `serde_path_to_error`: size. It
//! wraps every visitor it passes through, so each type's decoding code is
//! instantiated again inside the wrapper; here the path is kept by the map
//! and list accessors themselves, so each type's code exists once.
//! `tests/params_paths.rs` checks both agree on every endpoint's params.
//!
//! The shipped module decodes params by schema ([`crate::transcode::params`]),
//! which still runs the params types' own field rules through this
//! deserializer (`rule`), so its messages and paths are serde's.
//!
//! ```
//! use yiwise_rongzi::value_deserializer::from_value;
//! #[derive(serde::Deserialize, Debug)]
//! struct Item { id: i64 }
//! #[derive(serde::Deserialize, Debug)]
//! struct Params { items: Vec<Item> }
//! let v = serde_json::json!({"items": [{"id": 1}, {"id": "x"}]});
//! let e = from_value::<Params>(&v).unwrap_err();
//! assert_eq!(e.path, "items[1].id");
//! assert_eq!(e.message, r#"invalid type: string "x", expected i64"#);
//! ```

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, SeqAccess,
    Unexpected, Visitor,
};
use serde::forward_to_deserialize_any;
use serde_json::{Map, Number, Value};
use std::cell::RefCell;
use std::fmt;

/// A decoding error and where it happened.
#[derive(Debug, Clone, PartialEq)]
pub struct PathError {
    /// The path from the root (`a.b[2].c`; empty for the root itself).
    pub path: String,
    /// serde's message (`missing field \`name\``, `invalid type: …`).
    pub message: String,
}

impl PathError {
    /// The `validation` error of `endpoint`'s params that this decoding
    /// error is (one issue, naming the field).
    pub fn params_error(&self, endpoint: &str) -> crate::error::Error {
        crate::error::Error::validation(endpoint, vec![serde_issue(&self.path, &self.message)])
    }
}

/// Turns a serde error at `path` into an issue; "missing field `x`" becomes
/// `{ field: "path.x", message: "is required" }`.
pub(crate) fn serde_issue(path: &str, msg: &str) -> crate::error::Issue {
    if let Some(name) = msg
        .strip_prefix("missing field `")
        .and_then(|r| r.split('`').next())
    {
        let field = if path.is_empty() {
            name.to_string()
        } else {
            format!("{path}.{name}")
        };
        return crate::error::Issue::new(field, "is required");
    }
    if let Some(name) = msg
        .strip_prefix("unknown field `")
        .and_then(|r| r.split('`').next())
    {
        // An empty key is shown as `""` so the issue still names something.
        let name = if name.is_empty() { "\"\"" } else { name };
        // serde_path_to_error's path already ends with an unknown key.
        let field = if path.is_empty() {
            name.to_string()
        } else if path == name || path.ends_with(&format!(".{name}")) {
            path.to_string()
        } else {
            format!("{path}.{name}")
        };
        return match msg.split_once(", expected ") {
            Some((_, expected)) => crate::error::Issue::new(
                field,
                format!("is not a parameter of this endpoint (expected {expected})"),
            ),
            None => crate::error::Issue::new(field, "is not a parameter: this endpoint takes none"),
        };
    }
    if path.is_empty() {
        return crate::error::Issue::new("params", msg.to_string());
    }
    crate::error::Issue::new(path, msg.to_string())
}

/// Decodes `T` from `value`, naming the path of the first error.
pub fn from_value<T: DeserializeOwned>(value: &Value) -> Result<T, PathError> {
    let path = RefCell::new(Vec::new());
    T::deserialize(ValueDe { value, path: &path }).map_err(|e| PathError {
        path: e.path.unwrap_or_default(),
        message: e.message,
    })
}

/// The error type while decoding: the message, and the path once known
/// (set by the innermost accessor the error passes through).
#[derive(Debug)]
pub struct Error {
    message: String,
    path: Option<String>,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error {
            message: msg.to_string(),
            path: None,
        }
    }

    // serde_json words these its own way (`null`, not `unit value`; floats
    // in its number format): the same words through its own error.
    fn invalid_type(unexp: Unexpected, exp: &dyn de::Expected) -> Self {
        Self::custom(<serde_json::Error as de::Error>::invalid_type(unexp, exp))
    }

    fn invalid_value(unexp: Unexpected, exp: &dyn de::Expected) -> Self {
        Self::custom(<serde_json::Error as de::Error>::invalid_value(unexp, exp))
    }
}

/// One step of a path to a field (shared with [`crate::transcode::tree`]).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Segment<'v> {
    /// An object key.
    Key(&'v str),
    /// A list index.
    Index(usize),
}

type Path<'v> = RefCell<Vec<Segment<'v>>>;

/// `a.b[2].c`: a path as `serde_path_to_error` writes it.
pub(crate) fn path_text(path: &[Segment<'_>]) -> String {
    let mut out = String::new();
    for segment in path {
        match segment {
            Segment::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Segment::Index(i) => {
                out.push('[');
                out.push_str(itoa::Buffer::new().format(*i));
                out.push(']');
            }
        }
    }
    out
}

/// Runs `f` with `segment` on the path; an error leaving it gets the path.
///
/// Generic (one copy per field type of every params type), so it only calls
/// the two non-generic halves below: keeping it small keeps the module small.
fn at<'v, T>(
    path: &Path<'v>,
    segment: Segment<'v>,
    f: impl FnOnce() -> Result<T, Error>,
) -> Result<T, Error> {
    enter(path, segment);
    match f() {
        Ok(v) => {
            leave(path);
            Ok(v)
        }
        Err(e) => Err(leave_with(path, e)),
    }
}

#[inline(never)]
fn enter<'v>(path: &Path<'v>, segment: Segment<'v>) {
    path.borrow_mut().push(segment);
}

#[inline(never)]
fn leave(path: &Path<'_>) {
    path.borrow_mut().pop();
}

/// Leaves the segment, giving `e` the path if an inner one did not.
#[inline(never)]
fn leave_with(path: &Path<'_>, mut e: Error) -> Error {
    if e.path.is_none() {
        e.path = Some(path_text(&path.borrow()));
    }
    path.borrow_mut().pop();
    e
}

/// Runs one serde rule (`lenient::opt_i64`, `String::deserialize`, …) on
/// `value`, which sits at `at`: its result, or its error with serde's
/// message and the whole path (for [`crate::transcode::params`]).
pub(crate) fn rule<'v, T>(
    value: &'v Value,
    at: &[Segment<'v>],
    f: impl for<'p> FnOnce(ValueDe<'v, 'p>) -> Result<T, Error>,
) -> Result<T, PathError> {
    let path = RefCell::new(at.to_vec());
    f(ValueDe { value, path: &path }).map_err(|e| PathError {
        path: e.path.unwrap_or_else(|| path_text(at)),
        message: e.message,
    })
}

/// serde's `invalid type: …, expected …` for `v`.
pub(crate) fn invalid_type_message(v: &Value, expected: &str) -> String {
    <Error as de::Error>::invalid_type(unexpected(v), &expected).message
}

fn unexpected(v: &Value) -> Unexpected<'_> {
    match v {
        Value::Null => Unexpected::Unit,
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => number_unexpected(n),
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    }
}

fn number_unexpected(n: &Number) -> Unexpected<'static> {
    if let Some(u) = n.as_u64() {
        Unexpected::Unsigned(u)
    } else if let Some(i) = n.as_i64() {
        Unexpected::Signed(i)
    } else {
        Unexpected::Float(n.as_f64().unwrap_or(f64::NAN))
    }
}

pub(crate) struct ValueDe<'v, 'p> {
    value: &'v Value,
    path: &'p Path<'v>,
}

impl<'v> ValueDe<'v, '_> {
    fn invalid<E: de::Expected>(&self, exp: &E) -> Error {
        de::Error::invalid_type(unexpected(self.value), exp)
    }

    fn number<'de, V: Visitor<'de>>(&self, n: &Number, visitor: V) -> Result<V::Value, Error> {
        if let Some(u) = n.as_u64() {
            visitor.visit_u64(u)
        } else if let Some(i) = n.as_i64() {
            visitor.visit_i64(i)
        } else {
            visitor.visit_f64(n.as_f64().unwrap_or(f64::NAN))
        }
    }

    fn seq<'de, V: Visitor<'de>>(&self, items: &'v [Value], visitor: V) -> Result<V::Value, Error> {
        let mut access = Seq {
            items: items.iter().enumerate(),
            path: self.path,
        };
        let out = visitor.visit_seq(&mut access)?;
        match access.items.len() {
            0 => Ok(out),
            _ => Err(de::Error::invalid_length(
                items.len(),
                &"fewer elements in array",
            )),
        }
    }

    fn map<'de, V: Visitor<'de>>(
        &self,
        m: &'v Map<String, Value>,
        visitor: V,
    ) -> Result<V::Value, Error> {
        let mut access = Entries {
            entries: m.iter(),
            value: None,
            path: self.path,
        };
        let out = visitor.visit_map(&mut access)?;
        match access.entries.len() {
            0 => Ok(out),
            _ => Err(de::Error::invalid_length(m.len(), &"fewer elements in map")),
        }
    }
}

impl<'de, 'v, 'p> Deserializer<'de> for ValueDe<'v, 'p> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Number(n) => self.number(n, visitor),
            Value::String(s) => visitor.visit_str(s),
            Value::Array(items) => self.seq(items, visitor),
            Value::Object(m) => self.map(m, visitor),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::Bool(b) => visitor.visit_bool(*b),
            _ => Err(self.invalid(&visitor)),
        }
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::Number(n) => self.number(n, visitor),
            _ => Err(self.invalid(&visitor)),
        }
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::String(s) => visitor.visit_str(s),
            _ => Err(self.invalid(&visitor)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::Null => visitor.visit_unit(),
            _ => Err(self.invalid(&visitor)),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::Array(items) => self.seq(items, visitor),
            _ => Err(self.invalid(&visitor)),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::Object(m) => self.map(m, visitor),
            _ => Err(self.invalid(&visitor)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        // Objects only (see the module doc): never `visit_seq`, so the
        // derived positional decoder of each struct is left out of the module.
        match self.value {
            Value::Object(m) => self.map(m, visitor),
            _ => Err(self.invalid(&visitor)),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        // Only unit variants written as strings are used by the params.
        match self.value {
            Value::String(s) => visitor.visit_enum(s.as_str().into_deserializer()),
            _ => Err(de::Error::invalid_type(
                unexpected(self.value),
                &"string or map",
            )),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    forward_to_deserialize_any! {
        i8 i16 i32 i128 u8 u16 u32 u128 f32 char bytes byte_buf
    }
}

struct Seq<'v, 'p> {
    items: std::iter::Enumerate<std::slice::Iter<'v, Value>>,
    path: &'p Path<'v>,
}

impl<'de, 'v> SeqAccess<'de> for Seq<'v, '_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        let Some((i, value)) = self.items.next() else {
            return Ok(None);
        };
        let path = self.path;
        at(path, Segment::Index(i), || {
            seed.deserialize(ValueDe { value, path }).map(Some)
        })
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct Entries<'v, 'p> {
    entries: serde_json::map::Iter<'v>,
    value: Option<(&'v str, &'v Value)>,
    path: &'p Path<'v>,
}

impl<'de, 'v> MapAccess<'de> for Entries<'v, '_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        let Some((key, value)) = self.entries.next() else {
            return Ok(None);
        };
        self.value = Some((key, value));
        // A key error (an unknown field) names the key itself.
        at(self.path, Segment::Key(key), || {
            seed.deserialize(key.as_str().into_deserializer()).map(Some)
        })
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, Error> {
        let Some((key, value)) = self.value.take() else {
            return Err(de::Error::custom("value is missing"));
        };
        let path = self.path;
        at(path, Segment::Key(key), || {
            seed.deserialize(ValueDe { value, path })
        })
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}
