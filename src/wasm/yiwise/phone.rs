//! `client.phone` (placeholder until typed).
