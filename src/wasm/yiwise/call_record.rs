//! `client.callRecord` (placeholder: methods not yet declared).

super::resource::resource_class! {
    /// `client.callRecord`.
    CallRecordApi as "YiwiseCallRecordApi" {
    }
}
