//! `RongziClient` and its resource objects (`rz.account`, `rz.customer`, …).

#[cfg(feature = "rongzi")]
mod account;
#[cfg(feature = "rongzi")]
mod call;
#[cfg(feature = "rongzi")]
pub(crate) mod client;
#[cfg(feature = "rongzi")]
mod customer;
#[cfg(feature = "rongzi")]
pub(crate) mod functions;
#[cfg(feature = "rongzi")]
pub(crate) mod resource;
#[cfg(feature = "rongzi")]
mod sms;
mod typescript;
#[cfg(feature = "rongzi")]
mod wechat;
