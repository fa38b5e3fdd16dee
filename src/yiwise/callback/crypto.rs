//! Encrypted callbacks: the vendor's WXBizMsgCrypt-style scheme (`callbackdemo`).
//!
//! ```text
//! aesKey        = base64decode(encodingAesKey + "=")            (32 bytes; IV = its first 16)
//! plain block   = random(16) ‖ u32be(len(msg)) ‖ msg ‖ receiveId, padded PKCS#7-style to a multiple of 32
//! encrypt       = base64(AES-256-CBC(aesKey, IV, plain block))   (no library padding)
//! msg_signature = hex(SHA-1(concat(sort([token, timestamp, nonce, encrypt]))))
//! ```
//!
//! URL check: `GET ?msg_signature&timestamp&nonce&echostr` → answer the
//! decrypted `echostr`. Message: `POST ?msg_signature&timestamp&nonce` with an
//! XML body ([`super::xml`]) → decrypt, handle, answer `success`.
//!
//! The platform URL-encodes the ciphertext and the signature before it
//! writes them (the vendor's sender: `URLEncoder.encode(encrypt)` into the
//! XML's CDATA, `msg_signature` into the query), and frameworks decode query
//! values zero, one or two times. So every signed value, in the query and in
//! the body, is taken raw or URL-encoded once or twice ([`url_decode_param`]);
//! base64, hex and digits never hold a `%`, so this cannot turn one valid
//! value into another. What is left must then verify exactly.
//!
//! Every check happens before anything is decrypted: the signature (compared
//! in constant time), then the timestamp (milliseconds, within
//! `tolerance_seconds` of now unless 0), and only then the ciphertext, whose
//! padding, length field and `receiveId` are checked strictly. AES, CBC,
//! SHA-1 and base64 come from the RustCrypto and `base64` crates; only the
//! padding is done here. Nothing here panics, whatever the input.

use super::parse::{CALLBACK_ENDPOINT, MAX_CALLBACK_BYTES};
use super::xml;
use crate::error::{Error, ErrorKind, Issue};
use crate::lenient::truncate;
use crate::secret::Secret;
use crate::yiwise::signature::hex_lower;
use aes::Aes256;
use base64::alphabet::STANDARD as STANDARD_ALPHABET;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, STANDARD};
use base64::engine::DecodePaddingMode;
use base64::Engine as _;
use cbc::cipher::block_padding::NoPadding;
use cbc::cipher::{BlockDecryptMut, BlockEncryptMut, KeyIvInit};
use sha1::{Digest, Sha1};
use std::fmt;
use subtle::ConstantTimeEq;

/// The largest encrypted body (XML) or `echostr` accepted, in bytes (2 MiB:
/// room for a [`MAX_CALLBACK_BYTES`] plaintext after base64 and the envelope).
pub const MAX_ENCRYPTED_BODY_BYTES: usize = 2 * 1024 * 1024;

/// Length of `encodingAesKey`: 43 base64 characters (32 bytes without the final `=`).
pub const ENCODING_AES_KEY_LEN: usize = 43;

/// Block size of the scheme's PKCS#7-style padding (32, not AES's 16).
const PAD_BLOCK: usize = 32;

/// Decodes like the vendor's Java (Commons Codec): the final character's unused
/// bits and the `=` padding are not checked; any other character is refused.
const LENIENT_BASE64: GeneralPurpose = GeneralPurpose::new(
    &STANDARD_ALPHABET,
    GeneralPurposeConfig::new()
        .with_decode_allow_trailing_bits(true)
        .with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// The encrypted-callback codec of one receiver: its `token`, AES key and `receiveId`.
///
/// `Debug` shows neither the token nor the key.
///
/// ```
/// use yiwise_rongzi::yiwise::callback::YiwiseCallbackCrypto;
/// let c = YiwiseCallbackCrypto::new("AIGbuK3sOV", "INnZzJ/DPbUqqtU2ycEhzL8ewpsCRb9XqHBWHdDCknw", "").unwrap();
/// let xml = c.encrypt_msg("{\"dataType\":\"ROBOT_CALL_JOB\",\"data\":{}}", "1678759048896", "8214825565", b"aaaabbbbccccdddd").unwrap();
/// let env = yiwise_rongzi::yiwise::callback::xml::parse_envelope(&xml).unwrap();
/// let sig = env.msg_signature.unwrap();
/// let c = c.with_tolerance_seconds(0); // the example's timestamp is from 2023
/// let plain = c.decrypt_msg(&sig, "1678759048896", "8214825565", &xml, 0).unwrap();
/// assert!(plain.starts_with("{\"dataType\""));
/// assert!(!format!("{c:?}").contains("AIGbuK3sOV"));
/// ```
#[derive(Clone)]
pub struct YiwiseCallbackCrypto {
    token: Secret,
    aes_key: [u8; 32],
    receive_id: String,
    tolerance_seconds: u64,
}

impl fmt::Debug for YiwiseCallbackCrypto {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("YiwiseCallbackCrypto")
            .field("token", &self.token)
            .field("aes_key", &"***")
            .field("receive_id", &self.receive_id)
            .field("tolerance_seconds", &self.tolerance_seconds)
            .finish()
    }
}

impl YiwiseCallbackCrypto {
    /// Default replay window: 300 seconds either side of now, like Stripe's webhooks.
    pub const DEFAULT_TOLERANCE_SECONDS: u64 = 300;

    /// A codec for `token`, `encoding_aes_key` (43 characters of base64) and
    /// `receive_id` (the vendor's demo uses `""`), with the default tolerance.
    ///
    /// Errors (`validation`, naming the option, never quoting the secret):
    /// an empty token, a key that is not 43 characters of base64.
    pub fn new(token: &str, encoding_aes_key: &str, receive_id: &str) -> Result<Self, Error> {
        let mut issues = Vec::new();
        if token.is_empty() {
            issues.push(Issue::new("token", "is required (it must not be empty)"));
        } else if token.trim() != token {
            issues.push(Issue::new(
                "token",
                "has leading or trailing whitespace (a copy-paste slip?)",
            ));
        }
        let key = decode_key(encoding_aes_key);
        if let Err(i) = &key {
            issues.push(i.clone());
        }
        if !issues.is_empty() {
            return Err(Error::validation(CRYPTO_ENDPOINT, issues));
        }
        Ok(YiwiseCallbackCrypto {
            token: Secret::new(token),
            aes_key: key.unwrap_or([0; 32]),
            receive_id: receive_id.to_string(),
            tolerance_seconds: Self::DEFAULT_TOLERANCE_SECONDS,
        })
    }

    /// Sets how far (in seconds, either way) a message's timestamp may be from
    /// now; `0` turns the check off.
    pub fn with_tolerance_seconds(mut self, seconds: u64) -> Self {
        self.tolerance_seconds = seconds;
        self
    }

    /// The `receiveId` messages must carry.
    pub fn receive_id(&self) -> &str {
        &self.receive_id
    }

    /// The replay window in seconds (0 = off).
    pub fn tolerance_seconds(&self) -> u64 {
        self.tolerance_seconds
    }

    /// `msg_signature` of (`timestamp`, `nonce`, `encrypt`): lowercase hex SHA-1
    /// of the four values (with the token) sorted and concatenated.
    pub fn signature(&self, timestamp: &str, nonce: &str, encrypt: &str) -> String {
        let mut parts = [self.token.expose(), timestamp, nonce, encrypt];
        parts.sort_unstable();
        let mut h = Sha1::new();
        for p in parts {
            h.update(p.as_bytes());
        }
        hex_lower(&h.finalize())
    }

    /// Checks `msg_signature` (constant-time; hex case ignored) and then the
    /// timestamp against `now_ms` (see [`Self::with_tolerance_seconds`]).
    /// Both failures are `signature` errors.
    pub fn verify_signature(
        &self,
        msg_signature: &str,
        timestamp: &str,
        nonce: &str,
        encrypt: &str,
        now_ms: u64,
    ) -> Result<(), Error> {
        let expected = self.signature(timestamp, nonce, encrypt);
        let given = msg_signature.trim().to_ascii_lowercase();
        if !bool::from(expected.as_bytes().ct_eq(given.as_bytes())) {
            return Err(signature_error(
                "msgSignature",
                "msg_signature does not match: check the token, and pass msgSignature, timestamp, \
                 nonce and the body (or echostr) as received (raw or URL-encoded once or twice)",
            ));
        }
        self.check_timestamp(timestamp, now_ms)
    }

    fn check_timestamp(&self, timestamp: &str, now_ms: u64) -> Result<(), Error> {
        if self.tolerance_seconds == 0 {
            return Ok(());
        }
        let t = timestamp.trim();
        let ts = if !t.is_empty() && t.len() <= 16 && t.bytes().all(|b| b.is_ascii_digit()) {
            t.parse::<u64>().ok()
        } else {
            None
        };
        let Some(ts) = ts else {
            return Err(signature_error(
                "timestamp",
                &format!(
                    "timestamp {:?} is not milliseconds since the epoch",
                    truncate(timestamp)
                ),
            ));
        };
        let window_ms = self.tolerance_seconds.saturating_mul(1000);
        let off = now_ms.abs_diff(ts);
        if off > window_ms {
            let hint = if ts < 100_000_000_000 {
                " (it looks like seconds; this scheme sends milliseconds)"
            } else {
                ""
            };
            return Err(signature_error(
                "timestamp",
                &format!(
                    "timestamp {ts} is {} s from now, outside the {} s tolerance{hint}: a replayed or \
                     delayed message, or a wrong clock (toleranceSeconds: 0 turns the check off)",
                    off / 1000,
                    self.tolerance_seconds
                ),
            ));
        }
        Ok(())
    }

    /// The URL check: verifies the signature over `echostr` and returns the
    /// decrypted `echostr`, which the receiver answers with. Every value may
    /// still be URL-encoded once or twice (see the module docs).
    pub fn verify_url(
        &self,
        msg_signature: &str,
        timestamp: &str,
        nonce: &str,
        echostr: &str,
        now_ms: u64,
    ) -> Result<String, Error> {
        check_len("echostr", echostr.len())?;
        let q = SignedQuery::decode(msg_signature, timestamp, nonce)?;
        let echostr = ciphertext_value("echostr", echostr)?;
        self.verify_signature(&q.msg_signature, &q.timestamp, &q.nonce, &echostr, now_ms)?;
        self.decrypt("echostr", &echostr)
    }

    /// An encrypted message: reads the XML `body`, verifies the signature (the
    /// query's `msg_signature`, `timestamp`, `nonce`) and returns the plaintext
    /// (for Yiwise, the JSON callback: see [`super::parse_callback`]).
    ///
    /// The body may be the platform's own (`<Encrypt>` URL-encoded, as the
    /// vendor's sender writes it), one with raw base64, or the whole XML
    /// URL-encoded; the query values raw or URL-encoded once or twice.
    pub fn decrypt_msg(
        &self,
        msg_signature: &str,
        timestamp: &str,
        nonce: &str,
        body: &str,
        now_ms: u64,
    ) -> Result<String, Error> {
        check_len("body", body.len())?;
        let q = SignedQuery::decode(msg_signature, timestamp, nonce)?;
        let env = xml::parse_envelope(&whole_body(body)?)?;
        let encrypt = ciphertext_value("encrypt", &env.encrypt)?;
        self.verify_signature(&q.msg_signature, &q.timestamp, &q.nonce, &encrypt, now_ms)?;
        self.decrypt("encrypt", &encrypt)
    }

    /// Encrypts `plaintext` into the XML body the platform would send, with
    /// `random_prefix` as the 16 leading random bytes (inject fixed ones only
    /// in tests; see [`alphanumeric_prefix`]).
    ///
    /// `timestamp` must be digits (milliseconds) and `nonce` 1–64 ASCII
    /// letters, digits, `-`, `_` or `.` (`validation` errors otherwise).
    pub fn encrypt_msg(
        &self,
        plaintext: &str,
        timestamp: &str,
        nonce: &str,
        random_prefix: &[u8; 16],
    ) -> Result<String, Error> {
        let mut issues = Vec::new();
        if plaintext.len() > MAX_CALLBACK_BYTES {
            issues.push(Issue::new(
                "plaintext",
                format!(
                    "is {} bytes, over the {MAX_CALLBACK_BYTES}-byte limit of a callback",
                    plaintext.len()
                ),
            ));
        }
        if timestamp.is_empty()
            || timestamp.len() > 16
            || !timestamp.bytes().all(|b| b.is_ascii_digit())
        {
            issues.push(Issue::new(
                "timestamp",
                "must be milliseconds since the epoch, as digits",
            ));
        }
        if nonce.is_empty()
            || nonce.len() > 64
            || !nonce
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
        {
            issues.push(Issue::new(
                "nonce",
                "must be 1 to 64 ASCII letters, digits, '-', '_' or '.'",
            ));
        }
        if !issues.is_empty() {
            return Err(Error::validation(CALLBACK_ENDPOINT, issues));
        }
        let encrypt = self.encrypt(plaintext, random_prefix);
        let sig = self.signature(timestamp, nonce, &encrypt);
        Ok(xml::build_envelope(&encrypt, &sig, timestamp, nonce))
    }

    /// The base64 ciphertext of `plaintext` (no size check; see [`Self::encrypt_msg`]).
    pub fn encrypt(&self, plaintext: &str, random_prefix: &[u8; 16]) -> String {
        let msg = plaintext.as_bytes();
        let rid = self.receive_id.as_bytes();
        // A plaintext over 4 GiB cannot be framed; it never gets here through
        // encrypt_msg, and saturating keeps this total.
        let len = u32::try_from(msg.len()).unwrap_or(u32::MAX);
        let mut buf = Vec::with_capacity(20 + msg.len() + rid.len() + PAD_BLOCK);
        buf.extend_from_slice(random_prefix);
        buf.extend_from_slice(&len.to_be_bytes());
        buf.extend_from_slice(msg);
        buf.extend_from_slice(rid);
        let pad = PAD_BLOCK - buf.len() % PAD_BLOCK; // 1..=32
        buf.resize(buf.len() + pad, pad as u8);
        let n = buf.len();
        let (key, iv) = self.key_iv();
        let enc = cbc::Encryptor::<Aes256>::new((&key).into(), (&iv).into());
        match enc.encrypt_padded_mut::<NoPadding>(&mut buf, n) {
            Ok(ct) => STANDARD.encode(ct),
            // Unreachable: `buf` is a whole number of blocks.
            Err(_) => String::new(),
        }
    }

    /// Decrypts a base64 ciphertext (`field` names it in errors: `echostr`
    /// or `encrypt`) and checks its padding, length field and `receiveId`.
    ///
    /// Errors: `decode` for what is not a well-formed ciphertext under this key
    /// (not base64, truncated, bad padding, a length field past the end, a
    /// message that is not UTF-8); `signature` for a foreign `receiveId`.
    pub fn decrypt(&self, field: &str, encrypt: &str) -> Result<String, Error> {
        check_len(field, encrypt.len())?;
        let mut buf = LENIENT_BASE64
            .decode(encrypt.trim())
            .map_err(|_| cipher_error(field, "is not base64"))?;
        if buf.is_empty() || buf.len() % 16 != 0 {
            return Err(cipher_error(
                field,
                &format!(
                    "is truncated: {} bytes is not a whole number of 16-byte AES blocks",
                    buf.len()
                ),
            ));
        }
        let (key, iv) = self.key_iv();
        let dec = cbc::Decryptor::<Aes256>::new((&key).into(), (&iv).into());
        let plain = dec
            .decrypt_padded_mut::<NoPadding>(&mut buf)
            .map_err(|_| cipher_error(field, "is not a whole number of AES blocks"))?;
        let pad = usize::from(*plain.last().unwrap_or(&0));
        if pad == 0 || pad > PAD_BLOCK || pad > plain.len() {
            return Err(cipher_error(
                field,
                "has bad padding (a wrong encodingAesKey, or a damaged ciphertext)",
            ));
        }
        let (content, padding) = plain.split_at(plain.len() - pad);
        if !padding.iter().all(|&b| usize::from(b) == pad) {
            return Err(cipher_error(
                field,
                "has bad padding (a wrong encodingAesKey, or a damaged ciphertext)",
            ));
        }
        if content.len() < 20 {
            return Err(cipher_error(
                field,
                "is too short to hold the 16-byte random prefix and the length field",
            ));
        }
        let mut len_bytes = [0u8; 4];
        len_bytes.copy_from_slice(&content[16..20]);
        let msg_len = u32::from_be_bytes(len_bytes) as usize;
        let body = &content[20..];
        if msg_len > body.len() {
            return Err(cipher_error(
                field,
                &format!(
                    "declares a {msg_len}-byte message but holds {} bytes (a wrong encodingAesKey?)",
                    body.len()
                ),
            ));
        }
        let (msg, rid) = body.split_at(msg_len);
        if rid != self.receive_id.as_bytes() {
            let got = String::from_utf8_lossy(rid);
            let mut e = signature_error(
                "receiveId",
                &format!(
                    "the message is for receiveId {:?}, not {:?}",
                    truncate(&got),
                    truncate(&self.receive_id)
                ),
            );
            e.field = Some("receiveId".to_string());
            return Err(e);
        }
        String::from_utf8(msg.to_vec())
            .map_err(|_| cipher_error(field, "holds a message that is not UTF-8"))
    }

    fn key_iv(&self) -> ([u8; 32], [u8; 16]) {
        let mut iv = [0u8; 16];
        iv.copy_from_slice(&self.aes_key[..16]);
        (self.aes_key, iv)
    }
}

/// How errors of the codec's constructor name themselves.
const CRYPTO_ENDPOINT: &str = "yiwise YiwiseCallbackCrypto";

/// Decodes `encodingAesKey` into the 32-byte AES key.
fn decode_key(encoding_aes_key: &str) -> Result<[u8; 32], Issue> {
    let n = encoding_aes_key.chars().count();
    let b64 = encoding_aes_key
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/');
    if n != ENCODING_AES_KEY_LEN || !b64 {
        let what = if n != ENCODING_AES_KEY_LEN {
            format!("got {n} characters")
        } else {
            "got a character outside A-Z a-z 0-9 + /".to_string()
        };
        return Err(Issue::new(
            "encodingAesKey",
            format!("must be 43 characters of base64 (A-Z a-z 0-9 + /, no '='), {what}"),
        ));
    }
    let bytes = LENIENT_BASE64
        .decode(format!("{encoding_aes_key}="))
        .map_err(|_| Issue::new("encodingAesKey", "is not valid base64"))?;
    <[u8; 32]>::try_from(bytes.as_slice())
        .map_err(|_| Issue::new("encodingAesKey", "does not decode to 32 bytes"))
}

fn check_len(field: &str, len: usize) -> Result<(), Error> {
    if len > MAX_ENCRYPTED_BODY_BYTES {
        return Err(Error::validation(
            CALLBACK_ENDPOINT,
            vec![Issue::new(
                field,
                format!(
                    "is {len} bytes, over the {MAX_ENCRYPTED_BODY_BYTES}-byte limit of an encrypted callback"
                ),
            )],
        ));
    }
    Ok(())
}

/// The three signed query values with any URL encoding undone.
struct SignedQuery {
    msg_signature: String,
    timestamp: String,
    nonce: String,
}

impl SignedQuery {
    fn decode(msg_signature: &str, timestamp: &str, nonce: &str) -> Result<Self, Error> {
        let one = |field: &str, v: &str| url_decode_param(v).map_err(|e| renamed(e, field));
        Ok(SignedQuery {
            msg_signature: one("msgSignature", msg_signature)?,
            timestamp: one("timestamp", timestamp)?,
            nonce: one("nonce", nonce)?,
        })
    }
}

/// A base64 ciphertext (`echostr`, `<Encrypt>`) as it was signed: URL
/// encoding undone, and spaces read as `+` (a form decoder, such as
/// `URLSearchParams` or Java's `URLDecoder`, turns a bare `+` into a space;
/// base64 has no spaces, so nothing valid is changed).
fn ciphertext_value(field: &str, value: &str) -> Result<String, Error> {
    let v = url_decode_param(value.trim()).map_err(|e| renamed(e, field))?;
    Ok(if v.contains(' ') {
        v.replace(' ', "+")
    } else {
        v
    })
}

/// The XML body, undoing a URL encoding of the whole body (`%3Cxml%3E…`),
/// which some senders and proxies apply; an XML body is never changed.
fn whole_body(body: &str) -> Result<std::borrow::Cow<'_, str>, Error> {
    let t = body.trim_start_matches('\u{feff}').trim_start();
    if t.as_bytes()
        .get(..3)
        .is_some_and(|b| b.eq_ignore_ascii_case(b"%3C"))
    {
        return url_decode_param(t)
            .map(std::borrow::Cow::Owned)
            .map_err(|e| renamed(e, "body"));
    }
    Ok(std::borrow::Cow::Borrowed(body))
}

/// `e` reported under `field` (url_decode_param names its input `value`).
fn renamed(mut e: Error, field: &str) -> Error {
    e.message = e.message.replace(": value:", &format!(": {field}:"));
    e.field = Some(field.to_string());
    e
}

fn signature_error(field: &str, what: &str) -> Error {
    let mut e = Error::new(ErrorKind::Signature, format!("{CALLBACK_ENDPOINT}: {what}"));
    e.endpoint = Some(CALLBACK_ENDPOINT.to_string());
    e.field = Some(field.to_string());
    e
}

fn cipher_error(field: &str, what: &str) -> Error {
    let mut e = Error::new(
        ErrorKind::Decode,
        format!("{CALLBACK_ENDPOINT}: {field} {what}"),
    );
    e.endpoint = Some(CALLBACK_ENDPOINT.to_string());
    e.field = Some(field.to_string());
    e
}

/// A 16-character alphanumeric random prefix from random bytes (as the
/// vendor's demo uses), by rejection sampling (no bias); `None` when `random`
/// does not hold enough usable bytes (48 random bytes practically always do).
///
/// ```
/// use yiwise_rongzi::yiwise::callback::alphanumeric_prefix;
/// let p = alphanumeric_prefix(&[0u8; 16]).unwrap();
/// assert_eq!(&p, b"AAAAAAAAAAAAAAAA");
/// assert!(alphanumeric_prefix(&[255u8; 64]).is_none());
/// ```
pub fn alphanumeric_prefix(random: &[u8]) -> Option<[u8; 16]> {
    const ALNUM: &[u8; 62] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let mut out = [0u8; 16];
    let mut n = 0;
    for &b in random {
        if n == 16 {
            break;
        }
        // 248 = 4 × 62: bytes above it would favour the first characters.
        if b < 248 {
            out[n] = ALNUM[usize::from(b % 62)];
            n += 1;
        }
    }
    (n == 16).then_some(out)
}

/// Undoes a URL encoding left on a query value (`msg_signature`, `timestamp`,
/// `nonce`, `echostr`), once or twice: the vendor's demo warns that an
/// `echostr` ending in `==` may arrive as `%3D%3D` or `%253D%253D`.
///
/// Percent-escapes are decoded while some remain, at most twice. A `+` is
/// kept as is: it is a base64 character here, not a space. Values of this
/// scheme (base64, hex, digits) never contain a literal `%`, so a value
/// without escapes comes back unchanged. An escape that decodes to invalid
/// UTF-8 is a `decode` error.
///
/// ```
/// use yiwise_rongzi::yiwise::callback::url_decode_param;
/// assert_eq!(url_decode_param("ab+c==").unwrap(), "ab+c==");
/// assert_eq!(url_decode_param("ab%2Bc%3D%3D").unwrap(), "ab+c==");
/// assert_eq!(url_decode_param("ab%252Bc%253D%253D").unwrap(), "ab+c==");
/// ```
pub fn url_decode_param(value: &str) -> Result<String, Error> {
    let mut v = value.to_string();
    for _ in 0..2 {
        if !has_escape(&v) {
            break;
        }
        v = percent_encoding::percent_decode_str(&v)
            .decode_utf8()
            .map_err(|_| {
                let mut e = Error::new(
                    ErrorKind::Decode,
                    format!(
                        "{CALLBACK_ENDPOINT}: value: a percent-escape does not decode to UTF-8"
                    ),
                );
                e.endpoint = Some(CALLBACK_ENDPOINT.to_string());
                e.field = Some("value".to_string());
                e
            })?
            .into_owned();
    }
    Ok(v)
}

fn has_escape(s: &str) -> bool {
    s.as_bytes()
        .windows(3)
        .any(|w| w[0] == b'%' && w[1].is_ascii_hexdigit() && w[2].is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "INnZzJ/DPbUqqtU2ycEhzL8ewpsCRb9XqHBWHdDCknw";

    #[test]
    fn padding_is_always_1_to_32_bytes() {
        let c = YiwiseCallbackCrypto::new("t", KEY, "rid").unwrap();
        for n in 0..100 {
            let msg = "x".repeat(n);
            let ct = c.encrypt(&msg, b"0123456789abcdef");
            let raw = STANDARD.decode(&ct).unwrap();
            assert_eq!(raw.len() % 32, 0);
            assert_eq!(c.decrypt("encrypt", &ct).unwrap(), msg);
        }
    }

    #[test]
    fn keys_with_unused_trailing_bits_are_accepted() {
        // 'x' leaves non-zero bits past the 32nd byte, as random keys usually do.
        let k = format!("{}x", &KEY[..42]);
        assert!(YiwiseCallbackCrypto::new("t", &k, "").is_ok());
    }

    #[test]
    fn bad_keys_name_the_option_and_do_not_quote_it() {
        for k in [
            "",
            &KEY[..42],
            &format!("{KEY}A"),
            &format!("{}=", &KEY[..42]),
            &format!("{}-", &KEY[..42]),
        ] {
            let e = YiwiseCallbackCrypto::new("t", k, "").unwrap_err();
            assert_eq!(e.kind, ErrorKind::Validation);
            assert_eq!(e.field.as_deref(), Some("encodingAesKey"));
            if !k.is_empty() {
                assert!(!e.message.contains(k), "{}", e.message);
            }
        }
        let e = YiwiseCallbackCrypto::new("", KEY, "").unwrap_err();
        assert_eq!(e.field.as_deref(), Some("token"));
    }

    #[test]
    fn escapes_are_undone_at_most_twice() {
        assert_eq!(url_decode_param("%25253D").unwrap(), "%3D");
        assert_eq!(url_decode_param("100%").unwrap(), "100%");
        assert!(url_decode_param("%FF").is_err());
    }
}
