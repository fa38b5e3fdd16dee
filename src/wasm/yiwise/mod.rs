//! `YiwiseClient` and its resource objects (`client.job`, `client.tenant`, …).

mod call_record;
mod call_stats;
pub(crate) mod callback;
pub(crate) mod client;
mod cs_robot;
mod dialog_flow;
pub(crate) mod functions;
mod intent_level_tag;
mod isv;
mod job;
mod phone;
mod policy_group;
pub(crate) mod resource;
mod tenant;
