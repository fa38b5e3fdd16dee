// Types of `yiwise-rongzi/server`: the callback receiver, the signing proxies and the node:http adapter.
// Every handler is a WHATWG `(request: Request) => Promise<Response>`.
import type {
  YiwiseCallback, YiwiseCallRecordCallback, YiwiseJobCallback, YiwiseSmsCallback,
} from '../index.js';

/** A WHATWG request handler, as Deno.serve, Bun.serve, workerd and Next.js route handlers take. */
export type FetchHandler = (request: Request) => Promise<Response>;

/** What each callback handler gets besides the callback's `data`. */
export interface YiwiseCallbackContext {
  /** `ROBOT_CALL_RECORD`, `ROBOT_CALL_JOB`, `ROBOT_CALL_SMS` or a type this SDK does not know. */
  dataType: string;
  /** Whether the callback came encrypted (a token and encodingAesKey are configured). */
  encrypted: boolean;
  /** The key repeats are recognised by (see `YiwiseCallback.dedupeKey`). */
  dedupeKey: string;
  /** When this delivery arrived. */
  receivedAt: Date;
  /** The request's headers. */
  headers: Headers;
}

/** What `onError` gets besides the error: the context so far and the status the sender was given. */
export interface YiwiseCallbackErrorContext extends Omit<YiwiseCallbackContext, 'dataType' | 'dedupeKey'> {
  dataType: string | null;
  dedupeKey: string | null;
  status: number;
}

/** Where a receiver remembers the deliveries it handled (e.g. Redis `SET key 1 EX ttl` / `EXISTS key`). */
export interface YiwiseDedupeStore {
  has(key: string): boolean | Promise<boolean>;
  add(key: string, ttlSeconds: number): void | Promise<void>;
}

/** Options of `createYiwiseCallbackHandler`. Give `token` and `encodingAesKey` for encrypted callbacks, neither for plain JSON. */
export interface YiwiseCallbackHandlerOptions {
  /** The callback token (encrypted callbacks; never shown). */
  token?: string;
  /** 43 characters of base64 (encrypted callbacks; never shown). */
  encodingAesKey?: string;
  /** The receiver id messages must carry (default `""`, as in the vendor's demo). */
  receiveId?: string;
  /** How far (seconds) a request's `timestamp` may be from now, the GET URL check included (default 300; 0 = off). */
  toleranceSeconds?: number;
  /** A finished call. */
  onCallRecord?: (record: YiwiseCallRecordCallback, ctx: YiwiseCallbackContext) => unknown | Promise<unknown>;
  /** A task reached a state (the docs: completed). */
  onJob?: (job: YiwiseJobCallback, ctx: YiwiseCallbackContext) => unknown | Promise<unknown>;
  /** The SMS a finished call should trigger. */
  onSms?: (sms: YiwiseSmsCallback, ctx: YiwiseCallbackContext) => unknown | Promise<unknown>;
  /** A `dataType` this SDK does not know: the whole parsed callback. */
  onUnknown?: (callback: YiwiseCallback, ctx: YiwiseCallbackContext) => unknown | Promise<unknown>;
  /** Every delivery not answered `success` (a rejection, a handler that threw), for your logs. Never shown to the sender. */
  onError?: (error: unknown, ctx: YiwiseCallbackErrorContext) => void;
  /** Repeats within `ttlSeconds` (default 86400) are acknowledged without calling a handler again; `false` turns this off. */
  dedupe?: false | { ttlSeconds?: number; store?: YiwiseDedupeStore };
  /** The largest callback accepted, in bytes (default 1 MiB; an encrypted body may be ~1.4× that); larger → 413. */
  maxBodyBytes?: number;
}

/** CORS and cross-site settings of a proxy. */
export interface ProxyCorsOptions {
  /** Origins whose pages may call the proxy, e.g. `['https://crm.example.com']`. The proxy's own origin is always allowed. */
  origins?: string[];
  /** Request headers a preflight allows (default `content-type, accept, x-csrf-token`). */
  allowHeaders?: string[];
  /** Allow cookies from the listed origins (default true). */
  credentials?: boolean;
  /** How long a browser may cache a preflight (default 600 s). */
  maxAgeSeconds?: number;
}

/** Options both proxies take. */
export interface ProxyCommonOptions {
  /** The platform's base URL. */
  baseUrl: string;
  /** Endpoints forwarded (`'job/getJobs'`), or a function deciding per request. Anything else → 403. */
  allow: string[] | ((path: string, request: Request) => boolean | Promise<boolean>);
  /** Your session check (the user, and the user's right to this endpoint); anything but `true` → 401. Required. */
  authorize: (request: Request) => boolean | Promise<boolean>;
  cors?: ProxyCorsOptions;
  /** A WHATWG `fetch` to reach the platform with (default the global one). */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
  /** Time for the platform to answer, in ms (default 30000; 0 = none); then 504. */
  timeoutMs?: number;
  /** The largest request body forwarded, in bytes (default 1 MiB); larger → 413. */
  maxBodyBytes?: number;
}

/** Options of `createYiwiseProxy`: the credentials stay here, on the server. */
export interface YiwiseProxyOptions extends ProxyCommonOptions {
  appKey: string;
  /** Used only to sign; never in a response, header or log line. */
  appSecret: string;
  tenantSign: string;
  /** API version (default `v1`): the proxy serves `…/apiOpen/{version}/…`. */
  version?: string;
  /** Added to `Date.now()` for the `timestamp` header. */
  clockOffsetMs?: number;
  /**
   * Where `…/apiOpen/knowledge/…` requests go (the knowledge-base endpoints' own host). Default:
   * `https://brain.yiwise.com` when `baseUrl` is `https://openapi.tanyibot.com`, otherwise `baseUrl`.
   */
  knowledgeBaseUrl?: string;
}

/** Options of `createRongziProxy`. The user's own bearer token passes through. */
export type RongziProxyOptions = ProxyCommonOptions;

/**
 * A receiver for the callbacks the Yiwise platform sends: the GET URL check, encrypted XML
 * (either encoding the platform uses) or plain JSON. Answers `success` only after the handler's
 * promise resolves; a handler that throws gets a 500, so the platform retries.
 *
 * @example
 * const callbacks = createYiwiseCallbackHandler({
 *   token, encodingAesKey,
 *   onCallRecord: async (record) => { await db.saveCall(record.callRecordId, record); },
 * });
 * http.createServer(toNodeListener(callbacks)).listen(8080);
 */
export function createYiwiseCallbackHandler(options: YiwiseCallbackHandlerOptions): FetchHandler;

/**
 * A signing proxy, so a browser can call the Yiwise OpenAPI without the appSecret:
 * `new YiwiseClient({ baseUrl: 'https://app.example.com/yiwise', viaProxy: true })`.
 *
 * @example
 * const proxy = createYiwiseProxy({
 *   baseUrl: 'https://openapi.tanyibot.com', appKey, appSecret, tenantSign,
 *   allow: ['tenant/getTenant', 'job/getJobs'],
 *   authorize: async (request) => isLoggedIn(request),
 *   cors: { origins: ['https://crm.example.com'] },
 * });
 * app.all('/yiwise/*', toNodeListener(proxy));
 */
export function createYiwiseProxy(options: YiwiseProxyOptions): FetchHandler;

/**
 * A proxy for the Rongzi Assistant API (the user's `Authorization: Bearer …` passes through).
 *
 * @example
 * const rongzi = createRongziProxy({ baseUrl, allow: ['account/login', 'customer/list'], authorize: async () => true });
 */
export function createRongziProxy(options: RongziProxyOptions): FetchHandler;

/**
 * Mounts a handler on node:http or Express (before any body parser).
 *
 * @example
 * http.createServer(toNodeListener(callbacks)).listen(8080);
 */
export function toNodeListener(handler: FetchHandler): (req: unknown, res: unknown) => void;
