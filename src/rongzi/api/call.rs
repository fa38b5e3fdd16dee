//! `call/syncRecords` (docs §9): the phone's call log, uploaded.

use super::{object, Millis};
use crate::http::Method;
use crate::rongzi::codes::{self, RongziCallStatus};
use crate::rongzi::operation::Operation;
use crate::transcode::schema::{Field, Node, Shape};
use crate::validation::{date_time_key, Issues, Validate};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// `POST call/syncRecords` → the time of the last synced record in ms.
///
/// The docs require the list newest first by `callDate`; it is sorted so
/// whatever order it was given in (records with the same time keep their
/// order).
///
/// ```
/// use yiwise_rongzi::rongzi::{api::call::SyncRecords, operation::{parse_params, Operation}};
/// let rec = |d: &str| serde_json::json!({"mobile": "13800000001", "billSec": 40, "callDate": d, "empCode": "AA1611", "callStatus": "SALES_CALLED_CONNECTED"});
/// let p = parse_params::<SyncRecords>(serde_json::json!([rec("2018-08-30 18:30:55"), rec("2018-08-31 09:00:00")])).unwrap();
/// let w = SyncRecords::wire(&p);
/// assert_eq!((w[0]["callDate"].as_str(), w[0]["callStatus"].as_i64()), (Some("2018-08-31 09:00:00"), Some(1)));
/// ```
pub struct SyncRecords;

impl Operation for SyncRecords {
    const PATH: &'static str = "call/syncRecords";
    const SCHEMA: &'static crate::transcode::schema::Node = &crate::transcode::schema::Node::Int;
    const METHOD: Method = Method::Post;
    const LIST_PARAMS: bool = true;
    type Params = RongziCallSyncRecordsParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::List(&crate::transcode::schema::Node::Named(
            "RongziCallRecord",
            &crate::transcode::schema::Node::Object(&CALL_RECORD),
        )),
    );
    const OWN_WIRE: bool = true;
    type Output = Millis;

    fn wire(p: &RongziCallSyncRecordsParams) -> Value {
        let mut records: Vec<&RongziCallRecord> = p.0.iter().collect();
        // Validated dates give keys; an unparsable one (never after validation) sorts last.
        records.sort_by_cached_key(|r| std::cmp::Reverse(date_time_key(&r.call_date, true)));
        Value::Array(
            records
                .into_iter()
                .map(|r| {
                    object([
                        ("mobile", r.mobile.as_str().into()),
                        ("billSec", r.bill_sec.into()),
                        ("callDate", r.call_date.as_str().into()),
                        (
                            "empWorkMobile",
                            r.emp_work_mobile.as_deref().unwrap_or("").into(),
                        ),
                        ("empCode", r.emp_code.as_str().into()),
                        ("callStatus", r.call_status.code().into()),
                    ])
                })
                .collect(),
        )
    }
}

/// Params of `call/syncRecords`: the call records (at least one).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(transparent)]
pub struct RongziCallSyncRecordsParams(pub Vec<RongziCallRecord>);

/// One call of the phone's log.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RongziCallRecord {
    /// 客户手机号码 (digits).
    #[serde(deserialize_with = "super::param_string")]
    pub mobile: String,
    /// 通话时长 in seconds (0 or more).
    #[serde(deserialize_with = "crate::lenient::i64_req")]
    pub bill_sec: i64,
    /// 拨打时间 `yyyy-MM-dd HH:mm:ss` (optional `.SSS`).
    #[serde(deserialize_with = "super::param_string")]
    pub call_date: String,
    /// 销售手机号码: digits, or `""` (default).
    #[serde(default, deserialize_with = "super::opt_param_string")]
    pub emp_work_mobile: Option<String>,
    /// 销售编号.
    #[serde(deserialize_with = "super::param_string")]
    pub emp_code: String,
    /// 通话类型: who called and whether it connected.
    #[serde(deserialize_with = "codes::req", serialize_with = "codes::ser_code")]
    pub call_status: RongziCallStatus,
}

impl Validate for RongziCallSyncRecordsParams {
    fn validate(&self, issues: &mut Issues) {
        issues.min_items("params", self.0.len(), 1);
        for (i, r) in self.0.iter().enumerate() {
            let f = |name: &str| format!("[{i}].{name}");
            if r.mobile.is_empty() {
                issues.push(f("mobile"), "must not be empty");
            }
            issues.digits(&f("mobile"), Some(&r.mobile));
            issues.digits(&f("empWorkMobile"), r.emp_work_mobile.as_deref());
            if r.bill_sec < 0 {
                issues.push(
                    f("billSec"),
                    format!("must be 0 or more seconds, got {}", r.bill_sec),
                );
            }
            issues.date_time_millis(&f("callDate"), Some(&r.call_date));
            if r.emp_code.trim().is_empty() {
                issues.push(f("empCode"), "must not be empty");
            }
        }
    }
}

// The schema of the params (see `Operation::PARAMS`): field for field the
// serde type above; `tests/params_wire.rs` checks that they agree.

/// The schema of [`RongziCallRecord`], field for field (see `Operation::PARAMS`).
pub(crate) static CALL_RECORD: Shape = Shape {
    fields: &[
        Field::required("mobile", Node::Rule(&super::PARAM_STRING)),
        Field::required("billSec", Node::Int),
        Field::required("callDate", Node::Rule(&super::PARAM_STRING)),
        Field::opt("empWorkMobile", Node::Rule(&super::OPT_PARAM_STRING)),
        Field::required("empCode", Node::Rule(&super::PARAM_STRING)),
        Field::required("callStatus", Node::Rule(&CALL_STATUS)),
    ],
    trim_keys: false,
};

/// `callStatus` as a params schema rule (`codes::req`).
static CALL_STATUS: crate::transcode::params::Rule = crate::transcode::params::Rule {
    run: codes::code_rule::<RongziCallStatus>,
};

crate::transcode::params::canonical_struct!(RongziCallRecord {
    mobile: req "mobile",
    bill_sec: req "billSec",
    call_date: req "callDate",
    emp_work_mobile: opt "empWorkMobile",
    emp_code: req "empCode",
    call_status: req "callStatus",
});

impl crate::transcode::params::Canonical for RongziCallSyncRecordsParams {
    fn from_canonical(v: &Value) -> Option<Self> {
        crate::transcode::params::Canonical::from_canonical(v).map(RongziCallSyncRecordsParams)
    }
}
