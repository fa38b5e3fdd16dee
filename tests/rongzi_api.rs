//! The nine Rongzi endpoints against the docs' own examples (fixtures), the
//! docs' quirks, the wire form of every request, and client-side validation.

use serde_json::{json, Value};
use yiwise_rongzi::http::Method;
use yiwise_rongzi::rongzi::api::{account, call, customer, sms, wechat};
use yiwise_rongzi::rongzi::codes::*;
use yiwise_rongzi::rongzi::config::RongziConfig;
use yiwise_rongzi::rongzi::operation::{build_request, decode_response, parse_params, Operation};
use yiwise_rongzi::rongzi::token::Token;
use yiwise_rongzi::ErrorKind;

macro_rules! fixture {
    ($path:literal) => {
        include_str!(concat!("fixtures/rongzi/", $path))
    };
}

fn cfg() -> RongziConfig {
    RongziConfig::new("http://127.0.0.1:8080/").unwrap()
}

/// A token that expires in 2100.
fn token() -> Token {
    // {"sub":"AA1611","exp":4102444800}
    Token::parse("eyJhbGciOiJIUzUxMiJ9.eyJzdWIiOiJBQTE2MTEiLCJleHAiOjQxMDI0NDQ4MDB9.c2ln").unwrap()
}

const NOW: u64 = 1_700_000_000_000;

fn fields<O: Operation>(params: Value) -> Vec<String> {
    let e = parse_params::<O>(params.clone())
        .err()
        .unwrap_or_else(|| panic!("accepted {params}"));
    assert_eq!(e.kind, ErrorKind::Validation);
    assert!(
        e.message.starts_with(&format!("rongzi {}: ", O::PATH)),
        "{}",
        e.message
    );
    e.issues.into_iter().map(|i| i.field).collect()
}

fn body_of<O: Operation>(params: Value) -> Value {
    let p = parse_params::<O>(params).unwrap();
    let req = build_request::<O>(&cfg(), &p, Some(&token()), NOW).unwrap();
    serde_json::from_str(req.body.as_deref().unwrap()).unwrap()
}

// ---------------------------------------------------------------- requests

#[test]
fn every_request_goes_to_api_path_with_one_bearer_token() {
    let t = token();
    let check = |method: Method, url: &str, req: yiwise_rongzi::http::PreparedRequest| {
        assert_eq!(req.method, method);
        assert_eq!(req.url, url);
        assert_eq!(
            req.header("Authorization"),
            Some(t.authorization().as_str())
        );
        assert!(req
            .header("Authorization")
            .unwrap()
            .starts_with("Bearer eyJ"));
    };
    let p = parse_params::<customer::List>(json!({"empCode": "AA1611"})).unwrap();
    let req = build_request::<customer::List>(&cfg(), &p, Some(&t), NOW).unwrap();
    assert_eq!(
        req.header("Content-Type"),
        Some("application/json;charset=UTF-8")
    );
    check(Method::Post, "http://127.0.0.1:8080/api/customer/list", req);
    let p = parse_params::<sms::Templates>(Value::Null).unwrap();
    let req = build_request::<sms::Templates>(&cfg(), &p, Some(&t), NOW).unwrap();
    assert_eq!(req.body, None);
    check(Method::Get, "http://127.0.0.1:8080/api/sms/templates", req);
}

#[test]
fn a_missing_or_expired_token_is_an_auth_error_before_anything_is_built() {
    let p = parse_params::<customer::List>(json!({"empCode": "AA1611"})).unwrap();
    let e = build_request::<customer::List>(&cfg(), &p, None, NOW).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Auth);
    assert_eq!(e.endpoint.as_deref(), Some("rongzi customer/list"));
    assert!(e.message.contains("not logged in"), "{}", e.message);
    // The docs' own token expired in 2019.
    let doc: Value = serde_json::from_str(fixture!("account/login.response.json")).unwrap();
    let old = Token::parse(doc["data"]["token"].as_str().unwrap()).unwrap();
    let e = build_request::<customer::List>(&cfg(), &p, Some(&old), NOW).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Auth);
    assert!(e.message.contains("expired"), "{}", e.message);
    // A token without `exp` never counts as expired (the server decides).
    let no_exp = Token::parse("opaque-token").unwrap();
    assert!(build_request::<customer::List>(&cfg(), &p, Some(&no_exp), NOW).is_ok());
}

#[test]
fn customer_list_the_docs_request_goes_out_as_given() {
    let doc: Value = serde_json::from_str(fixture!("customer/list.request.json")).unwrap();
    assert_eq!(body_of::<customer::List>(doc.clone()), doc);
    let p = parse_params::<customer::List>(doc).unwrap();
    assert_eq!(p.customer_exe_status, Some(RongziCustomerExeStatus::Demand));
    // Names, string numbers and defaults.
    assert_eq!(
        body_of::<customer::List>(
            json!({"empCode": "AA1611", "customerExeStatus": "INTENT", "pageIndex": "3", "refreshWX": 0})
        ),
        json!({"customerExeStatus": 2, "empCode": "AA1611", "pageSize": 20, "pageIndex": 3, "refreshWX": "0"})
    );
}

#[test]
fn customer_list_constraints() {
    let cases: Vec<(Value, Vec<&str>)> = vec![
        (json!({}), vec!["empCode"]),
        (json!({"empCode": " "}), vec!["empCode"]),
        (json!({"empCode": "A", "pageIndex": 0}), vec!["pageIndex"]),
        (
            json!({"empCode": "A", "pageSize": 0, "pageIndex": -1}),
            vec!["pageIndex", "pageSize"],
        ),
        (json!({"empCode": "A", "pageSize": "ten"}), vec!["pageSize"]),
        (
            json!({"empCode": "A", "customerExeStatus": "SOLD"}),
            vec!["customerExeStatus"],
        ),
        (
            json!({"empCode": "A", "customerExeStatus": true}),
            vec!["customerExeStatus"],
        ),
        (json!({"empCode": "A", "empcode": "B"}), vec!["empcode"]),
    ];
    for (params, expected) in cases {
        assert_eq!(
            fields::<customer::List>(params.clone()),
            expected,
            "{params}"
        );
    }
    let e = parse_params::<customer::List>(json!([1])).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("params"));
}

#[test]
fn edit_comment_the_docs_request_and_the_500_character_limit() {
    let doc: Value = serde_json::from_str(fixture!("customer/editComment.request.json")).unwrap();
    assert_eq!(body_of::<customer::EditComment>(doc.clone()), doc);
    // 500 characters pass whatever their byte length; 501 do not.
    let ok = "备".repeat(500);
    assert_eq!(ok.len(), 1500);
    assert_eq!(
        body_of::<customer::EditComment>(json!({"customerCode": "C1", "comment": ok}))["comment"],
        json!(ok)
    );
    let emoji = "😀".repeat(500);
    parse_params::<customer::EditComment>(json!({"customerCode": "C1", "comment": emoji})).unwrap();
    let e = parse_params::<customer::EditComment>(
        json!({"customerCode": "C1", "comment": "a".repeat(501)}),
    )
    .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("comment"));
    assert!(
        e.message.contains("at most 500 characters, got 501"),
        "{}",
        e.message
    );
    // An empty comment clears it; customerCode and comment are required.
    parse_params::<customer::EditComment>(json!({"customerCode": "C1", "comment": ""})).unwrap();
    assert_eq!(
        fields::<customer::EditComment>(json!({"comment": "x"})),
        ["customerCode"]
    );
    assert_eq!(
        fields::<customer::EditComment>(json!({"customerCode": "C1"})),
        ["comment"]
    );
    assert_eq!(
        fields::<customer::EditComment>(json!({"customerCode": "", "comment": "x"})),
        ["customerCode"]
    );
    assert_eq!(
        fields::<customer::EditComment>(json!({"customerCode": "C1", "comment": null})),
        ["comment"]
    );
}

#[test]
fn add_messages_the_docs_request_round_trips_with_its_defaults() {
    let doc: Value = serde_json::from_str(fixture!("sms/addMessages.request.json")).unwrap();
    assert_eq!(
        body_of::<sms::AddMessages>(doc.clone()),
        doc,
        "the docs' example goes out unchanged"
    );
    // Defaults: signature 【东方融资网】, isRead 1, mobiles and names "".
    let sent = body_of::<sms::AddMessages>(json!([{
        "sender": "AA0396", "receiver": "AFC14101000001", "senderRole": "SALES",
        "occurTime": "2018-09-07 06:53:41", "content": "您好", "receiverMobile": "13906509892", "sendStatus": false
    }]));
    assert_eq!(
        sent,
        json!([{
            "sender": "AA0396", "receiver": "AFC14101000001", "senderRole": 1, "occurTime": "2018-09-07 06:53:41",
            "content": "您好", "senderMobile": "", "receiverMobile": "13906509892", "senderName": "", "receiverName": "",
            "signature": "【东方融资网】", "sendStatus": 0, "isRead": 1
        }])
    );
}

#[test]
fn add_messages_constraints_name_the_item() {
    let good = json!({"sender": "A", "receiver": "B", "senderRole": 1, "occurTime": "2018-09-07 06:53:41.300", "content": "x", "sendStatus": 1});
    let with = |k: &str, v: Value| {
        let mut m = good.clone();
        m[k] = v;
        json!([good.clone(), m])
    };
    let cases: Vec<(Value, Vec<&str>)> = vec![
        (json!([]), vec!["params"]),
        (json!(null), vec!["params"]),
        (json!({"sender": "A"}), vec!["params"]),
        (
            with("occurTime", json!("2018-09-07")),
            vec!["[1].occurTime"],
        ),
        (
            with("occurTime", json!("2018-09-07 06:53:41.3000")),
            vec!["[1].occurTime"],
        ),
        (
            with("occurTime", json!("2018-13-07 06:53:41")),
            vec!["[1].occurTime"],
        ),
        (
            with("senderMobile", json!("139-0650")),
            vec!["[1].senderMobile"],
        ),
        (
            with("receiverMobile", json!("+8613906509892")),
            vec!["[1].receiverMobile"],
        ),
        (with("senderRole", json!("BOSS")), vec!["[1].senderRole"]),
        (with("sendStatus", json!("yes")), vec!["[1].sendStatus"]),
        (with("content", json!(" ")), vec!["[1].content"]),
        (with("colour", json!("red")), vec!["[1].colour"]),
    ];
    for (params, expected) in cases {
        assert_eq!(
            fields::<sms::AddMessages>(params.clone()),
            expected,
            "{params}"
        );
    }
    let mut missing = good.clone();
    missing.as_object_mut().unwrap().remove("sender");
    assert_eq!(fields::<sms::AddMessages>(json!([missing])), ["[0].sender"]);
    // The three millisecond forms pass.
    for t in [
        "2018-08-29 06:53:41.3",
        "2018-08-29 06:53:41.30",
        "2018-08-29 06:53:41.300",
        "2018-08-29 06:53:41",
    ] {
        parse_params::<sms::AddMessages>(with("occurTime", json!(t))).unwrap();
    }
}

#[test]
fn get_messages_the_docs_request_and_defaults() {
    let doc: Value = serde_json::from_str(fixture!("sms/getMessages.request.json")).unwrap();
    assert_eq!(body_of::<sms::GetMessages>(doc.clone()), doc);
    assert_eq!(
        body_of::<sms::GetMessages>(json!({"empCode": "AA0396"})),
        json!({"empCode": "AA0396", "pageSize": 20, "pageIndex": 1})
    );
    assert_eq!(
        fields::<sms::GetMessages>(json!({"customerMobile": "13906509892x"})),
        ["customerMobile"]
    );
    assert_eq!(
        fields::<sms::GetMessages>(json!({"pageIndex": 0})),
        ["pageIndex"]
    );
}

#[test]
fn sync_records_are_sent_newest_first_whatever_the_order_given() {
    let doc: Value = serde_json::from_str(fixture!("call/syncRecords.request.json")).unwrap();
    // The docs' example has placeholders: the mobile is refused, naming it…
    assert_eq!(fields::<call::SyncRecords>(doc.clone()), ["[0].mobile"]);
    // …and with a real number it goes out as given.
    let mut fixed = doc.clone();
    fixed[0]["mobile"] = json!("13800000001");
    assert_eq!(body_of::<call::SyncRecords>(fixed.clone()), fixed);

    let rec = |date: &str, mobile: &str| json!({"mobile": mobile, "billSec": 1, "callDate": date, "empCode": "AA1611", "callStatus": 4});
    let given = json!([
        rec("2018-08-30 18:30:55", "1"),
        rec("2018-08-31 08:00:00.5", "2"),
        rec("2017-12-31 23:59:59", "3"),
        rec("2018-08-31 08:00:00.05", "4"),
        rec("2018-08-30 18:30:55", "5"),
        rec("2019-01-01 00:00:00", "6"),
    ]);
    let sent = body_of::<call::SyncRecords>(given);
    let order: Vec<&str> = sent
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["mobile"].as_str().unwrap())
        .collect();
    // .5 (500 ms) is after .05 (50 ms); equal times keep their order.
    assert_eq!(order, ["6", "2", "4", "1", "5", "3"]);
    assert!(sent
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["empWorkMobile"] == json!("")));
}

#[test]
fn sync_records_constraints() {
    let good = json!({"mobile": "13800000001", "billSec": 40, "callDate": "2018-08-30 18:30:55", "empCode": "AA1611", "callStatus": "SALES_NOT_CALLED"});
    let with = |k: &str, v: Value| {
        let mut m = good.clone();
        m[k] = v;
        json!([m])
    };
    let cases: Vec<(Value, Vec<&str>)> = vec![
        (json!([]), vec!["params"]),
        (with("mobile", json!("")), vec!["[0].mobile"]),
        (with("mobile", json!("138 0000 0001")), vec!["[0].mobile"]),
        (with("billSec", json!(-1)), vec!["[0].billSec"]),
        (with("billSec", json!(1.5)), vec!["[0].billSec"]),
        (
            with("callDate", json!("30/08/2018 18:30")),
            vec!["[0].callDate"],
        ),
        (with("empCode", json!("")), vec!["[0].empCode"]),
        (
            with("empWorkMobile", json!("n/a")),
            vec!["[0].empWorkMobile"],
        ),
        (with("callStatus", json!("MISSED")), vec!["[0].callStatus"]),
        (with("callStatus", Value::Null), vec!["[0].callStatus"]),
    ];
    for (params, expected) in cases {
        assert_eq!(
            fields::<call::SyncRecords>(params.clone()),
            expected,
            "{params}"
        );
    }
    // A mobile typed as a number is taken as its digits.
    assert_eq!(
        body_of::<call::SyncRecords>(with("mobile", json!(13800000001_i64)))[0]["mobile"],
        json!("13800000001")
    );
}

#[test]
fn wechat_requests_the_docs_examples_go_out_as_given() {
    let doc: Value = serde_json::from_str(fixture!("wechat/addFriend.request.json")).unwrap();
    assert_eq!(body_of::<wechat::AddFriend>(doc.clone()), doc);
    let doc: Value =
        serde_json::from_str(fixture!("wechat/updateFriendStatus.request.json")).unwrap();
    assert_eq!(body_of::<wechat::UpdateFriendStatus>(doc.clone()), doc);
    assert_eq!(
        fields::<wechat::AddFriend>(json!({"customerMobile": "abc"})),
        ["customerMobile"]
    );
    assert_eq!(fields::<wechat::AddFriend>(json!({})), ["customerMobile"]);
    for status in [json!(3), json!("REQUEST_PENDING"), json!(9)] {
        assert_eq!(
            fields::<wechat::UpdateFriendStatus>(
                json!({"customerMobile": "18722222222", "friendStatus": status})
            ),
            ["friendStatus"]
        );
    }
}

// --------------------------------------------------------------- responses

#[test]
fn customer_list_the_docs_response_with_every_quirk() {
    let page = decode_response::<customer::List>(200, fixture!("customer/list.response.json"))
        .unwrap()
        .data;
    assert_eq!(page.total, Some(72), "total \"72\" is a number");
    assert_eq!(page.rows.len(), 3);
    let [a, b, c] = [&page.rows[0], &page.rows[1], &page.rows[2]];
    assert_eq!(a.customer_code, "AAC13031400024");
    assert_eq!(a.salary, Some(5000.0));
    assert_eq!(b.salary, Some(0.0));
    assert_eq!(c.salary, None, "salary \"\" is null");
    assert_eq!(
        (a.has_cars, a.has_policy, a.has_house),
        (Some(true), Some(true), Some(false))
    );
    assert_eq!(b.has_policy, None, "hasPolicy 0 is null");
    assert_eq!(c.has_policy, Some(false));
    let sf = a.is_secuity_or_fund.unwrap();
    assert_eq!((sf.social_security, sf.housing_fund), (false, false));
    assert_eq!(b.is_secuity_or_fund, None, "isSecuityOrFund 0 is null");
    assert_eq!(a.exe_status, Some(RongziExeStatus::Demand));
    assert_eq!(a.contact_status, Some(RongziContactStatus::NotConnected));
    assert_eq!(
        a.wechat_friend_status,
        Some(RongziWechatFriendStatus::RequestPending)
    );
    assert_eq!(
        c.wechat_friend_status,
        Some(RongziWechatFriendStatus::NotFriend)
    );
    assert_eq!(
        a.payment_date.as_deref(),
        Some("2018-08-28 14:49:20"),
        "dates stay strings"
    );
    assert_eq!((a.rqr_amount, a.rqr_duration), (Some(2500.0), Some(12.0)));
    assert_eq!(b.comment.as_deref(), Some("下周一联系212344561234"));
    assert_eq!(a.customer_wechat_id.as_deref(), Some(""));
    // What JS sees: names, booleans, objects, nulls; every field present.
    let js = serde_json::to_value(&page).unwrap();
    assert_eq!(js["total"], json!(72));
    let row = &js["rows"][1];
    assert_eq!(row["exeStatus"], json!("DEMAND"));
    assert_eq!(row["hasPolicy"], Value::Null);
    assert_eq!(row["hasCars"], json!(false));
    assert_eq!(js["rows"][2]["salary"], Value::Null);
    assert_eq!(
        js["rows"][0]["isSecuityOrFund"],
        json!({"socialSecurity": false, "housingFund": false})
    );
    assert_eq!(row.as_object().unwrap().len(), 18);
}

#[test]
fn customer_list_decode_errors_name_the_row_and_field() {
    let e = decode_response::<customer::List>(
        200,
        r#"{"code":0,"data":{"total":1,"rows":[{"customerCode":"C1"},{"name":"x"}]}}"#,
    )
    .unwrap_err();
    assert_eq!(
        (e.kind, e.field.as_deref()),
        (ErrorKind::Decode, Some("data.rows[1].customerCode"))
    );
    let e =
        decode_response::<customer::List>(200, r#"{"code":0,"data":{"total":"many","rows":[]}}"#)
            .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("data.total"));
    let e = decode_response::<customer::List>(
        200,
        r#"{"code":0,"data":{"rows":[{"customerCode":"C","exeStatus":"WON"}]}}"#,
    )
    .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("data.rows[0].exeStatus"));
    // null rows and a missing total are fine.
    let p = decode_response::<customer::List>(200, r#"{"code":0,"data":{"rows":null}}"#)
        .unwrap()
        .data;
    assert_eq!((p.total, p.rows.len()), (None, 0));
}

#[test]
fn edit_comment_and_update_friend_status_resolve_nothing() {
    decode_response::<customer::EditComment>(200, fixture!("customer/editComment.response.json"))
        .unwrap();
    decode_response::<wechat::UpdateFriendStatus>(
        200,
        fixture!("wechat/updateFriendStatus.response.json"),
    )
    .unwrap();
    let d = decode_response::<customer::EditComment>(200, r#"{"code":0,"data":{"anything":1}}"#)
        .unwrap();
    assert_eq!(serde_json::to_string(&d.data).unwrap(), "null");
}

#[test]
fn sms_templates_padded_keys_are_trimmed() {
    let t = decode_response::<sms::Templates>(200, fixture!("sms/templates.response.json"))
        .unwrap()
        .data;
    assert_eq!(t.len(), 2);
    assert_eq!(
        (
            t[0].id.as_deref(),
            t[0].title.as_deref(),
            t[0].content.as_deref()
        ),
        (Some("0"), Some("回访模板"), Some("恭喜你成功放款一个亿"))
    );
    assert_eq!(
        (t[1].id.as_deref(), t[1].title.as_deref()),
        (Some("1"), Some("回访模板1"))
    );
    assert!(
        decode_response::<sms::Templates>(200, r#"{"code":0,"data":null}"#)
            .unwrap()
            .data
            .is_empty()
    );
    let t = decode_response::<sms::Templates>(200, r#"{"code":0,"data":[{"id":7}]}"#)
        .unwrap()
        .data;
    assert_eq!(t[0].id.as_deref(), Some("7"));
}

#[test]
fn add_messages_and_sync_records_answer_milliseconds_as_string_or_number() {
    let m = decode_response::<sms::AddMessages>(200, fixture!("sms/addMessages.response.json"))
        .unwrap()
        .data;
    assert_eq!(m.0, Some(1_537_348_268_039));
    let m = decode_response::<call::SyncRecords>(200, fixture!("call/syncRecords.response.json"))
        .unwrap()
        .data;
    assert_eq!(m.0, Some(1_537_345_115_000));
    assert_eq!(serde_json::to_string(&m).unwrap(), "1537345115000");
    let m = decode_response::<call::SyncRecords>(200, r#"{"code":0,"data":null}"#)
        .unwrap()
        .data;
    assert_eq!(m.0, None);
}

#[test]
fn get_messages_the_docs_response_keeps_short_millis() {
    let p = decode_response::<sms::GetMessages>(200, fixture!("sms/getMessages.response.json"))
        .unwrap()
        .data;
    assert_eq!(p.total, Some(2));
    let [a, b] = [&p.rows[0], &p.rows[1]];
    assert_eq!(a.occur_time.as_deref(), Some("2018-08-29 06:53:41.30"));
    assert_eq!(a.sender_role, Some(RongziSenderRole::Customer));
    assert_eq!(b.sender_role, Some(RongziSenderRole::Sales));
    assert_eq!(
        (a.send_status, a.is_read),
        (Some(RongziFlag::Bool(true)), Some(RongziFlag::Bool(true)))
    );
    assert_eq!(a.signature.as_deref(), Some("【东方融资网】"));
    let js = serde_json::to_value(&p).unwrap();
    assert_eq!(js["rows"][0]["senderRole"], json!("CUSTOMER"));
    assert_eq!(js["rows"][0]["sendStatus"], json!(true));
    assert_eq!(js["rows"][0].as_object().unwrap().len(), 12);
}

#[test]
fn add_friend_reads_the_bare_code_or_the_table_object() {
    let r = decode_response::<wechat::AddFriend>(200, fixture!("wechat/addFriend.response.json"))
        .unwrap()
        .data;
    assert_eq!(
        r.friend_status,
        Some(RongziWechatFriendStatus::RequestPending)
    );
    let r = decode_response::<wechat::AddFriend>(200, r#"{"code":0,"data":{"friendStatus":"3"}}"#)
        .unwrap()
        .data;
    assert_eq!(
        r.friend_status,
        Some(RongziWechatFriendStatus::RequestPending)
    );
    let r = decode_response::<wechat::AddFriend>(200, r#"{"code":0,"data":null}"#)
        .unwrap()
        .data;
    assert_eq!(
        serde_json::to_value(r).unwrap(),
        json!({"friendStatus": null})
    );
}

#[test]
fn the_bad_token_answer_is_an_auth_error_on_every_endpoint() {
    let body = fixture!("token/invalid.response.json");
    fn check<O: Operation>(body: &str) {
        let Err(e) = decode_response::<O>(200, body) else {
            panic!("{} accepted a refused token", O::PATH)
        };
        assert_eq!(
            (e.kind, e.code),
            (ErrorKind::Auth, Some(500)),
            "{}",
            O::PATH
        );
        assert!(e.message.starts_with(&format!("rongzi {}: ", O::PATH)));
        assert!(e.message.contains("不合法的token"));
    }
    check::<customer::List>(body);
    check::<customer::EditComment>(body);
    check::<sms::Templates>(body);
    check::<sms::AddMessages>(body);
    check::<sms::GetMessages>(body);
    check::<call::SyncRecords>(body);
    check::<wechat::AddFriend>(body);
    check::<wechat::UpdateFriendStatus>(body);
    check::<account::Login>(body);
    // Other codes are API errors with the code; code 1 is auth only for login.
    let e = decode_response::<customer::EditComment>(200, r#"{"code":1,"msg":"客户不存在"}"#)
        .unwrap_err();
    assert_eq!((e.kind, e.code), (ErrorKind::Api, Some(1)));
    assert_eq!(
        e.message,
        "rongzi customer/editComment: API error 1: 客户不存在"
    );
}

#[test]
fn every_result_type_shows_every_field_of_its_typescript() {
    // The hand-written TypeScript of the results lists exactly the keys the
    // serializer emits (so the .d.ts cannot drift from the data).
    fn keys<T: serde::Serialize>(v: &T) -> Vec<String> {
        serde_json::to_value(v)
            .unwrap()
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect()
    }
    fn interface<'a>(ts: &'a str, name: &str) -> &'a str {
        let start = ts
            .find(&format!("export interface {name} "))
            .unwrap_or_else(|| panic!("{name}"));
        let rest = &ts[start..];
        &rest[..rest.find("\n}").unwrap()]
    }
    fn members(block: &str) -> Vec<String> {
        block
            .lines()
            .skip(1)
            .filter_map(|l| {
                let l = l.trim();
                (!l.starts_with("/**") && l.contains(':')).then(|| {
                    l.split(':')
                        .next()
                        .unwrap()
                        .trim_end_matches('?')
                        .to_string()
                })
            })
            .collect()
    }
    let cases: Vec<(&str, &str, Vec<String>)> = vec![
        (
            account::TS,
            "RongziLoginResult",
            keys(&account::RongziLoginResult::default()),
        ),
        (
            account::TS,
            "RongziUserInfo",
            keys(&account::RongziUserInfo::default()),
        ),
        (
            customer::TS,
            "RongziCustomer",
            keys(&customer::RongziCustomer::default()),
        ),
        (
            customer::TS,
            "RongziPage<T>",
            keys(&yiwise_rongzi::rongzi::api::RongziPage::<i64>::default()),
        ),
        (
            sms::TS,
            "RongziSmsTemplate",
            keys(&sms::RongziSmsTemplate::default()),
        ),
        (
            sms::TS,
            "RongziSmsMessage",
            keys(&sms::RongziSmsMessage::default()),
        ),
        (
            wechat::TS,
            "RongziAddFriendResult",
            keys(&wechat::RongziAddFriendResult::default()),
        ),
    ];
    for (ts, name, mut expected) in cases {
        let mut got = members(interface(ts, name));
        got.sort();
        expected.sort();
        assert_eq!(got, expected, "{name}");
    }
    for ts in [account::TS, customer::TS, sms::TS, wechat::TS] {
        assert!(!ts.contains("any"), "{ts}");
    }
}
