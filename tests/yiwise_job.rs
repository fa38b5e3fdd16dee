//! `job/*`: the docs' examples parse, validate, go on the wire as documented and
//! decode; every documented constraint is enforced with the right field.

use serde_json::{json, Value};
use yiwise_rongzi::http::Method;
use yiwise_rongzi::yiwise::api::job::*;
use yiwise_rongzi::yiwise::enums::{
    HangUpType, IntentLevel, JobMode, JobOperation, JobStatus, PhoneType, RedialCondition,
    WechatSendMethod,
};
use yiwise_rongzi::yiwise::operation::{build_request, decode_response, parse_params, Operation};
use yiwise_rongzi::ErrorKind;

mod common;
use common::*;

/// Parses, validates and builds `params` for `O`; returns (method, url, body as JSON).
fn wire<O: Operation>(params: Value) -> (Method, String, Option<Value>) {
    let typed = parse_params::<O>(params).unwrap_or_else(|e| panic!("{}: {e:?}", O::PATH));
    let req = build_request::<O>(&config(), &typed, 1_557_747_252_783).unwrap();
    let body = req
        .body
        .as_deref()
        .map(|b| serde_json::from_str(b).unwrap());
    (req.method, req.url, body)
}

fn url(path: &str) -> String {
    format!("{BASE_URL}/apiOpen/v1/{path}")
}

// ---------------------------------------------------------------- requests

#[test]
fn every_docs_request_body_validates_and_goes_on_the_wire_unchanged() {
    fn same<O: Operation>(name: &str, method: Method) {
        let doc = fixture_json("job", &format!("{name}.request.json"));
        let (m, u, body) = wire::<O>(doc.clone());
        assert_eq!(m, method, "{name}");
        assert_eq!(u, url(O::PATH), "{name}");
        assert_eq!(
            body,
            Some(doc),
            "{name}: the body differs from the docs' example"
        );
    }
    same::<Create>("create", Method::Post);
    same::<Modify>("modify", Method::Patch);
    same::<ImportCustomer>("importCustomer", Method::Post);
    same::<UpdateAiCount>("updateAiCount", Method::Post);
    same::<CheckAll>("checkAll", Method::Post);
    same::<ExecuteJobs>("executeJobs", Method::Post);
    same::<ReAddCustomerToJob>("reAddCustomerToJob", Method::Post);
}

#[test]
fn the_docs_delete_example_sends_its_string_id_as_a_number() {
    let (m, u, body) = wire::<Delete>(fixture_json("job", "delete.request.json"));
    assert_eq!((m, u.as_str()), (Method::Post, url("job/delete").as_str()));
    assert_eq!(body, Some(json!({"robotCallJobId": 1})));
}

#[test]
fn job_stats_info_list_takes_the_tables_param_and_sends_the_bare_id_array() {
    let ids = fixture_json("job", "getJobStatsInfoList.request.json");
    assert_eq!(ids, json!(["1017", "1014", "1013"]));
    let (m, u, body) = wire::<GetJobStatsInfoList>(json!({ "robotCallJobId": ids }));
    assert_eq!(m, Method::Post);
    assert_eq!(u, url("job/getJobStatsInfoList"));
    assert_eq!(body, Some(json!([1017, 1014, 1013])));
}

#[test]
fn id_only_actions_post_the_tables_example_as_json() {
    for (path, (m, u, body)) in [
        ("job/start", wire::<Start>(json!({"robotCallJobId": 1}))),
        ("job/pause", wire::<Pause>(json!({"robotCallJobId": 1}))),
        ("job/stop", wire::<Stop>(json!({"robotCallJobId": 1}))),
    ] {
        assert_eq!(m, Method::Post, "{path}");
        assert_eq!(u, url(path));
        assert_eq!(body, Some(json!({"robotCallJobId": 1})), "{path}");
    }
}

#[test]
fn id_only_queries_put_the_id_in_the_query_string() {
    for (path, (m, u, body)) in [
        (
            "job/getJobDetail",
            wire::<GetJobDetail>(json!({"robotCallJobId": 21})),
        ),
        (
            "job/getJobStats",
            wire::<GetJobStats>(json!({"robotCallJobId": "21"})),
        ),
        (
            "job/getJobProperties",
            wire::<GetJobProperties>(json!({"robotCallJobId": 21})),
        ),
    ] {
        assert_eq!(m, Method::Get, "{path}");
        assert_eq!(u, format!("{}?robotCallJobId=21", url(path)));
        assert_eq!(body, None, "{path}");
    }
}

#[test]
fn get_jobs_sends_the_tables_example_with_the_status_ordinal_as_its_name() {
    // The table's examples: name 测试, status 1 (an ordinal), pageNum 1, pageSize 10.
    let (m, u, body) =
        wire::<GetJobs>(json!({"name": "测试", "status": 1, "pageNum": 1, "pageSize": 10}));
    assert_eq!(m, Method::Get);
    assert_eq!(
        u,
        format!(
            "{}?name=%E6%B5%8B%E8%AF%95&status=IN_PROCESS&pageNum=1&pageSize=10",
            url("job/getJobs")
        )
    );
    assert_eq!(body, None);
    let (_, u, _) = wire::<GetJobs>(Value::Null);
    assert_eq!(u, url("job/getJobs"), "no params, no query string");
    let p = parse_params::<GetJobs>(json!({"status": "TERMINATE"})).unwrap();
    assert_eq!(p.status, Some(JobStatus::Terminate));
}

#[test]
fn the_create_example_is_typed_as_documented() {
    let p = parse_params::<Create>(fixture_json("job", "create.request.json")).unwrap();
    assert_eq!(p.concurrency_quota, Some(2));
    assert_eq!(p.job_phone_number_id_list, [348, 369]);
    assert_eq!(
        p.transfer_phone_number.as_deref(),
        Some(&["1523654789".to_string(), "1758426896".to_string()][..])
    );
    let j = &p.robot_call_job;
    assert_eq!(j.mode, JobMode::Auto);
    assert_eq!(j.phone_type, PhoneType::Landline);
    assert_eq!(j.dialog_flow_id, 2);
    assert_eq!(
        (j.daily_start_time.as_str(), j.daily_end_time.as_str()),
        ("09:00", "21:00")
    );
    assert_eq!(j.inactive_time_list.as_ref().unwrap()[0].end_time, "13:00");
    assert_eq!(
        j.sms_alert_level.as_deref(),
        Some(&[AlertLevel::Level(IntentLevel::A)][..])
    );
    assert_eq!(j.wechat_send_method, Some(WechatSendMethod::Sendtoall));
    assert_eq!(j.redial_condition.as_ref().unwrap().len(), 9);
    assert_eq!(
        j.redial_condition.as_ref().unwrap()[0],
        RedialCondition::CallLoss
    );
    assert_eq!((j.redial_interval, j.redial_times), (Some(6), Some(1)));
    assert_eq!(j.start_time.as_deref(), Some("2017-11-21 04:32:00"));
    assert_eq!(j.robot_call_job_id, None);
}

#[test]
fn the_import_example_keeps_the_customer_variables() {
    let p =
        parse_params::<ImportCustomer>(fixture_json("job", "importCustomer.request.json")).unwrap();
    assert_eq!(p.robot_call_job_id, 28);
    let c = &p.customer_persons[0];
    assert_eq!(
        (c.name.as_deref(), c.phone_number.as_str()),
        (Some("test"), "11111111111")
    );
    let props = c.properties.as_ref().unwrap();
    assert_eq!(props["欠款金额"], "10.13");
    assert_eq!(props["最后还款日期"], "2018年10月3日");
}

#[test]
fn the_bulk_examples_are_typed_as_documented() {
    let c = parse_params::<CheckAll>(fixture_json("job", "checkAll.request.json")).unwrap();
    assert_eq!(c.operation, JobOperation::Pause);
    assert_eq!(c.robot_call_job_id_set, [11445, 44564]);
    assert_eq!(c.status_set.as_deref(), Some(&[JobStatus::InProcess][..]));
    assert_eq!(c.end_create_date.as_deref(), Some("2018-10-12"));
    let e = parse_params::<ExecuteJobs>(fixture_json("job", "executeJobs.request.json")).unwrap();
    let item = &e.executable[0];
    assert_eq!(item.robot_call_job_id, Some(33));
    assert_eq!(item.hang_up_type, Some(HangUpType::PhoneUnbind));
    assert_eq!(item.stats_info.as_ref().unwrap().ablevel_customer, Some(1));
    let r =
        parse_params::<ReAddCustomerToJob>(fixture_json("job", "reAddCustomerToJob.request.json"))
            .unwrap();
    assert_eq!(r.customer_person_ids, [1919005, 1919006]);
    assert_eq!(r.last_call_record, Some(true));
}

#[test]
fn the_task_id_params_are_required_everywhere() {
    /// `rest` holds the endpoint's other required params.
    fn required<O: Operation>(rest: Value) {
        let with = |id: Value| {
            let mut p = rest.clone();
            p["robotCallJobId"] = id;
            p
        };
        let Err(e) = parse_params::<O>(rest.clone()) else {
            panic!("{} accepted {rest}", O::PATH)
        };
        assert_eq!(e.field.as_deref(), Some("robotCallJobId"), "{}", O::PATH);
        assert_eq!(e.issues[0].message, "is required", "{}", O::PATH);
        accepts::<O>(with(json!(7)));
        accepts::<O>(with(json!("7")));
        for bad in [
            json!("abc"),
            json!(null),
            json!(0),
            json!(-3),
            json!(1.5),
            json!(true),
        ] {
            rejects::<O>(with(bad), "robotCallJobId");
        }
    }
    required::<Start>(json!({}));
    required::<Pause>(json!({}));
    required::<Stop>(json!({}));
    required::<Delete>(json!({}));
    required::<GetJobDetail>(json!({}));
    required::<GetJobStats>(json!({}));
    required::<GetJobProperties>(json!({}));
    required::<ImportCustomer>(json!({"customerPersons": [{"phoneNumber": "13800000001"}]}));
    required::<UpdateAiCount>(json!({"robotCount": 2}));
    required::<ReAddCustomerToJob>(json!({"customerPersonIds": [1919005]}));
}

// --------------------------------------------------------- create / modify

/// A valid create body (MANUAL, no redial), changed by `edit`.
fn create_with(edit: impl FnOnce(&mut Value)) -> Value {
    let mut v = json!({
        "concurrencyQuota": 2,
        "jobPhoneNumberIdList": [276],
        "robotCallJob": {
            "name": "回访任务",
            "mode": "MANUAL",
            "dialogFlowId": 1001,
            "phoneType": "LANDLINE",
            "dailyStartTime": "09:00",
            "dailyEndTime": "20:00"
        }
    });
    edit(&mut v);
    v
}

fn job_with(key: &str, value: Value) -> Value {
    create_with(|v| v["robotCallJob"][key] = value)
}

#[test]
fn the_create_and_modify_forms_reject_each_broken_constraint_on_its_field() {
    let cases: Vec<(Value, &str)> = vec![
        // times of day: HH:mm, start before end
        (
            job_with("dailyStartTime", json!("9:00")),
            "robotCallJob.dailyStartTime",
        ),
        (
            job_with("dailyStartTime", json!("09:00:00")),
            "robotCallJob.dailyStartTime",
        ),
        (
            job_with("dailyEndTime", json!("24:00")),
            "robotCallJob.dailyEndTime",
        ),
        (
            job_with("dailyEndTime", json!("08:59")),
            "robotCallJob.dailyEndTime",
        ),
        (
            job_with("dailyEndTime", json!("09:00")),
            "robotCallJob.dailyEndTime",
        ),
        (
            job_with("dailyStartTime", json!(null)),
            "robotCallJob.dailyStartTime",
        ),
        (
            create_with(|v| {
                v["robotCallJob"]
                    .as_object_mut()
                    .unwrap()
                    .remove("dailyEndTime");
            }),
            "robotCallJob.dailyEndTime",
        ),
        // no-call periods: at most 3, each HH:mm with start < end
        (
            job_with(
                "inactiveTimeList",
                json!([
                    {"startTime": "10:00", "endTime": "10:30"},
                    {"startTime": "12:00", "endTime": "13:00"},
                    {"startTime": "15:00", "endTime": "15:30"},
                    {"startTime": "17:00", "endTime": "17:30"}
                ]),
            ),
            "robotCallJob.inactiveTimeList",
        ),
        (
            job_with(
                "inactiveTimeList",
                json!([{"startTime": "12:00", "endTime": "13:00"}, {"startTime": "13:00", "endTime": "12:00"}]),
            ),
            "robotCallJob.inactiveTimeList[1].endTime",
        ),
        (
            job_with(
                "inactiveTimeList",
                json!([{"startTime": "noon", "endTime": "13:00"}]),
            ),
            "robotCallJob.inactiveTimeList[0].startTime",
        ),
        (
            job_with("inactiveTimeList", json!([{"startTime": "12:00"}])),
            "robotCallJob.inactiveTimeList[0].endTime",
        ),
        // enums limited to the values the form lists
        (job_with("mode", json!("SEMI_AUTO")), "robotCallJob.mode"),
        (
            job_with("phoneType", json!("VOIP_DEVICE")),
            "robotCallJob.phoneType",
        ),
        (
            job_with("phoneType", json!("mobile")),
            "robotCallJob.phoneType",
        ),
        (
            job_with("wechatSendMethod", json!("SENDTOSOME")),
            "robotCallJob.wechatSendMethod",
        ),
        (
            job_with("smsAlertLevel", json!(["A", "G"])),
            "robotCallJob.smsAlertLevel[1]",
        ),
        (
            job_with("wechatAlertLevel", json!(["a"])),
            "robotCallJob.wechatAlertLevel[0]",
        ),
        (
            job_with("wechatConditionAlertLevel", json!(["Z"])),
            "robotCallJob.wechatConditionAlertLevel[0]",
        ),
        (
            job_with("wechatAlertLevelCode", json!([0, -1])),
            "robotCallJob.wechatAlertLevelCode[1]",
        ),
        (
            job_with("smsAlertLevelCode", json!(["x"])),
            "robotCallJob.smsAlertLevelCode[0]",
        ),
        // redial: interval 6..1440 min, times 1..10, conditions from E5, all three together
        (
            create_with(|v| {
                v["robotCallJob"]["redialCondition"] = json!(["NO_ANSWER"]);
                v["robotCallJob"]["redialInterval"] = json!(5);
                v["robotCallJob"]["redialTimes"] = json!(1);
            }),
            "robotCallJob.redialInterval",
        ),
        (
            create_with(|v| {
                v["robotCallJob"]["redialCondition"] = json!(["NO_ANSWER"]);
                v["robotCallJob"]["redialInterval"] = json!(1441);
                v["robotCallJob"]["redialTimes"] = json!(1);
            }),
            "robotCallJob.redialInterval",
        ),
        (
            create_with(|v| {
                v["robotCallJob"]["redialCondition"] = json!(["NO_ANSWER"]);
                v["robotCallJob"]["redialInterval"] = json!(6);
                v["robotCallJob"]["redialTimes"] = json!(0);
            }),
            "robotCallJob.redialTimes",
        ),
        (
            create_with(|v| {
                v["robotCallJob"]["redialCondition"] = json!(["NO_ANSWER"]);
                v["robotCallJob"]["redialInterval"] = json!(6);
                v["robotCallJob"]["redialTimes"] = json!(11);
            }),
            "robotCallJob.redialTimes",
        ),
        (
            create_with(|v| {
                v["robotCallJob"]["redialCondition"] = json!(["NO_ANSWER", "VACANT_NUMBER"]);
                v["robotCallJob"]["redialInterval"] = json!(6);
                v["robotCallJob"]["redialTimes"] = json!(2);
            }),
            "robotCallJob.redialCondition[1]",
        ),
        (
            job_with("redialTimes", json!(3)),
            "robotCallJob.redialCondition",
        ),
        (
            job_with("redialTimes", json!(3)),
            "robotCallJob.redialInterval",
        ),
        (
            job_with("redialCondition", json!(["BUSY"])),
            "robotCallJob.redialTimes",
        ),
        // required and well-formed task fields
        (job_with("name", json!("  ")), "robotCallJob.name"),
        (
            create_with(|v| {
                v["robotCallJob"].as_object_mut().unwrap().remove("name");
            }),
            "robotCallJob.name",
        ),
        (job_with("mode", json!("AUTO")), "robotCallJob.startTime"),
        (
            job_with("startTime", json!("2017/11/21 04:32:00")),
            "robotCallJob.startTime",
        ),
        (
            job_with("startTime", json!("2017-02-30")),
            "robotCallJob.startTime",
        ),
        (
            job_with("dialogFlowId", json!(0)),
            "robotCallJob.dialogFlowId",
        ),
        (
            job_with("dialogFlowId", json!("abc")),
            "robotCallJob.dialogFlowId",
        ),
        (
            create_with(|v| {
                v["robotCallJob"]
                    .as_object_mut()
                    .unwrap()
                    .remove("dialogFlowId");
            }),
            "robotCallJob.dialogFlowId",
        ),
        (
            job_with("csStaffGroupId", json!(0)),
            "robotCallJob.csStaffGroupId",
        ),
        (
            job_with("alertUsers", json!([1, 0])),
            "robotCallJob.alertUsers[1]",
        ),
        (
            job_with("earlyWarningAlertUsers", json!([-2])),
            "robotCallJob.earlyWarningAlertUsers[0]",
        ),
        (
            job_with("smsTemplateId", json!(-1)),
            "robotCallJob.smsTemplateId",
        ),
        (job_with("robotCount", json!(0)), "robotCallJob.robotCount"),
        (
            job_with("robotCallJobId", json!(139)),
            "robotCallJob.robotCallJobId",
        ),
        // lines
        (
            create_with(|v| v["jobPhoneNumberIdList"] = json!([])),
            "jobPhoneNumberIdList",
        ),
        (
            create_with(|v| v["jobPhoneNumberIdList"] = json!([276, 0])),
            "jobPhoneNumberIdList[1]",
        ),
        (
            create_with(|v| v["jobPhoneNumberIdList"] = json!(null)),
            "jobPhoneNumberIdList",
        ),
        (
            create_with(|v| {
                v.as_object_mut().unwrap().remove("jobPhoneNumberIdList");
            }),
            "jobPhoneNumberIdList",
        ),
        (
            create_with(|v| {
                v["robotCallJob"]["phoneType"] = json!("CALL_POLICY_GROUP");
                v["jobPhoneNumberIdList"] = json!([18, 19]);
            }),
            "jobPhoneNumberIdList",
        ),
        (
            create_with(|v| v["concurrencyQuota"] = json!(0)),
            "concurrencyQuota",
        ),
        (
            create_with(|v| {
                v.as_object_mut().unwrap().remove("concurrencyQuota");
            }),
            "concurrencyQuota",
        ),
        (
            create_with(|v| v["transferPhoneNumber"] = json!(["1523654789", ""])),
            "transferPhoneNumber[1]",
        ),
        (
            create_with(|v| {
                v.as_object_mut().unwrap().remove("robotCallJob");
            }),
            "robotCallJob",
        ),
    ];
    for (params, field) in cases {
        rejects::<Create>(params.clone(), field);
        if field != "robotCallJob.robotCallJobId" {
            // modify shares the form; only the task id differs (below)
            let mut m = params;
            m["robotCallJob"]
                .as_object_mut()
                .map(|o| o.insert("robotCallJobId".into(), json!(139)));
            rejects::<Modify>(m, field);
        }
    }
}

#[test]
fn the_form_accepts_what_the_docs_allow_including_their_contradictions() {
    accepts::<Create>(create_with(|_| {}));
    // the table says no later than 20:00 and no earlier than 09:00; the example uses 21:00
    accepts::<Create>(job_with("dailyEndTime", json!("21:00")));
    accepts::<Create>(job_with("dailyStartTime", json!("08:00")));
    accepts::<Create>(job_with("dailyEndTime", json!("23:59")));
    // three no-call periods are fine
    accepts::<Create>(job_with(
        "inactiveTimeList",
        json!([
            {"startTime": "10:00", "endTime": "10:30"},
            {"startTime": "12:00", "endTime": "13:00"},
            {"startTime": "15:00", "endTime": "15:30"}
        ]),
    ));
    // startTime as the table's date or the example's date-time
    for t in ["2017-11-21", "2017-11-21 04:32:00"] {
        accepts::<Create>(create_with(|v| {
            v["robotCallJob"]["mode"] = json!("AUTO");
            v["robotCallJob"]["startTime"] = json!(t);
        }));
    }
    // the redial bounds themselves
    for (interval, times) in [(6, 1), (1440, 10)] {
        accepts::<Create>(create_with(|v| {
            v["robotCallJob"]["redialCondition"] = json!(["CALL_LOSS", "SYSTEM_ERROR"]);
            v["robotCallJob"]["redialInterval"] = json!(interval);
            v["robotCallJob"]["redialTimes"] = json!(times);
        }));
    }
    // an empty redialCondition alone means no auto-redial
    accepts::<Create>(job_with("redialCondition", json!([])));
    // MOBILE lines may omit concurrencyQuota
    accepts::<Create>(create_with(|v| {
        v.as_object_mut().unwrap().remove("concurrencyQuota");
        v["robotCallJob"]["phoneType"] = json!("MOBILE");
    }));
    // several LANDLINE lines (the docs' example) and one policy group
    accepts::<Create>(create_with(|v| {
        v["jobPhoneNumberIdList"] = json!([348, 369])
    }));
    accepts::<Create>(create_with(|v| {
        v["robotCallJob"]["phoneType"] = json!("CALL_POLICY_GROUP");
        v["jobPhoneNumberIdList"] = json!([18]);
    }));
    // the demo's string-encoded level codes and ids
    accepts::<Create>(job_with("wechatAlertLevelCode", json!(["0", "1"])));
    accepts::<Create>(job_with("dialogFlowId", json!("1001")));
}

#[test]
fn modify_takes_the_task_id_in_the_form_and_sends_it_there() {
    let p = create_with(|v| v["robotCallJob"]["robotCallJobId"] = json!("139"));
    let (m, u, body) = wire::<Modify>(p);
    assert_eq!((m, u), (Method::Patch, url("job/modify")));
    assert_eq!(body.unwrap()["robotCallJob"]["robotCallJobId"], json!(139));
    rejects::<Modify>(
        job_with("robotCallJobId", json!(0)),
        "robotCallJob.robotCallJobId",
    );
    rejects::<Modify>(
        job_with("robotCallJobId", json!("x")),
        "robotCallJob.robotCallJobId",
    );
    // the docs' own modify example names no task: not rejected
    accepts::<Modify>(fixture_json("job", "modify.request.json"));
}

#[test]
fn a_form_reports_every_broken_constraint_at_once() {
    let fields = issue_fields::<Create>(create_with(|v| {
        v["concurrencyQuota"] = json!(0);
        v["robotCallJob"]["dailyStartTime"] = json!("18:00");
        v["robotCallJob"]["dailyEndTime"] = json!("09:00");
        v["robotCallJob"]["redialTimes"] = json!(20);
    }));
    assert_eq!(
        fields,
        [
            "concurrencyQuota",
            "robotCallJob.dailyEndTime",
            "robotCallJob.redialTimes",
            "robotCallJob.redialCondition",
            "robotCallJob.redialInterval",
        ]
    );
}

#[test]
fn unknown_params_are_rejected_by_name() {
    rejects_unknown::<Create>(create_with(|v| v["robotCount"] = json!(2)), "robotCount");
    rejects_unknown::<Create>(
        job_with("dailyStart", json!("09:00")),
        "robotCallJob.dailyStart",
    );
    rejects_unknown::<Create>(
        job_with(
            "inactiveTimeList",
            json!([{"startTime": "12:00", "endTime": "13:00", "day": 1}]),
        ),
        "robotCallJob.inactiveTimeList[0].day",
    );
    rejects_unknown::<Start>(json!({"robotCallJobId": 1, "jobId": 1}), "jobId");
    rejects_unknown::<GetJobDetail>(json!({"robotCallJobID": 1}), "robotCallJobID");
    rejects_unknown::<GetJobs>(json!({"page": 1}), "page");
    rejects_unknown::<ImportCustomer>(
        json!({"robotCallJobId": 1, "customerPersons": [{"phoneNumber": "138", "age": 3}]}),
        "customerPersons[0].age",
    );
    rejects_unknown::<CheckAll>(
        json!({"operation": "START", "robotCallJobIdSet": [1], "status": "IN_PROCESS"}),
        "status",
    );
    rejects_unknown::<ExecuteJobs>(
        json!({"operation": "START", "executable": [{"robotCallJobId": 1, "statsInfo": {"x": 1}}]}),
        "executable[0].statsInfo.x",
    );
    rejects_unknown::<GetJobStatsInfoList>(json!({"robotCallJobIds": [1]}), "robotCallJobIds");
    rejects_unknown::<ReAddCustomerToJob>(
        json!({"robotCallJobId": 1, "customerPersonIds": [2], "pageNum": 1}),
        "pageNum",
    );
}

// ------------------------------------------------------------ other params

#[test]
fn import_customer_takes_1_to_100_customers_each_with_a_phone_number() {
    let people = |n: usize| -> Value {
        (0..n)
            .map(|i| json!({"phoneNumber": format!("1380000{i:04}")}))
            .collect()
    };
    accepts::<ImportCustomer>(json!({"robotCallJobId": 28, "customerPersons": people(1)}));
    accepts::<ImportCustomer>(json!({"robotCallJobId": 28, "customerPersons": people(100)}));
    rejects::<ImportCustomer>(
        json!({"robotCallJobId": 28, "customerPersons": people(101)}),
        "customerPersons",
    );
    rejects::<ImportCustomer>(
        json!({"robotCallJobId": 28, "customerPersons": []}),
        "customerPersons",
    );
    rejects::<ImportCustomer>(json!({"robotCallJobId": 28}), "customerPersons");
    let mut four = people(4);
    four[3]["phoneNumber"] = json!(" ");
    rejects::<ImportCustomer>(
        json!({"robotCallJobId": 28, "customerPersons": four}),
        "customerPersons[3].phoneNumber",
    );
    rejects::<ImportCustomer>(
        json!({"robotCallJobId": 28, "customerPersons": [{"name": "张三"}]}),
        "customerPersons[0].phoneNumber",
    );
    rejects::<ImportCustomer>(
        json!({"robotCallJobId": 28, "customerPersons": [{"phoneNumber": "138", "properties": {"a": [1]}}]}),
        "customerPersons[0].properties.a",
    );
}

#[test]
fn update_ai_count_needs_a_positive_seat_count() {
    accepts::<UpdateAiCount>(fixture_json("job", "updateAiCount.request.json"));
    rejects::<UpdateAiCount>(json!({"robotCallJobId": 28, "robotCount": 0}), "robotCount");
    rejects::<UpdateAiCount>(json!({"robotCallJobId": 28}), "robotCount");
    rejects::<UpdateAiCount>(
        json!({"robotCallJobId": 28, "robotCount": "two"}),
        "robotCount",
    );
}

#[test]
fn get_jobs_pages_from_1_with_at_most_100_rows_and_known_statuses() {
    accepts::<GetJobs>(json!({"pageNum": 1, "pageSize": 100}));
    accepts::<GetJobs>(json!({"pageSize": 1}));
    rejects::<GetJobs>(json!({"pageSize": 101}), "pageSize");
    rejects::<GetJobs>(json!({"pageSize": 0}), "pageSize");
    rejects::<GetJobs>(json!({"pageNum": 0}), "pageNum");
    rejects::<GetJobs>(json!({"pageNum": "first"}), "pageNum");
    rejects::<GetJobs>(json!({"status": "RUNNING"}), "status");
    rejects::<GetJobs>(json!({"status": 8}), "status");
    for (ordinal, name) in [(0, "NOT_STARTED"), (7, "IN_QUEUE"), (13, "MAINTAIN")] {
        let p = parse_params::<GetJobs>(json!({ "status": ordinal })).unwrap();
        assert_eq!(p.status.unwrap().as_str(), name);
    }
}

#[test]
fn check_all_needs_a_known_operation_task_ids_and_ordered_dates() {
    let ok = || json!({"operation": "START", "robotCallJobIdSet": [11445]});
    accepts::<CheckAll>(ok());
    let with = |k: &str, v: Value| {
        let mut p = ok();
        p[k] = v;
        p
    };
    rejects::<CheckAll>(with("operation", json!("STOP")), "operation");
    rejects::<CheckAll>(json!({"operation": "START"}), "robotCallJobIdSet");
    rejects::<CheckAll>(json!({"robotCallJobIdSet": [1]}), "operation");
    rejects::<CheckAll>(
        with("robotCallJobIdSet", json!([1, 0])),
        "robotCallJobIdSet[1]",
    );
    rejects::<CheckAll>(
        with("statusSet", json!(["IN_PROCESS", "DONE"])),
        "statusSet[1]",
    );
    rejects::<CheckAll>(
        with("beginCreateDate", json!("2018/10/10")),
        "beginCreateDate",
    );
    rejects::<CheckAll>(
        with("endCreateDate", json!("2018-10-12 00:00:00")),
        "endCreateDate",
    );
    let mut p = with("beginCreateDate", json!("2018-10-12"));
    p["endCreateDate"] = json!("2018-10-10");
    rejects::<CheckAll>(p, "endCreateDate");
}

#[test]
fn execute_jobs_checks_each_item_like_a_check_all_item() {
    let item = |k: &str, v: Value| {
        let mut i = json!({"robotCallJobId": 33, "status": "NOT_STARTED"});
        i[k] = v;
        json!({"operation": "START", "executable": [i]})
    };
    accepts::<ExecuteJobs>(item("createTime", json!("2018-10-11 11:21:36")));
    rejects::<ExecuteJobs>(
        item("createTime", json!("2018-10-11")),
        "executable[0].createTime",
    );
    rejects::<ExecuteJobs>(item("status", json!("PAUSED")), "executable[0].status");
    rejects::<ExecuteJobs>(item("hangUpType", json!("X")), "executable[0].hangUpType");
    rejects::<ExecuteJobs>(
        item("robotCallJobId", json!(0)),
        "executable[0].robotCallJobId",
    );
    rejects::<ExecuteJobs>(item("totalTask", json!(-1)), "executable[0].totalTask");
    rejects::<ExecuteJobs>(
        item("statsInfo", json!({"answeredTask": -1})),
        "executable[0].statsInfo.answeredTask",
    );
    rejects::<ExecuteJobs>(
        json!({"operation": "RESUME", "executable": []}),
        "operation",
    );
    rejects::<ExecuteJobs>(json!({"operation": "START"}), "executable");
}

#[test]
fn check_all_results_can_be_passed_back_to_execute_jobs() {
    let body = fixture("job", "checkAll.response.json");
    let checked = decode_response::<CheckAll>(200, &body).unwrap().data;
    let executable = serde_json::to_value(&checked.executable).unwrap();
    let (_, _, sent) = wire::<ExecuteJobs>(json!({"operation": "PAUSE", "executable": executable}));
    assert_eq!(
        sent.unwrap()["executable"][0]["statsInfo"]["robotCallJobId"],
        json!(33)
    );
}

#[test]
fn re_add_customers_checks_filters_and_optional_dates() {
    let ok = || json!({"robotCallJobId": 1, "customerPersonIds": [1919005]});
    accepts::<ReAddCustomerToJob>(ok());
    let with = |k: &str, v: Value| {
        let mut p = ok();
        p[k] = v;
        p
    };
    // "可以为空": empty dates are allowed
    accepts::<ReAddCustomerToJob>(with("earliestCreationTime", json!("")));
    accepts::<ReAddCustomerToJob>(with(
        "resultStatuses",
        json!(["CALL_LOSS", "TRANSFER_ARTIFICIAL"]),
    ));
    rejects::<ReAddCustomerToJob>(json!({"robotCallJobId": 1}), "customerPersonIds");
    rejects::<ReAddCustomerToJob>(
        with("customerPersonIds", json!([0])),
        "customerPersonIds[0]",
    );
    rejects::<ReAddCustomerToJob>(
        with("resultStatuses", json!(["ANSWERED", "HUNG_UP"])),
        "resultStatuses[1]",
    );
    rejects::<ReAddCustomerToJob>(with("intentLevels", json!(["G"])), "intentLevels[0]");
    rejects::<ReAddCustomerToJob>(with("followStatus", json!("FOLLOW_UP")), "followStatus");
    rejects::<ReAddCustomerToJob>(
        with("earliestCreationTime", json!("2018-07-25 10:00:00")),
        "earliestCreationTime",
    );
    rejects::<ReAddCustomerToJob>(
        with("latestCreationTime", json!("2018-13-01")),
        "latestCreationTime",
    );
    rejects::<ReAddCustomerToJob>(with("customerGroupId", json!(0)), "customerGroupId");
    rejects::<ReAddCustomerToJob>(with("dialogFlowId", json!(-1)), "dialogFlowId");
    rejects::<ReAddCustomerToJob>(with("lastCallRecord", json!("yes")), "lastCallRecord");
}

#[test]
fn job_stats_info_list_needs_at_least_one_numeric_id() {
    rejects::<GetJobStatsInfoList>(json!({"robotCallJobId": []}), "robotCallJobId");
    rejects::<GetJobStatsInfoList>(json!({}), "robotCallJobId");
    rejects::<GetJobStatsInfoList>(
        json!({"robotCallJobId": ["1017", "x"]}),
        "robotCallJobId[1]",
    );
    rejects::<GetJobStatsInfoList>(json!({"robotCallJobId": [1017, 0]}), "robotCallJobId[1]");
}

// --------------------------------------------------------------- responses

#[test]
fn action_endpoints_decode_their_null_data() {
    fn nothing<O: Operation>(name: &str) {
        let body = fixture("job", &format!("{name}.response.json"));
        let d = decode_response::<O>(200, &body).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(d.status, 200);
        assert!(
            d.request_id.as_deref().is_some_and(|r| r.len() == 8),
            "{name}"
        );
    }
    nothing::<Start>("start");
    nothing::<Pause>("pause");
    nothing::<Stop>("stop");
    nothing::<Delete>("delete");
    nothing::<ImportCustomer>("importCustomer");
    nothing::<UpdateAiCount>("updateAiCount");
    nothing::<ReAddCustomerToJob>("reAddCustomerToJob");
    let d = decode_response::<Delete>(200, &fixture("job", "delete.response.json")).unwrap();
    assert_eq!(d.request_id.as_deref(), Some("GDFVVSAE"));
}

#[test]
fn create_and_modify_return_the_task_id() {
    let c = decode_response::<Create>(200, &fixture("job", "create.response.json")).unwrap();
    assert_eq!(c.data.robot_call_job_id, Some(139));
    assert_eq!(c.request_id.as_deref(), Some("RKXNIQAF"));
    let m = decode_response::<Modify>(200, &fixture("job", "modify.response.json")).unwrap();
    assert_eq!(m.data.robot_call_job_id, Some(139));
}

#[test]
fn get_jobs_decodes_the_page_and_its_rows() {
    let p = decode_response::<GetJobs>(200, &fixture("job", "getJobs.response.json"))
        .unwrap()
        .data;
    assert_eq!(
        (p.number, p.page_size, p.total_elements, p.pages),
        (Some(1), Some(20), Some(1), Some(1))
    );
    let row = &p.content[0];
    assert_eq!(row.robot_call_job_id, Some(1));
    assert_eq!(row.name.as_deref(), Some("dialog测试"));
    assert_eq!(row.status, Some(JobStatus::Terminate));
    assert_eq!(
        (row.completed_task, row.task_call_total),
        (Some(2157), Some(166))
    );
    assert_eq!(row.create_time.as_deref(), Some("2018-09-26 18:07"));
    assert_eq!(row.created_by_user_name, None);
}

#[test]
fn get_job_detail_decodes_the_nested_task_and_its_lines() {
    let d = decode_response::<GetJobDetail>(200, &fixture("job", "getJobDetail.response.json"))
        .unwrap()
        .data;
    let j = d.robot_call_job.as_ref().unwrap();
    assert_eq!(
        (j.robot_call_job_id, j.tenant_id, j.dialog_flow_id),
        (Some(1), Some(1), Some(1))
    );
    assert_eq!(
        j.dialog_flow_name.as_deref(),
        Some("金融行业体验demo-优化版")
    );
    assert_eq!(j.mode, Some(JobMode::Manual));
    assert_eq!(j.phone_type, Some(PhoneType::Landline));
    assert_eq!(j.robot_count, Some(12));
    assert_eq!(j.sms_template_id, None);
    assert_eq!(j.daily_start_time.as_deref(), Some("15:08:31"));
    assert_eq!(j.inactive_time_list[0].start_time.as_deref(), Some("12:00"));
    assert!(j.wechat_alert_level.is_empty() && j.alert_users.is_empty());
    assert_eq!(j.wechat_send_method, Some(WechatSendMethod::Sendtoall));
    assert_eq!(j.status, Some(JobStatus::Terminate));
    assert_eq!(j.start_time, None);
    assert_eq!(j.next_start_time.as_deref(), Some("00:00:00"));
    assert_eq!(j.update_time.as_deref(), Some("2018-10-09 15:11:20"));
    assert_eq!(j.redial_condition.len(), 6);
    assert_eq!(j.redial_condition[1], RedialCondition::FromPhoneError);
    assert_eq!((j.redial_interval, j.redial_times), (Some(6), Some(1)));
    let line = &d.job_phone_number_list[0];
    assert_eq!(line.tenant_phone_number_id, Some(675));
    assert_eq!(line.phone_number.as_deref(), Some("13576084683"));
    assert_eq!(
        (line.enabled_status, line.concurrency_quota),
        (Some(1), Some(5))
    );
    assert_eq!(d.transfer_phone_number, ["1523654789", "1758426896"]);
    assert_eq!(
        (d.completed_task, d.task_call_total),
        (Some(3612), Some(166))
    );
    assert!(d.policy_group_phone_number_list.is_empty());
}

#[test]
fn get_job_stats_decodes_counts_maps_and_daily_series() {
    let s = decode_response::<GetJobStats>(200, &fixture("job", "getJobStats.response.json"))
        .unwrap()
        .data;
    assert_eq!(
        (s.task_progress, s.answered_rate),
        (Some(2175.9), Some(9.47))
    );
    assert_eq!(
        (s.task_call_total, s.answered_task, s.completed_task),
        (Some(3612), Some(342), Some(0))
    );
    assert_eq!(s.chat_duration_total, Some(89659));
    assert_eq!(s.intent_level.len(), 6);
    assert_eq!(s.intent_level["F"], 569);
    assert_eq!(
        s.customer_concern,
        ["安全", "地理位置", "健身", "价格", "交通"]
    );
    assert_eq!(s.dial_result["VACANT_NUMBER"], 338);
    assert_eq!(s.chat_round["F10_MORE"], 336);
    assert_eq!(s.chat_duration["F3MIN_TMORE"], 230);
    let line = s.call_job_stats_broken_line.unwrap();
    assert_eq!(
        line.task_call_completed_list[1].date.as_deref(),
        Some("2018-10-09")
    );
    assert_eq!(line.task_call_completed_list[1].val, Some(1455.0));
    assert_eq!(line.answered_task_rate_list[0].val, Some(11.9));
    assert_eq!(line.chat_duration_total_list.len(), 3);
    assert_eq!(line.average_duration_list[0].val, Some(26233.0));
    let tag = &line.intent_level_tag_detail_list[3];
    assert_eq!(
        (
            tag.code,
            tag.intent_level_tag_detail_id,
            tag.intent_level_tag_id,
            tag.name.as_deref()
        ),
        (Some(3), Some(828), Some(121), Some("很好"))
    );
}

#[test]
fn get_job_properties_decodes_the_variable_names() {
    let d =
        decode_response::<GetJobProperties>(200, &fixture("job", "getJobProperties.response.json"))
            .unwrap();
    assert_eq!(d.data, ["欠款金额", "最后还款日期"]);
}

#[test]
fn get_job_stats_info_list_decodes_totals_by_task_id() {
    let m = decode_response::<GetJobStatsInfoList>(
        200,
        &fixture("job", "getJobStatsInfoList.response.json"),
    )
    .unwrap()
    .data;
    assert_eq!(m.keys().collect::<Vec<_>>(), ["1013", "1014", "1017"]);
    assert_eq!(m["1014"].task_total, Some(31455));
    assert_eq!(m["1017"].task_completed, Some(1));
}

#[test]
fn check_all_decodes_executable_and_unexecutable_tasks() {
    let r = decode_response::<CheckAll>(200, &fixture("job", "checkAll.response.json")).unwrap();
    assert_eq!(r.request_id.as_deref(), Some("IJAQKCWI"));
    let e = &r.data.executable[0];
    assert_eq!(e.robot_call_job_id, Some(33));
    assert_eq!(
        e.robot_call_job_name.as_deref(),
        Some("熊隆祥重新添加到拨打任务调试")
    );
    assert_eq!(e.create_time.as_deref(), Some("2018-10-11 11:21:36"));
    assert_eq!(e.create_user_name.as_deref(), Some("超管"));
    assert_eq!(e.status, Some(JobStatus::NotStarted));
    assert_eq!(e.hang_up_type, Some(HangUpType::PhoneUnbind));
    assert_eq!(e.hang_up_reason.as_deref(), Some("使用的线路已解绑"));
    let st = e.stats_info.as_ref().unwrap();
    assert_eq!(
        (
            st.completed_task,
            st.total_task,
            st.answered_task,
            st.ablevel_customer
        ),
        (Some(1), Some(1), Some(1), Some(1))
    );
    let u = &r.data.unexecutable[0];
    assert_eq!(u.msg.as_deref(), Some(""));
    assert_eq!(u.stats_info.as_ref().unwrap().robot_call_job_id, Some(33));
}

#[test]
fn execute_jobs_decodes_a_list_a_single_object_or_null() {
    let r = decode_response::<ExecuteJobs>(200, &fixture("job", "executeJobs.response.json"))
        .unwrap()
        .data;
    assert_eq!(r.0.len(), 1);
    assert_eq!(r.0[0].robot_call_job_id, Some(56));
    assert_eq!(r.0[0].robot_call_job_name.as_deref(), Some("lxc-测试1"));
    assert_eq!(r.0[0].msg.as_deref(), Some("该任务状态(已完成)不可开始"));
    let one = r#"{"code":200,"data":{"robotCallJobId":"56","msg":"x"},"requestId":"HYDMKHZF"}"#;
    let r = decode_response::<ExecuteJobs>(200, one).unwrap().data;
    assert_eq!(r.0[0].robot_call_job_id, Some(56));
    let none = r#"{"code":200,"data":null,"requestId":"HYDMKHZF"}"#;
    let empty = decode_response::<ExecuteJobs>(200, none).unwrap().data;
    assert!(empty.0.is_empty());
    assert_eq!(serde_json::to_value(&empty).unwrap(), json!([]));
    let bad = r#"{"code":200,"data":[{"robotCallJobId":"abc"}],"requestId":"HYDMKHZF"}"#;
    let e = decode_response::<ExecuteJobs>(200, bad).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Decode);
    assert!(e.message.contains("robotCallJobId"), "{}", e.message);
    assert_eq!(
        serde_json::to_value(&r).unwrap(),
        json!([{"robotCallJobId": 56, "msg": "x"}]),
        "serialized as a plain list"
    );
}

#[test]
fn string_encoded_numbers_are_accepted_in_results() {
    let body = r#"{"code":200,"data":{"robotCallJob":{"robotCallJobId":"1","robotCount":"12","redialTimes":"2","alertUsers":["7"]},"completedTask":"3612"},"requestId":"VJDMUZIC"}"#;
    let d = decode_response::<GetJobDetail>(200, body).unwrap().data;
    let j = d.robot_call_job.unwrap();
    assert_eq!(
        (j.robot_call_job_id, j.robot_count, j.redial_times),
        (Some(1), Some(12), Some(2))
    );
    assert_eq!(j.alert_users, [7]);
    assert_eq!(d.completed_task, Some(3612));
    let body = r#"{"code":200,"data":{"taskProgress":"2175.9","intentLevel":{"A":"568","B":null},"dialResult":{"BUSY":"3"}},"requestId":"VJDMUZIC"}"#;
    let s = decode_response::<GetJobStats>(200, body).unwrap().data;
    assert_eq!(s.task_progress, Some(2175.9));
    assert_eq!(s.intent_level.len(), 1);
    assert_eq!(s.intent_level["A"], 568);
    assert_eq!(s.dial_result["BUSY"], 3);
    let body = r#"{"code":200,"data":{"1017":{"taskTotal":"5","taskCompleted":"1"}},"requestId":"IOKMTMXV"}"#;
    let m = decode_response::<GetJobStatsInfoList>(200, body)
        .unwrap()
        .data;
    assert_eq!(
        (m["1017"].task_total, m["1017"].task_completed),
        (Some(5), Some(1))
    );
    let body = r#"{"code":200,"data":{"robotCallJobId":"139"},"requestId":"RKXNIQAF"}"#;
    assert_eq!(
        decode_response::<Create>(200, body)
            .unwrap()
            .data
            .robot_call_job_id,
        Some(139)
    );
}

#[test]
fn a_non_numeric_id_in_a_result_is_a_decode_error_naming_the_field() {
    fn field<O: Operation>(body: &str) -> Option<String> {
        let e = decode_response::<O>(200, body).err()?;
        assert_eq!(e.kind, ErrorKind::Decode);
        e.field
    }
    let cases = [
        (
            field::<Create>(r#"{"code":200,"data":{"robotCallJobId":"abc"},"requestId":"R"}"#),
            "data.robotCallJobId",
        ),
        (
            field::<GetJobDetail>(
                r#"{"code":200,"data":{"robotCallJob":{"robotCallJobId":"abc"}},"requestId":"R"}"#,
            ),
            "data.robotCallJob.robotCallJobId",
        ),
        (
            field::<GetJobs>(
                r#"{"code":200,"data":{"number":1,"content":[{"robotCallJobId":true}]},"requestId":"R"}"#,
            ),
            "data.content[0].robotCallJobId",
        ),
        (
            field::<CheckAll>(
                r#"{"code":200,"data":{"executable":[{"statsInfo":{"robotCallJobId":"3x"}}]},"requestId":"R"}"#,
            ),
            "data.executable[0].statsInfo.robotCallJobId",
        ),
        (
            field::<GetJobStats>(
                r#"{"code":200,"data":{"callJobStatsBrokenLine":{"intentLevelTagDetailList":[{"intentLevelTagId":1.5}]}},"requestId":"R"}"#,
            ),
            "data.callJobStatsBrokenLine.intentLevelTagDetailList[0].intentLevelTagId",
        ),
        (
            field::<GetJobStatsInfoList>(
                r#"{"code":200,"data":{"1017":{"taskTotal":"many"}},"requestId":"R"}"#,
            ),
            "data.1017.taskTotal",
        ),
    ];
    for (got, expected) in cases {
        assert_eq!(got.as_deref(), Some(expected));
    }
}

#[test]
fn results_tolerate_unknown_enum_values_unknown_fields_and_the_map_typed_concerns() {
    let body = r#"{"code":200,"data":{"robotCallJob":{"status":"ARCHIVED","phoneType":"NOT_MOBILE","newField":1},"extra":[1]},"requestId":"R"}"#;
    let j = decode_response::<GetJobDetail>(200, body)
        .unwrap()
        .data
        .robot_call_job
        .unwrap();
    assert_eq!(j.status, Some(JobStatus::Unknown("ARCHIVED".into())));
    assert_eq!(j.phone_type.unwrap().as_str(), "NOT_MOBILE");
    // the table types customerConcern as a Map
    let body = r#"{"code":200,"data":{"customerConcern":{"价格":3,"交通":1}},"requestId":"R"}"#;
    let s = decode_response::<GetJobStats>(200, body).unwrap().data;
    assert_eq!(s.customer_concern, ["交通", "价格"]);
    let body = r#"{"code":200,"data":{"customerConcern":null,"intentLevel":null},"requestId":"R"}"#;
    let s = decode_response::<GetJobStats>(200, body).unwrap().data;
    assert!(s.customer_concern.is_empty() && s.intent_level.is_empty());
}

#[test]
fn an_api_error_code_is_not_decoded_as_data() {
    let body = r#"{"code":404,"data":null,"requestId":"R1","resultMsg":"robotCallJobId 不存在"}"#;
    let e = decode_response::<Start>(200, body).unwrap_err();
    assert_eq!((e.kind, e.code), (ErrorKind::Api, Some(404)));
}
