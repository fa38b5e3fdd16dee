//! TypeScript declarations that no Rust type expresses: options, errors, enums.

use crate::yiwise::enums::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_COMMON: &'static str = r#"
/** What went wrong, coarsely. */
export type ErrorKind = 'validation' | 'api' | 'auth' | 'http' | 'network' | 'timeout' | 'aborted' | 'decode' | 'signature';

/** One broken constraint of a validation error. */
export interface Issue {
  /** Dotted path of the field, e.g. `robotCallJob.dailyStartTime` or `customerPersons[2].phoneNumber`. */
  field: string;
  /** What is wrong with it. */
  message: string;
}

/** Per-call options (the last argument of every method). */
export interface CallOptions {
  /** Aborts the call; it then rejects with `kind: 'aborted'`. */
  signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for this call (0 = no timeout). */
  timeoutMs?: number;
}

/** Where a result came from: attached as a non-enumerable `lastResponse` property to object results. */
export interface LastResponse {
  requestId: string | null;
  status: number;
}

/** A WHATWG `fetch`-compatible function. */
export type FetchLike = (input: string, init: { method: string; headers: Record<string, string>; body?: string; signal: AbortSignal }) => Promise<Response>;

/** Options of `new YiwiseClient(...)`. */
export interface YiwiseClientOptions {
  /** e.g. `https://openapi.tanyibot.com` or the simulator's `http://127.0.0.1:8080`. */
  baseUrl: string;
  appKey: string;
  /** Used only to compute signatures; never sent, logged or serialized. Keep it on a server in production. */
  appSecret: string;
  /** The company signature (公司签名). */
  tenantSign: string;
  /** API version, default `v1`. */
  version?: string;
  /** A `fetch` to use instead of the global one (proxies, tests). */
  fetch?: FetchLike;
  /** Timeout of each call in ms (default 30000; 0 = none). */
  timeoutMs?: number;
}

/** Input of `yiwiseSignature`. */
export interface YiwiseSignatureInput {
  appKey: string;
  appSecret: string;
  tenantSign: string;
  /** Default `v1`. */
  version?: string;
  /** Milliseconds since the epoch, as a number or digits. */
  timestamp: number | string;
}
"#;

#[wasm_bindgen(typescript_custom_section)]
const TS_ENUM_NAMES: &'static str = "/** Names accepted by `yiwiseLabel` and `yiwiseEnumValues`. */\nexport type YiwiseEnumName = 'PhoneType' | 'JobMode' | 'JobStatus' | 'DialStatus' | 'RedialCondition' | 'IntentLevel' | 'Industry' | 'SubIndustry' | 'CallOutIndustry' | 'WechatSendMethod' | 'HangUpType' | 'HangupBy' | 'CallbackDataType' | 'SpeakerType' | 'JobOperation' | 'FollowStatus' | 'RobotCallTaskStatus' | 'CallInCostType' | 'DialogFlowStatus' | 'DialogFlowType' | 'DispatchType' | 'CallInBillMode' | 'LocationDisplayType' | 'ReadStatus' | 'ChatRoundBucket' | 'ChatDurationBucket';";

macro_rules! enum_ts {
    ($($name:ident),+ $(,)?) => {
        $(
            #[wasm_bindgen(typescript_custom_section)]
            const _: &'static str = $name::TS_DECL;
        )+
    };
}

enum_ts!(
    PhoneType,
    JobMode,
    JobStatus,
    DialStatus,
    RedialCondition,
    IntentLevel,
    Industry,
    SubIndustry,
    CallOutIndustry,
    WechatSendMethod,
    HangUpType,
    HangupBy,
    CallbackDataType,
    SpeakerType,
    JobOperation,
    FollowStatus,
    RobotCallTaskStatus,
    CallInCostType,
    DialogFlowStatus,
    DialogFlowType,
    DispatchType,
    CallInBillMode,
    LocationDisplayType,
    ReadStatus,
    ChatRoundBucket,
    ChatDurationBucket,
);
