//! The Yiwise API as it stands now, natively: the 2021-01 docs' `chat` and
//! `knowledge/*` (their examples, their rules, their host), and the bodies the
//! vendor's own demo clients send (`TestDemo`'s `job/modify`, `SimpleDemo`'s
//! `job/create` with the 2018 no-call period).

use serde_json::{json, Value};
use yiwise_rongzi::yiwise::api::job::{AlertLevel, Create, Modify};
use yiwise_rongzi::yiwise::api::{chat, knowledge};
use yiwise_rongzi::yiwise::config::{YiwiseConfig, KNOWLEDGE_BASE_URL, PRODUCTION_BASE_URL};
use yiwise_rongzi::yiwise::enums::IntentLevel;
use yiwise_rongzi::yiwise::operation::{build_request, parse_params, wire_params, Operation};

fn config(base: &str) -> YiwiseConfig {
    YiwiseConfig::new(base, "k", "s", "t", None).unwrap()
}

fn refused<O: Operation>(params: Value) -> (String, String) {
    let Err(e) = parse_params::<O>(params.clone()) else {
        panic!("{} accepted {params}", O::PATH);
    };
    // The shipped module's path (by schema) refuses it alike.
    let by_schema = wire_params::<O>(params).unwrap_err();
    assert_eq!(e.field, by_schema.field);
    (e.field.unwrap_or_default(), e.message)
}

/// `TestDemo.java` (yiwise/openapidemo@cf40397), as its `JSONObject`s hold it.
fn test_demo_modify() -> Value {
    json!({
        "concurrencyQuota": 2,
        "jobPhoneNumberIdList": [2788],
        "robotCallJob": {
            "concurrencyQuota": 3, "enableConcurrency": true, "robotCallJobId": 33, "name": "测试2", "mode": "AUTO",
            "dailyStartTime": "09:00", "dailyEndTime": "21:00",
            "inactiveTimeList": [{"startTime": "10:00", "endTime": "11:00"}, {"startTime": "12:00", "endTime": "13:00"}],
            "description": "任务描述信息", "smsTemplateId": 1, "robotCount": 2,
            "wechatAlertLevelCode": ["0", "1"], "wechatConditionAlertLevel": [2], "wechatAlertChatDurationThreshold": 10,
            "smsAlertLevel": [], "alertUsers": [1, 5], "startTime": "2019-11-21 04:32:56",
            "redialCondition": ["CALL_LOSS"], "redialInterval": 6, "redialTimes": 6,
            "transferPhoneNumber": ["1523654789", "1758426896"],
            // The demo leaves these to the task it modifies; the SDK's form needs them.
            "dialogFlowId": 1001, "phoneType": "LANDLINE"
        }
    })
}

#[test]
fn the_vendor_test_demo_modify_body_is_accepted_and_sent_as_the_demo_sends_it() {
    let p = parse_params::<Modify>(test_demo_modify()).unwrap();
    assert_eq!(p.robot_call_job.robot_call_job_id, Some(33));
    assert_eq!(
        p.robot_call_job.wechat_condition_alert_level,
        Some(vec![AlertLevel::Code(2)])
    );
    assert_eq!(p.robot_call_job.enable_concurrency, Some(true));
    let wire = wire_params::<Modify>(test_demo_modify()).unwrap();
    let job = &wire["robotCallJob"];
    assert_eq!(job["wechatConditionAlertLevel"], json!([2]));
    assert_eq!(job["wechatAlertLevelCode"], json!([0, 1]));
    assert_eq!(job["concurrencyQuota"], json!(3));
    assert_eq!(
        job["transferPhoneNumber"],
        json!(["1523654789", "1758426896"])
    );
    assert_eq!(job["wechatAlertChatDurationThreshold"], json!(10));
    let req = build_request::<Modify>(&config(PRODUCTION_BASE_URL), &p, 1).unwrap();
    assert_eq!(req.method.as_str(), "PATCH");
}

#[test]
fn alert_levels_are_letters_or_codes_and_nothing_else() {
    let with = |levels: Value| {
        let mut body = test_demo_modify();
        body["robotCallJob"]["wechatConditionAlertLevel"] = levels;
        body
    };
    let p = parse_params::<Modify>(with(json!(["A", 5]))).unwrap();
    assert_eq!(
        p.robot_call_job.wechat_condition_alert_level,
        Some(vec![AlertLevel::Level(IntentLevel::A), AlertLevel::Code(5)])
    );
    for (bad, field) in [
        (json!(["G"]), "robotCallJob.wechatConditionAlertLevel[0]"),
        (json!([-1]), "robotCallJob.wechatConditionAlertLevel[0]"),
        (json!([true]), "robotCallJob.wechatConditionAlertLevel[0]"),
        (json!([1.5]), "robotCallJob.wechatConditionAlertLevel[0]"),
    ] {
        assert_eq!(refused::<Modify>(with(bad.clone())).0, field, "{bad}");
    }
}

#[test]
fn the_2018_no_call_period_is_refused_with_a_pointer_to_inactive_time_list() {
    // SimpleDemo.createTask (yiwise/openapidemo@2d4ec8c): no robotCount, a tenantId, the 2018 fields.
    let body = json!({
        "concurrencyQuota": 1, "jobPhoneNumberIdList": [22],
        "robotCallJob": {
            "tenantId": 73, "dialogFlowId": 129, "name": "测试名称0110-01", "mode": "MANUAL",
            "dailyStartTime": "09:00", "dailyEndTime": "20:00", "inactiveStartTime": "12:00", "inactiveEndTime": "13:00",
            "description": "gthjoitjdjfdk", "smsTemplateId": 1, "phoneType": "MOBILE", "wechatAlertLevel": [],
            "smsAlertLevel": ["A"], "alertUsers": [], "earlyWarningAlertUsers": [], "startTime": "2018-11-07 05:05:05",
            "wechatSendMethod": "SENDTOALL"
        }
    });
    let e = parse_params::<Create>(body.clone()).unwrap_err();
    let fields: Vec<&str> = e.issues.iter().map(|i| i.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "robotCallJob.inactiveStartTime",
            "robotCallJob.inactiveEndTime"
        ]
    );
    assert!(e.issues[0].message.contains("inactiveTimeList"));
    // Without them the demo's body goes through, and no robotCount is made up.
    let mut ok = body;
    let job = ok["robotCallJob"].as_object_mut().unwrap();
    job.remove("inactiveStartTime");
    job.remove("inactiveEndTime");
    let wire = wire_params::<Create>(ok).unwrap();
    assert!(wire["robotCallJob"].get("robotCount").is_none());
}

#[test]
fn chat_takes_the_docs_example_and_checks_its_rules() {
    let example: Value =
        serde_json::from_str(include_str!("fixtures/yiwise/chat.request.json")).unwrap();
    let wire = wire_params::<chat::Chat>(example).unwrap();
    assert_eq!(wire["metaData"]["姓名"], "张三");
    assert!(wire.get("sessionId").is_none(), "null is left out");
    for (params, field) in [
        (json!({"botId": 1, "text": " "}), "text"),
        (json!({"botId": 0, "text": "hi"}), "botId"),
        (
            json!({"botId": 1, "text": "hi", "sessionId": ""}),
            "sessionId",
        ),
        (
            json!({"botId": 1, "text": "hi", "metaData": {"": "x"}}),
            "metaData",
        ),
        (
            json!({"botId": 1, "text": "hi", "metaData": {"a": 1}}),
            "metaData.a",
        ),
        (json!({"botId": 1}), "text"),
        (
            json!({"botId": 1, "text": "x".repeat(chat::MAX_TEXT_CHARS + 1)}),
            "text",
        ),
    ] {
        assert_eq!(refused::<chat::Chat>(params.clone()).0, field, "{params}");
    }
    let req = build_request::<chat::Chat>(
        &config(PRODUCTION_BASE_URL),
        &parse_params::<chat::Chat>(json!({"botId": 1, "text": "hi"})).unwrap(),
        1,
    )
    .unwrap();
    assert_eq!(req.url, format!("{PRODUCTION_BASE_URL}/apiOpen/v1/chat"));
}

#[test]
fn knowledge_goes_to_its_own_host_without_a_version_segment() {
    let p = parse_params::<knowledge::List>(json!({"botId": 1, "keyword": "营业"})).unwrap();
    let prod = build_request::<knowledge::List>(&config(PRODUCTION_BASE_URL), &p, 1).unwrap();
    assert!(prod.url.starts_with(&format!(
        "{KNOWLEDGE_BASE_URL}/apiOpen/knowledge/list?botId=1&keyword="
    )));
    assert!(prod.headers.iter().any(|(k, _)| k == "signature"));
    let local = build_request::<knowledge::List>(&config("http://127.0.0.1:8080"), &p, 1).unwrap();
    assert!(local
        .url
        .starts_with("http://127.0.0.1:8080/apiOpen/knowledge/list?"));
    let own = config(PRODUCTION_BASE_URL)
        .with_knowledge_base_url("https://kb.example.com")
        .unwrap();
    let req = build_request::<knowledge::List>(&own, &p, 1).unwrap();
    assert!(req
        .url
        .starts_with("https://kb.example.com/apiOpen/knowledge/list?"));
}

#[test]
fn knowledge_takes_the_docs_examples_and_checks_its_rules() {
    let create: Value = serde_json::from_str(include_str!(
        "fixtures/yiwise/knowledge/create.request.json"
    ))
    .unwrap();
    let update: Value = serde_json::from_str(include_str!(
        "fixtures/yiwise/knowledge/update.request.json"
    ))
    .unwrap();
    wire_params::<knowledge::Create>(create.clone()).unwrap();
    assert_eq!(
        wire_params::<knowledge::Update>(update.clone()).unwrap()["createTime"],
        "2020-04-02 14:31:02"
    );
    let answer = |a: Value| {
        let mut c = create.clone();
        c["answers"][0] = a;
        c
    };
    for (params, field) in [
        (
            json!({"botId": 1, "knowledgeCategoryName": "x", "title": "t", "answers": [], "status": "ENABLED"}),
            "answers",
        ),
        (
            answer(json!({"gateways": [], "type": "PURE_TEXT", "content": "c"})),
            "answers[0].gateways",
        ),
        (
            answer(json!({"gateways": ["WEIXIN"], "type": "PURE_TEXT", "content": "c"})),
            "answers[0].gateways[0]",
        ),
        (
            answer(json!({"gateways": ["ALL"], "type": "HTML", "content": "c"})),
            "answers[0].type",
        ),
        (
            answer(json!({"gateways": ["ALL"], "type": "PURE_TEXT", "content": " "})),
            "answers[0].content",
        ),
        (
            answer(
                json!({"gateways": ["ALL"], "type": "PURE_TEXT", "content": "c", "startTime": "2020-04-02"}),
            ),
            "answers[0].startTime",
        ),
        (
            answer(
                json!({"gateways": ["ALL"], "type": "PURE_TEXT", "content": "c", "startTime": "2020-04-02 10:00:00", "endTime": "2020-04-01 10:00:00"}),
            ),
            "answers[0].endTime",
        ),
        (
            json!({"botId": 1, "knowledgeCategoryName": " ", "title": "t", "answers": create["answers"], "status": "ENABLED"}),
            "knowledgeCategoryName",
        ),
        (
            json!({"botId": 1, "knowledgeCategoryName": "x", "title": "t", "answers": create["answers"], "status": "ON"}),
            "status",
        ),
        (
            json!({"botId": 1, "knowledgeCategoryName": "x", "title": "t", "answers": create["answers"], "status": "ENABLED", "id": "5e85"}),
            "id",
        ),
    ] {
        assert_eq!(
            refused::<knowledge::Create>(params.clone()).0,
            field,
            "{params}"
        );
    }
    let mut no_id = update;
    no_id["id"] = json!(" ");
    assert_eq!(refused::<knowledge::Update>(no_id).0, "id");
    assert_eq!(
        refused::<knowledge::List>(json!({"botId": 1, "pageSize": 500})).0,
        "pageSize"
    );
}
