//! `isv/*`: the docs' examples parse, validate, build and decode; constraints are enforced.

use serde_json::{json, Value};
use yiwise_rongzi::empty::{NoParams, Nothing};
use yiwise_rongzi::http::Method;
use yiwise_rongzi::yiwise::api::isv::{GenSubAccountIsv, GetIsvList, IsvInfo, UpdateIsvInfo};
use yiwise_rongzi::yiwise::operation::{build_request, decode_response, parse_params, Operation};
use yiwise_rongzi::ErrorKind;

mod common;
use common::*;

// ---- isv/updateIsvInfo ----

#[test]
fn update_isv_info_docs_request_parses_and_is_posted_as_json() {
    let p =
        parse_params::<UpdateIsvInfo>(fixture_json("isv", "updateIsvInfo.request.json")).unwrap();
    assert_eq!(p.tenant_sign, "yiwise");
    assert_eq!(p.callback_url.as_deref(), Some("http:999999999"));
    assert_eq!(p.sms_callback_url, None);
    let req = build_request::<UpdateIsvInfo>(&config(), &p, 0).unwrap();
    assert_eq!(req.method, Method::Post);
    assert_eq!(
        req.url,
        "https://openapi.example.test/apiOpen/v1/isv/updateIsvInfo"
    );
    assert_eq!(
        req.header("Content-Type"),
        Some("application/json;charset=UTF-8")
    );
    assert_eq!(
        body_json(&req),
        json!({"tenantSign": "yiwise", "callbackUrl": "http:999999999"})
    );
}

#[test]
fn update_isv_info_sends_the_sms_callback_url() {
    let p = parse_params::<UpdateIsvInfo>(json!({
        "tenantSign": "yiwise", "smsCallbackUrl": "https://example.com/sms"
    }))
    .unwrap();
    let req = build_request::<UpdateIsvInfo>(&config(), &p, 0).unwrap();
    assert_eq!(
        body_json(&req),
        json!({"tenantSign": "yiwise", "smsCallbackUrl": "https://example.com/sms"})
    );
}

#[test]
fn update_isv_info_decodes_the_docs_response_to_nothing() {
    let d = decode_response::<UpdateIsvInfo>(200, &fixture("isv", "updateIsvInfo.response.json"))
        .unwrap();
    assert_eq!(d.data, Nothing);
    assert_eq!(d.request_id.as_deref(), Some("FVKXTCDG"));
}

#[test]
fn update_isv_info_params_are_checked() {
    let cases: [(Value, &str, &str); 7] = [
        (json!({}), "tenantSign", "is required"),
        (
            json!({"tenantSign": "  "}),
            "tenantSign",
            "must not be empty",
        ),
        (json!({"tenantSign": 1}), "tenantSign", "string"),
        (
            json!({"tenantSign": "y", "callbackUrl": "www.example.com/cb"}),
            "callbackUrl",
            "http: or https:",
        ),
        (
            json!({"tenantSign": "y", "callbackUrl": "ftp://example.com"}),
            "callbackUrl",
            "http: or https:",
        ),
        (
            json!({"tenantSign": "y", "smsCallbackUrl": "example.com"}),
            "smsCallbackUrl",
            "http: or https:",
        ),
        (
            json!({"tenantSign": "y", "callBackUrl": "https://x"}),
            "callBackUrl",
            "not a parameter",
        ),
    ];
    for (params, field, msg) in cases {
        let got = issues::<UpdateIsvInfo>(params.clone());
        assert_eq!(got.len(), 1, "{params}: {got:?}");
        assert_eq!(got[0].0, field, "{params}");
        assert!(got[0].1.contains(msg), "{params}: {}", got[0].1);
    }
}

#[test]
fn update_isv_info_accepts_https_and_empty_callback_urls() {
    for url in ["https://example.com/cb", "HTTP://example.com", ""] {
        parse_params::<UpdateIsvInfo>(json!({"tenantSign": "y", "callbackUrl": url}))
            .unwrap_or_else(|e| panic!("{url:?}: {e}"));
    }
}

// ---- isv/genSubAccountIsv ----

#[test]
fn gen_sub_account_docs_request_parses_and_is_posted_as_json() {
    let p = parse_params::<GenSubAccountIsv>(fixture_json("isv", "genSubAccountIsv.request.json"))
        .unwrap();
    assert_eq!(
        (p.tenant_sign.as_str(), p.phone_number.as_str()),
        ("yiwise", "16600000001")
    );
    let req = build_request::<GenSubAccountIsv>(&config(), &p, 0).unwrap();
    assert_eq!(req.method, Method::Post);
    assert_eq!(
        req.url,
        "https://openapi.example.test/apiOpen/v1/isv/genSubAccountIsv"
    );
    assert_eq!(
        body_json(&req),
        json!({"tenantSign": "yiwise", "phoneNumber": "16600000001"})
    );
}

#[test]
fn gen_sub_account_docs_response_null_decodes_to_none() {
    let d =
        decode_response::<GenSubAccountIsv>(200, &fixture("isv", "genSubAccountIsv.response.json"))
            .unwrap();
    assert_eq!(d.data, None);
}

#[test]
fn gen_sub_account_decodes_the_tables_account_shape() {
    // The table documents { tenantSign, appKey, appSecret }; numbers are kept as text.
    let d = decode_response::<GenSubAccountIsv>(
        200,
        &envelope(json!({"tenantSign": "yiwise-sub1", "appKey": 111, "appSecret": "s3cr3t"})),
    )
    .unwrap();
    let isv = d.data.expect("an account");
    assert_eq!(isv.tenant_sign.as_deref(), Some("yiwise-sub1"));
    assert_eq!(isv.app_key.as_deref(), Some("111"));
    assert_eq!(isv.app_secret.as_deref(), Some("s3cr3t"));
    assert!(
        !format!("{isv:?}").contains("s3cr3t"),
        "Debug hides appSecret"
    );
}

#[test]
fn gen_sub_account_params_are_checked() {
    let cases: [(Value, &[&str]); 8] = [
        (json!({}), &["tenantSign"]),
        (json!({"tenantSign": "yiwise"}), &["phoneNumber"]),
        (
            json!({"tenantSign": "", "phoneNumber": "16600000001"}),
            &["tenantSign"],
        ),
        (
            json!({"tenantSign": "y", "phoneNumber": "1660000000"}),
            &["phoneNumber"],
        ),
        (
            json!({"tenantSign": "y", "phoneNumber": "26600000001"}),
            &["phoneNumber"],
        ),
        (
            json!({"tenantSign": "y", "phoneNumber": "166-0000-001"}),
            &["phoneNumber"],
        ),
        (
            json!({"tenantSign": " ", "phoneNumber": "+8616600000001"}),
            &["tenantSign", "phoneNumber"],
        ),
        (
            json!({"tenantSign": "y", "phoneNumber": "16600000001", "name": "x"}),
            &["name"],
        ),
    ];
    for (params, fields) in cases {
        assert_eq!(
            issue_fields::<GenSubAccountIsv>(params.clone()),
            fields,
            "{params}"
        );
    }
}

// ---- isv/getIsvList ----

#[test]
fn get_isv_list_is_a_post_with_an_empty_object_body() {
    assert_eq!(GetIsvList::METHOD, Method::Post);
    parse_params::<GetIsvList>(Value::Null).unwrap();
    let req = build_request::<GetIsvList>(&config(), &NoParams, 0).unwrap();
    assert_eq!(
        req.url,
        "https://openapi.example.test/apiOpen/v1/isv/getIsvList"
    );
    assert_eq!(req.body.as_deref(), Some("{}"));
    let e = parse_params::<GetIsvList>(json!({"tenantSign": "yiwise"})).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("tenantSign"));
}

#[test]
fn get_isv_list_decodes_the_docs_example() {
    let d =
        decode_response::<GetIsvList>(200, &fixture("isv", "getIsvList.response.json")).unwrap();
    assert_eq!(d.request_id.as_deref(), Some("MHXFZZRC"));
    assert_eq!(
        d.data,
        vec![
            IsvInfo {
                tenant_sign: Some("yiwise".into()),
                app_key: Some("666".into()),
                app_secret: Some("666".into()),
                callback_url: Some("http://".into()),
            },
            IsvInfo {
                tenant_sign: Some("yiwise-sub1".into()),
                app_key: Some("111".into()),
                app_secret: Some("111".into()),
                callback_url: None,
            },
        ]
    );
}

#[test]
fn get_isv_list_rejects_a_structured_value_where_text_is_documented() {
    let e =
        decode_response::<GetIsvList>(200, &envelope(json!([{"appKey": {"k": 1}}]))).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Decode);
    assert_eq!(e.field.as_deref(), Some("data[0].appKey"), "{e}");
}

#[test]
fn isv_results_serialize_with_camel_case_keys_and_no_nulls() {
    let d =
        decode_response::<GetIsvList>(200, &fixture("isv", "getIsvList.response.json")).unwrap();
    assert_eq!(
        serde_json::to_value(&d.data[1]).unwrap(),
        json!({"tenantSign": "yiwise-sub1", "appKey": "111", "appSecret": "111"})
    );
}
