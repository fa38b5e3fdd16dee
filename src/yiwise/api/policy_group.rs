//! Endpoints of this resource (placeholder: not yet typed).
use super::stub::stub_operation;
stub_operation!(/// `Post policyGroup/create`
    Create, "policyGroup/create", Post);
stub_operation!(/// `Get policyGroup/getIdAndNamePairList`
    GetIdAndNamePairList, "policyGroup/getIdAndNamePairList", Get);
stub_operation!(/// `Get policyGroup/list`
    List, "policyGroup/list", Get);
stub_operation!(/// `Post policyGroup/update`
    Update, "policyGroup/update", Post);
