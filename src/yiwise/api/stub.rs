//! Placeholder operations: raw JSON in, raw JSON out, until typed.

use crate::yiwise::validation::Validate;
use serde::{Deserialize, Serialize};

/// Any JSON object, unchecked (placeholder for not-yet-typed endpoints).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct LooseParams(pub serde_json::Map<String, serde_json::Value>);

impl Validate for LooseParams {}

/// Defines a placeholder operation.
macro_rules! stub_operation {
    ($(#[$m:meta])* $name:ident, $path:literal, $method:ident) => {
        $(#[$m])*
        pub struct $name;
        impl $crate::yiwise::operation::Operation for $name {
            const PATH: &'static str = $path;
            const METHOD: $crate::http::Method = $crate::http::Method::$method;
            type Params = $crate::yiwise::api::stub::LooseParams;
            type Output = serde_json::Value;
        }
    };
}
pub(crate) use stub_operation;
