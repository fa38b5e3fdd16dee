//! `lenient::decimal`, the reader of numbers sent as strings (`"72"`,
//! `"1.5"`), accepts exactly the finite decimal forms Rust's
//! `str::parse::<f64>` accepts, on a table of the forms and on random strings
//! of digits, signs, points and exponents. Its values are serde_json's (the
//! reader of every number in a body): the same bits as the standard library's
//! for up to 15 significant digits and a decimal exponent within ±22 (amounts,
//! rates, counts, ids), and within a few units in the last place beyond that
//! (`"313e26"` is one unit off), where serde_json is not correctly rounded.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use proptest::test_runner::RngSeed;
use yiwise_rongzi::lenient::decimal;

/// What the standard library makes of `s` (trimmed), finite values only.
fn std_decimal(s: &str) -> Option<f64> {
    s.trim().parse::<f64>().ok().filter(|f| f.is_finite())
}

#[test]
fn accepts_the_decimal_forms_the_standard_parser_accepts() {
    let table: &[(&str, Option<f64>)] = &[
        ("72", Some(72.0)),
        (" 72 ", Some(72.0)),
        ("-1.5", Some(-1.5)),
        ("+1.5", Some(1.5)),
        ("007", Some(7.0)),
        ("-007.50", Some(-7.5)),
        ("0", Some(0.0)),
        ("-0", Some(-0.0)),
        (".5", Some(0.5)),
        ("-.5", Some(-0.5)),
        ("5.", Some(5.0)),
        ("1e3", Some(1000.0)),
        ("1E+3", Some(1000.0)),
        ("2.5e-3", Some(0.0025)),
        (".5e1", Some(5.0)),
        ("1e-400", Some(0.0)),
        ("0e99999", Some(0.0)),
        ("12.34", Some(12.34)),
        ("0.1", Some(0.1)),
        ("9007199254740993", Some(9_007_199_254_740_992.0)),
        ("", None),
        (" ", None),
        (".", None),
        ("-", None),
        ("+", None),
        ("e5", None),
        (".e5", None),
        ("1e", None),
        ("1e+", None),
        ("1..2", None),
        ("1.2.3", None),
        ("--1", None),
        ("+-1", None),
        ("1 2", None),
        ("1,5", None),
        ("0x10", None),
        ("1_000", None),
        ("abc", None),
        ("inf", None),
        ("-infinity", None),
        ("NaN", None),
        ("1e400", None),
        ("-1e400", None),
        ("１２", None),
    ];
    for &(text, want) in table {
        let got = decimal(text);
        assert_eq!(
            got.map(f64::to_bits),
            want.map(f64::to_bits),
            "decimal({text:?}) = {got:?}, want {want:?}"
        );
        assert_eq!(
            got.map(f64::to_bits),
            std_decimal(text).map(f64::to_bits),
            "decimal({text:?}) differs from str::parse"
        );
    }
}

/// `decimal(s)` is what the standard library reads, exactly where serde_json
/// is exact (see the module doc), and within 4 units in the last place elsewhere.
fn agrees(s: &str) -> Result<(), TestCaseError> {
    let (ours, std) = (decimal(s), std_decimal(s));
    let (Some(a), Some(b)) = (ours, std) else {
        prop_assert_eq!(ours, std, "{:?}", s);
        return Ok(());
    };
    if exact_in_serde_json(s) {
        prop_assert_eq!(a.to_bits(), b.to_bits(), "{:?}", s);
    } else {
        let tolerance = 4.0 * f64::EPSILON * b.abs().max(f64::MIN_POSITIVE);
        prop_assert!((a - b).abs() <= tolerance, "{:?}: {} vs {}", s, a, b);
    }
    Ok(())
}

/// At most 15 significant digits and `10^e` with |e| <= 22 (e counts the
/// fraction digits too): one exactly rounded multiplication or division.
fn exact_in_serde_json(s: &str) -> bool {
    let s = s.trim().trim_start_matches(['+', '-']);
    let (mantissa, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i64>().unwrap_or(i64::MAX)),
        None => (s, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{int}{frac}");
    let significant = digits.trim_start_matches('0').len();
    let e = exp.saturating_sub(frac.len() as i64);
    significant <= 15 && (-22..=22).contains(&e)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 20_000,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(0x1E41E47),
        ..ProptestConfig::default()
    })]

    /// Random short strings: accepted where the standard library accepts
    /// them, with its value (see `agrees`).
    #[test]
    fn agrees_with_the_standard_parser_on_random_short_strings(s in "[ +\\-0-9.eE]{0,14}") {
        agrees(&s)?;
    }

    /// Well-formed numbers of up to 17 digits, exponents up to ±999.
    #[test]
    fn agrees_on_well_formed_numbers(
        sign in "[+-]?",
        int in "[0-9]{0,9}",
        frac in "(\\.[0-9]{0,8})?",
        exp in "([eE][+-]?[0-9]{1,3})?",
    ) {
        agrees(&format!("{sign}{int}{frac}{exp}"))?;
    }
}
