//! Results by schema: how the shipped module decodes every response, from
//! the body straight to the JSON text JS parses, guided by a [`schema`]
//! (one per endpoint, `Operation::SCHEMA`) instead of serde code per type.
//!
//! Two decoders walk the same schemas:
//!
//! - this module's streaming pass, the fast path for ordinary successes: it
//!   reads the body once with serde_json's tokenizer, checks every field,
//!   rewrites what needs rewriting (codes to names, `"72"` to 72, `""` to
//!   `null`, trimmed keys, spelling variants) and writes ASCII-only JSON
//!   (non-ASCII as `\uXXXX`): an ASCII string reaches JS through the
//!   one-byte fast paths of `TextDecoder` and `JSON.parse` (measured on the
//!   benchmark pages: decoding plus `JSON.parse` about 1.5 times cheaper than
//!   for the same JSON as UTF-8 with Chinese in it). On any form it does not
//!   expect (an error envelope, a wrong type, a duplicate key, a numeric
//!   string in a float field…) it returns `None`;
//! - [`tree`], which takes the envelope's parsed `data` and decides
//!   everything: the result, or an error naming the field.
//!
//! The serde types stay the reference (they are the Rust API):
//! `tests/schema_decoding.rs` checks that both decoders give what serde
//! gives (the same JSON, or an error at the same field) for every endpoint,
//! and `tests/transcode.rs` probes the streaming pass's edge cases. One
//! interpreter for every result type keeps the module free of a
//! `Deserialize` and a `Serialize` per type, and a large page costs little
//! more than its `JSON.parse` (measurements: `bench/README.md`).
//!
//! ```
//! use yiwise_rongzi::transcode::{self, schema::{Field, Node, Shape}};
//! static ROW: Shape = Shape { fields: &[Field::opt("id", Node::Int), Field::opt("name", Node::Str)], trim_keys: false };
//! static PAGE: Node = Node::List(&Node::Object(&ROW));
//! let body = r#"{"code":200,"data":[{"id":"7","name":"张三","x":1}],"requestId":"R1"}"#;
//! let t = transcode::yiwise(body, &PAGE).unwrap();
//! assert_eq!(t.json, r#"[{"id":7,"name":"\u5f20\u4e09"}]"#);
//! assert_eq!(t.request_id.as_deref(), Some("R1"));
//! // An error envelope is left to the tree decoder, after the envelope checks:
//! assert!(transcode::yiwise(r#"{"code":401,"data":null}"#, &PAGE).is_none());
//! ```

pub mod params;
pub mod schema;
pub mod tree;

use crate::rongzi::codes::{self, CodeRows, RongziFlag, RongziSecurityOrFund};
use schema::{Node, Shape};
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// A result decoded by the fast path.
#[derive(Debug, Clone, PartialEq)]
pub struct Transcoded {
    /// The decoded `data`, as ASCII-only JSON text.
    pub json: String,
    /// The envelope's `requestId` (Yiwise).
    pub request_id: Option<String>,
}

/// Decodes a successful Yiwise envelope (`code` 200) whose `data` has shape
/// `data`; `None` for anything else.
pub fn yiwise(body: &str, data: &'static Node) -> Option<Transcoded> {
    run(body, data, &YIWISE)
}

/// Decodes a successful Rongzi envelope (`code` 0) whose `data` has shape
/// `data`; `None` for anything else.
pub fn rongzi(body: &str, data: &'static Node) -> Option<Transcoded> {
    run(body, data, &RONGZI)
}

/// The envelope's keys and success code.
struct Envelope {
    code: i64,
    message: &'static str,
    request_id: Option<&'static str>,
    trim_keys: bool,
}

const YIWISE: Envelope = Envelope {
    code: 200,
    message: "resultMsg",
    request_id: Some("requestId"),
    trim_keys: false,
};

const RONGZI: Envelope = Envelope {
    code: 0,
    message: "msg",
    request_id: None,
    trim_keys: true,
};

fn run(body: &str, data: &'static Node, env: &Envelope) -> Option<Transcoded> {
    // ASCII escapes make Chinese text twice as long: room for that.
    let mut out = Vec::with_capacity(body.len() + body.len() / 2);
    let mut scratch = Vec::new();
    let mut de = serde_json::Deserializer::from_str(body);
    let request_id = de::Deserializer::deserialize_map(
        &mut de,
        EnvelopeVisitor {
            env,
            data,
            out: &mut out,
            scratch: &mut scratch,
        },
    )
    .ok()?;
    de.end().ok()?;
    // Only ASCII is ever written (see `write_str`), so this cannot fail.
    let json = String::from_utf8(out).ok()?;
    Some(Transcoded { json, request_id })
}

/// Gives up: the tree decoder takes over. The message is never shown.
fn give_up<E: de::Error>() -> E {
    E::custom("fast path: not the expected form")
}

struct EnvelopeVisitor<'a> {
    env: &'a Envelope,
    data: &'static Node,
    out: &'a mut Vec<u8>,
    scratch: &'a mut Vec<u8>,
}

enum EnvelopeKey {
    Code,
    Data,
    Message,
    RequestId,
    Other,
}

impl<'de> Visitor<'de> for EnvelopeVisitor<'_> {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an envelope")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let env = self.env;
        let (mut code, mut data, mut message, mut request_id) = (false, false, false, None);
        while let Some(key) = map.next_key::<KeyText>()? {
            let key = if env.trim_keys {
                key.0.trim()
            } else {
                key.0.as_str()
            };
            let which = match key {
                "code" => EnvelopeKey::Code,
                "data" => EnvelopeKey::Data,
                k if k == env.message => EnvelopeKey::Message,
                k if Some(k) == env.request_id => EnvelopeKey::RequestId,
                _ => EnvelopeKey::Other,
            };
            match which {
                EnvelopeKey::Code if !code => {
                    code = true;
                    if map.next_value::<Scalar>()? != Scalar::Int(env.code) {
                        return Err(give_up());
                    }
                }
                EnvelopeKey::Data if !data => {
                    data = true;
                    let wrote = map.next_value_seed(Value {
                        node: self.data,
                        out: &mut *self.out,
                        scratch: &mut *self.scratch,
                        order: None,
                    })?;
                    if !wrote {
                        return Err(give_up());
                    }
                }
                EnvelopeKey::Message if !message => {
                    message = true;
                    match map.next_value::<Scalar>()? {
                        Scalar::Text(_) | Scalar::Null => {}
                        _ => return Err(give_up()),
                    }
                }
                EnvelopeKey::RequestId if request_id.is_none() => {
                    request_id = match map.next_value::<Scalar>()? {
                        Scalar::Text(t) => Some(Some(t)),
                        Scalar::Null => Some(None),
                        _ => return Err(give_up()),
                    };
                }
                EnvelopeKey::Other => {
                    map.next_value::<Skip>()?;
                }
                // The same key twice: the tree decoder decides which wins.
                _ => return Err(give_up()),
            }
        }
        if code && data {
            Ok(request_id.flatten())
        } else {
            Err(give_up())
        }
    }
}

/// A value the result does not keep, read as serde_json reads it:
/// numbers parsed (so `1e400` fails there too) and nesting limited alike.
/// (`serde::de::IgnoredAny` skips numbers without parsing them.)
struct Skip;

impl<'de> de::Deserialize<'de> for Skip {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(SkipVisitor)
    }
}

struct SkipVisitor;

impl<'de> Visitor<'de> for SkipVisitor {
    type Value = Skip;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Skip, A::Error> {
        while map.next_entry::<Skip, Skip>()?.is_some() {}
        Ok(Skip)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Skip, A::Error> {
        while seq.next_element::<Skip>()?.is_some() {}
        Ok(Skip)
    }
}

/// An object key, owned (keys are short; escaped keys need the copy anyway).
struct KeyText(String);

impl<'de> de::Deserialize<'de> for KeyText {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(KeyTextVisitor)
    }
}

struct KeyTextVisitor;

impl Visitor<'_> for KeyTextVisitor {
    type Value = KeyText;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<KeyText, E> {
        Ok(KeyText(v.to_string()))
    }
}

/// An envelope scalar (`code`, `msg`, `requestId`).
#[derive(PartialEq)]
enum Scalar {
    Int(i64),
    Text(String),
    Null,
    Other,
}

impl<'de> de::Deserialize<'de> for Scalar {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ScalarVisitor)
    }
}

struct ScalarVisitor;

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = Scalar;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a scalar")
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Scalar, E> {
        Ok(Scalar::Int(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Scalar, E> {
        Ok(i64::try_from(v).map_or(Scalar::Other, Scalar::Int))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Scalar, E> {
        Ok(Scalar::Other)
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Scalar, E> {
        Ok(Scalar::Other)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Scalar, E> {
        Ok(Scalar::Text(v.to_string()))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Scalar, E> {
        Ok(Scalar::Null)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scalar, A::Error> {
        while map.next_entry::<Skip, Skip>()?.is_some() {}
        Ok(Scalar::Other)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Scalar, A::Error> {
        while seq.next_element::<Skip>()?.is_some() {}
        Ok(Scalar::Other)
    }
}

/// Decodes one value of shape `node` into `out`; `Ok(false)` when the value
/// is absent (`null`, or a code without meaning) and nothing was written.
struct Value<'a> {
    node: &'static Node,
    out: &'a mut Vec<u8>,
    /// Where objects are reassembled (see [`object`]).
    scratch: &'a mut Vec<u8>,
    /// For the items of a list: the key order of the previous item.
    order: Option<&'a mut KeyOrder>,
}

/// The field index of each key position in the previous object of a list.
/// A server writes every row's keys in the same order, so the field of the
/// k-th key is found with one comparison instead of a search.
struct KeyOrder([u8; 64]);

impl<'de> DeserializeSeed<'de> for Value<'_> {
    type Value = bool;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
        d.deserialize_any(self)
    }
}

/// Largest integer a JS number holds exactly.
const MAX_SAFE: f64 = crate::lenient::MAX_SAFE_INTEGER as f64;

impl<'de> Visitor<'de> for Value<'_> {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a value of the result's shape")
    }

    fn visit_unit<E: de::Error>(self) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<bool, E> {
        match self.node {
            Node::Bool | Node::Has | Node::Flag => {
                self.out
                    .extend_from_slice(if v { b"true" } else { b"false" });
                Ok(true)
            }
            _ => Err(give_up()),
        }
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<bool, E> {
        match i64::try_from(v) {
            Ok(v) => self.visit_i64(v),
            Err(_) => Err(give_up()),
        }
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<bool, E> {
        let out = self.out;
        match self.node {
            Node::Int | Node::Float => write_int(out, v),
            Node::Code(table) => write_code(out, table, v),
            Node::Flag => write_flag(out, RongziFlag::from_code(v)),
            Node::Has => match codes::has_from_code(v) {
                Some(b) => out.extend_from_slice(if b { b"true" } else { b"false" }),
                None => return Ok(false),
            },
            Node::SecurityOrFund => match RongziSecurityOrFund::from_code(v) {
                Some(sf) => write_security_or_fund(out, sf),
                None => return Ok(false),
            },
            _ => return Err(give_up()),
        }
        Ok(true)
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<bool, E> {
        match self.node {
            Node::Int if v.fract() == 0.0 && v.abs() <= MAX_SAFE => {
                write_int(self.out, v as i64);
                Ok(true)
            }
            Node::Float => {
                // The serde path's own number writer: the same digits.
                serde_json::to_writer(&mut *self.out, &v).map_err(|_| give_up::<E>())?;
                Ok(true)
            }
            _ => Err(give_up()),
        }
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<bool, E> {
        match self.node {
            Node::Str | Node::Enum | Node::Text => {
                write_str(self.out, v);
                Ok(true)
            }
            Node::Int | Node::Float if v.trim().is_empty() => Ok(false),
            Node::Int => match v.trim().parse::<i64>() {
                Ok(n) => {
                    write_int(self.out, n);
                    Ok(true)
                }
                Err(_) => Err(give_up()),
            },
            _ => Err(give_up()),
        }
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<bool, A::Error> {
        let Node::List(item) = self.node else {
            return Err(give_up());
        };
        let (out, scratch) = (self.out, self.scratch);
        out.push(b'[');
        let mut first = true;
        let mut order = KeyOrder([u8::MAX; 64]);
        loop {
            let mark = out.len();
            if !first {
                out.push(b',');
            }
            match seq.next_element_seed(Value {
                node: item,
                out: &mut *out,
                scratch: &mut *scratch,
                order: Some(&mut order),
            })? {
                Some(true) => first = false,
                // A list item that is null or meaningless: the tree decoder decides.
                Some(false) => return Err(give_up()),
                None => {
                    out.truncate(mark);
                    break;
                }
            }
        }
        out.push(b']');
        Ok(true)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<bool, A::Error> {
        match self.node {
            Node::Object(shape) => match self.order {
                Some(order) => object(shape, map, self.out, self.scratch, order),
                None => object(
                    shape,
                    map,
                    self.out,
                    self.scratch,
                    &mut KeyOrder([u8::MAX; 64]),
                ),
            },
            Node::StrMap => str_map(map, self.out),
            _ => Err(give_up()),
        }
    }
}

/// Writes string properties sorted by key, `null` values left out (what the
/// typed result's `BTreeMap` serialises to).
fn str_map<'de, A: MapAccess<'de>>(mut map: A, out: &mut Vec<u8>) -> Result<bool, A::Error> {
    let mut entries: Vec<(String, String)> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    while let Some(KeyText(key)) = map.next_key::<KeyText>()? {
        // The same key twice: the tree decoder decides which wins.
        if keys.contains(&key) {
            return Err(give_up());
        }
        keys.push(key.clone());
        match map.next_value::<Scalar>()? {
            Scalar::Text(v) => entries.push((key, v)),
            Scalar::Null => {}
            _ => return Err(give_up()),
        }
    }
    let order = sorted_keys(entries.iter().map(|(k, _)| k.as_str()));
    out.push(b'{');
    for (i, &(k, at)) in order.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write_str(out, k);
        out.push(b':');
        write_str(out, entries.get(at).map_or("", |(_, v)| v.as_str()));
    }
    out.push(b'}');
    Ok(true)
}

/// Each key with its position, sorted by key (the order of the typed
/// result's `BTreeMap`). Both decoders sort through here, so the module holds
/// one copy of the sort instead of one per element type.
pub(crate) fn sorted_keys<'a>(keys: impl Iterator<Item = &'a str>) -> Vec<(&'a str, usize)> {
    let mut order: Vec<(&str, usize)> = keys.enumerate().map(|(i, k)| (k, i)).collect();
    order.sort_unstable();
    order
}

/// Writes an object with its fields in the shape's order (the order of the
/// typed result's fields, so the key order in JS is the typed result's, whatever
/// order the server used): values are written as they come, then the
/// object is assembled from them.
fn object<'de, A: MapAccess<'de>>(
    shape: &'static Shape,
    mut map: A,
    out: &mut Vec<u8>,
    scratch: &mut Vec<u8>,
    order: &mut KeyOrder,
) -> Result<bool, A::Error> {
    let base = out.len();
    // Where each written value sits in `out[base..]`.
    let mut spans = [(0usize, 0usize); 64];
    let mut seen = 0u64;
    let mut wrote = 0u64;
    let mut position = 0usize;
    loop {
        let hint = order.0.get(position).copied().unwrap_or(u8::MAX);
        let Some(index) = map.next_key_seed(FieldKey { shape, hint })? else {
            break;
        };
        if let Some(slot) = order.0.get_mut(position) {
            *slot = index.and_then(|i| u8::try_from(i).ok()).unwrap_or(u8::MAX);
        }
        position += 1;
        let Some(index) = index else {
            map.next_value::<Skip>()?;
            continue;
        };
        let bit = u32::try_from(index)
            .ok()
            .and_then(|i| 1u64.checked_shl(i))
            .ok_or_else(give_up::<A::Error>)?;
        if seen & bit != 0 {
            return Err(give_up());
        }
        seen |= bit;
        let field = shape.fields.get(index).ok_or_else(give_up::<A::Error>)?;
        let start = out.len();
        let written = map.next_value_seed(Value {
            node: &field.node,
            out: &mut *out,
            scratch: &mut *scratch,
            order: None,
        })?;
        if written {
            wrote |= bit;
            if let Some(span) = spans.get_mut(index) {
                *span = (start - base, out.len() - base);
            }
        } else if field.required {
            return Err(give_up());
        }
    }
    // Nested objects are complete by now, so one scratch buffer serves all.
    scratch.clear();
    scratch.extend_from_slice(out.get(base..).unwrap_or_default());
    out.truncate(base);
    let values = &*scratch;
    out.push(b'{');
    let mut first = true;
    for (index, field) in shape.fields.iter().enumerate() {
        let bit = 1u64 << (index % 64);
        let text = if wrote & bit != 0 {
            let (start, end) = spans.get(index).copied().unwrap_or_default();
            values.get(start..end).ok_or_else(give_up::<A::Error>)?
        } else if field.required {
            return Err(give_up());
        } else if let Some(literal) = field.absent {
            literal.as_bytes()
        } else {
            continue;
        };
        write_key(out, first, field.name);
        first = false;
        out.extend_from_slice(text);
    }
    out.push(b'}');
    Ok(true)
}

/// Reads a key and finds its field: `Some(index)`, or `None` for a key the
/// shape does not have. `hint` is the field to try first.
struct FieldKey {
    shape: &'static Shape,
    hint: u8,
}

impl<'de> DeserializeSeed<'de> for FieldKey {
    type Value = Option<usize>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Option<usize>, D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for FieldKey {
    type Value = Option<usize>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_str<E: de::Error>(self, key: &str) -> Result<Option<usize>, E> {
        let fields = self.shape.fields;
        if let Some(f) = fields.get(usize::from(self.hint)) {
            if f.name == key {
                return Ok(Some(usize::from(self.hint)));
            }
        }
        let key = if self.shape.trim_keys {
            key.trim()
        } else {
            key
        };
        Ok(fields
            .iter()
            .position(|f| f.name == key || f.aliases.contains(&key)))
    }
}

fn write_int(out: &mut Vec<u8>, v: i64) {
    out.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
}

/// Writes `"name":`, after a comma unless it is the `first` key. Field
/// names are plain ASCII identifiers (checked by a test): no escaping.
fn write_key(out: &mut Vec<u8>, first: bool, name: &str) {
    out.extend_from_slice(if first { b"\"" } else { b",\"" });
    out.extend_from_slice(name.as_bytes());
    out.extend_from_slice(b"\":");
}

/// A Rongzi code as the typed result writes it: a documented code as its
/// name, another as the number.
fn write_code(out: &mut Vec<u8>, table: CodeRows, code: i64) {
    match table.iter().find(|(c, _, _)| *c == code) {
        Some((_, name, _)) => write_str(out, name),
        None => write_int(out, code),
    }
}

/// A [`RongziFlag`] as it serialises: a boolean, or the code.
fn write_flag(out: &mut Vec<u8>, flag: RongziFlag) {
    match flag {
        RongziFlag::Bool(b) => out.extend_from_slice(if b { b"true" } else { b"false" }),
        RongziFlag::Code(n) => write_int(out, n),
    }
}

/// A [`RongziSecurityOrFund`] as it serialises: `{ socialSecurity, housingFund }`.
fn write_security_or_fund(out: &mut Vec<u8>, sf: RongziSecurityOrFund) {
    let flag = |b: bool| if b { "true" } else { "false" };
    out.extend_from_slice(b"{\"socialSecurity\":");
    out.extend_from_slice(flag(sf.social_security).as_bytes());
    out.extend_from_slice(b",\"housingFund\":");
    out.extend_from_slice(flag(sf.housing_fund).as_bytes());
    out.push(b'}');
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Bytes written as they are: printable ASCII except `"` and `\\`.
static PLAIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0x20;
    while b < 0x7f {
        t[b] = b != b'"' as usize && b != b'\\' as usize;
        b += 1;
    }
    t
};

/// True when all eight bytes of `w` are [`PLAIN`] (SWAR: no byte with the
/// high bit, none below 0x20, none equal to `"` or `\\`).
fn plain8(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH != 0;
    w & HIGH == 0
        && w.wrapping_sub(ONES * 0x20) & HIGH == 0
        && !has_zero(w ^ (ONES * u64::from(b'"')))
        && !has_zero(w ^ (ONES * u64::from(b'\\')))
        && !has_zero(w ^ (ONES * 0x7f))
}

fn write_unit(out: &mut Vec<u8>, unit: u16) {
    out.extend_from_slice(&[
        b'\\',
        b'u',
        HEX[usize::from(unit >> 12)],
        HEX[usize::from((unit >> 8) & 0xf)],
        HEX[usize::from((unit >> 4) & 0xf)],
        HEX[usize::from(unit & 0xf)],
    ]);
}

/// Writes `s` as a JSON string of ASCII only: control characters, quotes and
/// backslashes escaped, everything outside ASCII as `\uXXXX` (UTF-16 units).
///
/// ```
/// let mut out = Vec::new();
/// yiwise_rongzi::transcode::write_str(&mut out, "a\"\n张😀");
/// assert_eq!(String::from_utf8(out).unwrap(), r#""a\"\n\u5f20\ud83d\ude00""#);
/// ```
pub fn write_str(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Eight plain bytes at a time (most of a page is ASCII text).
        while let Some(word) = bytes
            .get(i..i + 8)
            .and_then(|w| <[u8; 8]>::try_from(w).ok())
        {
            if !plain8(u64::from_le_bytes(word)) {
                break;
            }
            i += 8;
        }
        let Some(&b) = bytes.get(i) else { break };
        if PLAIN[usize::from(b)] {
            i += 1;
            continue;
        }
        out.extend_from_slice(&bytes[start..i]);
        if b < 0x80 {
            match b {
                b'"' => out.extend_from_slice(b"\\\""),
                b'\\' => out.extend_from_slice(b"\\\\"),
                b'\n' => out.extend_from_slice(b"\\n"),
                b'\r' => out.extend_from_slice(b"\\r"),
                b'\t' => out.extend_from_slice(b"\\t"),
                _ => write_unit(out, u16::from(b)),
            }
            i += 1;
        } else {
            // `i` is at the start of a character: everything before it was ASCII
            // or whole characters skipped below.
            let c = s[i..].chars().next().unwrap_or('\u{fffd}');
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                write_unit(out, *unit);
            }
            i += c.len_utf8().max(1);
        }
        start = i;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}
