//! `dialogFlow/*`: the docs' examples parse, validate, build and decode; constraints are enforced.

use serde_json::{json, Value};
use yiwise_rongzi::empty::NoParams;
use yiwise_rongzi::http::Method;
use yiwise_rongzi::yiwise::api::dialog_flow::{
    ExportDialogFlowWordDoc, GetDialogFlowCallJobRelatedInfo, GetDialogFlowList,
};
use yiwise_rongzi::yiwise::enums::{DialogFlowStatus, Industry, SubIndustry};
use yiwise_rongzi::yiwise::operation::{build_request, decode_response, parse_params, Operation};
use yiwise_rongzi::ErrorKind;

mod common;
use common::*;

#[test]
fn get_dialog_flow_list_takes_no_params_and_is_a_bare_get() {
    assert_eq!(GetDialogFlowList::METHOD, Method::Get);
    parse_params::<GetDialogFlowList>(Value::Null).unwrap();
    parse_params::<GetDialogFlowList>(json!({})).unwrap();
    let req = build_request::<GetDialogFlowList>(&config(), &NoParams, 0).unwrap();
    assert_eq!(
        req.url,
        "https://openapi.example.test/apiOpen/v1/dialogFlow/getDialogFlowList"
    );
    assert_eq!(req.body, None);
    let got = issues::<GetDialogFlowList>(json!({"dialogFlowId": 1}));
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "dialogFlowId");
    assert!(got[0].1.contains("takes none"), "{got:?}");
}

#[test]
fn get_dialog_flow_list_decodes_the_dialog_flow_md_example() {
    let d = decode_response::<GetDialogFlowList>(
        200,
        &fixture("dialogFlow", "getDialogFlowList.response.json"),
    )
    .unwrap();
    assert_eq!(d.request_id.as_deref(), Some("VCWAHVEJ"));
    assert_eq!(d.data.len(), 1);
    let f = &d.data[0];
    assert_eq!(f.dialog_flow_id, Some(1));
    assert_eq!(f.name.as_deref(), Some("话术标题"));
    assert_eq!(f.intent_level_tag_id, Some(0));
    assert_eq!(f.status, Some(DialogFlowStatus::Approved));
    assert_eq!(f.create_time.as_deref(), Some("2019-04-24 20:28:17"));
    assert_eq!((f.industry.as_ref(), f.sub_industry.as_ref()), (None, None));
}

#[test]
fn get_dialog_flow_list_decodes_the_tenant_md_example() {
    let d = decode_response::<GetDialogFlowList>(
        200,
        &fixture("dialogFlow", "getDialogFlowList.tenant.response.json"),
    )
    .unwrap();
    let ids: Vec<_> = d.data.iter().map(|f| f.dialog_flow_id).collect();
    assert_eq!(ids, [Some(96), Some(136)]);
    assert_eq!(d.data[1].name.as_deref(), Some("测试变量"));
    assert_eq!(d.data[0].status, None);
}

#[test]
fn get_dialog_flow_list_keeps_industries_and_unknown_statuses() {
    let body = envelope(json!([{
        "dialogFlowId": "7", "industry": "FINANCE", "subIndustry": "FINICING", "status": "ARCHIVED"
    }]));
    let f = &decode_response::<GetDialogFlowList>(200, &body)
        .unwrap()
        .data[0];
    assert_eq!(f.dialog_flow_id, Some(7), "a string-encoded id is accepted");
    assert_eq!(f.industry, Some(Industry::Finance));
    assert_eq!(f.sub_industry, Some(SubIndustry::from_wire("FINICING")));
    assert!(f.sub_industry.as_ref().unwrap().is_known());
    assert_eq!(f.status, Some(DialogFlowStatus::Unknown("ARCHIVED".into())));
}

#[test]
fn get_dialog_flow_list_rejects_a_non_numeric_id() {
    let body = envelope(json!([{"dialogFlowId": "abc"}]));
    let e = decode_response::<GetDialogFlowList>(200, &body).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Decode);
    assert_eq!(e.field.as_deref(), Some("data[0].dialogFlowId"), "{e}");
}

#[test]
fn call_job_related_info_docs_request_parses_and_builds_a_query() {
    let p = parse_params::<GetDialogFlowCallJobRelatedInfo>(fixture_json(
        "dialogFlow",
        "getDialogFlowCallJobRelatedInfo.request.json",
    ))
    .unwrap();
    assert_eq!(p.dialog_flow_id, 0);
    let p =
        parse_params::<GetDialogFlowCallJobRelatedInfo>(json!({"dialogFlowId": "358"})).unwrap();
    let req = build_request::<GetDialogFlowCallJobRelatedInfo>(&config(), &p, 0).unwrap();
    assert_eq!(req.method, Method::Get);
    assert_eq!(
        req.url,
        "https://openapi.example.test/apiOpen/v1/dialogFlow/getDialogFlowCallJobRelatedInfo?dialogFlowId=358"
    );
    assert_eq!(req.body, None);
}

#[test]
fn call_job_related_info_decodes_the_docs_example() {
    let d = decode_response::<GetDialogFlowCallJobRelatedInfo>(
        200,
        &fixture(
            "dialogFlow",
            "getDialogFlowCallJobRelatedInfo.response.json",
        ),
    )
    .unwrap();
    assert_eq!(d.request_id.as_deref(), Some("QKFCMKOY"));
    let i = d.data;
    assert_eq!(i.dialog_flow_id, Some(358));
    assert_eq!(i.placeholder_exist, Some(true));
    assert_eq!(i.jump_to_human_service_exist, Some(false));
    assert_eq!(i.human_intervention_exist, Some(false));
}

#[test]
fn call_job_related_info_accepts_string_numbers_and_rejects_bad_ids() {
    let body = envelope(json!({"dialogFlowId": "358", "placeholderExist": "true"}));
    let i = decode_response::<GetDialogFlowCallJobRelatedInfo>(200, &body)
        .unwrap()
        .data;
    assert_eq!(
        (i.dialog_flow_id, i.placeholder_exist),
        (Some(358), Some(true))
    );
    let body = envelope(json!({"dialogFlowId": "x358"}));
    let e = decode_response::<GetDialogFlowCallJobRelatedInfo>(200, &body).unwrap_err();
    assert_eq!(
        (e.kind, e.field.as_deref()),
        (ErrorKind::Decode, Some("data.dialogFlowId"))
    );
}

/// Runs the same param checks against both endpoints that take `{ dialogFlowId }`.
fn dialog_flow_id_errors(params: Value) -> Vec<(String, String)> {
    let a = issues::<GetDialogFlowCallJobRelatedInfo>(params.clone());
    let b = issues::<ExportDialogFlowWordDoc>(params);
    assert_eq!(a, b);
    a
}

#[test]
fn dialog_flow_id_params_are_checked() {
    let cases: [(Value, &str, &str); 6] = [
        (json!({}), "dialogFlowId", "is required"),
        (Value::Null, "dialogFlowId", "is required"),
        (json!({"dialogFlowId": null}), "dialogFlowId", "null"),
        (json!({"dialogFlowId": -1}), "dialogFlowId", "non-negative"),
        (json!({"dialogFlowId": "abc"}), "dialogFlowId", "integer"),
        (
            json!({"dialogFlowId": 1, "dialogFlowID": 1}),
            "dialogFlowID",
            "not a parameter",
        ),
    ];
    for (params, field, msg) in cases {
        let got = dialog_flow_id_errors(params.clone());
        assert_eq!(got.len(), 1, "{params}: {got:?}");
        assert_eq!(got[0].0, field, "{params}");
        assert!(got[0].1.contains(msg), "{params}: {}", got[0].1);
    }
}

#[test]
fn export_word_doc_docs_request_parses_and_builds_a_query() {
    let p = parse_params::<ExportDialogFlowWordDoc>(fixture_json(
        "dialogFlow",
        "exportDialogFlowWordDoc.request.json",
    ))
    .unwrap();
    assert_eq!(p.dialog_flow_id, 0);
    let p = parse_params::<ExportDialogFlowWordDoc>(json!({"dialogFlowId": 1608})).unwrap();
    let req = build_request::<ExportDialogFlowWordDoc>(&config(), &p, 0).unwrap();
    assert_eq!(req.method, Method::Get);
    assert_eq!(
        req.url,
        "https://openapi.example.test/apiOpen/v1/dialogFlow/exportDialogFlowWordDoc?dialogFlowId=1608"
    );
}

#[test]
fn export_word_doc_returns_the_download_url_as_is() {
    let d = decode_response::<ExportDialogFlowWordDoc>(
        200,
        &fixture("dialogFlow", "exportDialogFlowWordDoc.response.json"),
    )
    .unwrap();
    assert_eq!(
        d.data,
        "https://ai-call-platform-daily.oss-cn-hangzhou.aliyuncs.com/DialogFlowWordFile/dialogFlow_1608.doc?Expires=1559704998&OSSAccessKeyId=LTAICuX7MOmHW6Oy&Signature=2ABiu1yf8VbGc%2B6rIO%2FUPFcQJCs%3D"
    );
}

#[test]
fn export_word_doc_without_a_url_is_a_decode_error() {
    for data in [Value::Null, json!({"url": "x"})] {
        let e =
            decode_response::<ExportDialogFlowWordDoc>(200, &envelope(data.clone())).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Decode, "{data}");
        assert_eq!(e.field.as_deref(), Some("data"), "{data}");
    }
}
