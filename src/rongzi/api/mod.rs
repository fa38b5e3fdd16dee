//! One module per resource of the Rongzi API (`/api/<resource>/<function>`);
//! each holds its endpoints' [`Operation`](crate::rongzi::operation::Operation)s,
//! params and results.
//!
//! Results keep the API's field names and are always complete: a field the
//! server left out or sent as `null`/`""` is `null` in JS (never missing).

pub mod account;
pub mod call;
pub mod customer;
pub mod sms;
pub mod wechat;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// One page of a Rongzi list: `{ total, rows }`. `total` may arrive as a
/// string (`"72"`); it is a number here.
///
/// ```
/// use yiwise_rongzi::rongzi::api::RongziPage;
/// let p: RongziPage<i64> = serde_json::from_str(r#"{"total":"72","rows":[1,2]}"#).unwrap();
/// assert_eq!((p.total, p.rows.len()), (Some(72), 2));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RongziPage<T> {
    /// Rows across all pages.
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub total: Option<i64>,
    /// The rows of this page (`null` decodes as empty).
    #[serde(
        default = "Vec::new",
        deserialize_with = "crate::lenient::vec_or_null",
        bound(deserialize = "T: Deserialize<'de>")
    )]
    pub rows: Vec<T>,
}

/// The schema of a [`RongziPage`] whose rows have shape `$row`
/// (a `&'static Node`); see [`crate::transcode`].
macro_rules! page_schema {
    ($row:expr) => {{
        use $crate::transcode::schema::{Field, Node, Shape};
        Node::Object(&Shape {
            fields: &[
                Field::or_null("total", Node::Int),
                Field::list("rows", $row),
            ],
            trim_keys: true,
        })
    }};
}

pub(crate) use page_schema;

/// A time in milliseconds since the epoch that the server may send as a
/// number or a string (`"1537348268039"`). In JS: a number, or `undefined`
/// when the server sent none.
///
/// ```
/// use yiwise_rongzi::rongzi::api::Millis;
/// let m: Millis = serde_json::from_str("\"1537348268039\"").unwrap();
/// assert_eq!(m.0, Some(1_537_348_268_039));
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Millis(pub Option<i64>);

impl<'de> Deserialize<'de> for Millis {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::lenient::opt_i64(d).map(Millis)
    }
}

impl Serialize for Millis {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

/// A JSON object with `fields` in order (the wire bodies; no `json!`, whose
/// expansion hides an `unwrap`).
pub(crate) fn object<const N: usize>(fields: [(&str, serde_json::Value); N]) -> serde_json::Value {
    crate::http::wire_object(fields.map(|(k, v)| (k, Some(v))))
}

/// A required string of a response (a number is kept as its text): the
/// fields the client relies on (`customerCode`, `empCode`).
pub(crate) fn req_string<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    crate::lenient::opt_string(d)?.ok_or_else(|| serde::de::Error::custom("is required (got null)"))
}

/// A required string of the caller's params (`null` is refused).
pub(crate) fn param_string<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    struct V;
    impl serde::de::Visitor<'_> for V {
        type Value = String;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a string")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<String, E> {
            Ok(v.to_string())
        }
    }
    d.deserialize_any(V)
}

/// An optional string of the caller's params (a whole number is kept as its
/// text: mobiles typed as numbers still work); `null` → `None`.
pub(crate) fn opt_param_string<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<String>, D::Error> {
    struct V;
    impl<'de> serde::de::Visitor<'de> for V {
        type Value = Option<String>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a string")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_any(V)
        }
    }
    d.deserialize_any(V)
}

/// [`param_string`] as a params schema rule (see [`crate::transcode::params`]).
pub(crate) static PARAM_STRING: crate::transcode::params::Rule = crate::transcode::params::Rule {
    run: |v, at| {
        Ok(Some(
            crate::value_deserializer::rule(v, at, |d| param_string(d))?.into(),
        ))
    },
};

/// [`opt_param_string`] as a params schema rule.
pub(crate) static OPT_PARAM_STRING: crate::transcode::params::Rule =
    crate::transcode::params::Rule {
        run: |v, at| {
            Ok(
                crate::value_deserializer::rule(v, at, |d| opt_param_string(d))?
                    .map(serde_json::Value::from),
            )
        },
    };
