//! `yiwiseSignature` against the golden vectors, through the JS-facing function.

use super::support::*;
use wasm_bindgen_test::*;
use yiwise_rongzi::wasm::{yiwise_label, yiwise_signature};

const VECTORS: &str = include_str!("../fixtures/vectors/yiwise-signature.json");

#[wasm_bindgen_test]
fn every_golden_vector_matches_through_the_js_function() {
    let vectors = json(VECTORS);
    let arr: js_sys::Array = vectors.into();
    assert_eq!(arr.length(), 3);
    for v in arr.iter() {
        let expected = string(&v, "signature").unwrap();
        assert_eq!(yiwise_signature(v.clone()).unwrap(), expected);
        // A numeric timestamp signs the same as its digits.
        let ts: f64 = string(&v, "timestamp").unwrap().parse().unwrap();
        set(&v, "timestamp", &ts.into());
        assert_eq!(yiwise_signature(v).unwrap(), expected);
    }
}

#[wasm_bindgen_test]
fn a_missing_or_malformed_input_is_a_validation_error_naming_it() {
    let e =
        yiwise_signature(json(r#"{"appKey":"k","appSecret":"s","timestamp":"12x"}"#)).unwrap_err();
    assert_eq!(string(&e, "kind").as_deref(), Some("validation"));
    let fields: Vec<String> = js_sys::Array::from(&get(&e, "issues"))
        .iter()
        .map(|i| string(&i, "field").unwrap())
        .collect();
    assert_eq!(fields, ["tenantSign", "timestamp"]);
}

#[wasm_bindgen_test]
fn labels_come_from_the_docs() {
    assert_eq!(
        yiwise_label("JobStatus", "IN_PROCESS").as_deref(),
        Some("进行中")
    );
    assert_eq!(yiwise_label("JobStatus", "NOT_A_STATUS"), None);
}
