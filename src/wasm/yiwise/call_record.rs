//! `client.call_record` (placeholder until typed).
