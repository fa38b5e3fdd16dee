//! The login password: the API takes the lowercase MD5 hex of it.
//!
//! MD5 is what the server expects (the docs' example `e10adc…` is MD5 of
//! `123456`); it protects nothing on the wire, so use https in production.

use crate::error::Issue;
use md5::{Digest, Md5};
use std::fmt;

/// Lowercase hex MD5 of the UTF-8 bytes of `password`.
///
/// ```
/// use yiwise_rongzi::rongzi::password::md5_hex;
/// assert_eq!(md5_hex("123456"), "e10adc3949ba59abbe56e057f20f883e");
/// ```
pub fn md5_hex(password: &str) -> String {
    let digest = Md5::digest(password.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Checks a ready MD5 hash: exactly 32 hex digits, returned in lowercase.
/// The issue never quotes the value.
///
/// ```
/// use yiwise_rongzi::rongzi::password::normalize_md5;
/// assert_eq!(normalize_md5("E10ADC3949BA59ABBE56E057F20F883E").unwrap(), "e10adc3949ba59abbe56e057f20f883e");
/// assert!(normalize_md5("123456").is_err());
/// ```
pub fn normalize_md5(hash: &str) -> Result<String, Issue> {
    let h = hash.trim();
    if h.len() == 32 && h.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(h.to_ascii_lowercase())
    } else {
        Err(Issue::new(
            "passwordMd5",
            format!(
                "must be 32 hex digits (the MD5 of the password), got {} characters",
                h.chars().count()
            ),
        ))
    }
}

/// A password as the caller gave it: plain text, or its MD5. `Debug` never
/// shows it, and there is no `Display` or `Serialize`.
#[derive(Clone, PartialEq, Eq)]
pub enum Password {
    /// The password itself (hashed before sending).
    Plain(String),
    /// A ready lowercase MD5 hex (sent as is).
    Md5(String),
}

impl Password {
    /// What goes on the wire: the lowercase MD5 hex.
    ///
    /// ```
    /// use yiwise_rongzi::rongzi::password::Password;
    /// assert_eq!(Password::Plain("123456".into()).wire_hash(), "e10adc3949ba59abbe56e057f20f883e");
    /// assert_eq!(format!("{:?}", Password::Plain("123456".into())), "Password(***)");
    /// ```
    pub fn wire_hash(&self) -> String {
        match self {
            Password::Plain(p) => md5_hex(p),
            Password::Md5(h) => h.clone(),
        }
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(***)")
    }
}
