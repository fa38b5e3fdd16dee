//! One module per resource of the Yiwise OpenAPI; each holds its endpoints'
//! [`Operation`](crate::yiwise::operation::Operation)s, params and results.

pub mod call_record;
pub mod call_stats;
pub mod chat;
pub mod cs_robot;
pub mod dialog_flow;
pub mod intent_level_tag;
pub mod isv;
pub mod job;
pub mod knowledge;
pub mod phone;
pub mod policy_group;
pub mod tenant;
