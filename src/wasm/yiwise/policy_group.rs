//! `client.policyGroup` (placeholder: methods not yet declared).

super::resource::resource_class! {
    /// `client.policyGroup`.
    PolicyGroupApi as "YiwisePolicyGroupApi" {
    }
}
