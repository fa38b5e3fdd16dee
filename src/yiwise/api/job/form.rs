//! The task form of `job/create` and `job/modify` (task.md, INVENTORY §1.2).

use super::de::{
    at, at_least, each_non_blank, each_one_of, each_positive, non_blank, not_empty, time_window,
    wires,
};
use crate::transcode::schema::{Field, Node, Shape};
use crate::validation::{Issues, Validate};
use crate::yiwise::enums::{IntentLevel, JobMode, PhoneType, RedialCondition, WechatSendMethod};
use serde::{Deserialize, Serialize};

/// `mode` values the form accepts (E2).
const MODES: &[&str] = &["AUTO", "MANUAL"];
/// `phoneType` values the form accepts: the four the create/modify table lists (E1 subset).
const FORM_PHONE_TYPES: &[&str] = &["MOBILE", "LANDLINE", "UNFIXED_CALL", "CALL_POLICY_GROUP"];
/// At most this many no-call periods (最大三个不可拨打时段).
pub const MAX_INACTIVE_PERIODS: usize = 3;
/// `redialInterval` range in minutes (6 分钟 ~ 24 x 60 分钟).
pub const REDIAL_INTERVAL_MINUTES: (i64, i64) = (6, 24 * 60);
/// `redialTimes` range (1~10).
pub const REDIAL_TIMES: (i64, i64) = (1, 10);

/// The body of `job/create`: line settings at the top, the task in `robotCallJob`.
///
/// The docs' table is flat, but their JSON example nests the task fields under
/// `robotCallJob` and keeps `concurrencyQuota`, `jobPhoneNumberIdList` and
/// `transferPhoneNumber` at the top; this type follows the example.
///
/// ```
/// use yiwise_rongzi::yiwise::{api::job::Create, operation::parse_params};
/// let p = parse_params::<Create>(serde_json::json!({
///     "concurrencyQuota": 2,
///     "jobPhoneNumberIdList": [276],
///     "robotCallJob": {"name": "回访", "mode": "MANUAL", "dialogFlowId": 1001, "phoneType": "LANDLINE",
///                      "dailyStartTime": "09:00", "dailyEndTime": "20:00"}
/// })).unwrap();
/// assert_eq!(p.robot_call_job.dialog_flow_id, 1001);
/// // start must come before end
/// let e = parse_params::<Create>(serde_json::json!({
///     "concurrencyQuota": 2, "jobPhoneNumberIdList": [276],
///     "robotCallJob": {"name": "回访", "mode": "MANUAL", "dialogFlowId": 1001, "phoneType": "LANDLINE",
///                      "dailyStartTime": "20:00", "dailyEndTime": "09:00"}
/// })).unwrap_err();
/// assert_eq!(e.field.as_deref(), Some("robotCallJob.dailyEndTime"));
/// ```
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct JobCreateParams {
    /// 并发数 (total concurrency, shared out over the lines by the platform).
    /// Required unless `robotCallJob.phoneType` is `MOBILE` (线路类型为手机号的时候可不传); at least 1.
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub concurrency_quota: Option<i64>,
    /// 任务主叫号码列表: `tenantPhoneNumberId`s from `phone/getPhoneList`; for `MOBILE` its
    /// size is the robot count; for `CALL_POLICY_GROUP` it holds exactly one `callPolicyGroupId`.
    #[serde(deserialize_with = "super::de::vec_i64_req")]
    pub job_phone_number_id_list: Vec<i64>,
    /// 转人工号码: numbers called in turn when the dialog flow transfers to a human
    /// (选择转人工话术时必填: required when the dialog flow transfers to a human).
    #[serde(default)]
    pub transfer_phone_number: Option<Vec<String>>,
    /// The task itself.
    pub robot_call_job: JobForm,
}

/// The body of `job/modify` (PATCH): the same form as [`JobCreateParams`].
///
/// The docs document no task id for modify (INVENTORY I13). The vendor's demo
/// sends it as `robotCallJob.robotCallJobId`, which this type accepts; since the
/// docs' own example has no id, it is not required here: send it.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct JobModifyParams {
    /// 并发数. Required unless `robotCallJob.phoneType` is `MOBILE`; at least 1.
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub concurrency_quota: Option<i64>,
    /// 任务主叫号码列表 (as in `JobCreateParams.jobPhoneNumberIdList`).
    #[serde(deserialize_with = "super::de::vec_i64_req")]
    pub job_phone_number_id_list: Vec<i64>,
    /// 转人工号码 (required when the dialog flow transfers to a human).
    #[serde(default)]
    pub transfer_phone_number: Option<Vec<String>>,
    /// The task, with `robotCallJobId` naming the task to change.
    pub robot_call_job: JobForm,
}

/// The task fields of `job/create` / `job/modify` (`robotCallJob`).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct JobForm {
    /// 任务Id: only for `job/modify`, the task to change. Not in the docs; the vendor's
    /// demo sends it here. Refused by `job/create`.
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub robot_call_job_id: Option<i64>,
    /// 任务名称 (required, not blank).
    pub name: String,
    /// 任务类型: `AUTO` (自动任务, starts by itself at `startTime`) or `MANUAL` (手动任务, start it
    /// with `job/start`).
    pub mode: JobMode,
    /// 任务开始时间, `yyyy-MM-dd HH:mm:ss` (the docs' JSON) or `yyyy-MM-dd` (their table).
    /// Required when `mode` is `AUTO`.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub start_time: Option<String>,
    /// 可拨打开始时间 `HH:mm` (the table: 不可以早于9点, not earlier than 09:00).
    pub daily_start_time: String,
    /// 可拨打结束时间 `HH:mm`, later than `dailyStartTime` (the table: 不可以晚于20点, yet the
    /// docs' example uses 21:00; the platform decides).
    pub daily_end_time: String,
    /// 不可拨打时间段列表: at most 3 no-call periods.
    #[serde(default)]
    pub inactive_time_list: Option<Vec<JobInactiveTime>>,
    /// 话术id (a String in the table, a number in the example).
    #[serde(deserialize_with = "crate::lenient::i64_req")]
    pub dialog_flow_id: i64,
    /// 坐席组id from `csRobot/staffGroupList`: needed when the dialog flow has a 人工介入
    /// (human intervention) flag (see `dialogFlow/getDialogFlowCallJobRelatedInfo`).
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub cs_staff_group_id: Option<i64>,
    /// 提醒的用户的id列表 (user ids to notify).
    #[serde(default, deserialize_with = "crate::lenient::opt_vec_i64")]
    pub alert_users: Option<Vec<i64>>,
    /// 行业预警消息推送人 (user ids).
    #[serde(default, deserialize_with = "crate::lenient::opt_vec_i64")]
    pub early_warning_alert_users: Option<Vec<i64>>,
    /// 号码类型: `MOBILE`, `LANDLINE`, `UNFIXED_CALL` or `CALL_POLICY_GROUP`.
    pub phone_type: PhoneType,
    /// 短信推送提醒意向等级 (intent levels A–F, or their codes).
    #[serde(default)]
    pub sms_alert_level: Option<Vec<AlertLevel>>,
    /// 短信模板id.
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub sms_template_id: Option<i64>,
    /// 微信推送提醒意向等级 (intent levels A–F, or their codes).
    #[serde(default)]
    pub wechat_alert_level: Option<Vec<AlertLevel>>,
    /// 微信条件推送提醒意向等级 (intent levels A–F, or their codes: the vendor's demo sends
    /// `[2]`). Not in the form table; the task detail returns it.
    #[serde(default)]
    pub wechat_condition_alert_level: Option<Vec<AlertLevel>>,
    /// 微信推送方式: `SENDTOALL` (全推送), `SENDTOONE` (单推送), `SENDTONONE` (不推送).
    #[serde(default)]
    pub wechat_send_method: Option<WechatSendMethod>,
    /// 备注.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub description: Option<String>,
    /// 微信推送提醒意向等级编码 (intent level codes, ≥ 0).
    #[serde(default, deserialize_with = "crate::lenient::opt_vec_i64")]
    pub wechat_alert_level_code: Option<Vec<i64>>,
    /// 短信推送提醒意向等级编码 (intent level codes, ≥ 0).
    #[serde(default, deserialize_with = "crate::lenient::opt_vec_i64")]
    pub sms_alert_level_code: Option<Vec<i64>>,
    /// 微信条件推送提醒意向等级编码 (intent level codes, ≥ 0).
    #[serde(default, deserialize_with = "crate::lenient::opt_vec_i64")]
    pub wechat_condition_alert_level_code: Option<Vec<i64>>,
    /// 重拨条件 (auto-redial on these results). Giving any of `redialCondition`,
    /// `redialInterval`, `redialTimes` turns auto-redial on, and then all three are required
    /// (选择自动重拨时必填).
    #[serde(default)]
    pub redial_condition: Option<Vec<RedialCondition>>,
    /// 重拨间隔, minutes, 6 … 1440.
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub redial_interval: Option<i64>,
    /// 重拨次数, 1 … 10.
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub redial_times: Option<i64>,
    /// 机器人数. The 2021-01 docs list it as required for `job/create`; it is optional here
    /// because the platform accepts a task without it (the vendor's own demo leaves it out).
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub robot_count: Option<i64>,
    /// 公司Id: in the docs' example only.
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub tenant_id: Option<i64>,
    /// 并发数, also here: the vendor's demo (`TestDemo`) sends it inside `robotCallJob`
    /// as well as at the top. At least 1.
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub concurrency_quota: Option<i64>,
    /// 一线多并发 on or off: not in the docs; the vendor's demo sends it.
    #[serde(default, deserialize_with = "crate::lenient::opt_bool")]
    pub enable_concurrency: Option<bool>,
    /// 微信条件推送的通话时长阈值 (seconds, ≥ 0): not in the docs; the vendor's demo sends it.
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub wechat_alert_chat_duration_threshold: Option<i64>,
    /// 转人工号码, also here: the vendor's demo sends it inside `robotCallJob`; the same as
    /// the top-level `transferPhoneNumber`.
    #[serde(default)]
    pub transfer_phone_number: Option<Vec<String>>,
    /// The 2018 form of a no-call period, which the platform no longer reads: refused
    /// with a pointer to `inactiveTimeList` (the vendor's old demo still sends it).
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "never"))]
    pub inactive_start_time: Option<String>,
    /// See `inactiveStartTime`.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "never"))]
    pub inactive_end_time: Option<String>,
}

/// An intent level in an alert list: its name (`"A"` … `"F"`) or its code
/// (`0` … , as the vendor's demo sends `wechatConditionAlertLevel: [2]`). Sent
/// as given.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(untagged)]
pub enum AlertLevel {
    /// A code, sent as a number.
    Code(i64),
    /// A level, sent as its name.
    Level(IntentLevel),
}

// By hand, not `untagged`: serde's untagged decoding buffers the value and
// costs kilobytes of the module; one scalar decides it here.
impl<'de> Deserialize<'de> for AlertLevel {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use crate::lenient::Scalar;
        match crate::lenient::scalar(d)? {
            Scalar::Int(c) => Ok(AlertLevel::Code(c)),
            Scalar::Str(s) => Ok(AlertLevel::Level(IntentLevel::from_wire(&s))),
            other => Err(serde::de::Error::custom(format!(
                "expected an IntentLevel (\"A\" … \"F\") or its code (a whole number), got {}",
                match other {
                    Scalar::Float(f) => f.to_string(),
                    Scalar::Bool(b) => b.to_string(),
                    _ => "null".to_string(),
                }
            ))),
        }
    }
}

impl crate::transcode::params::Canonical for AlertLevel {
    fn from_canonical(v: &serde_json::Value) -> Option<Self> {
        match v {
            serde_json::Value::Number(n) => n.as_i64().map(AlertLevel::Code),
            other => IntentLevel::from_canonical(other).map(AlertLevel::Level),
        }
    }
}

/// `AlertLevel` as a params schema rule: a whole number stays a number, a
/// string is an `IntentLevel`; anything else is refused as serde refuses it.
static ALERT_LEVEL: crate::transcode::params::Rule = crate::transcode::params::Rule {
    run: |v, at| {
        let level = crate::value_deserializer::rule(v, at, |d| {
            <AlertLevel as Deserialize>::deserialize(d)
        })?;
        Ok(Some(match level {
            AlertLevel::Code(c) => serde_json::Value::from(c),
            AlertLevel::Level(l) => serde_json::Value::from(l.as_str()),
        }))
    },
};

/// One no-call period of a task: `{ startTime: "12:00", endTime: "13:00" }`.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct JobInactiveTime {
    /// 开始时间 `HH:mm`.
    pub start_time: String,
    /// 结束时间 `HH:mm`, later than `startTime`.
    pub end_time: String,
}

/// `data` of `job/create`: `{ robotCallJobId }`.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct JobCreateResult {
    /// 刚刚创建的任务ID.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub robot_call_job_id: Option<i64>,
}

/// `data` of `job/modify`: `{ robotCallJobId }` of the changed task.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct JobModifyResult {
    /// 任务ID (the table copies create's "刚刚创建的任务ID").
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub robot_call_job_id: Option<i64>,
}

/// Which endpoint a form is checked for.
#[derive(Clone, Copy, PartialEq)]
enum Use {
    Create,
    Modify,
}

/// The top-level checks shared by create and modify.
fn check_lines(
    v: &mut Issues,
    concurrency_quota: Option<i64>,
    ids: &[i64],
    transfer: Option<&Vec<String>>,
    form: &JobForm,
) {
    at_least(v, "concurrencyQuota", concurrency_quota, 1);
    let mobile = form.phone_type == PhoneType::Mobile;
    if concurrency_quota.is_none() && !mobile {
        v.push(
            "concurrencyQuota",
            "is required unless robotCallJob.phoneType is MOBILE",
        );
    }
    not_empty(v, "jobPhoneNumberIdList", ids.len());
    each_positive(v, "jobPhoneNumberIdList", ids);
    // docs: "当类型非手机号的时候他的size只能是1" is contradicted by the docs' own
    // example ([348,369] with LANDLINE) and by 更新说明 (several 无主叫固话 per task), so only
    // CALL_POLICY_GROUP ("size只能为1", uncontradicted) is limited to one id.
    if form.phone_type == PhoneType::CallPolicyGroup && ids.len() > 1 {
        v.push(
            "jobPhoneNumberIdList",
            format!(
                "must hold exactly 1 callPolicyGroupId when robotCallJob.phoneType is CALL_POLICY_GROUP, got {}",
                ids.len()
            ),
        );
    }
    if let Some(t) = transfer {
        each_non_blank(v, "transferPhoneNumber", t);
    }
}

impl JobForm {
    fn check(&self, p: &str, v: &mut Issues, usage: Use) {
        let f = |name: &str| at(p, name);
        match usage {
            Use::Create if self.robot_call_job_id.is_some() => v.push(
                f("robotCallJobId"),
                "is not a parameter of job/create (it names the task in job/modify)",
            ),
            _ => v.positive(&f("robotCallJobId"), self.robot_call_job_id),
        }
        non_blank(v, &f("name"), &self.name);
        v.one_of(&f("mode"), self.mode.as_str(), MODES);
        if self.mode == JobMode::Auto && self.start_time.is_none() {
            v.push(
                f("startTime"),
                "is required when mode is AUTO (an AUTO task starts by itself at startTime; \
                 use mode MANUAL to start it with job.start)",
            );
        }
        if let Some(t) = &self.start_time {
            check_start_time(v, &f("startTime"), t);
        }
        // docs: the table says dailyStartTime 不可以早于9点 and dailyEndTime 不可以晚于20点,
        // but the docs' own example sends dailyEndTime "21:00" (and 2018 allowed 08:00–22:00);
        // only the form HH:mm and start < end are checked, the window is the platform's call.
        time_window(
            v,
            (&f("dailyStartTime"), &self.daily_start_time),
            (&f("dailyEndTime"), &self.daily_end_time),
        );
        if let Some(list) = &self.inactive_time_list {
            let field = f("inactiveTimeList");
            v.max_items(&field, list.len(), MAX_INACTIVE_PERIODS);
            for (i, t) in list.iter().enumerate() {
                let item = format!("{field}[{i}]");
                time_window(
                    v,
                    (&at(&item, "startTime"), &t.start_time),
                    (&at(&item, "endTime"), &t.end_time),
                );
            }
        }
        v.positive(&f("dialogFlowId"), Some(self.dialog_flow_id));
        v.positive(&f("csStaffGroupId"), self.cs_staff_group_id);
        for (name, ids) in [
            ("alertUsers", &self.alert_users),
            ("earlyWarningAlertUsers", &self.early_warning_alert_users),
        ] {
            each_positive(v, &f(name), ids.as_deref().unwrap_or_default());
        }
        v.one_of(&f("phoneType"), self.phone_type.as_str(), FORM_PHONE_TYPES);
        let levels = wires(IntentLevel::VALUES);
        for (name, list) in [
            ("smsAlertLevel", &self.sms_alert_level),
            ("wechatAlertLevel", &self.wechat_alert_level),
            (
                "wechatConditionAlertLevel",
                &self.wechat_condition_alert_level,
            ),
        ] {
            for (i, item) in list.as_deref().unwrap_or_default().iter().enumerate() {
                let field = format!("{}[{i}]", f(name));
                match item {
                    AlertLevel::Level(l) => v.one_of(&field, l.as_str(), &levels),
                    AlertLevel::Code(c) => at_least(v, &field, Some(*c), 0),
                }
            }
        }
        v.positive(&f("smsTemplateId"), self.sms_template_id);
        if let Some(m) = &self.wechat_send_method {
            v.one_of(
                &f("wechatSendMethod"),
                m.as_str(),
                &wires(WechatSendMethod::VALUES),
            );
        }
        for (name, codes) in [
            ("wechatAlertLevelCode", &self.wechat_alert_level_code),
            ("smsAlertLevelCode", &self.sms_alert_level_code),
            (
                "wechatConditionAlertLevelCode",
                &self.wechat_condition_alert_level_code,
            ),
        ] {
            for (i, c) in codes.as_deref().unwrap_or_default().iter().enumerate() {
                at_least(v, &format!("{}[{i}]", f(name)), Some(*c), 0);
            }
        }
        self.check_redial(p, v);
        at_least(v, &f("robotCount"), self.robot_count, 1);
        v.positive(&f("tenantId"), self.tenant_id);
        at_least(v, &f("concurrencyQuota"), self.concurrency_quota, 1);
        at_least(
            v,
            &f("wechatAlertChatDurationThreshold"),
            self.wechat_alert_chat_duration_threshold,
            0,
        );
        if let Some(t) = &self.transfer_phone_number {
            each_non_blank(v, &f("transferPhoneNumber"), t);
        }
        for (name, given) in [
            ("inactiveStartTime", &self.inactive_start_time),
            ("inactiveEndTime", &self.inactive_end_time),
        ] {
            if given.is_some() {
                v.push(
                    f(name),
                    "is the 2018 form, which the platform no longer reads (it would be dropped): \
                     use inactiveTimeList: [{ startTime: \"12:00\", endTime: \"13:00\" }]",
                );
            }
        }
    }

    fn check_redial(&self, p: &str, v: &mut Issues) {
        let f = |name: &str| at(p, name);
        let conditions = self.redial_condition.as_deref().unwrap_or_default();
        each_one_of(
            v,
            &f("redialCondition"),
            conditions,
            RedialCondition::as_str,
            &wires(RedialCondition::VALUES),
        );
        let (lo, hi) = REDIAL_INTERVAL_MINUTES;
        v.range(&f("redialInterval"), self.redial_interval, lo, hi);
        let (lo, hi) = REDIAL_TIMES;
        v.range(&f("redialTimes"), self.redial_times, lo, hi);
        let on =
            !conditions.is_empty() || self.redial_interval.is_some() || self.redial_times.is_some();
        if on {
            const WHY: &str = "is required when auto-redial is on (redialCondition, redialInterval and redialTimes go together)";
            if conditions.is_empty() {
                v.push(f("redialCondition"), WHY);
            }
            if self.redial_interval.is_none() {
                v.push(f("redialInterval"), WHY);
            }
            if self.redial_times.is_none() {
                v.push(f("redialTimes"), WHY);
            }
        }
    }
}

/// `startTime`: `yyyy-MM-dd HH:mm:ss` or `yyyy-MM-dd`.
// docs: the table's example is "2017-11-21", the JSON example "2017-11-21 04:32:00";
// both are accepted.
fn check_start_time(v: &mut Issues, field: &str, t: &str) {
    let mut scratch = Issues::default();
    if t.len() == 10 {
        scratch.date(field, Some(t));
    } else {
        scratch.date_time(field, Some(t));
    }
    if !scratch.is_empty() {
        v.push(
            field,
            format!(
                "must be a date-time yyyy-MM-dd HH:mm:ss (or a date yyyy-MM-dd), got {:?}",
                crate::lenient::truncate(t)
            ),
        );
    }
}

impl Validate for JobCreateParams {
    fn validate(&self, v: &mut Issues) {
        check_lines(
            v,
            self.concurrency_quota,
            &self.job_phone_number_id_list,
            self.transfer_phone_number.as_ref(),
            &self.robot_call_job,
        );
        self.robot_call_job.check("robotCallJob", v, Use::Create);
    }
}

impl Validate for JobModifyParams {
    fn validate(&self, v: &mut Issues) {
        check_lines(
            v,
            self.concurrency_quota,
            &self.job_phone_number_id_list,
            self.transfer_phone_number.as_ref(),
            &self.robot_call_job,
        );
        self.robot_call_job.check("robotCallJob", v, Use::Modify);
    }
}

// The schemas of the results (see `crate::transcode`): field for field
// the serde types above; `tests/schema_decoding.rs` checks that they agree.

/// The schema of [`JobCreateResult`], field for field (see [`crate::transcode`]).
pub(crate) static JOB_CREATE_RESULT: Shape = Shape {
    fields: &[Field::opt("robotCallJobId", Node::Int)],
    trim_keys: false,
};

/// The schema of [`JobModifyResult`], field for field (see [`crate::transcode`]).
pub(crate) static JOB_MODIFY_RESULT: Shape = Shape {
    fields: &[Field::opt("robotCallJobId", Node::Int)],
    trim_keys: false,
};

// The schemas of the params (see `Operation::PARAMS`): field for field the
// serde types above; `tests/params_wire.rs` checks that they agree.

/// The schema of [`JobCreateParams`] and [`JobModifyParams`], field for field (see `Operation::PARAMS`).
pub(crate) static JOB_FORM_PARAMS: Shape = Shape {
    fields: &[
        Field::opt("concurrencyQuota", Node::Int),
        Field::required("jobPhoneNumberIdList", Node::List(&Node::Int)),
        Field::opt("transferPhoneNumber", Node::List(&Node::Text)),
        Field::required(
            "robotCallJob",
            Node::Named("JobForm", &Node::Object(&JOB_FORM)),
        ),
    ],
    trim_keys: false,
};

/// The schema of [`JobForm`], field for field (see `Operation::PARAMS`).
pub(crate) static JOB_FORM: Shape = Shape {
    fields: &[
        Field::opt("robotCallJobId", Node::Int),
        Field::required("name", Node::Text),
        Field::required("mode", Node::Named("JobMode", &Node::Enum)),
        Field::opt("startTime", Node::Str),
        Field::required("dailyStartTime", Node::Text),
        Field::required("dailyEndTime", Node::Text),
        Field::opt(
            "inactiveTimeList",
            Node::List(&Node::Named(
                "JobInactiveTime",
                &Node::Object(&JOB_INACTIVE_TIME),
            )),
        ),
        Field::required("dialogFlowId", Node::Int),
        Field::opt("csStaffGroupId", Node::Int),
        Field::opt("alertUsers", Node::List(&Node::Int)),
        Field::opt("earlyWarningAlertUsers", Node::List(&Node::Int)),
        Field::required("phoneType", Node::Named("PhoneType", &Node::Enum)),
        Field::opt("smsAlertLevel", Node::List(&Node::Rule(&ALERT_LEVEL))),
        Field::opt("smsTemplateId", Node::Int),
        Field::opt("wechatAlertLevel", Node::List(&Node::Rule(&ALERT_LEVEL))),
        Field::opt(
            "wechatConditionAlertLevel",
            Node::List(&Node::Rule(&ALERT_LEVEL)),
        ),
        Field::opt(
            "wechatSendMethod",
            Node::Named("WechatSendMethod", &Node::Enum),
        ),
        Field::opt("description", Node::Str),
        Field::opt("wechatAlertLevelCode", Node::List(&Node::Int)),
        Field::opt("smsAlertLevelCode", Node::List(&Node::Int)),
        Field::opt("wechatConditionAlertLevelCode", Node::List(&Node::Int)),
        Field::opt(
            "redialCondition",
            Node::List(&Node::Named("RedialCondition", &Node::Enum)),
        ),
        Field::opt("redialInterval", Node::Int),
        Field::opt("redialTimes", Node::Int),
        Field::opt("robotCount", Node::Int),
        Field::opt("tenantId", Node::Int),
        Field::opt("concurrencyQuota", Node::Int),
        Field::opt("enableConcurrency", Node::Bool),
        Field::opt("wechatAlertChatDurationThreshold", Node::Int),
        Field::opt("transferPhoneNumber", Node::List(&Node::Text)),
        Field::opt("inactiveStartTime", Node::Str),
        Field::opt("inactiveEndTime", Node::Str),
    ],
    trim_keys: false,
};

/// The schema of [`JobInactiveTime`], field for field (see `Operation::PARAMS`).
pub(crate) static JOB_INACTIVE_TIME: Shape = Shape {
    fields: &[
        Field::required("startTime", Node::Text),
        Field::required("endTime", Node::Text),
    ],
    trim_keys: false,
};

crate::transcode::params::canonical_struct!(JobCreateParams {
    concurrency_quota: opt "concurrencyQuota",
    job_phone_number_id_list: req "jobPhoneNumberIdList",
    transfer_phone_number: opt "transferPhoneNumber",
    robot_call_job: req "robotCallJob",
});

crate::transcode::params::canonical_struct!(JobModifyParams {
    concurrency_quota: opt "concurrencyQuota",
    job_phone_number_id_list: req "jobPhoneNumberIdList",
    transfer_phone_number: opt "transferPhoneNumber",
    robot_call_job: req "robotCallJob",
});

crate::transcode::params::canonical_struct!(JobForm {
    robot_call_job_id: opt "robotCallJobId",
    name: req "name",
    mode: req "mode",
    start_time: opt "startTime",
    daily_start_time: req "dailyStartTime",
    daily_end_time: req "dailyEndTime",
    inactive_time_list: opt "inactiveTimeList",
    dialog_flow_id: req "dialogFlowId",
    cs_staff_group_id: opt "csStaffGroupId",
    alert_users: opt "alertUsers",
    early_warning_alert_users: opt "earlyWarningAlertUsers",
    phone_type: req "phoneType",
    sms_alert_level: opt "smsAlertLevel",
    sms_template_id: opt "smsTemplateId",
    wechat_alert_level: opt "wechatAlertLevel",
    wechat_condition_alert_level: opt "wechatConditionAlertLevel",
    wechat_send_method: opt "wechatSendMethod",
    description: opt "description",
    wechat_alert_level_code: opt "wechatAlertLevelCode",
    sms_alert_level_code: opt "smsAlertLevelCode",
    wechat_condition_alert_level_code: opt "wechatConditionAlertLevelCode",
    redial_condition: opt "redialCondition",
    redial_interval: opt "redialInterval",
    redial_times: opt "redialTimes",
    robot_count: opt "robotCount",
    tenant_id: opt "tenantId",
    concurrency_quota: opt "concurrencyQuota",
    enable_concurrency: opt "enableConcurrency",
    wechat_alert_chat_duration_threshold: opt "wechatAlertChatDurationThreshold",
    transfer_phone_number: opt "transferPhoneNumber",
    inactive_start_time: opt "inactiveStartTime",
    inactive_end_time: opt "inactiveEndTime",
});

crate::transcode::params::canonical_struct!(JobInactiveTime {
    start_time: req "startTime",
    end_time: req "endTime",
});
