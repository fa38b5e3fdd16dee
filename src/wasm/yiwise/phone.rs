//! `client.phone` (tenant.md).

use crate::yiwise::api::phone;

super::resource::resource_class! {
    /// `client.phone`: the company's caller lines.
    PhoneApi as "YiwisePhoneApi" {
        /// `GET phone/getPhoneList`: every caller line (主叫电话) of the company.
        ///
        /// @example
        /// const lines = await yw.phone.getPhoneList();
        /// const ids = lines.filter(l => l.phoneType === 'LANDLINE').map(l => l.tenantPhoneNumberId);
        get_phone_list = "getPhoneList" (optional) => phone::GetPhoneList, "Record<string, never> | CallOptions", "PhoneInfo[]";
    }
}
