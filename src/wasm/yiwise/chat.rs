//! `client.chat` (chat.md, 2021-01 docs).

use crate::yiwise::api::chat;

super::resource::resource_class! {
    /// `client.chat`: turns with a text chatbot (专业版文本机器人).
    ChatApi as "YiwiseChatApi" {
        /// `POST chat`: sends what the user said; resolves the bot's answers and the
        /// `sessionId` that continues the conversation. (The URL has no function segment;
        /// `send` is this SDK's name for it.) Not retried automatically: a repeated turn
        /// would move the conversation on twice.
        ///
        /// @example
        /// const first = await yw.chat.send({ botId: 1, text: '你好', metaData: { 姓名: '张三' } });
        /// console.log(first.messages[0]?.text?.answer, first.messages[0]?.text?.answerSource);
        /// const next = await yw.chat.send({ botId: 1, text: '营业时间？', sessionId: first.sessionId });
        send = "send" (required) => chat::Chat, "ChatParams", "ChatResult";
    }
}
