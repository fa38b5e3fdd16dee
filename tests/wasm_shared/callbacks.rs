//! Callbacks through the JS-facing layer: `parseYiwiseCallback` on strings,
//! bytes and objects; `YiwiseCallbackCrypto` against the golden vectors; the
//! errors' kinds and fields; no secret in `toString`/`toJSON`/errors.

use super::support::*;
use js_sys::{Uint8Array, JSON};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;
use yiwise_rongzi::wasm::{
    parse_yiwise_callback, yiwise_callback_decode_param, YiwiseCallbackCrypto,
};

const VECTORS: &str = include_str!("../fixtures/vectors/yiwise-callback-crypto.json");
const RECORD: &str = include_str!("../fixtures/yiwise/callback/ROBOT_CALL_RECORD.json");
const SMS: &str = include_str!("../fixtures/yiwise/callback/ROBOT_CALL_SMS.json");
const TOKEN: &str = "AIGbuK3sOV";
const KEY: &str = "INnZzJ/DPbUqqtU2ycEhzL8ewpsCRb9XqHBWHdDCknw";

fn kind_field(e: &JsValue) -> (String, String) {
    (
        string(e, "kind").unwrap_or_default(),
        string(e, "field").unwrap_or_default(),
    )
}

fn crypto(extra: &str) -> YiwiseCallbackCrypto {
    YiwiseCallbackCrypto::new(json(&format!(
        r#"{{"token":"{TOKEN}","encodingAesKey":"{KEY}"{extra}}}"#
    )))
    .expect("valid options")
}

fn vectors() -> Vec<JsValue> {
    js_sys::Array::from(&json(VECTORS)).iter().collect()
}

#[wasm_bindgen_test]
fn a_string_body_parses_into_data_type_known_and_typed_data() {
    let cb = parse_yiwise_callback(RECORD.into()).unwrap();
    assert_eq!(
        string(&cb, "dataType").as_deref(),
        Some("ROBOT_CALL_RECORD")
    );
    assert_eq!(get(&cb, "known"), JsValue::TRUE);
    let data = get(&cb, "data");
    assert_eq!(get(&data, "callRecordId").as_f64(), Some(119.0));
    assert_eq!(string(&data, "intentLevel").as_deref(), Some("A"));
    let details = js_sys::Array::from(&get(&data, "callDetailList"));
    assert_eq!(string(&details.get(1), "type").as_deref(), Some("PERSON"));
    assert_eq!(
        string(&get(&data, "properties"), "生日").as_deref(),
        Some("2019年10月1日")
    );
}

#[wasm_bindgen_test]
fn an_object_and_bytes_parse_like_the_string() {
    let from_string = JSON::stringify(&parse_yiwise_callback(SMS.into()).unwrap()).unwrap();
    let from_object = JSON::stringify(&parse_yiwise_callback(json(SMS)).unwrap()).unwrap();
    let bytes = Uint8Array::from(SMS.as_bytes());
    let from_bytes = JSON::stringify(&parse_yiwise_callback(bytes.into()).unwrap()).unwrap();
    assert_eq!(from_string, from_object);
    assert_eq!(from_string, from_bytes);
    let cb = parse_yiwise_callback(json(SMS)).unwrap();
    let msg = js_sys::Array::from(&get(&get(&cb, "data"), "msgList")).get(0);
    assert_eq!(
        string(&get(&msg, "varMap"), "姓名").as_deref(),
        Some("漂亮小姐姐")
    );
}

#[wasm_bindgen_test]
fn an_unknown_data_type_comes_back_with_known_false_and_raw_data() {
    let cb =
        parse_yiwise_callback(json(r#"{"dataType":"ROBOT_CALL_NEW","data":{"x":[1]}}"#)).unwrap();
    assert_eq!(get(&cb, "known"), JsValue::FALSE);
    assert_eq!(
        String::from(JSON::stringify(&get(&cb, "data")).unwrap()),
        r#"{"x":[1]}"#
    );
}

#[wasm_bindgen_test]
fn bad_bodies_throw_typed_errors_naming_the_field() {
    for (body, kind, field) in [
        (JsValue::from_str("not json"), "decode", "body"),
        (json(r#"{"data":{}}"#), "decode", "dataType"),
        (
            json(r#"{"dataType":"ROBOT_CALL_JOB","data":{"robotCallJobId":"x"}}"#),
            "decode",
            "data.robotCallJobId",
        ),
        (json("[]"), "decode", "body"),
        (JsValue::UNDEFINED, "validation", "body"),
        (JsValue::NULL, "validation", "body"),
        (JsValue::from_f64(1.0), "validation", "body"),
        (
            Uint8Array::from(&[0xffu8, 0xfe][..]).into(),
            "decode",
            "body",
        ),
        (
            JsValue::from_str(&" ".repeat(1024 * 1024 + 1)),
            "validation",
            "body",
        ),
    ] {
        let e = parse_yiwise_callback(body).unwrap_err();
        assert_eq!(kind_field(&e), (kind.to_string(), field.to_string()));
        assert_eq!(string(&e, "name").as_deref(), Some("YiwiseRongziError"));
    }
}

#[wasm_bindgen_test]
fn every_golden_vector_round_trips_through_the_class() {
    for v in vectors() {
        let c = crypto(r#","receiveId":"","toleranceSeconds":0"#);
        let s = |k: &str| string(&v, k).unwrap();
        let opts = json(&format!(
            r#"{{"timestamp":"{}","nonce":"{}","randomPrefix":"{}"}}"#,
            s("timestamp"),
            s("nonce"),
            s("randomPrefix")
        ));
        assert_eq!(
            c.encrypt_msg(s("plaintext").into(), Some(opts)).unwrap(),
            s("xml")
        );
        // decryptMsg with the camelCase name, verifyUrl with the query's own name.
        set(&v, "body", &s("xml").into());
        assert_eq!(c.decrypt_msg(v.clone()).unwrap(), s("plaintext"));
        let q = json(&format!(
            r#"{{"msg_signature":"{}","timestamp":{},"nonce":"{}","echostr":"{}"}}"#,
            s("msgSignature"),
            s("timestamp"),
            s("nonce"),
            s("encrypt")
        ));
        assert_eq!(c.verify_url(q).unwrap(), s("plaintext"));
    }
}

#[wasm_bindgen_test]
fn the_default_tolerance_refuses_the_2023_vectors() {
    let v = &vectors()[0];
    set(v, "body", &string(v, "xml").unwrap().into());
    let c = crypto("");
    assert_eq!(c.tolerance_seconds(), 300.0);
    let e = c.decrypt_msg(v.clone()).unwrap_err();
    assert_eq!(
        kind_field(&e),
        ("signature".to_string(), "timestamp".to_string())
    );
}

#[wasm_bindgen_test]
fn encrypt_msg_defaults_are_fresh_and_decrypt_now() {
    let c = crypto("");
    let a = c.encrypt_msg("hello 你好".into(), None).unwrap();
    let b = c.encrypt_msg("hello 你好".into(), None).unwrap();
    assert_ne!(a, b, "random prefix and nonce differ");
    let field = |xml: &str, tag: &str| {
        let start = xml.find(&format!("<{tag}>")).unwrap() + tag.len() + 2;
        let end = xml.find(&format!("</{tag}>")).unwrap();
        xml[start..end]
            .trim_start_matches("<![CDATA[")
            .trim_end_matches("]]>")
            .to_string()
    };
    let input = js_sys::Object::new();
    set(&input, "msgSignature", &field(&a, "MsgSignature").into());
    set(&input, "timestamp", &field(&a, "TimeStamp").into());
    set(&input, "nonce", &field(&a, "Nonce").into());
    set(&input, "body", &Uint8Array::from(a.as_bytes()).into());
    assert_eq!(c.decrypt_msg(input.into()).unwrap(), "hello 你好");
    assert_eq!(field(&a, "Nonce").len(), 10);
}

#[wasm_bindgen_test]
fn rejections_are_typed() {
    let v = &vectors()[0];
    let c = crypto(r#","toleranceSeconds":0"#);
    let other = YiwiseCallbackCrypto::new(json(&format!(
        r#"{{"token":"{TOKEN}","encodingAesKey":"{KEY}","receiveId":"corp","toleranceSeconds":0}}"#
    )))
    .unwrap();
    set(v, "body", &string(v, "xml").unwrap().into());
    let e = other.decrypt_msg(v.clone()).unwrap_err();
    assert_eq!(
        kind_field(&e),
        ("signature".to_string(), "receiveId".to_string())
    );
    set(v, "msgSignature", &"0".repeat(40).into());
    let e = c.decrypt_msg(v.clone()).unwrap_err();
    assert_eq!(
        kind_field(&e),
        ("signature".to_string(), "msgSignature".to_string())
    );
    // Missing and mistyped inputs name themselves.
    let e = c
        .verify_url(json(r#"{"timestamp":true,"nonce":"n"}"#))
        .unwrap_err();
    assert_eq!(string(&e, "kind").as_deref(), Some("validation"));
    let fields: Vec<String> = js_sys::Array::from(&get(&e, "issues"))
        .iter()
        .map(|i| string(&i, "field").unwrap())
        .collect();
    assert_eq!(fields, ["timestamp", "msgSignature", "echostr"]);
    let e = c
        .encrypt_msg(
            JsValue::from_f64(1.0),
            Some(json(r#"{"randomPrefix":"short"}"#)),
        )
        .unwrap_err();
    let fields: Vec<String> = js_sys::Array::from(&get(&e, "issues"))
        .iter()
        .map(|i| string(&i, "field").unwrap())
        .collect();
    assert_eq!(fields, ["plaintext", "randomPrefix"]);
}

#[wasm_bindgen_test]
fn bad_options_are_validation_errors_without_the_secrets() {
    for (opts, field) in [
        (format!(r#"{{"encodingAesKey":"{KEY}"}}"#), "token"),
        (r#"{"token":"t"}"#.to_string(), "encodingAesKey"),
        (
            format!(r#"{{"token":"t","encodingAesKey":"{}"}}"#, &KEY[..42]),
            "encodingAesKey",
        ),
        (
            format!(r#"{{"token":"t","encodingAesKey":"{KEY}","toleranceSeconds":-1}}"#),
            "toleranceSeconds",
        ),
        (
            format!(r#"{{"token":"t","encodingAesKey":"{KEY}","receiveId":5}}"#),
            "receiveId",
        ),
    ] {
        let e = YiwiseCallbackCrypto::new(json(&opts)).err().unwrap();
        assert_eq!(
            kind_field(&e),
            ("validation".to_string(), field.to_string()),
            "{opts}"
        );
        assert!(!string(&e, "message").unwrap().contains(&KEY[..20]));
    }
    let c = crypto(r#","receiveId":"corp""#);
    let shown = format!(
        "{} {}",
        c.to_string_js(),
        String::from(JSON::stringify(&c.to_json()).unwrap())
    );
    assert!(shown.contains("corp"), "{shown}");
    assert!(
        !shown.contains(TOKEN) && !shown.contains(&KEY[..10]),
        "{shown}"
    );
}

#[wasm_bindgen_test]
fn the_decode_helper_undoes_one_or_two_url_encodings() {
    assert_eq!(
        yiwise_callback_decode_param("ab%2Bc%253D".into()).unwrap(),
        "ab+c="
    );
    assert_eq!(
        yiwise_callback_decode_param("ab%252Bc%253D%253D".into()).unwrap(),
        "ab+c=="
    );
    assert_eq!(
        yiwise_callback_decode_param("ab+c==".into()).unwrap(),
        "ab+c=="
    );
    let e = yiwise_callback_decode_param(JsValue::NULL).unwrap_err();
    assert_eq!(
        kind_field(&e),
        ("validation".to_string(), "value".to_string())
    );
}
