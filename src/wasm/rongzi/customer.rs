//! `rz.customer` (docs §4, §5).

use crate::rongzi::api::customer;

super::resource::rongzi_resource_class! {
    /// `rz.customer`: a salesperson's customers and their comments.
    CustomerApi as "RongziCustomerApi" {
        /// `POST customer/list`: one page of customers (`pageIndex` from 1, `pageSize`
        /// default 20), codes decoded (`exeStatus: 'INTENT'`, `hasHouse: true`, …).
        ///
        /// @example
        /// const { total, rows } = await rz.customer.list({ empCode: 'AA1611', customerExeStatus: 'INTENT', pageIndex: 1 });
        list = "list" (required) => customer::List, "RongziCustomerListParams", "RongziPage<RongziCustomer>";

        /// `POST customer/editComment`: replaces a customer's comment (at most 500 characters).
        ///
        /// @example
        /// await rz.customer.editComment({ customerCode: 'AAC13031400024', comment: '已联系' });
        edit_comment = "editComment" (required) => customer::EditComment, "RongziCustomerEditCommentParams", "void";
    } pages {
        /// Every customer, page by page (`pageSize` defaults to 100): an async iterable for `for await`.
        ///
        /// @example
        /// for await (const c of rz.customer.listAll({ empCode: 'AA1611', customerExeStatus: 'DEAL' })) console.log(c.name);
        list_all = "listAll" (required) => customer::List, "RongziCustomerListParams", "RongziCustomer";
    }
}
