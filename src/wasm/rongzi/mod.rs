//! `RongziClient` and its resource objects (`rz.account`, `rz.customer`, …).

mod account;
mod call;
pub(crate) mod client;
mod customer;
pub(crate) mod functions;
pub(crate) mod resource;
mod sms;
mod typescript;
mod wechat;
