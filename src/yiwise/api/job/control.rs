//! Params of the endpoints that act on one task (task.md, obtainTask.md).

use super::de::{at, date_range, each_one_of, each_positive, non_blank, wires};
use crate::transcode::schema::{Field, Node, Shape};
use crate::validation::{Issues, Validate};
use crate::yiwise::enums::{DialStatus, FollowStatus, IntentLevel};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// At most this many customers per `job/importCustomer` call (单次导入客户数量不能大于100).
pub const MAX_CUSTOMERS_PER_IMPORT: usize = 100;

/// Declares a params struct whose only field is the required `robotCallJobId`.
macro_rules! job_id_params {
    ($(#[$m:meta])* $name:ident) => {
        $(#[$m])*
        #[serde_with::skip_serializing_none]
        #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
        #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
        #[serde(rename_all = "camelCase", deny_unknown_fields)]
        pub struct $name {
            /// 任务Id (required; a number or numeric string).
            #[serde(deserialize_with = "crate::lenient::i64_req")]
            pub robot_call_job_id: i64,
        }

        impl Validate for $name {
            fn validate(&self, v: &mut Issues) {
                v.positive("robotCallJobId", Some(self.robot_call_job_id));
            }
        }

        crate::transcode::params::canonical_struct!($name {
            robot_call_job_id: req "robotCallJobId",
        });
    };
}

job_id_params!(
    /// Params of `job/start`: `{ robotCallJobId }`.
    JobStartParams
);
job_id_params!(
    /// Params of `job/pause`: `{ robotCallJobId }` (an Integer in the docs' table).
    JobPauseParams
);
job_id_params!(
    /// Params of `job/stop`: `{ robotCallJobId }` (an Integer in the docs' table).
    JobStopParams
);
job_id_params!(
    /// Params of `job/delete`: `{ robotCallJobId }` (the docs' example sends `"1"`, a string:
    /// accepted and sent as a number).
    JobDeleteParams
);
job_id_params!(
    /// Params of `job/getJobDetail`: `{ robotCallJobId }`.
    JobGetJobDetailParams
);
job_id_params!(
    /// Params of `job/getJobStats`: `{ robotCallJobId }`.
    JobGetJobStatsParams
);
job_id_params!(
    /// Params of `job/getJobProperties`: `{ robotCallJobId }`.
    JobGetJobPropertiesParams
);

/// Params of `job/importCustomer`: 1 to 100 customers for one task.
///
/// ```
/// use yiwise_rongzi::yiwise::{api::job::ImportCustomer, operation::parse_params};
/// let e = parse_params::<ImportCustomer>(serde_json::json!({
///     "robotCallJobId": 28, "customerPersons": [{"name": "test", "phoneNumber": " "}]
/// })).unwrap_err();
/// assert_eq!(e.field.as_deref(), Some("customerPersons[0].phoneNumber"));
/// ```
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct JobImportCustomerParams {
    /// 任务Id.
    #[serde(deserialize_with = "crate::lenient::i64_req")]
    pub robot_call_job_id: i64,
    /// 客户: 1 to 100 per call (split larger lists into batches).
    pub customer_persons: Vec<JobCustomerPerson>,
}

/// One customer to call.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", tsify(hashmap_as_object))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct JobCustomerPerson {
    /// 客户名称.
    #[serde(default)]
    pub name: Option<String>,
    /// 客户电话 (required, not blank; the docs give no format).
    pub phone_number: String,
    /// 话术中自定义的语句内容: values of the dialog flow's variables, by variable name
    /// (see `job/getJobProperties`).
    #[serde(default)]
    pub properties: Option<BTreeMap<String, String>>,
}

impl Validate for JobImportCustomerParams {
    fn validate(&self, v: &mut Issues) {
        v.positive("robotCallJobId", Some(self.robot_call_job_id));
        check_customer_persons(v, &self.customer_persons);
    }
}

/// `customerPersons` of one request (`job/importCustomer`, `job/oneTimeCall`):
/// 1 to 100 customers, each with a phone number.
pub(super) fn check_customer_persons(v: &mut Issues, persons: &[JobCustomerPerson]) {
    let n = persons.len();
    if n == 0 {
        v.push("customerPersons", "must have at least 1 customer");
    }
    v.max_items("customerPersons", n, MAX_CUSTOMERS_PER_IMPORT);
    for (i, c) in persons.iter().enumerate() {
        non_blank(
            v,
            &at(&format!("customerPersons[{i}]"), "phoneNumber"),
            &c.phone_number,
        );
    }
}

/// Params of `job/updateAiCount`: the task's AI seat count.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct JobUpdateAiCountParams {
    /// 任务Id.
    #[serde(deserialize_with = "crate::lenient::i64_req")]
    pub robot_call_job_id: i64,
    /// AI坐席数量 (the table says "任务数量"; it is the AI seat count), at least 1.
    #[serde(deserialize_with = "crate::lenient::i64_req")]
    pub robot_count: i64,
}

impl Validate for JobUpdateAiCountParams {
    fn validate(&self, v: &mut Issues) {
        v.positive("robotCallJobId", Some(self.robot_call_job_id));
        if self.robot_count < 1 {
            v.push(
                "robotCount",
                format!("must be at least 1, got {}", self.robot_count),
            );
        }
    }
}

/// Params of `job/reAddCustomerToJob`: put already-called customers back into a task.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct JobReAddCustomerToJobParams {
    /// 任务Id.
    #[serde(deserialize_with = "crate::lenient::i64_req")]
    pub robot_call_job_id: i64,
    /// 需要添加的客户id.
    #[serde(deserialize_with = "super::de::vec_i64_req")]
    pub customer_person_ids: Vec<i64>,
    /// 是否过滤重复通话记录只显示最近的一条 (keep only each number's latest call record).
    #[serde(default, deserialize_with = "crate::lenient::opt_bool")]
    pub last_call_record: Option<bool>,
    /// 模糊搜索: phone number, customer name or call record id.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub search_words: Option<String>,
    /// 分组id.
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub customer_group_id: Option<i64>,
    /// 通话结果 filter (E4, including `CALL_LOSS` and `TRANSFER_ARTIFICIAL`).
    #[serde(default)]
    pub result_statuses: Option<Vec<DialStatus>>,
    /// 意向等级 filter (A–F).
    #[serde(default)]
    pub intent_levels: Option<Vec<IntentLevel>>,
    /// 跟进状态 filter (E16).
    #[serde(default)]
    pub follow_status: Option<FollowStatus>,
    /// 话术ID.
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub dialog_flow_id: Option<i64>,
    /// 最早创建时间 `yyyy-MM-dd` (no time; may be empty).
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub earliest_creation_time: Option<String>,
    /// 最晚创建时间 `yyyy-MM-dd` (no time; may be empty), not before `earliestCreationTime`.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub latest_creation_time: Option<String>,
}

impl Validate for JobReAddCustomerToJobParams {
    fn validate(&self, v: &mut Issues) {
        v.positive("robotCallJobId", Some(self.robot_call_job_id));
        each_positive(v, "customerPersonIds", &self.customer_person_ids);
        v.positive("customerGroupId", self.customer_group_id);
        each_one_of(
            v,
            "resultStatuses",
            self.result_statuses.as_deref().unwrap_or_default(),
            DialStatus::as_str,
            &wires(DialStatus::VALUES),
        );
        each_one_of(
            v,
            "intentLevels",
            self.intent_levels.as_deref().unwrap_or_default(),
            IntentLevel::as_str,
            &wires(IntentLevel::VALUES),
        );
        if let Some(s) = &self.follow_status {
            v.one_of("followStatus", s.as_str(), &wires(FollowStatus::VALUES));
        }
        v.positive("dialogFlowId", self.dialog_flow_id);
        date_range(
            v,
            (
                "earliestCreationTime",
                self.earliest_creation_time.as_deref(),
            ),
            ("latestCreationTime", self.latest_creation_time.as_deref()),
            true,
        );
    }
}

// The schemas of the params (see `Operation::PARAMS`): field for field the
// serde types above; `tests/params_wire.rs` checks that they agree.

/// The schema of the params that are only `robotCallJobId` (`JobStartParams`, `JobPauseParams`, …), field for field (see `Operation::PARAMS`).
pub(crate) static JOB_ID_PARAMS: Shape = Shape {
    fields: &[Field::required("robotCallJobId", Node::Int)],
    trim_keys: false,
};

/// The schema of [`JobImportCustomerParams`], field for field (see `Operation::PARAMS`).
pub(crate) static JOB_IMPORT_CUSTOMER_PARAMS: Shape = Shape {
    fields: &[
        Field::required("robotCallJobId", Node::Int),
        Field::required(
            "customerPersons",
            Node::List(&Node::Named(
                "JobCustomerPerson",
                &Node::Object(&JOB_CUSTOMER_PERSON),
            )),
        ),
    ],
    trim_keys: false,
};

/// The schema of [`JobCustomerPerson`], field for field (see `Operation::PARAMS`).
pub(crate) static JOB_CUSTOMER_PERSON: Shape = Shape {
    fields: &[
        Field::opt("name", Node::Opt(&Node::Text)),
        Field::required("phoneNumber", Node::Text),
        Field::opt("properties", Node::StrictMap(&Node::Text)),
    ],
    trim_keys: false,
};

/// The schema of [`JobUpdateAiCountParams`], field for field (see `Operation::PARAMS`).
pub(crate) static JOB_UPDATE_AI_COUNT_PARAMS: Shape = Shape {
    fields: &[
        Field::required("robotCallJobId", Node::Int),
        Field::required("robotCount", Node::Int),
    ],
    trim_keys: false,
};

/// The schema of [`JobReAddCustomerToJobParams`], field for field (see `Operation::PARAMS`).
pub(crate) static JOB_RE_ADD_CUSTOMER_TO_JOB_PARAMS: Shape = Shape {
    fields: &[
        Field::required("robotCallJobId", Node::Int),
        Field::required("customerPersonIds", Node::List(&Node::Int)),
        Field::opt("lastCallRecord", Node::Bool),
        Field::opt("searchWords", Node::Str),
        Field::opt("customerGroupId", Node::Int),
        Field::opt(
            "resultStatuses",
            Node::List(&Node::Named("DialStatus", &Node::Enum)),
        ),
        Field::opt(
            "intentLevels",
            Node::List(&Node::Named("IntentLevel", &Node::Enum)),
        ),
        Field::opt("followStatus", Node::Named("FollowStatus", &Node::Enum)),
        Field::opt("dialogFlowId", Node::Int),
        Field::opt("earliestCreationTime", Node::Str),
        Field::opt("latestCreationTime", Node::Str),
    ],
    trim_keys: false,
};

crate::transcode::params::canonical_struct!(JobImportCustomerParams {
    robot_call_job_id: req "robotCallJobId",
    customer_persons: req "customerPersons",
});

crate::transcode::params::canonical_struct!(JobCustomerPerson {
    name: opt "name",
    phone_number: req "phoneNumber",
    properties: opt "properties",
});

crate::transcode::params::canonical_struct!(JobUpdateAiCountParams {
    robot_call_job_id: req "robotCallJobId",
    robot_count: req "robotCount",
});

crate::transcode::params::canonical_struct!(JobReAddCustomerToJobParams {
    robot_call_job_id: req "robotCallJobId",
    customer_person_ids: req "customerPersonIds",
    last_call_record: opt "lastCallRecord",
    search_words: opt "searchWords",
    customer_group_id: opt "customerGroupId",
    result_statuses: opt "resultStatuses",
    intent_levels: opt "intentLevels",
    follow_status: opt "followStatus",
    dialog_flow_id: opt "dialogFlowId",
    earliest_creation_time: opt "earliestCreationTime",
    latest_creation_time: opt "latestCreationTime",
});
