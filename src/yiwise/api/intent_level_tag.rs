//! `intentLevelTag/*` (intentLevelTag.md): intent-level tag groups (意向标签组),
//! the sets of intent levels a dialog flow grades its calls with.

use crate::empty::NoParams;
use crate::http::Method;
use crate::transcode::schema::{Field, Node, Shape};
use crate::validation::{Issues, Validate};
use crate::yiwise::operation::Operation;
use serde::{Deserialize, Serialize};

/// `GET intentLevelTag/getUsedIntentLevelTagList` → `Vec<`[`IntentLevelTagSummary`]`>`.
/// Takes no parameters.
///
/// 获取已使用的意向标签组列表: every tag group in use (`0` is the built-in one).
///
/// ```
/// use yiwise_rongzi::yiwise::{api::intent_level_tag::GetUsedIntentLevelTagList, operation::decode_response};
/// let body = r#"{"code":200,"data":[{"intentLevelTagId":0,"name":"内置意向分类标签"},{"intentLevelTagId":1,"name":"自定义标签分组"}],"requestId":"VCWAHVEJ","resultMsg":"获取成功","errorStackTrace":null}"#;
/// let groups = decode_response::<GetUsedIntentLevelTagList>(200, body).unwrap().data;
/// assert_eq!(groups[1].intent_level_tag_id, Some(1));
/// assert_eq!(groups[0].name.as_deref(), Some("内置意向分类标签"));
/// ```
pub struct GetUsedIntentLevelTagList;

impl Operation for GetUsedIntentLevelTagList {
    const PATH: &'static str = "intentLevelTag/getUsedIntentLevelTagList";
    const SCHEMA: &'static crate::transcode::schema::Node = &crate::transcode::schema::Node::List(
        &crate::transcode::schema::Node::Object(&INTENT_LEVEL_TAG_SUMMARY),
    );
    const METHOD: Method = Method::Get;
    type Params = NoParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> =
        Some(&crate::transcode::schema::Node::Nothing);
    type Output = Vec<IntentLevelTagSummary>;
}

/// One tag group of `intentLevelTag/getUsedIntentLevelTagList`: `{ intentLevelTagId, name }`.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct IntentLevelTagSummary {
    /// 意向标签分组Id (`0` = 内置意向分类标签, the built-in group).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub intent_level_tag_id: Option<i64>,
    /// 意向标签分组名称.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub name: Option<String>,
}

/// Params of `intentLevelTag/getIntentLevelTag`: `{ intentLevelTagId }`.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct IntentLevelTagGetIntentLevelTagParams {
    /// 标签分组Id (required; `0` is the built-in group).
    #[serde(deserialize_with = "crate::lenient::i64_req")]
    pub intent_level_tag_id: i64,
}

impl Validate for IntentLevelTagGetIntentLevelTagParams {
    fn validate(&self, issues: &mut Issues) {
        // `0` is a real id here (内置意向分类标签, the docs' example), so only
        // negative ids are refused.
        let id = self.intent_level_tag_id;
        if id < 0 {
            issues.push(
                "intentLevelTagId",
                format!("must be a non-negative id, got {id}"),
            );
        }
    }
}

/// `GET intentLevelTag/getIntentLevelTag` → [`IntentLevelTagContent`].
///
/// 获取意向标签内容: the intent levels (code and name) of one tag group.
///
/// ```
/// use yiwise_rongzi::yiwise::{api::intent_level_tag::GetIntentLevelTag, operation::{decode_response, parse_params}};
/// let p = parse_params::<GetIntentLevelTag>(serde_json::json!({"intentLevelTagId": 0})).unwrap();
/// assert_eq!(p.intent_level_tag_id, 0);
/// let body = r#"{"code":200,"data":{"intentLevelTagId":0,"name":"内置意向分类标签","details":[{"code":0,"name":"A类"},{"code":1,"name":"B类"}]},"requestId":"ILNBEQJF","resultMsg":"获取成功","errorStackTrace":null}"#;
/// let tag = decode_response::<GetIntentLevelTag>(200, body).unwrap().data;
/// assert_eq!(tag.details[1].code, Some(1));
/// assert_eq!(tag.details[1].name.as_deref(), Some("B类"));
/// ```
pub struct GetIntentLevelTag;

impl Operation for GetIntentLevelTag {
    const PATH: &'static str = "intentLevelTag/getIntentLevelTag";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::Object(&INTENT_LEVEL_TAG_CONTENT);
    const METHOD: Method = Method::Get;
    type Params = IntentLevelTagGetIntentLevelTagParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&INTENT_LEVEL_TAG_PARAMS),
    );
    type Output = IntentLevelTagContent;
}

/// One tag group with its levels: `{ intentLevelTagId, name, details: [{ code, name }] }`.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct IntentLevelTagContent {
    /// 意向标签分组Id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub intent_level_tag_id: Option<i64>,
    /// 意向标签分组名称.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub name: Option<String>,
    /// The group's intent levels (the table lists `code`/`name` flat; the
    /// example wraps them in `details`). `null` decodes as empty.
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    pub details: Vec<IntentLevelTagContentItem>,
}

/// One intent level of a tag group: `{ code, name }`.
///
/// For the built-in group (`0`) codes 0–5 are A–F (`A类` … `F类`); custom
/// groups use their own codes and names.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct IntentLevelTagContentItem {
    /// 意向等级 (an integer code).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub code: Option<i64>,
    /// 意向名称.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub name: Option<String>,
}

// The schemas of the results (see `crate::transcode`): field for field
// the serde types above; `tests/schema_decoding.rs` checks that they agree.

/// The schema of [`IntentLevelTagSummary`], field for field (see [`crate::transcode`]).
static INTENT_LEVEL_TAG_SUMMARY: Shape = Shape {
    fields: &[
        Field::opt("intentLevelTagId", Node::Int),
        Field::opt("name", Node::Str),
    ],
    trim_keys: false,
};

/// The schema of [`IntentLevelTagContent`], field for field (see [`crate::transcode`]).
static INTENT_LEVEL_TAG_CONTENT: Shape = Shape {
    fields: &[
        Field::opt("intentLevelTagId", Node::Int),
        Field::opt("name", Node::Str),
        Field::list("details", &Node::Object(&INTENT_LEVEL_TAG_CONTENT_ITEM)),
    ],
    trim_keys: false,
};

/// The schema of [`IntentLevelTagContentItem`], field for field (see [`crate::transcode`]).
static INTENT_LEVEL_TAG_CONTENT_ITEM: Shape = Shape {
    fields: &[Field::opt("code", Node::Int), Field::opt("name", Node::Str)],
    trim_keys: false,
};

// The schemas of the params (see `Operation::PARAMS`): field for field the
// serde types above; `tests/params_wire.rs` checks that they agree.

/// The schema of [`IntentLevelTagGetIntentLevelTagParams`], field for field (see `Operation::PARAMS`).
pub(crate) static INTENT_LEVEL_TAG_PARAMS: Shape = Shape {
    fields: &[Field::required("intentLevelTagId", Node::Int)],
    trim_keys: false,
};

crate::transcode::params::canonical_struct!(IntentLevelTagGetIntentLevelTagParams {
    intent_level_tag_id: req "intentLevelTagId",
});
