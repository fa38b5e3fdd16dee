//! `intentLevelTag/*`: the docs' examples parse, validate, build and decode; constraints are enforced.

use serde_json::{json, Value};
use yiwise_rongzi::empty::NoParams;
use yiwise_rongzi::http::Method;
use yiwise_rongzi::yiwise::api::intent_level_tag::{GetIntentLevelTag, GetUsedIntentLevelTagList};
use yiwise_rongzi::yiwise::operation::{build_request, decode_response, parse_params, Operation};
use yiwise_rongzi::ErrorKind;

mod common;
use common::*;

#[test]
fn used_list_takes_no_params_and_is_a_bare_get() {
    assert_eq!(GetUsedIntentLevelTagList::METHOD, Method::Get);
    parse_params::<GetUsedIntentLevelTagList>(json!({})).unwrap();
    let req = build_request::<GetUsedIntentLevelTagList>(&config(), &NoParams, 0).unwrap();
    assert_eq!(
        req.url,
        "https://openapi.example.test/apiOpen/v1/intentLevelTag/getUsedIntentLevelTagList"
    );
    assert_eq!(req.body, None);
    let e = parse_params::<GetUsedIntentLevelTagList>(json!({"intentLevelTagId": 0})).unwrap_err();
    assert_eq!(
        (e.kind, e.field.as_deref()),
        (ErrorKind::Validation, Some("intentLevelTagId"))
    );
}

#[test]
fn used_list_decodes_the_docs_example() {
    let d = decode_response::<GetUsedIntentLevelTagList>(
        200,
        &fixture("intentLevelTag", "getUsedIntentLevelTagList.response.json"),
    )
    .unwrap();
    assert_eq!(d.request_id.as_deref(), Some("VCWAHVEJ"));
    let got: Vec<_> = d
        .data
        .iter()
        .map(|g| (g.intent_level_tag_id, g.name.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (Some(0), Some("内置意向分类标签")),
            (Some(1), Some("自定义标签分组"))
        ]
    );
}

#[test]
fn used_list_accepts_string_ids_and_rejects_non_numeric_ones() {
    let d = decode_response::<GetUsedIntentLevelTagList>(
        200,
        &envelope(json!([{"intentLevelTagId": "12", "name": 5}])),
    )
    .unwrap();
    assert_eq!(d.data[0].intent_level_tag_id, Some(12));
    assert_eq!(d.data[0].name.as_deref(), Some("5"));
    let e = decode_response::<GetUsedIntentLevelTagList>(
        200,
        &envelope(json!([{"intentLevelTagId": 1}, {"intentLevelTagId": "one"}])),
    )
    .unwrap_err();
    assert_eq!(e.kind, ErrorKind::Decode);
    assert_eq!(e.field.as_deref(), Some("data[1].intentLevelTagId"), "{e}");
}

#[test]
fn get_intent_level_tag_docs_request_parses_and_builds_a_query() {
    let params = fixture_json("intentLevelTag", "getIntentLevelTag.request.json");
    let p = parse_params::<GetIntentLevelTag>(params).unwrap();
    assert_eq!(p.intent_level_tag_id, 0);
    let req = build_request::<GetIntentLevelTag>(&config(), &p, 0).unwrap();
    assert_eq!(req.method, Method::Get);
    assert_eq!(
        req.url,
        "https://openapi.example.test/apiOpen/v1/intentLevelTag/getIntentLevelTag?intentLevelTagId=0"
    );
    assert_eq!(req.body, None);
    let p = parse_params::<GetIntentLevelTag>(json!({"intentLevelTagId": "7"})).unwrap();
    assert_eq!(p.intent_level_tag_id, 7, "a numeric string is accepted");
}

#[test]
fn get_intent_level_tag_decodes_the_docs_example() {
    let d = decode_response::<GetIntentLevelTag>(
        200,
        &fixture("intentLevelTag", "getIntentLevelTag.response.json"),
    )
    .unwrap();
    assert_eq!(d.request_id.as_deref(), Some("ILNBEQJF"));
    let t = d.data;
    assert_eq!(t.intent_level_tag_id, Some(0));
    assert_eq!(t.name.as_deref(), Some("内置意向分类标签"));
    let levels: Vec<_> = t
        .details
        .iter()
        .map(|l| (l.code.unwrap(), l.name.clone().unwrap()))
        .collect();
    assert_eq!(
        levels,
        [
            (0, "A类"),
            (1, "B类"),
            (2, "C类"),
            (3, "D类"),
            (4, "E类"),
            (5, "F类")
        ]
        .map(|(c, n)| (c, n.to_string()))
    );
}

#[test]
fn get_intent_level_tag_tolerates_null_details_and_string_codes() {
    let t = decode_response::<GetIntentLevelTag>(
        200,
        &envelope(json!({"intentLevelTagId": "3", "details": null})),
    )
    .unwrap()
    .data;
    assert_eq!((t.intent_level_tag_id, t.details.len()), (Some(3), 0));
    let t = decode_response::<GetIntentLevelTag>(
        200,
        &envelope(json!({"details": [{"code": "2", "name": "好"}]})),
    )
    .unwrap()
    .data;
    assert_eq!(t.details[0].code, Some(2));
}

#[test]
fn get_intent_level_tag_rejects_a_non_numeric_id_or_code() {
    for (data, field) in [
        (json!({"intentLevelTagId": "x"}), "data.intentLevelTagId"),
        (json!({"details": [{"code": 1.5}]}), "data.details[0].code"),
    ] {
        let e = decode_response::<GetIntentLevelTag>(200, &envelope(data.clone())).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Decode, "{data}");
        assert_eq!(e.field.as_deref(), Some(field), "{data}");
    }
}

#[test]
fn get_intent_level_tag_params_are_checked() {
    let cases: [(Value, &str, &str); 5] = [
        (json!({}), "intentLevelTagId", "is required"),
        (
            json!({"intentLevelTagId": -1}),
            "intentLevelTagId",
            "non-negative",
        ),
        (
            json!({"intentLevelTagId": "A"}),
            "intentLevelTagId",
            "integer",
        ),
        (
            json!({"intentLevelTagId": 0.5}),
            "intentLevelTagId",
            "integer",
        ),
        (
            json!({"intentLevelTagId": 0, "tagId": 0}),
            "tagId",
            "not a parameter",
        ),
    ];
    for (params, field, msg) in cases {
        let got = issues::<GetIntentLevelTag>(params.clone());
        assert_eq!(got.len(), 1, "{params}: {got:?}");
        assert_eq!(got[0].0, field, "{params}");
        assert!(got[0].1.contains(msg), "{params}: {got:?}");
    }
}
