//! `client.policyGroup` (callPolicyGroup.md).

use crate::yiwise::api::policy_group;

super::resource::resource_class! {
    /// `client.policyGroup`.
    PolicyGroupApi as "YiwisePolicyGroupApi" {
        /// `POST policyGroup/create`: creates a call policy group from some of the company's lines.
        /// The new id is not returned (see `getIdAndNamePairList`).
        ///
        /// @example
        /// await yw.policyGroup.create({ name: 'hangzhou', dispatchType: 'LOCATION_MATCH_FIRST', detailList: [{ tenantPhoneNumberId: 743 }] });
        create = "create" (required) => policy_group::Create, "PolicyGroupCreateParams", "void";
        /// `GET policyGroup/getIdAndNamePairList`: id and name of every call policy group.
        ///
        /// @example
        /// const pairs = await yw.policyGroup.getIdAndNamePairList();
        get_id_and_name_pair_list = "getIdAndNamePairList" (optional) => policy_group::GetIdAndNamePairList, "Record<string, never> | CallOptions", "PolicyGroupIdNamePair[]";
        /// `GET policyGroup/list`: every call policy group with its lines, rates and line status.
        ///
        /// @example
        /// const groups = await yw.policyGroup.list();
        list = "list" (optional) => policy_group::List, "Record<string, never> | CallOptions", "PolicyGroupInfo[]";
        /// `POST policyGroup/update`: changes a group's name, remark, strategy and lines
        /// (`detailList` is required).
        ///
        /// @example
        /// await yw.policyGroup.update({ callPolicyGroupId: 62, dispatchType: 'SORT_FIRST', detailList: [{ tenantPhoneNumberId: 743 }] });
        update = "update" (required) => policy_group::Update, "PolicyGroupUpdateParams", "void";
    }
}
