//! Endpoints of this resource (placeholder: not yet typed).
use super::stub::stub_operation;
stub_operation!(/// `Get callRecord/callDetail`
    CallDetail, "callRecord/callDetail", Get);
stub_operation!(/// `Post callRecord/deleteRobotCallTask`
    DeleteRobotCallTask, "callRecord/deleteRobotCallTask", Post);
stub_operation!(/// `Get callRecord/deleteRobotCallTaskList`
    DeleteRobotCallTaskList, "callRecord/deleteRobotCallTaskList", Get);
stub_operation!(/// `Post callRecord/getCallRecordInfoList`
    GetCallRecordInfoList, "callRecord/getCallRecordInfoList", Post);
stub_operation!(/// `Get callRecord/toBeCalledList`
    ToBeCalledList, "callRecord/toBeCalledList", Get);
