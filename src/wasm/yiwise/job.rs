//! `client.job` (placeholder: methods not yet declared).

super::resource::resource_class! {
    /// `client.job`.
    JobApi as "YiwiseJobApi" {
    }
}
