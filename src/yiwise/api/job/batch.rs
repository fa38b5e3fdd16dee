//! `job/checkAll` and `job/executeJobs`: start or pause many tasks (task.md).

use super::de::{at, at_least, date_range, each_one_of, each_positive, wires};
use crate::transcode::schema::{Field, Node, Shape};
use crate::validation::{Issues, Validate};
use crate::yiwise::enums::{HangUpType, JobOperation, JobStatus};
use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Params of `job/checkAll`: which tasks a bulk start/pause would affect.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct JobCheckAllParams {
    /// 操作类型: `PAUSE` (暂停) or `START` (开始).
    pub operation: JobOperation,
    /// 任务id集合.
    #[serde(deserialize_with = "super::de::vec_i64_req")]
    pub robot_call_job_id_set: Vec<i64>,
    /// 任务状态 filter (E3; the table types it String, the example sends a list).
    #[serde(default)]
    pub status_set: Option<Vec<JobStatus>>,
    /// 任务名称 (模糊查询, fuzzy match).
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub name: Option<String>,
    /// 开始任务创建日期 `yyyy-MM-dd`.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub begin_create_date: Option<String>,
    /// 结束任务创建日期 `yyyy-MM-dd`, not before `beginCreateDate`.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub end_create_date: Option<String>,
}

/// `operation` values of the bulk endpoints (E15). The title also says 终止 (stop),
/// but no value is documented for it.
const OPERATIONS: &[&str] = &["PAUSE", "START"];

impl Validate for JobCheckAllParams {
    fn validate(&self, v: &mut Issues) {
        v.one_of("operation", self.operation.as_str(), OPERATIONS);
        each_positive(v, "robotCallJobIdSet", &self.robot_call_job_id_set);
        each_one_of(
            v,
            "statusSet",
            self.status_set.as_deref().unwrap_or_default(),
            JobStatus::as_str,
            &wires(JobStatus::VALUES),
        );
        date_range(
            v,
            ("beginCreateDate", self.begin_create_date.as_deref()),
            ("endCreateDate", self.end_create_date.as_deref()),
            false,
        );
    }
}

/// `data` of `job/checkAll`: the tasks the operation can and cannot apply to.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct JobCheckResult {
    /// Tasks the operation can apply to: pass them to `job/executeJobs`.
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    pub executable: Vec<JobCheckItem>,
    /// Tasks it cannot apply to, with `msg` saying why.
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    pub unexecutable: Vec<JobCheckItem>,
}

/// One task in a [`JobCheckResult`].
///
/// The counters sit in `statsInfo` in the docs' example and flat in their
/// table; both are read.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct JobCheckItem {
    /// 任务id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub robot_call_job_id: Option<i64>,
    /// 任务名.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub robot_call_job_name: Option<String>,
    /// 创建时间 `yyyy-MM-dd HH:mm:ss`.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub create_time: Option<String>,
    /// 任务创建人.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub create_user_name: Option<String>,
    /// 任务状态 (E3).
    pub status: Option<JobStatus>,
    /// 系统挂起类型 (E11).
    pub hang_up_type: Option<HangUpType>,
    /// 系统挂起原因.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub hang_up_reason: Option<String>,
    /// 信息 (why an `unexecutable` task cannot be operated on).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub msg: Option<String>,
    /// The task's counters (as nested in the example).
    pub stats_info: Option<JobCheckStats>,
    /// 已完成的任务总量 (flat, as in the table).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub completed_task: Option<i64>,
    /// 任务总数 (flat, as in the table).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub total_task: Option<i64>,
    /// 接通电话总量 (flat, as in the table).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub answered_task: Option<i64>,
    /// AB类客户数量 (flat, as in the table).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub ablevel_customer: Option<i64>,
}

/// `statsInfo` of a [`JobCheckItem`].
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct JobCheckStats {
    /// 任务id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub robot_call_job_id: Option<i64>,
    /// 已完成的任务总量.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub completed_task: Option<i64>,
    /// 任务总数.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub total_task: Option<i64>,
    /// 接通电话总量.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub answered_task: Option<i64>,
    /// AB类客户数量.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub ablevel_customer: Option<i64>,
}

/// Params of `job/executeJobs`: apply `operation` to the `executable` tasks that
/// `job/checkAll` returned (pass its items as they are).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct JobExecuteJobsParams {
    /// 操作类型: `PAUSE` or `START` (the table lists no values; E15 has these two).
    pub operation: JobOperation,
    /// 操作任务: the tasks (every item field optional, per the table).
    pub executable: Vec<JobExecuteItem>,
}

/// One task of [`JobExecuteJobsParams`]: a `job/checkAll` item.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct JobExecuteItem {
    /// 任务id.
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub robot_call_job_id: Option<i64>,
    /// 任务名.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub robot_call_job_name: Option<String>,
    /// 创建时间 `yyyy-MM-dd HH:mm:ss`.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub create_time: Option<String>,
    /// 任务创建人.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub create_user_name: Option<String>,
    /// 任务状态 (E3).
    #[serde(default)]
    pub status: Option<JobStatus>,
    /// 系统挂起类型 (E11).
    #[serde(default)]
    pub hang_up_type: Option<HangUpType>,
    /// 系统挂起原因.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub hang_up_reason: Option<String>,
    /// 信息: accepted so that `job/checkAll` items can be passed back as they are
    /// (not in this endpoint's table).
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub msg: Option<String>,
    /// Counters, nested as in the docs' example.
    #[serde(default)]
    pub stats_info: Option<JobExecuteStats>,
    /// 已完成的任务总量 (flat, as in the table).
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub completed_task: Option<i64>,
    /// 任务总数 (flat, as in the table).
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub total_task: Option<i64>,
    /// 接通电话总量 (flat, as in the table).
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub answered_task: Option<i64>,
    /// AB类客户数量 (flat, as in the table).
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub ablevel_customer: Option<i64>,
}

/// `statsInfo` of a [`JobExecuteItem`].
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct JobExecuteStats {
    /// 任务id.
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub robot_call_job_id: Option<i64>,
    /// 已完成的任务总量.
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub completed_task: Option<i64>,
    /// 任务总数.
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub total_task: Option<i64>,
    /// 接通电话总量.
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub answered_task: Option<i64>,
    /// AB类客户数量.
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub ablevel_customer: Option<i64>,
}

impl JobExecuteStats {
    fn check(&self, p: &str, v: &mut Issues) {
        v.positive(&at(p, "robotCallJobId"), self.robot_call_job_id);
        counters(
            v,
            p,
            [
                ("completedTask", self.completed_task),
                ("totalTask", self.total_task),
                ("answeredTask", self.answered_task),
                ("ablevelCustomer", self.ablevel_customer),
            ],
        );
    }
}

fn counters(v: &mut Issues, p: &str, values: [(&str, Option<i64>); 4]) {
    for (name, value) in values {
        at_least(v, &at(p, name), value, 0);
    }
}

impl Validate for JobExecuteJobsParams {
    fn validate(&self, v: &mut Issues) {
        v.one_of("operation", self.operation.as_str(), OPERATIONS);
        let statuses = wires(JobStatus::VALUES);
        let hang_ups = wires(HangUpType::VALUES);
        for (i, item) in self.executable.iter().enumerate() {
            let p = format!("executable[{i}]");
            v.positive(&at(&p, "robotCallJobId"), item.robot_call_job_id);
            v.date_time(&at(&p, "createTime"), item.create_time.as_deref());
            if let Some(s) = &item.status {
                v.one_of(&at(&p, "status"), s.as_str(), &statuses);
            }
            if let Some(h) = &item.hang_up_type {
                v.one_of(&at(&p, "hangUpType"), h.as_str(), &hang_ups);
            }
            if let Some(s) = &item.stats_info {
                s.check(&at(&p, "statsInfo"), v);
            }
            counters(
                v,
                &p,
                [
                    ("completedTask", item.completed_task),
                    ("totalTask", item.total_task),
                    ("answeredTask", item.answered_task),
                    ("ablevelCustomer", item.ablevel_customer),
                ],
            );
        }
    }
}

/// `data` of `job/executeJobs`: per-task outcomes, `msg` saying what happened
/// (the docs' example: 该任务状态(已完成)不可开始, "a completed task cannot be started").
///
/// The docs' example is malformed (`"data": { … } ]`): a list is assumed, and a
/// single object is read as a one-item list (`null` as an empty one).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(transparent)]
pub struct JobExecuteResults(pub Vec<JobExecuteResult>);

impl<'de> Deserialize<'de> for JobExecuteResults {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(d)?;
        let items = match value {
            Value::Null => return Ok(JobExecuteResults(Vec::new())),
            Value::Array(items) => items,
            one @ Value::Object(_) => vec![one],
            other => {
                return Err(de::Error::custom(format!(
                    "expected a list of results, got {other}"
                )))
            }
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.into_iter().enumerate() {
            let r: JobExecuteResult = serde_path_to_error::deserialize(item)
                .map_err(|e| de::Error::custom(format!("[{i}].{}: {}", e.path(), e.inner())))?;
            out.push(r);
        }
        Ok(JobExecuteResults(out))
    }
}

/// One task in [`JobExecuteResults`].
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct JobExecuteResult {
    /// 任务id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub robot_call_job_id: Option<i64>,
    /// 任务名.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub robot_call_job_name: Option<String>,
    /// 信息 (e.g. 该任务状态(已完成)不可开始).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub msg: Option<String>,
}

// The schemas of the results (see `crate::transcode`): field for field
// the serde types above; `tests/schema_decoding.rs` checks that they agree.

/// The schema of [`JobCheckResult`], field for field (see [`crate::transcode`]).
pub(crate) static JOB_CHECK_RESULT: Shape = Shape {
    fields: &[
        Field::list("executable", &Node::Object(&JOB_CHECK_ITEM)),
        Field::list("unexecutable", &Node::Object(&JOB_CHECK_ITEM)),
    ],
    trim_keys: false,
};

/// The schema of [`JobCheckItem`], field for field (see [`crate::transcode`]).
static JOB_CHECK_ITEM: Shape = Shape {
    fields: &[
        Field::opt("robotCallJobId", Node::Int),
        Field::opt("robotCallJobName", Node::Str),
        Field::opt("createTime", Node::Str),
        Field::opt("createUserName", Node::Str),
        Field::opt("status", Node::Enum),
        Field::opt("hangUpType", Node::Enum),
        Field::opt("hangUpReason", Node::Str),
        Field::opt("msg", Node::Str),
        Field::opt("statsInfo", Node::Object(&JOB_CHECK_STATS)),
        Field::opt("completedTask", Node::Int),
        Field::opt("totalTask", Node::Int),
        Field::opt("answeredTask", Node::Int),
        Field::opt("ablevelCustomer", Node::Int),
    ],
    trim_keys: false,
};

/// The schema of [`JobCheckStats`], field for field (see [`crate::transcode`]).
static JOB_CHECK_STATS: Shape = Shape {
    fields: &[
        Field::opt("robotCallJobId", Node::Int),
        Field::opt("completedTask", Node::Int),
        Field::opt("totalTask", Node::Int),
        Field::opt("answeredTask", Node::Int),
        Field::opt("ablevelCustomer", Node::Int),
    ],
    trim_keys: false,
};

/// The schema of [`JobExecuteResult`], field for field (see [`crate::transcode`]).
pub(crate) static JOB_EXECUTE_RESULT: Shape = Shape {
    fields: &[
        Field::opt("robotCallJobId", Node::Int),
        Field::opt("robotCallJobName", Node::Str),
        Field::opt("msg", Node::Str),
    ],
    trim_keys: false,
};

// The schemas of the params (see `Operation::PARAMS`): field for field the
// serde types above; `tests/params_wire.rs` checks that they agree.

/// The schema of [`JobCheckAllParams`], field for field (see `Operation::PARAMS`).
pub(crate) static JOB_CHECK_ALL_PARAMS: Shape = Shape {
    fields: &[
        Field::required("operation", Node::Named("JobOperation", &Node::Enum)),
        Field::required("robotCallJobIdSet", Node::List(&Node::Int)),
        Field::opt(
            "statusSet",
            Node::List(&Node::Named("JobStatus", &Node::Enum)),
        ),
        Field::opt("name", Node::Str),
        Field::opt("beginCreateDate", Node::Str),
        Field::opt("endCreateDate", Node::Str),
    ],
    trim_keys: false,
};

/// The schema of [`JobExecuteJobsParams`], field for field (see `Operation::PARAMS`).
pub(crate) static JOB_EXECUTE_JOBS_PARAMS: Shape = Shape {
    fields: &[
        Field::required("operation", Node::Named("JobOperation", &Node::Enum)),
        Field::required(
            "executable",
            Node::List(&Node::Named(
                "JobExecuteItem",
                &Node::Named("JobExecuteItem", &Node::Object(&JOB_EXECUTE_ITEM)),
            )),
        ),
    ],
    trim_keys: false,
};

/// The schema of [`JobExecuteItem`], field for field (see `Operation::PARAMS`).
pub(crate) static JOB_EXECUTE_ITEM: Shape = Shape {
    fields: &[
        Field::opt("robotCallJobId", Node::Int),
        Field::opt("robotCallJobName", Node::Str),
        Field::opt("createTime", Node::Str),
        Field::opt("createUserName", Node::Str),
        Field::opt("status", Node::Named("JobStatus", &Node::Enum)),
        Field::opt("hangUpType", Node::Named("HangUpType", &Node::Enum)),
        Field::opt("hangUpReason", Node::Str),
        Field::opt("msg", Node::Str),
        Field::opt(
            "statsInfo",
            Node::Opt(&Node::Named(
                "JobExecuteStats",
                &Node::Named("JobExecuteStats", &Node::Object(&JOB_EXECUTE_STATS)),
            )),
        ),
        Field::opt("completedTask", Node::Int),
        Field::opt("totalTask", Node::Int),
        Field::opt("answeredTask", Node::Int),
        Field::opt("ablevelCustomer", Node::Int),
    ],
    trim_keys: false,
};

/// The schema of [`JobExecuteStats`], field for field (see `Operation::PARAMS`).
pub(crate) static JOB_EXECUTE_STATS: Shape = Shape {
    fields: &[
        Field::opt("robotCallJobId", Node::Int),
        Field::opt("completedTask", Node::Int),
        Field::opt("totalTask", Node::Int),
        Field::opt("answeredTask", Node::Int),
        Field::opt("ablevelCustomer", Node::Int),
    ],
    trim_keys: false,
};

crate::transcode::params::canonical_struct!(JobCheckAllParams {
    operation: req "operation",
    robot_call_job_id_set: req "robotCallJobIdSet",
    status_set: opt "statusSet",
    name: opt "name",
    begin_create_date: opt "beginCreateDate",
    end_create_date: opt "endCreateDate",
});

crate::transcode::params::canonical_struct!(JobExecuteJobsParams {
    operation: req "operation",
    executable: req "executable",
});

crate::transcode::params::canonical_struct!(JobExecuteItem {
    robot_call_job_id: opt "robotCallJobId",
    robot_call_job_name: opt "robotCallJobName",
    create_time: opt "createTime",
    create_user_name: opt "createUserName",
    status: opt "status",
    hang_up_type: opt "hangUpType",
    hang_up_reason: opt "hangUpReason",
    msg: opt "msg",
    stats_info: opt "statsInfo",
    completed_task: opt "completedTask",
    total_task: opt "totalTask",
    answered_task: opt "answeredTask",
    ablevel_customer: opt "ablevelCustomer",
});

crate::transcode::params::canonical_struct!(JobExecuteStats {
    robot_call_job_id: opt "robotCallJobId",
    completed_task: opt "completedTask",
    total_task: opt "totalTask",
    answered_task: opt "answeredTask",
    ablevel_customer: opt "ablevelCustomer",
});
