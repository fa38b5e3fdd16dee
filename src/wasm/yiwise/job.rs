//! `client.job` (placeholder until typed).
