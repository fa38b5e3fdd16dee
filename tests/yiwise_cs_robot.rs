//! `csRobot/staffGroupList`: required paging params, query string, and the
//! (hand-fixed) response example.

use serde_json::{json, Value};
use yiwise_rongzi::http::Method;
use yiwise_rongzi::yiwise::api::cs_robot::StaffGroupList;
use yiwise_rongzi::yiwise::operation::{build_request, decode_response, parse_params};
use yiwise_rongzi::ErrorKind;

mod common;
use common::*;

const REQ: &str = include_str!("fixtures/yiwise/csRobot/staffGroupList.request.json");
const RESP: &str = include_str!("fixtures/yiwise/csRobot/staffGroupList.response.json");

#[test]
fn the_docs_request_example_parses_and_validates() {
    // The table's example is pageNum 0, pageSize 0.
    let p = parse_params::<StaffGroupList>(serde_json::from_str(REQ).unwrap()).unwrap();
    assert_eq!((p.page_num, p.page_size), (0, 0));
}

#[test]
fn the_request_is_a_get_with_both_params_in_the_query() {
    let p = parse_params::<StaffGroupList>(json!({"pageNum": "2", "pageSize": 50})).unwrap();
    let req = build_request::<StaffGroupList>(&config(), &p, 0).unwrap();
    assert_eq!(req.method, Method::Get);
    assert_eq!(
        req.url,
        "https://openapi.example.test/apiOpen/v1/csRobot/staffGroupList?pageNum=2&pageSize=50"
    );
    assert_eq!(req.body, None);
}

#[test]
fn every_documented_constraint_names_its_field() {
    let cases: Vec<(Value, Vec<&str>)> = vec![
        (json!({}), vec!["pageNum"]),
        (json!({"pageNum": 1}), vec!["pageSize"]),
        (json!({"pageSize": 20}), vec!["pageNum"]),
        (json!({"pageNum": null, "pageSize": 20}), vec!["pageNum"]),
        (json!({"pageNum": -1, "pageSize": 20}), vec!["pageNum"]),
        (json!({"pageNum": 1, "pageSize": 101}), vec!["pageSize"]),
        (json!({"pageNum": 1, "pageSize": -1}), vec!["pageSize"]),
        (json!({"pageNum": "one", "pageSize": 20}), vec!["pageNum"]),
        (
            json!({"pageNum": -1, "pageSize": 1000}),
            vec!["pageNum", "pageSize"],
        ),
    ];
    for (params, expected) in cases {
        assert_eq!(
            issue_fields::<StaffGroupList>(params.clone()),
            expected,
            "{params}"
        );
    }
    parse_params::<StaffGroupList>(json!({"pageNum": 1, "pageSize": 100})).unwrap();
}

#[test]
fn an_unknown_param_is_rejected_naming_it() {
    rejects_unknown::<StaffGroupList>(json!({"pageNum": 1, "pageSize": 20, "page": 1}), "page");
}

#[test]
fn the_docs_response_example_decodes() {
    let d = decode_response::<StaffGroupList>(200, RESP).unwrap();
    assert_eq!(d.request_id.as_deref(), Some("EJKEIHZQ"));
    let page = d.data;
    assert_eq!(
        (page.number, page.page_size, page.total_elements, page.pages),
        (Some(1), Some(20), Some(1), Some(1))
    );
    let g = &page.content[0];
    assert_eq!((g.create_user_id, g.update_user_id), (None, None));
    assert_eq!(g.create_time.as_deref(), Some("2019-01-11 17:09:04"));
    assert_eq!(g.update_time.as_deref(), Some("2019-01-11 17:09:04"));
    assert_eq!(g.cs_staff_group_id, Some(1));
    assert_eq!(g.group_name.as_deref(), Some("CS坐席组1"));
    assert_eq!(g.dialog_flow_id, Some(1));
    assert_eq!(g.group_capacity, Some(10));
    assert_eq!(g.tenant_id, Some(756));
    assert_eq!(g.group_type.as_deref(), Some("CS"));
    assert_eq!(g.enabled_status.as_deref(), Some("ENABLE"));
    assert_eq!(g.dialog_flow_name.as_deref(), Some("内置"));
    assert!(g.cs_staff_list.is_empty());
}

#[test]
fn string_encoded_numbers_are_accepted() {
    let body = r#"{"code":200,"data":{"number":"1","content":[{"csStaffGroupId":"3","groupCapacity":"10","tenantId":"756","csStaffList":[{"csStaffId":9}]}]}}"#;
    let page = decode_response::<StaffGroupList>(200, body).unwrap().data;
    assert_eq!(page.number, Some(1));
    let g = &page.content[0];
    assert_eq!(
        (g.cs_staff_group_id, g.group_capacity, g.tenant_id),
        (Some(3), Some(10), Some(756))
    );
    assert_eq!(g.cs_staff_list, vec![json!({"csStaffId": 9})]);
}

#[test]
fn a_non_numeric_id_is_a_decode_error_naming_the_field() {
    for (body, field) in [
        (
            r#"{"code":200,"data":{"content":[{"csStaffGroupId":"g1"}]}}"#,
            "data.content[0].csStaffGroupId",
        ),
        (
            r#"{"code":200,"data":{"content":[{},{"dialogFlowId":1.5}]}}"#,
            "data.content[1].dialogFlowId",
        ),
    ] {
        let e = decode_response::<StaffGroupList>(200, body).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Decode, "{e}");
        assert_eq!(e.field.as_deref(), Some(field), "{e}");
    }
}
