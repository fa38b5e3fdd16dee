//! The shipped module decodes the caller's params by their schema
//! (`Operation::PARAMS`, `transcode::params`) and sends what it decodes;
//! the serde types are the reference. Checked here, on the docs' request
//! examples with every position replaced by every probe (values that pass
//! as well as values that fail) and on seeded mutations:
//! - the schema decoder accepts what serde accepts, giving the JSON the
//!   typed params serialise to (and `Canonical` the same typed params), and
//!   refuses the rest with serde's message at the same field;
//! - `wire_params` (the whole path: decoding, checks, wire) gives what
//!   `parse_params` + `Operation::wire` give: the same JSON text, key order
//!   included, or the same error;
//! - the hand-written wires are the typed serialisation.

mod common;

use common::mutation::{positions, variant, Rng};
use serde_json::{json, Value};
use std::path::Path;
use yiwise_rongzi::rongzi::operation as rz;
use yiwise_rongzi::transcode::schema::Node;
use yiwise_rongzi::yiwise::operation as yw;

const STRINGS: &[&str] = &[
    "",
    " ",
    "abc",
    "1",
    " 7 ",
    "-1",
    "1.5",
    "1e3",
    "09:00",
    "20:00",
    "2019-04-30",
    "2019-04-30 09:00:00",
    "AUTO",
    "MANUAL",
    "MOBILE",
    "A",
    "true",
    "长长的中文",
    "\u{0}",
];

/// Values that a lenient field accepts in several forms, and some it refuses.
fn probes() -> Vec<Value> {
    vec![
        json!(null),
        json!(""),
        json!(" "),
        json!("x"),
        json!("7"),
        json!(" 7 "),
        json!("7.0"),
        json!(7),
        json!(7.0),
        json!(-3),
        json!(1.5),
        json!(1e3),
        json!(true),
        json!("true"),
        json!(0),
        json!([]),
        json!([7, "8"]),
        json!(["A", "B"]),
        json!({}),
        json!({"k": "v", "a": "b"}),
        json!("中文"),
    ]
}

/// The docs' request example, or (for the endpoints the docs give none)
/// the required fields of the schema with plain values.
fn example(api: &str, path: &str, schema: Option<&Node>) -> Value {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(api)
        .join(format!("{path}.request.json"));
    match std::fs::read_to_string(&file) {
        // A fixture of the wire form where the params are an object
        // (`job/getJobStatsInfoList`: the bare list) gives way to a sample.
        Ok(text) => match (serde_json::from_str::<Value>(&text).unwrap(), schema) {
            (v, Some(node @ Node::Object(_))) if !v.is_object() => sample(node),
            (v, _) => v,
        },
        Err(_) => schema.map_or(json!({}), sample),
    }
}

fn sample(node: &Node) -> Value {
    match node {
        Node::Int => json!(1),
        Node::List(item) => json!([sample(item)]),
        Node::Object(shape) => Value::Object(
            shape
                .fields
                .iter()
                .filter(|f| f.required)
                .map(|f| (f.name.to_string(), sample(&f.node)))
                .collect(),
        ),
        _ => json!("x"),
    }
}

/// Counts of params checked, per outcome.
#[derive(Default)]
struct Tally {
    accepted: usize,
    refused: usize,
}

/// Compares the two ways of building the wire for `v`.
fn agree<P>(
    name: &str,
    v: &Value,
    typed: Result<P, yiwise_rongzi::Error>,
    reference: impl Fn(&P) -> Value,
    ours: Result<Value, yiwise_rongzi::Error>,
    tally: &mut Tally,
) {
    match (typed, ours) {
        (Ok(p), Ok(wire)) => {
            assert_eq!(
                wire.to_string(),
                reference(&p).to_string(),
                "{name}: different wire JSON for {v}"
            );
            tally.accepted += 1;
        }
        (Err(a), Err(b)) => {
            assert_eq!(
                (a.kind, a.field, a.message),
                (b.kind, b.field, b.message),
                "{name}: different errors for {v}"
            );
            tally.refused += 1;
        }
        (a, b) => panic!(
            "{name}: one accepts, the other refuses {v}: {:?} / {:?}",
            a.err(),
            b.err()
        ),
    }
}

/// Every probe at every position of the example, then seeded mutations.
fn inputs(example: &Value, others: &[Value], seed: u64) -> Vec<Value> {
    let mut out = vec![example.clone(), json!(null), json!({})];
    let mut at = Vec::new();
    positions(example, String::new(), &mut at);
    for pointer in at.iter().filter(|p| !p.is_empty()) {
        for probe in probes() {
            let mut v = example.clone();
            if let Some(slot) = v.pointer_mut(pointer) {
                *slot = probe;
            }
            out.push(v);
        }
    }
    let mut rng = Rng(seed | 1);
    for i in 0..300 {
        out.push(variant(example, others, i, &mut rng, STRINGS));
    }
    out
}

macro_rules! all {
    ($api:literal, $module:ident, $($op:ty),+ $(,)?) => {{
        use $module::Operation as Op;
        let examples: Vec<Value> = vec![$(example($api, <$op as Op>::PATH, <$op as Op>::PARAMS)),+];
        let mut seed = 0x3172_0000_u64;
        let mut with_schema = 0;
        $(
            seed += 1;
            if <$op as Op>::PARAMS.is_some() {
                with_schema += 1;
                let name = <$op as Op>::PATH;
                let mut tally = Tally::default();
                for v in inputs(&example($api, name, <$op as Op>::PARAMS), &examples, seed) {
                    agree(
                        name,
                        &v,
                        $module::parse_params::<$op>(v.clone()),
                        <$op as Op>::wire,
                        $module::wire_params::<$op>(v.clone()),
                        &mut tally,
                    );
                }
                // The probes must reach the wire, not only the refusals.
                assert!(
                    tally.accepted >= 3 && tally.refused >= 10,
                    "{name}: {} accepted and {} refused params",
                    tally.accepted,
                    tally.refused
                );
            }
        )+
        with_schema
    }};
}

#[test]
fn yiwise_wire_json_by_schema_is_what_the_typed_params_serialise_to() {
    let n = common::yiwise_operations!(all!("yiwise", yw,));
    // Every endpoint.
    assert_eq!(n, 44);
}

#[test]
fn rongzi_wire_json_by_schema_is_what_the_typed_params_serialise_to() {
    let n = common::rongzi_operations!(all!("rongzi", rz,));
    // All but `account/login`.
    assert_eq!(n, 8);
}

#[test]
fn a_params_schema_that_disagrees_with_its_type_is_an_error_not_a_panic() {
    use yiwise_rongzi::http::Method;
    use yiwise_rongzi::transcode::schema::{Field, Shape};
    // `robotCallJobId` is an integer in the type, a string in this schema.
    static WRONG: Shape = Shape {
        fields: &[Field::required("robotCallJobId", Node::Text)],
        trim_keys: false,
    };
    struct Wrong;
    impl yw::Operation for Wrong {
        const PATH: &'static str = "job/start";
        const METHOD: Method = Method::Post;
        type Params = yiwise_rongzi::yiwise::api::job::JobStartParams;
        type Output = serde_json::Value;
        const SCHEMA: &'static Node = &Node::Any;
        const PARAMS: Option<&'static Node> = Some(&Node::Object(&WRONG));
    }
    let e = yw::wire_params::<Wrong>(json!({"robotCallJobId": "x"})).unwrap_err();
    assert_eq!(e.kind, yiwise_rongzi::ErrorKind::Validation);
    assert_eq!(e.field.as_deref(), Some("params"));
    assert!(
        e.message.contains("do not match their schema"),
        "{}",
        e.message
    );
}

/// For an endpoint whose wire is written by hand: over the probes of its
/// example, `wire` of every accepted params is `expected` of them.
fn hand_written<P>(
    name: &str,
    examples: &[Value],
    parse: impl Fn(Value) -> Result<P, yiwise_rongzi::Error>,
    wire: impl Fn(&P) -> Value,
    expected: impl Fn(&P) -> Value,
) {
    let mut accepted = 0;
    for v in inputs(&examples[0], examples, 0x5E71) {
        if let Ok(p) = parse(v.clone()) {
            assert_eq!(
                wire(&p).to_string(),
                expected(&p).to_string(),
                "{name}: different wire JSON for {v}"
            );
            accepted += 1;
        }
    }
    assert!(accepted >= 10, "{name}: only {accepted} accepted params");
}

#[test]
fn hand_written_wires_are_what_the_typed_params_serialise_to() {
    use yiwise_rongzi::rongzi::api::{account, sms};
    use yiwise_rongzi::rongzi::operation::Operation as _;
    let serialised = |p: &dyn erased::Serialize| p.to_json();
    macro_rules! check {
        ($api:literal, $module:ident, $op:ty) => {
            hand_written(
                <$op>::PATH,
                &[example($api, <$op>::PATH, None), json!({})],
                $module::parse_params::<$op>,
                <$op>::wire,
                |p| serialised(p),
            )
        };
    }
    check!("rongzi", rz, account::Login);
    // `sms/getMessages` also fills in the page defaults.
    hand_written(
        sms::GetMessages::PATH,
        &[example("rongzi", sms::GetMessages::PATH, None), json!({})],
        rz::parse_params::<sms::GetMessages>,
        sms::GetMessages::wire,
        |p| {
            let mut w = serde_json::to_value(p).unwrap();
            let o = w.as_object_mut().unwrap();
            // The page fields go last, in the type's order, always.
            o.shift_remove("pageSize");
            o.shift_remove("pageIndex");
            o.insert("pageSize".into(), p.page_size.unwrap_or(20).into());
            o.insert("pageIndex".into(), p.page_index.unwrap_or(1).into());
            w
        },
    );
}

/// `serde_json::to_value` behind a trait object, for the table above.
mod erased {
    pub trait Serialize {
        fn to_json(&self) -> serde_json::Value;
    }
    impl<T: serde::Serialize> Serialize for T {
        fn to_json(&self) -> serde_json::Value {
            serde_json::to_value(self).unwrap()
        }
    }
}

/// The schema decoder of the params against serde's (the reference):
/// the same wire JSON, or the same error at the same field.
fn decodes_alike<
    P: serde::de::DeserializeOwned
        + serde::Serialize
        + yiwise_rongzi::transcode::params::Canonical
        + PartialEq
        + std::fmt::Debug,
>(
    name: &str,
    node: &'static Node,
    v: &Value,
    list: bool,
    tally: &mut Tally,
) {
    if (list && !v.is_array()) || (!list && !v.is_object()) {
        return; // refused before either decoder runs
    }
    let ours = yiwise_rongzi::transcode::params::decode(node, v);
    let reference = yiwise_rongzi::value_deserializer::from_value::<P>(v);
    match (ours, reference) {
        (Ok(a), Ok(b)) => {
            // The params as they serialise (for most endpoints, the wire).
            let serialised = serde_json::to_value(&b).unwrap().to_string();
            assert_eq!(a.to_string(), serialised, "{name}: {v}");
            // The typed params for the checks are built back from the wire.
            assert_eq!(P::from_canonical(&a).as_ref(), Some(&b), "{name}: {v}");
            tally.accepted += 1;
        }
        (Err(a), Err(b)) => {
            assert_eq!(
                (a.path.as_str(), a.message.as_str()),
                (b.path.as_str(), b.message.as_str()),
                "{name}: different errors for {v}"
            );
            tally.refused += 1;
        }
        (a, b) => panic!(
            "{name}: one decodes, the other refuses {v}: {:?} / {:?}",
            a.err(),
            b.err()
        ),
    }
}

macro_rules! decoding {
    ($api:literal, $module:ident, $list:expr, $($op:ty),+ $(,)?) => {{
        use $module::Operation as Op;
        let examples: Vec<Value> = vec![$(example($api, <$op as Op>::PATH, <$op as Op>::PARAMS)),+];
        let mut seed = 0xDEC0_0000_u64;
        $(
            seed += 1;
            if let Some(node) = <$op as Op>::PARAMS {
                let name = <$op as Op>::PATH;
                let mut tally = Tally::default();
                for v in inputs(&example($api, name, <$op as Op>::PARAMS), &examples, seed) {
                    decodes_alike::<<$op as Op>::Params>(name, node, &v, $list(<$op as Op>::PATH), &mut tally);
                }
                assert!(tally.accepted >= 10 && tally.refused >= 10, "{name}: {} / {}", tally.accepted, tally.refused);
            }
        )+
    }};
}

#[test]
fn yiwise_params_decode_by_schema_as_by_serde() {
    common::yiwise_operations!(decoding!("yiwise", yw, |_| false,));
}

#[test]
fn rongzi_params_decode_by_schema_as_by_serde() {
    // The two endpoints whose params are a list.
    let list = |path: &str| matches!(path, "sms/addMessages" | "call/syncRecords");
    common::rongzi_operations!(decoding!("rongzi", rz, list,));
}
