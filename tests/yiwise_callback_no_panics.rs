//! No input panics the callback parsers: bounded, seeded fuzzing with random
//! bytes and mutations of the docs' examples and the golden vectors, into
//! `parse_callback`, the XML reader, the crypto (key, signature, ciphertext)
//! and the URL-decoding helper. Every call returns `Ok` or a typed `Err`.

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use serde_json::{json, Value};
use std::path::Path;
use yiwise_rongzi::yiwise::callback::xml::parse_envelope;
use yiwise_rongzi::yiwise::callback::{
    alphanumeric_prefix, parse_callback, parse_callback_value, url_decode_param,
    YiwiseCallbackCrypto,
};
use yiwise_rongzi::ErrorKind;

/// xorshift64*: a tiny deterministic PRNG (seeded, so failures reproduce).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }
}

const ROUNDS: usize = 3000;

const TOKEN: &str = "AIGbuK3sOV";
const KEY: &str = "INnZzJ/DPbUqqtU2ycEhzL8ewpsCRb9XqHBWHdDCknw";

/// Pieces that matter to the parsers, spliced into inputs.
const PIECES: &[&str] = &[
    "<xml>",
    "</xml>",
    "<Encrypt>",
    "</Encrypt>",
    "<![CDATA[",
    "]]>",
    "<TimeStamp>",
    "</TimeStamp>",
    "&amp;",
    "&#x1F600;",
    "&#xD800;",
    "&",
    "<",
    ">",
    "=",
    "%3D",
    "%253D",
    "%",
    "%FF",
    "+",
    "/",
    "\"dataType\"",
    "\"ROBOT_CALL_RECORD\"",
    "\"ROBOT_CALL_SMS\"",
    "\"data\"",
    ":",
    "{",
    "}",
    "[",
    "]",
    ",",
    "null",
    "1e400",
    "\u{0}",
    "😀",
    "中",
    "\u{feff}",
];

fn examples() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/yiwise/callback");
    let mut out: Vec<String> = std::fs::read_dir(&dir)
        .expect("the callback fixtures exist")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    out.sort();
    assert_eq!(out.len(), 3);
    out
}

fn vectors() -> Vec<Value> {
    serde_json::from_str(include_str!("fixtures/vectors/yiwise-callback-crypto.json")).unwrap()
}

/// A text mutation: replace, insert, delete or splice at a char boundary.
fn mutate_text(s: &str, r: &mut Rng) -> String {
    let mut chars: Vec<char> = s.chars().collect();
    for _ in 0..=r.below(4) {
        let at = r.below(chars.len() + 1);
        match r.below(5) {
            0 if at < chars.len() => {
                chars.remove(at);
            }
            1 => {
                let piece = PIECES[r.below(PIECES.len())];
                for (i, c) in piece.chars().enumerate() {
                    chars.insert(at + i, c);
                }
            }
            2 if at < chars.len() => {
                chars[at] = char::from_u32(r.below(0x3000) as u32).unwrap_or('?');
            }
            3 => chars.truncate(at),
            _ => {
                let from = r.below(chars.len() + 1);
                let len = r.below(20);
                let copy: Vec<char> = chars.iter().skip(from).take(len).copied().collect();
                for (i, c) in copy.into_iter().enumerate() {
                    chars.insert(at + i, c);
                }
            }
        }
    }
    chars.into_iter().collect()
}

fn random_leaf(r: &mut Rng) -> Value {
    match r.below(8) {
        0 => Value::Null,
        1 => json!(r.below(2) == 1),
        2 => json!(r.next() as i64),
        3 => json!(f64::from(r.below(1000) as u32) / 7.0),
        4 => json!(PIECES[r.below(PIECES.len())]),
        5 => json!([]),
        6 => json!({}),
        _ => json!("ROBOT_CALL_JOB"),
    }
}

fn mutate_value(v: &mut Value, r: &mut Rng, depth: usize) {
    if depth > 5 || r.below(4) == 0 {
        *v = random_leaf(r);
        return;
    }
    match v {
        Value::Object(m) => {
            let keys: Vec<String> = m.keys().cloned().collect();
            if keys.is_empty() || r.below(5) == 0 {
                m.insert(PIECES[r.below(PIECES.len())].to_string(), random_leaf(r));
            } else {
                let k = &keys[r.below(keys.len())];
                if let Some(child) = m.get_mut(k) {
                    mutate_value(child, r, depth + 1);
                }
            }
        }
        Value::Array(a) if !a.is_empty() => {
            let i = r.below(a.len());
            mutate_value(&mut a[i], r, depth + 1);
        }
        _ => *v = random_leaf(r),
    }
}

fn must_be_typed(kind: ErrorKind) {
    assert!(matches!(
        kind,
        ErrorKind::Decode | ErrorKind::Validation | ErrorKind::Signature
    ));
}

#[test]
fn random_bytes_never_panic_any_parser() {
    let mut r = Rng(0xCA11_BAC5);
    let c = YiwiseCallbackCrypto::new(TOKEN, KEY, "").unwrap();
    for _ in 0..ROUNDS {
        let n = r.below(300);
        let bytes = r.bytes(n);
        let text = String::from_utf8_lossy(&bytes).into_owned();
        if let Err(e) = parse_callback(&text) {
            must_be_typed(e.kind);
        }
        let _ = parse_envelope(&text);
        let _ = url_decode_param(&text);
        let _ = YiwiseCallbackCrypto::new(&text, &text, &text);
        let _ = c.decrypt("encrypt", &text);
        let _ = c.verify_url(&text, &text, &text, &text, r.next());
        let _ = c.decrypt_msg(&text, "1", "2", &text, 0);
        let _ = c.encrypt_msg(&text, &text, &text, b"0123456789abcdef");
        let _ = alphanumeric_prefix(&bytes);
    }
}

#[test]
fn mutated_callback_examples_never_panic() {
    let mut r = Rng(0x5EED_CB01);
    let examples = examples();
    for i in 0..ROUNDS {
        let ex = &examples[i % examples.len()];
        let text = mutate_text(ex, &mut r);
        if let Err(e) = parse_callback(&text) {
            must_be_typed(e.kind);
        }
        let mut v: Value = serde_json::from_str(ex).unwrap();
        for _ in 0..=r.below(3) {
            mutate_value(&mut v, &mut r, 0);
        }
        match parse_callback_value(v.clone()) {
            Ok(cb) => {
                // Whatever parses also serializes for JS.
                serde_json::to_string(&cb).unwrap();
            }
            Err(e) => assert_eq!(e.kind, ErrorKind::Decode, "{v}: {e}"),
        }
    }
}

#[test]
fn mutated_encrypted_bodies_and_query_values_never_panic() {
    let mut r = Rng(0x5EED_CB02);
    for x in vectors() {
        let c = YiwiseCallbackCrypto::new(TOKEN, KEY, "")
            .unwrap()
            .with_tolerance_seconds(0);
        let s = |k: &str| x[k].as_str().unwrap().to_string();
        let (xml, sig, ts, nonce, enc) = (
            s("xml"),
            s("msgSignature"),
            s("timestamp"),
            s("nonce"),
            s("encrypt"),
        );
        for _ in 0..ROUNDS {
            let body = mutate_text(&xml, &mut r);
            match c.decrypt_msg(&sig, &ts, &nonce, &body, 0) {
                Ok(plain) => {
                    // Only an unchanged ciphertext can verify.
                    assert_eq!(plain, s("plaintext"));
                }
                Err(e) => must_be_typed(e.kind),
            }
            let _ = parse_envelope(&body);
            let m_sig = mutate_text(&sig, &mut r);
            let m_ts = mutate_text(&ts, &mut r);
            let _ = c.verify_url(&m_sig, &m_ts, &nonce, &enc, r.next());
            let _ = url_decode_param(&mutate_text(&enc, &mut r));
        }
    }
}

#[test]
fn correctly_signed_random_ciphertexts_never_panic_the_decryption() {
    // Signed with the right token, so every one reaches the AES, padding,
    // length-field and receiveId checks.
    let mut r = Rng(0x5EED_CB03);
    let c = YiwiseCallbackCrypto::new(TOKEN, KEY, "rid").unwrap();
    let mut ok = 0;
    for i in 0..ROUNDS {
        let blocks = r.below(6);
        let mut raw = r.bytes(blocks * 16 + usize::from(i % 7 == 0));
        if i % 3 == 0 {
            // Start from a real ciphertext and flip bits in it.
            let real = STANDARD
                .decode(c.encrypt(&"m".repeat(r.below(80)), b"0123456789abcdef"))
                .unwrap();
            raw = real;
            let at = r.below(raw.len());
            raw[at] ^= 1 << r.below(8);
        }
        let ct = STANDARD.encode(&raw);
        let sig = c.signature("1", "n", &ct);
        match c
            .clone()
            .with_tolerance_seconds(0)
            .verify_url(&sig, "1", "n", &ct, 0)
        {
            Ok(_) => ok += 1,
            Err(e) => assert!(
                matches!(e.kind, ErrorKind::Decode | ErrorKind::Signature),
                "{e}"
            ),
        }
    }
    // Bit flips in the IV-dependent first block or the random prefix can still
    // decrypt; the point is that nothing panicked.
    assert!(ok < ROUNDS);
}
