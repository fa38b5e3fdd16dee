//! `client.dialogFlow` (dialogFlow.md, tenant.md).

use crate::yiwise::api::dialog_flow;

super::resource::resource_class! {
    /// `client.dialogFlow`.
    DialogFlowApi as "YiwiseDialogFlowApi" {
        /// `GET dialogFlow/getDialogFlowList`: every dialog flow (话术) of the company.
        ///
        /// @example
        /// const flows = await yw.dialogFlow.getDialogFlowList();
        /// const approved = flows.filter((f) => f.status === 'APPROVED');
        get_dialog_flow_list = "getDialogFlowList" (optional) => dialog_flow::GetDialogFlowList, "Record<string, never> | CallOptions", "DialogFlowInfo[]";
        /// `GET dialogFlow/getDialogFlowCallJobRelatedInfo`: whether a dialog flow uses variables,
        /// transfer to a human or human intervention.
        ///
        /// @example
        /// const { humanInterventionExist } = await yw.dialogFlow.getDialogFlowCallJobRelatedInfo({ dialogFlowId: 358 });
        get_dialog_flow_call_job_related_info = "getDialogFlowCallJobRelatedInfo" (required) => dialog_flow::GetDialogFlowCallJobRelatedInfo, "DialogFlowGetDialogFlowCallJobRelatedInfoParams", "DialogFlowCallJobRelatedInfo";
        /// `GET dialogFlow/exportDialogFlowWordDoc`: a signed, expiring download URL of the
        /// dialog flow's main flow as a Word (`.doc`) file. The file itself is not fetched.
        ///
        /// @example
        /// const url = await yw.dialogFlow.exportDialogFlowWordDoc({ dialogFlowId: 1608 });
        export_dialog_flow_word_doc = "exportDialogFlowWordDoc" (required) => dialog_flow::ExportDialogFlowWordDoc, "DialogFlowExportDialogFlowWordDocParams", "string";
    }
}
