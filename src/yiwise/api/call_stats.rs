//! Endpoints of this resource (placeholder: not yet typed).
use super::stub::stub_operation;
stub_operation!(/// `Get callStats/callCostStatsInfo`
    CallCostStatsInfo, "callStats/callCostStatsInfo", Get);
