//! `client.phone` (placeholder: methods not yet declared).

super::resource::resource_class! {
    /// `client.phone`.
    PhoneApi as "YiwisePhoneApi" {
    }
}
