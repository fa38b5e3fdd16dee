//! `client.tenant` (tenant.md).

use crate::yiwise::api::tenant;

super::resource::resource_class! {
    /// `client.tenant`: the company of this ISV account.
    TenantApi as "YiwiseTenantApi" {
        /// `GET tenant/getTenant`: the company this account belongs to.
        ///
        /// @example
        /// const { tenantId, tenantName } = await yw.tenant.getTenant();
        get_tenant = "getTenant" (optional) => tenant::GetTenant, "Record<string, never> | CallOptions", "Tenant";
    }
}
