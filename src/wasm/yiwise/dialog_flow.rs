//! `client.dialogFlow` (placeholder: methods not yet declared).

super::resource::resource_class! {
    /// `client.dialogFlow`.
    DialogFlowApi as "YiwiseDialogFlowApi" {
    }
}
