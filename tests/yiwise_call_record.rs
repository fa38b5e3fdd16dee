//! `callRecord/*`: the docs' examples parse, validate, build and decode; every
//! documented constraint is enforced and names its field.

use serde_json::{json, Value};
use yiwise_rongzi::empty::Nothing;
use yiwise_rongzi::http::Method;
use yiwise_rongzi::yiwise::api::call_record::{
    CallDetail, DeleteRobotCallTask, DeleteRobotCallTaskList, GetCallRecordInfoList, ToBeCalledList,
};
use yiwise_rongzi::yiwise::enums::{
    DialStatus, HangupBy, IntentLevel, ReadStatus, RobotCallTaskStatus, SpeakerType,
};
use yiwise_rongzi::yiwise::operation::{build_request, decode_response, parse_params};
use yiwise_rongzi::ErrorKind;

mod common;
use common::*;

macro_rules! fixture {
    ($name:literal) => {
        include_str!(concat!("fixtures/yiwise/callRecord/", $name))
    };
}

const LIST_REQ: &str = fixture!("getCallRecordInfoList.request.json");
const LIST_RESP: &str = fixture!("getCallRecordInfoList.response.json");
const DETAIL_REQ: &str = fixture!("callDetail.request.json");
const DETAIL_RESP: &str = fixture!("callDetail.response.json");
const TBC_REQ: &str = fixture!("toBeCalledList.request.json");
const TBC_RESP: &str = fixture!("toBeCalledList.response.json");
const DEL_REQ: &str = fixture!("deleteRobotCallTask.request.json");
const DEL_RESP: &str = fixture!("deleteRobotCallTask.response.json");
const DEL_LIST_REQ: &str = fixture!("deleteRobotCallTaskList.request.json");
const DEL_LIST_RESP: &str = fixture!("deleteRobotCallTaskList.response.json");

const BASE: &str = "https://openapi.example.test/apiOpen/v1/";

fn js(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

// ---------------------------------------------------------------------------
// the docs' examples
// ---------------------------------------------------------------------------

#[test]
fn every_docs_request_example_parses_and_validates() {
    parse_params::<GetCallRecordInfoList>(js(LIST_REQ)).unwrap();
    parse_params::<CallDetail>(js(DETAIL_REQ)).unwrap();
    parse_params::<ToBeCalledList>(js(TBC_REQ)).unwrap();
    parse_params::<DeleteRobotCallTask>(js(DEL_REQ)).unwrap();
    parse_params::<DeleteRobotCallTaskList>(js(DEL_LIST_REQ)).unwrap();
}

#[test]
fn the_call_record_list_request_example_of_2021_is_typed_field_by_field() {
    let p = parse_params::<GetCallRecordInfoList>(js(LIST_REQ)).unwrap();
    assert_eq!(p.robot_call_job_id, 1);
    assert_eq!(p.dialog_flow_id, Some(2));
    assert_eq!(p.result_statuses, Some(vec![DialStatus::Answered]));
    assert_eq!(p.intent_levels, Some(vec![IntentLevel::A]));
    assert_eq!((p.page_num, p.page_size), (Some(1), Some(20)));
    assert_eq!(p.hangup_by, Some(HangupBy::RemoteHangup));
    // The ten filters the 2021-01 docs added.
    assert_eq!(p.real_intent, Some(true));
    assert_eq!(p.called_phone_number.as_deref(), Some("15364736473"));
    assert_eq!(p.call_record_id, Some(145213));
    assert_eq!(p.customer_person_name.as_deref(), Some("张三"));
    assert_eq!(
        p.customer_concern,
        Some(vec!["公司位置".to_string(), "交通".to_string()])
    );
    assert_eq!(p.read_status, Some(ReadStatus::NotRead));
    assert_eq!(
        (p.chat_duration_min, p.chat_duration_max),
        (Some(1), Some(3))
    );
    assert_eq!((p.last_call_record, p.redial_times), (Some(true), Some(2)));
}

#[test]
fn the_new_filters_go_on_the_wire_as_given() {
    let req = build_request::<GetCallRecordInfoList>(
        &config(),
        &parse_params::<GetCallRecordInfoList>(js(LIST_REQ)).unwrap(),
        1,
    )
    .unwrap();
    let body: Value = serde_json::from_str(req.body.as_deref().unwrap()).unwrap();
    assert_eq!(body, js(LIST_REQ));
}

/// (params beside `robotCallJobId`, the field refused, a part of its message):
/// the rules of the 2021-01 table.
const NEW_FILTER_REFUSALS: &[(&str, &str, &str)] = &[
    (
        r#"{"redialTimes": 2}"#,
        "redialTimes",
        "lastCallRecord: true",
    ),
    (
        r#"{"redialTimes": 2, "lastCallRecord": false}"#,
        "redialTimes",
        "lastCallRecord: true",
    ),
    (
        r#"{"chatDurationMin": 5, "chatDurationMax": 3}"#,
        "chatDurationMin",
        "must not exceed chatDurationMax",
    ),
    (r#"{"chatDurationMin": -1}"#, "chatDurationMin", "0 or more"),
    (
        r#"{"readStatus": "READ"}"#,
        "readStatus",
        "NOT_READ, HAS_READ",
    ),
    (
        r#"{"calledPhoneNumber": "153-6473"}"#,
        "calledPhoneNumber",
        "digits",
    ),
    (r#"{"callRecordId": 0}"#, "callRecordId", "positive"),
    (
        r#"{"customerConcern": [""]}"#,
        "customerConcern[0]",
        "must not be empty",
    ),
    (r#"{"realIntent": "maybe"}"#, "realIntent", ""),
    (r#"{"lastCallRecord": [true]}"#, "lastCallRecord", ""),
];

#[test]
fn the_new_filters_are_checked_as_the_2021_table_says() {
    for (extra, field, message) in NEW_FILTER_REFUSALS {
        let mut params: Value = serde_json::from_str(extra).unwrap();
        params["robotCallJobId"] = json!(1);
        let e = parse_params::<GetCallRecordInfoList>(params).unwrap_err();
        assert_eq!(e.field.as_deref(), Some(*field), "{extra}");
        assert!(e.message.contains(message), "{extra}: {}", e.message);
    }
    // A de-duplicated query with redialTimes, and the other filters beside it
    // (the platform ignores them then; the docs' own example sends them).
    parse_params::<GetCallRecordInfoList>(json!({
        "robotCallJobId": 1, "lastCallRecord": true, "redialTimes": 0, "chatDurationMin": 3, "chatDurationMax": 3,
        "customerPersonName": "张三", "readStatus": "HAS_READ", "realIntent": "true"
    }))
    .unwrap();
}

#[test]
fn the_call_record_list_table_examples_pass_too() {
    // The table's 实例 column: searchWords is the number 0, two statuses and levels.
    let p = parse_params::<GetCallRecordInfoList>(json!({
        "hangupBy": "REMOTE_HANGUP", "customerGroupId": 100, "robotCallJobId": 1, "dialogFlowId": 1,
        "resultStatuses": ["ANSWERED", "REFUSED"], "intentLevels": ["B", "C"],
        "searchWords": 0, "pageNum": 1, "pageSize": 10
    }))
    .unwrap();
    assert_eq!(p.search_words.as_deref(), Some("0"));
    assert_eq!(
        p.result_statuses,
        Some(vec![DialStatus::Answered, DialStatus::Refused])
    );
    let req = build_request::<GetCallRecordInfoList>(&config(), &p, 0).unwrap();
    assert_eq!(body_json(&req)["searchWords"], json!("0"));
}

#[test]
fn the_call_record_list_is_a_post_whose_body_is_the_docs_example() {
    let p = parse_params::<GetCallRecordInfoList>(js(LIST_REQ)).unwrap();
    let req = build_request::<GetCallRecordInfoList>(&config(), &p, 1_562_000_000_000).unwrap();
    assert_eq!(req.method, Method::Post);
    assert_eq!(req.url, format!("{BASE}callRecord/getCallRecordInfoList"));
    assert_eq!(body_json(&req), js(LIST_REQ));
    assert_eq!(
        req.header("Content-Type"),
        Some("application/json;charset=UTF-8")
    );
    assert_eq!(req.header("timestamp"), Some("1562000000000"));
}

#[test]
fn optional_filters_left_out_are_not_sent() {
    let p = parse_params::<GetCallRecordInfoList>(json!({"robotCallJobId": "7"})).unwrap();
    let req = build_request::<GetCallRecordInfoList>(&config(), &p, 0).unwrap();
    assert_eq!(body_json(&req), json!({"robotCallJobId": 7}));
}

#[test]
fn get_endpoints_send_their_params_in_the_query_string() {
    let cases: Vec<(String, Method, String, Option<String>)> = vec![
        {
            let p = parse_params::<CallDetail>(js(DETAIL_REQ)).unwrap();
            let r = build_request::<CallDetail>(&config(), &p, 0).unwrap();
            (
                r.url,
                r.method,
                format!("{BASE}callRecord/callDetail?callRecordId=1"),
                r.body,
            )
        },
        {
            let p = parse_params::<ToBeCalledList>(js(TBC_REQ)).unwrap();
            let r = build_request::<ToBeCalledList>(&config(), &p, 0).unwrap();
            (
                r.url,
                r.method,
                format!("{BASE}callRecord/toBeCalledList?robotCallJobId=1&pageNum=1&pageSize=20&calledPhoneNumber=13266666666&taskStatus=NOT_STARTED"),
                r.body,
            )
        },
        {
            let p = parse_params::<DeleteRobotCallTaskList>(js(DEL_LIST_REQ)).unwrap();
            let r = build_request::<DeleteRobotCallTaskList>(&config(), &p, 0).unwrap();
            (
                r.url,
                r.method,
                format!("{BASE}callRecord/deleteRobotCallTaskList?robotCallJobId=1&robotCallTaskIds=3033729%2C3033719&calledPhoneNumber=13266666666&taskStatus=IN_PROCESS"),
                r.body,
            )
        },
    ];
    for (url, method, expected, body) in cases {
        assert_eq!(method, Method::Get);
        assert_eq!(url, expected);
        assert_eq!(body, None);
    }
}

#[test]
fn delete_robot_call_task_is_a_post_with_the_task_id() {
    let p = parse_params::<DeleteRobotCallTask>(js(DEL_REQ)).unwrap();
    let req = build_request::<DeleteRobotCallTask>(&config(), &p, 0).unwrap();
    assert_eq!(req.method, Method::Post);
    assert_eq!(req.url, format!("{BASE}callRecord/deleteRobotCallTask"));
    assert_eq!(body_json(&req), json!({"robotCallTaskId": 1}));
}

#[test]
fn task_ids_may_be_an_array_a_comma_joined_string_or_one_number() {
    for ids in [
        json!("3033729,3033719"),
        json!(" 3033729 , 3033719 "),
        json!([3033729, 3033719]),
        json!(["3033729", 3033719]),
    ] {
        let p = parse_params::<DeleteRobotCallTaskList>(
            json!({"robotCallJobId": 1, "robotCallTaskIds": ids.clone()}),
        )
        .unwrap();
        assert_eq!(p.robot_call_task_ids, Some(vec![3033729, 3033719]), "{ids}");
    }
    let p = parse_params::<DeleteRobotCallTaskList>(
        json!({"robotCallJobId": 1, "robotCallTaskIds": 5}),
    )
    .unwrap();
    assert_eq!(p.robot_call_task_ids, Some(vec![5]));
    let p = parse_params::<DeleteRobotCallTaskList>(
        json!({"robotCallJobId": 1, "robotCallTaskIds": null}),
    )
    .unwrap();
    assert_eq!(p.robot_call_task_ids, None);
}

// ---------------------------------------------------------------------------
// responses
// ---------------------------------------------------------------------------

#[test]
fn the_call_record_list_response_example_decodes() {
    let d = decode_response::<GetCallRecordInfoList>(200, LIST_RESP).unwrap();
    assert_eq!(d.request_id.as_deref(), Some("YXDXFDSC"));
    let page = d.data;
    assert_eq!(
        (page.number, page.page_size, page.total_elements, page.pages),
        (Some(1), Some(20), Some(4), Some(1))
    );
    assert_eq!(page.content.len(), 1);
    let r = &page.content[0];
    assert_eq!(r.hangup_by, Some(HangupBy::RemoteHangup));
    assert_eq!(r.call_record_id, Some(47));
    assert_eq!(r.tenant_id, Some(1));
    assert_eq!(r.robot_call_job_id, Some(50));
    assert_eq!(r.dialog_flow_id, Some(4));
    assert_eq!(r.robot_call_task_id, Some(4));
    assert_eq!(r.customer_person_id, Some(5));
    assert_eq!(r.called_phone_number.as_deref(), Some("18817501728"));
    assert_eq!(r.phone_number_id, Some(0));
    assert_eq!(r.result_status, Some(DialStatus::Answered));
    assert_eq!(r.intent_level, Some(IntentLevel::A));
    assert_eq!(r.intent_level_name.as_deref(), Some("很好"));
    assert_eq!(r.real_intent_level, None);
    assert_eq!(r.real_intent_level_name.as_deref(), Some("很好"));
    assert_eq!(r.intent_level_tag_id, Some(0));
    assert_eq!(r.customer_concern, vec!["价格", "位置"]);
    assert!(r
        .full_audio_url
        .as_deref()
        .unwrap()
        .ends_with("/ai_user.wav"));
    assert!(r
        .customer_audio_url
        .as_deref()
        .unwrap()
        .ends_with("/user.wav"));
    assert_eq!(r.analysis_basis.as_deref(), Some(""));
    assert_eq!(r.start_time.as_deref(), Some("2018-08-04 11:57:33"));
    assert_eq!((r.chat_duration, r.chat_round), (Some(93), Some(16)));
    assert_eq!(r.read_status, Some(ReadStatus::NotRead));
    assert_eq!(r.call_detail_list.len(), 2);
    assert_eq!(r.call_detail_list[0].speaker, Some(SpeakerType::Robot));
    assert_eq!(r.call_detail_list[0].call_detail_id, Some(1));
    assert_eq!(r.call_detail_list[1].speaker, Some(SpeakerType::Person));
    assert_eq!(r.call_detail_list[1].text.as_deref(), Some("嗯"));
}

#[test]
fn the_call_detail_response_example_decodes() {
    let d = decode_response::<CallDetail>(200, DETAIL_RESP)
        .unwrap()
        .data;
    assert_eq!(d.call_record_id, Some(1));
    assert_eq!(d.robot_call_job_id, Some(29));
    assert_eq!(d.customer_audio_url, None);
    assert_eq!(d.start_time.as_deref(), Some("2018-10-02T16:54:08"));
    assert_eq!(d.end_time.as_deref(), Some("2018-10-02T16:54:08"));
    assert_eq!((d.chat_round, d.chat_duration), (Some(0), Some(0)));
    assert_eq!(d.result_status, Some(DialStatus::VacantNumber));
    assert_eq!(d.intent_level, Some(IntentLevel::F));
    assert_eq!(d.intent_level_name.as_deref(), Some("一般"));
    assert_eq!(d.real_intent_level, None);
    assert_eq!(d.intent_level_tag_id, Some(0));
    assert_eq!(d.customer_concern, vec!["价格", "位置"]);
    assert_eq!(d.analysis_basis.as_deref(), Some("空号"));
    assert!(d.attributes.is_empty());
    assert_eq!(d.call_detail_list.len(), 2);
    assert_eq!(d.call_detail_list[1].speaker, Some(SpeakerType::Person));
    let c = d.customer_person.expect("customerPerson");
    assert_eq!(c.customer_person_id, Some(2006007));
    assert_eq!(c.creation_time.as_deref(), Some("2018-10-01 16:39"));
    assert_eq!((c.tenant_id, c.customer_group_id), (Some(1), Some(181)));
    assert_eq!(c.name.as_deref(), Some("空号"));
    assert_eq!(c.phone_number.as_deref(), Some("18673125007"));
    assert_eq!(c.wechat_number, None);
    assert_eq!(c.source.as_deref(), Some("UPLOADED_BY_YOURSELF"));
    assert_eq!(c.gender.as_deref(), Some("UNKNOWN"));
    assert_eq!(c.properties.get("ss").map(String::as_str), Some("test"));
    assert_eq!(c.last_follow_time.as_deref(), Some("2018-10-01 16:39:29"));
    assert_eq!(c.last_chat_duration, Some(0));
    assert_eq!(c.last_start_time.as_deref(), Some("2018-10-02 17:20:01"));
    assert_eq!(c.last_intent_level, Some(IntentLevel::E));
    assert_eq!(c.last_dial_status, Some(DialStatus::CanNotConnect));
    assert_eq!(c.assign_time.as_deref(), Some("2018-10-01 16:39:29"));
    assert_eq!(c.customer_group_name.as_deref(), Some("研发"));
}

#[test]
fn the_to_be_called_response_example_decodes() {
    let page = decode_response::<ToBeCalledList>(200, TBC_RESP)
        .unwrap()
        .data;
    assert_eq!(page.total_elements, Some(1));
    let t = &page.content[0];
    assert_eq!(t.robot_call_task_id, Some(3033235));
    assert_eq!(t.customer_person_id, Some(7170228));
    assert_eq!(t.customer_person_name.as_deref(), Some("不要拨打"));
    assert_eq!(t.called_phone_number.as_deref(), Some("156****7777"));
    assert_eq!(t.customer_person_group_name.as_deref(), Some(""));
    assert_eq!(t.status, Some(RobotCallTaskStatus::NotStarted));
    assert_eq!(t.in_white_list, Some(false));
    assert_eq!(t.in_share_white_list, None);
    assert_eq!(
        t.properties.get("尾号数_单个").map(String::as_str),
        Some("1")
    );
}

#[test]
fn the_delete_response_examples_decode_to_nothing() {
    let d = decode_response::<DeleteRobotCallTask>(200, DEL_RESP).unwrap();
    assert_eq!(
        (d.data, d.request_id.as_deref()),
        (Nothing, Some("WUEAPMJO"))
    );
    let d = decode_response::<DeleteRobotCallTaskList>(200, DEL_LIST_RESP).unwrap();
    assert_eq!(d.data, Nothing);
    // The table says `data` is a Long (记录id): that is accepted as well.
    let body = r#"{"code":200,"data":3033235,"requestId":"X","resultMsg":"删除成功"}"#;
    assert_eq!(
        decode_response::<DeleteRobotCallTask>(200, body)
            .unwrap()
            .data,
        Nothing
    );
}

#[test]
fn string_encoded_numbers_are_accepted_in_results() {
    let body = r#"{"code":200,"data":{"content":[{"callRecordId":"47","robotCallJobId":"50","chatDuration":"93","callDetailList":[{"callDetailId":"2","type":"PERSON"}]}]}}"#;
    let r = &decode_response::<GetCallRecordInfoList>(200, body)
        .unwrap()
        .data
        .content[0];
    assert_eq!(
        (r.call_record_id, r.robot_call_job_id, r.chat_duration),
        (Some(47), Some(50), Some(93))
    );
    assert_eq!(r.call_detail_list[0].call_detail_id, Some(2));
    let body = r#"{"code":200,"data":{"callRecordId":"1","customerPerson":{"customerPersonId":"2006007","lastChatDuration":"12"}}}"#;
    let d = decode_response::<CallDetail>(200, body).unwrap().data;
    assert_eq!(d.call_record_id, Some(1));
    let c = d.customer_person.unwrap();
    assert_eq!(
        (c.customer_person_id, c.last_chat_duration),
        (Some(2006007), Some(12))
    );
    let body =
        r#"{"code":200,"data":{"content":[{"robotCallTaskId":"3033235","inWhiteList":"true"}]}}"#;
    let t = &decode_response::<ToBeCalledList>(200, body)
        .unwrap()
        .data
        .content[0];
    assert_eq!(
        (t.robot_call_task_id, t.in_white_list),
        (Some(3033235), Some(true))
    );
}

#[test]
fn non_numeric_ids_in_results_are_decode_errors_naming_the_field() {
    let cases = [
        (
            decode_response::<GetCallRecordInfoList>(
                200,
                r#"{"code":200,"data":{"content":[{"callRecordId":"abc"}]}}"#,
            )
            .unwrap_err(),
            "data.content[0].callRecordId",
        ),
        (
            decode_response::<GetCallRecordInfoList>(
                200,
                r#"{"code":200,"data":{"content":[{"callDetailList":[{"callDetailId":1.5}]}]}}"#,
            )
            .unwrap_err(),
            "data.content[0].callDetailList[0].callDetailId",
        ),
        (
            decode_response::<CallDetail>(
                200,
                r#"{"code":200,"data":{"customerPerson":{"customerPersonId":"x1"}}}"#,
            )
            .unwrap_err(),
            "data.customerPerson.customerPersonId",
        ),
        (
            decode_response::<ToBeCalledList>(
                200,
                r#"{"code":200,"data":{"content":[{"robotCallTaskId":true}]}}"#,
            )
            .unwrap_err(),
            "data.content[0].robotCallTaskId",
        ),
    ];
    for (e, field) in cases {
        assert_eq!(e.kind, ErrorKind::Decode, "{e}");
        assert_eq!(e.field.as_deref(), Some(field), "{e}");
    }
}

#[test]
fn undocumented_enum_values_are_kept_not_rejected() {
    let body = r#"{"code":200,"data":{"content":[{"resultStatus":"CALL_LOSS","intentLevel":"G","hangupBy":"LOCAL_HANGUP","readStatus":"X","callDetailList":[{"type":"AGENT"}]}]}}"#;
    let r = &decode_response::<GetCallRecordInfoList>(200, body)
        .unwrap()
        .data
        .content[0];
    assert_eq!(r.result_status, Some(DialStatus::CallLoss));
    assert_eq!(r.intent_level, Some(IntentLevel::Unknown("G".into())));
    assert_eq!(r.hangup_by, Some(HangupBy::Unknown("LOCAL_HANGUP".into())));
    assert_eq!(r.read_status, Some(ReadStatus::Unknown("X".into())));
    assert_eq!(
        r.call_detail_list[0].speaker,
        Some(SpeakerType::Unknown("AGENT".into()))
    );
}

#[test]
fn nulls_and_loose_values_in_results_are_tolerated() {
    let body = r#"{"code":200,"data":{"customerConcern":null,"callDetailList":null,"attributes":["有钱"],"customerPerson":{"properties":{"a":1,"b":true,"c":null,"d":"x"}}}}"#;
    let d = decode_response::<CallDetail>(200, body).unwrap().data;
    assert!(d.customer_concern.is_empty() && d.call_detail_list.is_empty());
    assert_eq!(d.attributes, vec!["有钱"]);
    let props = d.customer_person.unwrap().properties;
    let pairs: Vec<(&str, &str)> = props
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(pairs, [("a", "1"), ("b", "true"), ("d", "x")]);
    let body = r#"{"code":200,"data":{"content":[{"properties":null}]}}"#;
    let page = decode_response::<ToBeCalledList>(200, body).unwrap().data;
    assert!(page.content[0].properties.is_empty());
}

#[test]
fn results_serialize_with_the_wire_names() {
    let page = decode_response::<GetCallRecordInfoList>(200, LIST_RESP)
        .unwrap()
        .data;
    let v = serde_json::to_value(&page.content[0]).unwrap();
    assert_eq!(v["callRecordId"], json!(47));
    assert_eq!(v["resultStatus"], json!("ANSWERED"));
    assert_eq!(v["callDetailList"][0]["type"], json!("ROBOT"));
    assert!(
        v.get("realIntentLevel").is_none(),
        "None fields are left out"
    );
}

// ---------------------------------------------------------------------------
// constraints
// ---------------------------------------------------------------------------

#[test]
fn call_record_list_constraints_name_their_field() {
    let base = || json!({"robotCallJobId": 1});
    let with = |k: &str, v: Value| {
        let mut o = base();
        o[k] = v;
        o
    };
    let cases: Vec<(Value, &str)> = vec![
        (json!({}), "robotCallJobId"),
        (json!({"robotCallJobId": null}), "robotCallJobId"),
        (json!({"robotCallJobId": 0}), "robotCallJobId"),
        (json!({"robotCallJobId": "abc"}), "robotCallJobId"),
        (with("customerGroupId", json!(-1)), "customerGroupId"),
        (with("dialogFlowId", json!(0)), "dialogFlowId"),
        (with("pageNum", json!(0)), "pageNum"),
        (with("pageSize", json!(0)), "pageSize"),
        (with("pageSize", json!(101)), "pageSize"),
        (with("pageSize", json!(2.5)), "pageSize"),
        (with("hangupBy", json!("LOCAL_HANGUP")), "hangupBy"),
        (
            with("resultStatuses", json!(["ANSWERED", "CALL_LOSS"])),
            "resultStatuses[1]",
        ),
        (
            with("intentLevels", json!(["A", "B", "G"])),
            "intentLevels[2]",
        ),
        (with("intentLevels", json!("A")), "intentLevels"),
    ];
    for (params, field) in cases {
        rejects::<GetCallRecordInfoList>(params, field);
    }
    // The limits themselves pass.
    parse_params::<GetCallRecordInfoList>(
        json!({"robotCallJobId": 1, "pageNum": 1, "pageSize": 100}),
    )
    .unwrap();
    parse_params::<GetCallRecordInfoList>(json!({"robotCallJobId": 1, "pageSize": 1})).unwrap();
}

#[test]
fn call_detail_constraints_name_their_field() {
    for params in [
        json!({}),
        json!({"callRecordId": 0}),
        json!({"callRecordId": -4}),
        json!({"callRecordId": "x"}),
        json!({"callRecordId": 1.5}),
    ] {
        assert_eq!(issue_fields::<CallDetail>(params), ["callRecordId"]);
    }
}

#[test]
fn to_be_called_list_constraints_name_their_field() {
    let cases: Vec<(Value, &str)> = vec![
        (json!({"pageNum": 1}), "robotCallJobId"),
        (json!({"robotCallJobId": 0}), "robotCallJobId"),
        (json!({"robotCallJobId": 1, "pageNum": 0}), "pageNum"),
        (json!({"robotCallJobId": 1, "pageSize": 0}), "pageSize"),
        (json!({"robotCallJobId": 1, "pageSize": 101}), "pageSize"),
        (
            json!({"robotCallJobId": 1, "taskStatus": "DONE"}),
            "taskStatus",
        ),
    ];
    for (params, field) in cases {
        rejects::<ToBeCalledList>(params, field);
    }
    for status in [
        "NOT_STARTED",
        "IN_PROCESS",
        "COMPLETED",
        "RETRY",
        "AUTO_RETRY",
        "IN_CACHE",
    ] {
        parse_params::<ToBeCalledList>(json!({"robotCallJobId": 1, "taskStatus": status})).unwrap();
    }
}

#[test]
fn delete_constraints_name_their_field() {
    assert_eq!(
        issue_fields::<DeleteRobotCallTask>(json!({})),
        ["robotCallTaskId"]
    );
    assert_eq!(
        issue_fields::<DeleteRobotCallTask>(json!({"robotCallTaskId": 0})),
        ["robotCallTaskId"]
    );
    let cases: Vec<(Value, &str)> = vec![
        (json!({"robotCallTaskIds": [1]}), "robotCallJobId"),
        (json!({"robotCallJobId": -1}), "robotCallJobId"),
        (
            json!({"robotCallJobId": 1, "robotCallTaskIds": "1,x"}),
            "robotCallTaskIds",
        ),
        (
            json!({"robotCallJobId": 1, "robotCallTaskIds": [1, "x"]}),
            "robotCallTaskIds[1]",
        ),
        (
            json!({"robotCallJobId": 1, "robotCallTaskIds": [5, 0]}),
            "robotCallTaskIds[1]",
        ),
        (
            json!({"robotCallJobId": 1, "robotCallTaskIds": "5,-2"}),
            "robotCallTaskIds[1]",
        ),
        (
            json!({"robotCallJobId": 1, "robotCallTaskIds": {"a": 1}}),
            "robotCallTaskIds",
        ),
        (
            json!({"robotCallJobId": 1, "taskStatus": "FINISHED"}),
            "taskStatus",
        ),
    ];
    for (params, field) in cases {
        rejects::<DeleteRobotCallTaskList>(params, field);
    }
}

#[test]
fn unknown_params_are_rejected_by_every_endpoint() {
    rejects_unknown::<GetCallRecordInfoList>(json!({"robotCallJobID": 1}), "robotCallJobID");
    rejects_unknown::<CallDetail>(json!({"callRecordId": 1, "id": 1}), "id");
    rejects_unknown::<ToBeCalledList>(
        json!({"robotCallJobId": 1, "status": "NOT_STARTED"}),
        "status",
    );
    rejects_unknown::<DeleteRobotCallTask>(
        json!({"robotCallTaskId": 1, "robotCallJobId": 1}),
        "robotCallJobId",
    );
    rejects_unknown::<DeleteRobotCallTaskList>(
        json!({"robotCallJobId": 1, "robotCallTaskId": 2}),
        "robotCallTaskId",
    );
}

#[test]
fn every_issue_is_reported_at_once() {
    let fields = issue_fields::<GetCallRecordInfoList>(json!({
        "robotCallJobId": 0, "pageNum": 0, "pageSize": 500, "intentLevels": ["Z"]
    }));
    assert_eq!(
        fields,
        ["robotCallJobId", "intentLevels[0]", "pageNum", "pageSize"]
    );
}
