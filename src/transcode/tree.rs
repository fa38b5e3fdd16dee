//! The schema decoder for a parsed JSON tree: the complete one.
//!
//! The streaming decoder of [`super`] is the fast path for ordinary
//! successes and steps aside on anything unusual. This one takes the
//! envelope's `data` as a [`serde_json::Value`] and decides everything the
//! serde types decide, by the same rules: it writes the same JSON (ASCII
//! only, fields in the typed result's order) or fails at the same field
//! (values are checked in the body's order, so the first bad one is the one
//! serde would name). With it, the shipped module needs no serde code per
//! result type (a `Deserialize` and a `Serialize` for each of ~60 types).
//!
//! ```
//! use yiwise_rongzi::transcode::{schema::{Field, Node, Shape}, tree};
//! static ROW: Shape = Shape { fields: &[Field::opt("id", Node::Int), Field::list("tags", &Node::Text)], trim_keys: false };
//! static LIST: Node = Node::List(&Node::Object(&ROW));
//! let ok = tree::decode(&LIST, &serde_json::json!([{"id": "7", "tags": null}])).unwrap();
//! assert_eq!(ok.json, r#"[{"id":7,"tags":[]}]"#);
//! let e = tree::decode(&LIST, &serde_json::json!([{"id": 1}, {"id": "x"}])).unwrap_err();
//! assert_eq!(e.path, "[1].id");
//! assert_eq!(e.message, r#"expected an integer, got "x""#);
//! ```

use super::schema::{Field, Node, Shape};
use super::{write_code, write_flag, write_int, write_key, write_security_or_fund, write_str};
use crate::lenient::{self, truncate, Scalar};
use crate::rongzi::codes::{self, Raw};
use crate::value_deserializer::{path_text, Segment};
use serde_json::{Map, Value};

/// A decoded result.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    /// The result as ASCII-only JSON text (`null` when there is none).
    pub json: String,
    /// The token a [`Node::Token`] read (Rongzi login).
    pub token: Option<String>,
}

/// Where and why the data does not fit its schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// The path below `data`, as serde_path_to_error writes it
    /// (`content[0].callRecordId`; empty for `data` itself).
    pub path: String,
    /// What is wrong.
    pub message: String,
}

/// Decodes `data` by `node`.
pub fn decode(node: &'static Node, data: &Value) -> Result<Decoded, Failure> {
    let mut walker = Walker {
        out: Vec::new(),
        path: Vec::new(),
        token: None,
    };
    if !walker.value(node, data)? {
        walker.out.clear();
        walker.out.extend_from_slice(b"null");
    }
    // Only ASCII is ever written (`write_str` escapes the rest).
    let json = String::from_utf8(walker.out).map_err(|_| Failure {
        path: String::new(),
        message: "cannot be represented in JS".into(),
    })?;
    Ok(Decoded {
        json,
        token: walker.token,
    })
}

struct Walker<'v> {
    out: Vec<u8>,
    path: Vec<Segment<'v>>,
    token: Option<String>,
}

/// What a JSON value is, for messages.
fn kind(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => format!("{:?}", truncate(s)),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
    }
}

/// What the scalar rules of [`crate::lenient`] expect.
const SCALAR: &str = "a number, string, boolean or null";

impl<'v> Walker<'v> {
    fn fail<T>(&self, message: impl Into<String>) -> Result<T, Failure> {
        Err(Failure {
            path: path_text(&self.path),
            message: message.into(),
        })
    }

    fn expected<T>(&self, what: &str, v: &Value) -> Result<T, Failure> {
        self.fail(format!("expected {what}, got {}", kind(v)))
    }

    /// The outcome of a rule shared with the serde types: its error here.
    fn rule<T>(&self, outcome: Result<T, serde_json::Error>) -> Result<T, Failure> {
        outcome.or_else(|e| self.fail(e.to_string()))
    }

    /// `v` as a scalar for the [`crate::lenient`] rules (a list or an object
    /// is an error).
    fn scalar(&self, v: &Value) -> Result<Scalar, Failure> {
        match Scalar::of(v) {
            Some(s) => Ok(s),
            None => self.expected(SCALAR, v),
        }
    }

    fn text(&mut self, s: &str) -> Result<bool, Failure> {
        write_str(&mut self.out, s);
        Ok(true)
    }

    fn float(&mut self, f: f64) -> Result<bool, Failure> {
        // serde_json's number writer, as the typed result's serialisation uses.
        match serde_json::to_writer(&mut self.out, &f) {
            Ok(()) => Ok(true),
            Err(_) => self.fail("cannot be represented in JS"),
        }
    }

    fn literal(&mut self, text: &str) -> Result<bool, Failure> {
        self.out.extend_from_slice(text.as_bytes());
        Ok(true)
    }

    /// Runs `f` on a walker with its own path, writing to the same output:
    /// for values whose errors are reported at this value, not inside it.
    fn detached<'w, R>(&mut self, f: impl FnOnce(&mut Walker<'w>) -> R) -> R {
        let mut inner = Walker {
            out: std::mem::take(&mut self.out),
            path: Vec::new(),
            token: None,
        };
        let outcome = f(&mut inner);
        self.out = inner.out;
        outcome
    }

    /// Writes `v` decoded by `node`; `Ok(false)` when it is absent (the
    /// typed field would be `None`) and nothing was written. The scalar and
    /// code rules are the serde types' own ([`crate::lenient`],
    /// [`crate::rongzi::codes`]); only the writing is here.
    fn value(&mut self, node: &'static Node, v: &'v Value) -> Result<bool, Failure> {
        match node {
            Node::Str => self.str(v),
            Node::Enum => match self.scalar(v)? {
                Scalar::Null => Ok(false),
                s => {
                    let text = self.rule(lenient::string_like_from(s, "a string"))?;
                    self.text(&text)
                }
            },
            Node::Text => match v {
                Value::String(s) => self.text(s),
                _ => self.expected("a string", v),
            },
            Node::Int => match self.rule(lenient::int_from(self.scalar(v)?))? {
                Some(n) => {
                    write_int(&mut self.out, n);
                    Ok(true)
                }
                None => Ok(false),
            },
            Node::Float => match self.rule(lenient::float_from(self.scalar(v)?))? {
                Some(f) => self.float(f),
                None => Ok(false),
            },
            Node::Bool => match self.rule(lenient::bool_from(self.scalar(v)?))? {
                Some(b) => self.literal(if b { "true" } else { "false" }),
                None => Ok(false),
            },
            Node::Code(table) => match self.rule(codes::decode_code(Raw::of(v), table))? {
                Some(code) => {
                    write_code(&mut self.out, table, code);
                    Ok(true)
                }
                None => Ok(false),
            },
            Node::Has => match codes::has_from_raw(Raw::of(v)) {
                Some(b) => self.literal(if b { "true" } else { "false" }),
                None => Ok(false),
            },
            Node::Flag => match self.rule(codes::decode_flag(Raw::of(v)))? {
                Some(flag) => {
                    write_flag(&mut self.out, flag);
                    Ok(true)
                }
                None => Ok(false),
            },
            Node::SecurityOrFund => match codes::security_or_fund_from_raw(Raw::of(v)) {
                Some(sf) => {
                    write_security_or_fund(&mut self.out, sf);
                    Ok(true)
                }
                None => Ok(false),
            },
            Node::Token => self.token(v),
            Node::StrMap => self.map(&Node::Str, v, true),
            Node::Map(item) => self.map(item, v, true),
            Node::StrictMap(item) => self.map(item, v, false),
            Node::List(item) => self.list(item, v),
            Node::ListOrEmpty(item) => match v {
                Value::Null => self.literal("[]"),
                _ => self.list(item, v),
            },
            Node::OneOrList(item) => self.one_or_list(item, v),
            Node::StrsOrKeys => self.strs_or_keys(v),
            Node::StrsOrOne => self.strs_or_one(v),
            Node::PropsOrText => self.props_or_text(v),
            Node::Object(shape) => self.object(shape, v),
            Node::Named(_, inner) => self.value(inner, v),
            // Params only (see `transcode::params`): never in a result schema.
            Node::Rule(_) => self.fail("a params rule has no place in a result schema"),
            Node::Opt(inner) => match v {
                Value::Null => Ok(false),
                _ => self.value(inner, v),
            },
            Node::Any => {
                write_any(&mut self.out, v);
                Ok(true)
            }
            Node::Nothing => Ok(false),
        }
    }

    fn str(&mut self, v: &Value) -> Result<bool, Failure> {
        match lenient::string_from(self.scalar(v)?) {
            Some(text) => self.text(&text),
            None => Ok(false),
        }
    }

    fn token(&mut self, v: &Value) -> Result<bool, Failure> {
        let Value::String(s) = v else {
            return self.fail("expected the token as a string");
        };
        match crate::rongzi::token::Token::parse(s) {
            Ok(t) => {
                write_str(&mut self.out, &t.jwt);
                self.token = Some(t.jwt);
                Ok(true)
            }
            Err(issue) => self.fail(format!("the token {}", issue.message)),
        }
    }

    fn map(
        &mut self,
        item: &'static Node,
        v: &'v Value,
        drop_absent: bool,
    ) -> Result<bool, Failure> {
        let Value::Object(m) = v else {
            return self.expected("an object", v);
        };
        // Values are decoded in the body's order (so the first bad one is
        // the one serde names), then written sorted like the typed result's
        // `BTreeMap`.
        let base = self.out.len();
        let mut entries: Vec<(&'v str, std::ops::Range<usize>)> = Vec::with_capacity(m.len());
        for (key, value) in m {
            let start = self.out.len();
            self.path.push(Segment::Key(key));
            let wrote = self.value(item, value)?;
            if !wrote && !drop_absent {
                return self.fail("must not be null");
            }
            self.path.pop();
            if wrote {
                entries.push((key, start - base..self.out.len() - base));
            }
        }
        let order = super::sorted_keys(entries.iter().map(|&(key, _)| key));
        let values = self.out.split_off(base);
        self.out.push(b'{');
        for (i, (key, at)) in order.into_iter().enumerate() {
            if i > 0 {
                self.out.push(b',');
            }
            write_str(&mut self.out, key);
            self.out.push(b':');
            let span = entries.get(at).map_or(0..0, |(_, span)| span.clone());
            self.out
                .extend_from_slice(values.get(span).unwrap_or_default());
        }
        self.out.push(b'}');
        Ok(true)
    }

    fn list(&mut self, item: &'static Node, v: &'v Value) -> Result<bool, Failure> {
        let Value::Array(items) = v else {
            return self.expected("a list", v);
        };
        self.out.push(b'[');
        for (i, value) in items.iter().enumerate() {
            if i > 0 {
                self.out.push(b',');
            }
            self.path.push(Segment::Index(i));
            if !self.value(item, value)? {
                return self.expected("a value", value);
            }
            self.path.pop();
        }
        self.out.push(b']');
        Ok(true)
    }

    fn one_or_list(&mut self, item: &'static Node, v: &'v Value) -> Result<bool, Failure> {
        let items = match v {
            Value::Null => return self.literal("[]"),
            Value::Array(items) => items.as_slice(),
            Value::Object(_) => std::slice::from_ref(v),
            _ => return self.expected("a list of results", v),
        };
        self.out.push(b'[');
        for (i, value) in items.iter().enumerate() {
            if i > 0 {
                self.out.push(b',');
            }
            match self.detached(|inner| inner.value(item, value)) {
                Ok(true) => {}
                Ok(false) => return self.expected("a result", value),
                Err(f) => {
                    let at = if f.path.is_empty() { "." } else { &f.path };
                    return self.fail(format!("[{i}].{at}: {}", f.message));
                }
            }
        }
        self.out.push(b']');
        Ok(true)
    }

    fn strs_or_one(&mut self, v: &'v Value) -> Result<bool, Failure> {
        match v {
            Value::Null => Ok(false),
            Value::String(s) if s.is_empty() => self.literal("[]"),
            Value::String(s) => {
                self.out.push(b'[');
                write_str(&mut self.out, s);
                self.out.push(b']');
                Ok(true)
            }
            Value::Array(items) => {
                self.out.push(b'[');
                let mut first = true;
                for (i, item) in items.iter().enumerate() {
                    let mark = self.out.len();
                    if !first {
                        self.out.push(b',');
                    }
                    self.path.push(Segment::Index(i));
                    if self.str(item)? {
                        first = false;
                    } else {
                        self.out.truncate(mark);
                    }
                    self.path.pop();
                }
                self.out.push(b']');
                Ok(true)
            }
            _ => self.expected("a list of strings (or one string)", v),
        }
    }

    fn props_or_text(&mut self, v: &'v Value) -> Result<bool, Failure> {
        let Value::String(text) = v else {
            return match v {
                Value::Null => Ok(false),
                _ => self.map(&Node::Str, v, true),
            };
        };
        if text.trim().is_empty() {
            return self.literal("{}");
        }
        // JSON text inside a string: any fault is the field's own.
        let fault = || "expected an object of strings (or a string holding one)";
        let Ok(inner) = serde_json::from_str::<Value>(text) else {
            return self.fail(fault());
        };
        match self.detached(|nested| nested.map(&Node::Str, &inner, true)) {
            Ok(wrote) => Ok(wrote),
            Err(_) => self.fail(fault()),
        }
    }

    fn strs_or_keys(&mut self, v: &'v Value) -> Result<bool, Failure> {
        match v {
            Value::Null => Ok(false),
            // An untagged choice in serde: a failure is the whole value's.
            Value::Array(items) if !items.iter().all(Value::is_string) => {
                self.fail("expected a list of strings or an object, got a list with other values")
            }
            Value::Array(_) => self.list(&Node::Text, v),
            Value::Object(m) => {
                let mut keys: Vec<&str> = m.keys().map(String::as_str).collect();
                keys.sort_unstable();
                self.out.push(b'[');
                for (i, key) in keys.into_iter().enumerate() {
                    if i > 0 {
                        self.out.push(b',');
                    }
                    write_str(&mut self.out, key);
                }
                self.out.push(b']');
                Ok(true)
            }
            _ => self.expected("a list of strings or an object", v),
        }
    }

    fn object(&mut self, shape: &'static Shape, v: &'v Value) -> Result<bool, Failure> {
        match v {
            Value::Object(m) => self.object_map(shape, m),
            Value::Array(items) => self.positional(shape, items),
            _ => self.expected("an object", v),
        }
    }

    /// An object from a JSON object: values decoded in the body's order
    /// (the first bad one is the one serde names), written in the shape's.
    fn object_map(
        &mut self,
        shape: &'static Shape,
        m: &'v Map<String, Value>,
    ) -> Result<bool, Failure> {
        let base = self.out.len();
        let mut spans: Vec<Option<Span>> = vec![None; shape.fields.len()];
        let mut seen = vec![false; shape.fields.len()];
        for (key, value) in m {
            let Some((i, field)) = shape
                .fields
                .iter()
                .enumerate()
                .find(|(_, f)| f.name == key || f.aliases.contains(&key.as_str()))
            else {
                continue;
            };
            // The same field twice (under its name and an alias): serde's
            // duplicate field, the object's fault.
            if seen.get(i).copied().unwrap_or(false) {
                return self.fail(format!("has the field {} twice", field.name));
            }
            if let Some(flag) = seen.get_mut(i) {
                *flag = true;
            }
            self.path.push(Segment::Key(field.name));
            let span = self.field_value(field, value, base)?;
            self.path.pop();
            if let Some(slot) = spans.get_mut(i) {
                *slot = span;
            }
        }
        self.assemble(shape, base, spans)
    }

    /// An object in serde's positional form: the field values in order, and
    /// errors naming positions.
    fn positional(&mut self, shape: &'static Shape, items: &'v [Value]) -> Result<bool, Failure> {
        let base = self.out.len();
        let mut spans: Vec<Option<Span>> = Vec::with_capacity(shape.fields.len());
        for (i, field) in shape.fields.iter().enumerate() {
            let Some(value) = items.get(i) else {
                // The list ended before a required field: the object's fault.
                if field.required {
                    return self.fail("expected an object, got a list of too few values");
                }
                spans.push(None);
                continue;
            };
            self.path.push(Segment::Index(i));
            spans.push(self.field_value(field, value, base)?);
            self.path.pop();
        }
        // serde reads the values before it checks the length.
        if items.len() > shape.fields.len() {
            return self.fail(format!(
                "expected an object, got a list of {} values",
                items.len()
            ));
        }
        self.assemble(shape, base, spans)
    }

    /// Decodes one field's value at the end of the output; where it was
    /// written (relative to `base`), or `None` when it is absent.
    fn field_value(
        &mut self,
        field: &'static Field,
        value: &'v Value,
        base: usize,
    ) -> Result<Option<Span>, Failure> {
        if value.is_null() {
            return if field.required {
                self.fail("is required (got null)")
            } else {
                Ok(None)
            };
        }
        let start = self.out.len();
        let wrote = self.value(&field.node, value)?;
        Ok(wrote.then(|| (start - base, self.out.len() - base)))
    }

    /// Replaces the values written since `base` with the object: fields in
    /// the shape's order, absent ones as the shape says.
    fn assemble(
        &mut self,
        shape: &'static Shape,
        base: usize,
        spans: Vec<Option<Span>>,
    ) -> Result<bool, Failure> {
        let values = self.out.split_off(base);
        self.out.push(b'{');
        let mut first = true;
        for (field, span) in shape.fields.iter().zip(spans) {
            let text = match (span, field.absent) {
                (Some((start, end)), _) => values.get(start..end).unwrap_or_default(),
                (None, _) if field.required => {
                    self.path.push(Segment::Key(field.name));
                    return self.fail("is missing");
                }
                (None, Some(text)) => text.as_bytes(),
                (None, None) => continue,
            };
            write_key(&mut self.out, first, field.name);
            first = false;
            self.out.extend_from_slice(text);
        }
        self.out.push(b'}');
        Ok(true)
    }
}

/// Where a value sits in the output, relative to its object's start.
type Span = (usize, usize);

/// Writes any JSON value as ASCII-only JSON, keys in their order.
fn write_any(out: &mut Vec<u8>, v: &Value) {
    match v {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Bool(true) => out.extend_from_slice(b"true"),
        Value::Bool(false) => out.extend_from_slice(b"false"),
        Value::Number(n) => out.extend_from_slice(n.to_string().as_bytes()),
        Value::String(s) => write_str(out, s),
        Value::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_any(out, item);
            }
            out.push(b']');
        }
        Value::Object(m) => write_object(out, m),
    }
}

fn write_object(out: &mut Vec<u8>, m: &Map<String, Value>) {
    out.push(b'{');
    for (i, (k, v)) in m.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write_str(out, k);
        out.push(b':');
        write_any(out, v);
    }
    out.push(b'}');
}
