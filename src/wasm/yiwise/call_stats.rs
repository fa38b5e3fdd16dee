//! `client.call_stats` (placeholder until typed).
