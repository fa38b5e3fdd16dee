//! Endpoints of this resource (placeholder: not yet typed).
use super::stub::stub_operation;
stub_operation!(/// `Get phone/getPhoneList`
    GetPhoneList, "phone/getPhoneList", Get);
