//! `customer/list` and `customer/editComment` (docs §4, §5).

use super::{object, RongziPage};
use crate::empty::Nothing;
use crate::http::Method;
use crate::rongzi::codes::{
    self, CodeEnum, RongziContactStatus, RongziCustomerExeStatus, RongziExeStatus,
    RongziSecurityOrFund, RongziWechatFriendStatus,
};
use crate::rongzi::operation::Operation;
use crate::transcode::schema::{Field, Node, Shape};
use crate::validation::{Issues, Validate};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// `pageSize` of `customer.list` when the caller leaves it out.
pub const DEFAULT_PAGE_SIZE: i64 = 20;

/// Most characters a comment may have (characters, not bytes).
pub const MAX_COMMENT_CHARS: usize = 500;

/// `POST customer/list` → [`RongziPage`]`<`[`RongziCustomer`]`>`: one page of
/// a salesperson's customers, filtered by 客户进程.
///
/// ```
/// use yiwise_rongzi::rongzi::{api::customer::List, operation::{parse_params, Operation}};
/// let p = parse_params::<List>(serde_json::json!({"customerExeStatus": "DEAL", "empCode": "AA1611"})).unwrap();
/// assert_eq!(List::wire(&p), serde_json::json!({"customerExeStatus": 5, "empCode": "AA1611", "pageSize": 20, "pageIndex": 1}));
/// ```
pub struct List;

impl Operation for List {
    const PATH: &'static str = "customer/list";
    const SCHEMA: &'static crate::transcode::schema::Node = &CUSTOMER_PAGE;
    const METHOD: Method = Method::Post;
    type Params = RongziCustomerListParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&CUSTOMER_LIST_PARAMS),
    );
    const OWN_WIRE: bool = true;
    type Output = RongziPage<RongziCustomer>;

    fn wire(p: &RongziCustomerListParams) -> Value {
        let mut w = object([
            (
                "customerExeStatus",
                p.customer_exe_status
                    .unwrap_or(RongziCustomerExeStatus::All)
                    .code()
                    .into(),
            ),
            ("empCode", p.emp_code.as_str().into()),
            ("pageSize", p.page_size.unwrap_or(DEFAULT_PAGE_SIZE).into()),
            ("pageIndex", p.page_index.unwrap_or(1).into()),
        ]);
        if let (Some(r), Some(o)) = (&p.refresh_wx, w.as_object_mut()) {
            o.insert("refreshWX".into(), r.as_str().into());
        }
        w
    }

    fn prepare_data(data: &mut Value) {
        if let Some(rows) = data.get_mut("rows").and_then(Value::as_array_mut) {
            for row in rows {
                read_security_or_fund_spellings(row);
            }
        }
    }
}

/// The docs' table spells it `IsSecuityOrFund`, the example `isSecuityOrFund`:
/// the value is read from either (or from the correct `isSecurityOrFund`) into
/// `isSecuityOrFund`.
fn read_security_or_fund_spellings(row: &mut Value) {
    let Some(o) = row.as_object_mut() else { return };
    const KEY: &str = "isSecuityOrFund";
    for other in ["IsSecuityOrFund", "isSecurityOrFund", "IsSecurityOrFund"] {
        if let Some(v) = o.remove(other) {
            if o.get(KEY).map_or(true, Value::is_null) {
                o.insert(KEY.into(), v);
            }
        }
    }
}

/// Params of `customer/list`.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RongziCustomerListParams {
    /// 客户进程 filter: `ALL` (default), `DEMAND`, `INTENT`, `VISITED`, `SIGNED`
    /// or `DEAL` (both deal kinds); the codes -1…5 work too.
    #[serde(
        default,
        deserialize_with = "codes::opt",
        serialize_with = "codes::ser_opt_code"
    )]
    pub customer_exe_status: Option<RongziCustomerExeStatus>,
    /// 销售工号, e.g. `AA1611` (`userInfo.empCode` of the login).
    #[serde(deserialize_with = "super::param_string")]
    pub emp_code: String,
    /// 每页记录行数, at least 1 (default 20; `listAll`: 100).
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub page_size: Option<i64>,
    /// 第几页, from 1 (default 1).
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub page_index: Option<i64>,
    /// 是否更新微信好友: deprecated, the server ignores it (sent as given).
    #[serde(
        default,
        rename = "refreshWX",
        deserialize_with = "crate::lenient::opt_string"
    )]
    pub refresh_wx: Option<String>,
}

impl Validate for RongziCustomerListParams {
    fn validate(&self, issues: &mut Issues) {
        if self.emp_code.trim().is_empty() {
            issues.push("empCode", "must not be empty");
        }
        page_checks(issues, self.page_index, self.page_size);
    }
}

/// `pageIndex` from 1, `pageSize` at least 1.
pub(crate) fn page_checks(issues: &mut Issues, page_index: Option<i64>, page_size: Option<i64>) {
    if let Some(i) = page_index.filter(|i| *i < 1) {
        issues.push(
            "pageIndex",
            format!("must be at least 1 (pages count from 1), got {i}"),
        );
    }
    if let Some(s) = page_size.filter(|s| *s < 1) {
        issues.push("pageSize", format!("must be at least 1, got {s}"));
    }
}

/// One customer of `customer/list`, codes decoded (see [`codes`]).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RongziCustomer {
    /// 客户编号: what `editComment` takes.
    #[serde(deserialize_with = "super::req_string")]
    pub customer_code: String,
    /// 客户姓名.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub name: Option<String>,
    /// 客户手机号码.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub mobile: Option<String>,
    /// 客户进程.
    #[serde(default, deserialize_with = "codes::opt")]
    pub exe_status: Option<RongziExeStatus>,
    /// 拨打状态.
    #[serde(default, deserialize_with = "codes::opt")]
    pub contact_status: Option<RongziContactStatus>,
    /// 微信好友关系状态.
    #[serde(default, deserialize_with = "codes::opt")]
    pub wechat_friend_status: Option<RongziWechatFriendStatus>,
    /// 客户微信ID (in the example, not the table).
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub customer_wechat_id: Option<String>,
    /// 是否有车产: 1 → true, 2 → false, else null.
    #[serde(default, deserialize_with = "codes::de_has")]
    pub has_cars: Option<bool>,
    /// 是否有担保: 1 → true, 2 → false, else null (the example has 0).
    #[serde(default, deserialize_with = "codes::de_has")]
    pub has_policy: Option<bool>,
    /// 是否有房产: 1 → true, 2 → false, else null.
    #[serde(default, deserialize_with = "codes::de_has")]
    pub has_house: Option<bool>,
    /// 是否社保公积金, read from `isSecuityOrFund` or `IsSecuityOrFund`.
    #[serde(default, deserialize_with = "codes::de_security_or_fund")]
    pub is_secuity_or_fund: Option<RongziSecurityOrFund>,
    /// 月打卡工资 (`""` → null).
    #[serde(default, deserialize_with = "crate::lenient::opt_f64")]
    pub salary: Option<f64>,
    /// 工作身份.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub job: Option<String>,
    /// 工作城市.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub work_place: Option<String>,
    /// 借款期限.
    #[serde(default, deserialize_with = "crate::lenient::opt_f64")]
    pub rqr_duration: Option<f64>,
    /// 借款额度.
    #[serde(default, deserialize_with = "crate::lenient::opt_f64")]
    pub rqr_amount: Option<f64>,
    /// 用款时间, as sent (`yyyy-MM-dd HH:mm:ss`).
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub payment_date: Option<String>,
    /// 备注.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub comment: Option<String>,
}

/// The schema of `customer/list`'s data, field for field
/// [`RongziPage`]`<`[`RongziCustomer`]`>` (see [`crate::transcode`];
/// `tests/transcode.rs` checks that both decode alike).
pub static CUSTOMER_PAGE: Node = super::page_schema!(&Node::Object(&RONGZI_CUSTOMER));

/// `POST customer/editComment` → nothing: replaces a customer's comment.
///
/// ```
/// use yiwise_rongzi::rongzi::{api::customer::EditComment, operation::parse_params};
/// let e = parse_params::<EditComment>(serde_json::json!({"customerCode": "C1", "comment": "字".repeat(501)})).unwrap_err();
/// assert_eq!(e.field.as_deref(), Some("comment"));
/// ```
pub struct EditComment;

impl Operation for EditComment {
    const PATH: &'static str = "customer/editComment";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::Nothing;
    const METHOD: Method = Method::Post;
    type Params = RongziCustomerEditCommentParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&EDIT_COMMENT_PARAMS),
    );
    type Output = Nothing;
}

/// Params of `customer/editComment`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RongziCustomerEditCommentParams {
    /// 客户编号.
    #[serde(deserialize_with = "super::param_string")]
    pub customer_code: String,
    /// 备注内容: at most 500 characters (`""` clears it).
    #[serde(deserialize_with = "super::param_string")]
    pub comment: String,
}

impl Validate for RongziCustomerEditCommentParams {
    fn validate(&self, issues: &mut Issues) {
        if self.customer_code.trim().is_empty() {
            issues.push("customerCode", "must not be empty");
        }
        issues.max_chars("comment", Some(&self.comment), MAX_COMMENT_CHARS);
    }
}

/// TypeScript of this module's results.
pub const TS: &str = r#"/** One page of a Rongzi list. */
export interface RongziPage<T> {
    /** Rows across all pages (sent as a string by some servers; a number here). */
    total: number | null;
    rows: T[];
}

/** One customer of `customer.list`, codes decoded. */
export interface RongziCustomer {
    /** 客户编号: what `editComment` takes. */
    customerCode: string;
    /** 客户姓名 */
    name: string | null;
    /** 客户手机号码 */
    mobile: string | null;
    /** 客户进程 */
    exeStatus: RongziExeStatus | null;
    /** 拨打状态 */
    contactStatus: RongziContactStatus | null;
    /** 微信好友关系状态 */
    wechatFriendStatus: RongziWechatFriendStatus | null;
    /** 客户微信ID */
    customerWechatId: string | null;
    /** 是否有车产 (1 → true, 2 → false, else null) */
    hasCars: boolean | null;
    /** 是否有担保 (1 → true, 2 → false, else null) */
    hasPolicy: boolean | null;
    /** 是否有房产 (1 → true, 2 → false, else null) */
    hasHouse: boolean | null;
    /** 是否社保公积金 (the API's spelling; read from `IsSecuityOrFund` too) */
    isSecuityOrFund: RongziSecurityOrFund | null;
    /** 月打卡工资 (`""` → null) */
    salary: number | null;
    /** 工作身份 */
    job: string | null;
    /** 工作城市 */
    workPlace: string | null;
    /** 借款期限 */
    rqrDuration: number | null;
    /** 借款额度 */
    rqrAmount: number | null;
    /** 用款时间 `yyyy-MM-dd HH:mm:ss`, as sent */
    paymentDate: string | null;
    /** 备注 */
    comment: string | null;
}"#;

// The schemas of the results (see `crate::transcode`): field for field
// the serde types above; `tests/schema_decoding.rs` checks that they agree.

/// The schema of [`RongziCustomer`], field for field (see [`crate::transcode`]).
static RONGZI_CUSTOMER: Shape = Shape {
    fields: &[
        Field::required("customerCode", Node::Str),
        Field::or_null("name", Node::Str),
        Field::or_null("mobile", Node::Str),
        Field::or_null(
            "exeStatus",
            Node::Code(<RongziExeStatus as CodeEnum>::VALUES),
        ),
        Field::or_null(
            "contactStatus",
            Node::Code(<RongziContactStatus as CodeEnum>::VALUES),
        ),
        Field::or_null(
            "wechatFriendStatus",
            Node::Code(<RongziWechatFriendStatus as CodeEnum>::VALUES),
        ),
        Field::or_null("customerWechatId", Node::Str),
        Field::or_null("hasCars", Node::Has),
        Field::or_null("hasPolicy", Node::Has),
        Field::or_null("hasHouse", Node::Has),
        Field::or_null("isSecuityOrFund", Node::SecurityOrFund).with_aliases(&[
            "IsSecuityOrFund",
            "isSecurityOrFund",
            "IsSecurityOrFund",
        ]),
        Field::or_null("salary", Node::Float),
        Field::or_null("job", Node::Str),
        Field::or_null("workPlace", Node::Str),
        Field::or_null("rqrDuration", Node::Float),
        Field::or_null("rqrAmount", Node::Float),
        Field::or_null("paymentDate", Node::Str),
        Field::or_null("comment", Node::Str),
    ],
    trim_keys: true,
};

// The schemas of the params (see `Operation::PARAMS`): field for field the
// serde types above; `tests/params_wire.rs` checks that they agree.

/// The schema of [`RongziCustomerEditCommentParams`], field for field (see `Operation::PARAMS`).
pub(crate) static EDIT_COMMENT_PARAMS: Shape = Shape {
    fields: &[
        Field::required("customerCode", Node::Rule(&super::PARAM_STRING)),
        Field::required("comment", Node::Rule(&super::PARAM_STRING)),
    ],
    trim_keys: false,
};

/// The schema of [`RongziCustomerListParams`], field for field (see `Operation::PARAMS`).
pub(crate) static CUSTOMER_LIST_PARAMS: Shape = Shape {
    fields: &[
        Field::opt("customerExeStatus", Node::Rule(&CUSTOMER_EXE_STATUS)),
        Field::required("empCode", Node::Rule(&super::PARAM_STRING)),
        Field::opt("pageSize", Node::Int),
        Field::opt("pageIndex", Node::Int),
        Field::opt("refreshWX", Node::Str),
    ],
    trim_keys: false,
};

/// `customerExeStatus` as a params schema rule (`codes::opt`).
static CUSTOMER_EXE_STATUS: crate::transcode::params::Rule = crate::transcode::params::Rule {
    run: codes::opt_code_rule::<RongziCustomerExeStatus>,
};

crate::transcode::params::canonical_struct!(RongziCustomerListParams {
    customer_exe_status: opt "customerExeStatus",
    emp_code: req "empCode",
    page_size: opt "pageSize",
    page_index: opt "pageIndex",
    refresh_wx: opt "refreshWX",
});

crate::transcode::params::canonical_struct!(RongziCustomerEditCommentParams {
    customer_code: req "customerCode",
    comment: req "comment",
});
