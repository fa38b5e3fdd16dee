//! `client.isv` (placeholder: methods not yet declared).

super::resource::resource_class! {
    /// `client.isv`.
    IsvApi as "YiwiseIsvApi" {
    }
}
