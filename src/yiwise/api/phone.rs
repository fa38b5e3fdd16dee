//! `phone/getPhoneList` (tenant.md): the company's caller lines (主叫电话).

use crate::empty::NoParams;
use crate::http::Method;
use crate::transcode::schema::{Field, Node, Shape};
use crate::validation::{Issues, Validate};
use crate::yiwise::enums::{CallOutIndustry, PhoneType};
use crate::yiwise::operation::Operation;
use serde::{Deserialize, Serialize};

/// `GET phone/getPhoneList` → `Vec<`[`PhoneInfo`]`>`: every caller line of the
/// company. Takes no parameters.
///
/// ```
/// use yiwise_rongzi::yiwise::{api::phone::GetPhoneList, operation::decode_response};
/// use yiwise_rongzi::yiwise::enums::PhoneType;
/// let body = r#"{"code":200,"data":[{"tenantPhoneNumberId":276,"phoneNumber":"0000000000","phoneType":"MOBILE","localBillRate":60,"areaCode":"0571"}],"requestId":"ILNBEQJF","resultMsg":"获取成功","errorStackTrace":null}"#;
/// let lines = decode_response::<GetPhoneList>(200, body).unwrap().data;
/// assert_eq!(lines[0].tenant_phone_number_id, Some(276));
/// assert_eq!(lines[0].phone_type, Some(PhoneType::Mobile));
/// assert_eq!(lines[0].local_bill_rate, Some(60.0));
/// ```
pub struct GetPhoneList;

impl Operation for GetPhoneList {
    const PATH: &'static str = "phone/getPhoneList";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::List(&crate::transcode::schema::Node::Object(&PHONE_INFO));
    const METHOD: Method = Method::Get;
    type Params = NoParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> =
        Some(&crate::transcode::schema::Node::Nothing);
    type Output = Vec<PhoneInfo>;
}

/// One caller line (主叫电话) of the company.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct PhoneInfo {
    /// 电话id: the id jobs use (`jobPhoneNumberIdList`, `tenantPhoneNumberId`).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub tenant_phone_number_id: Option<i64>,
    /// 电话号码.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub phone_number: Option<String>,
    /// 电话号码名称.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub phone_name: Option<String>,
    /// 线路类型: MOBILE 手机, LANDLINE 固话, UNFIXED_CALL 无主叫固话 (others kept as sent).
    pub phone_type: Option<PhoneType>,
    /// 本地话费, in 厘 (0.001 元).
    // docs: typed String in the table but the example sends the number 60; both are accepted.
    #[serde(deserialize_with = "crate::lenient::opt_f64")]
    pub local_bill_rate: Option<f64>,
    /// 外地话费, in 厘 (typed String in the table, a number in the example).
    #[serde(deserialize_with = "crate::lenient::opt_f64")]
    pub other_bill_rate: Option<f64>,
    /// 线路外呼行业: FINANCE 金融, OTHER 其他.
    pub call_out_industry: Option<CallOutIndustry>,
    /// 归属地区号, e.g. `"0571"` (kept as text: the leading zero matters).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub area_code: Option<String>,
    /// 归属地省.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub province: Option<String>,
    /// 归属地市.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub city: Option<String>,
}

// The schemas of the results (see `crate::transcode`): field for field
// the serde types above; `tests/schema_decoding.rs` checks that they agree.

/// The schema of [`PhoneInfo`], field for field (see [`crate::transcode`]).
static PHONE_INFO: Shape = Shape {
    fields: &[
        Field::opt("tenantPhoneNumberId", Node::Int),
        Field::opt("phoneNumber", Node::Str),
        Field::opt("phoneName", Node::Str),
        Field::opt("phoneType", Node::Enum),
        Field::opt("localBillRate", Node::Float),
        Field::opt("otherBillRate", Node::Float),
        Field::opt("callOutIndustry", Node::Enum),
        Field::opt("areaCode", Node::Str),
        Field::opt("province", Node::Str),
        Field::opt("city", Node::Str),
    ],
    trim_keys: false,
};

/// `POST phone/updatePhoneInfoByTenantPhoneNumberId` → its `data` as sent
/// (undocumented, so not decoded further): changes a caller line's area,
/// dead areas (盲区) and industry. Not in any version of the public docs; the
/// body is the one the vendor's demo sends (`SimpleDemo`, `TestDemo`).
///
/// ```
/// use yiwise_rongzi::yiwise::{api::phone::UpdatePhoneInfoByTenantPhoneNumberId, operation::parse_params};
/// let p = parse_params::<UpdatePhoneInfoByTenantPhoneNumberId>(serde_json::json!({
///     "tenantPhoneNumberId": 1010, "areaCode": "010", "province": "北京市", "city": "朝阳区",
///     "deadArea": [{"prov": "xx省", "city": "xx市"}], "callOutIndustry": "FINANCE"
/// })).unwrap();
/// assert_eq!(p.dead_area.unwrap()[0].prov.as_deref(), Some("xx省"));
/// ```
pub struct UpdatePhoneInfoByTenantPhoneNumberId;

impl Operation for UpdatePhoneInfoByTenantPhoneNumberId {
    const PATH: &'static str = "phone/updatePhoneInfoByTenantPhoneNumberId";
    const SCHEMA: &'static Node = &Node::Any;
    const METHOD: Method = Method::Post;
    type Params = PhoneUpdatePhoneInfoParams;
    const PARAMS: Option<&'static Node> = Some(&Node::Object(&UPDATE_PHONE_INFO_PARAMS));
    type Output = serde_json::Value;
}

/// Params of `phone/updatePhoneInfoByTenantPhoneNumberId` (experimental: the vendor
/// demo's body).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PhoneUpdatePhoneInfoParams {
    /// 电话id (from `phone/getPhoneList`).
    #[serde(deserialize_with = "crate::lenient::i64_req")]
    pub tenant_phone_number_id: i64,
    /// 归属地区号, e.g. `"010"` (digits; text, since the leading zero matters).
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub area_code: Option<String>,
    /// 归属地省.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub province: Option<String>,
    /// 归属地市.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub city: Option<String>,
    /// 盲区: areas the line does not call.
    #[serde(default)]
    pub dead_area: Option<Vec<PhoneDeadArea>>,
    /// 线路外呼行业: FINANCE 金融, OTHER 其他.
    #[serde(default)]
    pub call_out_industry: Option<CallOutIndustry>,
}

/// One dead area (盲区) of a caller line: `{ prov, city }`.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PhoneDeadArea {
    /// 省.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub prov: Option<String>,
    /// 市.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub city: Option<String>,
}

/// `callOutIndustry` values (E9).
const CALL_OUT_INDUSTRIES: &[&str] = &["FINANCE", "OTHER"];

impl Validate for PhoneUpdatePhoneInfoParams {
    fn validate(&self, v: &mut Issues) {
        v.positive("tenantPhoneNumberId", Some(self.tenant_phone_number_id));
        v.digits("areaCode", self.area_code.as_deref());
        if let Some(i) = &self.call_out_industry {
            v.one_of("callOutIndustry", i.as_str(), CALL_OUT_INDUSTRIES);
        }
    }
}

/// `POST phone/updatePhonePriceByTenantPhoneNumberId` → its `data` as sent
/// (undocumented): changes a caller line's rates, in 厘 (0.001 元) as
/// `phone/getPhoneList` shows them. Not in the public docs; the body is the
/// vendor demo's.
///
/// ```
/// use yiwise_rongzi::yiwise::{api::phone::UpdatePhonePriceByTenantPhoneNumberId, operation::parse_params};
/// let p = parse_params::<UpdatePhonePriceByTenantPhoneNumberId>(serde_json::json!({
///     "tenantPhoneNumberId": 1010, "localBillRate": 9999, "otherBillRate": 9999
/// })).unwrap();
/// assert_eq!(p.local_bill_rate, Some(9999.0));
/// let e = parse_params::<UpdatePhonePriceByTenantPhoneNumberId>(serde_json::json!({"tenantPhoneNumberId": 1010, "localBillRate": -1})).unwrap_err();
/// assert_eq!(e.field.as_deref(), Some("localBillRate"));
/// ```
pub struct UpdatePhonePriceByTenantPhoneNumberId;

impl Operation for UpdatePhonePriceByTenantPhoneNumberId {
    const PATH: &'static str = "phone/updatePhonePriceByTenantPhoneNumberId";
    const SCHEMA: &'static Node = &Node::Any;
    const METHOD: Method = Method::Post;
    type Params = PhoneUpdatePhonePriceParams;
    const PARAMS: Option<&'static Node> = Some(&Node::Object(&UPDATE_PHONE_PRICE_PARAMS));
    type Output = serde_json::Value;
}

/// Params of `phone/updatePhonePriceByTenantPhoneNumberId` (experimental: the vendor
/// demo's body).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PhoneUpdatePhonePriceParams {
    /// 电话id (from `phone/getPhoneList`).
    #[serde(deserialize_with = "crate::lenient::i64_req")]
    pub tenant_phone_number_id: i64,
    /// 本地话费, in 厘 (≥ 0).
    #[serde(default, deserialize_with = "crate::lenient::opt_f64")]
    pub local_bill_rate: Option<f64>,
    /// 外地话费, in 厘 (≥ 0).
    #[serde(default, deserialize_with = "crate::lenient::opt_f64")]
    pub other_bill_rate: Option<f64>,
}

impl Validate for PhoneUpdatePhonePriceParams {
    fn validate(&self, v: &mut Issues) {
        v.positive("tenantPhoneNumberId", Some(self.tenant_phone_number_id));
        for (name, rate) in [
            ("localBillRate", self.local_bill_rate),
            ("otherBillRate", self.other_bill_rate),
        ] {
            if let Some(r) = rate.filter(|r| *r < 0.0) {
                v.push(name, format!("must be 0 or more, got {r}"));
            }
        }
    }
}

/// The schema of [`PhoneUpdatePhoneInfoParams`], field for field (see `Operation::PARAMS`).
pub(crate) static UPDATE_PHONE_INFO_PARAMS: Shape = Shape {
    fields: &[
        Field::required("tenantPhoneNumberId", Node::Int),
        Field::opt("areaCode", Node::Str),
        Field::opt("province", Node::Str),
        Field::opt("city", Node::Str),
        Field::opt(
            "deadArea",
            Node::List(&Node::Named(
                "PhoneDeadArea",
                &Node::Object(&PHONE_DEAD_AREA),
            )),
        ),
        Field::opt(
            "callOutIndustry",
            Node::Named("CallOutIndustry", &Node::Enum),
        ),
    ],
    trim_keys: false,
};

/// The schema of [`PhoneDeadArea`], field for field (see `Operation::PARAMS`).
pub(crate) static PHONE_DEAD_AREA: Shape = Shape {
    fields: &[Field::opt("prov", Node::Str), Field::opt("city", Node::Str)],
    trim_keys: false,
};

/// The schema of [`PhoneUpdatePhonePriceParams`], field for field (see `Operation::PARAMS`).
pub(crate) static UPDATE_PHONE_PRICE_PARAMS: Shape = Shape {
    fields: &[
        Field::required("tenantPhoneNumberId", Node::Int),
        Field::opt("localBillRate", Node::Float),
        Field::opt("otherBillRate", Node::Float),
    ],
    trim_keys: false,
};

crate::transcode::params::canonical_struct!(PhoneUpdatePhoneInfoParams {
    tenant_phone_number_id: req "tenantPhoneNumberId",
    area_code: opt "areaCode",
    province: opt "province",
    city: opt "city",
    dead_area: opt "deadArea",
    call_out_industry: opt "callOutIndustry",
});

crate::transcode::params::canonical_struct!(PhoneDeadArea {
    prov: opt "prov",
    city: opt "city",
});

crate::transcode::params::canonical_struct!(PhoneUpdatePhonePriceParams {
    tenant_phone_number_id: req "tenantPhoneNumberId",
    local_bill_rate: opt "localBillRate",
    other_bill_rate: opt "otherBillRate",
});
