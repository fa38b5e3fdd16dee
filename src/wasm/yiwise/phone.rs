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

        /// `POST phone/updatePhoneInfoByTenantPhoneNumberId`: changes a caller line's area,
        /// dead areas (盲区) and industry. Resolves the platform's `data` as it came.
        ///
        /// @experimental Not in the public docs; shape taken from the vendor's demo
        /// (`yiwise/openapidemo` `SimpleDemo`, `TestDemo`). Confirm with Yiwise before relying on it.
        ///
        /// @example
        /// await yw.phone.updatePhoneInfoByTenantPhoneNumberId({
        ///   tenantPhoneNumberId: 276, areaCode: '010', province: '北京市', city: '朝阳区',
        ///   deadArea: [{ prov: '河北省', city: '廊坊市' }], callOutIndustry: 'FINANCE',
        /// });
        update_phone_info_by_tenant_phone_number_id = "updatePhoneInfoByTenantPhoneNumberId" (required) => phone::UpdatePhoneInfoByTenantPhoneNumberId, "PhoneUpdatePhoneInfoParams", "unknown";

        /// `POST phone/updatePhonePriceByTenantPhoneNumberId`: changes a caller line's rates
        /// (厘, as `getPhoneList` shows them). Resolves the platform's `data` as it came.
        ///
        /// @experimental Not in the public docs; shape taken from the vendor's demo
        /// (`yiwise/openapidemo` `SimpleDemo`). Confirm with Yiwise before relying on it.
        ///
        /// @example
        /// await yw.phone.updatePhonePriceByTenantPhoneNumberId({ tenantPhoneNumberId: 276, localBillRate: 60, otherBillRate: 80 });
        update_phone_price_by_tenant_phone_number_id = "updatePhonePriceByTenantPhoneNumberId" (required) => phone::UpdatePhonePriceByTenantPhoneNumberId, "PhoneUpdatePhonePriceParams", "unknown";
    }
}
