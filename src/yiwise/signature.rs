//! Yiwise request signing (the recipe of the vendor's Java demo, `SignUtils`).
//!
//! ```text
//! message   = tenantSign + "appKey=" + appKey + "&appSecret=" + appSecret
//!           + "&tenantSign=" + tenantSign + "&version=" + version + "&timestamp=" + timestamp
//! signature = lowercase hex of SHA-256 over the UTF-8 bytes of message
//! ```

use sha2::{Digest, Sha256};

/// Computes the lowercase hex SHA-256 signature of one request.
///
/// `timestamp` is milliseconds since the Unix epoch as decimal text.
///
/// ```
/// use yiwise_rongzi::yiwise::signature::sign;
/// // First golden vector of shared/reference/vectors/yiwise-signature.json.
/// let s = sign("xiEYGLE2XQmuhAK9", "ZbLEetmNE82utniLEJuawc6biOL1mTy6", "helloworld", "v1", "1700000000000");
/// assert_eq!(s, "dc07669395ef74a4808477a9c5097e777b9d4d7fdc367ab9d0edb106c9b59d99");
/// ```
pub fn sign(
    app_key: &str,
    app_secret: &str,
    tenant_sign: &str,
    version: &str,
    timestamp: &str,
) -> String {
    let mut h = Sha256::new();
    for part in [
        tenant_sign,
        "appKey=",
        app_key,
        "&appSecret=",
        app_secret,
        "&tenantSign=",
        tenant_sign,
        "&version=",
        version,
        "&timestamp=",
        timestamp,
    ] {
        h.update(part.as_bytes());
    }
    hex_lower(&h.finalize())
}

/// Lowercase hex of bytes.
pub(crate) fn hex_lower(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(HEX[(b >> 4) as usize] as char);
        s.push(HEX[(b & 0x0f) as usize] as char);
    }
    s
}
