//! # yiwise-rongzi
//!
//! Typed, signed clients for the **Yiwise / 探意 robot OpenAPI** and the
//! **Rongzi Assistant / 融助手 API**, written in Rust and shipped to
//! JavaScript as WebAssembly.
//!
//! The crate is a pure-Rust core (signing, URL and header building,
//! validation, decoding, enums), tested natively, plus a thin
//! `#[wasm_bindgen]` layer (`wasm`, compiled only for `wasm32`) that converts
//! JS values and calls `fetch`.
//!
//! ```
//! use yiwise_rongzi::yiwise::signature::sign;
//! assert_eq!(sign("k", "s", "t", "v1", "0"), "ac6bc834e79aa7e940ded2cabbddb174551e19a7c7da5fd2be0ed0e7d8e44719");
//! ```

#![deny(missing_docs)]
// `Error` carries code, status, requestId and every validation issue, so it is
// larger than clippy's 128-byte hint. It only travels on the failure path, where
// one move of ~150 bytes costs nothing next to a network round trip; boxing it
// would make every field access in callers clumsier for no measurable gain.
#![allow(clippy::result_large_err)]

pub mod call_headers;
pub mod empty;
pub mod error;
pub mod http;
pub mod lenient;
#[doc(hidden)]
pub mod open_enum;
pub mod request_event;
pub mod retry;
pub mod rongzi;
pub mod secret;
pub mod transcode;
pub mod validation;
pub mod value_deserializer;
pub mod yiwise;

/// The JS bindings (wasm32 only). Public so the wasm tests can drive them;
/// JS users see these through the npm package.
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;

pub use error::{Error, ErrorKind, Issue};
pub use secret::Secret;
