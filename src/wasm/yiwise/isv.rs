//! `client.isv` (placeholder until typed).
