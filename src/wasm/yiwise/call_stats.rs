//! `client.callStats` (placeholder: methods not yet declared).

super::resource::resource_class! {
    /// `client.callStats`.
    CallStatsApi as "YiwiseCallStatsApi" {
    }
}
