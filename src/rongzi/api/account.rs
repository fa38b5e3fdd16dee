//! `account/login` (docs §3): username and password → user info and token.

use crate::http::Method;
use crate::rongzi::operation::Operation;
use crate::rongzi::password::{normalize_md5, Password};
use crate::transcode::schema::{Field, Node, Shape};
use crate::validation::{Issues, Validate};
use serde::de::{self, Deserializer, Visitor};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

/// `POST account/login` → [`RongziLoginResult`]. Sends no token.
///
/// The password goes out as its lowercase MD5 hex (`password`), or a ready
/// hash is sent as is (`passwordMd5`). A refused login (`code: 1`) is an
/// `auth` error. Nothing here ever quotes the password.
///
/// ```
/// use yiwise_rongzi::rongzi::{api::account::Login, operation::{parse_params, Operation}};
/// let p = parse_params::<Login>(serde_json::json!({"username": "1611", "password": "123456"})).unwrap();
/// assert_eq!(Login::wire(&p), serde_json::json!({"username": "1611", "password": "e10adc3949ba59abbe56e057f20f883e"}));
/// assert!(!format!("{p:?}").contains("123456"));
/// ```
pub struct Login;

impl Operation for Login {
    const PATH: &'static str = "account/login";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::Object(&RONGZI_LOGIN_RESULT);
    const METHOD: Method = Method::Post;
    const AUTH: bool = false;
    type Params = RongziAccountLoginParams;
    // No schema: decoded by serde in the shipped module too, since its
    // params serialise only as the password's hash (see `wire`).
    const PARAMS: Option<&'static crate::transcode::schema::Node> = None;
    type Output = RongziLoginResult;

    /// What the params serialise to (the trimmed username and the
    /// password's hash), written by hand (see [`crate::http::wire_object`]).
    fn wire(p: &RongziAccountLoginParams) -> serde_json::Value {
        let hash = p.password().map(|p| p.wire_hash()).unwrap_or_default();
        crate::http::wire_object([
            ("username", Some(p.username.trim().into())),
            ("password", Some(hash.into())),
        ])
    }

    fn token(output: &RongziLoginResult) -> Option<&str> {
        Some(&output.token)
    }
}

/// Params of `account/login`: `{ username, password }` or `{ username, passwordMd5 }`.
///
/// Serializes to the wire form (`password` is the hash), so even a stray
/// `JSON.stringify` of it shows no plain password. `Debug` redacts both.
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RongziAccountLoginParams {
    /// 销售工号 (the docs: a 4-digit staff number for now, e.g. `1611`).
    #[serde(deserialize_with = "super::param_string")]
    pub username: String,
    /// 密码 in plain text (hashed with MD5 before sending).
    #[serde(default, deserialize_with = "secret_text")]
    pub password: Option<String>,
    /// The password's MD5 hex (32 hex digits, any case), sent as is.
    #[serde(default, deserialize_with = "secret_text")]
    pub password_md5: Option<String>,
}

impl RongziAccountLoginParams {
    /// The password as given (`None` when neither or both were given).
    pub fn password(&self) -> Option<Password> {
        match (&self.password, &self.password_md5) {
            (Some(p), None) => Some(Password::Plain(p.clone())),
            (None, Some(h)) => normalize_md5(h).ok().map(Password::Md5),
            _ => None,
        }
    }
}

impl fmt::Debug for RongziAccountLoginParams {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RongziAccountLoginParams")
            .field("username", &self.username)
            .field("password", &self.password.as_ref().map(|_| "***"))
            .field("password_md5", &self.password_md5.as_ref().map(|_| "***"))
            .finish()
    }
}

impl Serialize for RongziAccountLoginParams {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("RongziAccountLoginParams", 2)?;
        st.serialize_field("username", self.username.trim())?;
        st.serialize_field(
            "password",
            &self.password().map(|p| p.wire_hash()).unwrap_or_default(),
        )?;
        st.end()
    }
}

impl Validate for RongziAccountLoginParams {
    fn validate(&self, issues: &mut Issues) {
        if self.username.trim().is_empty() {
            issues.push("username", "must not be empty");
        }
        match (&self.password, &self.password_md5) {
            (None, None) => issues.push("password", "is required (or pass passwordMd5)"),
            (Some(_), Some(_)) => issues.push(
                "passwordMd5",
                "cannot be given together with password: pass one of them",
            ),
            (Some(p), None) if p.is_empty() => issues.push("password", "must not be empty"),
            (Some(_), None) => {}
            (None, Some(h)) => {
                if let Err(i) = normalize_md5(h) {
                    issues.push(i.field, i.message);
                }
            }
        }
    }
}

/// A password field: a string or `null`. Any other type is refused without
/// quoting the value (serde's own message would).
fn secret_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = Option<String>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a string")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_any(V)
        }
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Err(E::custom("must be a string"))
        }
        fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
            Err(E::custom("must be a string"))
        }
        fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
            Err(E::custom("must be a string"))
        }
        fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
            Err(E::custom("must be a string"))
        }
        fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
            Err(de::Error::custom("must be a string"))
        }
        fn visit_map<A: de::MapAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
            Err(de::Error::custom("must be a string"))
        }
    }
    d.deserialize_any(V)
}

/// What a successful login returns: the user and the token.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RongziLoginResult {
    /// The logged-in salesperson.
    pub user_info: RongziUserInfo,
    /// The JWT, without a `Bearer ` prefix whichever form the server sent
    /// (the client stores it and sends `Authorization: Bearer <token>`).
    #[serde(deserialize_with = "crate::rongzi::token::de_token")]
    pub token: String,
}

/// The logged-in salesperson (`userInfo`). Only `empCode` is always there.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RongziUserInfo {
    /// 账号名称 (e.g. `liuchao`).
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub account_name: Option<String>,
    /// 用户编号 (e.g. `AA1611`): the `empCode` other endpoints take.
    #[serde(deserialize_with = "super::req_string")]
    pub emp_code: String,
    /// 用户姓名 (e.g. `刘超[AA1611]`).
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub emp_name: Option<String>,
    /// 城市编号.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub city_code: Option<String>,
    /// 城市名称.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub city_name: Option<String>,
    /// 部门编号.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub dpr_code: Option<String>,
    /// 部门名称.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub dpr_name: Option<String>,
    /// 职位编号.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub role_code: Option<String>,
    /// 职位名称.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub role_name: Option<String>,
    /// 销售手机.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub emp_work_mobile: Option<String>,
    /// 销售微信ID.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub emp_wechat_id: Option<String>,
}

/// TypeScript of this module's params and results.
pub const TS: &str = r#"/** Params of `account.login`: the password in plain text (sent as its MD5), or its MD5 hex. */
export type RongziAccountLoginParams =
    | { /** 销售工号, e.g. `1611`. */ username: string; /** Sent as its lowercase MD5 hex; never logged or shown. */ password: string; passwordMd5?: never }
    | { /** 销售工号, e.g. `1611`. */ username: string; /** The password's MD5 (32 hex digits), sent as is. */ passwordMd5: string; password?: never };

/** What `account.login` resolves: the salesperson and the token (also stored in the client). */
export interface RongziLoginResult {
    userInfo: RongziUserInfo;
    /** The JWT without a `Bearer ` prefix. */
    token: string;
}

/** The logged-in salesperson. */
export interface RongziUserInfo {
    /** 账号名称 */
    accountName: string | null;
    /** 用户编号, e.g. `AA1611`: the `empCode` other calls take. */
    empCode: string;
    /** 用户姓名, e.g. `刘超[AA1611]` */
    empName: string | null;
    /** 城市编号 */
    cityCode: string | null;
    /** 城市名称 */
    cityName: string | null;
    /** 部门编号 */
    dprCode: string | null;
    /** 部门名称 */
    dprName: string | null;
    /** 职位编号 */
    roleCode: string | null;
    /** 职位名称 */
    roleName: string | null;
    /** 销售手机 */
    empWorkMobile: string | null;
    /** 销售微信ID */
    empWechatId: string | null;
}"#;

// The schemas of the results (see `crate::transcode`): field for field
// the serde types above; `tests/schema_decoding.rs` checks that they agree.

/// The schema of [`RongziLoginResult`], field for field (see [`crate::transcode`]).
static RONGZI_LOGIN_RESULT: Shape = Shape {
    fields: &[
        Field::required("userInfo", Node::Object(&RONGZI_USER_INFO)),
        Field::required("token", Node::Token),
    ],
    trim_keys: true,
};

/// The schema of [`RongziUserInfo`], field for field (see [`crate::transcode`]).
static RONGZI_USER_INFO: Shape = Shape {
    fields: &[
        Field::or_null("accountName", Node::Str),
        Field::required("empCode", Node::Str),
        Field::or_null("empName", Node::Str),
        Field::or_null("cityCode", Node::Str),
        Field::or_null("cityName", Node::Str),
        Field::or_null("dprCode", Node::Str),
        Field::or_null("dprName", Node::Str),
        Field::or_null("roleCode", Node::Str),
        Field::or_null("roleName", Node::Str),
        Field::or_null("empWorkMobile", Node::Str),
        Field::or_null("empWechatId", Node::Str),
    ],
    trim_keys: true,
};

// Decoded by serde in the shipped module too (see `Operation::PARAMS`).
impl crate::transcode::params::Canonical for RongziAccountLoginParams {}
