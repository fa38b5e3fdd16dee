//! `client.policy_group` (placeholder until typed).
