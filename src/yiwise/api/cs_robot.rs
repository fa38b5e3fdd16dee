//! Endpoints of this resource (placeholder: not yet typed).
use super::stub::stub_operation;
stub_operation!(/// `Get csRobot/staffGroupList`
    StaffGroupList, "csRobot/staffGroupList", Get);
