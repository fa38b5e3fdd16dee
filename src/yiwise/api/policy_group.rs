//! `policyGroup/*` (callPolicyGroup.md): call policy groups (外呼策略组), sets
//! of lines a job can dial out through, chosen by priority or by the callee's
//! location.

use crate::empty::{NoParams, Nothing};
use crate::http::Method;
use crate::transcode::schema::{Field, Node, Shape};
use crate::validation::{Issues, Validate};
use crate::yiwise::enums::{CallInBillMode, DispatchType, LocationDisplayType, PhoneType};
use crate::yiwise::operation::Operation;
use serde::{Deserialize, Serialize};

/// The `dispatchType` values the docs allow (E22).
const DISPATCH_TYPES: &[&str] = &["SORT_FIRST", "LOCATION_MATCH_FIRST"];

/// One line of a policy group in `create`/`update`: `{ tenantPhoneNumberId }`.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PolicyGroupDetailParams {
    /// 用户线路ID (required): a `tenantPhoneNumberId` from `phone/getPhoneList`.
    #[serde(deserialize_with = "crate::lenient::i64_req")]
    pub tenant_phone_number_id: i64,
}

/// Params of `policyGroup/create`: `{ name, remark?, dispatchType, detailList }`.
///
/// The table lists `tenantPhoneNumberId` flat; the example (followed here)
/// wraps the lines in `detailList: [{ tenantPhoneNumberId }]` (inventory I26).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PolicyGroupCreateParams {
    /// 外呼策略组名称 (required).
    pub name: String,
    /// 备注.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub remark: Option<String>,
    /// 优先级策略 (required): `SORT_FIRST` 排序优先级优先 or
    /// `LOCATION_MATCH_FIRST` 归属地匹配优先.
    pub dispatch_type: DispatchType,
    /// The group's lines (required, at least one).
    pub detail_list: Vec<PolicyGroupDetailParams>,
}

impl Validate for PolicyGroupCreateParams {
    fn validate(&self, issues: &mut Issues) {
        name(issues, Some(&self.name));
        issues.one_of("dispatchType", self.dispatch_type.as_str(), DISPATCH_TYPES);
        detail_list(issues, &self.detail_list);
    }
}

/// A group name, when given, must not be blank.
fn name(issues: &mut Issues, value: Option<&str>) {
    if value.is_some_and(|n| n.trim().is_empty()) {
        issues.push("name", "must not be empty");
    }
}

/// The lines: at least one (`tenantPhoneNumberId` is 必须), each id positive.
fn detail_list(issues: &mut Issues, list: &[PolicyGroupDetailParams]) {
    if list.is_empty() {
        issues.push(
            "detailList",
            "must have at least 1 item (a tenantPhoneNumberId)",
        );
    }
    for (i, d) in list.iter().enumerate() {
        issues.positive(
            &format!("detailList[{i}].tenantPhoneNumberId"),
            Some(d.tenant_phone_number_id),
        );
    }
}

/// `POST policyGroup/create` → nothing (`data` is `null`).
///
/// 创建外呼策略组接口: creates a call policy group from some of the
/// company's lines. The new group's id is not returned; find it with
/// `policyGroup/getIdAndNamePairList`.
///
/// ```
/// use yiwise_rongzi::yiwise::{api::policy_group::Create, enums::DispatchType, operation::parse_params};
/// let p = parse_params::<Create>(serde_json::json!({
///     "name": "openapi-test", "remark": null, "dispatchType": "LOCATION_MATCH_FIRST",
///     "detailList": [{"tenantPhoneNumberId": 743}]
/// })).unwrap();
/// assert_eq!(p.dispatch_type, DispatchType::LocationMatchFirst);
/// assert_eq!(p.detail_list[0].tenant_phone_number_id, 743);
/// ```
pub struct Create;

impl Operation for Create {
    const PATH: &'static str = "policyGroup/create";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::Nothing;
    const METHOD: Method = Method::Post;
    type Params = PolicyGroupCreateParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&POLICY_GROUP_CREATE_PARAMS),
    );
    type Output = Nothing;
}

/// Params of `policyGroup/update`: `{ callPolicyGroupId, name?, remark?, dispatchType?, detailList }`.
///
/// `detailList` is required like in `create` (the table marks
/// `tenantPhoneNumberId` 必须). The docs don't say whether it replaces or
/// extends the group's lines; replacing is the likely reading.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PolicyGroupUpdateParams {
    /// 外呼策略组ID (required).
    #[serde(deserialize_with = "crate::lenient::i64_req")]
    pub call_policy_group_id: i64,
    /// 外呼策略组名称.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub name: Option<String>,
    /// 备注.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub remark: Option<String>,
    /// 优先级策略: `SORT_FIRST` or `LOCATION_MATCH_FIRST`.
    #[serde(default)]
    pub dispatch_type: Option<DispatchType>,
    /// The group's lines (required, at least one).
    pub detail_list: Vec<PolicyGroupDetailParams>,
}

impl Validate for PolicyGroupUpdateParams {
    fn validate(&self, issues: &mut Issues) {
        issues.positive("callPolicyGroupId", Some(self.call_policy_group_id));
        name(issues, self.name.as_deref());
        if let Some(d) = &self.dispatch_type {
            issues.one_of("dispatchType", d.as_str(), DISPATCH_TYPES);
        }
        detail_list(issues, &self.detail_list);
    }
}

/// `POST policyGroup/update` → nothing (`data` is `null`).
///
/// 更新外呼策略组接口: changes a call policy group's name, remark, strategy
/// and lines.
///
/// ```
/// use yiwise_rongzi::yiwise::{api::policy_group::Update, operation::parse_params};
/// let e = parse_params::<Update>(serde_json::json!({
///     "callPolicyGroupId": 62, "dispatchType": "RANDOM", "detailList": [{"tenantPhoneNumberId": 0}]
/// })).unwrap_err();
/// let fields: Vec<_> = e.issues.iter().map(|i| i.field.as_str()).collect();
/// assert_eq!(fields, ["dispatchType", "detailList[0].tenantPhoneNumberId"]);
/// ```
pub struct Update;

impl Operation for Update {
    const PATH: &'static str = "policyGroup/update";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::Nothing;
    const METHOD: Method = Method::Post;
    type Params = PolicyGroupUpdateParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&POLICY_GROUP_UPDATE_PARAMS),
    );
    type Output = Nothing;
}

/// `GET policyGroup/getIdAndNamePairList` → `Vec<`[`PolicyGroupIdNamePair`]`>`.
/// Takes no parameters.
///
/// 获取外呼策略组选择接口: id and name of every call policy group, for a picker.
///
/// ```
/// use yiwise_rongzi::yiwise::{api::policy_group::GetIdAndNamePairList, operation::decode_response};
/// let body = r#"{"code":200,"data":[{"callPolicyGroupId":18,"tenantId":123,"name":"杭州线路集合"}],"requestId":"xxxxxx","resultMsg":"执行成功","errorStackTrace":null}"#;
/// let pairs = decode_response::<GetIdAndNamePairList>(200, body).unwrap().data;
/// assert_eq!(pairs[0].call_policy_group_id, Some(18));
/// ```
pub struct GetIdAndNamePairList;

impl Operation for GetIdAndNamePairList {
    const PATH: &'static str = "policyGroup/getIdAndNamePairList";
    const SCHEMA: &'static crate::transcode::schema::Node = &crate::transcode::schema::Node::List(
        &crate::transcode::schema::Node::Object(&POLICY_GROUP_ID_NAME_PAIR),
    );
    const METHOD: Method = Method::Get;
    type Params = NoParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> =
        Some(&crate::transcode::schema::Node::Nothing);
    type Output = Vec<PolicyGroupIdNamePair>;
}

/// One item of `policyGroup/getIdAndNamePairList`: `{ callPolicyGroupId, tenantId, name }`.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct PolicyGroupIdNamePair {
    /// 外呼策略组id. Typed String in the table, a number in the example and
    /// Long elsewhere (inventory I24): a number or numeric string is accepted.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub call_policy_group_id: Option<i64>,
    /// 公司Id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub tenant_id: Option<i64>,
    /// 外呼策略组名称.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub name: Option<String>,
}

/// `GET policyGroup/list` → `Vec<`[`PolicyGroupInfo`]`>`. Takes no parameters.
///
/// 获取外呼策略组列表接口: every call policy group with its lines, their
/// rates and their current status.
///
/// ```
/// use yiwise_rongzi::yiwise::{api::policy_group::List, enums::DispatchType, operation::decode_response};
/// let body = r#"{"code":200,"data":[{"callPolicyGroupId":62,"name":"openapi-test1","phoneType":"NOT_MOBILE","dispatchType":"LOCATION_MATCH_FIRST",
///   "detailList":[{"callPolicyGroupDetailId":378,"tenantPhoneNumberId":743,"sort":1,"phoneNumberInfo":{"localBillRate":230},"lineStatus":{"status":"IDLE","isLineAvailable":true}}]}],
///   "requestId":"IMNBPIIF","resultMsg":"执行成功","errorStackTrace":null}"#;
/// let groups = decode_response::<List>(200, body).unwrap().data;
/// assert_eq!(groups[0].dispatch_type, Some(DispatchType::LocationMatchFirst));
/// let line = &groups[0].detail_list[0];
/// assert_eq!(line.phone_number_info.as_ref().unwrap().local_bill_rate, Some(230));
/// assert_eq!(line.line_status.as_ref().unwrap().is_line_available, Some(true));
/// ```
pub struct List;

impl Operation for List {
    const PATH: &'static str = "policyGroup/list";
    const SCHEMA: &'static crate::transcode::schema::Node = &crate::transcode::schema::Node::List(
        &crate::transcode::schema::Node::Object(&POLICY_GROUP_INFO),
    );
    const METHOD: Method = Method::Get;
    type Params = NoParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> =
        Some(&crate::transcode::schema::Node::Nothing);
    type Output = Vec<PolicyGroupInfo>;
}

/// One call policy group of `policyGroup/list`.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct PolicyGroupInfo {
    /// 创建人id (example only).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub create_user_id: Option<i64>,
    /// 更新人id (example only).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub update_user_id: Option<i64>,
    /// 创建时间, `yyyy-MM-dd HH:mm:ss` (example only).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub create_time: Option<String>,
    /// 更新时间, `yyyy-MM-dd HH:mm:ss` (example only).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub update_time: Option<String>,
    /// 外呼策略组ID.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub call_policy_group_id: Option<i64>,
    /// 公司ID.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub tenant_id: Option<i64>,
    /// 外呼策略组名称.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub name: Option<String>,
    /// 备注.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub remark: Option<String>,
    /// 外呼策略组类型, e.g. `NOT_MOBILE` (example). Not a [`PhoneType`] value,
    /// and no list of values is documented, so it is kept as text (inventory I49).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub phone_type: Option<String>,
    /// 优先级策略: `SORT_FIRST` 排序优先级优先, `LOCATION_MATCH_FIRST` 归属地匹配优先.
    pub dispatch_type: Option<DispatchType>,
    /// The group's lines (`null` decodes as empty).
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    pub detail_list: Vec<PolicyGroupDetail>,
}

/// One line of a call policy group (one 详情 record per line).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct PolicyGroupDetail {
    /// 创建人id (example only).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub create_user_id: Option<i64>,
    /// 更新人id (example only).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub update_user_id: Option<i64>,
    /// 创建时间 (example only).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub create_time: Option<String>,
    /// 更新时间 (example only).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub update_time: Option<String>,
    /// 外呼策略组详情ID (one detail record per line).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub call_policy_group_detail_id: Option<i64>,
    /// 外呼策略组ID.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub call_policy_group_id: Option<i64>,
    /// 公司ID.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub tenant_id: Option<i64>,
    /// 线路ID: the physical line.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub phone_number_id: Option<i64>,
    /// 用户线路ID: the company's virtual line (what `create`/`update` take).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub tenant_phone_number_id: Option<i64>,
    /// 优先级: the smaller, the higher the priority.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub sort: Option<i64>,
    /// The line itself.
    pub phone_number_info: Option<PolicyGroupPhoneNumberInfo>,
    /// The line's current state (example only).
    pub line_status: Option<PolicyGroupLineStatus>,
}

/// A line of a call policy group (`phoneNumberInfo`). Money is in 厘 (0.001 元).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct PolicyGroupPhoneNumberInfo {
    /// 创建时间 (example only).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub create_time: Option<String>,
    /// 更新时间 (example only).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub update_time: Option<String>,
    /// 用户线路ID.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub tenant_phone_number_id: Option<i64>,
    /// 线路ID.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub phone_number_id: Option<i64>,
    /// 公司ID.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub tenant_id: Option<i64>,
    /// 本地外呼费率, 厘.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub local_bill_rate: Option<i64>,
    /// 外地外呼费率, 厘.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub other_bill_rate: Option<i64>,
    /// 呼入月租费率, 厘.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub monthly_bill_rate: Option<i64>,
    /// 呼入本地通话费用, 厘.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub call_in_local_bill_rate: Option<i64>,
    /// 呼入外地通话费用, 厘.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub call_in_other_bill_rate: Option<i64>,
    /// 账户余额, 厘.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub account_fare: Option<i64>,
    /// 线路当前的并发量.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub concurrency: Option<i64>,
    /// 并发数限制.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub concurrence_limit: Option<i64>,
    /// 电话类型 (E1; this table lists MOBILE, LANDLINE, UNFIXED_CALL, VOIP_DEVICE,
    /// CS_SEAT, MESSAGE, CALL_POLICY_GROUP).
    pub phone_type: Option<PhoneType>,
    /// 是否启用: `1` 启用, `0` 禁用.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub enabled_status: Option<i64>,
    /// 呼入计费方式: `MONTHLY` 按月租计费, `CHAT_TIME` 按通话时长(分钟)计费.
    pub call_in_bill_mode: Option<CallInBillMode>,
    /// 最后外呼时间 (LocalDateTime; `null` in the example).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub last_heart_beat_time: Option<String>,
    /// 电话号码.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub phone_number: Option<String>,
    /// 线路名称.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub phone_name: Option<String>,
    /// 备注.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub remark: Option<String>,
    /// SIP账号 (masked, e.g. `******`).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub sip_account: Option<String>,
    /// 省份.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub province: Option<String>,
    /// 城市.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub city: Option<String>,
    /// 归属公司名称.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub owner_name: Option<String>,
    /// 线路归属地显示方式: `DEFAULT` 默认显示配置归属地, `RANDOM` 全国随机显示, `NO_DISPLAY` 不显示.
    pub location_display_type: Option<LocationDisplayType>,
    /// 归属公司ID.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub owner_tenant_id: Option<i64>,
}

/// A line's current state (`lineStatus`; example only, not in the table).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct PolicyGroupLineStatus {
    /// Line state, e.g. `IDLE` (no list of values is documented).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub status: Option<String>,
    /// Whether the line can be used now.
    #[serde(deserialize_with = "crate::lenient::opt_bool")]
    pub is_line_available: Option<bool>,
    /// A hint about the state (`null` in the example).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub hint: Option<String>,
    /// Jobs occupying the line. The docs give no shape (the only example is
    /// `null`), so the items are kept as raw JSON, typed `unknown` in TS.
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "unknown[]"))]
    pub occupied_job_list: Vec<serde_json::Value>,
}

// The schemas of the results (see `crate::transcode`): field for field
// the serde types above; `tests/schema_decoding.rs` checks that they agree.

/// The schema of [`PolicyGroupIdNamePair`], field for field (see [`crate::transcode`]).
static POLICY_GROUP_ID_NAME_PAIR: Shape = Shape {
    fields: &[
        Field::opt("callPolicyGroupId", Node::Int),
        Field::opt("tenantId", Node::Int),
        Field::opt("name", Node::Str),
    ],
    trim_keys: false,
};

/// The schema of [`PolicyGroupInfo`], field for field (see [`crate::transcode`]).
static POLICY_GROUP_INFO: Shape = Shape {
    fields: &[
        Field::opt("createUserId", Node::Int),
        Field::opt("updateUserId", Node::Int),
        Field::opt("createTime", Node::Str),
        Field::opt("updateTime", Node::Str),
        Field::opt("callPolicyGroupId", Node::Int),
        Field::opt("tenantId", Node::Int),
        Field::opt("name", Node::Str),
        Field::opt("remark", Node::Str),
        Field::opt("phoneType", Node::Str),
        Field::opt("dispatchType", Node::Enum),
        Field::list("detailList", &Node::Object(&POLICY_GROUP_DETAIL)),
    ],
    trim_keys: false,
};

/// The schema of [`PolicyGroupDetail`], field for field (see [`crate::transcode`]).
static POLICY_GROUP_DETAIL: Shape = Shape {
    fields: &[
        Field::opt("createUserId", Node::Int),
        Field::opt("updateUserId", Node::Int),
        Field::opt("createTime", Node::Str),
        Field::opt("updateTime", Node::Str),
        Field::opt("callPolicyGroupDetailId", Node::Int),
        Field::opt("callPolicyGroupId", Node::Int),
        Field::opt("tenantId", Node::Int),
        Field::opt("phoneNumberId", Node::Int),
        Field::opt("tenantPhoneNumberId", Node::Int),
        Field::opt("sort", Node::Int),
        Field::opt(
            "phoneNumberInfo",
            Node::Object(&POLICY_GROUP_PHONE_NUMBER_INFO),
        ),
        Field::opt("lineStatus", Node::Object(&POLICY_GROUP_LINE_STATUS)),
    ],
    trim_keys: false,
};

/// The schema of [`PolicyGroupPhoneNumberInfo`], field for field (see [`crate::transcode`]).
static POLICY_GROUP_PHONE_NUMBER_INFO: Shape = Shape {
    fields: &[
        Field::opt("createTime", Node::Str),
        Field::opt("updateTime", Node::Str),
        Field::opt("tenantPhoneNumberId", Node::Int),
        Field::opt("phoneNumberId", Node::Int),
        Field::opt("tenantId", Node::Int),
        Field::opt("localBillRate", Node::Int),
        Field::opt("otherBillRate", Node::Int),
        Field::opt("monthlyBillRate", Node::Int),
        Field::opt("callInLocalBillRate", Node::Int),
        Field::opt("callInOtherBillRate", Node::Int),
        Field::opt("accountFare", Node::Int),
        Field::opt("concurrency", Node::Int),
        Field::opt("concurrenceLimit", Node::Int),
        Field::opt("phoneType", Node::Enum),
        Field::opt("enabledStatus", Node::Int),
        Field::opt("callInBillMode", Node::Enum),
        Field::opt("lastHeartBeatTime", Node::Str),
        Field::opt("phoneNumber", Node::Str),
        Field::opt("phoneName", Node::Str),
        Field::opt("remark", Node::Str),
        Field::opt("sipAccount", Node::Str),
        Field::opt("province", Node::Str),
        Field::opt("city", Node::Str),
        Field::opt("ownerName", Node::Str),
        Field::opt("locationDisplayType", Node::Enum),
        Field::opt("ownerTenantId", Node::Int),
    ],
    trim_keys: false,
};

/// The schema of [`PolicyGroupLineStatus`], field for field (see [`crate::transcode`]).
static POLICY_GROUP_LINE_STATUS: Shape = Shape {
    fields: &[
        Field::opt("status", Node::Str),
        Field::opt("isLineAvailable", Node::Bool),
        Field::opt("hint", Node::Str),
        Field::list("occupiedJobList", &Node::Any),
    ],
    trim_keys: false,
};

// The schemas of the params (see `Operation::PARAMS`): field for field the
// serde types above; `tests/params_wire.rs` checks that they agree.

/// The schema of [`PolicyGroupCreateParams`], field for field (see `Operation::PARAMS`).
pub(crate) static POLICY_GROUP_CREATE_PARAMS: Shape = Shape {
    fields: &[
        Field::required("name", Node::Text),
        Field::opt("remark", Node::Str),
        Field::required("dispatchType", Node::Named("DispatchType", &Node::Enum)),
        Field::required("detailList", POLICY_GROUP_DETAIL_LIST),
    ],
    trim_keys: false,
};

/// The schema of [`PolicyGroupUpdateParams`], field for field (see `Operation::PARAMS`).
pub(crate) static POLICY_GROUP_UPDATE_PARAMS: Shape = Shape {
    fields: &[
        Field::required("callPolicyGroupId", Node::Int),
        Field::opt("name", Node::Str),
        Field::opt("remark", Node::Str),
        Field::opt("dispatchType", Node::Named("DispatchType", &Node::Enum)),
        Field::required("detailList", POLICY_GROUP_DETAIL_LIST),
    ],
    trim_keys: false,
};

/// `detailList` of both create and update: a list of [`PolicyGroupDetailParams`].
const POLICY_GROUP_DETAIL_LIST: Node = Node::List(&Node::Named(
    "PolicyGroupDetailParams",
    &Node::Object(&POLICY_GROUP_DETAIL_PARAMS),
));

/// The schema of [`PolicyGroupDetailParams`], field for field (see `Operation::PARAMS`).
pub(crate) static POLICY_GROUP_DETAIL_PARAMS: Shape = Shape {
    fields: &[Field::required("tenantPhoneNumberId", Node::Int)],
    trim_keys: false,
};

crate::transcode::params::canonical_struct!(PolicyGroupDetailParams {
    tenant_phone_number_id: req "tenantPhoneNumberId",
});

crate::transcode::params::canonical_struct!(PolicyGroupCreateParams {
    name: req "name",
    remark: opt "remark",
    dispatch_type: req "dispatchType",
    detail_list: req "detailList",
});

crate::transcode::params::canonical_struct!(PolicyGroupUpdateParams {
    call_policy_group_id: req "callPolicyGroupId",
    name: opt "name",
    remark: opt "remark",
    dispatch_type: opt "dispatchType",
    detail_list: req "detailList",
});
