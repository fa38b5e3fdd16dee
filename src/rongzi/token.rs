//! The login token: a JWT sent as `Authorization: Bearer <token>`.
//!
//! The server returns it with a `Bearer ` prefix in one doc example and
//! without in another; [`Token::parse`] keeps the bare JWT, and
//! [`Token::authorization`] always adds exactly one prefix. The expiry is read
//! from the JWT payload's `exp` (seconds) without verifying the signature
//! (only the server can): it is a hint for the client, not a security check.

use crate::error::Issue;
use crate::http::is_header_safe;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use std::fmt;

/// A normalised token. `Debug` never shows it.
///
/// ```
/// use yiwise_rongzi::rongzi::token::Token;
/// // The docs' second token (exp 1568802523 s).
/// let jwt = "eyJhbGciOiJIUzUxMiJ9.eyJleHAiOjE1Njg4MDI1MjN9.sig";
/// let t = Token::parse(&format!("Bearer {jwt}")).unwrap();
/// assert_eq!(t.as_str(), jwt);
/// assert_eq!(t.authorization(), format!("Bearer {jwt}"));
/// assert_eq!(t.expires_at_ms(), Some(1_568_802_523_000));
/// assert!(!format!("{t:?}").contains("eyJ"));
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Token {
    pub(crate) jwt: String,
    expires_at_ms: Option<i64>,
}

impl Token {
    /// Normalises a token as a server or a caller may give it: surrounding
    /// spaces and any number of leading `Bearer ` prefixes (any case) are
    /// removed. An empty result, or one that cannot go in an HTTP header, is
    /// refused (the issue never quotes the token).
    pub fn parse(raw: &str) -> Result<Token, Issue> {
        let mut s = raw.trim();
        while let Some(rest) = strip_bearer(s) {
            s = rest;
        }
        if s.is_empty() {
            return Err(Issue::new("token", "is empty"));
        }
        if !is_header_safe(s) || s.contains(char::is_whitespace) {
            return Err(Issue::new(
                "token",
                "must be printable ASCII without spaces (it is sent in the Authorization header)",
            ));
        }
        Ok(Token {
            jwt: s.to_string(),
            expires_at_ms: jwt_exp_ms(s),
        })
    }

    /// The bare JWT (no `Bearer ` prefix).
    pub fn as_str(&self) -> &str {
        &self.jwt
    }

    /// The `Authorization` header value: `Bearer <jwt>`.
    pub fn authorization(&self) -> String {
        format!("Bearer {}", self.jwt)
    }

    /// When the token expires, in milliseconds since the epoch, from the
    /// payload's `exp`; `None` when it has none or it cannot be read.
    pub fn expires_at_ms(&self) -> Option<i64> {
        self.expires_at_ms
    }

    /// True when the token has an expiry and it is at or before `now_ms`.
    pub fn is_expired(&self, now_ms: u64) -> bool {
        self.expires_at_ms
            .is_some_and(|exp| i128::from(exp) <= i128::from(now_ms))
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Token")
            .field("jwt", &"***")
            .field("expires_at_ms", &self.expires_at_ms)
            .finish()
    }
}

/// `s` without a leading `Bearer` and the whitespace after it (any case).
fn strip_bearer(s: &str) -> Option<&str> {
    let head = s.get(..6)?;
    if !head.eq_ignore_ascii_case("bearer") {
        return None;
    }
    let rest = s.get(6..)?;
    let trimmed = rest.trim_start();
    // "Bearer" must be followed by whitespace: "BearerX" is not a prefix.
    (trimmed.len() < rest.len() || rest.is_empty()).then_some(trimmed)
}

/// `exp` (seconds) of a JWT's payload, in milliseconds. `None` when the token
/// is not a JWT, the payload is not base64url JSON, or `exp` is missing, not
/// a number, negative or beyond what a JS number holds exactly.
///
/// ```
/// use yiwise_rongzi::rongzi::token::jwt_exp_ms;
/// assert_eq!(jwt_exp_ms("e30.eyJleHAiOjF9.x"), Some(1000)); // {"exp":1}
/// assert_eq!(jwt_exp_ms("e30.e30.x"), None); // {}
/// assert_eq!(jwt_exp_ms("not a jwt"), None);
/// ```
pub fn jwt_exp_ms(jwt: &str) -> Option<i64> {
    let payload = jwt.split('.').nth(1)?;
    let bytes = URL_SAFE_NO_PAD.decode(payload.trim_end_matches('=')).ok()?;
    // from_str (not from_slice): the module already has the str parser.
    let text = std::str::from_utf8(&bytes).ok()?;
    let v: serde_json::Value = serde_json::from_str(text).ok()?;
    let exp = v.get("exp")?;
    let secs = exp
        .as_f64()
        .or_else(|| crate::lenient::decimal(exp.as_str()?))?;
    if !secs.is_finite() || secs < 0.0 {
        return None;
    }
    let ms = (secs * 1000.0).round();
    (ms <= crate::lenient::MAX_SAFE_INTEGER as f64).then_some(ms as i64)
}

/// Deserializes a token from a response into its bare, normalised form;
/// the error never quotes it.
pub(crate) fn de_token<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    use serde::de::Error as _;
    let s = crate::rongzi::codes::text_or_null(d)?
        .ok_or_else(|| D::Error::custom("expected the token as a string"))?;
    Token::parse(&s)
        .map(|t| t.jwt)
        .map_err(|i| D::Error::custom(format!("the token {}", i.message)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bearer_prefixes_collapse_to_one() {
        for raw in [
            "abc",
            "Bearer abc",
            "bearer abc",
            "BEARER  abc",
            "Bearer Bearer abc",
            " Bearer\tabc ",
        ] {
            let t = Token::parse(raw).unwrap();
            assert_eq!(t.authorization(), "Bearer abc", "{raw:?}");
        }
        assert_eq!(Token::parse("Bearerabc").unwrap().as_str(), "Bearerabc");
        assert!(Token::parse("Bearer ").is_err());
        assert!(Token::parse("Bearer").is_err());
        assert!(Token::parse("a b").is_err());
        assert!(Token::parse("密钥").is_err());
        assert!(Token::parse("a\r\nX: 1").is_err());
    }

    #[test]
    fn odd_payloads_give_no_expiry_and_never_panic() {
        for jwt in [
            "",
            ".",
            "..",
            "a.%%%.c",
            "a.e30",
            "a.bnVsbA.c",
            "a.eyJleHAiOi0xfQ.c",
            "a.eyJleHAiOjFlMzAwfQ.c",
            "a.eyJleHAiOiJ4In0.c",
        ] {
            assert_eq!(jwt_exp_ms(jwt), None, "{jwt}");
        }
        // {"exp":"1"} as a string, and padded base64.
        assert_eq!(jwt_exp_ms("a.eyJleHAiOiIxIn0.c"), Some(1000));
        assert_eq!(jwt_exp_ms("a.eyJleHAiOjF9==.c"), Some(1000));
    }
}
