//! `client.dialog_flow` (placeholder until typed).
