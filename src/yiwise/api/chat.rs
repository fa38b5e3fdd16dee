//! `chat` (chat.md, 2021-01 docs): one turn with a text chatbot (专业版文本机器人),
//! signed like every other endpoint. The path has no function segment; its JS
//! name is `chat.send`.

use crate::http::Method;
use crate::transcode::schema::{Field, Node, Shape};
use crate::validation::{Issues, Validate};
use crate::yiwise::enums::AnswerSource;
use crate::yiwise::operation::Operation;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Longest `text` sent: the docs give no limit; this keeps one turn a sentence or a
/// paragraph, not a document.
pub const MAX_TEXT_CHARS: usize = 2000;

/// `POST chat` → [`ChatResult`]: sends what the user said and returns the bot's answers.
/// Omit `sessionId` for a new conversation and pass the returned one to continue it.
///
/// ```
/// use yiwise_rongzi::yiwise::{api::chat::Chat, operation::{decode_response, parse_params}};
/// use yiwise_rongzi::yiwise::enums::AnswerSource;
/// // The docs' example request and response.
/// let p = parse_params::<Chat>(serde_json::json!({
///     "botId": 123, "text": "请问明天杭州的天气怎么样", "sessionId": null, "tag": "xxxx",
///     "metaData": {"姓名": "张三", "城市": "杭州"}
/// })).unwrap();
/// assert_eq!(p.bot_id, 123);
/// let body = r#"{"code":200,"data":{"chatId":2450,"sessionId":"5d1dc916c5efd96084bff32d","messages":[{"text":{"answer":"哈喽，人见人爱的我来啦，有啥我可以帮您的吗~","answerSource":"CHAT"},"recommends":[]}]},"requestId":"TLDCOZPZ","resultMsg":"执行成功","errorStackTrace":null}"#;
/// let r = decode_response::<Chat>(200, body).unwrap().data;
/// assert_eq!(r.session_id.as_deref(), Some("5d1dc916c5efd96084bff32d"));
/// assert_eq!(r.messages[0].text.as_ref().unwrap().answer_source, Some(AnswerSource::Chat));
/// ```
pub struct Chat;

impl Operation for Chat {
    const PATH: &'static str = "chat";
    const SCHEMA: &'static Node = &Node::Object(&CHAT_RESULT);
    const METHOD: Method = Method::Post;
    type Params = ChatParams;
    const PARAMS: Option<&'static Node> = Some(&Node::Object(&CHAT_PARAMS));
    type Output = ChatResult;
}

/// Params of `chat` (JSON body).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", tsify(hashmap_as_object))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ChatParams {
    /// 用户输入 (required, not blank).
    pub text: String,
    /// 机器人id (required).
    #[serde(deserialize_with = "crate::lenient::i64_req")]
    pub bot_id: i64,
    /// 会话ID: leave it out for a new conversation; pass the one the first answer returned
    /// to keep its context.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub session_id: Option<String>,
    /// Anything; returned as is in the result (透传).
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub tag: Option<String>,
    /// External variables for the bot, by name: the bot reads `姓名` as `${meta.姓名}`.
    #[serde(default)]
    pub meta_data: Option<BTreeMap<String, String>>,
}

impl Validate for ChatParams {
    fn validate(&self, v: &mut Issues) {
        if self.text.trim().is_empty() {
            v.push("text", "must not be empty");
        }
        v.max_chars("text", Some(&self.text), MAX_TEXT_CHARS);
        v.positive("botId", Some(self.bot_id));
        if let Some(s) = &self.session_id {
            if s.trim().is_empty() {
                v.push(
                    "sessionId",
                    "must not be empty (leave it out to start a new conversation)",
                );
            }
        }
        for k in self.meta_data.iter().flat_map(BTreeMap::keys) {
            if k.trim().is_empty() {
                v.push("metaData", "must not have an empty variable name");
            }
        }
    }
}

/// `data` of `chat`: this turn's answers and the conversation they belong to.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct ChatResult {
    /// 本轮会话消息id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub chat_id: Option<i64>,
    /// 本次会话id: pass it as `sessionId` to continue.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub session_id: Option<String>,
    /// The answers. The docs' table calls the field `message`, their example sends the
    /// list `messages`; both are read.
    #[serde(alias = "message", deserialize_with = "crate::lenient::vec_or_null")]
    pub messages: Vec<ChatMessage>,
    /// The params' `tag`, returned as is (when the platform sends it back).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub tag: Option<String>,
}

/// One answer of a chat turn.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct ChatMessage {
    /// 答案内容.
    pub text: Option<ChatText>,
    /// 推荐的答案列表.
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    pub recommends: Vec<ChatRecommend>,
}

/// The text of a chat answer.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct ChatText {
    /// 回复内容.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub answer: Option<String>,
    /// 回复来源: CHAT 闲聊, KNOWLEDGE 问答知识, DIALOG_FLOW 多轮对话, UNKNOWN 拒答回复,
    /// CLARIFICATION 智能澄清, KNOWLEDGE_RECOMMEND 问答知识推荐.
    pub answer_source: Option<AnswerSource>,
}

/// A recommended knowledge item of a chat answer.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct ChatRecommend {
    /// 知识id (a string: the knowledge base's ids are like `5e8450544fce3e3e4405ae7a`).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub knowledge_id: Option<String>,
    /// 知识标题.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub knowledge_title: Option<String>,
}

// The schemas (see `crate::transcode` and `Operation::PARAMS`): field for
// field the serde types above; `tests/schema_decoding.rs` and
// `tests/params_wire.rs` check that they agree.

/// The schema of [`ChatResult`], field for field.
static CHAT_RESULT: Shape = Shape {
    fields: &[
        Field::opt("chatId", Node::Int),
        Field::opt("sessionId", Node::Str),
        Field::list("messages", &Node::Object(&CHAT_MESSAGE)).with_aliases(&["message"]),
        Field::opt("tag", Node::Str),
    ],
    trim_keys: false,
};

/// The schema of [`ChatMessage`], field for field.
static CHAT_MESSAGE: Shape = Shape {
    fields: &[
        Field::opt("text", Node::Object(&CHAT_TEXT)),
        Field::list("recommends", &Node::Object(&CHAT_RECOMMEND)),
    ],
    trim_keys: false,
};

/// The schema of [`ChatText`], field for field.
static CHAT_TEXT: Shape = Shape {
    fields: &[
        Field::opt("answer", Node::Str),
        Field::opt("answerSource", Node::Enum),
    ],
    trim_keys: false,
};

/// The schema of [`ChatRecommend`], field for field.
static CHAT_RECOMMEND: Shape = Shape {
    fields: &[
        Field::opt("knowledgeId", Node::Str),
        Field::opt("knowledgeTitle", Node::Str),
    ],
    trim_keys: false,
};

/// The schema of [`ChatParams`], field for field (see `Operation::PARAMS`).
pub(crate) static CHAT_PARAMS: Shape = Shape {
    fields: &[
        Field::required("text", Node::Text),
        Field::required("botId", Node::Int),
        Field::opt("sessionId", Node::Str),
        Field::opt("tag", Node::Str),
        Field::opt("metaData", Node::StrictMap(&Node::Text)),
    ],
    trim_keys: false,
};

crate::transcode::params::canonical_struct!(ChatParams {
    text: req "text",
    bot_id: req "botId",
    session_id: opt "sessionId",
    tag: opt "tag",
    meta_data: opt "metaData",
});
