//! `client.intentLevelTag` (placeholder: methods not yet declared).

super::resource::resource_class! {
    /// `client.intentLevelTag`.
    IntentLevelTagApi as "YiwiseIntentLevelTagApi" {
    }
}
