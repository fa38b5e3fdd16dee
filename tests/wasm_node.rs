//! The wasm bindings in Node (`wasm-pack test --node`).
#![cfg(target_arch = "wasm32")]

mod wasm_shared;
