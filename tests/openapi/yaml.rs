//! A YAML rendering of JSON values for the committed OpenAPI files: block
//! style, keys in insertion order, strings double-quoted (JSON's escapes are
//! YAML's), lists of scalars inline. Enough for documents made of plain JSON.

use serde_json::Value;

/// `v` as a YAML document.
pub fn to_yaml(v: &Value) -> String {
    let mut out = String::new();
    block(v, 0, &mut out);
    out
}

fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => Value::String(s.clone()).to_string(),
        other => other.to_string(),
    }
}

fn is_flow(v: &Value) -> bool {
    match v {
        Value::Array(a) => a.iter().all(|x| !x.is_array() && !x.is_object()),
        Value::Object(o) => o.is_empty(),
        _ => true,
    }
}

fn flow(v: &Value) -> String {
    match v {
        Value::Array(a) => format!("[{}]", a.iter().map(scalar).collect::<Vec<_>>().join(", ")),
        Value::Object(_) => "{}".to_string(),
        other => scalar(other),
    }
}

fn key(k: &str) -> String {
    let plain = k
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && k.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        && !matches!(
            k,
            "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "y" | "n"
        );
    if plain {
        k.to_string()
    } else {
        Value::String(k.to_string()).to_string()
    }
}

fn block(v: &Value, indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    match v {
        Value::Object(o) if !o.is_empty() => {
            for (k, x) in o {
                if is_flow(x) {
                    out.push_str(&format!("{pad}{}: {}\n", key(k), flow(x)));
                } else {
                    out.push_str(&format!("{pad}{}:\n", key(k)));
                    block(x, indent + 2, out);
                }
            }
        }
        Value::Array(a) if !is_flow(v) => {
            for x in a {
                if is_flow(x) {
                    out.push_str(&format!("{pad}- {}\n", flow(x)));
                } else {
                    // The item's first line goes after the dash.
                    let mut item = String::new();
                    block(x, indent + 2, &mut item);
                    out.push_str(&format!("{pad}- {}", &item[indent + 2..]));
                }
            }
        }
        other => out.push_str(&format!("{pad}{}\n", flow(other))),
    }
}
