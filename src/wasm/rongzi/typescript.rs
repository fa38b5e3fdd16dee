//! TypeScript declarations of the Rongzi half that no derive writes: the
//! client options, the code types, and the result interfaces (hand-written so
//! that always-present fields read `T | null`; a native test checks them
//! against the serializer's keys).

use crate::rongzi::api::{account, customer, sms, wechat};
use crate::rongzi::codes::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_OPTIONS: &'static str = r#"
/** Options of `new RongziClient(...)`. */
export interface RongziClientOptions extends ClientTransportOptions {
  /** e.g. the simulator's `http://127.0.0.1:8080`; requests go to `{baseUrl}/api/...`. */
  baseUrl: string;
  /** A saved token (with or without `Bearer `), e.g. an earlier `rz.token`. */
  token?: string | null;
  /**
   * Called when a call is refused for its token (missing, expired or `不合法的token`),
   * with that error. It may log in again (`rz.account.login(...)`); when it returns
   * (or its promise settles) the call is retried once. Concurrent calls share one run.
   * Inside it, call only `rz.account.login`: other calls that need the token would wait
   * for the hook itself.
   */
  onUnauthorized?: (error: Error & { kind: ErrorKind; code?: number; endpoint?: string }) => unknown;
}
"#;

#[wasm_bindgen(typescript_custom_section)]
const TS_ENUM_NAMES: &'static str = "/** Names accepted by `rongziLabel` and `rongziEnumValues`. */\nexport type RongziEnumName = 'ExeStatus' | 'CustomerExeStatus' | 'ContactStatus' | 'WechatFriendStatus' | 'SenderRole' | 'CallStatus';";

macro_rules! ts_consts {
    ($($c:expr),+ $(,)?) => {
        $(
            const _: () = {
                #[wasm_bindgen(typescript_custom_section)]
                const TS: &'static str = $c;
            };
        )+
    };
}

ts_consts!(
    RongziExeStatus::TS_DECL,
    RongziCustomerExeStatus::TS_DECL,
    RongziContactStatus::TS_DECL,
    RongziWechatFriendStatus::TS_DECL,
    RongziSenderRole::TS_DECL,
    RongziCallStatus::TS_DECL,
    TS_FLAG,
    TS_SECURITY_OR_FUND,
    account::TS,
    customer::TS,
    sms::TS,
    wechat::TS,
);
