//! Login and token: Bearer normalisation, expiry from the docs' own JWTs,
//! the password's MD5, and the password never showing up anywhere.

use serde_json::json;
use yiwise_rongzi::rongzi::api::account::Login;
use yiwise_rongzi::rongzi::config::RongziConfig;
use yiwise_rongzi::rongzi::operation::{build_request, decode_response, parse_params, Operation};
use yiwise_rongzi::rongzi::password::{md5_hex, normalize_md5};
use yiwise_rongzi::rongzi::token::{jwt_exp_ms, Token};
use yiwise_rongzi::ErrorKind;

const BEARER_RESPONSE: &str = include_str!("fixtures/rongzi/account/login.bearer.response.json");
const RESPONSE: &str = include_str!("fixtures/rongzi/account/login.response.json");
const FAILED: &str = include_str!("fixtures/rongzi/account/login.failed.response.json");
const REQUEST: &str = include_str!("fixtures/rongzi/account/login.request.json");

/// The docs' §2 token (exp 1536113099) and §3 token (exp 1568802523).
fn doc_tokens() -> (String, String) {
    let a: serde_json::Value = serde_json::from_str(BEARER_RESPONSE).unwrap();
    let b: serde_json::Value = serde_json::from_str(RESPONSE).unwrap();
    (
        a["data"]["token"].as_str().unwrap().to_string(),
        b["data"]["token"].as_str().unwrap().to_string(),
    )
}

#[test]
fn both_doc_tokens_give_one_bearer_prefix_and_their_expiry() {
    let (with_prefix, bare) = doc_tokens();
    assert!(with_prefix.starts_with("Bearer eyJ") && bare.starts_with("eyJ"));
    let a = Token::parse(&with_prefix).unwrap();
    let b = Token::parse(&bare).unwrap();
    assert!(
        a.authorization().starts_with("Bearer eyJ") && !a.authorization().contains("Bearer Bearer")
    );
    assert_eq!(a.authorization().matches("Bearer").count(), 1);
    assert_eq!(b.authorization(), format!("Bearer {bare}"));
    assert_eq!(a.expires_at_ms(), Some(1_536_113_099_000));
    assert_eq!(b.expires_at_ms(), Some(1_568_802_523_000));
    assert_eq!(jwt_exp_ms(&bare), Some(1_568_802_523_000));
    // Both are long expired.
    assert!(a.is_expired(1_700_000_000_000) && b.is_expired(1_700_000_000_000));
    assert!(!b.is_expired(1_568_802_522_999));
}

#[test]
fn login_results_store_the_bare_token_whichever_form_the_server_sent() {
    let (with_prefix, bare) = doc_tokens();
    let a = decode_response::<Login>(200, BEARER_RESPONSE).unwrap().data;
    let b = decode_response::<Login>(200, RESPONSE).unwrap().data;
    assert_eq!(a.token, with_prefix.trim_start_matches("Bearer "));
    assert_eq!(b.token, bare);
    assert_eq!(Login::token(&b), Some(bare.as_str()));
    assert_eq!(a.user_info.emp_code, "AA1611");
    assert_eq!(a.user_info.city_name.as_deref(), Some(""));
    assert_eq!(b.user_info.emp_name.as_deref(), Some("刘超[AA1611]"));
    assert_eq!(b.user_info.city_name.as_deref(), Some("苏州市"));
    assert_eq!(
        b.user_info.emp_wechat_id.as_deref(),
        Some("wxid_slhv0lqkbac222")
    );
    assert_eq!(b.user_info.emp_work_mobile.as_deref(), Some("18516431436"));
    // Every field of userInfo is present for JS, null when missing.
    let js = serde_json::to_value(&a).unwrap();
    assert_eq!(js["userInfo"]["empWechatId"], serde_json::Value::Null);
    assert_eq!(js["userInfo"].as_object().unwrap().len(), 11);
}

#[test]
fn a_login_without_a_usable_token_is_a_decode_error_that_does_not_quote_it() {
    for token in [
        json!(null),
        json!(""),
        json!("Bearer "),
        json!("a b c"),
        json!(5),
    ] {
        let body = json!({"code": 0, "data": {"userInfo": {"empCode": "AA1611"}, "token": token}});
        let e = decode_response::<Login>(200, &body.to_string()).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Decode, "{token}");
        assert_eq!(e.field.as_deref(), Some("data.token"), "{token}");
        assert!(!e.message.contains("a b c"), "{}", e.message);
    }
    let body = json!({"code": 0, "data": {"userInfo": {}, "token": "abc"}});
    let e = decode_response::<Login>(200, &body.to_string()).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("data.userInfo.empCode"));
}

#[test]
fn a_failed_login_is_an_auth_error_with_code_1() {
    let e = decode_response::<Login>(200, FAILED).unwrap_err();
    assert_eq!((e.kind, e.code), (ErrorKind::Auth, Some(1)));
    assert!(
        e.message.starts_with("rongzi account/login: "),
        "{}",
        e.message
    );
    assert!(e.message.contains("用户名或密码错误"));
}

#[test]
fn the_password_goes_out_as_its_md5_and_a_ready_hash_as_is() {
    assert_eq!(md5_hex("123456"), "e10adc3949ba59abbe56e057f20f883e");
    assert_eq!(md5_hex(""), "d41d8cd98f00b204e9800998ecf8427e");
    assert_eq!(
        md5_hex("密码"),
        "a8105204604a0b11e916f3879aae3b0b",
        "UTF-8 bytes"
    );
    let plain = parse_params::<Login>(json!({"username": "1611", "password": "123456"})).unwrap();
    let ready = parse_params::<Login>(
        json!({"username": "1611", "passwordMd5": "E10ADC3949BA59ABBE56E057F20F883E"}),
    )
    .unwrap();
    let doc: serde_json::Value = serde_json::from_str(REQUEST).unwrap();
    assert_eq!(
        Login::wire(&plain),
        doc,
        "the docs' request example is the MD5 of 123456"
    );
    assert_eq!(Login::wire(&ready), doc, "a ready hash is sent lowercased");
    let cfg = RongziConfig::new("http://127.0.0.1:8080").unwrap();
    let req = build_request::<Login>(&cfg, &plain, None, 0).unwrap();
    assert_eq!(req.url, "http://127.0.0.1:8080/api/account/login");
    assert_eq!(req.header("Authorization"), None, "login sends no token");
    assert!(!req.body.as_deref().unwrap().contains("123456\""));
    assert!(req
        .body
        .as_deref()
        .unwrap()
        .contains("e10adc3949ba59abbe56e057f20f883e"));
}

#[test]
fn password_md5_must_be_32_hex_digits() {
    assert_eq!(
        normalize_md5(" E10ADC3949BA59ABBE56E057F20F883E ").unwrap(),
        "e10adc3949ba59abbe56e057f20f883e"
    );
    for bad in [
        "",
        "123456",
        "e10adc3949ba59abbe56e057f20f883",
        "e10adc3949ba59abbe56e057f20f883eg",
        "g10adc3949ba59abbe56e057f20f883e",
    ] {
        let e = parse_params::<Login>(json!({"username": "1611", "passwordMd5": bad})).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("passwordMd5"), "{bad}");
    }
}

#[test]
fn login_params_are_checked_without_ever_quoting_the_password() {
    let secret = "hunter2-秘密";
    let cases = [
        (json!({"username": "1611"}), "password"),
        (json!({"password": secret}), "username"),
        (json!({"username": " ", "password": secret}), "username"),
        (json!({"username": "1611", "password": ""}), "password"),
        (
            json!({"username": "1611", "password": secret, "passwordMd5": "e10adc3949ba59abbe56e057f20f883e"}),
            "passwordMd5",
        ),
        (json!({"username": "1611", "password": 123456}), "password"),
        (
            json!({"username": "1611", "password": [secret]}),
            "password",
        ),
        (
            json!({"username": "1611", "password": {"x": secret}}),
            "password",
        ),
        (
            json!({"username": "1611", "passwordMd5": secret}),
            "passwordMd5",
        ),
        (json!({"username": "1611", "pasword": secret}), "pasword"),
    ];
    for (params, field) in cases {
        let e = parse_params::<Login>(params.clone()).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Validation);
        assert_eq!(e.field.as_deref(), Some(field), "{params}");
        let shown = format!("{e:?} {e}");
        assert!(
            !shown.contains(secret) && !shown.contains("123456"),
            "{shown}"
        );
    }
    let p = parse_params::<Login>(json!({"username": "1611", "password": secret})).unwrap();
    assert!(!format!("{p:?}").contains(secret));
    assert!(!serde_json::to_string(&p).unwrap().contains(secret));
}
