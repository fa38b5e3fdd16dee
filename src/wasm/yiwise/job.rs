//! `client.job` (task.md, obtainTask.md).

use crate::yiwise::api::job;

super::resource::resource_class! {
    /// `client.job`: create, run and watch call tasks.
    JobApi as "YiwiseJobApi" {
        /// `POST job/create`: creates a task; resolves its id.
        ///
        /// @example
        /// const { robotCallJobId } = await yw.job.create({
        ///   concurrencyQuota: 2,
        ///   jobPhoneNumberIdList: [276],
        ///   robotCallJob: { name: '回访任务', mode: 'MANUAL', dialogFlowId: 1001, phoneType: 'MOBILE',
        ///                   dailyStartTime: '09:00', dailyEndTime: '20:00' },
        /// });
        create = "create" (required) => job::Create, "JobCreateParams", "JobCreateResult";

        /// `POST job/start`: starts (or resumes) a task.
        ///
        /// @example
        /// await yw.job.start({ robotCallJobId: 139 });
        start = "start" (required) => job::Start, "JobStartParams", "void";

        /// `POST job/pause`: pauses a task once its running calls end.
        ///
        /// @example
        /// await yw.job.pause({ robotCallJobId: 139 });
        pause = "pause" (required) => job::Pause, "JobPauseParams", "void";

        /// `POST job/stop`: terminates a task (终止). This cannot be undone.
        ///
        /// @example
        /// await yw.job.stop({ robotCallJobId: 139 });
        stop = "stop" (required) => job::Stop, "JobStopParams", "void";

        /// `POST job/delete`: deletes a task.
        ///
        /// @example
        /// await yw.job.delete({ robotCallJobId: 139 });
        delete = "delete" (required) => job::Delete, "JobDeleteParams", "void";

        /// `POST job/importCustomer`: adds 1 to 100 customers to a task.
        ///
        /// @example
        /// await yw.job.importCustomer({
        ///   robotCallJobId: 139,
        ///   customerPersons: [{ name: '张三', phoneNumber: '13800000001', properties: { 欠款金额: '10.13' } }],
        /// });
        import_customer = "importCustomer" (required) => job::ImportCustomer, "JobImportCustomerParams", "void";

        /// `POST job/oneTimeCall`: creates a task with its customers and calls them at once
        /// (快速任务拨打). Resolves the platform's `data` as it came.
        ///
        /// @experimental Not in the public docs; shape taken from the vendor's demo
        /// (`yiwise/openapidemo` `SimpleDemo.oneTimeCall`). Confirm with Yiwise before relying on it.
        ///
        /// @example
        /// const data = await yw.job.oneTimeCall({
        ///   dialogFlowId: 1001, jobPhoneNumberIdList: [276], phoneType: 'LANDLINE',
        ///   customerPersons: [{ name: '小红羊', phoneNumber: '15088790310' }],
        /// });
        one_time_call = "oneTimeCall" (required) => job::OneTimeCall, "JobOneTimeCallParams", "unknown";

        /// `POST job/updateAiCount`: changes a task's AI seat count.
        ///
        /// @example
        /// await yw.job.updateAiCount({ robotCallJobId: 139, robotCount: 2 });
        update_ai_count = "updateAiCount" (required) => job::UpdateAiCount, "JobUpdateAiCountParams", "void";

        /// `GET job/getJobs`: lists tasks (pageSize at most 100).
        ///
        /// @example
        /// const { content, totalElements } = await yw.job.getJobs({ status: 'IN_PROCESS', pageNum: 1, pageSize: 20 });
        get_jobs = "getJobs" (optional) => job::GetJobs, "JobGetJobsParams", "Page<JobSummary>";

        /// `GET job/getJobDetail`: one task's settings, state and lines.
        ///
        /// @example
        /// const { robotCallJob, jobPhoneNumberList } = await yw.job.getJobDetail({ robotCallJobId: 139 });
        get_job_detail = "getJobDetail" (required) => job::GetJobDetail, "JobGetJobDetailParams", "JobDetail";

        /// `PATCH job/modify`: changes a task (same form as `create`; name the task in
        /// `robotCallJob.robotCallJobId`).
        ///
        /// @example
        /// await yw.job.modify({
        ///   concurrencyQuota: 2,
        ///   jobPhoneNumberIdList: [276],
        ///   robotCallJob: { robotCallJobId: 139, name: '回访任务', mode: 'MANUAL', dialogFlowId: 1001,
        ///                   phoneType: 'MOBILE', dailyStartTime: '09:00', dailyEndTime: '18:00' },
        /// });
        modify = "modify" (required) => job::Modify, "JobModifyParams", "JobModifyResult";

        /// `POST job/checkAll`: which tasks a bulk start/pause can apply to.
        ///
        /// @example
        /// const { executable, unexecutable } = await yw.job.checkAll({ operation: 'PAUSE', robotCallJobIdSet: [139, 140] });
        check_all = "checkAll" (required) => job::CheckAll, "JobCheckAllParams", "JobCheckResult";

        /// `POST job/executeJobs`: starts or pauses the tasks `checkAll` found executable.
        ///
        /// @example
        /// const { executable } = await yw.job.checkAll({ operation: 'START', robotCallJobIdSet: [139] });
        /// const results = await yw.job.executeJobs({ operation: 'START', executable });
        execute_jobs = "executeJobs" (required) => job::ExecuteJobs, "JobExecuteJobsParams", "JobExecuteResult[]";

        /// `GET job/getJobProperties`: the task's variable names (keys of `customerPersons[].properties`).
        ///
        /// @example
        /// const names = await yw.job.getJobProperties({ robotCallJobId: 139 });
        get_job_properties = "getJobProperties" (required) => job::GetJobProperties, "JobGetJobPropertiesParams", "string[]";

        /// `GET job/getJobStats`: a task's statistics.
        ///
        /// @example
        /// const { answeredRate, intentLevel, dialResult } = await yw.job.getJobStats({ robotCallJobId: 139 });
        get_job_stats = "getJobStats" (required) => job::GetJobStats, "JobGetJobStatsParams", "JobStats";

        /// `POST job/getJobStatsInfoList`: totals of several tasks, keyed by task id.
        ///
        /// @example
        /// const totals = await yw.job.getJobStatsInfoList({ robotCallJobId: [1017, 1014] });
        /// console.log(totals['1017']?.taskCompleted);
        get_job_stats_info_list = "getJobStatsInfoList" (required) => job::GetJobStatsInfoList, "JobGetJobStatsInfoListParams", "Record<string, JobStatsInfo>";

        /// `POST job/reAddCustomerToJob`: puts already-called customers back into a task.
        ///
        /// @example
        /// await yw.job.reAddCustomerToJob({ robotCallJobId: 139, customerPersonIds: [1919005, 1919006] });
        re_add_customer_to_job = "reAddCustomerToJob" (required) => job::ReAddCustomerToJob, "JobReAddCustomerToJobParams", "void";
    } pages {
        /// Every task, page by page (`pageSize` defaults to 100): an async iterable for `for await`.
        ///
        /// @example
        /// for await (const job of yw.job.getJobsAll({ status: 'IN_PROCESS' })) console.log(job.robotCallJobId, job.name);
        get_jobs_all = "getJobsAll" (optional) => job::GetJobs, "JobGetJobsParams", "JobSummary";
    }
}
