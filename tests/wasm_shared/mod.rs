//! Tests shared by the Chromium and Node runs: the JS-facing layer end to end,
//! against the simulator that `scripts/test` starts (URL in `YIWISE_SIM_URL`
//! at compile time), plus spy `fetch` functions for what must not go on the wire.

mod callbacks;
mod client_errors;
mod reliability;
mod rongzi;
mod round_trips;
mod secrets_on_the_wire;
mod signature;
mod support;
