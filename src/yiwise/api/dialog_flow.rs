//! `dialogFlow/*` (dialogFlow.md, and tenant.md for the list): the company's
//! robot dialog flows (话术), their flags, and their Word export.

use crate::empty::NoParams;
use crate::http::Method;
use crate::transcode::schema::{Field, Node, Shape};
use crate::validation::{Issues, Validate};
use crate::yiwise::enums::{DialogFlowStatus, Industry, SubIndustry};
use crate::yiwise::operation::Operation;
use serde::{Deserialize, Serialize};

/// `GET dialogFlow/getDialogFlowList` → `Vec<`[`DialogFlowInfo`]`>`. Takes no parameters.
///
/// 获取话术列表: every dialog flow (话术) of the company.
///
/// The endpoint is documented twice with different fields (tenant.md:
/// `industry`/`subIndustry`; dialogFlow.md: `intentLevelTagId`/`status`/
/// `createTime`); [`DialogFlowInfo`] holds the union, every field optional.
///
/// ```
/// use yiwise_rongzi::yiwise::{api::dialog_flow::GetDialogFlowList, enums::DialogFlowStatus, operation::decode_response};
/// let body = r#"{"code":200,"data":[{"dialogFlowId":1,"name":"话术标题","intentLevelTagId":0,"status":"APPROVED","createTime":"2019-04-24 20:28:17"}],"requestId":"VCWAHVEJ","resultMsg":"获取成功","errorStackTrace":null}"#;
/// let list = decode_response::<GetDialogFlowList>(200, body).unwrap().data;
/// assert_eq!(list[0].dialog_flow_id, Some(1));
/// assert_eq!(list[0].status, Some(DialogFlowStatus::Approved));
/// ```
pub struct GetDialogFlowList;

impl Operation for GetDialogFlowList {
    const PATH: &'static str = "dialogFlow/getDialogFlowList";
    const SCHEMA: &'static crate::transcode::schema::Node = &crate::transcode::schema::Node::List(
        &crate::transcode::schema::Node::Object(&DIALOG_FLOW_INFO),
    );
    const METHOD: Method = Method::Get;
    type Params = NoParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> =
        Some(&crate::transcode::schema::Node::Nothing);
    type Output = Vec<DialogFlowInfo>;
}

/// One dialog flow (话术) of `dialogFlow/getDialogFlowList`.
///
/// The union of both documented field sets (inventory I34): tenant.md gives
/// `dialogFlowId, name, industry, subIndustry`; dialogFlow.md gives
/// `dialogFlowId, name, intentLevelTagId, status, createTime`.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct DialogFlowInfo {
    /// 话术Id (Long in dialogFlow.md, Integer in tenant.md).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub dialog_flow_id: Option<i64>,
    /// 话术名称.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub name: Option<String>,
    /// 意向标签分组id (`0` = the built-in tag group); see `intentLevelTag/getIntentLevelTag`.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub intent_level_tag_id: Option<i64>,
    /// 话术状态: DRAFT 草稿, PENDING_APPROVAL 等待审核, REJECTED 拒绝, APPROVED 审核通过.
    pub status: Option<DialogFlowStatus>,
    /// 创建时间, `yyyy-MM-dd HH:mm:ss` in the example.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub create_time: Option<String>,
    /// 一级行业类型 (tenant.md only; in no example).
    pub industry: Option<Industry>,
    /// 二级行业类型 (tenant.md only; in no example).
    pub sub_industry: Option<SubIndustry>,
}

/// Params of `dialogFlow/getDialogFlowCallJobRelatedInfo`: `{ dialogFlowId }`.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DialogFlowGetDialogFlowCallJobRelatedInfoParams {
    /// 话术ID (required).
    #[serde(deserialize_with = "crate::lenient::i64_req")]
    pub dialog_flow_id: i64,
}

impl Validate for DialogFlowGetDialogFlowCallJobRelatedInfoParams {
    fn validate(&self, issues: &mut Issues) {
        non_negative_id(issues, "dialogFlowId", self.dialog_flow_id);
    }
}

/// An id that must not be negative.
///
/// docs: the 实例 column of both `dialogFlowId` params is `0`, so `0` is let
/// through (the docs' own example must pass); only negative ids are refused.
fn non_negative_id(issues: &mut Issues, field: &str, id: i64) {
    if id < 0 {
        issues.push(field, format!("must be a non-negative id, got {id}"));
    }
}

/// `GET dialogFlow/getDialogFlowCallJobRelatedInfo` → [`DialogFlowCallJobRelatedInfo`].
///
/// 获取话术中存在人工介入和转人工等标识: whether a dialog flow uses variables,
/// transfer to a human, or human intervention (which decide what `job/create`
/// needs: `transferPhoneNumber`, `csStaffGroupId`, customer properties).
///
/// ```
/// use yiwise_rongzi::yiwise::{api::dialog_flow::GetDialogFlowCallJobRelatedInfo, operation::decode_response};
/// let body = r#"{"code":200,"data":{"dialogFlowId":358,"placeholderExist":true,"jumpToHumanServiceExist":false,"humanInterventionExist":false},"requestId":"QKFCMKOY","resultMsg":"获取成功","errorStackTrace":null}"#;
/// let info = decode_response::<GetDialogFlowCallJobRelatedInfo>(200, body).unwrap().data;
/// assert_eq!((info.dialog_flow_id, info.placeholder_exist), (Some(358), Some(true)));
/// ```
pub struct GetDialogFlowCallJobRelatedInfo;

impl Operation for GetDialogFlowCallJobRelatedInfo {
    const PATH: &'static str = "dialogFlow/getDialogFlowCallJobRelatedInfo";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::Object(&DIALOG_FLOW_CALL_JOB_RELATED_INFO);
    const METHOD: Method = Method::Get;
    type Params = DialogFlowGetDialogFlowCallJobRelatedInfoParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&DIALOG_FLOW_ID_PARAMS),
    );
    type Output = DialogFlowCallJobRelatedInfo;
}

/// The flags of one dialog flow: `{ dialogFlowId, placeholderExist,
/// jumpToHumanServiceExist, humanInterventionExist }`.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct DialogFlowCallJobRelatedInfo {
    /// 话术ID (only in the example).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub dialog_flow_id: Option<i64>,
    /// 是否有变量名: the flow uses variables (customer `properties`).
    #[serde(deserialize_with = "crate::lenient::opt_bool")]
    pub placeholder_exist: Option<bool>,
    /// 是否转人工标识: the flow transfers to a human (`transferPhoneNumber` needed).
    #[serde(deserialize_with = "crate::lenient::opt_bool")]
    pub jump_to_human_service_exist: Option<bool>,
    /// 是否有人工介入标识: the flow has human intervention (`csStaffGroupId` needed).
    #[serde(deserialize_with = "crate::lenient::opt_bool")]
    pub human_intervention_exist: Option<bool>,
}

/// Params of `dialogFlow/exportDialogFlowWordDoc`: `{ dialogFlowId }`.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DialogFlowExportDialogFlowWordDocParams {
    /// 话术ID (required).
    #[serde(deserialize_with = "crate::lenient::i64_req")]
    pub dialog_flow_id: i64,
}

impl Validate for DialogFlowExportDialogFlowWordDocParams {
    fn validate(&self, issues: &mut Issues) {
        non_negative_id(issues, "dialogFlowId", self.dialog_flow_id);
    }
}

/// `GET dialogFlow/exportDialogFlowWordDoc` → `String`: a download URL.
///
/// 获取话术主流程word文档: exports the main flow of a dialog flow as a Word
/// document.
///
/// The response is an ordinary JSON envelope, not the file: its `data` is
/// "导出文档的下载链接", a signed Aliyun OSS URL of a `.doc` file that expires
/// (the example's URL carries `Expires=`, `OSSAccessKeyId=` and `Signature=`
/// query parameters). So the result
/// is that URL as a string, returned as is; the SDK does not download the
/// file (fetch it yourself promptly, or hand the link to a browser).
///
/// ```
/// use yiwise_rongzi::yiwise::{api::dialog_flow::ExportDialogFlowWordDoc, operation::decode_response};
/// let body = r#"{"code":200,"data":"https://ai-call-platform-daily.oss-cn-hangzhou.aliyuncs.com/DialogFlowWordFile/dialogFlow_1608.doc?Expires=1559704998","requestId":"QKFCMKOY","resultMsg":"获取成功","errorStackTrace":null}"#;
/// let url = decode_response::<ExportDialogFlowWordDoc>(200, body).unwrap().data;
/// assert!(url.starts_with("https://") && url.contains(".doc?"));
/// ```
pub struct ExportDialogFlowWordDoc;

impl Operation for ExportDialogFlowWordDoc {
    const PATH: &'static str = "dialogFlow/exportDialogFlowWordDoc";
    const SCHEMA: &'static crate::transcode::schema::Node = &crate::transcode::schema::Node::Text;
    const METHOD: Method = Method::Get;
    type Params = DialogFlowExportDialogFlowWordDocParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&DIALOG_FLOW_ID_PARAMS),
    );
    type Output = String;
}

// The schemas of the results (see `crate::transcode`): field for field
// the serde types above; `tests/schema_decoding.rs` checks that they agree.

/// The schema of [`DialogFlowInfo`], field for field (see [`crate::transcode`]).
static DIALOG_FLOW_INFO: Shape = Shape {
    fields: &[
        Field::opt("dialogFlowId", Node::Int),
        Field::opt("name", Node::Str),
        Field::opt("intentLevelTagId", Node::Int),
        Field::opt("status", Node::Enum),
        Field::opt("createTime", Node::Str),
        Field::opt("industry", Node::Enum),
        Field::opt("subIndustry", Node::Enum),
    ],
    trim_keys: false,
};

/// The schema of [`DialogFlowCallJobRelatedInfo`], field for field (see [`crate::transcode`]).
static DIALOG_FLOW_CALL_JOB_RELATED_INFO: Shape = Shape {
    fields: &[
        Field::opt("dialogFlowId", Node::Int),
        Field::opt("placeholderExist", Node::Bool),
        Field::opt("jumpToHumanServiceExist", Node::Bool),
        Field::opt("humanInterventionExist", Node::Bool),
    ],
    trim_keys: false,
};

// The schemas of the params (see `Operation::PARAMS`): field for field the
// serde types above; `tests/params_wire.rs` checks that they agree.

/// The schema of the params that are only `dialogFlowId`, field for field (see `Operation::PARAMS`).
pub(crate) static DIALOG_FLOW_ID_PARAMS: Shape = Shape {
    fields: &[Field::required("dialogFlowId", Node::Int)],
    trim_keys: false,
};

crate::transcode::params::canonical_struct!(DialogFlowGetDialogFlowCallJobRelatedInfoParams {
    dialog_flow_id: req "dialogFlowId",
});

crate::transcode::params::canonical_struct!(DialogFlowExportDialogFlowWordDocParams {
    dialog_flow_id: req "dialogFlowId",
});
