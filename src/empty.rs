//! Params of endpoints that take none, and the result of action endpoints
//! (both APIs).

use crate::validation::Validate;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

/// Params of an endpoint that takes none: `undefined`, `null` or `{}`.
/// Any field is refused, so a misplaced argument does not pass silently.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NoParams;

impl Validate for NoParams {}

impl crate::transcode::params::Canonical for NoParams {
    fn from_canonical(v: &serde_json::Value) -> Option<Self> {
        v.is_null().then_some(NoParams)
    }
}

impl Serialize for NoParams {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_unit()
    }
}

impl<'de> Deserialize<'de> for NoParams {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = NoParams;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("no parameters")
            }
            fn visit_unit<E: de::Error>(self) -> Result<NoParams, E> {
                Ok(NoParams)
            }
            fn visit_none<E: de::Error>(self) -> Result<NoParams, E> {
                Ok(NoParams)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<NoParams, A::Error> {
                if let Some(k) = m.next_key::<String>()? {
                    let _ = m.next_value::<IgnoredAny>()?;
                    return Err(de::Error::unknown_field(&crate::lenient::truncate(&k), &[]));
                }
                Ok(NoParams)
            }
        }
        d.deserialize_any(V)
    }
}

/// The `data` of an action endpoint: documented as `null`. Whatever the
/// server sends is accepted and dropped; in JS the call resolves `undefined`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Nothing;

impl Serialize for Nothing {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_unit()
    }
}

impl<'de> Deserialize<'de> for Nothing {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        IgnoredAny::deserialize(d).map(|_| Nothing)
    }
}
