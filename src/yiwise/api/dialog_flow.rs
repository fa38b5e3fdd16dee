//! Endpoints of this resource (placeholder: not yet typed).
use super::stub::stub_operation;
stub_operation!(/// `Get dialogFlow/getDialogFlowList`
    GetDialogFlowList, "dialogFlow/getDialogFlowList", Get);
stub_operation!(/// `Get dialogFlow/getDialogFlowCallJobRelatedInfo`
    GetDialogFlowCallJobRelatedInfo, "dialogFlow/getDialogFlowCallJobRelatedInfo", Get);
stub_operation!(/// `Get dialogFlow/exportDialogFlowWordDoc`
    ExportDialogFlowWordDoc, "dialogFlow/exportDialogFlowWordDoc", Get);
