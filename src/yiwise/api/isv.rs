//! Endpoints of this resource (placeholder: not yet typed).
use super::stub::stub_operation;
stub_operation!(/// `Post isv/genSubAccountIsv`
    GenSubAccountIsv, "isv/genSubAccountIsv", Post);
stub_operation!(/// `Post isv/getIsvList`
    GetIsvList, "isv/getIsvList", Post);
stub_operation!(/// `Post isv/updateIsvInfo`
    UpdateIsvInfo, "isv/updateIsvInfo", Post);
