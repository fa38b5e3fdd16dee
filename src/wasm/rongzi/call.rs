//! `rz.call` (docs §9).

use crate::rongzi::api::call;

super::resource::rongzi_resource_class! {
    /// `rz.call`: the phone's call log.
    CallApi as "RongziCallApi" {
        /// `POST call/syncRecords`: uploads call records (at least one), sorted newest
        /// first by `callDate` as the docs require; resolves the last sync time in ms.
        ///
        /// @example
        /// await rz.call.syncRecords([{ mobile: '13472764344', billSec: 40, callDate: '2018-08-30 18:30:55',
        ///   empCode: 'AA1611', callStatus: 'SALES_CALLED_CONNECTED' }]);
        sync_records = "syncRecords" (required) => call::SyncRecords, "RongziCallSyncRecordsParams", "number | undefined";
    }
}
