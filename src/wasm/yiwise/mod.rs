//! `YiwiseClient` and its resource objects (`client.job`, `client.tenant`, …).

#[cfg(feature = "yiwise")]
mod bulk_import;
#[cfg(feature = "yiwise")]
mod call_record;
#[cfg(feature = "yiwise")]
mod call_stats;
#[cfg(feature = "callbacks")]
pub(crate) mod callback;
#[cfg(feature = "yiwise")]
mod chat;
#[cfg(feature = "yiwise")]
pub(crate) mod client;
#[cfg(feature = "yiwise")]
mod cs_robot;
#[cfg(feature = "yiwise")]
mod dialog_flow;
#[cfg(feature = "yiwise")]
pub(crate) mod functions;
#[cfg(feature = "yiwise")]
mod intent_level_tag;
#[cfg(feature = "yiwise")]
mod isv;
#[cfg(feature = "yiwise")]
mod job;
#[cfg(feature = "yiwise")]
mod knowledge;
#[cfg(feature = "yiwise")]
mod phone;
#[cfg(feature = "yiwise")]
mod policy_group;
#[cfg(feature = "yiwise")]
pub(crate) mod resource;
#[cfg(feature = "yiwise")]
mod tenant;
