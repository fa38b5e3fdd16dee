//! `parse_callback` on the docs' three callback examples, and every way a body is refused.

mod common;

use common::fixture;
use serde_json::{json, Value};
use yiwise_rongzi::yiwise::callback::{
    parse_callback, parse_callback_value, Callback, MAX_CALLBACK_BYTES, YIWISE_CALLBACK_ACK,
};
use yiwise_rongzi::yiwise::enums::{DialStatus, IntentLevel, JobStatus, SpeakerType};
use yiwise_rongzi::{Error, ErrorKind};

fn example(data_type: &str) -> String {
    fixture("callback", &format!("{data_type}.json"))
}

fn decode_error(body: &str) -> Error {
    let e = parse_callback(body).expect_err(body);
    assert_eq!(e.kind, ErrorKind::Decode, "{e}");
    assert_eq!(e.endpoint.as_deref(), Some("yiwise callback"));
    e
}

/// The docs' example of `data_type` with `data.<key>` replaced by `value`.
fn with_field(data_type: &str, key: &str, value: Value) -> String {
    let mut v: Value = serde_json::from_str(&example(data_type)).unwrap();
    v["data"][key] = value;
    v.to_string()
}

#[test]
fn the_call_record_example_decodes_every_field() {
    let Callback::RobotCallRecord(d) = parse_callback(&example("ROBOT_CALL_RECORD")).unwrap()
    else {
        panic!("not a call record")
    };
    assert_eq!(d.call_record_id, Some(119));
    assert_eq!(d.tenant_id, Some(1));
    assert_eq!(d.robot_call_job_id, Some(43));
    assert_eq!(d.dialog_flow_id, Some(12));
    assert_eq!(d.called_phone_number.as_deref(), Some("17751279857"));
    assert_eq!(d.result_status, Some(DialStatus::Answered));
    assert_eq!(d.intent_level, Some(IntentLevel::A));
    assert_eq!(d.customer_concern, ["价格"]);
    assert!(d
        .full_audio_url
        .as_deref()
        .unwrap()
        .ends_with("/ai_user.wav"));
    assert!(d
        .customer_audio_url
        .as_deref()
        .unwrap()
        .ends_with("/user.wav"));
    assert_eq!(d.analysis_basis.as_deref(), Some("判断依据"));
    assert_eq!(d.start_time.as_deref(), Some("2018-10-12 18:46:55"));
    assert_eq!(d.end_time.as_deref(), Some("2018-10-12 18:47:42"));
    assert_eq!(d.chat_duration, Some(37));
    assert_eq!(d.chat_round, Some(0));
    assert_eq!(d.attributes, ["有钱"]);
    assert_eq!(d.properties["生日"], "2019年10月1日");
    assert_eq!(d.call_detail_list.len(), 2);
    assert_eq!(d.call_detail_list[0].speaker, Some(SpeakerType::Robot));
    assert_eq!(d.call_detail_list[1].text.as_deref(), Some("嗯"));
    assert_eq!(d.call_detail_list[1].call_detail_id, Some(2));
}

#[test]
fn the_job_example_decodes() {
    let cb = parse_callback(&example("ROBOT_CALL_JOB")).unwrap();
    assert_eq!(cb.data_type(), "ROBOT_CALL_JOB");
    let Callback::RobotCallJob(d) = cb else {
        panic!("not a job callback")
    };
    assert_eq!(
        (d.robot_call_job_id, d.tenant_id, d.status),
        (Some(43), Some(1), Some(JobStatus::Completed))
    );
}

#[test]
fn the_sms_example_decodes_its_message_list() {
    let Callback::RobotCallSms(d) = parse_callback(&example("ROBOT_CALL_SMS")).unwrap() else {
        panic!("not an SMS callback")
    };
    assert_eq!(d.tenant_id, Some(916));
    assert_eq!(d.company_name.as_deref(), Some("ZX001"));
    assert_eq!(d.customer_person_id, Some(7180758));
    assert_eq!(d.customer_person_name.as_deref(), Some("漂亮小姐姐"));
    assert_eq!(d.phone_number.as_deref(), Some("18326042077"));
    assert_eq!(d.call_record_id, Some(53780));
    assert_eq!(d.robot_call_robot_id, Some(2454));
    assert_eq!(d.robot_call_robot_name.as_deref(), Some("wokrtest04240009"));
    let m = &d.msg_list[0];
    assert_eq!(m.sms_template_id, Some(152));
    assert_eq!(m.sms_template_name.as_deref(), Some("lalala"));
    assert_eq!(m.sms_signature_id, Some(109));
    assert_eq!(m.sms_signature_name.as_deref(), Some("一知智能T1"));
    assert_eq!(m.text.as_deref(), Some("${姓名} 你好，很高兴认识你"));
    assert_eq!(m.sms_type.as_deref(), Some("NOTICE"));
    assert!(m.msg.as_deref().unwrap().starts_with("【一知智能T1】"));
    assert_eq!(m.var_map["联系电话"], "18326042077");
}

#[test]
fn the_examples_serialize_back_to_their_own_data() {
    // What JS receives is `{ dataType, known: true, data }` with the docs' data
    // (every documented field kept, none invented).
    for t in ["ROBOT_CALL_RECORD", "ROBOT_CALL_JOB", "ROBOT_CALL_SMS"] {
        let original: Value = serde_json::from_str(&example(t)).unwrap();
        let out = serde_json::to_value(parse_callback(&example(t)).unwrap()).unwrap();
        assert_eq!(out["dataType"], t);
        assert_eq!(out["known"], true);
        assert_eq!(out["data"], original["data"], "{t}");
    }
}

#[test]
fn lenient_forms_are_accepted() {
    let cb = parse_callback(
        &json!({"dataType": "ROBOT_CALL_RECORD", "data": {
            "callRecordId": "119", "chatDuration": null, "customerConcern": "价格",
            "robotCallDetailList": [{"text": "嗯", "type": "PERSON"}],
            "resultStatus": "A_NEW_STATUS", "somethingNew": {"x": 1}
        }})
        .to_string(),
    )
    .unwrap();
    let Callback::RobotCallRecord(d) = cb else {
        panic!()
    };
    assert_eq!(d.call_record_id, Some(119));
    assert_eq!(d.chat_duration, None);
    assert_eq!(d.customer_concern, ["价格"]);
    assert_eq!(d.call_detail_list.len(), 1);
    assert_eq!(
        d.result_status,
        Some(DialStatus::Unknown("A_NEW_STATUS".into()))
    );
}

#[test]
fn an_unknown_data_type_is_kept_with_its_raw_data() {
    let body = r#"{"dataType":"ROBOT_CALL_WECHAT","data":{"anything":[1,"two",null]}}"#;
    let cb = parse_callback(body).unwrap();
    assert!(!cb.is_known());
    assert_eq!(
        cb,
        Callback::Unknown {
            data_type: "ROBOT_CALL_WECHAT".into(),
            raw: json!({"anything": [1, "two", null]}),
        }
    );
    assert_eq!(
        serde_json::to_value(&cb).unwrap(),
        json!({"dataType": "ROBOT_CALL_WECHAT", "known": false, "data": {"anything": [1, "two", null]}})
    );
    // Without data at all, data is null.
    let cb = parse_callback(r#"{"dataType":"X"}"#).unwrap();
    assert_eq!(serde_json::to_value(&cb).unwrap()["data"], Value::Null);
}

#[test]
fn a_documented_field_of_the_wrong_type_names_the_field() {
    for (t, key, value, field) in [
        (
            "ROBOT_CALL_RECORD",
            "callRecordId",
            json!("abc"),
            "data.callRecordId",
        ),
        (
            "ROBOT_CALL_RECORD",
            "chatDuration",
            json!(1.5),
            "data.chatDuration",
        ),
        (
            "ROBOT_CALL_RECORD",
            "customerConcern",
            json!(7),
            "data.customerConcern",
        ),
        (
            "ROBOT_CALL_RECORD",
            "properties",
            json!([1]),
            "data.properties",
        ),
        (
            "ROBOT_CALL_RECORD",
            "callDetailList",
            json!("x"),
            "data.callDetailList",
        ),
        (
            "ROBOT_CALL_RECORD",
            "callDetailList",
            json!([{}, {"callDetailId": "two"}]),
            "data.callDetailList[1].callDetailId",
        ),
        (
            "ROBOT_CALL_RECORD",
            "intentLevel",
            json!(true),
            "data.intentLevel",
        ),
        (
            "ROBOT_CALL_JOB",
            "robotCallJobId",
            json!([43]),
            "data.robotCallJobId",
        ),
        ("ROBOT_CALL_JOB", "status", json!({}), "data.status"),
        ("ROBOT_CALL_SMS", "msgList", json!({}), "data.msgList"),
        (
            "ROBOT_CALL_SMS",
            "msgList",
            json!([{"varMap": [1]}]),
            "data.msgList[0].varMap",
        ),
        ("ROBOT_CALL_SMS", "tenantId", json!("916x"), "data.tenantId"),
    ] {
        let e = decode_error(&with_field(t, key, value.clone()));
        assert_eq!(e.field.as_deref(), Some(field), "{t} {key}={value}: {e}");
        assert!(e.message.contains(field), "{e}");
    }
}

#[test]
fn a_body_without_a_usable_data_type_or_data_is_a_decode_error() {
    for (body, field) in [
        (r#"{"data":{}}"#, "dataType"),
        (r#"{"dataType":null,"data":{}}"#, "dataType"),
        (r#"{"dataType":7,"data":{}}"#, "dataType"),
        (r#"{"dataType":["ROBOT_CALL_JOB"]}"#, "dataType"),
        (r#"{"dataType":"ROBOT_CALL_JOB"}"#, "data"),
        (r#"{"dataType":"ROBOT_CALL_JOB","data":null}"#, "data"),
        (r#"{"dataType":"ROBOT_CALL_JOB","data":"{}"}"#, "data"),
        (r#"{"dataType":"ROBOT_CALL_SMS","data":[]}"#, "data"),
        (r#"[]"#, "body"),
        (r#""success""#, "body"),
        (r#"null"#, "body"),
    ] {
        let e = decode_error(body);
        assert_eq!(e.field.as_deref(), Some(field), "{body}: {e}");
    }
}

#[test]
fn a_body_that_is_not_json_is_a_decode_error() {
    for body in [
        "",
        "success",
        "dataType=ROBOT_CALL_JOB&data=%7B%7D",
        "{\"dataType\":\"ROBOT_CALL_JOB\",",
        "<xml><Encrypt><![CDATA[x]]></Encrypt></xml>",
        "{'dataType':'ROBOT_CALL_JOB'}",
    ] {
        let e = decode_error(body);
        assert_eq!(e.field.as_deref(), Some("body"));
        assert!(e.message.contains("not JSON"), "{e}");
    }
    // Deep nesting is refused by serde_json's recursion limit, not a stack overflow.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    decode_error(&deep);
}

#[test]
fn bodies_over_the_size_limit_are_refused_before_parsing() {
    let pad = " ".repeat(MAX_CALLBACK_BYTES);
    // Valid JSON, but too big: refused without being parsed.
    let body = format!("{}{pad}", example("ROBOT_CALL_JOB"));
    let e = parse_callback(&body).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Validation);
    assert_eq!(e.field.as_deref(), Some("body"));
    assert!(e.message.contains("1048576"), "{e}");
    // Exactly at the limit is fine.
    let job = example("ROBOT_CALL_JOB");
    let body = format!("{job}{}", " ".repeat(MAX_CALLBACK_BYTES - job.len()));
    assert!(parse_callback(&body).is_ok());
}

#[test]
fn error_messages_do_not_echo_long_values() {
    let long = "x".repeat(10_000);
    let e = decode_error(&with_field(
        "ROBOT_CALL_RECORD",
        "callDetailList",
        json!(long),
    ));
    assert!(e.message.len() < 400, "{} bytes", e.message.len());
}

#[test]
fn an_already_parsed_value_decodes_the_same() {
    let v: Value = serde_json::from_str(&example("ROBOT_CALL_JOB")).unwrap();
    assert_eq!(
        parse_callback_value(v).unwrap(),
        parse_callback(&example("ROBOT_CALL_JOB")).unwrap()
    );
}

#[test]
fn the_ack_is_the_documented_string() {
    assert_eq!(YIWISE_CALLBACK_ACK, "success");
}
