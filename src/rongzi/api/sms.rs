//! `sms/templates`, `sms/addMessages`, `sms/getMessages` (docs §6–§8).

use super::customer::page_checks;
use super::{object, Millis, RongziPage};
use crate::empty::NoParams;
use crate::http::Method;
use crate::rongzi::codes::{self, CodeEnum, RongziFlag, RongziSenderRole};
use crate::rongzi::operation::Operation;
use crate::transcode::schema::{Field, Node, Shape};
use crate::validation::{Issues, Validate};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// `signature` of a message when the caller leaves it out (the docs' default).
pub const DEFAULT_SIGNATURE: &str = "【东方融资网】";

/// `GET sms/templates` → [`RongziSmsTemplate`]`[]`. Takes no parameters.
///
/// The docs' example pads the keys with spaces (`" id "`); they are trimmed.
///
/// ```
/// use yiwise_rongzi::rongzi::{api::sms::Templates, operation::decode_response};
/// let body = r#"{"msg":"操作成功","code":0,"data":[{" id ":"0"," title ":"回访模板"," content ":"恭喜你成功放款一个亿"}]}"#;
/// let t = decode_response::<Templates>(200, body).unwrap().data;
/// assert_eq!((t[0].id.as_deref(), t[0].title.as_deref()), (Some("0"), Some("回访模板")));
/// ```
pub struct Templates;

impl Operation for Templates {
    const PATH: &'static str = "sms/templates";
    const SCHEMA: &'static crate::transcode::schema::Node = &crate::transcode::schema::Node::List(
        &crate::transcode::schema::Node::Object(&RONGZI_SMS_TEMPLATE),
    );
    const METHOD: Method = Method::Get;
    type Params = NoParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> =
        Some(&crate::transcode::schema::Node::Nothing);
    type Output = Vec<RongziSmsTemplate>;

    fn prepare_data(data: &mut Value) {
        if data.is_null() {
            *data = Value::Array(Vec::new());
        }
    }
}

/// One SMS template.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RongziSmsTemplate {
    /// 模板id (a string, e.g. `"0"`; a number is kept as its text).
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub id: Option<String>,
    /// 模板标题.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub title: Option<String>,
    /// 模板内容.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub content: Option<String>,
}

/// `POST sms/addMessages` → the server's last operation time in ms: stores
/// messages read from the phone (a list of at least one).
///
/// `signature` defaults to `【东方融资网】` and `isRead` to `true` (1), as the
/// docs say; mobiles and names left out are sent as `""`.
///
/// ```
/// use yiwise_rongzi::rongzi::{api::sms::AddMessages, operation::{parse_params, Operation}};
/// let p = parse_params::<AddMessages>(serde_json::json!([{
///     "sender": "AA0396", "receiver": "AFC14101000001", "senderRole": "SALES",
///     "occurTime": "2018-09-07 06:53:41.300", "content": "您好", "receiverMobile": "13906509892", "sendStatus": true
/// }])).unwrap();
/// let w = AddMessages::wire(&p);
/// assert_eq!((&w[0]["senderRole"], &w[0]["signature"], &w[0]["isRead"]), (&serde_json::json!(1), &serde_json::json!("【东方融资网】"), &serde_json::json!(1)));
/// ```
pub struct AddMessages;

impl Operation for AddMessages {
    const PATH: &'static str = "sms/addMessages";
    const SCHEMA: &'static crate::transcode::schema::Node = &crate::transcode::schema::Node::Int;
    const METHOD: Method = Method::Post;
    const LIST_PARAMS: bool = true;
    type Params = RongziSmsAddMessagesParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::List(&crate::transcode::schema::Node::Named(
            "RongziSmsMessageInput",
            &crate::transcode::schema::Node::Object(&SMS_MESSAGE_INPUT),
        )),
    );
    const OWN_WIRE: bool = true;
    type Output = Millis;

    fn wire(p: &RongziSmsAddMessagesParams) -> Value {
        Value::Array(
            p.0.iter()
                .map(|m| {
                    let text = |v: &Option<String>| v.as_deref().unwrap_or("").into();
                    object([
                        ("sender", m.sender.as_str().into()),
                        ("receiver", m.receiver.as_str().into()),
                        ("senderRole", m.sender_role.code().into()),
                        ("occurTime", m.occur_time.as_str().into()),
                        ("content", m.content.as_str().into()),
                        ("senderMobile", text(&m.sender_mobile)),
                        ("receiverMobile", text(&m.receiver_mobile)),
                        ("senderName", text(&m.sender_name)),
                        ("receiverName", text(&m.receiver_name)),
                        (
                            "signature",
                            m.signature.as_deref().unwrap_or(DEFAULT_SIGNATURE).into(),
                        ),
                        ("sendStatus", m.send_status.code().into()),
                        (
                            "isRead",
                            m.is_read.unwrap_or(RongziFlag::Bool(true)).code().into(),
                        ),
                    ])
                })
                .collect(),
        )
    }
}

/// Params of `sms/addMessages`: the messages (at least one).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(transparent)]
pub struct RongziSmsAddMessagesParams(pub Vec<RongziSmsMessageInput>);

/// One message to store. Between two salespeople the sender/receiver is the
/// staff number and the mobile `""`; for a customer, the customer code and
/// mobile (docs §9 备注).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RongziSmsMessageInput {
    /// 发送者编号 (staff number or customer code).
    #[serde(deserialize_with = "super::param_string")]
    pub sender: String,
    /// 接收方编号.
    #[serde(deserialize_with = "super::param_string")]
    pub receiver: String,
    /// 谁发送: `SALES` or `CUSTOMER` (or the code 1/2).
    #[serde(deserialize_with = "codes::req", serialize_with = "codes::ser_code")]
    pub sender_role: RongziSenderRole,
    /// 发送时间 `yyyy-MM-dd HH:mm:ss` with optional `.SSS`.
    #[serde(deserialize_with = "super::param_string")]
    pub occur_time: String,
    /// 发送内容.
    #[serde(deserialize_with = "super::param_string")]
    pub content: String,
    /// 发送者号码: digits, or `""` (default) for a salesperson.
    #[serde(default, deserialize_with = "super::opt_param_string")]
    pub sender_mobile: Option<String>,
    /// 接受者号码: digits, or `""` (default).
    #[serde(default, deserialize_with = "super::opt_param_string")]
    pub receiver_mobile: Option<String>,
    /// 发送者名字 (default `""`).
    #[serde(default, deserialize_with = "super::opt_param_string")]
    pub sender_name: Option<String>,
    /// 接受者名字 (default `""`).
    #[serde(default, deserialize_with = "super::opt_param_string")]
    pub receiver_name: Option<String>,
    /// 签名 (default `【东方融资网】`).
    #[serde(default, deserialize_with = "super::opt_param_string")]
    pub signature: Option<String>,
    /// 发送状态: `true` (1, 成功) or `false` (0, 失败).
    #[serde(serialize_with = "ser_flag")]
    pub send_status: RongziFlag,
    /// 读取状态 (default `true`, 1).
    #[serde(
        default,
        deserialize_with = "codes::opt_flag",
        serialize_with = "codes::ser_opt_flag"
    )]
    pub is_read: Option<RongziFlag>,
}

fn ser_flag<S: serde::Serializer>(v: &RongziFlag, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_i64(v.code())
}

impl Validate for RongziSmsAddMessagesParams {
    fn validate(&self, issues: &mut Issues) {
        issues.min_items("params", self.0.len(), 1);
        for (i, m) in self.0.iter().enumerate() {
            let f = |name: &str| format!("[{i}].{name}");
            for (name, v) in [
                ("sender", &m.sender),
                ("receiver", &m.receiver),
                ("content", &m.content),
            ] {
                if v.trim().is_empty() {
                    issues.push(f(name), "must not be empty");
                }
            }
            issues.date_time_millis(&f("occurTime"), Some(&m.occur_time));
            issues.digits(&f("senderMobile"), m.sender_mobile.as_deref());
            issues.digits(&f("receiverMobile"), m.receiver_mobile.as_deref());
        }
    }
}

/// `POST sms/getMessages` → [`RongziPage`]`<`[`RongziSmsMessage`]`>`: the
/// messages between a salesperson and a customer, page by page.
///
/// ```
/// use yiwise_rongzi::rongzi::{api::sms::GetMessages, operation::{parse_params, Operation}};
/// let p = parse_params::<GetMessages>(serde_json::json!({"empCode": "AA0396", "customerCode": "AFC14101000001"})).unwrap();
/// assert_eq!(GetMessages::wire(&p)["pageIndex"], 1);
/// ```
pub struct GetMessages;

impl Operation for GetMessages {
    const PATH: &'static str = "sms/getMessages";
    const SCHEMA: &'static crate::transcode::schema::Node = &MESSAGE_PAGE;
    const METHOD: Method = Method::Post;
    type Params = RongziSmsGetMessagesParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&SMS_GET_MESSAGES_PARAMS),
    );
    const OWN_WIRE: bool = true;
    type Output = RongziPage<RongziSmsMessage>;

    fn wire(p: &RongziSmsGetMessagesParams) -> Value {
        let text = |v: &Option<String>| v.as_deref().map(Value::from);
        crate::http::wire_object([
            ("empCode", text(&p.emp_code)),
            ("customerCode", text(&p.customer_code)),
            ("empName", text(&p.emp_name)),
            ("customerMobile", text(&p.customer_mobile)),
            (
                "pageSize",
                Some(
                    p.page_size
                        .unwrap_or(super::customer::DEFAULT_PAGE_SIZE)
                        .into(),
                ),
            ),
            ("pageIndex", Some(p.page_index.unwrap_or(1).into())),
        ])
    }
}

/// Params of `sms/getMessages`: filters (each optional) and paging.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RongziSmsGetMessagesParams {
    /// 销售工号.
    #[serde(default, deserialize_with = "super::opt_param_string")]
    pub emp_code: Option<String>,
    /// 客户编号 (the table calls it 客户工号).
    #[serde(default, deserialize_with = "super::opt_param_string")]
    pub customer_code: Option<String>,
    /// 销售姓名.
    #[serde(default, deserialize_with = "super::opt_param_string")]
    pub emp_name: Option<String>,
    /// 客户手机号码 (digits).
    #[serde(default, deserialize_with = "super::opt_param_string")]
    pub customer_mobile: Option<String>,
    /// 每页记录行数, at least 1 (default 20; `getMessagesAll`: 100).
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub page_size: Option<i64>,
    /// 第几页, from 1 (default 1).
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub page_index: Option<i64>,
}

impl Validate for RongziSmsGetMessagesParams {
    fn validate(&self, issues: &mut Issues) {
        issues.digits("customerMobile", self.customer_mobile.as_deref());
        page_checks(issues, self.page_index, self.page_size);
    }
}

/// One stored message of `sms/getMessages`, codes decoded.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RongziSmsMessage {
    /// 发送者编号.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub sender: Option<String>,
    /// 接收方编号.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub receiver: Option<String>,
    /// 谁发送.
    #[serde(default, deserialize_with = "codes::opt")]
    pub sender_role: Option<RongziSenderRole>,
    /// 发送时间, as sent (`yyyy-MM-dd HH:mm:ss[.SSS]`).
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub occur_time: Option<String>,
    /// 发送内容.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub content: Option<String>,
    /// 发送者号码.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub sender_mobile: Option<String>,
    /// 接受者号码.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub receiver_mobile: Option<String>,
    /// 发送者名字.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub sender_name: Option<String>,
    /// 接受者名字.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub receiver_name: Option<String>,
    /// 签名.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub signature: Option<String>,
    /// 发送状态: `true` 成功, `false` 失败.
    #[serde(default, deserialize_with = "codes::opt_flag")]
    pub send_status: Option<RongziFlag>,
    /// 读取状态.
    #[serde(default, deserialize_with = "codes::opt_flag")]
    pub is_read: Option<RongziFlag>,
}

/// The schema of `sms/getMessages`'s data, field for field
/// [`RongziPage`]`<`[`RongziSmsMessage`]`>` (see [`crate::transcode`];
/// `tests/transcode.rs` checks that both decode alike).
pub static MESSAGE_PAGE: Node = super::page_schema!(&Node::Object(&RONGZI_SMS_MESSAGE));

/// TypeScript of this module's results.
pub const TS: &str = r#"/** One SMS template. */
export interface RongziSmsTemplate {
    /** 模板id, e.g. `"0"` */
    id: string | null;
    /** 模板标题 */
    title: string | null;
    /** 模板内容 */
    content: string | null;
}

/** One stored message of `sms.getMessages`, codes decoded. */
export interface RongziSmsMessage {
    /** 发送者编号 */
    sender: string | null;
    /** 接收方编号 */
    receiver: string | null;
    /** 谁发送 */
    senderRole: RongziSenderRole | null;
    /** 发送时间 `yyyy-MM-dd HH:mm:ss[.SSS]`, as sent */
    occurTime: string | null;
    /** 发送内容 */
    content: string | null;
    /** 发送者号码 */
    senderMobile: string | null;
    /** 接受者号码 */
    receiverMobile: string | null;
    /** 发送者名字 */
    senderName: string | null;
    /** 接受者名字 */
    receiverName: string | null;
    /** 签名 */
    signature: string | null;
    /** 发送状态 (1 → true 成功, 0 → false 失败) */
    sendStatus: RongziFlag | null;
    /** 读取状态 */
    isRead: RongziFlag | null;
}"#;

// The schemas of the results (see `crate::transcode`): field for field
// the serde types above; `tests/schema_decoding.rs` checks that they agree.

/// The schema of [`RongziSmsTemplate`], field for field (see [`crate::transcode`]).
static RONGZI_SMS_TEMPLATE: Shape = Shape {
    fields: &[
        Field::or_null("id", Node::Str),
        Field::or_null("title", Node::Str),
        Field::or_null("content", Node::Str),
    ],
    trim_keys: true,
};

/// The schema of [`RongziSmsMessage`], field for field (see [`crate::transcode`]).
static RONGZI_SMS_MESSAGE: Shape = Shape {
    fields: &[
        Field::or_null("sender", Node::Str),
        Field::or_null("receiver", Node::Str),
        Field::or_null(
            "senderRole",
            Node::Code(<RongziSenderRole as CodeEnum>::VALUES),
        ),
        Field::or_null("occurTime", Node::Str),
        Field::or_null("content", Node::Str),
        Field::or_null("senderMobile", Node::Str),
        Field::or_null("receiverMobile", Node::Str),
        Field::or_null("senderName", Node::Str),
        Field::or_null("receiverName", Node::Str),
        Field::or_null("signature", Node::Str),
        Field::or_null("sendStatus", Node::Flag),
        Field::or_null("isRead", Node::Flag),
    ],
    trim_keys: true,
};

// The schemas of the params (see `Operation::PARAMS`): field for field the
// serde types above; `tests/params_wire.rs` checks that they agree.

/// The schema of [`RongziSmsMessageInput`], field for field (see `Operation::PARAMS`).
pub(crate) static SMS_MESSAGE_INPUT: Shape = Shape {
    fields: &[
        Field::required("sender", Node::Rule(&super::PARAM_STRING)),
        Field::required("receiver", Node::Rule(&super::PARAM_STRING)),
        Field::required("senderRole", Node::Rule(&SENDER_ROLE)),
        Field::required("occurTime", Node::Rule(&super::PARAM_STRING)),
        Field::required("content", Node::Rule(&super::PARAM_STRING)),
        Field::opt("senderMobile", Node::Rule(&super::OPT_PARAM_STRING)),
        Field::opt("receiverMobile", Node::Rule(&super::OPT_PARAM_STRING)),
        Field::opt("senderName", Node::Rule(&super::OPT_PARAM_STRING)),
        Field::opt("receiverName", Node::Rule(&super::OPT_PARAM_STRING)),
        Field::opt("signature", Node::Rule(&super::OPT_PARAM_STRING)),
        Field::required("sendStatus", Node::Rule(&codes::FLAG)),
        Field::opt("isRead", Node::Rule(&codes::OPT_FLAG)),
    ],
    trim_keys: false,
};

/// The schema of [`RongziSmsGetMessagesParams`], field for field (see `Operation::PARAMS`).
pub(crate) static SMS_GET_MESSAGES_PARAMS: Shape = Shape {
    fields: &[
        Field::opt("empCode", Node::Rule(&super::OPT_PARAM_STRING)),
        Field::opt("customerCode", Node::Rule(&super::OPT_PARAM_STRING)),
        Field::opt("empName", Node::Rule(&super::OPT_PARAM_STRING)),
        Field::opt("customerMobile", Node::Rule(&super::OPT_PARAM_STRING)),
        Field::opt("pageSize", Node::Int),
        Field::opt("pageIndex", Node::Int),
    ],
    trim_keys: false,
};

/// `senderRole` as a params schema rule (`codes::req`).
static SENDER_ROLE: crate::transcode::params::Rule = crate::transcode::params::Rule {
    run: codes::code_rule::<RongziSenderRole>,
};

crate::transcode::params::canonical_struct!(RongziSmsMessageInput {
    sender: req "sender",
    receiver: req "receiver",
    sender_role: req "senderRole",
    occur_time: req "occurTime",
    content: req "content",
    sender_mobile: opt "senderMobile",
    receiver_mobile: opt "receiverMobile",
    sender_name: opt "senderName",
    receiver_name: opt "receiverName",
    signature: opt "signature",
    send_status: req "sendStatus",
    is_read: opt "isRead",
});

impl crate::transcode::params::Canonical for RongziSmsAddMessagesParams {
    fn from_canonical(v: &Value) -> Option<Self> {
        crate::transcode::params::Canonical::from_canonical(v).map(RongziSmsAddMessagesParams)
    }
}

crate::transcode::params::canonical_struct!(RongziSmsGetMessagesParams {
    emp_code: opt "empCode",
    customer_code: opt "customerCode",
    emp_name: opt "empName",
    customer_mobile: opt "customerMobile",
    page_size: opt "pageSize",
    page_index: opt "pageIndex",
});
