//! `client.callRecord` (callRecord.md).

use crate::yiwise::api::call_record;

super::resource::resource_class! {
    /// `client.callRecord`: finished calls (已呼) and numbers still to call (未呼).
    CallRecordApi as "YiwiseCallRecordApi" {
        /// `POST callRecord/getCallRecordInfoList`: the finished calls of a job, filtered and paged.
        ///
        /// @example
        /// const page = await yw.callRecord.getCallRecordInfoList({ robotCallJobId: 1, resultStatuses: ['ANSWERED'], intentLevels: ['A'], pageNum: 1, pageSize: 20 });
        /// for (const r of page.content) console.log(r.calledPhoneNumber, r.resultStatus, r.intentLevel);
        get_call_record_info_list = "getCallRecordInfoList" (required) => call_record::GetCallRecordInfoList, "CallRecordGetCallRecordInfoListParams", "Page<CallRecordInfo>";
        /// `GET callRecord/callDetail`: one call with its dialogue and customer.
        ///
        /// @example
        /// const d = await yw.callRecord.callDetail({ callRecordId: 47 });
        /// d.callDetailList.forEach(t => console.log(t.type, t.text));
        call_detail = "callDetail" (required) => call_record::CallDetail, "CallRecordCallDetailParams", "CallRecordDetail";
        /// `GET callRecord/toBeCalledList`: the numbers of a job not yet called, paged.
        ///
        /// @example
        /// const page = await yw.callRecord.toBeCalledList({ robotCallJobId: 1, taskStatus: 'NOT_STARTED' });
        to_be_called_list = "toBeCalledList" (required) => call_record::ToBeCalledList, "CallRecordToBeCalledListParams", "Page<ToBeCalledTask>";
        /// `POST callRecord/deleteRobotCallTask`: removes one number from the to-be-called list.
        ///
        /// @example
        /// await yw.callRecord.deleteRobotCallTask({ robotCallTaskId: 3033235 });
        delete_robot_call_task = "deleteRobotCallTask" (required) => call_record::DeleteRobotCallTask, "CallRecordDeleteRobotCallTaskParams", "void";
        /// `GET callRecord/deleteRobotCallTaskList`: removes numbers from the to-be-called list in bulk.
        /// Without `robotCallTaskIds`, every number matching the filters is removed.
        ///
        /// @example
        /// await yw.callRecord.deleteRobotCallTaskList({ robotCallJobId: 1, robotCallTaskIds: [3033729, 3033719] });
        delete_robot_call_task_list = "deleteRobotCallTaskList" (required) => call_record::DeleteRobotCallTaskList, "CallRecordDeleteRobotCallTaskListParams", "void";
    } pages {
        /// Every call record of a task, page by page (`pageSize` defaults to 100): an async iterable.
        ///
        /// @example
        /// for await (const rec of yw.callRecord.getCallRecordInfoListAll({ robotCallJobId })) console.log(rec.resultStatus);
        get_call_record_info_list_all = "getCallRecordInfoListAll" (optional) => call_record::GetCallRecordInfoList, "CallRecordGetCallRecordInfoListParams", "CallRecordInfo";
        /// Every number still to be called in a task, page by page: an async iterable.
        ///
        /// @example
        /// for await (const t of yw.callRecord.toBeCalledListAll({ robotCallJobId })) console.log(t.calledPhoneNumber);
        to_be_called_list_all = "toBeCalledListAll" (optional) => call_record::ToBeCalledList, "CallRecordToBeCalledListParams", "ToBeCalledTask";
    }
}
