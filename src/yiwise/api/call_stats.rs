//! `callStats/callCostStatsInfo` (tenant.md): call and SMS cost statistics (话单计费统计).

use crate::http::Method;
use crate::transcode::schema::{Field, Node, Shape};
use crate::validation::{Issues, Validate};
use crate::yiwise::enums::{CallInCostType, PhoneType};
use crate::yiwise::operation::Operation;
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::BTreeMap;

/// `callInCostType` values (E19).
const CALL_IN_COST_TYPE_VALUES: &[&str] = &[
    "LOCAL_CALL_BILL",
    "OTHER_CALL_BILL",
    "LINE_MONTHLY_BILL",
    "NONE",
];

/// `GET callStats/callCostStatsInfo` → [`CallCostStats`]: per-line call cost and
/// SMS cost statistics between two dates.
///
/// ```
/// use yiwise_rongzi::yiwise::{api::call_stats::CallCostStatsInfo, operation::{decode_response, parse_params}};
/// let p = parse_params::<CallCostStatsInfo>(serde_json::json!({"startDate": "2019-04-30", "endDate": "2019-05-30", "type": 0})).unwrap();
/// assert_eq!(p.stats_type, Some(0));
/// assert!(parse_params::<CallCostStatsInfo>(serde_json::json!({"startDate": "2019-05-30", "endDate": "2019-04-30"})).is_err());
/// let body = r#"{"code":200,"data":{"callCostStatsPhoneNumberList":[{"localDate":"2019-05-23","phoneNumberId":1,"answeredCall":4,"callCostList":130000,"myCallCostList":130}],"callCostStatsPhoneNumberChat":{"2019-05-22":null,"2019-05-23":[{"answeredCall":4}]}},"requestId":"REIHDOFP","resultMsg":"获取成功","errorStackTrace":null}"#;
/// let s = decode_response::<CallCostStatsInfo>(200, body).unwrap().data;
/// assert_eq!(s.call_cost_stats_phone_number_list[0].call_cost_list, Some(130000));
/// assert!(s.call_cost_stats_phone_number_chat["2019-05-22"].is_empty());
/// ```
pub struct CallCostStatsInfo;

impl Operation for CallCostStatsInfo {
    const PATH: &'static str = "callStats/callCostStatsInfo";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::Object(&CALL_COST_STATS);
    const METHOD: Method = Method::Get;
    type Params = CallStatsCallCostStatsInfoParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&CALL_COST_STATS_INFO_PARAMS),
    );
    type Output = CallCostStats;
}

/// Params of `callStats/callCostStatsInfo` (query string).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CallStatsCallCostStatsInfoParams {
    /// 开始日期 `yyyy-MM-dd` (required).
    pub start_date: String,
    /// 结束日期 `yyyy-MM-dd` (required; not before `startDate`).
    pub end_date: String,
    /// 是否本地.
    #[serde(default, deserialize_with = "crate::lenient::opt_bool")]
    pub local: Option<bool>,
    /// 线路ID.
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub phone_number_id: Option<i64>,
    /// 类型 (`type` on the wire): 0 AI (default), 1 人工外呼, 2 ai接待, 3 人工接待, 4 IVR接待.
    #[serde(rename = "type", default, deserialize_with = "crate::lenient::opt_i64")]
    pub stats_type: Option<i64>,
    /// 呼入计费类型: LOCAL_CALL_BILL, OTHER_CALL_BILL, LINE_MONTHLY_BILL, NONE.
    /// The docs say it is only needed for ai接待 and 人工接待 (type 2 and 3); it is
    /// passed through for any type.
    #[serde(default)]
    pub call_in_cost_type: Option<CallInCostType>,
}

impl Validate for CallStatsCallCostStatsInfoParams {
    fn validate(&self, issues: &mut Issues) {
        let before = issues.len();
        issues.date("startDate", Some(&self.start_date));
        issues.date("endDate", Some(&self.end_date));
        // Both are valid yyyy-MM-dd here, so text order is date order.
        if issues.len() == before && self.end_date < self.start_date {
            issues.push(
                "endDate",
                format!(
                    "must not be before startDate ({}), got {:?}",
                    self.start_date, self.end_date
                ),
            );
        }
        issues.positive("phoneNumberId", self.phone_number_id);
        issues.range("type", self.stats_type, 0, 4);
        if let Some(t) = &self.call_in_cost_type {
            issues.one_of("callInCostType", t.as_str(), CALL_IN_COST_TYPE_VALUES);
        }
    }
}

/// The statistics of `callStats/callCostStatsInfo`.
///
/// Units are as the docs give them: `chatTimeList` seconds, `myChatTimeList`
/// minutes, `callCostList` 分 and `myCallCostList` 元 (the example's 130000 vs
/// 130 suggests 厘 rather than 分 for `callCostList`).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", tsify(hashmap_as_object))]
#[serde(rename_all = "camelCase", default)]
pub struct CallCostStats {
    /// Cost rows, one per line and day.
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    pub call_cost_stats_phone_number_list: Vec<CallCostStatsRow>,
    /// Cost rows by day: one key (`yyyy-MM-dd`) per day of the range; a day
    /// without calls (`null` on the wire) is an empty list.
    #[serde(deserialize_with = "map_of_lists")]
    pub call_cost_stats_phone_number_chat: BTreeMap<String, Vec<CallCostStatsRow>>,
    /// SMS cost per day.
    // docs: the example is malformed (bare key/value pairs in a list); each item is
    // taken to be an object `{date, smsAmount, smsBillAmount, smsCost}`.
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    pub sms_cost_info_list: Vec<CallCostSmsInfo>,
    /// The lines in the statistics (example only).
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    pub total_phone_number_local: Vec<CallCostPhoneLine>,
}

/// One cost row: a line's calls on one day.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct CallCostStatsRow {
    /// 时间, 年月日 (`yyyy-MM-dd`).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub local_date: Option<String>,
    /// 线路id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub phone_number_id: Option<i64>,
    /// 线路名.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub phone_number_name: Option<String>,
    /// 线路号码.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub phone_number: Option<String>,
    /// 是否本地.
    #[serde(deserialize_with = "crate::lenient::opt_bool")]
    pub local: Option<bool>,
    /// 拨通数.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub answered_call: Option<i64>,
    /// 通话时长, seconds (a scalar despite the name).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub chat_time_list: Option<i64>,
    /// 通话计费时长, minutes (table only).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub bill_chat_time_list: Option<i64>,
    /// 话费, 分 per the docs (a scalar despite the name).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub call_cost_list: Option<i64>,
    /// 线路类型 (all nine E1 values may appear).
    pub phone_type: Option<PhoneType>,
    /// 线路是否解绑 (values not documented; the example is 1).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub tenant_phone_number_status: Option<i64>,
    /// 通话时长, minutes.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub my_chat_time_list: Option<i64>,
    /// 话费, 元 (a decimal).
    #[serde(deserialize_with = "crate::lenient::opt_f64")]
    pub my_call_cost_list: Option<f64>,
}

/// SMS cost of one day (`smsCostInfoList` item).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct CallCostSmsInfo {
    /// 日期 `yyyy-MM-dd`.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub date: Option<String>,
    /// 短信数量.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub sms_amount: Option<i64>,
    /// 有效计费数.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub sms_bill_amount: Option<i64>,
    /// 短信费, 分.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub sms_cost: Option<i64>,
}

/// A line covered by the statistics (`totalPhoneNumberLocal` item).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct CallCostPhoneLine {
    /// 线路id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub phone_number_id: Option<i64>,
    /// 线路名.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub phone_number_name: Option<String>,
    /// 线路号码.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub phone_number: Option<String>,
    /// 是否本地.
    #[serde(deserialize_with = "crate::lenient::opt_bool")]
    pub local: Option<bool>,
    /// 线路类型.
    pub phone_type: Option<PhoneType>,
    /// 线路是否解绑.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub tenant_phone_number_status: Option<i64>,
}

/// A `{key: [row] | null}` map (or `null`): `null` lists become empty.
fn map_of_lists<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<BTreeMap<String, Vec<CallCostStatsRow>>, D::Error> {
    let raw = Option::<BTreeMap<String, Option<Vec<CallCostStatsRow>>>>::deserialize(d)?;
    Ok(raw
        .unwrap_or_default()
        .into_iter()
        .map(|(k, v)| (k, v.unwrap_or_default()))
        .collect())
}

// The schemas of the results (see `crate::transcode`): field for field
// the serde types above; `tests/schema_decoding.rs` checks that they agree.

/// The schema of [`CallCostStats`], field for field (see [`crate::transcode`]).
static CALL_COST_STATS: Shape = Shape {
    fields: &[
        Field::list(
            "callCostStatsPhoneNumberList",
            &Node::Object(&CALL_COST_STATS_ROW),
        ),
        Field::map_of(
            "callCostStatsPhoneNumberChat",
            Node::Map(&Node::ListOrEmpty(&Node::Object(&CALL_COST_STATS_ROW))),
        ),
        Field::list("smsCostInfoList", &Node::Object(&CALL_COST_SMS_INFO)),
        Field::list(
            "totalPhoneNumberLocal",
            &Node::Object(&CALL_COST_PHONE_LINE),
        ),
    ],
    trim_keys: false,
};

/// The schema of [`CallCostStatsRow`], field for field (see [`crate::transcode`]).
static CALL_COST_STATS_ROW: Shape = Shape {
    fields: &[
        Field::opt("localDate", Node::Str),
        Field::opt("phoneNumberId", Node::Int),
        Field::opt("phoneNumberName", Node::Str),
        Field::opt("phoneNumber", Node::Str),
        Field::opt("local", Node::Bool),
        Field::opt("answeredCall", Node::Int),
        Field::opt("chatTimeList", Node::Int),
        Field::opt("billChatTimeList", Node::Int),
        Field::opt("callCostList", Node::Int),
        Field::opt("phoneType", Node::Enum),
        Field::opt("tenantPhoneNumberStatus", Node::Int),
        Field::opt("myChatTimeList", Node::Int),
        Field::opt("myCallCostList", Node::Float),
    ],
    trim_keys: false,
};

/// The schema of [`CallCostSmsInfo`], field for field (see [`crate::transcode`]).
static CALL_COST_SMS_INFO: Shape = Shape {
    fields: &[
        Field::opt("date", Node::Str),
        Field::opt("smsAmount", Node::Int),
        Field::opt("smsBillAmount", Node::Int),
        Field::opt("smsCost", Node::Int),
    ],
    trim_keys: false,
};

/// The schema of [`CallCostPhoneLine`], field for field (see [`crate::transcode`]).
static CALL_COST_PHONE_LINE: Shape = Shape {
    fields: &[
        Field::opt("phoneNumberId", Node::Int),
        Field::opt("phoneNumberName", Node::Str),
        Field::opt("phoneNumber", Node::Str),
        Field::opt("local", Node::Bool),
        Field::opt("phoneType", Node::Enum),
        Field::opt("tenantPhoneNumberStatus", Node::Int),
    ],
    trim_keys: false,
};

// The schemas of the params (see `Operation::PARAMS`): field for field the
// serde types above; `tests/params_wire.rs` checks that they agree.

/// The schema of [`CallStatsCallCostStatsInfoParams`], field for field (see `Operation::PARAMS`).
pub(crate) static CALL_COST_STATS_INFO_PARAMS: Shape = Shape {
    fields: &[
        Field::required("startDate", Node::Text),
        Field::required("endDate", Node::Text),
        Field::opt("local", Node::Bool),
        Field::opt("phoneNumberId", Node::Int),
        Field::opt("type", Node::Int),
        Field::opt("callInCostType", Node::Named("CallInCostType", &Node::Enum)),
    ],
    trim_keys: false,
};

crate::transcode::params::canonical_struct!(CallStatsCallCostStatsInfoParams {
    start_date: req "startDate",
    end_date: req "endDate",
    local: opt "local",
    phone_number_id: opt "phoneNumberId",
    stats_type: opt "type",
    call_in_cost_type: opt "callInCostType",
});
