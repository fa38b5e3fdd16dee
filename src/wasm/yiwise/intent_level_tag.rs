//! `client.intent_level_tag` (placeholder until typed).
