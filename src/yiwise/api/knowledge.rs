//! `knowledge/*` (knowledge.md, 2021-01 docs): the Q&A knowledge base of a
//! text chatbot. These endpoints live on their own host
//! (`https://brain.yiwise.com/apiOpen/knowledge/{function}`, no version
//! segment; see [`crate::yiwise::config::YiwiseConfig::url`]). The docs do
//! not say how they are authenticated; they are signed like every other
//! endpoint, which is an inference.

use crate::http::Method;
use crate::transcode::schema::{Field, Node, Shape};
use crate::validation::{Issues, Validate};
use crate::yiwise::enums::{KnowledgeAnswerType, KnowledgeGateway, KnowledgeStatus};
use crate::yiwise::operation::Operation;
use crate::yiwise::page::Page;
use serde::{Deserialize, Serialize};

/// `GET knowledge/list` → [`Page`]`<`[`Knowledge`]`>`: a bot's knowledge, paged,
/// optionally searched by title.
///
/// ```
/// use yiwise_rongzi::yiwise::{api::knowledge::List, operation::decode_response};
/// use yiwise_rongzi::yiwise::enums::{KnowledgeGateway, KnowledgeStatus};
/// // The docs' example response.
/// let body = r#"{"code":200,"data":{"number":1,"pageSize":20,"totalElements":1,"pages":1,"content":[{"createTime":"2020-04-01 16:27:00","updateTime":"2020-04-01 16:27:00","id":"5e8450544fce3e3e4405ae7a","botId":1,"knowledgeCategoryName":"测试类目","title":"测试知识","similarTitleList":["测试类目相似句"],"answers":[{"gateways":["ALL"],"type":"PURE_TEXT","content":"测试知识答案","startTime":null,"endTime":null,"associatedKnowledgeList":[]}],"status":"ENABLED","referenceExtraId":null}]},"requestId":"SOUDQEFM","resultMsg":"执行成功","errorStackTrace":null}"#;
/// let page = decode_response::<List>(200, body).unwrap().data;
/// let k = &page.content[0];
/// assert_eq!(k.id.as_deref(), Some("5e8450544fce3e3e4405ae7a"));
/// assert_eq!(k.answers[0].gateways, [KnowledgeGateway::All]);
/// assert_eq!(k.status, Some(KnowledgeStatus::Enabled));
/// ```
pub struct List;

impl Operation for List {
    const PATH: &'static str = "knowledge/list";
    const SCHEMA: &'static Node = &KNOWLEDGE_PAGE;
    const METHOD: Method = Method::Get;
    type Params = KnowledgeListParams;
    const PARAMS: Option<&'static Node> = Some(&Node::Object(&KNOWLEDGE_LIST_PARAMS));
    type Output = Page<Knowledge>;
}

/// `POST knowledge/create` → the created [`Knowledge`]. A category that does not
/// exist yet is created; a title must be unique within the bot.
///
/// ```
/// use yiwise_rongzi::yiwise::{api::knowledge::Create, operation::parse_params};
/// // The docs' example request.
/// let p = parse_params::<Create>(serde_json::json!({
///   "botId": 1, "knowledgeCategoryName": "待处理", "title": "测试添加知识", "similarTitleList": ["这是相似句"],
///   "answers": [{"gateways": ["ALL"], "type": "PURE_TEXT", "content": "测试添加知识答案", "startTime": null, "endTime": null, "associatedKnowledgeList": []}],
///   "status": "ENABLED"
/// })).unwrap();
/// assert_eq!(p.title, "测试添加知识");
/// let e = parse_params::<Create>(serde_json::json!({
///   "botId": 1, "knowledgeCategoryName": "待处理", "title": "t", "status": "ENABLED",
///   "answers": [{"gateways": ["ALL"], "type": "PURE_TEXT", "content": "x", "startTime": "2020-04-02"}]
/// })).unwrap_err();
/// assert_eq!(e.field.as_deref(), Some("answers[0].startTime"));
/// ```
pub struct Create;

impl Operation for Create {
    const PATH: &'static str = "knowledge/create";
    const SCHEMA: &'static Node = &Node::Object(&KNOWLEDGE);
    const METHOD: Method = Method::Post;
    type Params = KnowledgeCreateParams;
    const PARAMS: Option<&'static Node> = Some(&Node::Object(&KNOWLEDGE_CREATE_PARAMS));
    type Output = Knowledge;
}

/// `POST knowledge/update` → the updated [`Knowledge`]: the whole item, by `id`.
///
/// ```
/// use yiwise_rongzi::yiwise::{api::knowledge::Update, operation::parse_params};
/// // The docs' example request (it also sends the read-only times, which are accepted).
/// let p = parse_params::<Update>(serde_json::json!({
///   "createTime": "2020-04-02 14:31:02", "updateTime": "2020-04-02 14:31:02", "id": "5e8586a763b52f68ed372c5c",
///   "botId": 1, "knowledgeCategoryName": "待处理", "title": "测试添加知识", "similarTitleList": ["这是相似句"],
///   "answers": [{"gateways": ["ALL"], "type": "PURE_TEXT", "content": "测试添加知识答案", "startTime": null, "endTime": null, "associatedKnowledgeList": []}],
///   "status": "ENABLED", "referenceExtraId": null
/// })).unwrap();
/// assert_eq!(p.id, "5e8586a763b52f68ed372c5c");
/// ```
pub struct Update;

impl Operation for Update {
    const PATH: &'static str = "knowledge/update";
    const SCHEMA: &'static Node = &Node::Object(&KNOWLEDGE);
    const METHOD: Method = Method::Post;
    type Params = KnowledgeUpdateParams;
    const PARAMS: Option<&'static Node> = Some(&Node::Object(&KNOWLEDGE_UPDATE_PARAMS));
    type Output = Knowledge;
}

/// Params of `knowledge/list` (query string).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KnowledgeListParams {
    /// 机器人id (required).
    #[serde(deserialize_with = "crate::lenient::i64_req")]
    pub bot_id: i64,
    /// 页码 (default 1).
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub page_num: Option<i64>,
    /// 每页数据条数 (default 20, at most 100).
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub page_size: Option<i64>,
    /// 对知识标题进行搜索.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub keyword: Option<String>,
}

impl Validate for KnowledgeListParams {
    fn validate(&self, v: &mut Issues) {
        v.positive("botId", Some(self.bot_id));
        if let Some(n) = self.page_num.filter(|n| *n < 1) {
            v.push("pageNum", format!("must be at least 1, got {n}"));
        }
        v.range("pageSize", self.page_size, 1, 100);
    }
}

/// Params of `knowledge/create`: a knowledge item without its id.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KnowledgeCreateParams {
    /// 机器人id.
    #[serde(deserialize_with = "crate::lenient::i64_req")]
    pub bot_id: i64,
    /// 知识类目名称: a category that does not exist yet is created.
    pub knowledge_category_name: String,
    /// 知识标题: unique within the bot.
    pub title: String,
    /// 知识相似句: each unique within the bot too.
    #[serde(default)]
    pub similar_title_list: Option<Vec<String>>,
    /// 知识答案 (at least one).
    pub answers: Vec<KnowledgeAnswerInput>,
    /// 知识状态: ENABLED 启用, DISABLED 停用, DRAFT 草稿.
    pub status: KnowledgeStatus,
    /// 外部扩展id: your own id, to link the item to your data.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub reference_extra_id: Option<String>,
}

/// Params of `knowledge/update`: the whole item, with its `id`.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KnowledgeUpdateParams {
    /// 问答知识id (from `knowledge.list` or `knowledge.create`).
    pub id: String,
    /// 机器人id.
    #[serde(deserialize_with = "crate::lenient::i64_req")]
    pub bot_id: i64,
    /// 知识类目名称.
    pub knowledge_category_name: String,
    /// 知识标题: unique within the bot.
    pub title: String,
    /// 知识相似句.
    #[serde(default)]
    pub similar_title_list: Option<Vec<String>>,
    /// 知识答案 (at least one).
    pub answers: Vec<KnowledgeAnswerInput>,
    /// 知识状态.
    pub status: KnowledgeStatus,
    /// 外部扩展id.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub reference_extra_id: Option<String>,
    /// Read-only (set by the platform); accepted because the docs' example sends it back.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub create_time: Option<String>,
    /// Read-only; accepted as `createTime` is.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub update_time: Option<String>,
}

/// One answer of a knowledge item, as sent.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KnowledgeAnswerInput {
    /// 答案允许回复的渠道: ALL, WEB, WECHAT_PUBLIC, WECHAT_MINI_PROGRAM, WEIBO (at least one).
    pub gateways: Vec<KnowledgeGateway>,
    /// 答案类型: PURE_TEXT 纯文本, RICH_TEXT 富文本.
    #[serde(rename = "type")]
    pub answer_type: KnowledgeAnswerType,
    /// 答案内容.
    pub content: String,
    /// 生效开始时间 `yyyy-MM-dd HH:mm:ss`; none: no limit.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub start_time: Option<String>,
    /// 生效结束时间 `yyyy-MM-dd HH:mm:ss`; none: no limit.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub end_time: Option<String>,
    /// 答案关联的其他问答知识 (the docs do not give their shape; sent as given).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "unknown[]"))]
    pub associated_knowledge_list: Option<Vec<serde_json::Value>>,
}

/// The checks shared by create and update.
fn check_form(
    v: &mut Issues,
    bot_id: i64,
    category: &str,
    title: &str,
    similar: Option<&[String]>,
    answers: &[KnowledgeAnswerInput],
    status: &KnowledgeStatus,
) {
    v.positive("botId", Some(bot_id));
    for (name, text) in [("knowledgeCategoryName", category), ("title", title)] {
        if text.trim().is_empty() {
            v.push(name, "must not be empty");
        }
    }
    for (i, s) in similar.unwrap_or_default().iter().enumerate() {
        if s.trim().is_empty() {
            v.push(format!("similarTitleList[{i}]"), "must not be empty");
        }
    }
    v.min_items("answers", answers.len(), 1);
    let gateways: Vec<&str> = KnowledgeGateway::VALUES.iter().map(|(w, _)| *w).collect();
    let types: Vec<&str> = KnowledgeAnswerType::VALUES
        .iter()
        .map(|(w, _)| *w)
        .collect();
    for (i, a) in answers.iter().enumerate() {
        let f = |name: &str| format!("answers[{i}].{name}");
        v.min_items(&f("gateways"), a.gateways.len(), 1);
        for (j, g) in a.gateways.iter().enumerate() {
            v.one_of(&format!("{}[{j}]", f("gateways")), g.as_str(), &gateways);
        }
        v.one_of(&f("type"), a.answer_type.as_str(), &types);
        if a.content.trim().is_empty() {
            v.push(f("content"), "must not be empty");
        }
        v.date_time(&f("startTime"), a.start_time.as_deref());
        v.date_time(&f("endTime"), a.end_time.as_deref());
        if let (Some(s), Some(e)) = (&a.start_time, &a.end_time) {
            // `yyyy-MM-dd HH:mm:ss` sorts as text in time order.
            if s.len() == 19 && e.len() == 19 && s >= e {
                v.push(f("endTime"), format!("must be later than startTime ({s})"));
            }
        }
    }
    let statuses: Vec<&str> = KnowledgeStatus::VALUES.iter().map(|(w, _)| *w).collect();
    v.one_of("status", status.as_str(), &statuses);
}

impl Validate for KnowledgeCreateParams {
    fn validate(&self, v: &mut Issues) {
        check_form(
            v,
            self.bot_id,
            &self.knowledge_category_name,
            &self.title,
            self.similar_title_list.as_deref(),
            &self.answers,
            &self.status,
        );
    }
}

impl Validate for KnowledgeUpdateParams {
    fn validate(&self, v: &mut Issues) {
        if self.id.trim().is_empty() {
            v.push("id", "must not be empty");
        }
        check_form(
            v,
            self.bot_id,
            &self.knowledge_category_name,
            &self.title,
            self.similar_title_list.as_deref(),
            &self.answers,
            &self.status,
        );
    }
}

/// One knowledge item (问答知识), as the platform returns it.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct Knowledge {
    /// 问答知识id (like `5e8450544fce3e3e4405ae7a`).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub id: Option<String>,
    /// 机器人id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub bot_id: Option<i64>,
    /// 知识类目名称.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub knowledge_category_name: Option<String>,
    /// 知识标题.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub title: Option<String>,
    /// 知识相似句列表.
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    pub similar_title_list: Vec<String>,
    /// 知识答案列表.
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    pub answers: Vec<KnowledgeAnswer>,
    /// 知识状态: ENABLED, DISABLED, DRAFT.
    pub status: Option<KnowledgeStatus>,
    /// 外部扩展id.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub reference_extra_id: Option<String>,
    /// `yyyy-MM-dd HH:mm:ss`.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub create_time: Option<String>,
    /// `yyyy-MM-dd HH:mm:ss`.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub update_time: Option<String>,
}

/// One answer of a [`Knowledge`] item.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct KnowledgeAnswer {
    /// 答案允许回复的渠道.
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    pub gateways: Vec<KnowledgeGateway>,
    /// 答案类型.
    #[serde(rename = "type")]
    pub answer_type: Option<KnowledgeAnswerType>,
    /// 答案内容.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub content: Option<String>,
    /// 生效开始时间; none: no limit.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub start_time: Option<String>,
    /// 生效结束时间; none: no limit.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub end_time: Option<String>,
    /// 答案关联的其他问答知识 (shape not documented: kept as sent).
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "unknown[]"))]
    pub associated_knowledge_list: Vec<serde_json::Value>,
}

// The schemas (see `crate::transcode` and `Operation::PARAMS`): field for
// field the serde types above; `tests/schema_decoding.rs` and
// `tests/params_wire.rs` check that they agree.

/// The schema of [`Knowledge`], field for field.
pub(crate) static KNOWLEDGE: Shape = Shape {
    fields: &[
        Field::opt("id", Node::Str),
        Field::opt("botId", Node::Int),
        Field::opt("knowledgeCategoryName", Node::Str),
        Field::opt("title", Node::Str),
        Field::list("similarTitleList", &Node::Text),
        Field::list("answers", &Node::Object(&KNOWLEDGE_ANSWER)),
        Field::opt("status", Node::Enum),
        Field::opt("referenceExtraId", Node::Str),
        Field::opt("createTime", Node::Str),
        Field::opt("updateTime", Node::Str),
    ],
    trim_keys: false,
};

/// The schema of [`KnowledgeAnswer`], field for field.
static KNOWLEDGE_ANSWER: Shape = Shape {
    fields: &[
        Field::list("gateways", &Node::Enum),
        Field::opt("type", Node::Enum),
        Field::opt("content", Node::Str),
        Field::opt("startTime", Node::Str),
        Field::opt("endTime", Node::Str),
        Field::list("associatedKnowledgeList", &Node::Any),
    ],
    trim_keys: false,
};

/// The schema of `Page<Knowledge>`.
pub static KNOWLEDGE_PAGE: Node = crate::yiwise::page::page_schema!(&Node::Object(&KNOWLEDGE));

/// The schema of [`KnowledgeListParams`], field for field (see `Operation::PARAMS`).
pub(crate) static KNOWLEDGE_LIST_PARAMS: Shape = Shape {
    fields: &[
        Field::required("botId", Node::Int),
        Field::opt("pageNum", Node::Int),
        Field::opt("pageSize", Node::Int),
        Field::opt("keyword", Node::Str),
    ],
    trim_keys: false,
};

/// The schema of [`KnowledgeCreateParams`], field for field (see `Operation::PARAMS`).
pub(crate) static KNOWLEDGE_CREATE_PARAMS: Shape = Shape {
    fields: &[
        Field::required("botId", Node::Int),
        Field::required("knowledgeCategoryName", Node::Text),
        Field::required("title", Node::Text),
        Field::opt("similarTitleList", Node::List(&Node::Text)),
        Field::required("answers", Node::List(&KNOWLEDGE_ANSWER_INPUT_NODE)),
        Field::required("status", Node::Named("KnowledgeStatus", &Node::Enum)),
        Field::opt("referenceExtraId", Node::Str),
    ],
    trim_keys: false,
};

/// The schema of [`KnowledgeUpdateParams`], field for field (see `Operation::PARAMS`).
pub(crate) static KNOWLEDGE_UPDATE_PARAMS: Shape = Shape {
    fields: &[
        Field::required("id", Node::Text),
        Field::required("botId", Node::Int),
        Field::required("knowledgeCategoryName", Node::Text),
        Field::required("title", Node::Text),
        Field::opt("similarTitleList", Node::List(&Node::Text)),
        Field::required("answers", Node::List(&KNOWLEDGE_ANSWER_INPUT_NODE)),
        Field::required("status", Node::Named("KnowledgeStatus", &Node::Enum)),
        Field::opt("referenceExtraId", Node::Str),
        Field::opt("createTime", Node::Str),
        Field::opt("updateTime", Node::Str),
    ],
    trim_keys: false,
};

/// `KnowledgeAnswerInput` as a params node.
static KNOWLEDGE_ANSWER_INPUT_NODE: Node = Node::Named(
    "KnowledgeAnswerInput",
    &Node::Object(&KNOWLEDGE_ANSWER_INPUT),
);

/// The schema of [`KnowledgeAnswerInput`], field for field (see `Operation::PARAMS`).
pub(crate) static KNOWLEDGE_ANSWER_INPUT: Shape = Shape {
    fields: &[
        Field::required(
            "gateways",
            Node::List(&Node::Named("KnowledgeGateway", &Node::Enum)),
        ),
        Field::required("type", Node::Named("KnowledgeAnswerType", &Node::Enum)),
        Field::required("content", Node::Text),
        Field::opt("startTime", Node::Str),
        Field::opt("endTime", Node::Str),
        Field::opt("associatedKnowledgeList", Node::List(&Node::Any)),
    ],
    trim_keys: false,
};

crate::transcode::params::canonical_struct!(KnowledgeListParams {
    bot_id: req "botId",
    page_num: opt "pageNum",
    page_size: opt "pageSize",
    keyword: opt "keyword",
});

crate::transcode::params::canonical_struct!(KnowledgeCreateParams {
    bot_id: req "botId",
    knowledge_category_name: req "knowledgeCategoryName",
    title: req "title",
    similar_title_list: opt "similarTitleList",
    answers: req "answers",
    status: req "status",
    reference_extra_id: opt "referenceExtraId",
});

crate::transcode::params::canonical_struct!(KnowledgeUpdateParams {
    id: req "id",
    bot_id: req "botId",
    knowledge_category_name: req "knowledgeCategoryName",
    title: req "title",
    similar_title_list: opt "similarTitleList",
    answers: req "answers",
    status: req "status",
    reference_extra_id: opt "referenceExtraId",
    create_time: opt "createTime",
    update_time: opt "updateTime",
});

crate::transcode::params::canonical_struct!(KnowledgeAnswerInput {
    gateways: req "gateways",
    answer_type: req "type",
    content: req "content",
    start_time: opt "startTime",
    end_time: opt "endTime",
    associated_knowledge_list: opt "associatedKnowledgeList",
});
