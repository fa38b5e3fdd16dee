//! `wechat/addFriend` (deprecated) and `wechat/updateFriendStatus` (docs §10, §11).

use crate::empty::Nothing;
use crate::http::Method;
use crate::rongzi::codes::CodeEnum;
use crate::rongzi::codes::{self, RongziWechatFriendStatus};
use crate::rongzi::operation::Operation;
use crate::transcode::schema::{Field, Node, Shape};
use crate::validation::{Issues, Validate};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// `POST wechat/addFriend` → [`RongziAddFriendResult`]: asks a customer to
/// become a WeChat friend. **Deprecated** by the docs (已弃用); kept for old servers.
///
/// The docs' table names the result `friendStatus`, the example sends the bare
/// code (`data: 3`): both decode to `{ friendStatus }`.
///
/// ```
/// use yiwise_rongzi::rongzi::{api::wechat::AddFriend, codes::RongziWechatFriendStatus, operation::decode_response};
/// let r = decode_response::<AddFriend>(200, r#"{"msg":"操作成功","code":0,"data":3}"#).unwrap().data;
/// assert_eq!(r.friend_status, Some(RongziWechatFriendStatus::RequestPending));
/// ```
pub struct AddFriend;

impl Operation for AddFriend {
    const PATH: &'static str = "wechat/addFriend";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::Object(&RONGZI_ADD_FRIEND_RESULT);
    const METHOD: Method = Method::Post;
    const DEPRECATED: Option<&'static str> = Some(
        "wechat.addFriend is deprecated by the Rongzi API docs (已弃用): the server may ignore it",
    );
    type Params = RongziWechatAddFriendParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> =
        Some(&crate::transcode::schema::Node::Object(&ADD_FRIEND_PARAMS));
    type Output = RongziAddFriendResult;

    fn prepare_data(data: &mut Value) {
        if !data.is_object() {
            let code = data.take();
            *data = super::object([("friendStatus", code)]);
        }
    }
}

/// Params of `wechat/addFriend`.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RongziWechatAddFriendParams {
    /// 客户手机号码 (digits).
    #[serde(deserialize_with = "super::param_string")]
    pub customer_mobile: String,
    /// 客户微信ID.
    #[serde(default, deserialize_with = "super::opt_param_string")]
    pub customer_wechat_id: Option<String>,
    /// 客户姓名 (used as the contact's remark).
    #[serde(default, deserialize_with = "super::opt_param_string")]
    pub customer_name: Option<String>,
    /// 销售手机号码 (digits).
    #[serde(default, deserialize_with = "super::opt_param_string")]
    pub emp_work_mobile: Option<String>,
    /// 销售微信ID.
    #[serde(default, deserialize_with = "super::opt_param_string")]
    pub emp_wechat_id: Option<String>,
    /// 销售姓名 (shown to the customer).
    #[serde(default, deserialize_with = "super::opt_param_string")]
    pub emp_name: Option<String>,
}

impl Validate for RongziWechatAddFriendParams {
    fn validate(&self, issues: &mut Issues) {
        if self.customer_mobile.is_empty() {
            issues.push("customerMobile", "must not be empty");
        }
        issues.digits("customerMobile", Some(&self.customer_mobile));
        issues.digits("empWorkMobile", self.emp_work_mobile.as_deref());
    }
}

/// What `wechat/addFriend` returns.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RongziAddFriendResult {
    /// 微信好友关系状态 (the docs: 3, `REQUEST_PENDING`).
    #[serde(default, deserialize_with = "codes::opt")]
    pub friend_status: Option<RongziWechatFriendStatus>,
}

/// `POST wechat/updateFriendStatus` → nothing: records whether a customer is a
/// WeChat friend. The docs allow `NOT_FRIEND` (1) and `FRIEND` (6) only.
///
/// ```
/// use yiwise_rongzi::rongzi::{api::wechat::UpdateFriendStatus, operation::{parse_params, Operation}};
/// let p = parse_params::<UpdateFriendStatus>(serde_json::json!({"customerMobile": "18722222222", "friendStatus": "FRIEND"})).unwrap();
/// assert_eq!(UpdateFriendStatus::wire(&p), serde_json::json!({"customerMobile": "18722222222", "friendStatus": 6}));
/// assert!(parse_params::<UpdateFriendStatus>(serde_json::json!({"customerMobile": "1", "friendStatus": 3})).is_err());
/// ```
pub struct UpdateFriendStatus;

impl Operation for UpdateFriendStatus {
    const PATH: &'static str = "wechat/updateFriendStatus";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::Nothing;
    const METHOD: Method = Method::Post;
    type Params = RongziWechatUpdateFriendStatusParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&UPDATE_FRIEND_STATUS_PARAMS),
    );
    type Output = Nothing;
}

/// Params of `wechat/updateFriendStatus`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RongziWechatUpdateFriendStatusParams {
    /// 客户手机号码 (digits).
    #[serde(deserialize_with = "super::param_string")]
    pub customer_mobile: String,
    /// 微信好友关系状态: `NOT_FRIEND` (1) or `FRIEND` (6). The docs' table types
    /// it String, the example sends a number: it is sent as a number.
    #[serde(deserialize_with = "codes::req", serialize_with = "codes::ser_code")]
    #[cfg_attr(
        target_arch = "wasm32",
        tsify(type = "'NOT_FRIEND' | 'FRIEND' | 1 | 6")
    )]
    pub friend_status: RongziWechatFriendStatus,
}

impl Validate for RongziWechatUpdateFriendStatusParams {
    fn validate(&self, issues: &mut Issues) {
        if self.customer_mobile.is_empty() {
            issues.push("customerMobile", "must not be empty");
        }
        issues.digits("customerMobile", Some(&self.customer_mobile));
        if !matches!(
            self.friend_status,
            RongziWechatFriendStatus::NotFriend | RongziWechatFriendStatus::Friend
        ) {
            issues.push(
                "friendStatus",
                format!(
                    "must be NOT_FRIEND (1) or FRIEND (6), got {}",
                    self.friend_status
                        .name()
                        .map_or_else(|| self.friend_status.code().to_string(), str::to_string)
                ),
            );
        }
    }
}

/// TypeScript of this module's results.
pub const TS: &str = r#"/** What `wechat.addFriend` resolves. */
export interface RongziAddFriendResult {
    /** 微信好友关系状态 (the docs: `REQUEST_PENDING`). */
    friendStatus: RongziWechatFriendStatus | null;
}"#;

// The schemas of the results (see `crate::transcode`): field for field
// the serde types above; `tests/schema_decoding.rs` checks that they agree.

/// The schema of [`RongziAddFriendResult`], field for field (see [`crate::transcode`]).
static RONGZI_ADD_FRIEND_RESULT: Shape = Shape {
    fields: &[Field::or_null(
        "friendStatus",
        Node::Code(<RongziWechatFriendStatus as CodeEnum>::VALUES),
    )],
    trim_keys: true,
};

// The schemas of the params (see `Operation::PARAMS`): field for field the
// serde types above; `tests/params_wire.rs` checks that they agree.

/// The schema of [`RongziWechatAddFriendParams`], field for field (see `Operation::PARAMS`).
pub(crate) static ADD_FRIEND_PARAMS: Shape = Shape {
    fields: &[
        Field::required("customerMobile", Node::Rule(&super::PARAM_STRING)),
        Field::opt("customerWechatId", Node::Rule(&super::OPT_PARAM_STRING)),
        Field::opt("customerName", Node::Rule(&super::OPT_PARAM_STRING)),
        Field::opt("empWorkMobile", Node::Rule(&super::OPT_PARAM_STRING)),
        Field::opt("empWechatId", Node::Rule(&super::OPT_PARAM_STRING)),
        Field::opt("empName", Node::Rule(&super::OPT_PARAM_STRING)),
    ],
    trim_keys: false,
};

/// The schema of [`RongziWechatUpdateFriendStatusParams`], field for field (see `Operation::PARAMS`).
pub(crate) static UPDATE_FRIEND_STATUS_PARAMS: Shape = Shape {
    fields: &[
        Field::required("customerMobile", Node::Rule(&super::PARAM_STRING)),
        Field::required("friendStatus", Node::Rule(&FRIEND_STATUS)),
    ],
    trim_keys: false,
};

/// `friendStatus` as a params schema rule (`codes::req`).
static FRIEND_STATUS: crate::transcode::params::Rule = crate::transcode::params::Rule {
    run: codes::code_rule::<RongziWechatFriendStatus>,
};

crate::transcode::params::canonical_struct!(RongziWechatAddFriendParams {
    customer_mobile: req "customerMobile",
    customer_wechat_id: opt "customerWechatId",
    customer_name: opt "customerName",
    emp_work_mobile: opt "empWorkMobile",
    emp_wechat_id: opt "empWechatId",
    emp_name: opt "empName",
});

crate::transcode::params::canonical_struct!(RongziWechatUpdateFriendStatusParams {
    customer_mobile: req "customerMobile",
    friend_status: req "friendStatus",
});
