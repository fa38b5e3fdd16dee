//! `callRecord/*` (callRecord.md): finished calls (已呼), their details, and the
//! numbers still waiting to be called (未呼).

use crate::empty::Nothing;
use crate::http::Method;
use crate::transcode::schema::{Field, Node, Shape};
use crate::validation::{Issues, Validate};
use crate::yiwise::enums::{
    DialStatus, HangupBy, IntentLevel, ReadStatus, RobotCallTaskStatus, SpeakerType,
};
use crate::yiwise::operation::Operation;
use crate::yiwise::page::Page;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// `hangupBy` values the docs show (only the example value; no list is given).
const HANGUP_BY_VALUES: &[&str] = &["REMOTE_HANGUP"];

/// `resultStatuses` values listed for `getCallRecordInfoList` (E4 ordinals 0–9).
// docs: CALL_LOSS and TRANSFER_ARTIFICIAL exist in E4 but are only listed for
// job/reAddCustomerToJob, not for this filter, so they are not accepted here.
const RESULT_STATUS_VALUES: &[&str] = &[
    "ANSWERED",
    "NO_ANSWER",
    "BUSY",
    "POWER_OFF",
    "OUT_OF_SERVICE",
    "REFUSED",
    "VACANT_NUMBER",
    "CAN_NOT_CONNECT",
    "FROM_PHONE_ERROR",
    "SYSTEM_ERROR",
];

/// `intentLevels` values (E6).
const INTENT_LEVEL_VALUES: &[&str] = &["A", "B", "C", "D", "E", "F"];

/// `taskStatus` values (E17).
const TASK_STATUS_VALUES: &[&str] = &[
    "NOT_STARTED",
    "IN_PROCESS",
    "COMPLETED",
    "RETRY",
    "AUTO_RETRY",
    "IN_CACHE",
];

/// Shared paging checks: `pageNum` ≥ 1, `pageSize` 1..=100.
fn check_paging(issues: &mut Issues, page_num: Option<i64>, page_size: Option<i64>) {
    if let Some(n) = page_num {
        if n < 1 {
            issues.push("pageNum", format!("must be at least 1, got {n}"));
        }
    }
    issues.range("pageSize", page_size, 1, 100);
}

// ---------------------------------------------------------------------------
// callRecord/getCallRecordInfoList
// ---------------------------------------------------------------------------

/// `POST callRecord/getCallRecordInfoList` → [`Page`]`<`[`CallRecordInfo`]`>`:
/// the finished calls (已呼) of one job, filtered and paged.
///
/// ```
/// use yiwise_rongzi::yiwise::{api::call_record::GetCallRecordInfoList, operation::{decode_response, parse_params}};
/// use yiwise_rongzi::yiwise::enums::{DialStatus, SpeakerType};
/// let p = parse_params::<GetCallRecordInfoList>(serde_json::json!({"robotCallJobId": 1, "resultStatuses": ["ANSWERED"], "pageSize": 20})).unwrap();
/// assert_eq!(p.robot_call_job_id, 1);
/// let body = r#"{"code":200,"data":{"number":1,"pageSize":20,"totalElements":1,"pages":1,"content":[{"callRecordId":47,"resultStatus":"ANSWERED","callDetailList":[{"text":"嗯","type":"PERSON","callDetailId":2}]}]},"requestId":"YXDXFDSC","resultMsg":"获取成功","errorStackTrace":null}"#;
/// let page = decode_response::<GetCallRecordInfoList>(200, body).unwrap().data;
/// assert_eq!(page.content[0].call_record_id, Some(47));
/// assert_eq!(page.content[0].result_status, Some(DialStatus::Answered));
/// assert_eq!(page.content[0].call_detail_list[0].speaker, Some(SpeakerType::Person));
/// ```
pub struct GetCallRecordInfoList;

impl Operation for GetCallRecordInfoList {
    const PATH: &'static str = "callRecord/getCallRecordInfoList";
    const SCHEMA: &'static crate::transcode::schema::Node = &CALL_RECORD_PAGE;
    const METHOD: Method = Method::Post;
    type Params = CallRecordGetCallRecordInfoListParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&CALL_RECORD_INFO_LIST_PARAMS),
    );
    type Output = Page<CallRecordInfo>;
}

/// Params of `callRecord/getCallRecordInfoList` (JSON body).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CallRecordGetCallRecordInfoListParams {
    /// 任务id (required).
    #[serde(deserialize_with = "crate::lenient::i64_req")]
    pub robot_call_job_id: i64,
    /// 挂机状态, e.g. `REMOTE_HANGUP` (the only value the docs show).
    #[serde(default)]
    pub hangup_by: Option<HangupBy>,
    /// 分组ID.
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub customer_group_id: Option<i64>,
    /// 话术id.
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub dialog_flow_id: Option<i64>,
    /// 通话结果 filter: ANSWERED, NO_ANSWER, BUSY, POWER_OFF, OUT_OF_SERVICE, REFUSED,
    /// VACANT_NUMBER, CAN_NOT_CONNECT, FROM_PHONE_ERROR, SYSTEM_ERROR.
    #[serde(default)]
    pub result_statuses: Option<Vec<DialStatus>>,
    /// 意向等级 filter, A–F (the docs mislabel it 客户关注点).
    #[serde(default)]
    pub intent_levels: Option<Vec<IntentLevel>>,
    /// 关键字搜索: phone number, call record id or customer name.
    // docs: dropped from the 2021-01 table in favour of the filters below;
    // still accepted, since the platform took it for years.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub search_words: Option<String>,
    /// 第几页 (default 1).
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub page_num: Option<i64>,
    /// 显示数量/页 (default 20, at most 100).
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub page_size: Option<i64>,
    /// 被叫电话号码 (digits).
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub called_phone_number: Option<String>,
    /// 通话记录id.
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub call_record_id: Option<i64>,
    /// 客户姓名.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub customer_person_name: Option<String>,
    /// 是否人工标注意向.
    #[serde(default, deserialize_with = "crate::lenient::opt_bool")]
    pub real_intent: Option<bool>,
    /// 客户关注点, e.g. `["公司位置", "交通"]`.
    #[serde(default)]
    pub customer_concern: Option<Vec<String>>,
    /// 已读状态: NOT_READ 未读, HAS_READ 已读.
    #[serde(default)]
    pub read_status: Option<ReadStatus>,
    /// 最小通话时长 (seconds, inclusive).
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub chat_duration_min: Option<i64>,
    /// 最大通话时长 (seconds, inclusive).
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub chat_duration_max: Option<i64>,
    /// 是否去重查询: only each number's last call. The platform then applies only
    /// `robotCallJobId`, `resultStatuses`, `intentLevels`, `chatDurationMin`/`Max`
    /// and `redialTimes`.
    #[serde(default, deserialize_with = "crate::lenient::opt_bool")]
    pub last_call_record: Option<bool>,
    /// 自动重播次数: only with `lastCallRecord: true`.
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub redial_times: Option<i64>,
}

/// `readStatus` values (E26).
const READ_STATUS_VALUES: &[&str] = &["NOT_READ", "HAS_READ"];

impl Validate for CallRecordGetCallRecordInfoListParams {
    fn validate(&self, issues: &mut Issues) {
        issues.positive("robotCallJobId", Some(self.robot_call_job_id));
        if let Some(h) = &self.hangup_by {
            issues.one_of("hangupBy", h.as_str(), HANGUP_BY_VALUES);
        }
        issues.positive("customerGroupId", self.customer_group_id);
        issues.positive("dialogFlowId", self.dialog_flow_id);
        for (i, s) in self.result_statuses.iter().flatten().enumerate() {
            issues.one_of(
                &format!("resultStatuses[{i}]"),
                s.as_str(),
                RESULT_STATUS_VALUES,
            );
        }
        for (i, l) in self.intent_levels.iter().flatten().enumerate() {
            issues.one_of(
                &format!("intentLevels[{i}]"),
                l.as_str(),
                INTENT_LEVEL_VALUES,
            );
        }
        check_paging(issues, self.page_num, self.page_size);
        issues.digits("calledPhoneNumber", self.called_phone_number.as_deref());
        issues.positive("callRecordId", self.call_record_id);
        if let Some(r) = &self.read_status {
            issues.one_of("readStatus", r.as_str(), READ_STATUS_VALUES);
        }
        for (i, c) in self.customer_concern.iter().flatten().enumerate() {
            if c.trim().is_empty() {
                issues.push(format!("customerConcern[{i}]"), "must not be empty");
            }
        }
        for (name, v) in [
            ("chatDurationMin", self.chat_duration_min),
            ("chatDurationMax", self.chat_duration_max),
            ("redialTimes", self.redial_times),
        ] {
            if let Some(n) = v.filter(|n| *n < 0) {
                issues.push(name, format!("must be 0 or more, got {n}"));
            }
        }
        if let (Some(min), Some(max)) = (self.chat_duration_min, self.chat_duration_max) {
            if min > max {
                issues.push(
                    "chatDurationMin",
                    format!("must not exceed chatDurationMax ({min} > {max})"),
                );
            }
        }
        // docs: the platform then ignores every other filter (not refused
        // here: it accepts them).
        if self.redial_times.is_some() && self.last_call_record != Some(true) {
            issues.push(
                "redialTimes",
                "only applies to a de-duplicated query: also pass lastCallRecord: true",
            );
        }
    }
}

/// One finished call (已呼记录) of `callRecord/getCallRecordInfoList`.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct CallRecordInfo {
    /// 通话ID.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub call_record_id: Option<i64>,
    /// 公司Id (only in the docs' example).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub tenant_id: Option<i64>,
    /// 任务id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub robot_call_job_id: Option<i64>,
    /// 话术id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub dialog_flow_id: Option<i64>,
    /// 子任务id (one per called number).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub robot_call_task_id: Option<i64>,
    /// 接收电话客户id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub customer_person_id: Option<i64>,
    /// 被叫客户电话号码.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub called_phone_number: Option<String>,
    /// 电话线路id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub phone_number_id: Option<i64>,
    /// 挂机状态 (e.g. `REMOTE_HANGUP`).
    pub hangup_by: Option<HangupBy>,
    /// 通话结果.
    pub result_status: Option<DialStatus>,
    /// 意向等级 (A–F).
    pub intent_level: Option<IntentLevel>,
    /// 意向标签名称: free text of the intent tag (e.g. "很好"), not the E6 label.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub intent_level_name: Option<String>,
    /// 真实意向等级 (often `null` while its name is set).
    pub real_intent_level: Option<IntentLevel>,
    /// 真实意向标签名称.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub real_intent_level_name: Option<String>,
    /// 意向分类标签id (0 = built-in tag).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub intent_level_tag_id: Option<i64>,
    /// 客户关注点.
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    pub customer_concern: Vec<String>,
    /// 完整音频地址 (AI and customer).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub full_audio_url: Option<String>,
    /// 客户音频地址.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub customer_audio_url: Option<String>,
    /// 说明 (意向分析判断依据).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub analysis_basis: Option<String>,
    /// 开始拨打时间, `yyyy-MM-dd HH:mm:ss`.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub start_time: Option<String>,
    /// 通话时长 (seconds).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub chat_duration: Option<i64>,
    /// 通话轮次.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub chat_round: Option<i64>,
    /// 重拨次数 (added to the docs on 2019-07-09, after this snapshot).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub redial_times: Option<i64>,
    /// 已读状态 (only in the docs' example).
    pub read_status: Option<ReadStatus>,
    /// 对话内容 (only in the docs' example).
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    pub call_detail_list: Vec<CallRecordDialogItem>,
}

/// One turn of a call's dialogue (`callDetailList` item).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct CallRecordDialogItem {
    /// 对话说的具体文字内容.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub text: Option<String>,
    /// 说话者 (`type` on the wire): PERSON 人 / ROBOT 机器人.
    #[serde(rename = "type")]
    pub speaker: Option<SpeakerType>,
    /// 对话详情id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub call_detail_id: Option<i64>,
}

/// The schema of `callRecord/getCallRecordInfoList`'s data, field
/// for field [`Page`]`<`[`CallRecordInfo`]`>` (see [`crate::transcode`];
/// `tests/transcode.rs` checks that both decode alike).
pub static CALL_RECORD_PAGE: Node =
    crate::yiwise::page::page_schema!(&Node::Object(&CALL_RECORD_INFO));

// ---------------------------------------------------------------------------
// callRecord/callDetail
// ---------------------------------------------------------------------------

/// `GET callRecord/callDetail` → [`CallRecordDetail`]: one call with its
/// dialogue and customer.
///
/// ```
/// use yiwise_rongzi::yiwise::{api::call_record::CallDetail, operation::decode_response};
/// use yiwise_rongzi::yiwise::enums::DialStatus;
/// let body = r#"{"code":200,"data":{"callRecordId":1,"startTime":"2018-10-02T16:54:08","resultStatus":"VACANT_NUMBER","customerPerson":{"customerPersonId":2006007,"properties":{"ss":"test"}},"robotCallJobId":29},"requestId":"PSVILAEB","resultMsg":"执行成功","errorStackTrace":null}"#;
/// let d = decode_response::<CallDetail>(200, body).unwrap().data;
/// assert_eq!(d.result_status, Some(DialStatus::VacantNumber));
/// assert_eq!(d.customer_person.unwrap().properties["ss"], "test");
/// ```
pub struct CallDetail;

impl Operation for CallDetail {
    const PATH: &'static str = "callRecord/callDetail";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::Object(&CALL_RECORD_DETAIL);
    const METHOD: Method = Method::Get;
    type Params = CallRecordCallDetailParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> =
        Some(&crate::transcode::schema::Node::Object(&CALL_DETAIL_PARAMS));
    type Output = CallRecordDetail;
}

/// Params of `callRecord/callDetail` (query string).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CallRecordCallDetailParams {
    /// 通话记录id (required; the docs call it 任务实例id and type it Integer).
    #[serde(deserialize_with = "crate::lenient::i64_req")]
    pub call_record_id: i64,
}

impl Validate for CallRecordCallDetailParams {
    fn validate(&self, issues: &mut Issues) {
        issues.positive("callRecordId", Some(self.call_record_id));
    }
}

/// The details of one call (`callRecord/callDetail`).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct CallRecordDetail {
    /// 记录id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub call_record_id: Option<i64>,
    /// 任务id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub robot_call_job_id: Option<i64>,
    /// 完整音频地址.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub full_audio_url: Option<String>,
    /// 客户音频地址.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub customer_audio_url: Option<String>,
    /// 开始拨打时间 (the example uses ISO `yyyy-MM-ddTHH:mm:ss`).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub start_time: Option<String>,
    /// 结束拨打时间 (ISO like `startTime`).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub end_time: Option<String>,
    /// 通话时长 (seconds).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub chat_duration: Option<i64>,
    /// 通话轮次.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub chat_round: Option<i64>,
    /// 通话结果.
    pub result_status: Option<DialStatus>,
    /// 意向等级 (A–F).
    pub intent_level: Option<IntentLevel>,
    /// 意向标签名称 (free text).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub intent_level_name: Option<String>,
    /// 真实意向等级.
    pub real_intent_level: Option<IntentLevel>,
    /// 真实意向标签名称.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub real_intent_level_name: Option<String>,
    /// 意向分类标签id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub intent_level_tag_id: Option<i64>,
    /// 客户关注点.
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    pub customer_concern: Vec<String>,
    /// 说明 (意向分析判断依据).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub analysis_basis: Option<String>,
    /// 参数 / 用户属性 (table only).
    // docs: typed only as "List"; the ROBOT_CALL_RECORD callback's example of the
    // same field is a list of strings (`["有钱"]`), so that is the shape used here.
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    pub attributes: Vec<String>,
    /// 重拨次数 (added to the docs on 2019-07-09, after this snapshot).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub redial_times: Option<i64>,
    /// 客户 (only in the docs' example).
    pub customer_person: Option<CallRecordCustomerPerson>,
    /// 对话内容.
    #[serde(deserialize_with = "crate::lenient::vec_or_null")]
    pub call_detail_list: Vec<CallRecordDialogItem>,
}

/// The called customer in `callRecord/callDetail` (`customerPerson`, example only).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", tsify(hashmap_as_object))]
#[serde(rename_all = "camelCase", default)]
pub struct CallRecordCustomerPerson {
    /// 客户id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub customer_person_id: Option<i64>,
    /// 创建时间, `yyyy-MM-dd HH:mm`.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub creation_time: Option<String>,
    /// 公司Id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub tenant_id: Option<i64>,
    /// 分组ID.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub customer_group_id: Option<i64>,
    /// 分组名称.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub customer_group_name: Option<String>,
    /// 客户姓名.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub name: Option<String>,
    /// 电话号码.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub phone_number: Option<String>,
    /// 微信号.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub wechat_number: Option<String>,
    /// 来源, e.g. `UPLOADED_BY_YOURSELF` (no list documented).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub source: Option<String>,
    /// 性别, e.g. `UNKNOWN` (no list documented).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub gender: Option<String>,
    /// 自定义变量 (numbers and booleans are kept as text; `null` values are dropped).
    #[serde(deserialize_with = "string_map")]
    pub properties: BTreeMap<String, String>,
    /// 最近跟进时间.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub last_follow_time: Option<String>,
    /// 最近通话时长 (seconds).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub last_chat_duration: Option<i64>,
    /// 最近拨打时间.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub last_start_time: Option<String>,
    /// 最近意向等级.
    pub last_intent_level: Option<IntentLevel>,
    /// 最近通话结果.
    pub last_dial_status: Option<DialStatus>,
    /// 分配时间.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub assign_time: Option<String>,
}

// ---------------------------------------------------------------------------
// callRecord/toBeCalledList
// ---------------------------------------------------------------------------

/// `GET callRecord/toBeCalledList` → [`Page`]`<`[`ToBeCalledTask`]`>`: the
/// numbers of a job not yet called (未呼).
///
/// ```
/// use yiwise_rongzi::yiwise::{api::call_record::ToBeCalledList, operation::decode_response};
/// use yiwise_rongzi::yiwise::enums::RobotCallTaskStatus;
/// let body = r#"{"code":200,"data":{"number":1,"pageSize":20,"totalElements":1,"pages":1,"content":[{"robotCallTaskId":3033235,"calledPhoneNumber":"156****7777","status":"NOT_STARTED","inWhiteList":false,"properties":{"尾号数_单个":"1"},"inShareWhiteList":null}]},"requestId":"PDRAROJB","resultMsg":"执行成功","errorStackTrace":null}"#;
/// let t = &decode_response::<ToBeCalledList>(200, body).unwrap().data.content[0];
/// assert_eq!(t.status, Some(RobotCallTaskStatus::NotStarted));
/// assert_eq!((t.in_white_list, t.in_share_white_list), (Some(false), None));
/// ```
pub struct ToBeCalledList;

impl Operation for ToBeCalledList {
    const PATH: &'static str = "callRecord/toBeCalledList";
    const SCHEMA: &'static crate::transcode::schema::Node = &TO_BE_CALLED_PAGE;
    const METHOD: Method = Method::Get;
    type Params = CallRecordToBeCalledListParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&TO_BE_CALLED_LIST_PARAMS),
    );
    type Output = Page<ToBeCalledTask>;
}

/// The schema of `callRecord/toBeCalledList`'s data, field for
/// field [`Page`]`<`[`ToBeCalledTask`]`>` (see [`crate::transcode`];
/// `tests/transcode.rs` checks that both decode alike).
pub static TO_BE_CALLED_PAGE: Node =
    crate::yiwise::page::page_schema!(&Node::Object(&TO_BE_CALLED_TASK));

/// Params of `callRecord/toBeCalledList` (query string).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CallRecordToBeCalledListParams {
    /// 任务id (required).
    #[serde(deserialize_with = "crate::lenient::i64_req")]
    pub robot_call_job_id: i64,
    /// 第几页 (default 1).
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub page_num: Option<i64>,
    /// 页面大小 (default 20, at most 100).
    // docs: this endpoint states no maximum; the other list endpoints cap it at 100,
    // so the same cap applies (the docs' example, 20, passes).
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub page_size: Option<i64>,
    /// 联系方式 (called number).
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub called_phone_number: Option<String>,
    /// 呼叫状态 (E17).
    #[serde(default)]
    pub task_status: Option<RobotCallTaskStatus>,
}

impl Validate for CallRecordToBeCalledListParams {
    fn validate(&self, issues: &mut Issues) {
        issues.positive("robotCallJobId", Some(self.robot_call_job_id));
        check_paging(issues, self.page_num, self.page_size);
        if let Some(s) = &self.task_status {
            issues.one_of("taskStatus", s.as_str(), TASK_STATUS_VALUES);
        }
    }
}

/// One number waiting to be called (`callRecord/toBeCalledList` item).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", tsify(hashmap_as_object))]
#[serde(rename_all = "camelCase", default)]
pub struct ToBeCalledTask {
    /// 呼叫任务id (the docs say 任务id; it is the sub-task, `robotCallTaskId`).
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub robot_call_task_id: Option<i64>,
    /// 客户id.
    #[serde(deserialize_with = "crate::lenient::opt_i64")]
    pub customer_person_id: Option<i64>,
    /// 客户名称.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub customer_person_name: Option<String>,
    /// 联系电话 (masked, e.g. `156****7777`).
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub called_phone_number: Option<String>,
    /// 客户所在组名称.
    #[serde(deserialize_with = "crate::lenient::opt_string")]
    pub customer_person_group_name: Option<String>,
    /// 呼叫状态.
    pub status: Option<RobotCallTaskStatus>,
    /// 是否白名单.
    #[serde(deserialize_with = "crate::lenient::opt_bool")]
    pub in_white_list: Option<bool>,
    /// 是否在共享白名单 (`null` in the example).
    #[serde(deserialize_with = "crate::lenient::opt_bool")]
    pub in_share_white_list: Option<bool>,
    /// 自定义变量 (numbers and booleans are kept as text; `null` values are dropped).
    #[serde(deserialize_with = "string_map")]
    pub properties: BTreeMap<String, String>,
}

// ---------------------------------------------------------------------------
// callRecord/deleteRobotCallTask
// ---------------------------------------------------------------------------

/// `POST callRecord/deleteRobotCallTask` → nothing: removes one number from a
/// job's to-be-called list (未呼).
///
/// The docs' table says `data` is a Long (记录id) but the example is `null`;
/// whatever comes back is ignored.
///
/// ```
/// use yiwise_rongzi::yiwise::{api::call_record::DeleteRobotCallTask, operation::parse_params};
/// let p = parse_params::<DeleteRobotCallTask>(serde_json::json!({"robotCallTaskId": "1"})).unwrap();
/// assert_eq!(p.robot_call_task_id, 1);
/// assert!(parse_params::<DeleteRobotCallTask>(serde_json::json!({})).is_err());
/// ```
pub struct DeleteRobotCallTask;

impl Operation for DeleteRobotCallTask {
    const PATH: &'static str = "callRecord/deleteRobotCallTask";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::Nothing;
    const METHOD: Method = Method::Post;
    type Params = CallRecordDeleteRobotCallTaskParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&DELETE_ROBOT_CALL_TASK_PARAMS),
    );
    type Output = Nothing;
}

/// Params of `callRecord/deleteRobotCallTask` (JSON body).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CallRecordDeleteRobotCallTaskParams {
    /// 需要删除的呼叫任务Id (required; `robotCallTaskId` of a to-be-called item).
    #[serde(deserialize_with = "crate::lenient::i64_req")]
    pub robot_call_task_id: i64,
}

impl Validate for CallRecordDeleteRobotCallTaskParams {
    fn validate(&self, issues: &mut Issues) {
        issues.positive("robotCallTaskId", Some(self.robot_call_task_id));
    }
}

// ---------------------------------------------------------------------------
// callRecord/deleteRobotCallTaskList
// ---------------------------------------------------------------------------

/// `GET callRecord/deleteRobotCallTaskList` → nothing: removes numbers from a
/// job's to-be-called list in bulk. **This GET deletes data.**
///
/// With `robotCallTaskIds` only those tasks are deleted and the filters are
/// ignored; without it, every to-be-called number matching `calledPhoneNumber`
/// and `taskStatus` is deleted (all of them when neither is given).
///
/// ```
/// use yiwise_rongzi::yiwise::{api::call_record::DeleteRobotCallTaskList, operation::parse_params};
/// // The docs' example passes the ids comma-joined; an array works too.
/// let p = parse_params::<DeleteRobotCallTaskList>(serde_json::json!({"robotCallJobId": 1, "robotCallTaskIds": "3033729,3033719"})).unwrap();
/// assert_eq!(p.robot_call_task_ids, Some(vec![3033729, 3033719]));
/// let q = parse_params::<DeleteRobotCallTaskList>(serde_json::json!({"robotCallJobId": 1, "robotCallTaskIds": [3033729, 3033719]})).unwrap();
/// assert_eq!(p, q);
/// ```
pub struct DeleteRobotCallTaskList;

impl Operation for DeleteRobotCallTaskList {
    const PATH: &'static str = "callRecord/deleteRobotCallTaskList";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::Nothing;
    const METHOD: Method = Method::Get;
    type Params = CallRecordDeleteRobotCallTaskListParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&DELETE_ROBOT_CALL_TASK_LIST_PARAMS),
    );
    type Output = Nothing;
}

/// Params of `callRecord/deleteRobotCallTaskList` (query string; the id list
/// is sent comma-joined).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CallRecordDeleteRobotCallTaskListParams {
    /// 任务id (required).
    #[serde(deserialize_with = "crate::lenient::i64_req")]
    pub robot_call_job_id: i64,
    /// 删除子任务id: an array of ids or a comma-joined string (`"3033729,3033719"`,
    /// the docs' form). When non-empty, the filters below are ignored.
    #[serde(default, deserialize_with = "id_list")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "number[] | string"))]
    pub robot_call_task_ids: Option<Vec<i64>>,
    /// 联系方式 (filter).
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub called_phone_number: Option<String>,
    /// 呼叫状态 (filter, E17).
    #[serde(default)]
    pub task_status: Option<RobotCallTaskStatus>,
}

impl Validate for CallRecordDeleteRobotCallTaskListParams {
    fn validate(&self, issues: &mut Issues) {
        issues.positive("robotCallJobId", Some(self.robot_call_job_id));
        for (i, id) in self.robot_call_task_ids.iter().flatten().enumerate() {
            issues.positive(&format!("robotCallTaskIds[{i}]"), Some(*id));
        }
        if let Some(s) = &self.task_status {
            issues.one_of("taskStatus", s.as_str(), TASK_STATUS_VALUES);
        }
    }
}

// ---------------------------------------------------------------------------
// lenient helpers of this module
// ---------------------------------------------------------------------------

/// An id list given as an array (`[1, "2"]`), a comma-joined string
/// (`"1,2"`), a single number, or `null`.
fn id_list<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<i64>>, D::Error> {
    #[derive(Deserialize)]
    struct Item(#[serde(deserialize_with = "crate::lenient::i64_req")] i64);

    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = Option<Vec<i64>>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a list of ids (array, or a comma-joined string such as \"1,2\")")
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Some(vec![v]))
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
            i64::try_from(v)
                .ok()
                .filter(|v| *v <= crate::lenient::MAX_SAFE_INTEGER)
                .map(|v| Some(vec![v]))
                .ok_or_else(|| E::custom(format!("id {v} is too large")))
        }
        fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
            if s.trim().is_empty() {
                return Ok(None);
            }
            s.split(',')
                .map(|part| {
                    let p = part.trim();
                    p.parse::<i64>()
                        .ok()
                        .filter(|v| v.abs() <= crate::lenient::MAX_SAFE_INTEGER)
                        .ok_or_else(|| {
                            E::custom(format!(
                                "expected comma-separated integer ids, got {:?}",
                                crate::lenient::truncate(p)
                            ))
                        })
                })
                .collect::<Result<Vec<_>, E>>()
                .map(Some)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let mut out = Vec::new();
            while let Some(Item(v)) = seq.next_element()? {
                out.push(v);
            }
            Ok(Some(out))
        }
    }
    d.deserialize_any(V)
}

/// A `{string: string}` map whose values may arrive as numbers or booleans
/// (kept as text); `null` values are dropped and a `null` map is empty.
fn string_map<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<String, String>, D::Error> {
    #[derive(Deserialize)]
    struct Val(#[serde(deserialize_with = "crate::lenient::opt_string")] Option<String>);
    let raw = Option::<BTreeMap<String, Val>>::deserialize(d)?.unwrap_or_default();
    Ok(raw
        .into_iter()
        .filter_map(|(k, Val(v))| v.map(|v| (k, v)))
        .collect())
}

// The schemas of the results (see `crate::transcode`): field for field
// the serde types above; `tests/schema_decoding.rs` checks that they agree.

/// The schema of [`CallRecordInfo`], field for field (see [`crate::transcode`]).
static CALL_RECORD_INFO: Shape = Shape {
    fields: &[
        Field::opt("callRecordId", Node::Int),
        Field::opt("tenantId", Node::Int),
        Field::opt("robotCallJobId", Node::Int),
        Field::opt("dialogFlowId", Node::Int),
        Field::opt("robotCallTaskId", Node::Int),
        Field::opt("customerPersonId", Node::Int),
        Field::opt("calledPhoneNumber", Node::Str),
        Field::opt("phoneNumberId", Node::Int),
        Field::opt("hangupBy", Node::Enum),
        Field::opt("resultStatus", Node::Enum),
        Field::opt("intentLevel", Node::Enum),
        Field::opt("intentLevelName", Node::Str),
        Field::opt("realIntentLevel", Node::Enum),
        Field::opt("realIntentLevelName", Node::Str),
        Field::opt("intentLevelTagId", Node::Int),
        Field::list("customerConcern", &Node::Text),
        Field::opt("fullAudioUrl", Node::Str),
        Field::opt("customerAudioUrl", Node::Str),
        Field::opt("analysisBasis", Node::Str),
        Field::opt("startTime", Node::Str),
        Field::opt("chatDuration", Node::Int),
        Field::opt("chatRound", Node::Int),
        Field::opt("redialTimes", Node::Int),
        Field::opt("readStatus", Node::Enum),
        Field::list("callDetailList", &Node::Object(&CALL_RECORD_DIALOG_ITEM)),
    ],
    trim_keys: false,
};

/// The schema of [`CallRecordDialogItem`], field for field (see [`crate::transcode`]).
pub(crate) static CALL_RECORD_DIALOG_ITEM: Shape = Shape {
    fields: &[
        Field::opt("text", Node::Str),
        Field::opt("type", Node::Enum),
        Field::opt("callDetailId", Node::Int),
    ],
    trim_keys: false,
};

/// The schema of [`CallRecordDetail`], field for field (see [`crate::transcode`]).
static CALL_RECORD_DETAIL: Shape = Shape {
    fields: &[
        Field::opt("callRecordId", Node::Int),
        Field::opt("robotCallJobId", Node::Int),
        Field::opt("fullAudioUrl", Node::Str),
        Field::opt("customerAudioUrl", Node::Str),
        Field::opt("startTime", Node::Str),
        Field::opt("endTime", Node::Str),
        Field::opt("chatDuration", Node::Int),
        Field::opt("chatRound", Node::Int),
        Field::opt("resultStatus", Node::Enum),
        Field::opt("intentLevel", Node::Enum),
        Field::opt("intentLevelName", Node::Str),
        Field::opt("realIntentLevel", Node::Enum),
        Field::opt("realIntentLevelName", Node::Str),
        Field::opt("intentLevelTagId", Node::Int),
        Field::list("customerConcern", &Node::Text),
        Field::opt("analysisBasis", Node::Str),
        Field::list("attributes", &Node::Text),
        Field::opt("redialTimes", Node::Int),
        Field::opt("customerPerson", Node::Object(&CALL_RECORD_CUSTOMER_PERSON)),
        Field::list("callDetailList", &Node::Object(&CALL_RECORD_DIALOG_ITEM)),
    ],
    trim_keys: false,
};

/// The schema of [`CallRecordCustomerPerson`], field for field (see [`crate::transcode`]).
static CALL_RECORD_CUSTOMER_PERSON: Shape = Shape {
    fields: &[
        Field::opt("customerPersonId", Node::Int),
        Field::opt("creationTime", Node::Str),
        Field::opt("tenantId", Node::Int),
        Field::opt("customerGroupId", Node::Int),
        Field::opt("customerGroupName", Node::Str),
        Field::opt("name", Node::Str),
        Field::opt("phoneNumber", Node::Str),
        Field::opt("wechatNumber", Node::Str),
        Field::opt("source", Node::Str),
        Field::opt("gender", Node::Str),
        Field::map("properties"),
        Field::opt("lastFollowTime", Node::Str),
        Field::opt("lastChatDuration", Node::Int),
        Field::opt("lastStartTime", Node::Str),
        Field::opt("lastIntentLevel", Node::Enum),
        Field::opt("lastDialStatus", Node::Enum),
        Field::opt("assignTime", Node::Str),
    ],
    trim_keys: false,
};

/// The schema of [`ToBeCalledTask`], field for field (see [`crate::transcode`]).
static TO_BE_CALLED_TASK: Shape = Shape {
    fields: &[
        Field::opt("robotCallTaskId", Node::Int),
        Field::opt("customerPersonId", Node::Int),
        Field::opt("customerPersonName", Node::Str),
        Field::opt("calledPhoneNumber", Node::Str),
        Field::opt("customerPersonGroupName", Node::Str),
        Field::opt("status", Node::Enum),
        Field::opt("inWhiteList", Node::Bool),
        Field::opt("inShareWhiteList", Node::Bool),
        Field::map("properties"),
    ],
    trim_keys: false,
};

// The schemas of the params (see `Operation::PARAMS`): field for field the
// serde types above; `tests/params_wire.rs` checks that they agree.

/// The schema of [`CallRecordGetCallRecordInfoListParams`], field for field (see `Operation::PARAMS`).
pub(crate) static CALL_RECORD_INFO_LIST_PARAMS: Shape = Shape {
    fields: &[
        Field::required("robotCallJobId", Node::Int),
        Field::opt("hangupBy", Node::Named("HangupBy", &Node::Enum)),
        Field::opt("customerGroupId", Node::Int),
        Field::opt("dialogFlowId", Node::Int),
        Field::opt(
            "resultStatuses",
            Node::List(&Node::Named("DialStatus", &Node::Enum)),
        ),
        Field::opt(
            "intentLevels",
            Node::List(&Node::Named("IntentLevel", &Node::Enum)),
        ),
        Field::opt("searchWords", Node::Str),
        Field::opt("pageNum", Node::Int),
        Field::opt("pageSize", Node::Int),
        Field::opt("calledPhoneNumber", Node::Str),
        Field::opt("callRecordId", Node::Int),
        Field::opt("customerPersonName", Node::Str),
        Field::opt("realIntent", Node::Bool),
        Field::opt("customerConcern", Node::List(&Node::Text)),
        Field::opt("readStatus", Node::Named("ReadStatus", &Node::Enum)),
        Field::opt("chatDurationMin", Node::Int),
        Field::opt("chatDurationMax", Node::Int),
        Field::opt("lastCallRecord", Node::Bool),
        Field::opt("redialTimes", Node::Int),
    ],
    trim_keys: false,
};

/// The schema of [`CallRecordCallDetailParams`], field for field (see `Operation::PARAMS`).
pub(crate) static CALL_DETAIL_PARAMS: Shape = Shape {
    fields: &[Field::required("callRecordId", Node::Int)],
    trim_keys: false,
};

/// The schema of [`CallRecordToBeCalledListParams`], field for field (see `Operation::PARAMS`).
pub(crate) static TO_BE_CALLED_LIST_PARAMS: Shape = Shape {
    fields: &[
        Field::required("robotCallJobId", Node::Int),
        Field::opt("pageNum", Node::Int),
        Field::opt("pageSize", Node::Int),
        Field::opt("calledPhoneNumber", Node::Str),
        Field::opt(
            "taskStatus",
            Node::Named("RobotCallTaskStatus", &Node::Enum),
        ),
    ],
    trim_keys: false,
};

/// The schema of [`CallRecordDeleteRobotCallTaskParams`], field for field (see `Operation::PARAMS`).
pub(crate) static DELETE_ROBOT_CALL_TASK_PARAMS: Shape = Shape {
    fields: &[Field::required("robotCallTaskId", Node::Int)],
    trim_keys: false,
};

crate::transcode::params::canonical_struct!(CallRecordGetCallRecordInfoListParams {
    robot_call_job_id: req "robotCallJobId",
    hangup_by: opt "hangupBy",
    customer_group_id: opt "customerGroupId",
    dialog_flow_id: opt "dialogFlowId",
    result_statuses: opt "resultStatuses",
    intent_levels: opt "intentLevels",
    search_words: opt "searchWords",
    page_num: opt "pageNum",
    page_size: opt "pageSize",
    called_phone_number: opt "calledPhoneNumber",
    call_record_id: opt "callRecordId",
    customer_person_name: opt "customerPersonName",
    real_intent: opt "realIntent",
    customer_concern: opt "customerConcern",
    read_status: opt "readStatus",
    chat_duration_min: opt "chatDurationMin",
    chat_duration_max: opt "chatDurationMax",
    last_call_record: opt "lastCallRecord",
    redial_times: opt "redialTimes",
});

crate::transcode::params::canonical_struct!(CallRecordCallDetailParams {
    call_record_id: req "callRecordId",
});

crate::transcode::params::canonical_struct!(CallRecordToBeCalledListParams {
    robot_call_job_id: req "robotCallJobId",
    page_num: opt "pageNum",
    page_size: opt "pageSize",
    called_phone_number: opt "calledPhoneNumber",
    task_status: opt "taskStatus",
});

crate::transcode::params::canonical_struct!(CallRecordDeleteRobotCallTaskParams {
    robot_call_task_id: req "robotCallTaskId",
});

/// The schema of [`CallRecordDeleteRobotCallTaskListParams`], field for field (see `Operation::PARAMS`).
pub(crate) static DELETE_ROBOT_CALL_TASK_LIST_PARAMS: Shape = Shape {
    fields: &[
        Field::required("robotCallJobId", Node::Int),
        Field::opt("robotCallTaskIds", Node::Rule(&ID_LIST)),
        Field::opt("calledPhoneNumber", Node::Str),
        Field::opt(
            "taskStatus",
            Node::Named("RobotCallTaskStatus", &Node::Enum),
        ),
    ],
    trim_keys: false,
};

/// `robotCallTaskIds` as a params schema rule ([`id_list`]: a list or a
/// comma-joined string).
static ID_LIST: crate::transcode::params::Rule = crate::transcode::params::Rule {
    run: |v, at| {
        Ok(crate::value_deserializer::rule(v, at, |d| id_list(d))?.map(serde_json::Value::from))
    },
};

crate::transcode::params::canonical_struct!(CallRecordDeleteRobotCallTaskListParams {
    robot_call_job_id: req "robotCallJobId",
    robot_call_task_ids: opt "robotCallTaskIds",
    called_phone_number: opt "calledPhoneNumber",
    task_status: opt "taskStatus",
});
