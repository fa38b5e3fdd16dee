//! `callStats/callCostStatsInfo`: the docs' example params, query string, constraints
//! and the (hand-fixed) response example.

use serde_json::{json, Value};
use yiwise_rongzi::http::Method;
use yiwise_rongzi::yiwise::api::call_stats::CallCostStatsInfo;
use yiwise_rongzi::yiwise::enums::{CallInCostType, PhoneType};
use yiwise_rongzi::yiwise::operation::{build_request, decode_response, parse_params};
use yiwise_rongzi::ErrorKind;

mod common;
use common::*;

const REQ: &str = include_str!("fixtures/yiwise/callStats/callCostStatsInfo.request.json");
const RESP: &str = include_str!("fixtures/yiwise/callStats/callCostStatsInfo.response.json");

fn range() -> Value {
    json!({"startDate": "2019-04-30", "endDate": "2019-05-30"})
}

fn with(k: &str, v: Value) -> Value {
    let mut o = range();
    o[k] = v;
    o
}

#[test]
fn the_docs_request_example_parses_and_validates() {
    let p = parse_params::<CallCostStatsInfo>(serde_json::from_str(REQ).unwrap()).unwrap();
    assert_eq!(p.start_date, "2019-04-30");
    assert_eq!(p.end_date, "2019-05-30");
    assert_eq!(p.local, Some(true));
    assert_eq!(p.phone_number_id, Some(1));
    assert_eq!(p.stats_type, Some(0));
    assert_eq!(p.call_in_cost_type, Some(CallInCostType::LocalCallBill));
}

#[test]
fn the_request_is_a_get_with_every_param_in_the_query() {
    let p = parse_params::<CallCostStatsInfo>(serde_json::from_str(REQ).unwrap()).unwrap();
    let req = build_request::<CallCostStatsInfo>(&config(), &p, 0).unwrap();
    assert_eq!(req.method, Method::Get);
    assert_eq!(
        req.url,
        "https://openapi.example.test/apiOpen/v1/callStats/callCostStatsInfo?startDate=2019-04-30&endDate=2019-05-30&local=true&phoneNumberId=1&type=0&callInCostType=LOCAL_CALL_BILL"
    );
    assert_eq!(req.body, None);
    let p = parse_params::<CallCostStatsInfo>(range()).unwrap();
    let req = build_request::<CallCostStatsInfo>(&config(), &p, 0).unwrap();
    assert!(
        req.url
            .ends_with("?startDate=2019-04-30&endDate=2019-05-30"),
        "{}",
        req.url
    );
}

#[test]
fn loose_but_unambiguous_inputs_are_accepted() {
    let p = parse_params::<CallCostStatsInfo>(json!({
        "startDate": "2019-05-01", "endDate": "2019-05-01",
        "local": "false", "phoneNumberId": "12", "type": "4", "callInCostType": "NONE"
    }))
    .unwrap();
    assert_eq!(p.local, Some(false));
    assert_eq!((p.phone_number_id, p.stats_type), (Some(12), Some(4)));
    assert_eq!(p.call_in_cost_type, Some(CallInCostType::None));
}

#[test]
fn every_documented_constraint_names_its_field() {
    let cases: Vec<(Value, &str)> = vec![
        (json!({"endDate": "2019-05-30"}), "startDate"),
        (json!({"startDate": "2019-04-30"}), "endDate"),
        (with("startDate", json!("2019/04/30")), "startDate"),
        (with("startDate", json!("")), "startDate"),
        (with("startDate", json!(20190430)), "startDate"),
        (with("endDate", json!("2019-02-30")), "endDate"),
        (with("endDate", json!("2019-04-29")), "endDate"),
        (with("local", json!("yes")), "local"),
        (with("phoneNumberId", json!(0)), "phoneNumberId"),
        (with("phoneNumberId", json!("line-1")), "phoneNumberId"),
        (with("type", json!(5)), "type"),
        (with("type", json!(-1)), "type"),
        (with("callInCostType", json!("MONTHLY")), "callInCostType"),
    ];
    for (params, field) in cases {
        let got = issue_fields::<CallCostStatsInfo>(params.clone());
        assert_eq!(got, [field], "{params}");
    }
}

#[test]
fn an_unknown_param_is_rejected_naming_it() {
    rejects_unknown::<CallCostStatsInfo>(with("phoneId", json!(1)), "phoneId");
}

#[test]
fn the_docs_response_example_decodes() {
    let d = decode_response::<CallCostStatsInfo>(200, RESP).unwrap();
    assert_eq!(d.request_id.as_deref(), Some("REIHDOFP"));
    let s = d.data;
    assert_eq!(s.call_cost_stats_phone_number_list.len(), 1);
    let r = &s.call_cost_stats_phone_number_list[0];
    assert_eq!(r.local_date.as_deref(), Some("2019-05-23"));
    assert_eq!(r.phone_number_id, Some(1));
    assert_eq!(r.phone_number_name.as_deref(), Some("057128204503-1"));
    assert_eq!(r.phone_number.as_deref(), Some("057128204503-1"));
    assert_eq!(r.local, Some(false));
    assert_eq!(r.answered_call, Some(4));
    assert_eq!(r.chat_time_list, Some(607));
    assert_eq!(r.bill_chat_time_list, None);
    assert_eq!(r.call_cost_list, Some(130000));
    assert_eq!(r.phone_type, Some(PhoneType::Landline));
    assert_eq!(r.tenant_phone_number_status, Some(1));
    assert_eq!(r.my_chat_time_list, Some(11));
    assert_eq!(r.my_call_cost_list, Some(130.0));

    let by_day = &s.call_cost_stats_phone_number_chat;
    assert_eq!(by_day.len(), 31, "one key per day from 04-30 to 05-30");
    assert_eq!(by_day.keys().next().map(String::as_str), Some("2019-04-30"));
    assert_eq!(by_day.keys().last().map(String::as_str), Some("2019-05-30"));
    assert!(by_day["2019-05-22"].is_empty());
    assert_eq!(by_day["2019-05-23"], s.call_cost_stats_phone_number_list);

    assert_eq!(s.sms_cost_info_list.len(), 1);
    let m = &s.sms_cost_info_list[0];
    assert_eq!(m.date.as_deref(), Some("2019-05-23"));
    assert_eq!(
        (m.sms_amount, m.sms_bill_amount, m.sms_cost),
        (Some(1), Some(1), Some(100))
    );

    assert_eq!(s.total_phone_number_local.len(), 1);
    let l = &s.total_phone_number_local[0];
    assert_eq!(l.phone_number_id, Some(1));
    assert_eq!(l.phone_number_name.as_deref(), Some("057128204503-1"));
    assert_eq!(l.local, Some(false));
    assert_eq!(l.phone_type, Some(PhoneType::Landline));
    assert_eq!(l.tenant_phone_number_status, Some(1));
}

#[test]
fn string_encoded_numbers_are_accepted() {
    let body = r#"{"code":200,"data":{"callCostStatsPhoneNumberList":[{"phoneNumberId":"7","answeredCall":"4","callCostList":"130000","myCallCostList":"1.30","local":"true"}],"smsCostInfoList":[{"smsCost":"100"}]}}"#;
    let s = decode_response::<CallCostStatsInfo>(200, body)
        .unwrap()
        .data;
    let r = &s.call_cost_stats_phone_number_list[0];
    assert_eq!(
        (r.phone_number_id, r.answered_call, r.call_cost_list),
        (Some(7), Some(4), Some(130000))
    );
    assert_eq!((r.my_call_cost_list, r.local), (Some(1.3), Some(true)));
    assert_eq!(s.sms_cost_info_list[0].sms_cost, Some(100));
}

#[test]
fn a_non_numeric_id_is_a_decode_error_naming_the_field() {
    for (body, field) in [
        (
            r#"{"code":200,"data":{"callCostStatsPhoneNumberList":[{"phoneNumberId":"L1"}]}}"#,
            "data.callCostStatsPhoneNumberList[0].phoneNumberId",
        ),
        (
            r#"{"code":200,"data":{"callCostStatsPhoneNumberChat":{"2019-05-23":[{"phoneNumberId":true}]}}}"#,
            "data.callCostStatsPhoneNumberChat.2019-05-23[0].phoneNumberId",
        ),
        (
            r#"{"code":200,"data":{"totalPhoneNumberLocal":[{"phoneNumberId":1.5}]}}"#,
            "data.totalPhoneNumberLocal[0].phoneNumberId",
        ),
    ] {
        let e = decode_response::<CallCostStatsInfo>(200, body).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Decode, "{e}");
        assert_eq!(e.field.as_deref(), Some(field), "{e}");
    }
}

#[test]
fn null_lists_and_maps_decode_as_empty() {
    let body = r#"{"code":200,"data":{"callCostStatsPhoneNumberList":null,"callCostStatsPhoneNumberChat":null,"smsCostInfoList":null}}"#;
    let s = decode_response::<CallCostStatsInfo>(200, body)
        .unwrap()
        .data;
    assert!(s.call_cost_stats_phone_number_list.is_empty());
    assert!(s.call_cost_stats_phone_number_chat.is_empty());
    assert!(s.sms_cost_info_list.is_empty() && s.total_phone_number_local.is_empty());
    let v = serde_json::to_value(&s).unwrap();
    assert_eq!(v["callCostStatsPhoneNumberChat"], json!({}));
}
