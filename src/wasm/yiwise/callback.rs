//! Callbacks for JS: `parseYiwiseCallback`, `YiwiseCallbackCrypto`,
//! `yiwiseCallbackDecodeParam`, and the `YIWISE_CALLBACK_ACK` declaration.
//!
//! wasm-bindgen cannot export a constant, so `YIWISE_CALLBACK_ACK` itself is
//! defined by the package entries (`pkg-template/node/index.cjs`,
//! `pkg-template/web/index.js`); its type is declared below.

use crate::error::{Error, ErrorKind, Issue};
use crate::wasm::convert;
use crate::wasm::error::to_js;
use crate::yiwise::callback::{
    self as core, alphanumeric_prefix, parse::CALLBACK_ENDPOINT, MAX_CALLBACK_BYTES,
    MAX_ENCRYPTED_BODY_BYTES,
};
use js_sys::{Function, Object, Reflect, Uint8Array, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How errors of the class name themselves.
const WHO: &str = "yiwise YiwiseCallbackCrypto";

/// Parses a plain (unencrypted) Yiwise callback body into `{ dataType, known, data, dedupeKey }`.
///
/// `body` is the raw request body (a string, or a `Uint8Array`/`Buffer` of
/// UTF-8) or an already parsed object (it is `JSON.stringify`-ed first).
/// `data` is typed for `ROBOT_CALL_RECORD`, `ROBOT_CALL_JOB` and
/// `ROBOT_CALL_SMS` (`known: true`); another `dataType` comes back with
/// `known: false` and its data as sent. Throws a `YiwiseRongziError`:
/// `kind: 'decode'` naming the field for a body that is not JSON, lacks
/// `dataType`, or has a documented field of the wrong type; `kind:
/// 'validation'` for a body over 1 MiB (refused before parsing) or a body that
/// is not a string, bytes or an object. `dedupeKey` names the delivery, so a
/// receiver can drop the platform's repeats (`ROBOT_CALL_RECORD:<callRecordId>`,
/// `ROBOT_CALL_JOB:<robotCallJobId>:<status>`, `ROBOT_CALL_SMS:<callRecordId>`,
/// otherwise `<dataType>:sha256:<hash of the body>`).
///
/// @example
/// const cb = parseYiwiseCallback(rawBody);
/// if (cb.known && cb.dataType === 'ROBOT_CALL_RECORD') save(cb.data.callRecordId, cb.data.intentLevel);
/// res.end(YIWISE_CALLBACK_ACK);
#[wasm_bindgen(js_name = parseYiwiseCallback, unchecked_return_type = "YiwiseCallback")]
pub fn parse_yiwise_callback(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | Record<string, unknown>")]
    body: JsValue,
) -> Result<JsValue, JsValue> {
    parse_js(&body).map_err(|e| to_js(&e))
}

fn parse_js(body: &JsValue) -> Result<JsValue, Error> {
    let text = if let Some(bytes) = as_bytes(body) {
        core::parse::check_size(bytes.length() as usize)?;
        utf8(bytes.to_vec(), "body")?
    } else if let Some(s) = body.as_string() {
        s
    } else if body.is_object() && !body.is_function() {
        let json = JSON::stringify(body).map_err(|_| {
            body_error("is an object that JSON.stringify cannot convert (a BigInt or a cycle?)")
        })?;
        String::from(json)
    } else {
        return Err(body_error(&format!(
            "must be the request body (a string, a Uint8Array/Buffer or a parsed object), got {}",
            js_type(body)
        )));
    };
    let json = core::parse_callback_json(&text)?;
    let parsed = convert::json_to_js(CALLBACK_ENDPOINT, &json)?;
    let _ = Reflect::set(
        &parsed,
        &"dedupeKey".into(),
        &core::dedupe_key(&text).into(),
    );
    Ok(parsed)
}

/// Undoes a URL encoding left on a callback query value, once or twice: the
/// vendor's demo warns that an `echostr` ending in `==` may arrive as
/// `%3D%3D` or `%253D%253D`. A `+` is kept (it is base64 here, not a space);
/// a value without percent-escapes comes back unchanged. Use it on
/// `msg_signature`, `timestamp`, `nonce` and `echostr` when your framework
/// hands them over still encoded. `verifyUrl` and `decryptMsg` already accept
/// every value raw or URL-encoded once or twice, so they do not need it.
///
/// @example
/// yiwiseCallbackDecodeParam('ab%253D%253D') // 'ab=='
#[wasm_bindgen(js_name = yiwiseCallbackDecodeParam)]
pub fn yiwise_callback_decode_param(
    #[wasm_bindgen(unchecked_param_type = "string")] value: JsValue,
) -> Result<String, JsValue> {
    decode_param_js(value)
}

fn decode_param_js(value: JsValue) -> Result<String, JsValue> {
    let Some(s) = value.as_string() else {
        return Err(to_js(&Error::validation(
            CALLBACK_ENDPOINT,
            vec![Issue::new(
                "value",
                format!("must be a string, got {}", js_type(&value)),
            )],
        )));
    };
    core::url_decode_param(&s).map_err(|e| to_js(&e))
}

/// Verifies and decrypts encrypted Yiwise callbacks (the vendor's
/// WXBizMsgCrypt-style scheme), and encrypts them for tests and simulators.
///
/// The token and key never appear in `toString()`, `JSON.stringify` or an error.
///
/// @example
/// const crypto = new YiwiseCallbackCrypto({ token, encodingAesKey, receiveId: '' });
/// // GET  ?msg_signature&timestamp&nonce&echostr  → answer crypto.verifyUrl(query)
/// // POST ?msg_signature&timestamp&nonce + XML    → parseYiwiseCallback(crypto.decryptMsg({ ...query, body }))
#[wasm_bindgen]
pub struct YiwiseCallbackCrypto {
    inner: core::YiwiseCallbackCrypto,
}

#[wasm_bindgen]
impl YiwiseCallbackCrypto {
    /// Creates the codec. Throws `kind: 'validation'` naming the option: a
    /// missing or empty `token`, an `encodingAesKey` that is not 43 characters
    /// of base64, a `toleranceSeconds` that is not a whole number ≥ 0.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "YiwiseCallbackCryptoOptions")] options: JsValue,
    ) -> Result<YiwiseCallbackCrypto, JsValue> {
        Self::build(&options).map_err(|e| to_js(&e))
    }

    fn build(options: &JsValue) -> Result<YiwiseCallbackCrypto, Error> {
        if !options.is_object() {
            return Err(Error::validation(
                WHO,
                vec![Issue::new(
                    "options",
                    "must be an object { token, encodingAesKey, receiveId?, toleranceSeconds? }",
                )],
            ));
        }
        let mut issues = Vec::new();
        let token = convert::opt_string(options, "token", &mut issues);
        let key = convert::opt_string(options, "encodingAesKey", &mut issues);
        let receive_id = convert::opt_string(options, "receiveId", &mut issues);
        let tolerance = opt_seconds(options, "toleranceSeconds", &mut issues);
        for (name, v) in [("token", &token), ("encodingAesKey", &key)] {
            if v.is_none() && !issues.iter().any(|i| i.field == name) {
                issues.push(Issue::new(name, "is required"));
            }
        }
        if !issues.is_empty() {
            return Err(Error::validation(WHO, issues));
        }
        let inner = core::YiwiseCallbackCrypto::new(
            token.as_deref().unwrap_or_default(),
            key.as_deref().unwrap_or_default(),
            receive_id.as_deref().unwrap_or_default(),
        )?;
        Ok(YiwiseCallbackCrypto {
            inner: inner.with_tolerance_seconds(
                tolerance.unwrap_or(core::YiwiseCallbackCrypto::DEFAULT_TOLERANCE_SECONDS),
            ),
        })
    }

    /// The URL check (GET `?msg_signature&timestamp&nonce&echostr`): verifies
    /// the signature and the timestamp, and returns the decrypted `echostr`,
    /// which the handler answers with. Accepts the query's own names
    /// (`msg_signature`) as well as `msgSignature`, each value raw or
    /// URL-encoded once or twice. Throws `kind: 'signature'`
    /// (wrong signature, stale timestamp, foreign receiveId) or `'decode'`
    /// (a damaged `echostr`).
    ///
    /// @example
    /// res.end(crypto.verifyUrl(Object.fromEntries(new URL(req.url, 'http://x').searchParams)));
    #[wasm_bindgen(js_name = verifyUrl)]
    pub fn verify_url(
        &self,
        #[wasm_bindgen(unchecked_param_type = "YiwiseVerifyUrlInput")] input: JsValue,
    ) -> Result<String, JsValue> {
        (|| {
            let q = Query::read(&input, "echostr")?;
            self.inner.verify_url(
                &q.msg_signature,
                &q.timestamp,
                &q.nonce,
                &q.payload,
                convert::now_ms(),
            )
        })()
        .map_err(|e| to_js(&e))
    }

    /// An encrypted callback (POST `?msg_signature&timestamp&nonce` with an
    /// XML body): verifies the signature and the timestamp, and returns the
    /// plaintext: for Yiwise, the JSON callback for `parseYiwiseCallback`.
    /// `body` is the raw body (a string or a `Uint8Array`/`Buffer`), as the
    /// platform sends it (its `<Encrypt>` URL-encoded) or already decoded;
    /// every query value may be raw or URL-encoded once or twice. Throws
    /// `kind: 'signature'` or `'decode'` like `verifyUrl`.
    ///
    /// @example
    /// const cb = parseYiwiseCallback(crypto.decryptMsg({ ...query, body: rawBody }));
    #[wasm_bindgen(js_name = decryptMsg)]
    pub fn decrypt_msg(
        &self,
        #[wasm_bindgen(unchecked_param_type = "YiwiseDecryptMsgInput")] input: JsValue,
    ) -> Result<String, JsValue> {
        (|| {
            let q = Query::read(&input, "body")?;
            self.inner.decrypt_msg(
                &q.msg_signature,
                &q.timestamp,
                &q.nonce,
                &q.payload,
                convert::now_ms(),
            )
        })()
        .map_err(|e| to_js(&e))
    }

    /// Encrypts `plaintext` into the XML body the platform would POST (for
    /// simulators and tests). `timestamp` defaults to now (ms), `nonce` to 10
    /// random digits, `randomPrefix` (16 ASCII characters) to random
    /// alphanumerics from `crypto.getRandomValues`; fix them only in tests.
    ///
    /// @example
    /// const xml = crypto.encryptMsg(JSON.stringify({ dataType: 'ROBOT_CALL_JOB', data: { robotCallJobId: 43 } }));
    ///
    /// (Its TypeScript signature is in `TS_CALLBACKS` below: wasm-bindgen cannot
    /// mark an overridden parameter type optional.)
    #[wasm_bindgen(js_name = encryptMsg, skip_typescript)]
    pub fn encrypt_msg(
        &self,
        plaintext: JsValue,
        options: Option<JsValue>,
    ) -> Result<String, JsValue> {
        self.encrypt_js(&plaintext, &options.unwrap_or(JsValue::UNDEFINED))
            .map_err(|e| to_js(&e))
    }

    fn encrypt_js(&self, plaintext: &JsValue, options: &JsValue) -> Result<String, Error> {
        let mut issues = Vec::new();
        let text = plaintext.as_string();
        if text.is_none() {
            issues.push(Issue::new(
                "plaintext",
                format!("must be a string, got {}", js_type(plaintext)),
            ));
        }
        if !(options.is_undefined() || options.is_null() || options.is_object()) {
            issues.push(Issue::new("options", "must be an object"));
        }
        let timestamp = opt_timestamp(options, "timestamp", &mut issues);
        let nonce = convert::opt_string(options, "nonce", &mut issues);
        let prefix_text = convert::opt_string(options, "randomPrefix", &mut issues);
        let mut prefix = None;
        if let Some(p) = &prefix_text {
            match <[u8; 16]>::try_from(p.as_bytes()) {
                Ok(b) if p.is_ascii() => prefix = Some(b),
                _ => issues.push(Issue::new(
                    "randomPrefix",
                    "must be exactly 16 ASCII characters",
                )),
            }
        }
        if !issues.is_empty() {
            return Err(Error::validation(CALLBACK_ENDPOINT, issues));
        }
        let prefix = match prefix {
            Some(p) => p,
            None => random_prefix()?,
        };
        let nonce = match nonce {
            Some(n) => n,
            None => random_digits(10)?,
        };
        let timestamp = timestamp.unwrap_or_else(|| convert::now_ms().to_string());
        self.inner.encrypt_msg(
            text.as_deref().unwrap_or_default(),
            &timestamp,
            &nonce,
            &prefix,
        )
    }

    /// The `receiveId` messages must carry.
    #[wasm_bindgen(getter, js_name = receiveId)]
    pub fn receive_id(&self) -> String {
        self.inner.receive_id().to_string()
    }

    /// How far (seconds) a message's timestamp may be from now; 0 = not checked.
    #[wasm_bindgen(getter, js_name = toleranceSeconds)]
    pub fn tolerance_seconds(&self) -> f64 {
        self.inner.tolerance_seconds() as f64
    }

    /// `{ receiveId, toleranceSeconds }`: what `JSON.stringify(crypto)` shows. No secret.
    #[wasm_bindgen(js_name = toJSON, unchecked_return_type = "{ receiveId: string; toleranceSeconds: number }")]
    pub fn to_json(&self) -> JsValue {
        let o = Object::new();
        let _ = Reflect::set(&o, &"receiveId".into(), &self.receive_id().into());
        let _ = Reflect::set(
            &o,
            &"toleranceSeconds".into(),
            &self.tolerance_seconds().into(),
        );
        o.into()
    }

    /// `YiwiseCallbackCrypto(receiveId="…", toleranceSeconds=300)`. No secret.
    #[wasm_bindgen(js_name = toString)]
    pub fn to_string_js(&self) -> String {
        format!(
            "YiwiseCallbackCrypto(receiveId={:?}, toleranceSeconds={})",
            self.inner.receive_id(),
            self.inner.tolerance_seconds()
        )
    }
}

/// The signed query values plus the signed payload (`echostr` or `body`).
struct Query {
    msg_signature: String,
    timestamp: String,
    nonce: String,
    payload: String,
}

impl Query {
    fn read(input: &JsValue, payload_key: &str) -> Result<Query, Error> {
        if !input.is_object() {
            return Err(Error::validation(
                CALLBACK_ENDPOINT,
                vec![Issue::new(
                    "input",
                    format!(
                        "must be an object {{ msgSignature, timestamp, nonce, {payload_key} }}"
                    ),
                )],
            ));
        }
        let mut issues = Vec::new();
        let sig = match convert::opt_string(input, "msgSignature", &mut issues) {
            Some(s) => Some(s),
            None if !issues.iter().any(|i| i.field == "msgSignature") => {
                let before = issues.len();
                let v = convert::opt_string(input, "msg_signature", &mut issues);
                if issues.len() > before {
                    // Report it under the documented name.
                    if let Some(i) = issues.last_mut() {
                        i.field = "msgSignature".into();
                    }
                }
                v
            }
            None => None,
        };
        let timestamp = opt_timestamp(input, "timestamp", &mut issues);
        let nonce = convert::opt_string(input, "nonce", &mut issues);
        let payload = if payload_key == "body" {
            body_text(input, &mut issues)
        } else {
            convert::opt_string(input, payload_key, &mut issues)
        };
        for (name, v) in [
            ("msgSignature", sig.is_some()),
            ("timestamp", timestamp.is_some()),
            ("nonce", nonce.is_some()),
            (payload_key, payload.is_some()),
        ] {
            if !v && !issues.iter().any(|i| i.field == name) {
                issues.push(Issue::new(name, "is required"));
            }
        }
        if !issues.is_empty() {
            return Err(Error::validation(CALLBACK_ENDPOINT, issues));
        }
        Ok(Query {
            msg_signature: sig.unwrap_or_default(),
            timestamp: timestamp.unwrap_or_default(),
            nonce: nonce.unwrap_or_default(),
            payload: payload.unwrap_or_default(),
        })
    }
}

/// `input.body` as text: a string, or UTF-8 bytes.
fn body_text(input: &JsValue, issues: &mut Vec<Issue>) -> Option<String> {
    let v = convert::get(input, "body");
    if v.is_undefined() || v.is_null() {
        return None;
    }
    if let Some(s) = v.as_string() {
        return Some(s);
    }
    if let Some(bytes) = as_bytes(&v) {
        let n = bytes.length() as usize;
        if n > MAX_ENCRYPTED_BODY_BYTES {
            issues.push(Issue::new(
                "body",
                format!("is {n} bytes, over the {MAX_ENCRYPTED_BODY_BYTES}-byte limit of an encrypted callback"),
            ));
            return None;
        }
        return match String::from_utf8(bytes.to_vec()) {
            Ok(s) => Some(s),
            Err(_) => {
                issues.push(Issue::new("body", "is not UTF-8"));
                None
            }
        };
    }
    issues.push(Issue::new(
        "body",
        "must be the raw request body: a string or a Uint8Array/Buffer",
    ));
    None
}

/// A timestamp option: digits as a string, or a whole non-negative number.
fn opt_timestamp(obj: &JsValue, key: &str, issues: &mut Vec<Issue>) -> Option<String> {
    let v = convert::get(obj, key);
    if v.is_undefined() || v.is_null() {
        return None;
    }
    if let Some(s) = v.as_string() {
        return Some(s);
    }
    match v.as_f64() {
        Some(n)
            if n.is_finite()
                && n >= 0.0
                && n.fract() == 0.0
                && n <= crate::lenient::MAX_SAFE_INTEGER as f64 =>
        {
            Some(format!("{}", n as u64))
        }
        _ => {
            issues.push(Issue::new(
                key,
                "must be milliseconds since the epoch (digits or a whole number)",
            ));
            None
        }
    }
}

/// An optional whole, non-negative number of seconds.
fn opt_seconds(obj: &JsValue, key: &str, issues: &mut Vec<Issue>) -> Option<u64> {
    let v = convert::get(obj, key);
    if v.is_undefined() || v.is_null() {
        return None;
    }
    match v.as_f64() {
        // Up to ~100 years: more is a mistake, and stays far from overflow.
        Some(n) if n.is_finite() && n >= 0.0 && n.fract() == 0.0 && n <= 3_155_760_000.0 => {
            Some(n as u64)
        }
        _ => {
            issues.push(Issue::new(
                key,
                "must be a whole number of seconds ≥ 0 (0 turns the check off)",
            ));
            None
        }
    }
}

/// A `Uint8Array` (a Node `Buffer` is one) or an `ArrayBuffer`, as bytes.
fn as_bytes(v: &JsValue) -> Option<Uint8Array> {
    if let Some(a) = v.dyn_ref::<Uint8Array>() {
        return Some(a.clone());
    }
    if v.is_instance_of::<js_sys::ArrayBuffer>() {
        return Some(Uint8Array::new(v));
    }
    None
}

fn utf8(bytes: Vec<u8>, field: &str) -> Result<String, Error> {
    String::from_utf8(bytes).map_err(|_| {
        let mut e = Error::new(
            ErrorKind::Decode,
            format!("{CALLBACK_ENDPOINT}: {field} is not UTF-8"),
        );
        e.endpoint = Some(CALLBACK_ENDPOINT.to_string());
        e.field = Some(field.to_string());
        e
    })
}

fn body_error(what: &str) -> Error {
    Error::validation(CALLBACK_ENDPOINT, vec![Issue::new("body", what)])
}

fn js_type(v: &JsValue) -> String {
    if v.is_null() {
        "null".into()
    } else {
        v.js_typeof().as_string().unwrap_or_default()
    }
}

/// `n` bytes from `crypto.getRandomValues`.
fn random_bytes(n: u32) -> Result<Vec<u8>, Error> {
    let no_rng = || {
        Error::validation(
            CALLBACK_ENDPOINT,
            vec![Issue::new(
                "randomPrefix",
                "is required here: this runtime has no crypto.getRandomValues",
            )],
        )
    };
    let crypto = Reflect::get(&js_sys::global(), &"crypto".into()).map_err(|_| no_rng())?;
    let f = Reflect::get(&crypto, &"getRandomValues".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .ok_or_else(no_rng)?;
    let buf = Uint8Array::new_with_length(n);
    f.call1(&crypto, &buf).map_err(|_| no_rng())?;
    Ok(buf.to_vec())
}

fn random_prefix() -> Result<[u8; 16], Error> {
    for _ in 0..4 {
        if let Some(p) = alphanumeric_prefix(&random_bytes(48)?) {
            return Ok(p);
        }
    }
    Err(Error::new(
        ErrorKind::Validation,
        format!("{CALLBACK_ENDPOINT}: crypto.getRandomValues returned unusable bytes"),
    ))
}

fn random_digits(n: usize) -> Result<String, Error> {
    let mut out = String::with_capacity(n);
    while out.len() < n {
        for b in random_bytes(16)? {
            // 250 = 25 × 10: no bias.
            if b < 250 && out.len() < n {
                out.push(char::from(b'0' + b % 10));
            }
        }
    }
    Ok(out)
}

/// Keeps the plaintext limit visible next to the JS surface.
const _: () = assert!(MAX_CALLBACK_BYTES < MAX_ENCRYPTED_BODY_BYTES);

#[wasm_bindgen(typescript_custom_section)]
const TS_CALLBACKS: &'static str = r#"
/** What a callback handler answers (HTTP 200, this body) so the platform stops retrying. */
export const YIWISE_CALLBACK_ACK: 'success';

/**
 * A parsed Yiwise callback. Check `known` first, then switch on `dataType`:
 * `data` is typed for the three documented types; a type this SDK does not
 * know (the platform adds some) comes with `known: false` and its data as sent.
 *
 * @example
 * const cb = parseYiwiseCallback(body);
 * if (cb.known) switch (cb.dataType) {
 *   case 'ROBOT_CALL_RECORD': saveCall(cb.data.callRecordId, cb.data.intentLevel); break;
 *   case 'ROBOT_CALL_JOB': markDone(cb.data.robotCallJobId); break;
 *   case 'ROBOT_CALL_SMS': sendSms(cb.data.msgList); break;
 * }
 */
export type YiwiseCallback = (
  | { dataType: 'ROBOT_CALL_RECORD'; known: true; data: YiwiseCallRecordCallback }
  | { dataType: 'ROBOT_CALL_JOB'; known: true; data: YiwiseJobCallback }
  | { dataType: 'ROBOT_CALL_SMS'; known: true; data: YiwiseSmsCallback }
  | { dataType: string & {}; known: false; data: unknown }
) & {
  /**
   * Names this delivery, so the platform's repeats can be dropped:
   * `ROBOT_CALL_RECORD:<callRecordId>`, `ROBOT_CALL_JOB:<robotCallJobId>:<status>`,
   * `ROBOT_CALL_SMS:<callRecordId>`, otherwise `<dataType>:sha256:<hash of the body>`.
   */
  dedupeKey: string;
};

/** The three documented callbacks (`YiwiseCallback` with `known: true`). */
export type YiwiseKnownCallback = Extract<YiwiseCallback, { known: true }>;

/** Options of `new YiwiseCallbackCrypto(...)`. */
export interface YiwiseCallbackCryptoOptions {
  /** The callback token (used only to verify signatures; never shown). */
  token: string;
  /** 43 characters of base64 (the AES key without its final `=`; never shown). */
  encodingAesKey: string;
  /** The receiver id messages must carry (default `""`, as in the vendor's demo). */
  receiveId?: string;
  /** How far (seconds) a message's `timestamp` (ms) may be from now; default 300, 0 = off. */
  toleranceSeconds?: number;
}

/** The signed query values of an encrypted callback, as `msgSignature` or as the query's own `msg_signature`. */
export type YiwiseCallbackQuery = ({ msgSignature: string } | { msg_signature: string }) & {
  /** Milliseconds since the epoch. */
  timestamp: string | number;
  nonce: string;
};

/** Input of `verifyUrl`: the URL check's query. */
export type YiwiseVerifyUrlInput = YiwiseCallbackQuery & { echostr: string };

/** Input of `decryptMsg`: the query plus the raw XML body. */
export type YiwiseDecryptMsgInput = YiwiseCallbackQuery & { body: string | Uint8Array };

export interface YiwiseCallbackCrypto {
  /**
   * Encrypts `plaintext` into the XML body the platform would POST (for
   * simulators and tests). `timestamp` defaults to now (ms), `nonce` to 10
   * random digits, `randomPrefix` (16 ASCII characters) to random
   * alphanumerics from `crypto.getRandomValues`; fix them only in tests.
   *
   * @example
   * const xml = crypto.encryptMsg(JSON.stringify({ dataType: 'ROBOT_CALL_JOB', data: { robotCallJobId: 43 } }));
   */
  encryptMsg(plaintext: string, options?: YiwiseEncryptMsgOptions): string;
}

/** Options of `encryptMsg` (all optional; fix them only in tests). */
export interface YiwiseEncryptMsgOptions {
  /** Milliseconds since the epoch (default now). */
  timestamp?: string | number;
  /** Default: 10 random digits. */
  nonce?: string;
  /** 16 ASCII characters (default random alphanumerics). */
  randomPrefix?: string;
}
"#;
