/**
 * The server kit (`yiwise-rongzi/server`): a receiver for the callbacks the Yiwise platform POSTs,
 * and signing proxies so a browser can call either API without holding a secret. Each is a WHATWG
 * handler, `(request: Request) => Promise<Response>`, for Deno, Bun, workerd, Next.js route
 * handlers or Hono; `toNodeListener` mounts one on node:http or Express.
 *
 * The facts come from the wasm core (the endpoint tables, signing, callback crypto, callback types
 * and dedupe keys); this file is the HTTP around them. It has no imports: the entries pass the
 * package's API in (`createServerKit(api)`), and scripts/build derives the CommonJS copy from it.
 */
export function createServerKit(api) {
  const { YiwiseCallbackCrypto, parseYiwiseCallback, createYiwiseSigner, YiwiseRongziError } = api;
  const ACK = api.YIWISE_CALLBACK_ACK;
  const TABLE = api.__endpointTable();
  const MB = 1024 * 1024;

  // ---- shared pieces ----

  /** A validation error naming every bad option, like the clients' constructors. */
  function optionsError(who, issues) {
    const e = new YiwiseRongziError(`${who}: ${issues.map((i) => `${i.field} ${i.message}`).join('; ')}`);
    e.kind = 'validation';
    e.endpoint = who;
    e.field = issues[0].field;
    e.issues = issues;
    return e;
  }

  function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  }

  function checkFunction(options, key, issues, required = false) {
    const v = options[key];
    if (v === undefined || v === null) {
      if (required) issues.push({ field: key, message: 'is required' });
      return undefined;
    }
    if (typeof v !== 'function') issues.push({ field: key, message: 'must be a function' });
    return v;
  }

  /** An http(s) URL option without its trailing slashes (`undefined` when absent, with `required` an issue). */
  function checkHttpUrl(options, key, issues, required) {
    const v = options[key];
    if (v === undefined && !required) return undefined;
    if (typeof v !== 'string') {
      issues.push({ field: key, message: required ?? 'must be an http(s) URL' });
      return undefined;
    }
    try {
      const u = new URL(v);
      if (u.protocol === 'https:' || u.protocol === 'http:') return u.href.replace(/\/+$/, '');
    } catch {
      // Reported below.
    }
    issues.push({ field: key, message: 'must be an http(s) URL' });
    return undefined;
  }

  function checkWhole(options, key, issues, { def, min = 0, max = 2 ** 31 - 1 }) {
    const v = options[key];
    if (v === undefined || v === null) return def;
    if (!Number.isSafeInteger(v) || v < min || v > max) {
      issues.push({ field: key, message: `must be a whole number from ${min} to ${max}` });
      return def;
    }
    return v;
  }

  /** Reads at most `limit` bytes of `request`'s body: the bytes, or null when it is larger. */
  async function readCapped(request, limit) {
    const declared = Number(request.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > limit) {
      await request.body?.cancel().catch(() => {});
      return null;
    }
    if (!request.body) return new Uint8Array(0);
    const reader = request.body.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        return null;
      }
      chunks.push(value);
    }
    const out = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.byteLength;
    }
    return out;
  }

  function text(status, body, headers = {}) {
    return new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers } });
  }

  function requestId() {
    const c = globalThis.crypto;
    return `proxy-${c && typeof c.randomUUID === 'function' ? c.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`}`;
  }

  // ---- the callback receiver ----

  /** In-memory dedupe store: keys with an expiry, swept as it grows. */
  function memoryStore() {
    const seen = new Map();
    return {
      has(key) {
        const until = seen.get(key);
        if (until === undefined) return false;
        if (until > Date.now()) return true;
        seen.delete(key);
        return false;
      },
      add(key, ttlSeconds) {
        if (seen.size >= 10_000) {
          const now = Date.now();
          for (const [k, until] of seen) if (until <= now) seen.delete(k);
          // Still full of live keys: forget the oldest (Map keeps insertion order).
          for (const k of seen.keys()) {
            if (seen.size < 10_000) break;
            seen.delete(k);
          }
        }
        seen.set(key, Date.now() + ttlSeconds * 1000);
      },
    };
  }

  const HANDLER_OF = { ROBOT_CALL_RECORD: 'onCallRecord', ROBOT_CALL_JOB: 'onJob', ROBOT_CALL_SMS: 'onSms' };

  /**
   * A receiver for Yiwise callbacks: `(request: Request) => Promise<Response>`.
   *
   * @example
   * const callbacks = createYiwiseCallbackHandler({
   *   token, encodingAesKey,                       // omit both for plain JSON callbacks
   *   onCallRecord: async (record, ctx) => { await db.saveCall(record.callRecordId, record) },
   *   onJob: async (job) => { await db.markDone(job.robotCallJobId) },
   * });
   * Deno.serve(callbacks);                         // or http.createServer(toNodeListener(callbacks))
   */
  function createYiwiseCallbackHandler(options) {
    const WHO = 'yiwise createYiwiseCallbackHandler';
    if (!isPlainObject(options)) throw optionsError(WHO, [{ field: 'options', message: 'must be an object' }]);
    const issues = [];
    const handlers = {};
    for (const key of ['onCallRecord', 'onJob', 'onSms', 'onUnknown']) handlers[key] = checkFunction(options, key, issues);
    const onError = checkFunction(options, 'onError', issues);
    const maxBodyBytes = checkWhole(options, 'maxBodyBytes', issues, { def: MB, min: 1, max: 2 * MB });
    const toleranceSeconds = checkWhole(options, 'toleranceSeconds', issues, { def: 300, max: 86400 * 366 });
    let dedupe = { ttlSeconds: 86400, store: null };
    if (options.dedupe === false) dedupe = null;
    else if (options.dedupe !== undefined) {
      if (!isPlainObject(options.dedupe)) issues.push({ field: 'dedupe', message: 'must be false or { ttlSeconds?, store? }' });
      else {
        dedupe.ttlSeconds = checkWhole(options.dedupe, 'ttlSeconds', issues, { def: 86400, min: 1, max: 86400 * 366 });
        const store = options.dedupe.store;
        if (store !== undefined && !(store && typeof store.has === 'function' && typeof store.add === 'function')) {
          issues.push({ field: 'dedupe.store', message: 'must have has(key) and add(key, ttlSeconds) (either may be async)' });
        } else dedupe.store = store ?? null;
      }
    }
    const encrypted = options.token !== undefined || options.encodingAesKey !== undefined;
    if (encrypted && (options.token === undefined || options.encodingAesKey === undefined)) {
      issues.push({ field: options.token === undefined ? 'token' : 'encodingAesKey', message: 'is required with the other (encrypted callbacks need both; omit both for plain JSON)' });
    }
    if (issues.length) throw optionsError(WHO, issues);
    const crypto = encrypted
      ? new YiwiseCallbackCrypto({ token: options.token, encodingAesKey: options.encodingAesKey, receiveId: options.receiveId ?? '', toleranceSeconds })
      : null;
    if (dedupe && !dedupe.store) dedupe.store = memoryStore();
    /** Deliveries being handled now, by dedupe key: a repeat that arrives meanwhile shares the outcome. */
    const inFlight = new Map();

    const reject = (status, reason, ctx, error) => {
      report(error ?? Object.assign(new YiwiseRongziError(`${WHO}: ${reason}`), { kind: status === 401 ? 'signature' : 'validation' }), { ...ctx, status });
      return text(status, reason, status === 405 ? { allow: crypto ? 'GET, POST' : 'POST' } : {});
    };
    const report = (err, ctx) => {
      if (!onError) return;
      try {
        const r = onError(err, ctx);
        if (r && typeof r.catch === 'function') r.catch(() => {});
      } catch {
        // A failing onError must not change the answer.
      }
    };
    /** A crypto/parse error → the status and reason the sender sees (no detail of the key or plaintext). */
    const refusal = (e) => {
      if (e && e.kind === 'signature') {
        if (e.field === 'timestamp') return [401, 'stale or bad timestamp'];
        if (e.field === 'receiveId') return [401, 'wrong receiveId'];
        return [401, 'bad signature'];
      }
      if (e && e.kind === 'validation' && e.field === 'body') return [413, 'body too large'];
      return [400, 'malformed callback'];
    };

    async function deliver(plaintext, ctx) {
      let cb;
      try {
        cb = parseYiwiseCallback(plaintext);
      } catch (e) {
        const [status, reason] = refusal(e);
        return reject(status, reason, ctx, e);
      }
      ctx.dataType = cb.dataType;
      ctx.dedupeKey = cb.dedupeKey;
      const key = cb.dedupeKey;
      if (dedupe && inFlight.has(key)) return answer(await inFlight.get(key));
      // Registered before its first await, so a repeat arriving meanwhile waits for this one.
      const run = (async () => {
        if (dedupe) {
          try {
            if (await dedupe.store.has(key)) return 'seen';
          } catch (e) {
            report(e, { ...ctx, status: 500 });
            return 'store failed';
          }
        }
        const fn = handlers[cb.known ? HANDLER_OF[cb.dataType] : 'onUnknown'];
        try {
          if (fn) await (cb.known ? fn(cb.data, ctx) : fn(cb, ctx));
        } catch (e) {
          report(e, { ...ctx, status: 500 });
          return 'handler failed';
        }
        if (dedupe) {
          try {
            await dedupe.store.add(key, dedupe.ttlSeconds);
          } catch (e) {
            // Handled, but not remembered: a repeat would run the handler again. Still success.
            report(e, { ...ctx, status: 200 });
          }
        }
        return 'handled';
      })();
      if (!dedupe) return answer(await run);
      inFlight.set(key, run);
      try {
        return answer(await run);
      } finally {
        inFlight.delete(key);
      }
    }

    /** The answer to an outcome of `deliver`: `success` once handled (or seen before), else 500. */
    function answer(outcome) {
      return outcome === 'handled' || outcome === 'seen' ? text(200, ACK) : text(500, outcome);
    }

    return async function yiwiseCallbackHandler(request) {
      const ctx = { dataType: null, encrypted: Boolean(crypto), dedupeKey: null, receivedAt: new Date(), headers: request.headers };
      try {
        const url = new URL(request.url);
        const q = url.searchParams;
        if (request.method === 'GET' || request.method === 'HEAD') {
          if (!crypto) return reject(405, 'method not allowed', ctx);
          const input = { msgSignature: q.get('msg_signature'), timestamp: q.get('timestamp'), nonce: q.get('nonce'), echostr: q.get('echostr') };
          if (Object.values(input).some((v) => v === null)) return reject(400, 'missing msg_signature, timestamp, nonce or echostr', ctx);
          let echo;
          try {
            echo = crypto.verifyUrl(input);
          } catch (e) {
            const [status, reason] = refusal(e);
            return reject(status, reason, ctx, e);
          }
          return text(200, echo);
        }
        if (request.method !== 'POST') return reject(405, 'method not allowed', ctx);
        // The encrypted body is base64 inside XML: ~4/3 of the plaintext plus the envelope.
        const limit = crypto ? Math.ceil(maxBodyBytes * 1.4) + 1024 : maxBodyBytes;
        const body = await readCapped(request, limit);
        if (body === null) return reject(413, 'body too large', ctx);
        let plaintext;
        if (crypto) {
          const input = { msgSignature: q.get('msg_signature'), timestamp: q.get('timestamp'), nonce: q.get('nonce'), body };
          if (input.msgSignature === null || input.timestamp === null || input.nonce === null) {
            return reject(401, 'unsigned: msg_signature, timestamp and nonce are required', ctx);
          }
          try {
            plaintext = crypto.decryptMsg(input);
          } catch (e) {
            const [status, reason] = refusal(e);
            return reject(status, reason, ctx, e);
          }
        } else {
          try {
            plaintext = new TextDecoder('utf-8', { fatal: true }).decode(body);
          } catch (e) {
            return reject(400, 'malformed callback', ctx, e);
          }
        }
        return await deliver(plaintext, ctx);
      } catch (e) {
        report(e, { ...ctx, status: 500 });
        return text(500, 'receiver failed');
      }
    };
  }

  // ---- the signing proxies ----

  /** CORS and cross-site checks shared by both proxies (see docs/production.md). */
  function corsPolicy(options, issues) {
    const cors = options.cors ?? {};
    if (!isPlainObject(cors)) {
      issues.push({ field: 'cors', message: 'must be an object { origins, allowHeaders?, credentials?, maxAgeSeconds? }' });
      return null;
    }
    const origins = new Set();
    for (const [i, o] of (cors.origins ?? []).entries()) {
      let ok = false;
      try {
        ok = typeof o === 'string' && new URL(o).origin === o;
      } catch {
        ok = false;
      }
      if (ok) origins.add(o);
      else issues.push({ field: `cors.origins[${i}]`, message: 'must be an origin such as https://crm.example.com (scheme, host and port; no path or trailing slash)' });
    }
    if (cors.origins !== undefined && !Array.isArray(cors.origins)) issues.push({ field: 'cors.origins', message: 'must be an array of origins' });
    const allowHeaders = cors.allowHeaders ?? ['content-type', 'accept', 'x-csrf-token'];
    if (!Array.isArray(allowHeaders) || !allowHeaders.every((h) => typeof h === 'string' && /^[A-Za-z0-9-]+$/.test(h))) {
      issues.push({ field: 'cors.allowHeaders', message: 'must be an array of header names' });
    }
    const credentials = cors.credentials ?? true;
    if (typeof credentials !== 'boolean') issues.push({ field: 'cors.credentials', message: 'must be true or false' });
    const maxAge = checkWhole(cors, 'maxAgeSeconds', issues, { def: 600, max: 86400 });
    return { origins, allowHeaders: Array.isArray(allowHeaders) ? allowHeaders.join(', ') : '', credentials, maxAge };
  }

  /**
   * The cross-site verdict for `request`: `{ origin, allowed }`. A request may come from a listed
   * origin or from the proxy's own origin; a request with no `Origin` passes unless the browser
   * marks it cross-site (`Sec-Fetch-Site`).
   */
  function crossSite(policy, request, url) {
    const origin = request.headers.get('origin');
    const site = request.headers.get('sec-fetch-site');
    if (origin === null) return { origin: null, allowed: site !== 'cross-site' };
    const listed = policy.origins.has(origin);
    const own = origin === url.origin;
    return { origin, listed, allowed: listed || (own && site !== 'cross-site') };
  }

  function corsHeaders(policy, origin) {
    if (!origin || !policy.origins.has(origin)) return {};
    const h = { 'access-control-allow-origin': origin, vary: 'Origin', 'access-control-expose-headers': 'content-type' };
    if (policy.credentials) h['access-control-allow-credentials'] = 'true';
    return h;
  }

  function isJson(contentType) {
    if (!contentType) return false;
    const type = contentType.split(';')[0].trim().toLowerCase();
    return type === 'application/json';
  }

  /**
   * The proxy both APIs share; `api` says how to address, envelope and authenticate.
   * `api.route(url)` → `{ endpoint }` or null; `api.envelope(code, message)`; `api.upstream(endpoint, search)`;
   * `api.headers(request, method, endpoint)` → the headers to send (may be async).
   */
  function createProxy(who, options, issues, apiOf) {
    const allowOpt = options.allow;
    let allow = null;
    const table = new Map(TABLE[apiOf.name].map(([path, method]) => [path, method]));
    if (typeof allowOpt === 'function') allow = allowOpt;
    else if (Array.isArray(allowOpt)) {
      const set = new Set();
      for (const [i, p] of allowOpt.entries()) {
        if (typeof p === 'string' && table.has(p)) set.add(p);
        else issues.push({ field: `allow[${i}]`, message: `must be an endpoint of the ${apiOf.title} table, such as ${apiOf.example} (got ${JSON.stringify(String(p)).slice(0, 60)})` });
      }
      allow = (path) => set.has(path);
    } else issues.push({ field: 'allow', message: `is required: an array of endpoints (${apiOf.example}) or a function (path, request) => boolean` });
    const authorize = checkFunction(options, 'authorize', issues, true);
    const policy = corsPolicy(options, issues);
    const fetchFn = checkFunction(options, 'fetch', issues);
    const timeoutMs = checkWhole(options, 'timeoutMs', issues, { def: 30000 });
    const maxBodyBytes = checkWhole(options, 'maxBodyBytes', issues, { def: MB, min: 1, max: 16 * MB });
    const base = checkHttpUrl(options, 'baseUrl', issues, 'is required: the platform\'s base URL') ?? '';
    if (issues.length) throw optionsError(who, issues);

    const refuse = (status, code, message, origin, extra = {}) => new Response(JSON.stringify(apiOf.envelope(code, message)), {
      status,
      headers: { 'content-type': 'application/json;charset=UTF-8', 'cache-control': 'no-store', ...corsHeaders(policy, origin), ...extra },
    });

    return async function proxy(request) {
      let origin = null;
      try {
        const url = new URL(request.url);
        const site = crossSite(policy, request, url);
        origin = site.origin;
        const route = apiOf.route(url);
        if (request.method === 'OPTIONS') {
          // A preflight: only listed origins, only for endpoints the table has.
          if (!site.listed) return refuse(403, 403, 'origin not allowed', null);
          const method = route && table.get(route.endpoint);
          if (!method) return refuse(404, 404, '资源未找到 (not an endpoint of this proxy)', origin);
          return new Response(null, {
            status: 204,
            headers: {
              ...corsHeaders(policy, origin),
              'access-control-allow-methods': method,
              'access-control-allow-headers': policy.allowHeaders,
              'access-control-max-age': String(policy.maxAge),
            },
          });
        }
        if (!site.allowed) return refuse(403, 403, 'cross-site request refused: origin not allowed', null);
        if (!route) return refuse(404, 404, `资源未找到 (${apiOf.pathHint})`, origin);
        const method = table.get(route.endpoint);
        if (!method) return refuse(404, 404, `资源未找到 (${route.endpoint} is not in the endpoint table)`, origin);
        if (!(await allow(route.endpoint, request))) return refuse(403, 403, `权限不足 (${route.endpoint} is not allowed through this proxy)`, origin);
        if (request.method !== method) return refuse(405, 405, `${route.endpoint} takes ${method}, not ${request.method}`, origin, { allow: method });
        const hasBody = method !== 'GET';
        if (hasBody && !isJson(request.headers.get('content-type'))) {
          return refuse(415, 415, 'Content-Type must be application/json', origin);
        }
        let authorized = false;
        try {
          authorized = (await authorize(request)) === true;
        } catch {
          return refuse(500, 500, 'the proxy could not check this request', origin);
        }
        if (!authorized) return refuse(401, 401, 'not authorized by this proxy', origin);
        let body;
        if (hasBody) {
          body = await readCapped(request, maxBodyBytes);
          if (body === null) return refuse(413, 413, `body over ${maxBodyBytes} bytes`, origin);
        }
        const headers = await apiOf.headers(request, method, route.endpoint);
        if (hasBody) headers['content-type'] = 'application/json';
        headers.accept = 'application/json';
        const signal = timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined;
        let upstream;
        try {
          upstream = await (fetchFn ?? globalThis.fetch)(apiOf.upstream(base, route.endpoint, url.search), { method, headers, body, signal, redirect: 'manual' });
        } catch (e) {
          const timedOut = e && (e.name === 'TimeoutError' || e.name === 'AbortError');
          return text(timedOut ? 504 : 502, timedOut ? 'Gateway Timeout: the platform did not answer in time' : 'Bad Gateway: the platform could not be reached', corsHeaders(policy, origin));
        }
        const answer = await upstream.arrayBuffer();
        return new Response(answer, {
          status: upstream.status,
          headers: {
            'content-type': upstream.headers.get('content-type') ?? 'application/json;charset=UTF-8',
            'cache-control': 'no-store',
            ...corsHeaders(policy, origin),
          },
        });
      } catch {
        return refuse(500, 500, 'the proxy failed', origin);
      }
    };
  }

  /**
   * A signing proxy for the Yiwise OpenAPI: `(request: Request) => Promise<Response>`. Forwards
   * `…/apiOpen/{version}/{resource}/{function}` (and `…/apiOpen/{version}/chat`) for the endpoints
   * in `allow`, signed afresh; the knowledge-base endpoints, `…/apiOpen/knowledge/{function}`, go to
   * `knowledgeBaseUrl` (default: `https://brain.yiwise.com` when `baseUrl` is the production host,
   * otherwise `baseUrl`).
   *
   * @example
   * const proxy = createYiwiseProxy({
   *   baseUrl: 'https://openapi.tanyibot.com', appKey, appSecret, tenantSign,
   *   allow: ['tenant/getTenant', 'job/getJobs'],
   *   authorize: async (request) => (await session(request))?.user != null,
   *   cors: { origins: ['https://crm.example.com'] },
   * });
   * app.all('/yiwise/*', toNodeListener(proxy));
   * // browser: new YiwiseClient({ baseUrl: 'https://app.example.com/yiwise', viaProxy: true })
   */
  function createYiwiseProxy(options) {
    const WHO = 'yiwise createYiwiseProxy';
    if (!isPlainObject(options)) throw optionsError(WHO, [{ field: 'options', message: 'must be an object' }]);
    const issues = [];
    let sign = null;
    try {
      sign = createYiwiseSigner({
        appKey: options.appKey, appSecret: options.appSecret, tenantSign: options.tenantSign,
        version: options.version, clockOffsetMs: options.clockOffsetMs,
      });
    } catch (e) {
      for (const i of e.issues ?? [{ field: 'appKey', message: 'is invalid' }]) issues.push(i);
    }
    const version = options.version ?? 'v1';
    const [production, knowledgeHost] = TABLE.yiwiseHosts;
    const knowledgeBase = checkHttpUrl(options, 'knowledgeBaseUrl', issues);
    return createProxy(WHO, options, issues, {
      name: 'yiwise',
      title: 'Yiwise',
      example: "'tenant/getTenant'",
      pathHint: `expected …/apiOpen/${version}/{resource}/{function}`,
      route(url) {
        // The knowledge-base endpoints have no version segment (their docs' URLs).
        const k = /\/apiOpen\/knowledge\/([^/]+)$/.exec(url.pathname);
        if (k) return { endpoint: `knowledge/${k[1]}` };
        const m = /\/apiOpen\/([^/]+)\/([^/]+(?:\/[^/]+)?)$/.exec(url.pathname);
        return m && m[1] === version && !m[2].startsWith('knowledge/') ? { endpoint: m[2] } : null;
      },
      envelope: (code, resultMsg) => ({ code, data: null, requestId: requestId(), resultMsg, errorStackTrace: null }),
      upstream: (base, endpoint, search) => (endpoint.startsWith('knowledge/')
        ? `${knowledgeBase ?? (base === production ? knowledgeHost : base)}/apiOpen/${endpoint}${search}`
        : `${base}/apiOpen/${version}/${endpoint}${search}`),
      async headers(_request, method, endpoint) {
        const h = await sign({ method, path: endpoint, timestamp: Date.now() });
        return { appKey: h.appKey, version: h.version, timestamp: h.timestamp, signature: h.signature };
      },
    });
  }

  /**
   * A proxy for the Rongzi Assistant API, for deployments where the browser cannot reach its host.
   * The user's own `Authorization: Bearer …` passes through untouched; nothing else of the
   * request's headers (cookies included) is forwarded.
   *
   * @example
   * const rongzi = createRongziProxy({ baseUrl: process.env.RONGZI_URL, allow: ['account/login', 'customer/list'],
   *   authorize: async (request) => true, cors: { origins: ['https://crm.example.com'] } });
   */
  function createRongziProxy(options) {
    const WHO = 'rongzi createRongziProxy';
    if (!isPlainObject(options)) throw optionsError(WHO, [{ field: 'options', message: 'must be an object' }]);
    return createProxy(WHO, options, [], {
      name: 'rongzi',
      title: 'Rongzi',
      example: "'customer/list'",
      pathHint: 'expected …/api/{resource}/{function}',
      route(url) {
        const m = /\/api\/([^/]+)\/([^/]+)$/.exec(url.pathname);
        return m ? { endpoint: `${m[1]}/${m[2]}` } : null;
      },
      envelope: (code, msg) => ({ code, msg, data: null }),
      upstream: (base, endpoint, search) => `${base}/api/${endpoint}${search}`,
      headers(request) {
        const auth = request.headers.get('authorization');
        return auth === null ? {} : { authorization: auth };
      },
    });
  }

  // ---- node:http and Express ----

  /**
   * Mounts a WHATWG handler on node:http or Express: `(req, res) => void`.
   *
   * @example
   * http.createServer(toNodeListener(callbacks)).listen(8080);
   * app.all('/yiwise/*', toNodeListener(proxy));   // before any body parser
   */
  function toNodeListener(handler) {
    if (typeof handler !== 'function') {
      throw optionsError('toNodeListener', [{ field: 'handler', message: 'must be a function (request: Request) => Promise<Response>' }]);
    }
    return function nodeListener(req, res) {
      const host = req.headers.host ?? 'localhost';
      const scheme = req.socket && req.socket.encrypted ? 'https' : 'http';
      const headers = new Headers();
      for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
        try {
          headers.append(req.rawHeaders[i], req.rawHeaders[i + 1]);
        } catch {
          // A header value fetch refuses: leave it out.
        }
      }
      let body;
      let complete = false;
      const method = req.method ?? 'GET';
      if (method !== 'GET' && method !== 'HEAD') {
        if (req.readableEnded && req.body !== undefined) {
          // A body parser ran first: use what it kept (the raw bytes are gone).
          body = typeof req.body === 'string' || req.body instanceof Uint8Array ? req.body : JSON.stringify(req.body);
          complete = true;
        } else {
          body = new ReadableStream({
            start(controller) {
              req.on('data', (chunk) => controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)));
              req.on('end', () => {
                complete = true;
                controller.close();
              });
              req.on('error', (e) => controller.error(e));
            },
            cancel() {
              req.pause();
            },
          });
        }
      } else complete = true;
      const request = new Request(`${scheme}://${host}${req.originalUrl ?? req.url}`, { method, headers, body, duplex: 'half' });
      Promise.resolve()
        .then(() => handler(request))
        .then(async (response) => {
          const out = {};
          response.headers.forEach((v, k) => { out[k] = v; });
          const bytes = method === 'HEAD' ? null : new Uint8Array(await response.arrayBuffer());
          if (!complete) {
            // The handler refused before reading the whole body: answer, then drop the connection.
            out.connection = 'close';
            res.on('finish', () => req.destroy());
          }
          res.writeHead(response.status, out);
          res.end(bytes ?? undefined);
        })
        .catch(() => {
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
          res.end('Internal Server Error');
        });
    };
  }

  return { createYiwiseCallbackHandler, createYiwiseProxy, createRongziProxy, toNodeListener };
}
