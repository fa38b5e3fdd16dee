//! Params and results of the task queries (obtainTask.md, task.md).

use super::de::{each_positive, not_empty, wires};
use crate::transcode::schema::{Field, Node, Shape};
use crate::validation::{Issues, Validate};
use crate::yiwise::enums::{
    IntentLevel, JobMode, JobStatus, PhoneType, RedialCondition, WechatSendMethod,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Largest `pageSize` of `job/getJobs` (最大值100).
pub const MAX_PAGE_SIZE: i64 = 100;

/// Params of `job/getJobs` (all optional).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct JobGetJobsParams {
    /// 任务名称.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub name: Option<String>,
    /// 任务状态 (E3 name). The docs' table example is the ordinal `1`: ordinals 0–7 and 10–13
    /// are accepted and sent as their names (`1` → `IN_PROCESS`).
    #[serde(default, deserialize_with = "super::de::job_status_or_ordinal")]
    pub status: Option<JobStatus>,
    /// 第几页, from 1 (default 1).
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub page_num: Option<i64>,
    /// 页面大小, 1 … 100 (default 20).
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub page_size: Option<i64>,
}

impl Validate for JobGetJobsParams {
    fn validate(&self, v: &mut Issues) {
        if let Some(s) = &self.status {
            v.one_of("status", s.as_str(), &wires(JobStatus::VALUES));
        }
        if let Some(n) = self.page_num {
            if n < 1 {
                v.push("pageNum", format!("must be at least 1, got {n}"));
            }
        }
        v.range("pageSize", self.page_size, 1, MAX_PAGE_SIZE);
    }
}

/// One row of `job/getJobs`.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct JobSummary {
    /// 任务id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub robot_call_job_id: Option<i64>,
    /// 任务名称.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub name: Option<String>,
    /// 任务状态 (E3).
    pub status: Option<JobStatus>,
    /// 完成的任务.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub completed_task: Option<i64>,
    /// 任务总数.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub task_call_total: Option<i64>,
    /// 创建时间 (`yyyy-MM-dd HH:mm` in the example).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub create_time: Option<String>,
    /// 创建人.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub created_by_user_name: Option<String>,
    /// 组织.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub organization_name: Option<String>,
}

/// The schema of `job/getJobs`'s data, field for field
/// [`Page`](crate::yiwise::page::Page)`<`[`JobSummary`]`>` (see
/// [`crate::transcode`]; `tests/transcode.rs` checks that both decode alike).
pub static JOB_PAGE: Node = crate::yiwise::page::page_schema!(&Node::Object(&JOB_SUMMARY));

/// `data` of `job/getJobDetail`: the task, its lines and counters.
///
/// The docs' table is flat; their example nests the task fields (and
/// `dialogFlowName`) in `robotCallJob`. This type follows the example.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct JobDetail {
    /// The task's settings and state.
    pub robot_call_job: Option<JobInfo>,
    /// 任务主叫线路列表.
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    pub job_phone_number_list: Vec<JobPhoneNumber>,
    /// 外呼策略组包含的线路信息 (in the table only; item shape not documented, read as line items).
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    pub policy_group_phone_number_list: Vec<JobPhoneNumber>,
    /// 转人工号码.
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    pub transfer_phone_number: Vec<String>,
    /// 完成的任务 (in the example only; may exceed `taskCallTotal` there).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub completed_task: Option<i64>,
    /// 任务总数 (in the example only).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub task_call_total: Option<i64>,
}

/// The task inside [`JobDetail`] (`robotCallJob`).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct JobInfo {
    /// 任务id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub robot_call_job_id: Option<i64>,
    /// 公司Id (example only).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub tenant_id: Option<i64>,
    /// 话术id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub dialog_flow_id: Option<i64>,
    /// 话术名称.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub dialog_flow_name: Option<String>,
    /// 任务名称.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub name: Option<String>,
    /// 任务类型 (E2).
    pub mode: Option<JobMode>,
    /// 任务占用的坐席数量.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub robot_count: Option<i64>,
    /// 短信模版id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub sms_template_id: Option<i64>,
    /// 线路类型 (E1).
    pub phone_type: Option<PhoneType>,
    /// 可拨打开始时间 (`HH:mm:ss` in the example).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub daily_start_time: Option<String>,
    /// 可拨打结束时间.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub daily_end_time: Option<String>,
    /// 不可拨打时间段列表.
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    pub inactive_time_list: Vec<JobInactiveTimeInfo>,
    /// 任务注释.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub description: Option<String>,
    /// 微信提示等级.
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    pub wechat_alert_level: Vec<IntentLevel>,
    /// 微信提示等级code.
    #[serde(deserialize_with = "super::de::vec_i64")]
    pub wechat_alert_level_code: Vec<i64>,
    /// 短信提示等级.
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    pub sms_alert_level: Vec<IntentLevel>,
    /// 短信提示等级code.
    #[serde(deserialize_with = "super::de::vec_i64")]
    pub sms_alert_level_code: Vec<i64>,
    /// 微信条件提示等级.
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    pub wechat_condition_alert_level: Vec<IntentLevel>,
    /// 微信条件提示等级Code.
    #[serde(deserialize_with = "super::de::vec_i64")]
    pub wechat_condition_alert_level_code: Vec<i64>,
    /// 提示人员 (user ids).
    #[serde(deserialize_with = "super::de::vec_i64")]
    pub alert_users: Vec<i64>,
    /// 预警提示人员 (user ids).
    #[serde(deserialize_with = "super::de::vec_i64")]
    pub early_warning_alert_users: Vec<i64>,
    /// 微信推送方式 (E10; example only).
    pub wechat_send_method: Option<WechatSendMethod>,
    /// 任务状态 (E3).
    pub status: Option<JobStatus>,
    /// 任务开始时间.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub start_time: Option<String>,
    /// 下一次任务开始时间 (`HH:mm:ss` in the example).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub next_start_time: Option<String>,
    /// 任务创建时间 (`yyyy-MM-dd HH:mm:ss`).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub create_time: Option<String>,
    /// 任务修改时间 (`yyyy-MM-dd HH:mm:ss`).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub update_time: Option<String>,
    /// 设置的自动重拨的状态集 (E5).
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    pub redial_condition: Vec<RedialCondition>,
    /// 重拨间隔(分钟).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub redial_interval: Option<i64>,
    /// 重拨次数.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub redial_times: Option<i64>,
}

/// A no-call period of a task as returned: `{ startTime, endTime }`.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct JobInactiveTimeInfo {
    /// 开始时间.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub start_time: Option<String>,
    /// 结束时间.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub end_time: Option<String>,
}

/// A calling line of a task (`jobPhoneNumberList` item; fields from the example).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct JobPhoneNumber {
    /// 线路id (tenantPhoneNumberId).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub tenant_phone_number_id: Option<i64>,
    /// 号码.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub phone_number: Option<String>,
    /// 线路名称.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub phone_name: Option<String>,
    /// 启用状态 (1 = on, 0 = off).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub enabled_status: Option<i64>,
    /// 线路类型 (E1).
    pub phone_type: Option<PhoneType>,
    /// 该线路的并发数.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub concurrency_quota: Option<i64>,
}

/// `data` of `job/getJobStats`: progress, rates, distributions and daily series.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", tsify(hashmap_as_object))]
#[serde(rename_all = "camelCase", default)]
pub struct JobStats {
    /// 任务进度 (the example has 2175.9; unit not documented).
    #[serde(deserialize_with = "crate::lenient::opt_f64")]
    pub task_progress: Option<f64>,
    /// 接听率 (percent in the example: 9.47).
    #[serde(deserialize_with = "crate::lenient::opt_f64")]
    pub answered_rate: Option<f64>,
    /// 完成总数.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub completed_task: Option<i64>,
    /// 任务总数.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub task_call_total: Option<i64>,
    /// 接听数量.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub answered_task: Option<i64>,
    /// 总接听时间 (seconds, inf.).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub chat_duration_total: Option<i64>,
    /// 意向等级: count per intent level (E6 keys).
    #[serde(deserialize_with = "super::de::count_map")]
    pub intent_level: BTreeMap<String, i64>,
    /// 关注点: the table says Map, the example is a list of strings; a map arrives as its keys.
    #[serde(deserialize_with = "super::de::strings_or_keys")]
    pub customer_concern: Vec<String>,
    /// 通话结果: count per dial result (E4 keys).
    #[serde(deserialize_with = "super::de::count_map")]
    pub dial_result: BTreeMap<String, i64>,
    /// 通话轮次: count per round bucket (E27 keys: LESS_3, F3_T6, …).
    #[serde(deserialize_with = "super::de::count_map")]
    pub chat_round: BTreeMap<String, i64>,
    /// 通话时间: count per duration bucket (E28 keys: LESS_10S, …).
    #[serde(deserialize_with = "super::de::count_map")]
    pub chat_duration: BTreeMap<String, i64>,
    /// Daily series and the intent tag details (nested here in the example; flat in the table).
    pub call_job_stats_broken_line: Option<JobStatsBrokenLine>,
}

/// `callJobStatsBrokenLine` of [`JobStats`]: daily series.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct JobStatsBrokenLine {
    /// 任务完成 per day.
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    pub task_call_completed_list: Vec<JobStatsPoint>,
    /// 接通数 per day (the table labels it 通话结果).
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    pub answered_task_list: Vec<JobStatsPoint>,
    /// 通话比例 (answer rate, percent) per day.
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    pub answered_task_rate_list: Vec<JobStatsPoint>,
    /// 通话总时长 per day (the table labels it 通话轮次).
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    pub chat_duration_total_list: Vec<JobStatsPoint>,
    /// 平均通话时长 per day.
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    pub average_duration_list: Vec<JobStatsPoint>,
    /// 意向分类详情列表.
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    pub intent_level_tag_detail_list: Vec<JobIntentLevelTagDetail>,
}

/// One day of a series: `{ date: "yyyy-MM-dd", val }`.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct JobStatsPoint {
    /// 日期 `yyyy-MM-dd`.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub date: Option<String>,
    /// 数值 (may have decimals, e.g. 11.90 for a rate).
    #[serde(deserialize_with = "crate::lenient::opt_f64")]
    pub val: Option<f64>,
}

/// 意向分类详情: one level of the task's intent tag.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct JobIntentLevelTagDetail {
    /// 意向分类详情编码.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub code: Option<i64>,
    /// 意向分类详情id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub intent_level_tag_detail_id: Option<i64>,
    /// 意向分类id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub intent_level_tag_id: Option<i64>,
    /// 意向分类详情名称.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub name: Option<String>,
}

/// Params of `job/getJobStatsInfoList`: `{ robotCallJobId: [ids] }`.
///
/// On the wire the body is the bare id array (`[1017, 1014]`): the docs' example
/// is `{ [ "1017", … ] }`, an array wrapped in braces (INVENTORY I27).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct JobGetJobStatsInfoListParams {
    /// 任务id的列表 (numbers or numeric strings; at least one).
    #[serde(deserialize_with = "super::de::vec_i64_req")]
    pub robot_call_job_id: Vec<i64>,
}

impl Validate for JobGetJobStatsInfoListParams {
    fn validate(&self, v: &mut Issues) {
        not_empty(v, "robotCallJobId", self.robot_call_job_id.len());
        each_positive(v, "robotCallJobId", &self.robot_call_job_id);
    }
}

/// One task's totals in `job/getJobStatsInfoList` (the map's values, keyed by task id).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct JobStatsInfo {
    /// 总任务.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub task_total: Option<i64>,
    /// 完成任务量.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub task_completed: Option<i64>,
}

// The schemas of the results (see `crate::transcode`): field for field
// the serde types above; `tests/schema_decoding.rs` checks that they agree.

/// The schema of [`JobSummary`], field for field (see [`crate::transcode`]).
static JOB_SUMMARY: Shape = Shape {
    fields: &[
        Field::opt("robotCallJobId", Node::Int),
        Field::opt("name", Node::Str),
        Field::opt("status", Node::Enum),
        Field::opt("completedTask", Node::Int),
        Field::opt("taskCallTotal", Node::Int),
        Field::opt("createTime", Node::Str),
        Field::opt("createdByUserName", Node::Str),
        Field::opt("organizationName", Node::Str),
    ],
    trim_keys: false,
};

/// The schema of [`JobDetail`], field for field (see [`crate::transcode`]).
pub(crate) static JOB_DETAIL: Shape = Shape {
    fields: &[
        Field::opt("robotCallJob", Node::Object(&JOB_INFO)),
        Field::list("jobPhoneNumberList", &Node::Object(&JOB_PHONE_NUMBER)),
        Field::list(
            "policyGroupPhoneNumberList",
            &Node::Object(&JOB_PHONE_NUMBER),
        ),
        Field::list("transferPhoneNumber", &Node::Text),
        Field::opt("completedTask", Node::Int),
        Field::opt("taskCallTotal", Node::Int),
    ],
    trim_keys: false,
};

/// The schema of [`JobInfo`], field for field (see [`crate::transcode`]).
static JOB_INFO: Shape = Shape {
    fields: &[
        Field::opt("robotCallJobId", Node::Int),
        Field::opt("tenantId", Node::Int),
        Field::opt("dialogFlowId", Node::Int),
        Field::opt("dialogFlowName", Node::Str),
        Field::opt("name", Node::Str),
        Field::opt("mode", Node::Enum),
        Field::opt("robotCount", Node::Int),
        Field::opt("smsTemplateId", Node::Int),
        Field::opt("phoneType", Node::Enum),
        Field::opt("dailyStartTime", Node::Str),
        Field::opt("dailyEndTime", Node::Str),
        Field::list("inactiveTimeList", &Node::Object(&JOB_INACTIVE_TIME_INFO)),
        Field::opt("description", Node::Str),
        Field::list("wechatAlertLevel", &Node::Enum),
        Field::list("wechatAlertLevelCode", &Node::Int),
        Field::list("smsAlertLevel", &Node::Enum),
        Field::list("smsAlertLevelCode", &Node::Int),
        Field::list("wechatConditionAlertLevel", &Node::Enum),
        Field::list("wechatConditionAlertLevelCode", &Node::Int),
        Field::list("alertUsers", &Node::Int),
        Field::list("earlyWarningAlertUsers", &Node::Int),
        Field::opt("wechatSendMethod", Node::Enum),
        Field::opt("status", Node::Enum),
        Field::opt("startTime", Node::Str),
        Field::opt("nextStartTime", Node::Str),
        Field::opt("createTime", Node::Str),
        Field::opt("updateTime", Node::Str),
        Field::list("redialCondition", &Node::Enum),
        Field::opt("redialInterval", Node::Int),
        Field::opt("redialTimes", Node::Int),
    ],
    trim_keys: false,
};

/// The schema of [`JobInactiveTimeInfo`], field for field (see [`crate::transcode`]).
static JOB_INACTIVE_TIME_INFO: Shape = Shape {
    fields: &[
        Field::opt("startTime", Node::Str),
        Field::opt("endTime", Node::Str),
    ],
    trim_keys: false,
};

/// The schema of [`JobPhoneNumber`], field for field (see [`crate::transcode`]).
static JOB_PHONE_NUMBER: Shape = Shape {
    fields: &[
        Field::opt("tenantPhoneNumberId", Node::Int),
        Field::opt("phoneNumber", Node::Str),
        Field::opt("phoneName", Node::Str),
        Field::opt("enabledStatus", Node::Int),
        Field::opt("phoneType", Node::Enum),
        Field::opt("concurrencyQuota", Node::Int),
    ],
    trim_keys: false,
};

/// The schema of [`JobStats`], field for field (see [`crate::transcode`]).
pub(crate) static JOB_STATS: Shape = Shape {
    fields: &[
        Field::opt("taskProgress", Node::Float),
        Field::opt("answeredRate", Node::Float),
        Field::opt("completedTask", Node::Int),
        Field::opt("taskCallTotal", Node::Int),
        Field::opt("answeredTask", Node::Int),
        Field::opt("chatDurationTotal", Node::Int),
        Field::map_of("intentLevel", Node::Map(&Node::Int)),
        Field::list_of("customerConcern", Node::StrsOrKeys),
        Field::map_of("dialResult", Node::Map(&Node::Int)),
        Field::map_of("chatRound", Node::Map(&Node::Int)),
        Field::map_of("chatDuration", Node::Map(&Node::Int)),
        Field::opt(
            "callJobStatsBrokenLine",
            Node::Object(&JOB_STATS_BROKEN_LINE),
        ),
    ],
    trim_keys: false,
};

/// The schema of [`JobStatsBrokenLine`], field for field (see [`crate::transcode`]).
static JOB_STATS_BROKEN_LINE: Shape = Shape {
    fields: &[
        Field::list("taskCallCompletedList", &Node::Object(&JOB_STATS_POINT)),
        Field::list("answeredTaskList", &Node::Object(&JOB_STATS_POINT)),
        Field::list("answeredTaskRateList", &Node::Object(&JOB_STATS_POINT)),
        Field::list("chatDurationTotalList", &Node::Object(&JOB_STATS_POINT)),
        Field::list("averageDurationList", &Node::Object(&JOB_STATS_POINT)),
        Field::list(
            "intentLevelTagDetailList",
            &Node::Object(&JOB_INTENT_LEVEL_TAG_DETAIL),
        ),
    ],
    trim_keys: false,
};

/// The schema of [`JobStatsPoint`], field for field (see [`crate::transcode`]).
static JOB_STATS_POINT: Shape = Shape {
    fields: &[
        Field::opt("date", Node::Str),
        Field::opt("val", Node::Float),
    ],
    trim_keys: false,
};

/// The schema of [`JobIntentLevelTagDetail`], field for field (see [`crate::transcode`]).
static JOB_INTENT_LEVEL_TAG_DETAIL: Shape = Shape {
    fields: &[
        Field::opt("code", Node::Int),
        Field::opt("intentLevelTagDetailId", Node::Int),
        Field::opt("intentLevelTagId", Node::Int),
        Field::opt("name", Node::Str),
    ],
    trim_keys: false,
};

/// The schema of [`JobStatsInfo`], field for field (see [`crate::transcode`]).
pub(crate) static JOB_STATS_INFO: Shape = Shape {
    fields: &[
        Field::opt("taskTotal", Node::Int),
        Field::opt("taskCompleted", Node::Int),
    ],
    trim_keys: false,
};

// The schemas of the params (see `Operation::PARAMS`): field for field the
// serde types above; `tests/params_wire.rs` checks that they agree.

/// The schema of [`JobGetJobsParams`], field for field (see `Operation::PARAMS`).
pub(crate) static JOB_GET_JOBS_PARAMS: Shape = Shape {
    fields: &[
        Field::opt("name", Node::Str),
        Field::opt("status", Node::Rule(&JOB_STATUS_OR_ORDINAL)),
        Field::opt("pageNum", Node::Int),
        Field::opt("pageSize", Node::Int),
    ],
    trim_keys: false,
};

/// `status` of `job/getJobs` as a params schema rule: a name or an ordinal.
static JOB_STATUS_OR_ORDINAL: crate::transcode::params::Rule = crate::transcode::params::Rule {
    run: |v, at| {
        let status =
            crate::value_deserializer::rule(v, at, |d| super::de::job_status_or_ordinal(d))?;
        Ok(status.map(|s| s.as_str().into()))
    },
};

/// The schema of [`JobGetJobStatsInfoListParams`], field for field (see `Operation::PARAMS`).
pub(crate) static JOB_GET_JOB_STATS_INFO_LIST_PARAMS: Shape = Shape {
    fields: &[Field::required("robotCallJobId", Node::List(&Node::Int))],
    trim_keys: false,
};

crate::transcode::params::canonical_struct!(JobGetJobsParams {
    name: opt "name",
    status: opt "status",
    page_num: opt "pageNum",
    page_size: opt "pageSize",
});

crate::transcode::params::canonical_struct!(JobGetJobStatsInfoListParams {
    robot_call_job_id: req "robotCallJobId",
});
