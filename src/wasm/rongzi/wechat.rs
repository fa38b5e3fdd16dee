//! `rz.wechat` (docs §10, §11).

use crate::rongzi::api::wechat;

super::resource::rongzi_resource_class! {
    /// `rz.wechat`: WeChat friendship of customers.
    WechatApi as "RongziWechatApi" {
        /// `POST wechat/addFriend`: asks a customer to become a WeChat friend.
        ///
        /// @deprecated The Rongzi API docs mark it 已弃用 (deprecated); it warns once per client.
        ///
        /// @example
        /// const { friendStatus } = await rz.wechat.addFriend({ customerMobile: '18522222222', empWechatId: 'wxid_xbeakwi8vj9q22' });
        add_friend = "addFriend" (required) => wechat::AddFriend, "RongziWechatAddFriendParams", "RongziAddFriendResult";

        /// `POST wechat/updateFriendStatus`: records whether a customer is a WeChat
        /// friend (`'FRIEND'` or `'NOT_FRIEND'`).
        ///
        /// @example
        /// await rz.wechat.updateFriendStatus({ customerMobile: '18722222222', friendStatus: 'FRIEND' });
        update_friend_status = "updateFriendStatus" (required) => wechat::UpdateFriendStatus, "RongziWechatUpdateFriendStatusParams", "void";
    }
}
