//! Shared helpers of the native tests: the fixtures under
//! `tests/fixtures/yiwise/`, a test configuration, response envelopes, request
//! bodies, and the fields a validation error names.
//!
//! Each `tests/yiwise_*.rs` file is its own crate and pulls these in with
//! `mod common; use common::*;`; a file uses only some of them.

#![allow(dead_code, unused_macros)]

pub mod mutation;

use serde_json::{json, Value};
use yiwise_rongzi::http::PreparedRequest;
use yiwise_rongzi::yiwise::config::YiwiseConfig;
use yiwise_rongzi::yiwise::operation::{parse_params, Operation};
use yiwise_rongzi::ErrorKind;

/// The base URL of [`config`]; requests go to `{BASE_URL}/apiOpen/v1/<path>`.
pub const BASE_URL: &str = "https://openapi.example.test";

/// A valid configuration against [`BASE_URL`] with placeholder credentials and
/// the default API version.
pub fn config() -> YiwiseConfig {
    YiwiseConfig::new(BASE_URL, "key", "secret", "tenant", None).unwrap()
}

/// A successful response body (`code` 200) carrying `data`.
pub fn envelope(data: Value) -> String {
    json!({"code": 200, "data": data, "requestId": "R", "resultMsg": "ok"}).to_string()
}

/// The text of `tests/fixtures/yiwise/<resource>/<file>`, e.g.
/// `fixture("job", "create.request.json")`; panics naming the path if it
/// cannot be read.
pub fn fixture(resource: &str, file: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/yiwise/{resource}/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// [`fixture`] parsed as JSON; panics naming the file if it is not valid JSON.
pub fn fixture_json(resource: &str, file: &str) -> Value {
    serde_json::from_str(&fixture(resource, file))
        .unwrap_or_else(|e| panic!("{resource}/{file}: {e}"))
}

/// The JSON body of a prepared request; panics if it has none or it is not JSON.
pub fn body_json(req: &PreparedRequest) -> Value {
    let body = req
        .body
        .as_deref()
        .unwrap_or_else(|| panic!("{:?} {} has no body", req.method, req.url));
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{} body {body}: {e}", req.url))
}

/// The `(field, message)` of every issue `params` produce for `O`, in order.
/// Panics if `O` accepts `params`; asserts the error is a validation error.
pub fn issues<O: Operation>(params: Value) -> Vec<(String, String)> {
    let e = parse_params::<O>(params.clone())
        .err()
        .unwrap_or_else(|| panic!("{} accepted {params}", O::PATH));
    assert_eq!(e.kind, ErrorKind::Validation, "{}: {e}", O::PATH);
    e.issues.into_iter().map(|i| (i.field, i.message)).collect()
}

/// The field of every issue `params` produce for `O`, in order (see [`issues`]).
pub fn issue_fields<O: Operation>(params: Value) -> Vec<String> {
    issues::<O>(params).into_iter().map(|(f, _)| f).collect()
}

/// Asserts that `O` rejects `params` with (at least) an issue on exactly `field`.
pub fn rejects<O: Operation>(params: Value, field: &str) {
    let fields = issue_fields::<O>(params.clone());
    assert!(
        fields.iter().any(|f| f == field),
        "{}: expected an issue on {field} for {params}, got {fields:?}",
        O::PATH
    );
}

/// Asserts that `O` rejects `params` with one issue only: `field` is not a
/// parameter (an unknown key, named by its full path, e.g. `robotCallJob.nme`).
pub fn rejects_unknown<O: Operation>(params: Value, field: &str) {
    let got = issues::<O>(params.clone());
    assert_eq!(got.len(), 1, "{}: {params}: {got:?}", O::PATH);
    assert_eq!(got[0].0, field, "{}: {params}", O::PATH);
    assert!(
        got[0].1.starts_with("is not a parameter"),
        "{}: {params}: {}",
        O::PATH,
        got[0].1
    );
}

/// Asserts that `O` accepts `params`.
pub fn accepts<O: Operation>(params: Value) {
    if let Err(e) = parse_params::<O>(params.clone()) {
        panic!("{} rejected {params}: {:?}", O::PATH, e.issues);
    }
}

/// Calls `$m!(<args>, <every typed Yiwise operation>)`: one list of the 44
/// endpoints (41 documented, 3 from the vendor's demos) for every test that
/// must cover them all.
macro_rules! yiwise_operations {
    ($m:ident!($($arg:tt)*)) => {
        $m! {
            $($arg)*
            yiwise_rongzi::yiwise::api::tenant::GetTenant,
            yiwise_rongzi::yiwise::api::phone::GetPhoneList,
            yiwise_rongzi::yiwise::api::dialog_flow::GetDialogFlowList,
            yiwise_rongzi::yiwise::api::dialog_flow::GetDialogFlowCallJobRelatedInfo,
            yiwise_rongzi::yiwise::api::dialog_flow::ExportDialogFlowWordDoc,
            yiwise_rongzi::yiwise::api::call_stats::CallCostStatsInfo,
            yiwise_rongzi::yiwise::api::cs_robot::StaffGroupList,
            yiwise_rongzi::yiwise::api::intent_level_tag::GetIntentLevelTag,
            yiwise_rongzi::yiwise::api::intent_level_tag::GetUsedIntentLevelTagList,
            yiwise_rongzi::yiwise::api::isv::GenSubAccountIsv,
            yiwise_rongzi::yiwise::api::isv::GetIsvList,
            yiwise_rongzi::yiwise::api::isv::UpdateIsvInfo,
            yiwise_rongzi::yiwise::api::policy_group::Create,
            yiwise_rongzi::yiwise::api::policy_group::GetIdAndNamePairList,
            yiwise_rongzi::yiwise::api::policy_group::List,
            yiwise_rongzi::yiwise::api::policy_group::Update,
            yiwise_rongzi::yiwise::api::job::CheckAll,
            yiwise_rongzi::yiwise::api::job::Create,
            yiwise_rongzi::yiwise::api::job::Delete,
            yiwise_rongzi::yiwise::api::job::ExecuteJobs,
            yiwise_rongzi::yiwise::api::job::GetJobDetail,
            yiwise_rongzi::yiwise::api::job::GetJobProperties,
            yiwise_rongzi::yiwise::api::job::GetJobStats,
            yiwise_rongzi::yiwise::api::job::GetJobStatsInfoList,
            yiwise_rongzi::yiwise::api::job::GetJobs,
            yiwise_rongzi::yiwise::api::job::ImportCustomer,
            yiwise_rongzi::yiwise::api::job::Modify,
            yiwise_rongzi::yiwise::api::job::Pause,
            yiwise_rongzi::yiwise::api::job::ReAddCustomerToJob,
            yiwise_rongzi::yiwise::api::job::Start,
            yiwise_rongzi::yiwise::api::job::Stop,
            yiwise_rongzi::yiwise::api::job::UpdateAiCount,
            yiwise_rongzi::yiwise::api::call_record::CallDetail,
            yiwise_rongzi::yiwise::api::call_record::DeleteRobotCallTask,
            yiwise_rongzi::yiwise::api::call_record::DeleteRobotCallTaskList,
            yiwise_rongzi::yiwise::api::call_record::GetCallRecordInfoList,
            yiwise_rongzi::yiwise::api::call_record::ToBeCalledList,
            yiwise_rongzi::yiwise::api::chat::Chat,
            yiwise_rongzi::yiwise::api::knowledge::List,
            yiwise_rongzi::yiwise::api::knowledge::Create,
            yiwise_rongzi::yiwise::api::knowledge::Update,
            yiwise_rongzi::yiwise::api::job::OneTimeCall,
            yiwise_rongzi::yiwise::api::phone::UpdatePhoneInfoByTenantPhoneNumberId,
            yiwise_rongzi::yiwise::api::phone::UpdatePhonePriceByTenantPhoneNumberId,
        }
    };
}
#[allow(unused_imports)]
pub(crate) use yiwise_operations;

/// Calls `$m!(<args>, <every typed Rongzi operation>)` (the 9 endpoints).
macro_rules! rongzi_operations {
    ($m:ident!($($arg:tt)*)) => {
        $m! {
            $($arg)*
            yiwise_rongzi::rongzi::api::account::Login,
            yiwise_rongzi::rongzi::api::customer::List,
            yiwise_rongzi::rongzi::api::customer::EditComment,
            yiwise_rongzi::rongzi::api::sms::Templates,
            yiwise_rongzi::rongzi::api::sms::AddMessages,
            yiwise_rongzi::rongzi::api::sms::GetMessages,
            yiwise_rongzi::rongzi::api::call::SyncRecords,
            yiwise_rongzi::rongzi::api::wechat::AddFriend,
            yiwise_rongzi::rongzi::api::wechat::UpdateFriendStatus,
        }
    };
}
#[allow(unused_imports)]
pub(crate) use rongzi_operations;

/// Numbers compared by value (`2500` and `2500.0` are the same JS number).
pub fn normalize_numbers(v: Value) -> Value {
    match v {
        Value::Number(n) => json!(n.as_f64()),
        Value::Array(a) => Value::Array(a.into_iter().map(normalize_numbers).collect()),
        Value::Object(m) => Value::Object(
            m.into_iter()
                .map(|(k, v)| (k, normalize_numbers(v)))
                .collect(),
        ),
        other => other,
    }
}
