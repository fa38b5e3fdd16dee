//! Every result is decoded by its schema (`Operation::SCHEMA`: what the
//! shipped module decodes with, through `decode_json`) exactly as the serde
//! types decode it (`decode_response`, the Rust API): the same JSON, key
//! order included, or an error of the same kind at the same field. Checked
//! for every endpoint of both APIs on the docs' example and on thousands of
//! seeded mutations of it, through the shipped path (streaming first, then
//! the tree decoder) and through the tree decoder alone.

mod common;

use common::mutation::{positions, variant, Rng};
use serde_json::{json, Value};
use std::path::Path;
use yiwise_rongzi::error::Error;
use yiwise_rongzi::rongzi::operation as rz;
use yiwise_rongzi::transcode::{schema::Node, tree};
use yiwise_rongzi::yiwise::api::*;
use yiwise_rongzi::yiwise::operation as yw;

const STRINGS: &[&str] = &[
    "",
    " ",
    "abc",
    "1",
    "0",
    "2",
    "-1",
    " 7 ",
    "1e400",
    "1.5",
    "9007199254740993",
    "true",
    "false",
    "null",
    "IN_PROCESS",
    "ANSWERED",
    "INTENT",
    "MOBILE",
    "长长的中文",
    "😀",
    "\u{0}",
    "eyJhbGciOiJIUzUxMiJ9.eyJzdWIiOiIxNjExIn0.c2ln",
    "Bearer eyJhbGciOiJIUzUxMiJ9.eyJzdWIiOiIxNjExIn0.c2ln",
];

/// What a decoding gave: the result (normalized), or the error's kind and field.
#[derive(Debug, PartialEq)]
enum Outcome {
    Data(String),
    Failed(String, Option<String>),
}

fn data(v: Value) -> Outcome {
    Outcome::Data(common::normalize_numbers(v).to_string())
}

fn json_text(text: &str) -> Outcome {
    assert!(text.is_ascii(), "schema decoding writes ASCII only: {text}");
    data(serde_json::from_str(text).expect("schema decoding writes JSON"))
}

fn failed(e: &Error) -> Outcome {
    Outcome::Failed(format!("{:?}", e.kind), e.field.clone())
}

fn agree(path: &str, how: &str, schema: &Outcome, serde: &Outcome, body: &str) {
    assert_eq!(
        schema, serde,
        "{path}: {how} and the serde types disagree on\n{body}"
    );
}

/// Checks one Yiwise body; true when the result was data (not an error).
fn yiwise_case<O: yw::Operation>(status: u16, body: &str) -> bool {
    let serde = match yw::decode_response::<O>(status, body) {
        Ok(d) => data(serde_json::to_value(&d.data).unwrap()),
        Err(e) => failed(&e),
    };
    let shipped = match yw::decode_json::<O>(status, body) {
        Ok(d) => json_text(&d.json),
        Err(e) => failed(&e),
    };
    agree(O::PATH, "decode_json", &shipped, &serde, body);
    // The tree decoder alone (the streaming pass answers most bodies first).
    let ep = yw::endpoint_name::<O>();
    if let Ok(env) = yiwise_rongzi::yiwise::envelope::open(&ep, status, body) {
        let tree = match tree::decode(O::SCHEMA, &env.data) {
            Ok(d) => json_text(&d.json),
            Err(f) => Outcome::Failed("Decode".into(), Some(data_field(&f.path))),
        };
        agree(O::PATH, "the tree decoder", &tree, &serde, body);
    }
    matches!(serde, Outcome::Data(_))
}

/// Checks one Rongzi body (the token too); true when the result was data.
fn rongzi_case<O: rz::Operation>(status: u16, body: &str) -> bool {
    let (serde, token) = match rz::decode_response::<O>(status, body) {
        Ok(d) => (
            data(serde_json::to_value(&d.data).unwrap()),
            O::token(&d.data).map(str::to_string),
        ),
        Err(e) => (failed(&e), None),
    };
    let shipped = match rz::decode_json::<O>(status, body) {
        Ok((json, t)) => {
            assert_eq!(t, token, "{}: the token differs for {body}", O::PATH);
            json_text(&json)
        }
        Err(e) => failed(&e),
    };
    agree(O::PATH, "decode_json", &shipped, &serde, body);
    let ep = rz::endpoint_name::<O>();
    if let Ok(mut env) = yiwise_rongzi::rongzi::envelope::open(&ep, status, body, !O::AUTH) {
        O::prepare_data(&mut env.data);
        let tree = match tree::decode(O::SCHEMA, &env.data) {
            Ok(d) => json_text(&d.json),
            Err(f) => Outcome::Failed("Decode".into(), Some(data_field(&f.path))),
        };
        agree(O::PATH, "the tree decoder", &tree, &serde, body);
    }
    matches!(serde, Outcome::Data(_))
}

fn data_field(path: &str) -> String {
    if path.is_empty() {
        "data".into()
    } else if path.starts_with('[') {
        format!("data{path}")
    } else {
        format!("data.{path}")
    }
}

/// The docs' example response of `api`'s endpoint `path`, or an empty success.
fn example(api: &str, path: &str, success: Value) -> Value {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(api)
        .join(format!("{path}.response.json"));
    match std::fs::read_to_string(&file) {
        Ok(text) => serde_json::from_str(&text).unwrap(),
        Err(_) => success,
    }
}

const CASES: usize = 400;

/// What every position of an example is replaced with in turn: each form
/// some lenient rule accepts, rejects or rewrites.
fn probes() -> Vec<Value> {
    vec![
        json!(null),
        json!(""),
        json!(" 7 "),
        json!("1.5"),
        json!("x"),
        json!("true"),
        json!("2"),
        json!(0),
        json!(1),
        json!(2),
        json!(-3),
        json!(1.5),
        json!(4.0),
        json!(1e300),
        json!(18446744073709551615u64),
        json!(true),
        json!(false),
        json!([]),
        json!(["a", 1]),
        json!([{}]),
        json!({}),
        json!({"k": null, "a": "1"}),
    ]
}

/// The example as it is, then `CASES` seeded mutations of it; the examples
/// of other endpoints (`others`) are mixed in, so every shape meets foreign data.
fn run<F: Fn(u16, &str) -> bool>(
    name: &str,
    example: Value,
    others: &[Value],
    seed: u64,
    check: F,
) {
    assert!(
        check(200, &example.to_string()),
        "{name}: the docs' example must decode"
    );
    // Systematically: every position of the example, replaced by every probe.
    let mut at = Vec::new();
    positions(&example, String::new(), &mut at);
    for pointer in at.iter().filter(|p| !p.is_empty()) {
        for probe in probes() {
            let mut v = example.clone();
            if let Some(slot) = v.pointer_mut(pointer) {
                *slot = probe;
            }
            check(200, &v.to_string());
        }
    }
    // Then randomly: several changes at once, foreign data, error statuses.
    let mut rng = Rng(seed | 1);
    let mut ok = 0;
    for i in 0..CASES {
        let v = variant(&example, others, i, &mut rng, STRINGS);
        let status = if i % 16 == 15 { 500 } else { 200 };
        ok += usize::from(check(status, &v.to_string()));
    }
    // Mutations that change one field often leave a valid result: both
    // paths must keep agreeing on data, not only on errors.
    assert!(ok > 0, "{name}: no mutated body decoded");
}

macro_rules! yiwise_all {
    ($($op:ty),+ $(,)?) => {{
        let examples: Vec<Value> = vec![$(example("yiwise", <$op as yw::Operation>::PATH, json!({"code": 200, "data": {}}))),+];
        let mut seed = 0x5C4E_0000_u64;
        $(
            seed += 1;
            run(
                <$op as yw::Operation>::PATH,
                example("yiwise", <$op as yw::Operation>::PATH, json!({"code": 200, "data": {}})),
                &examples,
                seed,
                yiwise_case::<$op>,
            );
            check_names(<$op as yw::Operation>::SCHEMA);
        )+
    }};
}

macro_rules! rongzi_all {
    ($($op:ty),+ $(,)?) => {{
        let examples: Vec<Value> = vec![$(example("rongzi", <$op as rz::Operation>::PATH, json!({"code": 0, "data": null}))),+];
        let mut seed = 0x5C4E_1000_u64;
        $(
            seed += 1;
            run(
                <$op as rz::Operation>::PATH,
                example("rongzi", <$op as rz::Operation>::PATH, json!({"code": 0, "data": null})),
                &examples,
                seed,
                rongzi_case::<$op>,
            );
            check_names(<$op as rz::Operation>::SCHEMA);
        )+
    }};
}

/// Field names are written without escaping: they must be plain identifiers,
/// and a shape has at most 64 fields (the streaming decoder's bit sets).
fn check_names(node: &Node) {
    match node {
        Node::List(item)
        | Node::ListOrEmpty(item)
        | Node::OneOrList(item)
        | Node::Map(item)
        | Node::StrictMap(item)
        | Node::Opt(item) => check_names(item),
        Node::Object(shape) => {
            assert!(shape.fields.len() <= 64);
            for f in shape.fields {
                assert!(
                    !f.name.is_empty()
                        && f.name
                            .bytes()
                            .all(|b| b.is_ascii_alphanumeric() || b == b'_'),
                    "{}",
                    f.name
                );
                check_names(&f.node);
            }
        }
        _ => {}
    }
}

#[test]
fn every_yiwise_result_decodes_by_its_schema_as_by_its_type() {
    common::yiwise_operations!(yiwise_all!());
}

#[test]
fn every_rongzi_result_decodes_by_its_schema_as_by_its_type() {
    common::rongzi_operations!(rongzi_all!());
}

#[test]
fn the_positional_form_and_quirky_values_agree() {
    // serde's positional struct form, wrong and lenient scalars, maps with
    // nulls: forms the examples do not have.
    let tenant = [
        json!([]),
        json!([7, "t"]),
        json!([7, "t", 1]),
        json!(["x"]),
        json!({"tenantId": 1e300}),
        json!({"tenantId": "  42 "}),
        json!({"tenantId": 4.0, "tenantName": 1.5}),
        json!({"tenantId": true}),
        json!({"tenantName": [1]}),
        json!(null),
        json!("x"),
    ];
    for d in tenant {
        yiwise_case::<tenant::GetTenant>(200, &common::envelope(d));
    }
    let stats = [
        json!({"intentLevel": {"A": "3", "B": null, "C": ""}, "customerConcern": {"b": 1, "a": null}}),
        json!({"intentLevel": {"A": "x"}}),
        json!({"customerConcern": ["a", 1]}),
        json!({"customerConcern": "a"}),
        json!({"taskProgress": "0.5", "answeredRate": " "}),
        json!({"taskProgress": "abc"}),
    ];
    for d in stats {
        yiwise_case::<job::GetJobStats>(200, &common::envelope(d));
    }
    let executed = [
        json!(null),
        json!({"robotCallJobId": 1}),
        json!([{"robotCallJobId": 1}, {"robotCallJobId": "x"}]),
        json!([null]),
        json!(3),
    ];
    for d in executed {
        yiwise_case::<job::ExecuteJobs>(200, &common::envelope(d));
    }
    let infos = [json!({"a": {"taskTotal": 1}, "b": null}), json!({"a": []})];
    for d in infos {
        yiwise_case::<job::GetJobStatsInfoList>(200, &common::envelope(d));
    }
    let chats = [json!({"callCostStatsPhoneNumberChat": {"a": null, "b": [{"local": 1}]}})];
    for d in chats {
        yiwise_case::<call_stats::CallCostStatsInfo>(200, &common::envelope(d));
    }
}

/// Checks one callback body: the shipped JSON path against the typed one.
fn callback_case(body: &str) -> bool {
    use yiwise_rongzi::yiwise::callback::{parse_callback, parse_callback_json};
    let serde = match parse_callback(body) {
        Ok(cb) => data(serde_json::to_value(&cb).unwrap()),
        Err(e) => failed(&e),
    };
    let shipped = match parse_callback_json(body) {
        Ok(json) => json_text(&json),
        Err(e) => failed(&e),
    };
    agree("callback", "parse_callback_json", &shipped, &serde, body);
    matches!(serde, Outcome::Data(_))
}

#[test]
fn every_callback_decodes_by_its_schema_as_by_its_type() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/yiwise/callback");
    let examples: Vec<Value> = ["ROBOT_CALL_RECORD", "ROBOT_CALL_JOB", "ROBOT_CALL_SMS"]
        .iter()
        .map(|name| {
            let text = std::fs::read_to_string(dir.join(format!("{name}.json"))).unwrap();
            serde_json::from_str(&text).unwrap()
        })
        .collect();
    let mut seed = 0x5C4E_2000_u64;
    for example in &examples {
        seed += 1;
        run("callback", example.clone(), &examples, seed, |_, body| {
            callback_case(body)
        });
    }
    // The callbacks' own quirks: one string for a list, JSON text for an
    // object, the 2018 name of the dialogue, an unknown type kept raw.
    for data in [
        json!({"customerConcern": "价格", "attributes": "", "properties": "{\"a\":1,\"b\":null}"}),
        json!({"customerConcern": ["a", null, 2, [1]]}),
        json!({"properties": "not json"}),
        json!({"properties": "[1]"}),
        json!({"properties": "{\"a\":[1]}"}),
        json!({"properties": {"b": "1", "a": 2, "c": null}}),
        json!({"robotCallDetailList": [{"text": "hi", "type": "AI"}]}),
        json!({"robotCallDetailList": [], "callDetailList": []}),
    ] {
        callback_case(&json!({"dataType": "ROBOT_CALL_RECORD", "data": data}).to_string());
    }
    assert!(callback_case(
        &json!({"dataType": "NEW_KIND", "data": {"x": [1, "二"]}}).to_string()
    ));
    for body in [
        "",
        "[]",
        "{\"dataType\":1}",
        "{\"dataType\":\"ROBOT_CALL_JOB\"}",
    ] {
        assert!(!callback_case(body), "{body}");
    }
}
