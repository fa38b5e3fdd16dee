//! `client.cs_robot` (placeholder until typed).
