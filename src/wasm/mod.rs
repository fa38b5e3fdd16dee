//! The thin `#[wasm_bindgen]` skin: converts JS values, calls `fetch`,
//! forwards to the pure core. Compiled only for `wasm32`.

mod convert;
mod endpoint_table;
mod error;
mod paging;
mod resource_class;
mod retry;
mod rongzi;
mod transport;
mod typescript;
mod yiwise;

pub use endpoint_table::endpoint_table;
pub use rongzi::client::RongziClient;
pub use rongzi::functions::{rongzi_enum_values, rongzi_label};
pub use yiwise::callback::{
    parse_yiwise_callback, yiwise_callback_decode_param, YiwiseCallbackCrypto,
};
pub use yiwise::client::YiwiseClient;
pub use yiwise::functions::{
    create_yiwise_signer, yiwise_enum_values, yiwise_label, yiwise_signature, yiwise_signature_of,
};

#[cfg(feature = "panic-hook")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}
