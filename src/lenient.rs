//! Tolerant serde deserializers for what the docs get inconsistent.
//!
//! The vendors' docs send ids as numbers or as strings (`"1"`), rates as
//! numbers where the table says String, totals as `"72"`, and `null`
//! anywhere. These functions accept those forms and nothing misleading: an id
//! that is not an integer (`"abc"`, `1.5`, `true`) is an error naming the field.
//!
//! Use them with `#[serde(default, deserialize_with = "crate::lenient::opt_i64")]`.
//!
//! ```
//! #[derive(serde::Deserialize)]
//! struct T {
//!     #[serde(default, deserialize_with = "yiwise_rongzi::lenient::opt_i64")]
//!     id: Option<i64>,
//! }
//! let t: T = serde_json::from_str(r#"{"id":"42"}"#).unwrap();
//! assert_eq!(t.id, Some(42));
//! assert!(serde_json::from_str::<T>(r#"{"id":"4x2"}"#).is_err());
//! ```

use serde::de::{self, Deserializer, Visitor};
use std::fmt;

/// Largest integer a JS number holds exactly (2^53 - 1).
pub const MAX_SAFE_INTEGER: i64 = 9_007_199_254_740_991;

/// A JSON scalar as these rules see it (also what the tree decoder of
/// [`crate::transcode::tree`] feeds them, so both apply one set of rules).
pub(crate) enum Scalar {
    Int(i64),
    Float(f64),
    Str(String),
    Bool(bool),
    Null,
}

impl Scalar {
    /// The scalar a JSON value is, as the deserializers below read it
    /// (`None` for a list or an object).
    pub(crate) fn of(v: &serde_json::Value) -> Option<Scalar> {
        scalar(v).ok()
    }
}

struct ScalarVisitor;

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = Scalar;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a number, string, boolean or null")
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Scalar, E> {
        Ok(Scalar::Int(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Scalar, E> {
        i64::try_from(v)
            .map(Scalar::Int)
            .or(Ok(Scalar::Float(v as f64)))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Scalar, E> {
        Ok(Scalar::Float(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Scalar, E> {
        Ok(Scalar::Str(v.to_string()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Scalar, E> {
        Ok(Scalar::Str(v))
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Scalar, E> {
        Ok(Scalar::Bool(v))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Scalar, E> {
        Ok(Scalar::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Scalar, E> {
        Ok(Scalar::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Scalar, D::Error> {
        d.deserialize_any(ScalarVisitor)
    }
}

pub(crate) fn scalar<'de, D: Deserializer<'de>>(d: D) -> Result<Scalar, D::Error> {
    d.deserialize_any(ScalarVisitor)
}

pub(crate) fn int_from<E: de::Error>(s: Scalar) -> Result<Option<i64>, E> {
    match s {
        Scalar::Null => Ok(None),
        Scalar::Int(v) => Ok(Some(v)),
        Scalar::Float(f) if f.fract() == 0.0 && f.abs() <= MAX_SAFE_INTEGER as f64 => {
            Ok(Some(f as i64))
        }
        Scalar::Float(f) => Err(E::custom(format!("expected an integer, got {f}"))),
        Scalar::Str(s) if s.trim().is_empty() => Ok(None),
        Scalar::Str(s) => s
            .trim()
            .parse::<i64>()
            .map(Some)
            .map_err(|_| E::custom(format!("expected an integer, got {:?}", truncate(&s)))),
        Scalar::Bool(b) => Err(E::custom(format!("expected an integer, got {b}"))),
    }
}

/// Shortens user-supplied text quoted in an error message.
pub(crate) fn truncate(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(MAX).collect();
        t.push('…');
        t
    }
}

/// An optional integer: a number, a numeric string, `null` or `""` (→ `None`).
pub fn opt_i64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    int_from(scalar(d)?)
}

/// A required integer: like [`opt_i64`] but `null`/`""` is an error.
pub fn i64_req<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    int_from(scalar(d)?)?.ok_or_else(|| de::Error::custom("expected an integer, got null"))
}

/// An optional float: a number or a numeric string; `null`/`""` → `None`.
pub fn opt_f64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    float_from(scalar(d)?)
}

/// The rule of [`opt_f64`].
pub(crate) fn float_from<E: de::Error>(s: Scalar) -> Result<Option<f64>, E> {
    match s {
        Scalar::Null => Ok(None),
        Scalar::Int(v) => Ok(Some(v as f64)),
        Scalar::Float(f) => Ok(Some(f)),
        Scalar::Str(s) if s.trim().is_empty() => Ok(None),
        Scalar::Str(s) => decimal(&s)
            .map(Some)
            .ok_or_else(|| E::custom(format!("expected a number, got {:?}", truncate(&s)))),
        Scalar::Bool(b) => Err(E::custom(format!("expected a number, got {b}"))),
    }
}

/// A finite number written in decimal (`"72"`, `" -1.5 "`, `"+.5"`, `"007"`,
/// `"2e3"`), as numbers in a body are read; `None` for anything else
/// (`"abc"`, `"1,5"`, `"inf"`, `"NaN"`, `"1e400"`).
///
/// It accepts the decimal forms of Rust's `str::parse::<f64>` and converts
/// them with serde_json's number parser, the one every number in a body goes
/// through: the standard library's parser would add its own tables and code
/// for the same job.
///
/// ```
/// use yiwise_rongzi::lenient::decimal;
/// assert_eq!(decimal(" 007.50 "), Some(7.5));
/// assert_eq!(decimal("+.5e1"), Some(5.0));
/// assert_eq!(decimal("1."), Some(1.0));
/// assert_eq!(decimal("1e400"), None);
/// assert_eq!(decimal("inf"), None);
/// assert_eq!(decimal("0x10"), None);
/// ```
pub fn decimal(text: &str) -> Option<f64> {
    let s = text.trim().as_bytes();
    let digits = |from: usize| {
        s.iter()
            .skip(from)
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    // sign, integer part, fraction, exponent: `[+-]?\d*(\.\d*)?([eE][+-]?\d+)?`
    let mut at = usize::from(matches!(s.first(), Some(b'+' | b'-')));
    let negative = s.first() == Some(&b'-');
    let int = at..at + digits(at);
    at = int.end;
    let mut frac = at..at;
    if s.get(at) == Some(&b'.') {
        frac = at + 1..at + 1 + digits(at + 1);
        at = frac.end;
    }
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    let mut exp = at..at;
    if matches!(s.get(at), Some(b'e' | b'E')) {
        let sign = usize::from(matches!(s.get(at + 1), Some(b'+' | b'-')));
        let n = digits(at + 1 + sign);
        if n == 0 {
            return None;
        }
        exp = at..at + 1 + sign + n;
        at = exp.end;
    }
    if at != s.len() {
        return None;
    }
    // The same number in JSON's grammar: no `+`, no leading zeros, digits on
    // both sides of a point.
    let int_digits = s.get(int)?;
    let int_digits = match int_digits.iter().position(|&b| b != b'0') {
        Some(first) => int_digits.get(first..)?,
        None => b"0",
    };
    let mut json = Vec::with_capacity(s.len() + 2);
    if negative {
        json.push(b'-');
    }
    json.extend_from_slice(int_digits);
    if !frac.is_empty() {
        json.push(b'.');
        json.extend_from_slice(s.get(frac)?);
    }
    json.extend_from_slice(s.get(exp)?);
    let text = std::str::from_utf8(&json).ok()?;
    serde_json::from_str::<f64>(text)
        .ok()
        .filter(|f| f.is_finite())
}

/// An optional string; a number or boolean is kept as its text, `null` → `None`.
pub fn opt_string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(string_from(scalar(d)?))
}

/// The rule of [`opt_string`].
pub(crate) fn string_from(s: Scalar) -> Option<String> {
    match s {
        Scalar::Null => None,
        Scalar::Str(s) => Some(s),
        Scalar::Int(v) => Some(v.to_string()),
        Scalar::Float(f) => Some(f.to_string()),
        Scalar::Bool(b) => Some(b.to_string()),
    }
}

/// An optional boolean: `true`/`false`, `1`/`0`, `"true"`/`"false"`; `null` → `None`.
pub fn opt_bool<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
    bool_from(scalar(d)?)
}

/// The rule of [`opt_bool`].
pub(crate) fn bool_from<E: de::Error>(s: Scalar) -> Result<Option<bool>, E> {
    match s {
        Scalar::Null => Ok(None),
        Scalar::Bool(b) => Ok(Some(b)),
        Scalar::Int(0) => Ok(Some(false)),
        Scalar::Int(1) => Ok(Some(true)),
        Scalar::Str(s) if s == "true" => Ok(Some(true)),
        Scalar::Str(s) if s == "false" => Ok(Some(false)),
        Scalar::Str(s) if s.is_empty() => Ok(None),
        Scalar::Str(s) => Err(E::custom(format!(
            "expected a boolean, got {:?}",
            truncate(&s)
        ))),
        Scalar::Int(v) => Err(E::custom(format!("expected a boolean, got {v}"))),
        Scalar::Float(f) => Err(E::custom(format!("expected a boolean, got {f}"))),
    }
}

/// A list that may arrive as `null` (→ empty); items use their own `Deserialize`.
pub fn vec_or_null<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}

use serde::Deserialize;

/// An optional list of integers, each a number or numeric string (`["1017"]`).
pub fn opt_vec_i64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<i64>>, D::Error> {
    #[derive(Deserialize)]
    struct Item(#[serde(deserialize_with = "i64_req")] i64);
    Ok(Option::<Vec<Item>>::deserialize(d)?.map(|v| v.into_iter().map(|i| i.0).collect()))
}

/// A string-like scalar for enum decoding: strings as is, numbers as their text.
pub fn string_like<'de, D: Deserializer<'de>>(d: D, expected: &str) -> Result<String, D::Error> {
    string_like_from(scalar(d)?, expected)
}

/// The rule of [`string_like`].
pub(crate) fn string_like_from<E: de::Error>(s: Scalar, expected: &str) -> Result<String, E> {
    match s {
        Scalar::Str(s) => Ok(s),
        Scalar::Int(v) => Ok(v.to_string()),
        Scalar::Float(f) => Ok(f.to_string()),
        Scalar::Bool(b) => Err(E::custom(format!("expected {expected}, got {b}"))),
        Scalar::Null => Err(E::custom(format!("expected {expected}, got null"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    struct T {
        #[serde(default, deserialize_with = "opt_i64")]
        i: Option<i64>,
        #[serde(default, deserialize_with = "opt_f64")]
        f: Option<f64>,
        #[serde(default, deserialize_with = "opt_string")]
        s: Option<String>,
        #[serde(default, deserialize_with = "opt_bool")]
        b: Option<bool>,
        #[serde(default, deserialize_with = "opt_vec_i64")]
        v: Option<Vec<i64>>,
    }

    fn t(json: &str) -> Result<T, serde_json::Error> {
        serde_json::from_str(json)
    }

    #[test]
    fn integers_accept_numbers_and_numeric_strings_only() {
        assert_eq!(t(r#"{"i":7}"#).unwrap().i, Some(7));
        assert_eq!(t(r#"{"i":"7"}"#).unwrap().i, Some(7));
        assert_eq!(t(r#"{"i":7.0}"#).unwrap().i, Some(7));
        assert_eq!(t(r#"{"i":null}"#).unwrap().i, None);
        assert_eq!(t(r#"{"i":""}"#).unwrap().i, None);
        assert!(t(r#"{"i":"x"}"#).is_err());
        assert!(t(r#"{"i":1.5}"#).is_err());
        assert!(t(r#"{"i":true}"#).is_err());
        assert!(t(r#"{"i":[1]}"#).is_err());
    }

    #[test]
    fn floats_strings_and_bools_are_tolerant() {
        assert_eq!(t(r#"{"f":"11.90"}"#).unwrap().f, Some(11.9));
        assert!(t(r#"{"f":"NaN"}"#).is_err());
        assert_eq!(t(r#"{"s":60}"#).unwrap().s.as_deref(), Some("60"));
        assert_eq!(t(r#"{"b":1}"#).unwrap().b, Some(true));
        assert_eq!(t(r#"{"b":"false"}"#).unwrap().b, Some(false));
        assert!(t(r#"{"b":"yes"}"#).is_err());
        assert_eq!(t(r#"{"v":["1017",5]}"#).unwrap().v, Some(vec![1017, 5]));
        assert!(t(r#"{"v":["x"]}"#).is_err());
    }

    #[test]
    fn long_bad_values_are_shortened_in_messages() {
        let long = "9".repeat(30) + &"x".repeat(100);
        let e = t(&format!(r#"{{"i":"{long}"}}"#)).unwrap_err().to_string();
        assert!(e.len() < 120, "{e}");
    }
}
