//! Signed calls through the simulator: the happy paths.

use super::support::*;
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
async fn get_tenant_round_trips_with_a_request_id() {
    let yw = demo_client();
    let t = ok(yw.tenant().get_tenant(None, None)).await;
    assert!(get(&t, "tenantId").as_f64().is_some_and(|n| n > 0.0));
    assert!(string(&t, "tenantName").is_some_and(|s| !s.is_empty()));
    let last = get(&t, "lastResponse");
    assert_eq!(get(&last, "status").as_f64(), Some(200.0));
    assert_eq!(string(&last, "requestId").map(|s| s.len()), Some(8));
    // lastResponse is not enumerable: it stays out of JSON.
    let text: String = js_sys::JSON::stringify(&t).unwrap().into();
    assert!(!text.contains("lastResponse"));
}

#[wasm_bindgen_test]
async fn a_task_runs_from_create_to_completed_with_call_records() {
    let yw = demo_client();
    let created = ok(yw.job().create(
        json(
            r#"{"concurrencyQuota":1,"jobPhoneNumberIdList":[276],"robotCallJob":{"name":"wasm test","mode":"MANUAL",
            "dialogFlowId":1001,"phoneType":"MOBILE","dailyStartTime":"09:00","dailyEndTime":"20:00","description":"t"}}"#,
        ),
        None,
    ))
    .await;
    let id = get(&created, "robotCallJobId")
        .as_f64()
        .expect("robotCallJobId is a number");
    let customers = json(
        r#"[{"name":"张三","phoneNumber":"13800000001"},{"name":"李四","phoneNumber":"13800000002","properties":{"城市":"杭州"}}]"#,
    );
    let import = js_sys::Object::new();
    set(&import, "robotCallJobId", &id.into());
    set(&import, "customerPersons", &customers);
    ok(yw.job().import_customer(import.into(), None)).await;
    let by_id = js_sys::Object::new();
    set(&by_id, "robotCallJobId", &id.into());
    ok(yw.job().start(by_id.clone().into(), None)).await;

    let mut status = String::new();
    for _ in 0..200 {
        let detail = ok(yw.job().get_job_detail(by_id.clone().into(), None)).await;
        status = string(&get(&detail, "robotCallJob"), "status").unwrap_or_default();
        if status == "COMPLETED" {
            break;
        }
        pause(50).await;
    }
    assert_eq!(status, "COMPLETED");
    let list = js_sys::Object::new();
    set(&list, "robotCallJobId", &id.into());
    let page = ok(yw
        .call_record()
        .get_call_record_info_list(list.into(), None))
    .await;
    let content = js_sys::Array::from(&get(&page, "content"));
    assert_eq!(content.length(), 2);
    for rec in content.iter() {
        assert!(string(&rec, "resultStatus").is_some_and(|s| !s.is_empty()));
    }
}

#[wasm_bindgen_test]
async fn the_raw_request_escape_hatch_is_signed_too() {
    let yw = demo_client();
    let data = ok(yw.request("GET".into(), "tenant/getTenant".into(), None, None)).await;
    assert!(get(&data, "tenantId").as_f64().is_some());
}

#[wasm_bindgen_test]
async fn a_paged_list_is_walked_row_by_row_with_the_all_iterator() {
    // Seed task 1 is finished: its records do not change while tests run.
    let yw = demo_client();
    let first = ok(yw.call_record().get_call_record_info_list(
        json(r#"{"robotCallJobId":1,"pageNum":1,"pageSize":1}"#),
        None,
    ))
    .await;
    let total = get(&first, "totalElements")
        .as_f64()
        .expect("totalElements");
    assert!(total >= 2.0, "the seed task has several records");
    let all = yw
        .call_record()
        .get_call_record_info_list_all(Some(json(r#"{"robotCallJobId":1,"pageSize":1}"#)), None);
    let rows = collect_async(&all, 1000).await.expect("no page fails");
    let mut ids: Vec<i64> = rows
        .iter()
        .map(|r| get(r, "callRecordId").as_f64().expect("an id") as i64)
        .collect();
    assert_eq!(ids.len() as f64, total);
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len() as f64, total, "no record twice");
}
