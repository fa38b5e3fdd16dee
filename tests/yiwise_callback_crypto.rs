//! The encrypted callback scheme against the shared golden vectors, round trips
//! of many lengths, and every rejection: signature, receiveId, padding,
//! truncation, base64, key, timestamp tolerance, URL-encoded values.

#![allow(clippy::result_large_err)] // the crate's Error, as in src/lib.rs

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use serde::Deserialize;
use yiwise_rongzi::yiwise::callback::xml::{build_envelope, parse_envelope};
use yiwise_rongzi::yiwise::callback::{
    alphanumeric_prefix, parse_callback, url_decode_param, Callback, YiwiseCallbackCrypto,
    MAX_ENCRYPTED_BODY_BYTES,
};
use yiwise_rongzi::{Error, ErrorKind};

const VECTORS: &str = include_str!("fixtures/vectors/yiwise-callback-crypto.json");

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Vector {
    token: String,
    encoding_aes_key: String,
    receive_id: String,
    timestamp: String,
    nonce: String,
    random_prefix: String,
    plaintext: String,
    encrypt: String,
    msg_signature: String,
    xml: String,
}

fn vectors() -> Vec<Vector> {
    serde_json::from_str(VECTORS).expect("the vector file is valid JSON")
}

/// The vectors' timestamp, in ms.
const TS: &str = "1678759048896";
const TS_MS: u64 = 1_678_759_048_896;
const NONCE: &str = "8214825565";
const TOKEN: &str = "AIGbuK3sOV";
const KEY: &str = "INnZzJ/DPbUqqtU2ycEhzL8ewpsCRb9XqHBWHdDCknw";
const PREFIX: &[u8; 16] = b"0123456789abcdef";

fn codec(receive_id: &str) -> YiwiseCallbackCrypto {
    YiwiseCallbackCrypto::new(TOKEN, KEY, receive_id).unwrap()
}

fn prefix(v: &Vector) -> [u8; 16] {
    v.random_prefix.as_bytes().try_into().unwrap()
}

fn kind_and_field(r: Result<String, Error>) -> (ErrorKind, String) {
    let e = r.expect_err("expected a rejection");
    (e.kind, e.field.clone().unwrap_or_default())
}

#[test]
fn the_vendored_vectors_are_the_shared_ones() {
    // CI clones the repo with shared/ beside it; elsewhere the check is skipped.
    let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/reference/vectors/yiwise-callback-crypto.json");
    if let Ok(text) = std::fs::read_to_string(shared) {
        let a: serde_json::Value = serde_json::from_str(&text).unwrap();
        let b: serde_json::Value = serde_json::from_str(VECTORS).unwrap();
        assert_eq!(
            a, b,
            "tests/fixtures/vectors is out of date with shared/reference/vectors"
        );
    }
}

#[test]
fn every_golden_vector_encrypts_signs_and_writes_the_same_xml() {
    let v = vectors();
    assert_eq!(v.len(), 2);
    for x in v {
        let c = YiwiseCallbackCrypto::new(&x.token, &x.encoding_aes_key, &x.receive_id).unwrap();
        assert_eq!(c.encrypt(&x.plaintext, &prefix(&x)), x.encrypt);
        assert_eq!(
            c.signature(&x.timestamp, &x.nonce, &x.encrypt),
            x.msg_signature
        );
        assert_eq!(
            c.encrypt_msg(&x.plaintext, &x.timestamp, &x.nonce, &prefix(&x))
                .unwrap(),
            x.xml
        );
    }
}

#[test]
fn every_golden_vector_verifies_and_decrypts_with_the_tolerance_off() {
    for x in vectors() {
        let c = YiwiseCallbackCrypto::new(&x.token, &x.encoding_aes_key, &x.receive_id)
            .unwrap()
            .with_tolerance_seconds(0);
        let now = 4_000_000_000_000; // any time: the check is off
        assert_eq!(
            c.decrypt_msg(&x.msg_signature, &x.timestamp, &x.nonce, &x.xml, now)
                .unwrap(),
            x.plaintext
        );
        // The URL check with the same ciphertext as echostr.
        assert_eq!(
            c.verify_url(&x.msg_signature, &x.timestamp, &x.nonce, &x.encrypt, now)
                .unwrap(),
            x.plaintext
        );
        let env = parse_envelope(&x.xml).unwrap();
        assert_eq!(env.msg_signature.as_deref(), Some(x.msg_signature.as_str()));
        assert_eq!(env.timestamp.as_deref(), Some(x.timestamp.as_str()));
    }
}

#[test]
fn the_first_vector_is_a_job_callback() {
    let x = &vectors()[0];
    let c = codec("").with_tolerance_seconds(0);
    let plain = c
        .decrypt_msg(&x.msg_signature, &x.timestamp, &x.nonce, &x.xml, 0)
        .unwrap();
    assert!(matches!(
        parse_callback(&plain).unwrap(),
        Callback::RobotCallJob(_)
    ));
}

#[test]
fn every_golden_vector_is_accepted_within_the_default_tolerance_of_its_own_time() {
    for x in vectors() {
        let c = YiwiseCallbackCrypto::new(&x.token, &x.encoding_aes_key, &x.receive_id).unwrap();
        assert_eq!(c.tolerance_seconds(), 300);
        for now in [TS_MS, TS_MS + 300_000, TS_MS - 300_000] {
            assert!(c
                .decrypt_msg(&x.msg_signature, &x.timestamp, &x.nonce, &x.xml, now)
                .is_ok());
        }
    }
}

#[test]
fn round_trips_of_many_lengths() {
    let chinese = "验证接口验签解密是否正确，".repeat(500);
    let mut messages: Vec<String> = [0usize, 1, 15, 16, 31, 32, 33, 47, 48, 63, 64, 65, 1000]
        .iter()
        .map(|&n| "a".repeat(n))
        .collect();
    messages.push(chinese);
    messages.push("😀\u{0}\n\"<]]>".to_string());
    for rid in ["", "wx5823bf96d3bd56c7", "接收方"] {
        let c = codec(rid);
        for (i, m) in messages.iter().enumerate() {
            let ts = (TS_MS + i as u64).to_string();
            let xml = c.encrypt_msg(m, &ts, NONCE, PREFIX).unwrap();
            let env = parse_envelope(&xml).unwrap();
            let sig = env.msg_signature.unwrap();
            let now = TS_MS + 1000;
            assert_eq!(&c.decrypt_msg(&sig, &ts, NONCE, &xml, now).unwrap(), m);
            assert_eq!(
                &c.verify_url(&sig, &ts, NONCE, &env.encrypt, now).unwrap(),
                m
            );
            // The ciphertext is a whole number of 32-byte blocks.
            assert_eq!(STANDARD.decode(&env.encrypt).unwrap().len() % 32, 0);
        }
    }
}

#[test]
fn a_different_random_prefix_changes_the_ciphertext_not_the_message() {
    let c = codec("");
    let a = c.encrypt("same", b"aaaaaaaaaaaaaaaa");
    let b = c.encrypt("same", b"bbbbbbbbbbbbbbbb");
    assert_ne!(a, b);
    assert_eq!(c.decrypt("encrypt", &a).unwrap(), "same");
    assert_eq!(c.decrypt("encrypt", &b).unwrap(), "same");
    let p = alphanumeric_prefix(&[7u8; 48]).unwrap();
    assert!(p.iter().all(u8::is_ascii_alphanumeric));
}

#[test]
fn a_wrong_signature_is_a_signature_error() {
    let x = &vectors()[0];
    let c = codec("").with_tolerance_seconds(0);
    let mut flipped = x.msg_signature.clone();
    flipped.replace_range(0..1, if flipped.starts_with('0') { "1" } else { "0" });
    for sig in [
        flipped.as_str(),
        "",
        "d258210812fd77353e94bee6699eae1e22db2e6",
        "not hex at all",
    ] {
        let (kind, field) = kind_and_field(c.decrypt_msg(sig, TS, NONCE, &x.xml, 0));
        assert_eq!(
            (kind, field.as_str()),
            (ErrorKind::Signature, "msgSignature")
        );
    }
    // The signature covers timestamp, nonce and the ciphertext.
    for (ts, nonce) in [("1678759048897", NONCE), (TS, "8214825566")] {
        let (kind, _) = kind_and_field(c.decrypt_msg(&x.msg_signature, ts, nonce, &x.xml, 0));
        assert_eq!(kind, ErrorKind::Signature);
    }
    // Another token.
    let other = YiwiseCallbackCrypto::new("another-token", KEY, "")
        .unwrap()
        .with_tolerance_seconds(0);
    let e = other
        .decrypt_msg(&x.msg_signature, TS, NONCE, &x.xml, 0)
        .unwrap_err();
    assert_eq!(e.kind, ErrorKind::Signature);
    assert!(!e.message.contains("another-token"), "{e}");
    assert!(!e.message.contains(&x.msg_signature), "{e}");
    // Upper-case hex is the same signature.
    assert!(c
        .decrypt_msg(&x.msg_signature.to_uppercase(), TS, NONCE, &x.xml, 0)
        .is_ok());
}

#[test]
fn a_foreign_receive_id_is_refused() {
    let sender = codec("wx-corp-a");
    let xml = sender.encrypt_msg("hi", TS, NONCE, PREFIX).unwrap();
    let sig = parse_envelope(&xml).unwrap().msg_signature.unwrap();
    for rid in ["wx-corp-b", "", "wx-corp-a ", "wx-corp"] {
        let receiver = codec(rid).with_tolerance_seconds(0);
        let (kind, field) = kind_and_field(receiver.decrypt_msg(&sig, TS, NONCE, &xml, 0));
        assert_eq!((kind, field.as_str()), (ErrorKind::Signature, "receiveId"));
    }
    // And the other way round: a message without receiveId for a receiver that expects one.
    let x = &vectors()[0];
    let receiver = codec("wx-corp-a").with_tolerance_seconds(0);
    let (kind, _) = kind_and_field(receiver.decrypt_msg(&x.msg_signature, TS, NONCE, &x.xml, 0));
    assert_eq!(kind, ErrorKind::Signature);
}

/// Signs `encrypt` properly, so the rejection comes from the ciphertext itself.
fn decrypt_signed(c: &YiwiseCallbackCrypto, encrypt: &str) -> Result<String, Error> {
    let sig = c.signature(TS, NONCE, encrypt);
    let xml = build_envelope(encrypt, &sig, TS, NONCE);
    c.decrypt_msg(&sig, TS, NONCE, &xml, TS_MS)
}

/// Raw AES-256-CBC with the scheme's key and IV, no padding: for forging bad plaintexts.
fn raw_encrypt(plain: &[u8]) -> String {
    use cbc::cipher::{block_padding::NoPadding, BlockEncryptMut, KeyIvInit};
    let key = STANDARD.decode(format!("{KEY}=")).unwrap();
    let mut buf = plain.to_vec();
    let n = buf.len();
    let enc = cbc::Encryptor::<aes::Aes256>::new_from_slices(&key, &key[..16]).unwrap();
    let ct = enc.encrypt_padded_mut::<NoPadding>(&mut buf, n).unwrap();
    STANDARD.encode(ct)
}

/// prefix ‖ u32be(len) ‖ msg ‖ rid, unpadded.
fn frame(msg: &[u8], declared_len: u32, rid: &[u8]) -> Vec<u8> {
    let mut v = PREFIX.to_vec();
    v.extend_from_slice(&declared_len.to_be_bytes());
    v.extend_from_slice(msg);
    v.extend_from_slice(rid);
    v
}

fn pad_with(mut v: Vec<u8>, pad: usize, byte: u8) -> Vec<u8> {
    v.resize(v.len() + pad, byte);
    v
}

#[test]
fn a_well_formed_forgery_decrypts_so_the_helpers_are_right() {
    let v = frame(b"hello", 5, b"");
    let pad = 32 - v.len() % 32;
    let ct = raw_encrypt(&pad_with(v, pad, pad as u8));
    assert_eq!(decrypt_signed(&codec(""), &ct).unwrap(), "hello");
}

#[test]
fn bad_padding_is_a_decode_error() {
    let c = codec("");
    let v = frame(b"hello", 5, b""); // 25 bytes: 7 bytes of padding to 32
    for padded in [
        pad_with(v.clone(), 7, 0),       // pad byte 0
        pad_with(v.clone(), 7, 8),       // claims 8, one of them is not 8
        pad_with(v.clone(), 39, 33),     // 33 > 32
        pad_with(v.clone(), 7 + 32, 64), // larger than a block
        {
            let mut p = pad_with(v.clone(), 7, 7);
            p[27] = 6; // one pad byte differs
            p
        },
    ] {
        let ct = raw_encrypt(&padded);
        let (kind, field) = kind_and_field(decrypt_signed(&c, &ct));
        assert_eq!((kind, field.as_str()), (ErrorKind::Decode, "encrypt"));
    }
    // A wrong key shows up as bad padding (or a bad length field), never a panic.
    let x = &vectors()[0];
    let other_key = YiwiseCallbackCrypto::new(TOKEN, &format!("{}A", &KEY[..42]), "").unwrap();
    let (kind, _) = kind_and_field(decrypt_signed(&other_key, &x.encrypt));
    assert_eq!(kind, ErrorKind::Decode);
}

#[test]
fn a_length_field_past_the_end_or_a_short_frame_is_a_decode_error() {
    let c = codec("");
    for (v, pad) in [
        (frame(b"hello", 6, b""), 7usize), // declares one byte more than there is
        (frame(b"hello", u32::MAX, b""), 7), // absurd length
        (PREFIX[..12].to_vec(), 20),       // no room for the length field
        (frame(&[0xff, 0xfe], 2, b""), 10), // not UTF-8
    ] {
        let ct = raw_encrypt(&pad_with(v, pad, pad as u8));
        let (kind, field) = kind_and_field(decrypt_signed(&c, &ct));
        assert_eq!((kind, field.as_str()), (ErrorKind::Decode, "encrypt"));
    }
}

#[test]
fn truncated_ciphertexts_are_decode_errors() {
    let x = &vectors()[0];
    let c = codec("");
    let raw = STANDARD.decode(&x.encrypt).unwrap();
    for cut in [0usize, 1, 15, 16, 17, 31, 32, 33, raw.len() - 1] {
        let ct = STANDARD.encode(&raw[..cut]);
        let (kind, field) = kind_and_field(decrypt_signed(&c, &ct));
        assert_eq!(
            (kind, field.as_str()),
            (ErrorKind::Decode, "encrypt"),
            "cut {cut}"
        );
    }
    // Cut in the base64 text instead.
    let ct = &x.encrypt[..x.encrypt.len() - 6];
    assert_eq!(kind_and_field(decrypt_signed(&c, ct)).0, ErrorKind::Decode);
}

#[test]
fn non_base64_ciphertexts_are_decode_errors() {
    let c = codec("");
    let x = &vectors()[0];
    for ct in [
        "not_base64!",
        "====",
        "YWJj*GVm",
        &x.encrypt.replace('/', "_"), // URL-safe alphabet
    ] {
        let (kind, field) = kind_and_field(decrypt_signed(&c, ct));
        assert_eq!(
            (kind, field.as_str()),
            (ErrorKind::Decode, "encrypt"),
            "{ct}"
        );
    }
    let (kind, field) = kind_and_field(c.clone().with_tolerance_seconds(0).verify_url(
        &c.signature(TS, NONCE, "abc"),
        TS,
        NONCE,
        "abc",
        0,
    ));
    assert_eq!((kind, field.as_str()), (ErrorKind::Decode, "echostr"));
}

#[test]
fn malformed_xml_bodies_are_decode_errors() {
    let c = codec("").with_tolerance_seconds(0);
    let x = &vectors()[0];
    for body in [
        "",
        "success",
        "{\"dataType\":\"ROBOT_CALL_JOB\"}",
        "<xml></xml>",
        &x.xml.replace("</xml>", ""),
        &x.xml.replace("]]></Encrypt>", "</Encrypt>"),
        &format!("{}{}", x.xml, x.xml),
    ] {
        let (kind, field) = kind_and_field(c.decrypt_msg(&x.msg_signature, TS, NONCE, body, 0));
        assert_eq!(
            (kind, field.as_str()),
            (ErrorKind::Decode, "body"),
            "{body}"
        );
    }
    let huge = " ".repeat(MAX_ENCRYPTED_BODY_BYTES + 1);
    let (kind, field) = kind_and_field(c.decrypt_msg(&x.msg_signature, TS, NONCE, &huge, 0));
    assert_eq!((kind, field.as_str()), (ErrorKind::Validation, "body"));
}

#[test]
fn bad_keys_are_validation_errors() {
    for key in [
        "",
        &KEY[..42],
        &format!("{KEY}="),
        &format!("{KEY}AA"),
        &format!("{}!", &KEY[..42]),
        &format!("{}=", &KEY[..42]),
        &format!("{}é", &KEY[..42]),
        &format!(" {}", &KEY[..42]),
    ] {
        let e = YiwiseCallbackCrypto::new(TOKEN, key, "").unwrap_err();
        assert_eq!(e.kind, ErrorKind::Validation, "{key:?}");
        assert_eq!(e.field.as_deref(), Some("encodingAesKey"));
        assert!(!e.message.contains(&KEY[..20]), "{e}");
    }
    assert_eq!(
        YiwiseCallbackCrypto::new("", KEY, "")
            .unwrap_err()
            .field
            .as_deref(),
        Some("token")
    );
    let dbg = format!("{:?}", codec("rid"));
    assert!(!dbg.contains(TOKEN) && !dbg.contains(&KEY[..10]), "{dbg}");
    assert!(dbg.contains("rid"));
}

#[test]
fn a_stale_or_future_timestamp_is_refused_within_the_tolerance() {
    let x = &vectors()[0];
    let c = codec("").with_tolerance_seconds(300);
    for now in [
        TS_MS + 300_001,
        TS_MS - 300_001,
        TS_MS + 86_400_000,
        4_000_000_000_000,
    ] {
        let e = c
            .decrypt_msg(&x.msg_signature, TS, NONCE, &x.xml, now)
            .unwrap_err();
        assert_eq!(e.kind, ErrorKind::Signature);
        assert_eq!(e.field.as_deref(), Some("timestamp"));
        assert!(e.message.contains("tolerance"), "{e}");
    }
    // A smaller window.
    let c = codec("").with_tolerance_seconds(5);
    assert!(c
        .decrypt_msg(&x.msg_signature, TS, NONCE, &x.xml, TS_MS + 5_000)
        .is_ok());
    assert!(c
        .decrypt_msg(&x.msg_signature, TS, NONCE, &x.xml, TS_MS + 5_001)
        .is_err());
    // verify_url applies it too.
    assert_eq!(
        kind_and_field(c.verify_url(&x.msg_signature, TS, NONCE, &x.encrypt, 0)).0,
        ErrorKind::Signature
    );
}

#[test]
fn a_timestamp_in_seconds_or_not_a_number_is_refused_with_a_hint() {
    let c = codec("");
    let now = TS_MS;
    let secs = "1678759048";
    let xml = c.encrypt_msg("x", secs, NONCE, PREFIX).unwrap();
    let sig = parse_envelope(&xml).unwrap().msg_signature.unwrap();
    let e = c.decrypt_msg(&sig, secs, NONCE, &xml, now).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Signature);
    assert!(e.message.contains("seconds"), "{e}");
    // Signed but not digits.
    let ts = "2023-03-14";
    let ct = c.encrypt("x", PREFIX);
    let sig = c.signature(ts, NONCE, &ct);
    let e = c.verify_url(&sig, ts, NONCE, &ct, now).unwrap_err();
    assert_eq!(
        (e.kind, e.field.as_deref()),
        (ErrorKind::Signature, Some("timestamp"))
    );
}

/// Java's `URLEncoder.encode(s, "UTF-8")`, which the vendor's sender applies:
/// letters, digits and `.-*_` stay, a space becomes `+`, every other byte `%XX`.
fn java_url_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.' | b'-' | b'*' | b'_' => {
                out.push(char::from(b))
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// A message exactly as the vendor's `TestDemo.testPost` sends it: the body's
/// `Encrypt` and `MsgSignature` URL-encoded once (the query's `msg_signature`
/// too; it is hex, so it does not change).
fn vendor_post(x: &Vector) -> (String, String) {
    let sig = java_url_encode(&x.msg_signature);
    let xml = build_envelope(&java_url_encode(&x.encrypt), &sig, &x.timestamp, &x.nonce);
    (sig, xml)
}

#[test]
fn messages_in_the_vendors_own_format_decrypt() {
    let c = codec("").with_tolerance_seconds(0);
    for x in vectors() {
        let (sig, xml) = vendor_post(&x);
        assert!(xml.contains("%3D") || xml.contains("%2B") || xml.contains("%2F"));
        assert_eq!(
            c.decrypt_msg(&sig, TS, NONCE, &xml, 0).unwrap(),
            x.plaintext
        );
    }
}

#[test]
fn every_signed_value_may_be_raw_or_url_encoded_once_or_twice() {
    let x = &vectors()[1]; // its encrypt ends in "==", and holds '+' and '/'
    assert!(x.encrypt.ends_with("==") && x.encrypt.contains('+') && x.encrypt.contains('/'));
    let once = java_url_encode(&x.encrypt);
    let twice = java_url_encode(&once);
    assert!(once.ends_with("%3D%3D") && twice.ends_with("%253D%253D"));
    let c = codec("").with_tolerance_seconds(0);
    let enc = |v: &str, n: usize| (0..n).fold(v.to_string(), |v, _| java_url_encode(&v));
    for body_n in 0..3 {
        for query_n in 0..3 {
            let xml = build_envelope(&enc(&x.encrypt, body_n), &x.msg_signature, TS, NONCE);
            let (sig, ts, nonce) = (
                enc(&x.msg_signature, query_n),
                enc(TS, query_n),
                enc(NONCE, query_n),
            );
            assert_eq!(
                c.decrypt_msg(&sig, &ts, &nonce, &xml, 0).unwrap(),
                x.plaintext,
                "body encoded {body_n}×, query {query_n}×"
            );
            let echostr = enc(&x.encrypt, body_n);
            assert_eq!(
                c.verify_url(&sig, &ts, &nonce, &echostr, 0).unwrap(),
                x.plaintext
            );
        }
    }
    // The whole body URL-encoded, as some proxies forward it.
    let whole = java_url_encode(&x.xml);
    assert!(whole.starts_with("%3Cxml%3E"));
    assert_eq!(
        c.decrypt_msg(&x.msg_signature, TS, NONCE, &whole, 0)
            .unwrap(),
        x.plaintext
    );
    // A '+' a form decoder turned into a space (URLSearchParams on a raw echostr).
    let spaced = x.encrypt.replace('+', " ");
    assert_eq!(
        c.verify_url(&x.msg_signature, TS, NONCE, &spaced, 0)
            .unwrap(),
        x.plaintext
    );
    // Already decoded values pass through unchanged.
    for v in [x.encrypt.as_str(), TS, NONCE, x.msg_signature.as_str()] {
        assert_eq!(url_decode_param(v).unwrap(), v);
    }
}

#[test]
fn anything_else_is_still_refused() {
    let x = &vectors()[1];
    let c = codec("").with_tolerance_seconds(0);
    let once = java_url_encode(&x.encrypt);
    let thrice = java_url_encode(&java_url_encode(&once));
    let flipped = {
        // one base64 character changed, then encoded like the vendor
        let mut b = x.encrypt.clone().into_bytes();
        b[5] = if b[5] == b'A' { b'B' } else { b'A' };
        java_url_encode(&String::from_utf8(b).unwrap())
    };
    let other_sig = x.msg_signature.replace(&x.msg_signature[..2], "00");
    let cases: [(&str, &str, &str, ErrorKind); 5] = [
        (
            "encoded three times",
            &thrice,
            &x.msg_signature,
            ErrorKind::Signature,
        ),
        (
            "a changed ciphertext",
            &flipped,
            &x.msg_signature,
            ErrorKind::Signature,
        ),
        ("another signature", &once, &other_sig, ErrorKind::Signature),
        (
            "a broken escape",
            "abc%FF%FE",
            &x.msg_signature,
            ErrorKind::Decode,
        ),
        (
            "a signature with a space",
            &once,
            &format!("{} ", &x.msg_signature[1..]),
            ErrorKind::Signature,
        ),
    ];
    for (what, encrypt, sig, kind) in cases {
        let xml = build_envelope(encrypt, sig, TS, NONCE);
        let e = c.decrypt_msg(sig, TS, NONCE, &xml, 0).unwrap_err();
        assert_eq!(e.kind, kind, "{what}: {}", e.message);
        let e = c.verify_url(sig, TS, NONCE, encrypt, 0).unwrap_err();
        assert_eq!(e.kind, kind, "{what} (URL check): {}", e.message);
    }
}

#[test]
fn encrypt_msg_validates_its_inputs() {
    let c = codec("");
    for (ts, nonce, field) in [
        ("", NONCE, "timestamp"),
        ("12a", NONCE, "timestamp"),
        (TS, "", "nonce"),
        (TS, "a]]>b", "nonce"),
        (TS, "<x>", "nonce"),
        (TS, &"n".repeat(65), "nonce"),
    ] {
        let e = c.encrypt_msg("x", ts, nonce, PREFIX).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Validation);
        assert_eq!(e.field.as_deref(), Some(field));
    }
    let big = "x".repeat(1024 * 1024 + 1);
    let e = c.encrypt_msg(&big, TS, NONCE, PREFIX).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("plaintext"));
}
