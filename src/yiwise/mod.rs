//! The Yiwise / 探意 robot OpenAPI: signing, endpoints, validation, decoding.
//!
//! Pure Rust: nothing here touches wasm or the network.

pub mod api;
pub mod bulk_import;
pub mod callback;
pub mod config;
pub mod endpoints;
pub mod enums;
pub mod envelope;
pub mod operation;
pub mod page;
pub mod signature;
