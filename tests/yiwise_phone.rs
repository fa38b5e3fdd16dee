//! `phone/getPhoneList`: no params, a GET without query, and the docs' response decodes.

use serde_json::{json, Value};
use yiwise_rongzi::empty::NoParams;
use yiwise_rongzi::http::Method;
use yiwise_rongzi::yiwise::api::phone::GetPhoneList;
use yiwise_rongzi::yiwise::enums::{CallOutIndustry, PhoneType};
use yiwise_rongzi::yiwise::operation::{build_request, decode_response, parse_params};
use yiwise_rongzi::ErrorKind;

mod common;
use common::*;

const RESP: &str = include_str!("fixtures/yiwise/phone/getPhoneList.response.json");

#[test]
fn no_params_null_or_an_empty_object_are_accepted() {
    for p in [Value::Null, json!({})] {
        assert_eq!(parse_params::<GetPhoneList>(p).unwrap(), NoParams);
    }
}

#[test]
fn any_param_is_rejected_naming_it() {
    let e = parse_params::<GetPhoneList>(json!({"phoneType": "MOBILE"})).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Validation);
    assert_eq!(e.issues.len(), 1);
    assert_eq!(e.issues[0].field, "phoneType");
    assert!(parse_params::<GetPhoneList>(json!([1])).is_err());
}

#[test]
fn the_request_is_a_get_without_query_or_body() {
    let req = build_request::<GetPhoneList>(&config(), &NoParams, 0).unwrap();
    assert_eq!(req.method, Method::Get);
    assert_eq!(
        req.url,
        "https://openapi.example.test/apiOpen/v1/phone/getPhoneList"
    );
    assert_eq!(req.body, None);
}

#[test]
fn the_docs_response_example_decodes() {
    let d = decode_response::<GetPhoneList>(200, RESP).unwrap();
    assert_eq!(d.request_id.as_deref(), Some("ILNBEQJF"));
    assert_eq!(d.data.len(), 1);
    let p = &d.data[0];
    assert_eq!(p.tenant_phone_number_id, Some(276));
    assert_eq!(p.phone_number.as_deref(), Some("0000000000"));
    assert_eq!(p.phone_name.as_deref(), Some("0000000000"));
    assert_eq!(p.phone_type, Some(PhoneType::Mobile));
    assert_eq!(
        (p.local_bill_rate, p.other_bill_rate),
        (Some(60.0), Some(60.0))
    );
    assert_eq!(p.call_out_industry, Some(CallOutIndustry::Finance));
    assert_eq!(p.area_code.as_deref(), Some("0571"));
    assert_eq!(p.province.as_deref(), Some("浙江"));
    assert_eq!(p.city.as_deref(), Some("杭州"));
}

#[test]
fn string_encoded_numbers_are_accepted() {
    // The table types the rates as String; ids may come as strings too.
    let body = r#"{"code":200,"data":[{"tenantPhoneNumberId":"276","localBillRate":"60","otherBillRate":"75.5","areaCode":571}]}"#;
    let p = &decode_response::<GetPhoneList>(200, body).unwrap().data[0];
    assert_eq!(p.tenant_phone_number_id, Some(276));
    assert_eq!(
        (p.local_bill_rate, p.other_bill_rate),
        (Some(60.0), Some(75.5))
    );
    assert_eq!(p.area_code.as_deref(), Some("571"));
}

#[test]
fn a_non_numeric_id_or_rate_is_a_decode_error_naming_the_field() {
    for (body, field) in [
        (
            r#"{"code":200,"data":[{"tenantPhoneNumberId":"abc"}]}"#,
            "data[0].tenantPhoneNumberId",
        ),
        (
            r#"{"code":200,"data":[{},{"tenantPhoneNumberId":2.5}]}"#,
            "data[1].tenantPhoneNumberId",
        ),
        (
            r#"{"code":200,"data":[{"localBillRate":"sixty"}]}"#,
            "data[0].localBillRate",
        ),
    ] {
        let e = decode_response::<GetPhoneList>(200, body).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Decode, "{e}");
        assert_eq!(e.field.as_deref(), Some(field), "{e}");
    }
}

#[test]
fn undocumented_line_types_and_industries_are_kept() {
    let body =
        r#"{"code":200,"data":[{"phoneType":"CALL_POLICY_GROUP","callOutIndustry":"EDUCATION"}]}"#;
    let p = &decode_response::<GetPhoneList>(200, body).unwrap().data[0];
    assert_eq!(p.phone_type, Some(PhoneType::CallPolicyGroup));
    assert_eq!(
        p.call_out_industry,
        Some(CallOutIndustry::Unknown("EDUCATION".into()))
    );
}

#[test]
fn an_empty_list_decodes_and_lines_serialize_with_the_wire_names() {
    let body = r#"{"code":200,"data":[]}"#;
    assert!(decode_response::<GetPhoneList>(200, body)
        .unwrap()
        .data
        .is_empty());
    let v =
        serde_json::to_value(&decode_response::<GetPhoneList>(200, RESP).unwrap().data).unwrap();
    assert_eq!(v[0]["tenantPhoneNumberId"], json!(276));
    assert_eq!(v[0]["callOutIndustry"], json!("FINANCE"));
}
