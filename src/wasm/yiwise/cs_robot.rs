//! `client.csRobot` (csRobot.md).

use crate::yiwise::api::cs_robot;

super::resource::resource_class! {
    /// `client.csRobot`: human agent seat groups.
    CsRobotApi as "YiwiseCsRobotApi" {
        /// `GET csRobot/staffGroupList`: the company's valid agent seat groups, paged.
        ///
        /// @example
        /// const page = await yw.csRobot.staffGroupList({ pageNum: 1, pageSize: 20 });
        /// const ids = page.content.map(g => g.csStaffGroupId);
        staff_group_list = "staffGroupList" (required) => cs_robot::StaffGroupList, "CsRobotStaffGroupListParams", "Page<CsStaffGroup>";
    } pages {
        /// Every agent seat group, page by page: an async iterable.
        ///
        /// @example
        /// for await (const g of yw.csRobot.staffGroupListAll()) console.log(g.groupName);
        staff_group_list_all = "staffGroupListAll" (optional) => cs_robot::StaffGroupList, "Partial<CsRobotStaffGroupListParams>", "CsStaffGroup";
    }
}
