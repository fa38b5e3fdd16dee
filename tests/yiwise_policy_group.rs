//! `policyGroup/*`: the docs' examples parse, validate, build and decode; constraints are enforced.

use serde_json::{json, Value};
use yiwise_rongzi::empty::{NoParams, Nothing};
use yiwise_rongzi::http::Method;
use yiwise_rongzi::yiwise::api::policy_group::{Create, GetIdAndNamePairList, List, Update};
use yiwise_rongzi::yiwise::enums::{CallInBillMode, DispatchType, LocationDisplayType, PhoneType};
use yiwise_rongzi::yiwise::operation::{build_request, decode_response, parse_params, Operation};
use yiwise_rongzi::ErrorKind;

mod common;
use common::*;

/// `base` with `patch`'s keys set (a `null` in `patch` removes the key).
fn with(base: &Value, patch: Value) -> Value {
    let mut v = base.clone();
    if let (Some(o), Value::Object(p)) = (v.as_object_mut(), patch) {
        for (k, x) in p {
            if x.is_null() {
                o.remove(&k);
            } else {
                o.insert(k, x);
            }
        }
    }
    v
}

// ---- policyGroup/create ----

#[test]
fn create_docs_request_parses_and_is_posted_as_json() {
    let p = parse_params::<Create>(fixture_json("policyGroup", "create.request.json")).unwrap();
    assert_eq!(p.name, "openapi-test");
    assert_eq!(p.remark, None);
    assert_eq!(p.dispatch_type, DispatchType::LocationMatchFirst);
    assert_eq!(p.detail_list.len(), 1);
    assert_eq!(p.detail_list[0].tenant_phone_number_id, 743);
    let req = build_request::<Create>(&config(), &p, 0).unwrap();
    assert_eq!(req.method, Method::Post);
    assert_eq!(
        req.url,
        "https://openapi.example.test/apiOpen/v1/policyGroup/create"
    );
    assert_eq!(
        body_json(&req),
        json!({
            "name": "openapi-test",
            "dispatchType": "LOCATION_MATCH_FIRST",
            "detailList": [{"tenantPhoneNumberId": 743}]
        })
    );
}

#[test]
fn create_sends_remark_and_string_ids_as_numbers() {
    let p = parse_params::<Create>(json!({
        "name": "g", "remark": "hangzhou-2019", "dispatchType": "SORT_FIRST",
        "detailList": [{"tenantPhoneNumberId": "743"}, {"tenantPhoneNumberId": 744}]
    }))
    .unwrap();
    let req = build_request::<Create>(&config(), &p, 0).unwrap();
    assert_eq!(
        body_json(&req),
        json!({
            "name": "g", "remark": "hangzhou-2019", "dispatchType": "SORT_FIRST",
            "detailList": [{"tenantPhoneNumberId": 743}, {"tenantPhoneNumberId": 744}]
        })
    );
}

#[test]
fn create_decodes_the_docs_response_to_nothing() {
    let d =
        decode_response::<Create>(200, &fixture("policyGroup", "create.response.json")).unwrap();
    assert_eq!(
        (d.data, d.request_id.as_deref()),
        (Nothing, Some("RKXNIQAF"))
    );
}

#[test]
fn create_params_are_checked() {
    let base = fixture_json("policyGroup", "create.request.json");
    let cases: Vec<(Value, Vec<&str>)> = vec![
        (with(&base, json!({"name": null})), vec!["name"]),
        (with(&base, json!({"name": " "})), vec!["name"]),
        (
            with(&base, json!({"dispatchType": null})),
            vec!["dispatchType"],
        ),
        (
            with(&base, json!({"dispatchType": "RANDOM"})),
            vec!["dispatchType"],
        ),
        (with(&base, json!({"detailList": null})), vec!["detailList"]),
        (with(&base, json!({"detailList": []})), vec!["detailList"]),
        (
            with(
                &base,
                json!({"detailList": [{"tenantPhoneNumberId": 743}, {}]}),
            ),
            vec!["detailList[1].tenantPhoneNumberId"],
        ),
        (
            with(
                &base,
                json!({"detailList": [{"tenantPhoneNumberId": 0}, {"tenantPhoneNumberId": -3}]}),
            ),
            vec![
                "detailList[0].tenantPhoneNumberId",
                "detailList[1].tenantPhoneNumberId",
            ],
        ),
        (
            with(&base, json!({"detailList": [{"tenantPhoneNumberId": "x"}]})),
            vec!["detailList[0].tenantPhoneNumberId"],
        ),
        (
            with(
                &base,
                json!({"detailList": [{"tenantPhoneNumberId": 1, "sort": 1}]}),
            ),
            vec!["detailList[0].sort"],
        ),
        // The table's flat form is not the wire form: the example's wrapper is required.
        (
            with(
                &base,
                json!({"detailList": null, "tenantPhoneNumberId": 743}),
            ),
            vec!["tenantPhoneNumberId"],
        ),
        (
            with(
                &base,
                json!({"name": "", "dispatchType": "X", "detailList": []}),
            ),
            vec!["name", "dispatchType", "detailList"],
        ),
    ];
    for (params, fields) in cases {
        assert_eq!(issue_fields::<Create>(params.clone()), fields, "{params}");
    }
}

#[test]
fn create_dispatch_type_message_lists_the_allowed_values() {
    let base = fixture_json("policyGroup", "create.request.json");
    let e = parse_params::<Create>(with(&base, json!({"dispatchType": "sort_first"}))).unwrap_err();
    assert_eq!(
        e.issues[0].message,
        "must be one of SORT_FIRST, LOCATION_MATCH_FIRST, got \"sort_first\""
    );
}

// ---- policyGroup/update ----

#[test]
fn update_docs_request_parses_and_is_posted_as_json() {
    let p = parse_params::<Update>(fixture_json("policyGroup", "update.request.json")).unwrap();
    assert_eq!(p.call_policy_group_id, 62);
    assert_eq!(p.name.as_deref(), Some("openapi-test1"));
    assert_eq!(p.dispatch_type, Some(DispatchType::LocationMatchFirst));
    let req = build_request::<Update>(&config(), &p, 0).unwrap();
    assert_eq!(req.method, Method::Post);
    assert_eq!(
        req.url,
        "https://openapi.example.test/apiOpen/v1/policyGroup/update"
    );
    assert_eq!(
        body_json(&req),
        json!({
            "callPolicyGroupId": 62,
            "name": "openapi-test1",
            "dispatchType": "LOCATION_MATCH_FIRST",
            "detailList": [{"tenantPhoneNumberId": 743}]
        })
    );
}

#[test]
fn update_needs_only_the_id_and_the_lines() {
    let p = parse_params::<Update>(json!({
        "callPolicyGroupId": "62", "detailList": [{"tenantPhoneNumberId": 743}]
    }))
    .unwrap();
    let req = build_request::<Update>(&config(), &p, 0).unwrap();
    assert_eq!(
        body_json(&req),
        json!({"callPolicyGroupId": 62, "detailList": [{"tenantPhoneNumberId": 743}]})
    );
}

#[test]
fn update_decodes_the_docs_response_to_nothing() {
    let d =
        decode_response::<Update>(200, &fixture("policyGroup", "update.response.json")).unwrap();
    assert_eq!(d.data, Nothing);
}

#[test]
fn update_params_are_checked() {
    let base = fixture_json("policyGroup", "update.request.json");
    let cases: Vec<(Value, Vec<&str>)> = vec![
        (
            with(&base, json!({"callPolicyGroupId": null})),
            vec!["callPolicyGroupId"],
        ),
        (
            with(&base, json!({"callPolicyGroupId": 0})),
            vec!["callPolicyGroupId"],
        ),
        (
            with(&base, json!({"callPolicyGroupId": "62a"})),
            vec!["callPolicyGroupId"],
        ),
        (with(&base, json!({"name": ""})), vec!["name"]),
        (
            with(&base, json!({"dispatchType": "RANDOM"})),
            vec!["dispatchType"],
        ),
        (with(&base, json!({"detailList": null})), vec!["detailList"]),
        (with(&base, json!({"detailList": []})), vec!["detailList"]),
        (
            with(&base, json!({"detailList": [{"tenantPhoneNumberId": -1}]})),
            vec!["detailList[0].tenantPhoneNumberId"],
        ),
        (
            with(&base, json!({"phoneType": "LANDLINE"})),
            vec!["phoneType"],
        ),
    ];
    for (params, fields) in cases {
        assert_eq!(issue_fields::<Update>(params.clone()), fields, "{params}");
    }
}

// ---- policyGroup/getIdAndNamePairList ----

#[test]
fn id_and_name_pairs_take_no_params_and_are_a_bare_get() {
    assert_eq!(GetIdAndNamePairList::METHOD, Method::Get);
    parse_params::<GetIdAndNamePairList>(Value::Null).unwrap();
    let req = build_request::<GetIdAndNamePairList>(&config(), &NoParams, 0).unwrap();
    assert_eq!(
        req.url,
        "https://openapi.example.test/apiOpen/v1/policyGroup/getIdAndNamePairList"
    );
    assert_eq!(req.body, None);
    let e = parse_params::<GetIdAndNamePairList>(json!({"name": "x"})).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("name"));
}

#[test]
fn id_and_name_pairs_decode_the_docs_example() {
    let d = decode_response::<GetIdAndNamePairList>(
        200,
        &fixture("policyGroup", "getIdAndNamePairList.response.json"),
    )
    .unwrap();
    assert_eq!(d.request_id.as_deref(), Some("xxxxxx"));
    assert_eq!(d.data.len(), 1);
    let p = &d.data[0];
    assert_eq!(p.call_policy_group_id, Some(18));
    assert_eq!(p.tenant_id, Some(123));
    assert_eq!(p.name.as_deref(), Some("杭州线路集合"));
}

#[test]
fn id_and_name_pairs_accept_the_tables_string_id_and_reject_a_non_numeric_one() {
    // The table types callPolicyGroupId as String (inventory I24).
    let d = decode_response::<GetIdAndNamePairList>(
        200,
        &envelope(json!([{"callPolicyGroupId": "18", "tenantId": "123"}])),
    )
    .unwrap();
    assert_eq!(
        (d.data[0].call_policy_group_id, d.data[0].tenant_id),
        (Some(18), Some(123))
    );
    let e = decode_response::<GetIdAndNamePairList>(
        200,
        &envelope(json!([{"callPolicyGroupId": "杭州"}])),
    )
    .unwrap_err();
    assert_eq!(e.kind, ErrorKind::Decode);
    assert_eq!(e.field.as_deref(), Some("data[0].callPolicyGroupId"), "{e}");
}

// ---- policyGroup/list ----

#[test]
fn list_takes_no_params_and_is_a_bare_get() {
    assert_eq!(List::METHOD, Method::Get);
    let req = build_request::<List>(&config(), &NoParams, 0).unwrap();
    assert_eq!(
        req.url,
        "https://openapi.example.test/apiOpen/v1/policyGroup/list"
    );
    assert!(parse_params::<List>(json!({"pageNum": 1})).is_err());
}

#[test]
fn list_decodes_the_docs_example() {
    let d = decode_response::<List>(200, &fixture("policyGroup", "list.response.json")).unwrap();
    assert_eq!(d.request_id.as_deref(), Some("IMNBPIIF"));
    assert_eq!(d.data.len(), 1);
    let g = &d.data[0];
    assert_eq!(g.create_user_id, Some(1));
    assert_eq!(g.update_time.as_deref(), Some("2019-05-08 18:41:31"));
    assert_eq!(g.call_policy_group_id, Some(62));
    assert_eq!(g.tenant_id, Some(0));
    assert_eq!(g.name.as_deref(), Some("openapi-test1"));
    assert_eq!(g.remark, None);
    assert_eq!(g.phone_type.as_deref(), Some("NOT_MOBILE"));
    assert_eq!(g.dispatch_type, Some(DispatchType::LocationMatchFirst));

    assert_eq!(g.detail_list.len(), 1);
    let line = &g.detail_list[0];
    assert_eq!(line.call_policy_group_detail_id, Some(378));
    assert_eq!(line.call_policy_group_id, Some(62));
    assert_eq!(line.phone_number_id, Some(433));
    assert_eq!(line.tenant_phone_number_id, Some(743));
    assert_eq!(line.sort, Some(1));

    let info = line.phone_number_info.as_ref().expect("phoneNumberInfo");
    assert_eq!(info.create_time, None);
    assert_eq!(info.tenant_phone_number_id, Some(743));
    assert_eq!(info.local_bill_rate, Some(230));
    assert_eq!(info.other_bill_rate, Some(500));
    assert_eq!(info.concurrency, Some(0));
    assert_eq!(info.phone_number_id, Some(433));
    assert_eq!(info.phone_type, Some(PhoneType::Landline));
    assert_eq!(info.account_fare, Some(10000));
    assert_eq!(info.enabled_status, Some(1));
    assert_eq!(info.monthly_bill_rate, Some(0));
    assert_eq!(info.call_in_bill_mode, Some(CallInBillMode::Monthly));
    assert_eq!(info.last_heart_beat_time, None);
    assert_eq!(info.concurrence_limit, Some(0));
    assert_eq!(info.phone_number.as_deref(), Some("123456789"));
    assert_eq!(info.phone_name.as_deref(), Some(""));
    assert_eq!(info.remark.as_deref(), Some("\n再等一会in"));
    assert_eq!(info.sip_account.as_deref(), Some("******"));
    assert_eq!((info.province.as_ref(), info.city.as_ref()), (None, None));
    assert_eq!(info.owner_name.as_deref(), Some("杭州一知智能科技有限公司"));
    assert_eq!(
        info.location_display_type,
        Some(LocationDisplayType::Default)
    );
    assert_eq!(info.owner_tenant_id, Some(0));

    let status = line.line_status.as_ref().expect("lineStatus");
    assert_eq!(status.status.as_deref(), Some("IDLE"));
    assert_eq!(status.is_line_available, Some(true));
    assert_eq!(status.hint, None);
    assert!(status.occupied_job_list.is_empty());
}

#[test]
fn list_tolerates_string_numbers_nulls_and_new_enum_values() {
    let d = decode_response::<List>(
        200,
        &envelope(json!([{
            "callPolicyGroupId": "62",
            "dispatchType": "ROUND_ROBIN",
            "detailList": [{
                "sort": "2",
                "phoneNumberInfo": {"localBillRate": "230", "callInBillMode": "FREE", "enabledStatus": "0"},
                "lineStatus": {"occupiedJobList": [{"robotCallJobId": 1}]}
            }]
        }, {"detailList": null, "dispatchType": null}])),
    )
    .unwrap();
    let g = &d.data[0];
    assert_eq!(g.call_policy_group_id, Some(62));
    assert_eq!(
        g.dispatch_type,
        Some(DispatchType::Unknown("ROUND_ROBIN".into()))
    );
    let line = &g.detail_list[0];
    assert_eq!(line.sort, Some(2));
    let info = line.phone_number_info.as_ref().unwrap();
    assert_eq!(info.local_bill_rate, Some(230));
    assert_eq!(info.enabled_status, Some(0));
    assert_eq!(
        info.call_in_bill_mode,
        Some(CallInBillMode::Unknown("FREE".into()))
    );
    assert_eq!(
        line.line_status.as_ref().unwrap().occupied_job_list,
        vec![json!({"robotCallJobId": 1})]
    );
    assert!(d.data[1].detail_list.is_empty());
    assert_eq!(d.data[1].dispatch_type, None);
}

#[test]
fn list_rejects_non_numeric_ids_at_any_depth() {
    for (data, field) in [
        (
            json!([{"callPolicyGroupId": "sixty-two"}]),
            "data[0].callPolicyGroupId",
        ),
        (
            json!([{"detailList": [{"tenantPhoneNumberId": true}]}]),
            "data[0].detailList[0].tenantPhoneNumberId",
        ),
        (
            json!([{"detailList": [{"phoneNumberInfo": {"ownerTenantId": "0x1"}}]}]),
            "data[0].detailList[0].phoneNumberInfo.ownerTenantId",
        ),
    ] {
        let e = decode_response::<List>(200, &envelope(data.clone())).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Decode, "{data}");
        assert_eq!(e.field.as_deref(), Some(field), "{data}");
    }
}

#[test]
fn list_results_serialize_back_with_camel_case_keys() {
    let d = decode_response::<List>(200, &fixture("policyGroup", "list.response.json")).unwrap();
    let v = serde_json::to_value(&d.data[0]).unwrap();
    assert_eq!(v["dispatchType"], "LOCATION_MATCH_FIRST");
    assert_eq!(
        v["detailList"][0]["phoneNumberInfo"]["callInBillMode"],
        "MONTHLY"
    );
    assert_eq!(v["detailList"][0]["lineStatus"]["isLineAvailable"], true);
    assert!(v.get("remark").is_none(), "null fields are left out");
}
