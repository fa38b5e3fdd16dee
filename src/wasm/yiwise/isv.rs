//! `client.isv` (isv.md).

use crate::yiwise::api::isv;

super::resource::resource_class! {
    /// `client.isv`.
    IsvApi as "YiwiseIsvApi" {
        /// `POST isv/genSubAccountIsv`: creates the ISV account (appKey/appSecret) of a
        /// sub-account. Resolves `undefined` when the server returns no account (as in the docs'
        /// example); list them with `getIsvList`.
        ///
        /// @example
        /// const account = await yw.isv.genSubAccountIsv({ tenantSign: 'yiwise', phoneNumber: '16600000001' });
        gen_sub_account_isv = "genSubAccountIsv" (required) => isv::GenSubAccountIsv, "IsvGenSubAccountIsvParams", "IsvInfo | undefined";
        /// `POST isv/getIsvList`: the ISV accounts of the company and its sub-accounts.
        ///
        /// @example
        /// const accounts = await yw.isv.getIsvList();
        get_isv_list = "getIsvList" (optional) => isv::GetIsvList, "Record<string, never> | CallOptions", "IsvInfo[]";
        /// `POST isv/updateIsvInfo`: changes the company signature and the callback URLs.
        ///
        /// @example
        /// await yw.isv.updateIsvInfo({ tenantSign: 'yiwise', callbackUrl: 'https://example.com/yiwise/callback' });
        update_isv_info = "updateIsvInfo" (required) => isv::UpdateIsvInfo, "IsvUpdateIsvInfoParams", "void";
    }
}
