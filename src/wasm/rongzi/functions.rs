//! Free functions: `rongziLabel`, `rongziEnumValues`.

use crate::rongzi::codes;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

/// The Chinese label of a Rongzi code value (by name or by code), or
/// `undefined` when the enum or the value is not documented.
///
/// @example
/// rongziLabel('ExeStatus', 'INTENT') // '有意向'
/// rongziLabel('ExeStatus', 2)        // '有意向'
#[wasm_bindgen(js_name = rongziLabel)]
pub fn rongzi_label(
    #[wasm_bindgen(unchecked_param_type = "RongziEnumName")] enum_name: &str,
    #[wasm_bindgen(unchecked_param_type = "string | number")] value: JsValue,
) -> Option<String> {
    let text = match value.as_f64() {
        Some(n) if n.is_finite() && n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", n as i64),
        Some(_) => return None,
        None => value.as_string()?,
    };
    codes::label(enum_name, &text).map(str::to_string)
}

/// Every documented value of a Rongzi code enum with its code and label, in
/// doc order (empty for an unknown enum name). Handy for `<select>` options.
///
/// @example
/// rongziEnumValues('ContactStatus') // [{ value: 'NOT_CALLED', code: 0, label: '未拨打' }, …]
#[wasm_bindgen(js_name = rongziEnumValues, unchecked_return_type = "Array<{ value: string; code: number; label: string }>")]
pub fn rongzi_enum_values(
    #[wasm_bindgen(unchecked_param_type = "RongziEnumName")] enum_name: &str,
) -> Array {
    let out = Array::new();
    if let Some((_, values)) = codes::ALL.iter().find(|(n, _)| *n == enum_name) {
        for (code, name, label) in values.iter() {
            let o = Object::new();
            let _ = Reflect::set(&o, &"value".into(), &(*name).into());
            let _ = Reflect::set(&o, &"code".into(), &JsValue::from_f64(*code as f64));
            let _ = Reflect::set(&o, &"label".into(), &(*label).into());
            out.push(&o);
        }
    }
    out
}
