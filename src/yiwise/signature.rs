//! Yiwise request signing (the recipe of the vendor's Java demo, `SignUtils`).
//!
//! ```text
//! message   = tenantSign + "appKey=" + appKey + "&appSecret=" + appSecret
//!           + "&tenantSign=" + tenantSign + "&version=" + version + "&timestamp=" + timestamp
//! signature = lowercase hex of SHA-256 over the UTF-8 bytes of message
//! ```

use super::config::DEFAULT_VERSION;
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
    hex_string(&sign_hex(
        app_key,
        app_secret,
        tenant_sign,
        version,
        timestamp,
    ))
}

/// [`sign`] as 64 ASCII hex digits in an array (no allocation).
pub fn sign_hex(
    app_key: &str,
    app_secret: &str,
    tenant_sign: &str,
    version: &str,
    timestamp: &str,
) -> [u8; 64] {
    // Written with `while` loops and array/slice indexing on purpose: the
    // crate is built with opt-level "z", where iterator adapters and `Vec`
    // indexing stay function calls, once per byte (measured: they cost more
    // than the hashing). The message is assembled in one buffer and hashed
    // with one `Sha256::digest` call (RustCrypto's sha2; its compression
    // function is built at opt-level 3, see Cargo.toml), so the generic
    // buffering runs once per signature, not once per part.
    let parts = [
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
    ];
    let mut len = 0;
    let mut p = 0;
    while p < parts.len() {
        len += parts[p].len();
        p += 1;
    }
    // On the stack when it fits (it almost always does: ~130 bytes).
    let mut stack = [0u8; 256];
    let mut heap = Vec::new();
    let buf: &mut [u8] = if len <= stack.len() {
        &mut stack[..len]
    } else {
        heap.resize(len, 0);
        &mut heap
    };
    let mut at = 0;
    p = 0;
    while p < parts.len() {
        let part = parts[p].as_bytes();
        buf[at..at + part.len()].copy_from_slice(part);
        at += part.len();
        p += 1;
    }
    let digest = Sha256::digest(&*buf);
    // The message holds the appSecret: do not leave it lying in memory
    // (`black_box` keeps the compiler from dropping the dead stores).
    buf.fill(0);
    std::hint::black_box(&buf);
    // Lowercase hex, high nibble first.
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = [0u8; 64];
    let mut i = 0;
    while i < 32 {
        out[2 * i] = HEX[usize::from(digest[i] >> 4)];
        out[2 * i + 1] = HEX[usize::from(digest[i] & 0x0f)];
        i += 1;
    }
    out
}

fn hex_string(hex: &[u8; 64]) -> String {
    // Only ASCII hex digits are ever written: never fails.
    String::from(std::str::from_utf8(hex).unwrap_or_default())
}

/// The signature of the usual `yiwiseSignature` input, handed over from JS
/// as one string (one crossing into wasm instead of one per field):
/// `appKey \0 appSecret \0 tenantSign \0 version \0 timestamp`, where
/// `version` is empty when not given and `'s' + version` when given, and
/// `timestamp` is its decimal digits.
///
/// `None` for anything else (a missing field, a timestamp that is not digits,
/// a `\0` inside a value): the caller then takes the full path, which reads
/// each field and reports every problem.
///
/// ```
/// use yiwise_rongzi::yiwise::signature::{sign, sign_joined};
/// let s = sign_joined("k\0s\0t\0\00").unwrap();
/// assert_eq!(s, sign("k", "s", "t", "v1", "0"));
/// assert_eq!(sign_joined("k\0s\0t\0sv2\00"), Some(sign("k", "s", "t", "v2", "0")));
/// assert_eq!(sign_joined("k\0s\0t\0\01x"), None);
/// assert_eq!(sign_joined("k\0\0s\0t\0\00"), None);
/// ```
pub fn sign_joined(joined: &str) -> Option<String> {
    sign_joined_hex(joined).map(|hex| hex_string(&hex))
}

/// [`sign_joined`] as 64 ASCII hex digits in an array (no allocation).
pub fn sign_joined_hex(joined: &str) -> Option<[u8; 64]> {
    let b = joined.as_bytes();
    // The four separators; a fifth (a `\0` inside a value) is unusual.
    let mut cut = [0usize; 4];
    let mut n = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i] == 0 {
            if n == cut.len() {
                return None;
            }
            cut[n] = i;
            n += 1;
        }
        i += 1;
    }
    if n != cut.len() {
        return None;
    }
    // `\0` is ASCII, so every cut is on a character boundary.
    let app_key = joined.get(..cut[0])?;
    let app_secret = joined.get(cut[0] + 1..cut[1])?;
    let tenant_sign = joined.get(cut[1] + 1..cut[2])?;
    let version = joined.get(cut[2] + 1..cut[3])?;
    let timestamp = &b[cut[3] + 1..];
    if timestamp.is_empty() {
        return None;
    }
    i = 0;
    while i < timestamp.len() {
        if !timestamp[i].is_ascii_digit() {
            return None;
        }
        i += 1;
    }
    let timestamp = joined.get(cut[3] + 1..)?;
    let version = if version.is_empty() {
        DEFAULT_VERSION
    } else {
        version.strip_prefix('s')?
    };
    Some(sign_hex(
        app_key,
        app_secret,
        tenant_sign,
        version,
        timestamp,
    ))
}

/// Lowercase hex of bytes.
pub(crate) fn hex_lower(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    // 32 bytes at a time through an array (see `sign` on opt-level "z").
    let mut pairs = [0u8; 64];
    let mut i = 0;
    while i < bytes.len() {
        let n = (bytes.len() - i).min(32);
        let mut j = 0;
        while j < n {
            let b = bytes[i + j];
            pairs[2 * j] = HEX[usize::from(b >> 4)];
            pairs[2 * j + 1] = HEX[usize::from(b & 0x0f)];
            j += 1;
        }
        // Only ASCII hex digits were written: never fails.
        out.push_str(std::str::from_utf8(&pairs[..2 * n]).unwrap_or_default());
        i += n;
    }
    out
}
