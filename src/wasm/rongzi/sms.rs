//! `rz.sms` (docs §6–§8).

use crate::rongzi::api::sms;

super::resource::rongzi_resource_class! {
    /// `rz.sms`: templates and the messages between salespeople and customers.
    SmsApi as "RongziSmsApi" {
        /// `GET sms/templates`: the SMS templates.
        ///
        /// @example
        /// const templates = await rz.sms.templates();
        templates = "templates" (optional) => sms::Templates, "Record<string, never> | CallOptions", "RongziSmsTemplate[]";

        /// `POST sms/addMessages`: stores messages read from the phone (at least one);
        /// resolves the server's last operation time in ms. `signature` defaults to
        /// `【东方融资网】` and `isRead` to `true`.
        ///
        /// @example
        /// await rz.sms.addMessages([{ sender: 'AA1611', receiver: 'AAC13031400024', senderRole: 'SALES',
        ///   occurTime: '2018-09-07 06:53:41.300', content: '您好', receiverMobile: '13472764344', sendStatus: true }]);
        add_messages = "addMessages" (required) => sms::AddMessages, "RongziSmsAddMessagesParams", "number | undefined";

        /// `POST sms/getMessages`: one page of stored messages (`pageIndex` from 1).
        ///
        /// @example
        /// const { rows } = await rz.sms.getMessages({ empCode: 'AA1611', customerCode: 'AAC13031400024' });
        get_messages = "getMessages" (optional) => sms::GetMessages, "RongziSmsGetMessagesParams", "RongziPage<RongziSmsMessage>";
    } pages {
        /// Every stored message, page by page (`pageSize` defaults to 100): an async iterable.
        ///
        /// @example
        /// for await (const m of rz.sms.getMessagesAll({ customerCode: 'AAC13031400024' })) console.log(m.occurTime, m.content);
        get_messages_all = "getMessagesAll" (optional) => sms::GetMessages, "RongziSmsGetMessagesParams", "RongziSmsMessage";
    }
}
