//! `isv/*` (isv.md): ISV accounts (appKey/appSecret pairs) of the company and
//! its sub-accounts, their signature and callback URLs.

use crate::empty::{NoParams, Nothing};
use crate::http::Method;
use crate::lenient::truncate;
use crate::transcode::schema::{Field, Node, Shape};
use crate::validation::{Issues, Validate};
use crate::yiwise::operation::Operation;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Params of `isv/updateIsvInfo`: `{ tenantSign, callbackUrl?, smsCallbackUrl? }`.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct IsvUpdateIsvInfoParams {
    /// 客户签名 (required), e.g. `yiwise`.
    pub tenant_sign: String,
    /// 回调URL: where call-record and job callbacks are posted.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub callback_url: Option<String>,
    /// 短信回调地址: where SMS callbacks (`ROBOT_CALL_SMS`) are posted (table only).
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub sms_callback_url: Option<String>,
}

impl Validate for IsvUpdateIsvInfoParams {
    fn validate(&self, issues: &mut Issues) {
        tenant_sign(issues, &self.tenant_sign);
        callback_url(issues, "callbackUrl", self.callback_url.as_deref());
        callback_url(issues, "smsCallbackUrl", self.sms_callback_url.as_deref());
    }
}

/// `tenantSign` must not be blank.
fn tenant_sign(issues: &mut Issues, value: &str) {
    if value.trim().is_empty() {
        issues.push("tenantSign", "must not be empty");
    }
}

/// A callback URL, when given and not empty, must use http(s).
///
/// docs: the request example sends `"callbackUrl": "http:999999999"` (no
/// `//`, no host), so only the scheme is checked, not the whole URL shape.
/// An empty string is let through (it may be how a callback is switched off).
fn callback_url(issues: &mut Issues, field: &str, value: Option<&str>) {
    let Some(v) = value else { return };
    let lower = v.trim().to_ascii_lowercase();
    let http = lower.starts_with("http:") || lower.starts_with("https:");
    if !v.is_empty() && !http {
        issues.push(
            field,
            format!(
                "must be an http: or https: URL, got {:?}",
                truncate(v.trim())
            ),
        );
    }
}

/// `POST isv/updateIsvInfo` → nothing (`data` is `null`).
///
/// 修改ISV对象的公司签名和回调地址: changes the company signature and the
/// callback URLs of this ISV account.
///
/// ```
/// use yiwise_rongzi::yiwise::{api::isv::UpdateIsvInfo, operation::parse_params};
/// let p = parse_params::<UpdateIsvInfo>(serde_json::json!({"tenantSign": "yiwise", "callbackUrl": "https://example.com/cb"})).unwrap();
/// assert_eq!(p.tenant_sign, "yiwise");
/// let e = parse_params::<UpdateIsvInfo>(serde_json::json!({"tenantSign": "yiwise", "callbackUrl": "example.com"})).unwrap_err();
/// assert_eq!(e.field.as_deref(), Some("callbackUrl"));
/// ```
pub struct UpdateIsvInfo;

impl Operation for UpdateIsvInfo {
    const PATH: &'static str = "isv/updateIsvInfo";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::Nothing;
    const METHOD: Method = Method::Post;
    type Params = IsvUpdateIsvInfoParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&UPDATE_ISV_INFO_PARAMS),
    );
    type Output = Nothing;
}

/// Params of `isv/genSubAccountIsv`: `{ tenantSign, phoneNumber }`.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct IsvGenSubAccountIsvParams {
    /// 客户签名 (required), e.g. `yiwise`.
    pub tenant_sign: String,
    /// 子账号手机号 (required): the sub-account's mobile number, 11 digits
    /// starting with `1`, e.g. `16600000001`.
    pub phone_number: String,
}

impl Validate for IsvGenSubAccountIsvParams {
    fn validate(&self, issues: &mut Issues) {
        tenant_sign(issues, &self.tenant_sign);
        // 手机号 is a mainland mobile number: 11 digits, the first `1`
        // (the docs' example is 16600000001). No `+86` or separators.
        let p = self.phone_number.as_str();
        let ok = p.len() == 11 && p.starts_with('1') && p.bytes().all(|b| b.is_ascii_digit());
        if !ok {
            issues.push(
                "phoneNumber",
                format!(
                    "must be an 11-digit mobile number starting with 1, got {:?}",
                    truncate(p)
                ),
            );
        }
    }
}

/// `POST isv/genSubAccountIsv` → `Option<`[`IsvInfo`]`>`: the new account, if returned.
///
/// 生成isv账号: creates the ISV account (appKey/appSecret) of a sub-account.
///
/// The docs disagree on the result (inventory I10): the table lists
/// `tenantSign`, `appKey`, `appSecret`, the example has `"data": null`. So the
/// result is `None` (`undefined` in JS) when the server sends `null`, and the
/// account otherwise.
///
/// ```
/// use yiwise_rongzi::yiwise::{api::isv::GenSubAccountIsv, operation::decode_response};
/// let body = r#"{"code":200,"data":null,"requestId":"FVKXTCDG","resultMsg":"修改成功","errorStackTrace":null}"#;
/// assert_eq!(decode_response::<GenSubAccountIsv>(200, body).unwrap().data, None);
/// let body = r#"{"code":200,"data":{"tenantSign":"yiwise-sub1","appKey":"111","appSecret":"111"}}"#;
/// let isv = decode_response::<GenSubAccountIsv>(200, body).unwrap().data.unwrap();
/// assert_eq!(isv.app_key.as_deref(), Some("111"));
/// ```
pub struct GenSubAccountIsv;

impl Operation for GenSubAccountIsv {
    const PATH: &'static str = "isv/genSubAccountIsv";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::Opt(&crate::transcode::schema::Node::Object(&ISV_INFO));
    const METHOD: Method = Method::Post;
    type Params = IsvGenSubAccountIsvParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&GEN_SUB_ACCOUNT_ISV_PARAMS),
    );
    type Output = Option<IsvInfo>;
}

/// `POST isv/getIsvList` → `Vec<`[`IsvInfo`]`>`. Takes no parameters.
///
/// 获取isv列表: the ISV accounts (the company's and its sub-accounts').
/// A read-only POST; the body sent is `{}`.
///
/// ```
/// use yiwise_rongzi::yiwise::{api::isv::GetIsvList, operation::decode_response};
/// let body = r#"{"code":200,"data":[{"tenantSign":"yiwise","appKey":"666","appSecret":"666","callbackUrl":"http://"},{"tenantSign":"yiwise-sub1","appKey":"111","appSecret":"111","callbackUrl":null}],"requestId":"MHXFZZRC","resultMsg":"获取成功成功","errorStackTrace":null}"#;
/// let list = decode_response::<GetIsvList>(200, body).unwrap().data;
/// assert_eq!(list[1].tenant_sign.as_deref(), Some("yiwise-sub1"));
/// assert_eq!(list[1].callback_url, None);
/// ```
pub struct GetIsvList;

impl Operation for GetIsvList {
    const PATH: &'static str = "isv/getIsvList";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::List(&crate::transcode::schema::Node::Object(&ISV_INFO));
    const METHOD: Method = Method::Post;
    type Params = NoParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> =
        Some(&crate::transcode::schema::Node::Nothing);
    type Output = Vec<IsvInfo>;
}

/// One ISV account: `{ tenantSign, appKey, appSecret, callbackUrl }`.
///
/// It holds an `appSecret`: `Debug` prints it as `***`, but `Serialize` (and
/// so the JS result) carries it, since the caller asked for it.
///
/// ```
/// use yiwise_rongzi::yiwise::api::isv::IsvInfo;
/// let i = IsvInfo { app_secret: Some("hunter2".into()), ..Default::default() };
/// assert!(!format!("{i:?}").contains("hunter2"));
/// ```
#[serde_with::skip_serializing_none]
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct IsvInfo {
    /// 客户签名.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub tenant_sign: Option<String>,
    /// key (the appKey).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub app_key: Option<String>,
    /// 秘钥 (the appSecret). Keep it out of logs.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub app_secret: Option<String>,
    /// 回调URL (only in the `getIsvList` example; may be `null`).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub callback_url: Option<String>,
}

impl fmt::Debug for IsvInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IsvInfo")
            .field("tenant_sign", &self.tenant_sign)
            .field("app_key", &self.app_key)
            .field("app_secret", &self.app_secret.as_ref().map(|_| "***"))
            .field("callback_url", &self.callback_url)
            .finish()
    }
}

// The schemas of the results (see `crate::transcode`): field for field
// the serde types above; `tests/schema_decoding.rs` checks that they agree.

/// The schema of [`IsvInfo`], field for field (see [`crate::transcode`]).
static ISV_INFO: Shape = Shape {
    fields: &[
        Field::opt("tenantSign", Node::Str),
        Field::opt("appKey", Node::Str),
        Field::opt("appSecret", Node::Str),
        Field::opt("callbackUrl", Node::Str),
    ],
    trim_keys: false,
};

// The schemas of the params (see `Operation::PARAMS`): field for field the
// serde types above; `tests/params_wire.rs` checks that they agree.

/// The schema of [`IsvUpdateIsvInfoParams`], field for field (see `Operation::PARAMS`).
pub(crate) static UPDATE_ISV_INFO_PARAMS: Shape = Shape {
    fields: &[
        Field::required("tenantSign", Node::Text),
        Field::opt("callbackUrl", Node::Str),
        Field::opt("smsCallbackUrl", Node::Str),
    ],
    trim_keys: false,
};

/// The schema of [`IsvGenSubAccountIsvParams`], field for field (see `Operation::PARAMS`).
pub(crate) static GEN_SUB_ACCOUNT_ISV_PARAMS: Shape = Shape {
    fields: &[
        Field::required("tenantSign", Node::Text),
        Field::required("phoneNumber", Node::Text),
    ],
    trim_keys: false,
};

crate::transcode::params::canonical_struct!(IsvUpdateIsvInfoParams {
    tenant_sign: req "tenantSign",
    callback_url: opt "callbackUrl",
    sms_callback_url: opt "smsCallbackUrl",
});

crate::transcode::params::canonical_struct!(IsvGenSubAccountIsvParams {
    tenant_sign: req "tenantSign",
    phone_number: req "phoneNumber",
});
