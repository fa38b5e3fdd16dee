//! `csRobot/staffGroupList` (csRobot.md): the human agent seat groups (人工坐席组).

use crate::http::Method;
use crate::transcode::schema::{Field, Node, Shape};
use crate::validation::{Issues, Validate};
use crate::yiwise::operation::Operation;
use crate::yiwise::page::Page;
use serde::{Deserialize, Serialize};

/// `GET csRobot/staffGroupList` → [`Page`]`<`[`CsStaffGroup`]`>`: the
/// company's valid agent seat groups, paged. Their `csStaffGroupId` is what
/// jobs with human intervention (人工介入/转人工) need.
///
/// ```
/// use yiwise_rongzi::yiwise::{api::cs_robot::StaffGroupList, operation::{decode_response, parse_params}};
/// let p = parse_params::<StaffGroupList>(serde_json::json!({"pageNum": 1, "pageSize": 20})).unwrap();
/// assert_eq!((p.page_num, p.page_size), (1, 20));
/// let body = r#"{"code":200,"data":{"number":1,"pageSize":20,"totalElements":1,"pages":1,"content":[{"csStaffGroupId":1,"groupName":"CS坐席组1","enabledStatus":"ENABLE","csStaffList":null}]},"requestId":"EJKEIHZQ","resultMsg":"查询成功","errorStackTrace":null}"#;
/// let g = &decode_response::<StaffGroupList>(200, body).unwrap().data.content[0];
/// assert_eq!((g.cs_staff_group_id, g.group_name.as_deref()), (Some(1), Some("CS坐席组1")));
/// ```
pub struct StaffGroupList;

impl Operation for StaffGroupList {
    const PATH: &'static str = "csRobot/staffGroupList";
    const SCHEMA: &'static crate::transcode::schema::Node = &STAFF_GROUP_PAGE;
    const METHOD: Method = Method::Get;
    type Params = CsRobotStaffGroupListParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&STAFF_GROUP_LIST_PARAMS),
    );
    type Output = Page<CsStaffGroup>;
}

/// Params of `csRobot/staffGroupList` (query string). Both are required.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CsRobotStaffGroupListParams {
    /// 页码 (required; ≥ 0, see below).
    // docs: the table's example is 0 while every other list pages from 1, so the
    // base is unclear; 0 is accepted so the docs' own example passes.
    #[serde(deserialize_with = "crate::lenient::i64_req")]
    pub page_num: i64,
    /// 每页记录数 (required; 0..=100).
    // docs: the example is 0 and no maximum is stated; 0 is accepted for the example,
    // and the 100 cap of the other list endpoints applies.
    #[serde(deserialize_with = "crate::lenient::i64_req")]
    pub page_size: i64,
}

impl Validate for CsRobotStaffGroupListParams {
    fn validate(&self, issues: &mut Issues) {
        if self.page_num < 0 {
            issues.push(
                "pageNum",
                format!("must be at least 0, got {}", self.page_num),
            );
        }
        issues.range("pageSize", Some(self.page_size), 0, 100);
    }
}

/// One agent seat group (坐席组). Only `csStaffGroupId` and `groupName` are in
/// the docs' table; the rest come from the example.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct CsStaffGroup {
    /// 坐席组Id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub cs_staff_group_id: Option<i64>,
    /// 坐席组名称.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub group_name: Option<String>,
    /// 话术id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub dialog_flow_id: Option<i64>,
    /// 话术名称.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub dialog_flow_name: Option<String>,
    /// 坐席容量.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub group_capacity: Option<i64>,
    /// 公司Id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub tenant_id: Option<i64>,
    /// 坐席组类型, e.g. `"CS"` (no list documented).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub group_type: Option<String>,
    /// 启用状态, e.g. `"ENABLE"` (a string here, unlike the 1/0 of phone lines).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub enabled_status: Option<String>,
    /// 创建人id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub create_user_id: Option<i64>,
    /// 更新人id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub update_user_id: Option<i64>,
    /// 创建时间 `yyyy-MM-dd HH:mm:ss`.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub create_time: Option<String>,
    /// 更新时间 `yyyy-MM-dd HH:mm:ss`.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub update_time: Option<String>,
    /// 坐席列表. The docs give no shape (the example is `null`), so items are
    /// passed through as raw JSON.
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "unknown[]"))]
    pub cs_staff_list: Vec<serde_json::Value>,
}

/// The schema of `csRobot/staffGroupList`'s data.
pub static STAFF_GROUP_PAGE: Node =
    crate::yiwise::page::page_schema!(&Node::Object(&CS_STAFF_GROUP));

// The schemas of the results (see `crate::transcode`): field for field
// the serde types above; `tests/schema_decoding.rs` checks that they agree.

/// The schema of [`CsStaffGroup`], field for field (see [`crate::transcode`]).
static CS_STAFF_GROUP: Shape = Shape {
    fields: &[
        Field::opt("csStaffGroupId", Node::Int),
        Field::opt("groupName", Node::Str),
        Field::opt("dialogFlowId", Node::Int),
        Field::opt("dialogFlowName", Node::Str),
        Field::opt("groupCapacity", Node::Int),
        Field::opt("tenantId", Node::Int),
        Field::opt("groupType", Node::Str),
        Field::opt("enabledStatus", Node::Str),
        Field::opt("createUserId", Node::Int),
        Field::opt("updateUserId", Node::Int),
        Field::opt("createTime", Node::Str),
        Field::opt("updateTime", Node::Str),
        Field::list("csStaffList", &Node::Any),
    ],
    trim_keys: false,
};

// The schemas of the params (see `Operation::PARAMS`): field for field the
// serde types above; `tests/params_wire.rs` checks that they agree.

/// The schema of [`CsRobotStaffGroupListParams`], field for field (see `Operation::PARAMS`).
pub(crate) static STAFF_GROUP_LIST_PARAMS: Shape = Shape {
    fields: &[
        Field::required("pageNum", Node::Int),
        Field::required("pageSize", Node::Int),
    ],
    trim_keys: false,
};

crate::transcode::params::canonical_struct!(CsRobotStaffGroupListParams {
    page_num: req "pageNum",
    page_size: req "pageSize",
});
