//! Yiwise callbacks: typed parsing of the three documented callbacks
//! (callBack.md) and the encrypted callback scheme of the vendor's later demo.
//!
//! Plain: the platform POSTs `{ "dataType": …, "data": {…} }` as JSON to the
//! ISV's `callbackUrl` (SMS callbacks to `smsCallbackUrl`); [`parse_callback`]
//! types it. The receiver answers HTTP 200 with the body
//! [`YIWISE_CALLBACK_ACK`] (`success`), or the platform retries (up to 10
//! times, over up to 24 hours): handlers should be idempotent, e.g. on
//! `callRecordId`.
//!
//! Encrypted: [`YiwiseCallbackCrypto`] verifies and decrypts the XML body (and
//! the URL check), then the plaintext goes through [`parse_callback`].
//!
//! ```
//! use yiwise_rongzi::yiwise::callback::{parse_callback, Callback, YIWISE_CALLBACK_ACK};
//! let body = r#"{"dataType":"ROBOT_CALL_RECORD","data":{"callRecordId":119,"resultStatus":"ANSWERED"}}"#;
//! if let Callback::RobotCallRecord(call) = parse_callback(body).unwrap() {
//!     assert_eq!(call.call_record_id, Some(119));
//! }
//! assert_eq!(YIWISE_CALLBACK_ACK, "success");
//! ```

pub mod crypto;
pub mod dedupe;
pub mod parse;
pub mod types;
pub mod xml;

pub use crypto::{
    alphanumeric_prefix, url_decode_param, YiwiseCallbackCrypto, MAX_ENCRYPTED_BODY_BYTES,
};
pub use dedupe::dedupe_key;
pub use parse::{
    parse_callback, parse_callback_json, parse_callback_value, Callback, MAX_CALLBACK_BYTES,
    YIWISE_CALLBACK_ACK,
};
pub use types::{CallRecordCallback, JobCallback, SmsCallback, SmsCallbackMessage};
