//! The thin `#[wasm_bindgen]` skin: converts JS values, calls `fetch`,
//! forwards to the pure core. Compiled only for `wasm32`.
//!
//! Cargo features choose what a build exports, so a page can load a module
//! with only what it uses (the package's `yiwise-rongzi/rongzi` and
//! `yiwise-rongzi/yiwise` entries): `yiwise` (the client, signing, labels),
//! `rongzi` (the client, labels), `callbacks` (parsing and crypto),
//! `server-kit` (what `yiwise-rongzi/server` needs besides). The default, and
//! the main entry, is all four; the core is the same in every build, and the
//! linker drops what no export reaches.
// A build without every feature leaves some shared helpers unused.
#![cfg_attr(
    not(all(
        feature = "yiwise",
        feature = "rongzi",
        feature = "callbacks",
        feature = "server-kit"
    )),
    allow(dead_code, unused_imports, unused_macros)
)]

mod convert;
#[cfg(feature = "server-kit")]
mod endpoint_table;
mod error;
mod observe;
mod paging;
mod resource_class;
mod response_info;
mod retry;
// Always: its TypeScript of the Rongzi codes is referenced by the core types in every build.
mod rongzi;
mod transport;
mod typescript;
#[cfg(any(feature = "yiwise", feature = "callbacks"))]
mod yiwise;

#[cfg(feature = "server-kit")]
pub use endpoint_table::endpoint_table;
#[cfg(feature = "rongzi")]
pub use rongzi::client::RongziClient;
#[cfg(feature = "rongzi")]
pub use rongzi::functions::{rongzi_enum_values, rongzi_label};
#[cfg(feature = "callbacks")]
pub use yiwise::callback::{
    parse_yiwise_callback, yiwise_callback_decode_param, YiwiseCallbackCrypto,
};
#[cfg(feature = "yiwise")]
pub use yiwise::client::YiwiseClient;
#[cfg(feature = "yiwise")]
pub use yiwise::functions::{
    create_yiwise_signer, yiwise_enum_values, yiwise_label, yiwise_signature, yiwise_signature_of,
};

#[cfg(feature = "panic-hook")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}
