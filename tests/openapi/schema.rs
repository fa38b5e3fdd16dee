//! JSON Schema (OpenAPI 3.1) of a schema [`Node`], in two readings:
//!
//! - **params** as they go on the wire (what the SDK sends after checking
//!   them: integers as integers, enum names from the enum's table);
//! - **results** as the platform sends them, which is looser than what the
//!   SDK decodes to: the docs show integers as numeric strings, `null` for
//!   absent values and lists, one object where a list is meant. Each lenient
//!   node says so in its schema, so a tool judging the platform's answers
//!   against it does not flag what the docs themselves show.

use serde_json::{json, Map, Value};
use yiwise_rongzi::transcode::schema::{Node, Shape};

/// The enum table of `name` (`IntentLevel`, …): its values and labels.
fn enum_values(name: &str) -> Option<&'static [(&'static str, &'static str)]> {
    yiwise_rongzi::yiwise::enums::ALL
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| *v)
}

/// `A: A级(较强); B: …` for a description.
fn labels<'a>(pairs: impl Iterator<Item = (String, &'a str)>) -> String {
    pairs
        .map(|(v, l)| format!("{v}: {l}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The schema of params `node` as sent.
pub fn params(node: &Node) -> Value {
    match node {
        // The docs' own examples send ids as text too (`"robotCallJobId": "30"`); the SDK sends numbers.
        Node::Int => json!({ "type": ["integer", "string"], "pattern": "^-?[0-9]+$" }),
        Node::Float => json!({ "type": ["number", "string"], "pattern": "^-?[0-9]+(\\.[0-9]+)?$" }),
        Node::Str | Node::Text => json!({ "type": "string" }),
        Node::Bool => json!({ "type": "boolean" }),
        Node::Enum => json!({ "type": "string" }),
        Node::Named(name, inner) => match (inner, enum_values(name)) {
            (Node::Enum, Some(values)) => json!({
                "type": "string",
                "title": name,
                "enum": values.iter().map(|(v, _)| *v).collect::<Vec<_>>(),
                "description": labels(values.iter().map(|(v, l)| (v.to_string(), *l))),
            }),
            _ => {
                let mut s = params(inner);
                s["title"] = json!(name);
                s
            }
        },
        Node::Opt(inner) => nullable(params(inner)),
        Node::List(item) | Node::ListOrEmpty(item) => {
            json!({ "type": "array", "items": params(item) })
        }
        Node::StrictMap(v) | Node::Map(v) => {
            json!({ "type": "object", "additionalProperties": params(v) })
        }
        Node::StrMap => json!({ "type": "object", "additionalProperties": { "type": "string" } }),
        Node::Object(shape) => object(shape, params, false),
        Node::Code(table) => code(table),
        // A rule of the params type's own (a code given by name, an id list given as
        // text): the SDK normalises it; the wire value is a scalar or a list of them.
        Node::Rule(_) => {
            json!({ "description": "See the SDK's type for this field: it takes more than one form and sends the platform's." })
        }
        Node::Nothing => json!({ "type": "object", "maxProperties": 0 }),
        _ => json!({}),
    }
}

/// The schema of result `node` as the platform sends it.
pub fn result(node: &Node) -> Value {
    match node {
        Node::Int => {
            json!({ "type": ["integer", "string", "null"], "description": "An integer (the docs also show numeric strings)." })
        }
        Node::Float => json!({ "type": ["number", "string", "null"] }),
        Node::Str => json!({ "type": ["string", "number", "boolean", "null"] }),
        Node::Text => json!({ "type": "string" }),
        Node::Enum => {
            json!({ "type": ["string", "integer", "null"], "description": "An open enum: values the docs do not list are passed on as sent." })
        }
        Node::Bool => json!({ "type": ["boolean", "integer", "string", "null"] }),
        Node::Code(table) => nullable(code(table)),
        Node::Has => {
            json!({ "type": ["integer", "boolean", "null"], "description": "1: yes, 2: no." })
        }
        Node::Flag => {
            json!({ "type": ["integer", "boolean", "null"], "description": "1: yes, 0: no." })
        }
        Node::SecurityOrFund => {
            json!({ "type": ["integer", "null"], "description": "1: 无社保无公积金, 2: 有社保有公积金, 4: 有社保无公积金, 8: 无社保有公积金." })
        }
        Node::Token => {
            json!({ "type": "string", "description": "A JWT, sometimes with a `Bearer ` prefix." })
        }
        Node::StrMap => {
            json!({ "type": ["object", "null"], "additionalProperties": { "type": ["string", "number", "boolean", "null"] } })
        }
        Node::Map(v) | Node::StrictMap(v) => {
            json!({ "type": ["object", "null"], "additionalProperties": result(v) })
        }
        Node::List(item) | Node::ListOrEmpty(item) => {
            json!({ "type": ["array", "null"], "items": result(item) })
        }
        Node::OneOrList(item) => json!({ "anyOf": [
            { "type": "array", "items": result(item) },
            result(item),
            { "type": "null" },
        ] }),
        Node::StrsOrKeys => json!({ "type": ["array", "object", "null"] }),
        Node::StrsOrOne => json!({ "type": ["array", "string", "null"] }),
        Node::PropsOrText => json!({ "type": ["object", "string", "null"] }),
        Node::Object(shape) => nullable(object(shape, result, true)),
        Node::Opt(inner) => nullable(result(inner)),
        Node::Named(_, inner) => result(inner),
        Node::Rule(_) | Node::Any | Node::Nothing => json!({}),
    }
}

/// `schema` that may also be `null`.
fn nullable(mut schema: Value) -> Value {
    // A schema that allows any value already allows `null`.
    let any = schema.as_object().is_some_and(|o| {
        !["type", "anyOf", "oneOf", "enum", "const", "properties"]
            .iter()
            .any(|k| o.contains_key(*k))
    });
    if any {
        return schema;
    }
    match schema.get("type").cloned() {
        Some(Value::String(t)) if t == "null" => schema,
        Some(Value::String(t)) => {
            schema["type"] = json!([t, "null"]);
            schema
        }
        Some(Value::Array(mut types)) => {
            if !types.iter().any(|t| t == "null") {
                types.push(json!("null"));
            }
            schema["type"] = Value::Array(types);
            schema
        }
        _ => json!({ "anyOf": [schema, { "type": "null" }] }),
    }
}

/// A Rongzi code: the integer the platform sends, its documented values in
/// the description (not an `enum`: the platform keeps codes the docs do not
/// list, and so does the SDK).
fn code(table: &[(i64, &str, &str)]) -> Value {
    let known: Vec<String> = table
        .iter()
        .map(|(c, n, l)| format!("{c}: {n} ({l})"))
        .collect();
    json!({ "type": "integer", "description": known.join("; ") })
}

/// An object's properties; required ones listed. Results keep unknown
/// properties (the platform adds fields over time).
fn object(shape: &Shape, each: fn(&Node) -> Value, open: bool) -> Value {
    let mut props = Map::new();
    let mut required = Vec::new();
    for f in shape.fields {
        let mut s = each(&f.node);
        // An optional param may also be sent as `null` (the docs' examples do: `"sessionId": null`).
        if !open && !f.required {
            s = nullable(s);
        }
        if !f.aliases.is_empty() {
            s["x-aliases"] = json!(f.aliases);
        }
        props.insert(f.name.to_string(), s);
        if f.required {
            required.push(f.name);
        }
    }
    let mut o = json!({ "type": "object", "properties": props });
    if !required.is_empty() {
        o["required"] = json!(required);
    }
    if !open {
        o["additionalProperties"] = json!(false);
    }
    o
}
