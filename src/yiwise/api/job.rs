//! `job/*` (task.md, obtainTask.md): create, run and watch call tasks.
//!
//! Lifecycle (Introduction.md): a `MANUAL` task must be started with
//! [`Start`]; an `AUTO` task starts by itself at its `startTime`. [`Pause`]
//! takes effect once running calls end; [`Stop`] (终止) cannot be undone.

use crate::empty::Nothing;
use crate::http::Method;
use crate::yiwise::operation::Operation;
use crate::yiwise::page::Page;
use serde_json::Value;
use std::collections::BTreeMap;

mod batch;
mod control;
mod de;
mod form;
mod one_time_call;
mod query;

pub use batch::*;
pub use control::*;
pub use form::*;
pub use one_time_call::*;
pub use query::*;

/// `POST job/create` → [`JobCreateResult`]: creates a task (创建任务).
///
/// ```
/// use yiwise_rongzi::yiwise::{api::job::Create, operation::decode_response};
/// let body = r#"{"code":200,"data":{"robotCallJobId":139},"requestId":"RKXNIQAF","resultMsg":"修改成功","errorStackTrace":null}"#;
/// assert_eq!(decode_response::<Create>(200, body).unwrap().data.robot_call_job_id, Some(139));
/// ```
pub struct Create;

impl Operation for Create {
    const PATH: &'static str = "job/create";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::Object(&form::JOB_CREATE_RESULT);
    const METHOD: Method = Method::Post;
    type Params = JobCreateParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&form::JOB_FORM_PARAMS),
    );
    type Output = JobCreateResult;
}

/// `POST job/start` → nothing: starts (or resumes) a task (启动任务).
///
/// ```
/// use yiwise_rongzi::yiwise::{api::job::Start, operation::parse_params};
/// assert_eq!(parse_params::<Start>(serde_json::json!({"robotCallJobId": 1})).unwrap().robot_call_job_id, 1);
/// let e = parse_params::<Start>(serde_json::json!({})).unwrap_err();
/// assert_eq!(e.field.as_deref(), Some("robotCallJobId"));
/// ```
pub struct Start;

impl Operation for Start {
    const PATH: &'static str = "job/start";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::Nothing;
    const METHOD: Method = Method::Post;
    type Params = JobStartParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&control::JOB_ID_PARAMS),
    );
    type Output = Nothing;
}

/// `POST job/pause` → nothing: pauses a task once its running calls end (暂停任务).
///
/// ```
/// use yiwise_rongzi::yiwise::{api::job::Pause, operation::decode_response};
/// let body = r#"{"code":200,"data":null,"requestId":"RKXNIQAF","resultMsg":"修改成功","errorStackTrace":null}"#;
/// assert!(decode_response::<Pause>(200, body).is_ok());
/// ```
pub struct Pause;

impl Operation for Pause {
    const PATH: &'static str = "job/pause";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::Nothing;
    const METHOD: Method = Method::Post;
    type Params = JobPauseParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&control::JOB_ID_PARAMS),
    );
    type Output = Nothing;
}

/// `POST job/stop` → nothing: terminates a task (停止, i.e. 终止); this cannot be undone.
///
/// ```
/// use yiwise_rongzi::yiwise::{api::job::Stop, operation::parse_params};
/// assert!(parse_params::<Stop>(serde_json::json!({"robotCallJobId": 0})).is_err());
/// ```
pub struct Stop;

impl Operation for Stop {
    const PATH: &'static str = "job/stop";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::Nothing;
    const METHOD: Method = Method::Post;
    type Params = JobStopParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&control::JOB_ID_PARAMS),
    );
    type Output = Nothing;
}

/// `POST job/delete` → nothing: deletes a task (删除任务).
///
/// ```
/// use yiwise_rongzi::yiwise::{api::job::Delete, operation::parse_params};
/// // the docs' example sends the id as a string
/// assert_eq!(parse_params::<Delete>(serde_json::json!({"robotCallJobId": "1"})).unwrap().robot_call_job_id, 1);
/// ```
pub struct Delete;

impl Operation for Delete {
    const PATH: &'static str = "job/delete";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::Nothing;
    const METHOD: Method = Method::Post;
    type Params = JobDeleteParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&control::JOB_ID_PARAMS),
    );
    type Output = Nothing;
}

/// `POST job/importCustomer` → nothing: adds 1–100 customers to a task (向任务中导入客户).
///
/// ```
/// use yiwise_rongzi::yiwise::{api::job::ImportCustomer, operation::parse_params};
/// let p = parse_params::<ImportCustomer>(serde_json::json!({
///     "robotCallJobId": 28,
///     "customerPersons": [{"name": "test", "phoneNumber": "11111111111", "properties": {"欠款金额": "10.13"}}]
/// })).unwrap();
/// assert_eq!(p.customer_persons[0].phone_number, "11111111111");
/// ```
pub struct ImportCustomer;

impl Operation for ImportCustomer {
    const PATH: &'static str = "job/importCustomer";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::Nothing;
    const METHOD: Method = Method::Post;
    type Params = JobImportCustomerParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&control::JOB_IMPORT_CUSTOMER_PARAMS),
    );
    type Output = Nothing;
}

/// `POST job/updateAiCount` → nothing: changes a task's AI seat count (修改任务并发数).
///
/// ```
/// use yiwise_rongzi::yiwise::{api::job::UpdateAiCount, operation::parse_params};
/// let e = parse_params::<UpdateAiCount>(serde_json::json!({"robotCallJobId": 28, "robotCount": 0})).unwrap_err();
/// assert_eq!(e.field.as_deref(), Some("robotCount"));
/// ```
pub struct UpdateAiCount;

impl Operation for UpdateAiCount {
    const PATH: &'static str = "job/updateAiCount";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::Nothing;
    const METHOD: Method = Method::Post;
    type Params = JobUpdateAiCountParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&control::JOB_UPDATE_AI_COUNT_PARAMS),
    );
    type Output = Nothing;
}

/// `GET job/getJobs` → [`Page`]`<`[`JobSummary`]`>`: lists tasks, filtered by name/status (获取任务列表).
///
/// ```
/// use yiwise_rongzi::yiwise::{api::job::GetJobs, operation::decode_response};
/// let body = r#"{"code":200,"data":{"number":1,"pageSize":20,"totalElements":1,"pages":1,"content":[{"robotCallJobId":1,"name":"dialog测试","status":"TERMINATE","completedTask":2157,"taskCallTotal":166,"createTime":"2018-09-26 18:07","createdByUserName":null,"organizationName":null}]},"requestId":"OTMAGZFW","resultMsg":"创建成功","errorStackTrace":null}"#;
/// let page = decode_response::<GetJobs>(200, body).unwrap().data;
/// assert_eq!(page.content[0].robot_call_job_id, Some(1));
/// ```
pub struct GetJobs;

impl Operation for GetJobs {
    const PATH: &'static str = "job/getJobs";
    const SCHEMA: &'static crate::transcode::schema::Node = &query::JOB_PAGE;
    const METHOD: Method = Method::Get;
    type Params = JobGetJobsParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&query::JOB_GET_JOBS_PARAMS),
    );
    type Output = Page<JobSummary>;
}

/// `GET job/getJobDetail` → [`JobDetail`]: one task's settings, state and lines (获取任务详情).
///
/// ```
/// use yiwise_rongzi::yiwise::{api::job::GetJobDetail, operation::decode_response};
/// let body = r#"{"code":200,"data":{"robotCallJob":{"robotCallJobId":1,"status":"TERMINATE"},"jobPhoneNumberList":[{"tenantPhoneNumberId":675}],"completedTask":3612},"requestId":"VJDMUZIC"}"#;
/// let d = decode_response::<GetJobDetail>(200, body).unwrap().data;
/// assert_eq!(d.robot_call_job.unwrap().robot_call_job_id, Some(1));
/// assert_eq!(d.job_phone_number_list[0].tenant_phone_number_id, Some(675));
/// ```
pub struct GetJobDetail;

impl Operation for GetJobDetail {
    const PATH: &'static str = "job/getJobDetail";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::Object(&query::JOB_DETAIL);
    const METHOD: Method = Method::Get;
    type Params = JobGetJobDetailParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&control::JOB_ID_PARAMS),
    );
    type Output = JobDetail;
}

/// `PATCH job/modify` → [`JobModifyResult`]: changes a task; same form as [`Create`] (修改任务).
///
/// The docs name no task id for this call; send `robotCallJob.robotCallJobId`
/// (as the vendor's demo does).
///
/// ```
/// use yiwise_rongzi::yiwise::{api::job::Modify, operation::decode_response};
/// let body = r#"{"code":200,"data":{"robotCallJobId":139},"requestId":"RKXNIQAF","resultMsg":"修改成功","errorStackTrace":null}"#;
/// assert_eq!(decode_response::<Modify>(200, body).unwrap().data.robot_call_job_id, Some(139));
/// ```
pub struct Modify;

impl Operation for Modify {
    const PATH: &'static str = "job/modify";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::Object(&form::JOB_MODIFY_RESULT);
    const METHOD: Method = Method::Patch;
    type Params = JobModifyParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&form::JOB_FORM_PARAMS),
    );
    type Output = JobModifyResult;
}

/// `POST job/checkAll` → [`JobCheckResult`]: which tasks a bulk start/pause can apply to
/// ((开始/暂停/终止所有任务前)检查所有任务).
///
/// ```
/// use yiwise_rongzi::yiwise::{api::job::CheckAll, operation::decode_response};
/// let body = r#"{"code":200,"data":{"executable":[{"robotCallJobId":33,"status":"NOT_STARTED","statsInfo":{"totalTask":1}}],"unexecutable":[{"msg":"","statsInfo":{"robotCallJobId":33}}]},"requestId":"IJAQKCWI"}"#;
/// let r = decode_response::<CheckAll>(200, body).unwrap().data;
/// assert_eq!(r.executable[0].stats_info.as_ref().unwrap().total_task, Some(1));
/// assert_eq!(r.unexecutable.len(), 1);
/// ```
pub struct CheckAll;

impl Operation for CheckAll {
    const PATH: &'static str = "job/checkAll";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::Object(&batch::JOB_CHECK_RESULT);
    const METHOD: Method = Method::Post;
    type Params = JobCheckAllParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&batch::JOB_CHECK_ALL_PARAMS),
    );
    type Output = JobCheckResult;
}

/// `POST job/executeJobs` → [`JobExecuteResults`]: starts or pauses the tasks
/// `job/checkAll` found executable (执行(开始,暂停)所有任务).
///
/// ```
/// use yiwise_rongzi::yiwise::{api::job::ExecuteJobs, operation::decode_response};
/// let body = r#"{"code":200,"data":[{"robotCallJobId":56,"robotCallJobName":"lxc-测试1","msg":"该任务状态(已完成)不可开始"}],"requestId":"HYDMKHZF"}"#;
/// let r = decode_response::<ExecuteJobs>(200, body).unwrap().data;
/// assert_eq!(r.0[0].robot_call_job_id, Some(56));
/// ```
pub struct ExecuteJobs;

impl Operation for ExecuteJobs {
    const PATH: &'static str = "job/executeJobs";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::OneOrList(&crate::transcode::schema::Node::Object(
            &batch::JOB_EXECUTE_RESULT,
        ));
    const METHOD: Method = Method::Post;
    type Params = JobExecuteJobsParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&batch::JOB_EXECUTE_JOBS_PARAMS),
    );
    type Output = JobExecuteResults;
}

/// `GET job/getJobProperties` → variable names: the task's custom variables (dialog flow
/// and SMS), the keys of `customerPersons[].properties` (获取任务中的变量).
///
/// ```
/// use yiwise_rongzi::yiwise::{api::job::GetJobProperties, operation::decode_response};
/// let body = r#"{"code":200,"data":["欠款金额","最后还款日期"],"requestId":"RKXNIQAF"}"#;
/// assert_eq!(decode_response::<GetJobProperties>(200, body).unwrap().data, ["欠款金额", "最后还款日期"]);
/// ```
pub struct GetJobProperties;

impl Operation for GetJobProperties {
    const PATH: &'static str = "job/getJobProperties";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::List(&crate::transcode::schema::Node::Text);
    const METHOD: Method = Method::Get;
    type Params = JobGetJobPropertiesParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&control::JOB_ID_PARAMS),
    );
    type Output = Vec<String>;
}

/// `GET job/getJobStats` → [`JobStats`]: a task's statistics (获取任务统计).
///
/// ```
/// use yiwise_rongzi::yiwise::{api::job::GetJobStats, operation::decode_response};
/// let body = r#"{"code":200,"data":{"taskProgress":2175.9,"intentLevel":{"A":568},"customerConcern":["价格"],"callJobStatsBrokenLine":{"answeredTaskRateList":[{"date":"2018-09-27","val":11.90}]}},"requestId":"VJDMUZIC"}"#;
/// let s = decode_response::<GetJobStats>(200, body).unwrap().data;
/// assert_eq!(s.intent_level["A"], 568);
/// assert_eq!(s.call_job_stats_broken_line.unwrap().answered_task_rate_list[0].val, Some(11.9));
/// ```
pub struct GetJobStats;

impl Operation for GetJobStats {
    const PATH: &'static str = "job/getJobStats";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::Object(&query::JOB_STATS);
    const METHOD: Method = Method::Get;
    type Params = JobGetJobStatsParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&control::JOB_ID_PARAMS),
    );
    type Output = JobStats;
}

/// `POST job/getJobStatsInfoList` → totals by task id: `{ "1017": { taskTotal, taskCompleted } }`
/// (获取任务统计相关信息(总量,完成量)).
///
/// The body on the wire is the bare id array (see [`JobGetJobStatsInfoListParams`]).
///
/// ```
/// use yiwise_rongzi::yiwise::{api::job::GetJobStatsInfoList, operation::decode_response};
/// let body = r#"{"code":200,"data":{"1014":{"taskTotal":31455,"taskCompleted":0}},"requestId":"IOKMTMXV"}"#;
/// let m = decode_response::<GetJobStatsInfoList>(200, body).unwrap().data;
/// assert_eq!(m["1014"].task_total, Some(31455));
/// ```
pub struct GetJobStatsInfoList;

impl Operation for GetJobStatsInfoList {
    const PATH: &'static str = "job/getJobStatsInfoList";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::StrictMap(&crate::transcode::schema::Node::Object(
            &query::JOB_STATS_INFO,
        ));
    const METHOD: Method = Method::Post;
    type Params = JobGetJobStatsInfoListParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&query::JOB_GET_JOB_STATS_INFO_LIST_PARAMS),
    );
    // The wire is the bare list of ids (see `wire`).
    const OWN_WIRE: bool = true;
    type Output = BTreeMap<String, JobStatsInfo>;

    fn wire(params: &Self::Params) -> Value {
        Value::Array(
            params
                .robot_call_job_id
                .iter()
                .map(|id| Value::from(*id))
                .collect(),
        )
    }
}

/// `POST job/reAddCustomerToJob` → nothing: puts already-called customers back into a task
/// (已呼客户列表重新添加客户到呼叫任务).
///
/// ```
/// use yiwise_rongzi::yiwise::{api::job::ReAddCustomerToJob, operation::parse_params};
/// let e = parse_params::<ReAddCustomerToJob>(serde_json::json!({
///     "robotCallJobId": 1, "customerPersonIds": [1919005],
///     "earliestCreationTime": "2018-07-30", "latestCreationTime": "2018-07-25"
/// })).unwrap_err();
/// assert_eq!(e.field.as_deref(), Some("latestCreationTime"));
/// ```
pub struct ReAddCustomerToJob;

impl Operation for ReAddCustomerToJob {
    const PATH: &'static str = "job/reAddCustomerToJob";
    const SCHEMA: &'static crate::transcode::schema::Node =
        &crate::transcode::schema::Node::Nothing;
    const METHOD: Method = Method::Post;
    type Params = JobReAddCustomerToJobParams;
    const PARAMS: Option<&'static crate::transcode::schema::Node> = Some(
        &crate::transcode::schema::Node::Object(&control::JOB_RE_ADD_CUSTOMER_TO_JOB_PARAMS),
    );
    type Output = Nothing;
}
