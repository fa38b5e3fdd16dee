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

/**
 * Per-call options (the last argument of every method; the only one of a method without params,
 * e.g. `yw.tenant.getTenant({ signal })`).
 */
export interface CallOptions {
  /** Aborts the call (including its retries and the waits between them); it then rejects with `kind: 'aborted'`. */
  signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for this call: the time for the whole call, retries included (0 = no timeout). */
  timeoutMs?: number;
  /** Overrides the client's `maxRetries` for this call (0 to 10). Only reads are ever retried. */
  maxRetries?: number;
  /**
   * Extra request headers for this call, e.g. `{ 'X-Request-Id': id }`. The SDK's own headers
   * (`appKey`, `version`, `timestamp`, `signature`, `authorization`, `content-type`, `accept`)
   * cannot be set this way: trying is a `validation` error naming the header.
   */
  headers?: Record<string, string>;
}

/** Options of an `…All` method: the call options of every page request, and `limit`. */
export interface PageOptions extends CallOptions {
  /** Stop after this many rows (a whole number ≥ 1). */
  limit?: number;
}

/**
 * What an `…All` method returns: an async iterable over every row, page by page (a page is
 * fetched only when the loop needs it), plus its rows as an array and its pages.
 *
 * @example
 * for await (const job of yw.job.getJobsAll({ status: 'IN_PROCESS' }, { limit: 500 })) console.log(job.name);
 * const first = await yw.job.getJobsAll().toArray({ limit: 50 });
 * for await (const page of yw.job.getJobsAll({ pageSize: 100 }).pages()) console.log(page.number, page.content.length);
 */
export interface PagedIterable<T, P> extends AsyncIterable<T> {
  /** The first `limit` rows (required, 1 to 10000, as Stripe's `autoPagingToArray`) as an array. */
  toArray(options: { limit: number }): Promise<T[]>;
  /** The pages as the API sends them (totals included), one per request. */
  pages(): AsyncIterable<P>;
}

/**
 * The HTTP response a result or an error came from: `result.lastResponse` (non-enumerable, on
 * object results), `(await call.withResponse()).response` and `error.response` (non-enumerable,
 * when the failing attempt was answered). In a browser, `headers` holds only what the server's
 * CORS headers expose.
 *
 * @example
 * const { data, response } = await yw.job.getJobs({ pageSize: 10 }).withResponse();
 * console.log(response.status, response.requestId, response.headers.get('content-type'));
 */
export interface ResponseInfo {
  /** The HTTP status. */
  status: number;
  /** The response's headers. */
  headers: Headers;
  /** The platform's request id (Yiwise's `requestId`); `null` when it sent none (Rongzi never does). */
  requestId: string | null;
  /** The URL requested (its query included, for a GET). */
  url: string;
}

/** The `lastResponse` of a result: a {@link ResponseInfo}. */
export type LastResponse = ResponseInfo;

/**
 * What every call returns: a `Promise` of the result, plus `withResponse()` for the HTTP
 * response it came from (the Stainless SDKs' `APIPromise`).
 *
 * @example
 * const tenant = await yw.tenant.getTenant();
 * const { data, response } = await yw.tenant.getTenant().withResponse();
 * console.log(data.tenantName, response.status, response.headers.get('content-type'));
 */
export interface APIPromise<T> extends Promise<T> {
  /** Resolves the result with its {@link ResponseInfo}; rejects as the call does. */
  withResponse(): Promise<{ data: T; response: ResponseInfo }>;
}

/** A WHATWG `fetch`-compatible function. */
export type FetchLike = (input: string, init: { method: string; headers: Record<string, string>; body?: string; signal: AbortSignal }) => Promise<Response>;

/** Options both clients take: transport, timeouts and retries. */
export interface ClientTransportOptions {
  /** A `fetch` to use instead of the global one (proxies, tests). */
  fetch?: FetchLike;
  /** Time for a whole call in ms, retries and waits included (default 30000; 0 = none); then `kind: 'timeout'`. */
  timeoutMs?: number;
  /**
   * Retries of a read after a network error, HTTP 429 or 5xx (default 2; 0 = off; at most 10).
   * Mutations (create, start, import, delete, login …) are never retried.
   */
  maxRetries?: number;
  /** Base of the exponential backoff in ms (default 300). Meant for tests (0 = retry at once). */
  retryBaseMs?: number;
  /**
   * How much the client logs (default `'warn'`: the SDK's own warnings, such as a deprecated
   * endpoint). `'info'` adds retries, `'debug'` one line per attempt (method, endpoint, status,
   * requestId, attempt, elapsed ms). Never a secret, token, password or body.
   */
  logLevel?: 'off' | 'error' | 'warn' | 'info' | 'debug';
  /** Where lines go (default `console`): anything with `debug`, `info`, `warn` and `error`. */
  logger?: { debug(line: string): void; info(line: string): void; warn(line: string): void; error(line: string): void };
}

/** The events of `client.on(event, listener)`. */
export type RequestEventName = 'request' | 'response' | 'retry' | 'error';

/**
 * What a request event says (no secret, header value or body).
 *
 * @example
 * yw.on('retry', (e) => console.warn(`${e.method} ${e.endpoint}: retry ${e.attempt} in ${e.waitMs} ms (${e.error?.kind})`));
 */
export interface RequestEvent {
  event: RequestEventName;
  method: string;
  /** The endpoint as in the URL, e.g. `tenant/getTenant`. */
  endpoint: string;
  url: string;
  /** 1 for the first attempt. */
  attempt: number;
  /** The HTTP status, once there was an answer. */
  status: number | null;
  /** The platform's request id, when it sent one. */
  requestId: string | null;
  /** Milliseconds the attempt took (`response`). */
  elapsedMs: number | null;
  /** The wait before the next attempt (`retry`). */
  waitMs?: number;
  /** Why the attempt or the call failed (`retry`, `error`). */
  error?: { kind: ErrorKind; message: string };
}

/** Options shared by both ways of signing Yiwise requests. */
export interface YiwiseClientCommonOptions extends ClientTransportOptions {
  /** e.g. `https://openapi.tanyibot.com` or the simulator's `http://127.0.0.1:8080`. */
  baseUrl: string;
  appKey: string;
  /** API version, default `v1`. */
  version?: string;
  /** Added to `Date.now()` for the `timestamp` header (ms; negative when this clock is ahead). */
  clockOffsetMs?: number;
  /**
   * Where the knowledge-base endpoints (`knowledge.*`) go: `{knowledgeBaseUrl}/apiOpen/knowledge/…`.
   * Default: their documented host `https://brain.yiwise.com` when `baseUrl` is
   * `https://openapi.tanyibot.com`, otherwise `baseUrl` itself (a simulator or a proxy serves both).
   */
  knowledgeBaseUrl?: string;
}

/** Signing in this process with the appSecret (servers, the simulator). */
export interface YiwiseLocalSigningOptions extends YiwiseClientCommonOptions {
  /** Used only to compute signatures; never sent, logged or serialized. Keep it on a server in production. */
  appSecret: string;
  /** The company signature (公司签名). */
  tenantSign: string;
  signer?: undefined;
  viaProxy?: false;
}

/** Remote signing: a `signer` (e.g. your backend) signs; no appSecret here at all. */
export interface YiwiseRemoteSigningOptions extends Omit<YiwiseClientCommonOptions, 'appKey'> {
  /** Optional: the signer's answer carries the appKey; when given, the answer must match it. */
  appKey?: string;
  /** Returns the four signed headers for each request (each attempt of a retried read asks again). */
  signer: YiwiseSigner;
  appSecret?: undefined;
  /** Not needed with a signer (ignored). */
  tenantSign?: string;
  viaProxy?: false;
}

/**
 * Through a signing proxy (`createYiwiseProxy` from `yiwise-rongzi/server`, or your own): requests go
 * out unsigned, and the proxy, which holds the credentials, signs them.
 *
 * @example
 * const yw = new YiwiseClient({ baseUrl: 'https://app.example.com/yiwise', viaProxy: true });
 */
export interface YiwiseViaProxyOptions extends Omit<YiwiseClientCommonOptions, 'appKey'> {
  viaProxy: true;
  appKey?: undefined;
  appSecret?: undefined;
  tenantSign?: undefined;
  signer?: undefined;
}

/** Options of `new YiwiseClient(...)`: an appSecret, a `signer`, or `viaProxy: true`. */
export type YiwiseClientOptions = YiwiseLocalSigningOptions | YiwiseRemoteSigningOptions | YiwiseViaProxyOptions;

/** What a `signer` is asked to sign. */
export interface YiwiseSignRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** e.g. `job/getJobs` (the signature does not depend on it; a backend may use it to allow only some endpoints). */
  path: string;
  /** The client's `Date.now() + clockOffsetMs`. */
  timestamp: number;
}

/** The four headers of a signed Yiwise request. */
export interface YiwiseSignedHeaders {
  appKey: string;
  version: string;
  /** Milliseconds since the epoch, as digits. */
  timestamp: string;
  /** Lowercase hex SHA-256. */
  signature: string;
}

/** Signs a request: `createYiwiseSigner(...)` on a server, or a call to your backend. */
export type YiwiseSigner = (request: YiwiseSignRequest) => Promise<YiwiseSignedHeaders> | YiwiseSignedHeaders;

/** Options of `createYiwiseSigner`. */
export interface YiwiseSignerOptions {
  appKey: string;
  appSecret: string;
  tenantSign: string;
  /** Default `v1`. */
  version?: string;
  /** Added to this server's `Date.now()` (ms). */
  clockOffsetMs?: number;
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

/// Each enum's TypeScript union, and `YiwiseEnumName`: from the one list of
/// the enums ([`crate::for_each_yiwise_enum`]).
macro_rules! enum_ts {
    ($first:ident $(, $name:ident)* $(,)?) => {
        #[wasm_bindgen(typescript_custom_section)]
        const _: &'static str = $first::TS_DECL;
        $(
            #[wasm_bindgen(typescript_custom_section)]
            const _: &'static str = $name::TS_DECL;
        )*
        #[wasm_bindgen(typescript_custom_section)]
        const TS_ENUM_NAMES: &'static str = concat!(
            "/** Names accepted by `yiwiseLabel` and `yiwiseEnumValues`. */\nexport type YiwiseEnumName = '",
            stringify!($first), "'", $(" | '", stringify!($name), "'",)* ";"
        );
    };
}

crate::for_each_yiwise_enum!(enum_ts);
