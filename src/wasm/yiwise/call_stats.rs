//! `client.callStats` (tenant.md).

use crate::yiwise::api::call_stats;

super::resource::resource_class! {
    /// `client.callStats`: call and SMS cost statistics.
    CallStatsApi as "YiwiseCallStatsApi" {
        /// `GET callStats/callCostStatsInfo`: per-line call cost and SMS cost between two dates.
        ///
        /// @example
        /// const s = await yw.callStats.callCostStatsInfo({ startDate: '2019-04-30', endDate: '2019-05-30', type: 0 });
        /// for (const row of s.callCostStatsPhoneNumberList) console.log(row.localDate, row.phoneNumber, row.myCallCostList);
        call_cost_stats_info = "callCostStatsInfo" (required) => call_stats::CallCostStatsInfo, "CallStatsCallCostStatsInfoParams", "CallCostStats";
    }
}
