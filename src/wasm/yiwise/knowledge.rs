//! `client.knowledge` (knowledge.md, 2021-01 docs): on its own host, see
//! the `knowledgeBaseUrl` option.

use crate::yiwise::api::knowledge;

super::resource::resource_class! {
    /// `client.knowledge`: a text chatbot's Q&A knowledge base. Requests go to
    /// `{knowledgeBaseUrl}/apiOpen/knowledge/…`, signed like every other call (the docs do
    /// not say how these endpoints are authenticated; that they are signed alike is an inference).
    KnowledgeApi as "YiwiseKnowledgeApi" {
        /// `GET knowledge/list`: a bot's knowledge, paged, searched by title with `keyword`.
        ///
        /// @example
        /// const page = await yw.knowledge.list({ botId: 1, keyword: '营业时间' });
        /// for (const k of page.content) console.log(k.id, k.title, k.status);
        list = "list" (required) => knowledge::List, "KnowledgeListParams", "Page<Knowledge>";

        /// `POST knowledge/create`: adds a knowledge item (a new category is created; a title
        /// must be unique within the bot); resolves the item with its `id`.
        ///
        /// @example
        /// const k = await yw.knowledge.create({
        ///   botId: 1, knowledgeCategoryName: '常见问题', title: '营业时间', similarTitleList: ['几点开门'],
        ///   answers: [{ gateways: ['ALL'], type: 'PURE_TEXT', content: '每天 9:00-18:00' }], status: 'ENABLED',
        /// });
        create = "create" (required) => knowledge::Create, "KnowledgeCreateParams", "Knowledge";

        /// `POST knowledge/update`: replaces a knowledge item, by `id`; resolves the updated item.
        ///
        /// @example
        /// await yw.knowledge.update({ ...k, id: k.id, answers: [{ gateways: ['WEB'], type: 'PURE_TEXT', content: '9:00-20:00' }] });
        update = "update" (required) => knowledge::Update, "KnowledgeUpdateParams", "Knowledge";
    } pages {
        /// Every knowledge item of a bot, page by page (`pageNum` from 1, `pageSize` default 100).
        ///
        /// @example
        /// for await (const k of yw.knowledge.listAll({ botId: 1 })) console.log(k.title);
        list_all = "listAll" (required) => knowledge::List, "KnowledgeListParams", "Knowledge";
    }
}
