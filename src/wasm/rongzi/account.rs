//! `rz.account` (docs §3).

use crate::rongzi::api::account;

super::resource::rongzi_resource_class! {
    /// `rz.account`: login.
    AccountApi as "RongziAccountApi" {
        /// `POST account/login`: logs in and stores the token in the client (every
        /// other call then sends it). The password is sent as its MD5 and never kept;
        /// pass `passwordMd5` instead to send a ready hash. A refused login rejects
        /// with `kind: 'auth'` (code 1).
        ///
        /// @example
        /// const { userInfo } = await rz.account.login({ username: '1611', password: '123456' });
        /// console.log(userInfo.empName, rz.tokenExpiresAt);
        login = "login" (required) => account::Login, "RongziAccountLoginParams", "RongziLoginResult";
    }
}
