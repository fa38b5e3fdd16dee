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
use super::{write_int, write_str};
use crate::lenient::{truncate, MAX_SAFE_INTEGER};
use serde_json::{Map, Number, Value};

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

enum Segment<'v> {
    Key(&'v str),
    Index(usize),
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

/// A JSON scalar as the lenient deserializers see it.
enum Scalar<'v> {
    Int(i64),
    Float(f64),
    Str(&'v str),
    Bool(bool),
    Null,
}

fn number(n: &Number) -> Scalar<'static> {
    match (n.as_i64(), n.as_u64(), n.as_f64()) {
        (Some(i), _, _) => Scalar::Int(i),
        (None, Some(u), _) => Scalar::Float(u as f64),
        (_, _, Some(f)) => Scalar::Float(f),
        // serde_json numbers are always one of the three.
        _ => Scalar::Null,
    }
}

fn scalar(v: &Value) -> Option<Scalar<'_>> {
    Some(match v {
        Value::Null => Scalar::Null,
        Value::Bool(b) => Scalar::Bool(*b),
        Value::Number(n) => number(n),
        Value::String(s) => Scalar::Str(s),
        Value::Array(_) | Value::Object(_) => return None,
    })
}

/// A Rongzi code as [`crate::rongzi::codes`] reads it.
enum Raw<'v> {
    Code(i64),
    Name(&'v str),
    Bool(bool),
    Other(&'static str),
    Null,
}

fn raw(v: &Value) -> Raw<'_> {
    match v {
        Value::Null => Raw::Null,
        Value::Bool(b) => Raw::Bool(*b),
        Value::Number(n) => match (n.as_i64(), n.as_u64(), n.as_f64()) {
            (Some(i), _, _) => Raw::Code(i),
            (None, Some(_), _) => Raw::Other("a number out of range"),
            (_, _, Some(f)) if f.fract() == 0.0 && f.abs() <= MAX_SAFE_INTEGER as f64 => {
                Raw::Code(f as i64)
            }
            _ => Raw::Other("a fractional number"),
        },
        Value::String(s) => {
            let t = s.trim();
            if t.is_empty() {
                Raw::Null
            } else if let Ok(n) = t.parse::<i64>() {
                Raw::Code(n)
            } else {
                Raw::Name(t)
            }
        }
        Value::Array(_) => Raw::Other("a list"),
        Value::Object(_) => Raw::Other("an object"),
    }
}

impl<'v> Walker<'v> {
    fn fail<T>(&self, message: impl Into<String>) -> Result<T, Failure> {
        let mut path = String::new();
        for segment in &self.path {
            match segment {
                Segment::Key(k) => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(k);
                }
                Segment::Index(i) => {
                    path.push('[');
                    path.push_str(itoa::Buffer::new().format(*i));
                    path.push(']');
                }
            }
        }
        Err(Failure {
            path,
            message: message.into(),
        })
    }

    fn expected<T>(&self, what: &str, v: &Value) -> Result<T, Failure> {
        self.fail(format!("expected {what}, got {}", kind(v)))
    }

    fn text(&mut self, s: &str) -> Result<bool, Failure> {
        write_str(&mut self.out, s);
        Ok(true)
    }

    fn float(&mut self, f: f64) -> Result<bool, Failure> {
        // The serde path's own number writer: the same digits.
        match serde_json::to_writer(&mut self.out, &f) {
            Ok(()) => Ok(true),
            Err(_) => self.fail("cannot be represented in JS"),
        }
    }

    fn literal(&mut self, text: &str) -> Result<bool, Failure> {
        self.out.extend_from_slice(text.as_bytes());
        Ok(true)
    }

    /// Writes `v` decoded by `node`; `Ok(false)` when it is absent (the
    /// typed field would be `None`) and nothing was written.
    fn value(&mut self, node: &'static Node, v: &'v Value) -> Result<bool, Failure> {
        match node {
            Node::Str => self.str(v),
            Node::Enum => match scalar(v) {
                Some(Scalar::Null) => Ok(false),
                Some(Scalar::Str(s)) => self.text(s),
                Some(Scalar::Int(i)) => self.text(&i.to_string()),
                Some(Scalar::Float(f)) => self.text(&f.to_string()),
                _ => self.expected("a string", v),
            },
            Node::Text => match v {
                Value::String(s) => self.text(s),
                _ => self.expected("a string", v),
            },
            Node::Int => self.int(v),
            Node::Float => self.float_value(v),
            Node::Bool => self.bool(v),
            Node::Code(table) => self.code(table, v),
            Node::Has => match raw(v) {
                Raw::Code(1) | Raw::Bool(true) => self.literal("true"),
                Raw::Code(2) | Raw::Bool(false) => self.literal("false"),
                _ => Ok(false),
            },
            Node::Flag => self.flag(v),
            Node::SecurityOrFund => match raw(v) {
                Raw::Code(c) => {
                    let text = match c {
                        1 => r#"{"socialSecurity":false,"housingFund":false}"#,
                        2 => r#"{"socialSecurity":true,"housingFund":true}"#,
                        4 => r#"{"socialSecurity":true,"housingFund":false}"#,
                        8 => r#"{"socialSecurity":false,"housingFund":true}"#,
                        _ => return Ok(false),
                    };
                    self.literal(text)
                }
                _ => Ok(false),
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
        match scalar(v) {
            Some(Scalar::Null) => Ok(false),
            Some(Scalar::Str(s)) => self.text(s),
            Some(Scalar::Int(i)) => self.text(&i.to_string()),
            Some(Scalar::Float(f)) => self.text(&f.to_string()),
            Some(Scalar::Bool(b)) => self.text(if b { "true" } else { "false" }),
            None => self.expected("a number, string, boolean or null", v),
        }
    }

    fn int(&mut self, v: &Value) -> Result<bool, Failure> {
        let n = match scalar(v) {
            Some(Scalar::Null) => return Ok(false),
            Some(Scalar::Int(i)) => i,
            Some(Scalar::Float(f)) if f.fract() == 0.0 && f.abs() <= MAX_SAFE_INTEGER as f64 => {
                f as i64
            }
            Some(Scalar::Str(s)) if s.trim().is_empty() => return Ok(false),
            Some(Scalar::Str(s)) => match s.trim().parse::<i64>() {
                Ok(n) => n,
                Err(_) => return self.expected("an integer", v),
            },
            Some(_) => return self.expected("an integer", v),
            None => return self.expected("a number, string, boolean or null", v),
        };
        write_int(&mut self.out, n);
        Ok(true)
    }

    fn float_value(&mut self, v: &Value) -> Result<bool, Failure> {
        match scalar(v) {
            Some(Scalar::Null) => Ok(false),
            Some(Scalar::Int(i)) => self.float(i as f64),
            Some(Scalar::Float(f)) => self.float(f),
            Some(Scalar::Str(s)) if s.trim().is_empty() => Ok(false),
            Some(Scalar::Str(s)) => match s.trim().parse::<f64>() {
                Ok(f) if f.is_finite() => self.float(f),
                _ => self.expected("a number", v),
            },
            Some(Scalar::Bool(_)) => self.expected("a number", v),
            None => self.expected("a number, string, boolean or null", v),
        }
    }

    fn bool(&mut self, v: &Value) -> Result<bool, Failure> {
        match scalar(v) {
            Some(Scalar::Null) => Ok(false),
            Some(Scalar::Bool(true) | Scalar::Int(1)) => self.literal("true"),
            Some(Scalar::Bool(false) | Scalar::Int(0)) => self.literal("false"),
            Some(Scalar::Str("true")) => self.literal("true"),
            Some(Scalar::Str("false")) => self.literal("false"),
            Some(Scalar::Str("")) => Ok(false),
            Some(_) => self.expected("a boolean", v),
            None => self.expected("a number, string, boolean or null", v),
        }
    }

    fn code(&mut self, table: &[(i64, &str, &str)], v: &Value) -> Result<bool, Failure> {
        let names = || {
            table
                .iter()
                .map(|(_, n, _)| *n)
                .collect::<Vec<_>>()
                .join(", ")
        };
        match raw(v) {
            Raw::Null => Ok(false),
            Raw::Code(c) => match table.iter().find(|(code, _, _)| *code == c) {
                Some((_, name, _)) => self.text(name),
                None => {
                    write_int(&mut self.out, c);
                    Ok(true)
                }
            },
            Raw::Name(n) => match table.iter().find(|(_, name, _)| *name == n) {
                Some((_, name, _)) => self.text(name),
                None => self.fail(format!(
                    "must be one of {} or a code, got {:?}",
                    names(),
                    truncate(n)
                )),
            },
            Raw::Bool(b) => self.fail(format!("must be one of {} or a code, got {b}", names())),
            Raw::Other(what) => {
                self.fail(format!("must be one of {} or a code, got {what}", names()))
            }
        }
    }

    fn flag(&mut self, v: &Value) -> Result<bool, Failure> {
        match raw(v) {
            Raw::Null => Ok(false),
            Raw::Bool(true) | Raw::Code(1) | Raw::Name("true") => self.literal("true"),
            Raw::Bool(false) | Raw::Code(0) | Raw::Name("false") => self.literal("false"),
            Raw::Code(c) => {
                write_int(&mut self.out, c);
                Ok(true)
            }
            Raw::Name(n) => self.fail(format!(
                "must be true, false, 1 or 0, got {:?}",
                truncate(n)
            )),
            Raw::Other(what) => self.fail(format!("must be true, false, 1 or 0, got {what}")),
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
        let mut entries: Vec<(&'v str, usize, usize)> = Vec::with_capacity(m.len());
        for (key, value) in m {
            let start = self.out.len();
            self.path.push(Segment::Key(key));
            let wrote = self.value(item, value)?;
            if !wrote && !drop_absent {
                return self.fail("must not be null");
            }
            self.path.pop();
            if wrote {
                entries.push((key, start - base, self.out.len() - base));
            }
        }
        entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
        let values = self.out.split_off(base);
        self.out.push(b'{');
        for (i, (key, start, end)) in entries.into_iter().enumerate() {
            if i > 0 {
                self.out.push(b',');
            }
            write_str(&mut self.out, key);
            self.out.push(b':');
            self.out
                .extend_from_slice(values.get(start..end).unwrap_or_default());
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
            let mut inner = Walker {
                out: std::mem::take(&mut self.out),
                path: Vec::new(),
                token: None,
            };
            let result = inner.value(item, value);
            self.out = inner.out;
            match result {
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
        let mut nested = Walker {
            out: std::mem::take(&mut self.out),
            path: Vec::new(),
            token: None,
        };
        let result = nested.map(&Node::Str, &inner, true);
        self.out = nested.out;
        match result {
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
            // serde's positional form of a struct: the field values in order.
            Value::Array(items) => {
                self.fields(shape, true, |_, i| items.get(i))?;
                if items.len() > shape.fields.len() {
                    return self.fail(format!(
                        "expected an object, got a list of {} values",
                        items.len()
                    ));
                }
                Ok(true)
            }
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
        let mut spans: Vec<Option<(usize, usize)>> = vec![None; shape.fields.len()];
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
            if value.is_null() {
                if field.required {
                    return self.fail("is required (got null)");
                }
                self.path.pop();
                continue;
            }
            let start = self.out.len();
            let wrote = self.value(&field.node, value)?;
            self.path.pop();
            if let (true, Some(span)) = (wrote, spans.get_mut(i)) {
                *span = Some((start - base, self.out.len() - base));
            }
        }
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
            self.out
                .extend_from_slice(if first { b"\"" } else { b",\"" });
            first = false;
            // Field names are plain ASCII identifiers (checked by a test): no escaping.
            self.out.extend_from_slice(field.name.as_bytes());
            self.out.extend_from_slice(b"\":");
            self.out.extend_from_slice(text);
        }
        self.out.push(b'}');
        Ok(true)
    }

    /// An object in serde's positional form: the field values in order.
    fn fields(
        &mut self,
        shape: &'static Shape,
        positional: bool,
        get: impl Fn(&Field, usize) -> Option<&'v Value>,
    ) -> Result<bool, Failure> {
        self.out.push(b'{');
        let mut first = true;
        for (i, field) in shape.fields.iter().enumerate() {
            let mark = self.out.len();
            self.out
                .extend_from_slice(if first { b"\"" } else { b",\"" });
            // Field names are plain ASCII identifiers (checked by a test): no escaping.
            self.out.extend_from_slice(field.name.as_bytes());
            self.out.extend_from_slice(b"\":");
            // Errors name the field, or its position in the positional form.
            self.path.push(if positional {
                Segment::Index(i)
            } else {
                Segment::Key(field.name)
            });
            let wrote = match get(field, i) {
                None | Some(Value::Null) => false,
                Some(value) => self.value(&field.node, value)?,
            };
            if !wrote {
                if positional && field.required && get(field, i).is_none() {
                    // The list ended before a required field: the object's fault.
                    self.path.pop();
                    return self.fail("expected an object, got a list of too few values");
                }
                if field.required {
                    return self.fail(if get(field, i).is_some() {
                        "is required (got null)"
                    } else {
                        "is missing"
                    });
                }
                match field.absent {
                    Some(text) => {
                        self.out.extend_from_slice(text.as_bytes());
                    }
                    None => {
                        self.out.truncate(mark);
                        self.path.pop();
                        continue;
                    }
                }
            }
            self.path.pop();
            first = false;
        }
        self.out.push(b'}');
        Ok(true)
    }
}

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
