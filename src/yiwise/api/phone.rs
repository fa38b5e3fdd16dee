//! `phone/getPhoneList` (tenant.md): the company's caller lines (主叫电话).

use crate::http::Method;
use crate::transcode::schema::{Field, Node, Shape};
use crate::yiwise::empty::NoParams;
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
