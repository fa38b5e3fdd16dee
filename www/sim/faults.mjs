// Fault injection and the request log of the simulator, for tests of what clients do when the
// network or the platform misbehaves.
//
// A fault is `{ path, api, method?, times?, delayMs?, status?, body?, contentType?, code?, message? }`:
//   path     'job/getJobs' (Yiwise, after /apiOpen/v1/; 'knowledge/list' after /apiOpen/), 'customer/list' (Rongzi, after /api/),
//            a whole path ('/apiOpen/v1/job/getJobs'), a prefix ending in '*' ('job/*'), or '*' (default)
//   api      'yiwise' | 'rongzi' | '*' (default)
//   method   'GET' | 'POST' … (default any)
//   times    how many matching requests it applies to (default: every one, until cleared)
//   delayMs  wait this long before answering (alone: then answer normally; 0–600000)
//   status   HTTP status of the answer (alone: an nginx-style HTML error page with that status)
//   body     '<html>…' or any text sent as is (HTML if it starts with '<', else JSON-typed),
//            or one of the kinds 'truncated' (a JSON envelope cut in the middle), 'not-json'
//            (text labelled application/json), 'empty' (no body at all), 'reset' (the
//            connection is destroyed without an answer)
//   contentType  overrides the Content-Type of a text body
//   code     answer the API's envelope with this error code instead (Yiwise
//            `{ code, data: null, requestId, resultMsg, errorStackTrace }`, Rongzi `{ code, msg }`);
//            `message` sets its resultMsg/msg
// The first fault (in the order added) that matches a request and has times left applies.
//
// Admin endpoints (loopback peers only, no auth, no CORS: same-origin pages and local tools):
//   GET    /__sim/faults        → { faults: [...] } with `used` and `remaining` counts
//   POST   /__sim/faults        body: one fault, an array of them, or { faults: [...] } → appends;
//                                answers { faults } (all of them), or 400 { error } naming the item
//   DELETE /__sim/faults        → clears them; DELETE /__sim/faults/ID clears one
//   GET    /__sim/requests      → { limit, requests: [...] } (oldest first; ?since=ID for newer ones)
//   DELETE /__sim/requests      → clears the log
//   POST   /__sim/reset         → the simulator's reset(): seed data, no faults, empty logs
// The request log keeps the last REQUEST_LOG_LIMIT API requests (both APIs, not static files or
// these endpoints): method, path, query, the headers as received (original case), the body
// (first LOGGED_BODY_CHARS characters), the answer's HTTP status and API code, and the fault
// applied, if any.
import { randomInt } from 'node:crypto';
import { BodyError, MAX_BODY_BYTES, PRELOADED_BODY, readBody } from './http-util.mjs';

export const ADMIN_PREFIX = '/__sim/';
export const REQUEST_LOG_LIMIT = 500;
export const LOGGED_BODY_CHARS = 16_384;
export const MAX_DELAY_MS = 600_000;
export const BODY_KINDS = Object.freeze(['truncated', 'not-json', 'empty', 'reset']);

const APIS = Object.freeze({ yiwise: '/apiOpen/', rongzi: '/api/' });
const FAULT_KEYS = new Set(['path', 'api', 'method', 'times', 'delayMs', 'status', 'body', 'contentType', 'code', 'message']);
const STATUS_TEXT = { 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Temporarily Unavailable', 504: 'Gateway Time-out' };
const YIWISE_MESSAGES = { 401: '校验数据错误', 403: '权限不足', 404: '资源未找到', 412: '参数错误', 500: '未知错误' };

/** 'yiwise', 'rongzi' or null for a request path. */
export function apiOf(pathname) {
  for (const [api, prefix] of Object.entries(APIS)) if (pathname.startsWith(prefix)) return api;
  return null;
}

/**
 * The endpoint part of an API path: 'job/getJobs' of '/apiOpen/v1/job/getJobs', 'chat' of '/apiOpen/v1/chat',
 * 'knowledge/list' of '/apiOpen/knowledge/list' (no version segment), 'customer/list' of '/api/customer/list'.
 */
export function endpointOf(api, pathname) {
  const rest = pathname.slice(APIS[api].length);
  if (api !== 'yiwise' || rest.startsWith('knowledge/')) return rest;
  return rest.split('/').slice(1).join('/');
}

/** A fault spec that cannot be used. */
export class FaultError extends Error {}

/** Validates one fault spec; returns a clean copy (throws FaultError naming `where`). */
export function checkFault(spec, where = 'fault') {
  const bad = (msg) => new FaultError(`${where}: ${msg}`);
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) throw bad('must be an object');
  for (const k of Object.keys(spec)) if (!FAULT_KEYS.has(k)) throw bad(`unknown field "${k}" (known: ${[...FAULT_KEYS].join(', ')})`);
  const f = { path: '*', api: '*' };
  if (spec.path !== undefined) {
    if (typeof spec.path !== 'string' || spec.path.trim() === '') throw bad('path must be a non-empty string');
    f.path = spec.path.trim();
  }
  if (spec.api !== undefined) {
    if (!['yiwise', 'rongzi', '*'].includes(spec.api)) throw bad('api must be "yiwise", "rongzi" or "*"');
    f.api = spec.api;
  }
  if (spec.method !== undefined) {
    if (typeof spec.method !== 'string' || !/^[A-Za-z]+$/.test(spec.method)) throw bad('method must be an HTTP method');
    f.method = spec.method.toUpperCase();
  }
  const int = (k, min, max) => {
    if (spec[k] === undefined) return;
    if (!Number.isInteger(spec[k]) || spec[k] < min || spec[k] > max) throw bad(`${k} must be an integer from ${min} to ${max}`);
    f[k] = spec[k];
  };
  int('times', 1, 1_000_000);
  int('delayMs', 0, MAX_DELAY_MS);
  int('status', 100, 599);
  int('code', -(2 ** 31), 2 ** 31 - 1);
  for (const k of ['body', 'contentType', 'message']) {
    if (spec[k] !== undefined && typeof spec[k] !== 'string') throw bad(`${k} must be a string`);
    if (spec[k] !== undefined) f[k] = spec[k];
  }
  if (f.code !== undefined && f.body !== undefined) throw bad('give code (an API error envelope) or body, not both');
  if (f.message !== undefined && f.code === undefined) throw bad('message goes with code');
  if (f.delayMs === undefined && f.status === undefined && f.body === undefined && f.code === undefined) {
    throw bad('needs at least one of delayMs, status, body, code');
  }
  return f;
}

/** Validates a list (or one fault, or `{ faults: [...] }`); returns clean copies. */
export function checkFaults(input) {
  const list = Array.isArray(input) ? input : input && typeof input === 'object' && Array.isArray(input.faults) ? input.faults : [input];
  return list.map((f, i) => checkFault(f, `faults[${i}]`));
}

function matches(fault, api, endpoint, pathname, method) {
  if (fault.api !== '*' && fault.api !== api) return false;
  if (fault.method && fault.method !== method) return false;
  const p = fault.path;
  if (p === '*') return true;
  const full = p.startsWith('/') ? pathname : endpoint;
  return p.endsWith('*') ? full.startsWith(p.slice(0, -1)) : full === p;
}

const letters = (n) => Array.from({ length: n }, () => String.fromCharCode(65 + randomInt(26))).join('');

/** The body a fault sends: `{ text, contentType }`, or null for 'reset'. */
function faultBody(fault, api) {
  if (fault.code !== undefined) {
    const envelope = api === 'rongzi'
      ? { code: fault.code, msg: fault.message ?? '模拟故障' }
      : { code: fault.code, data: null, requestId: letters(8), resultMsg: fault.message ?? YIWISE_MESSAGES[fault.code] ?? '模拟故障', errorStackTrace: null };
    return { text: JSON.stringify(envelope), contentType: 'application/json;charset=UTF-8' };
  }
  const json = 'application/json;charset=UTF-8';
  switch (fault.body) {
    case undefined: {
      const status = fault.status ?? 200;
      const title = `${status} ${STATUS_TEXT[status] ?? 'Error'}`;
      return {
        text: `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`,
        contentType: fault.contentType ?? 'text/html',
      };
    }
    case 'reset': return null;
    case 'empty': return { text: '', contentType: fault.contentType ?? json };
    case 'not-json': return { text: 'upstream answered: OK (not JSON)', contentType: fault.contentType ?? json };
    case 'truncated': {
      const whole = JSON.stringify(api === 'rongzi'
        ? { code: 0, msg: '操作成功', data: { total: 2, list: [{ id: 1, name: '张三', mobile: '13800000000' }, { id: 2, name: '李四', mobile: '13900000000' }] } }
        : { code: 200, data: { content: [{ robotCallJobId: 1, name: '模拟任务', status: 'IN_PROCESS' }], totalElements: 1 }, requestId: letters(8), resultMsg: '获取成功', errorStackTrace: null });
      return { text: whole.slice(0, Math.floor(whole.length / 2)), contentType: fault.contentType ?? json };
    }
    default:
      return { text: fault.body, contentType: fault.contentType ?? (/^\s*</.test(fault.body) ? 'text/html;charset=UTF-8' : json) };
  }
}

/** Headers as received, original case (repeated ones joined with ", "). */
function rawHeaders(req) {
  const out = {};
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const [k, v] = [req.rawHeaders[i], req.rawHeaders[i + 1]];
    out[k] = Object.hasOwn(out, k) ? `${out[k]}, ${v}` : v;
  }
  return out;
}

const isLoopbackPeer = (addr) => typeof addr === 'string'
  && (addr === '::1' || /^127\./.test(addr) || /^::ffff:127\./i.test(addr));

/** JSON answer of the admin endpoints (no CORS headers: same-origin only). */
function adminJson(res, status, value) {
  const body = Buffer.from(JSON.stringify(value, null, 1), 'utf8');
  res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': String(body.length), 'Cache-Control': 'no-store' });
  res.end(body);
}

/** The faults in force and the request log of one simulator. */
export class Faults {
  constructor(initial = []) {
    this.faults = [];
    this.requests = [];
    this.nextFaultId = 1;
    this.nextRequestId = 1;
    this.waits = new Set(); // delays under way: { cancel() }
    this.add(initial);
  }

  /** Validates and appends faults (all or none); returns the list in force. */
  add(input) {
    const clean = checkFaults(input);
    for (const f of clean) this.faults.push({ id: this.nextFaultId++, ...f, used: 0 });
    return this.list();
  }

  /** The faults in force, with `used` and `remaining` (null = unlimited). */
  list() {
    return this.faults.map((f) => ({ ...f, remaining: f.times === undefined ? null : f.times - f.used }));
  }

  /** Clears every fault (or the one with `id`; false if there is none). */
  clear(id) {
    if (id === undefined) {
      this.faults = [];
      return true;
    }
    const before = this.faults.length;
    this.faults = this.faults.filter((f) => f.id !== id);
    return this.faults.length !== before;
  }

  /** Clears the faults and the request log; answers the delays under way at once. */
  reset() {
    this.clear();
    this.requests = [];
    for (const w of [...this.waits]) w.cancel();
  }

  close() {
    this.reset();
  }

  /** Takes (counts) the first fault that applies to a request, or undefined. */
  take(api, endpoint, pathname, method) {
    const f = this.faults.find((x) => (x.times === undefined || x.used < x.times) && matches(x, api, endpoint, pathname, method));
    if (f) f.used += 1;
    return f;
  }

  #log(req, url, api) {
    const entry = {
      id: this.nextRequestId++, at: new Date().toISOString(), api, method: req.method, path: url.pathname,
      query: url.search.replace(/^\?/, ''), headers: rawHeaders(req), body: null, bodyTruncated: false,
      status: null, apiCode: null, fault: null,
    };
    this.requests.push(entry);
    if (this.requests.length > REQUEST_LOG_LIMIT) this.requests.splice(0, this.requests.length - REQUEST_LOG_LIMIT);
    return entry;
  }

  #wait(ms, res) {
    return new Promise((resolve) => {
      const w = {
        cancel: () => {
          clearTimeout(timer);
          this.waits.delete(w);
          res.off('close', w.cancel);
          resolve();
        },
      };
      const timer = setTimeout(w.cancel, ms);
      res.on('close', w.cancel); // the client gave up
      this.waits.add(w);
    });
  }

  /**
   * The hook in the request path of both APIs (www/server.mjs): logs the request, reads its body
   * (kept for the route, see PRELOADED_BODY), and applies the first matching fault. Returns true
   * when the request has been answered here (or dropped), false to let the route answer it.
   */
  async intercept(req, res, url) {
    const api = apiOf(url.pathname);
    if (!api) return false;
    const entry = this.#log(req, url, api);
    res.on('finish', () => {
      entry.status = res.statusCode;
      entry.apiCode = res.apiCode ?? null;
    });
    req[PRELOADED_BODY] = readBody(req, MAX_BODY_BYTES);
    try {
      const text = await req[PRELOADED_BODY];
      entry.body = text === '' ? null : text.slice(0, LOGGED_BODY_CHARS);
      entry.bodyTruncated = text.length > LOGGED_BODY_CHARS;
    } catch (e) {
      entry.body = e instanceof BodyError ? `(not kept: ${e.message})` : `(not read: ${e.message})`;
    }
    const fault = this.take(api, endpointOf(api, url.pathname), url.pathname, req.method);
    if (!fault) return false;
    entry.fault = fault.id;
    if (fault.delayMs) {
      await this.#wait(fault.delayMs, res);
      if (res.destroyed || res.writableEnded || !res.socket || res.socket.destroyed) return true;
    }
    if (fault.status === undefined && fault.body === undefined && fault.code === undefined) return false;
    const body = faultBody(fault, api);
    if (!body) {
      entry.status = 'reset';
      req.socket.destroy();
      return true;
    }
    if (fault.code !== undefined) res.apiCode = fault.code;
    const bytes = Buffer.from(body.text, 'utf8');
    res.writeHead(fault.status ?? 200, {
      'Access-Control-Allow-Origin': '*', 'Content-Type': body.contentType, 'Content-Length': String(bytes.length),
    });
    res.end(bytes);
    return true;
  }

  /** The /__sim/ admin route; `reset` is the simulator's own reset(). */
  adminRoute({ reset }) {
    return {
      prefix: ADMIN_PREFIX,
      handle: async (req, res, url) => {
        if (!isLoopbackPeer(req.socket.remoteAddress)) {
          req.resume();
          return adminJson(res, 403, { error: 'the /__sim/ endpoints answer loopback clients only' });
        }
        const route = `${req.method} ${url.pathname.replace(/\/+$/, '')}`;
        const one = /^DELETE \/__sim\/faults\/(\d+)$/.exec(route);
        if (route === 'POST /__sim/faults') {
          let input;
          try {
            const text = await readBody(req);
            input = JSON.parse(text);
          } catch (e) {
            return adminJson(res, 400, { error: `the body must be JSON: ${e.message}` });
          }
          try {
            return adminJson(res, 200, { faults: this.add(input) });
          } catch (e) {
            if (e instanceof FaultError) return adminJson(res, 400, { error: e.message });
            throw e;
          }
        }
        req.resume();
        if (route === 'GET /__sim/faults') return adminJson(res, 200, { faults: this.list() });
        if (route === 'DELETE /__sim/faults') {
          this.clear();
          return adminJson(res, 200, { faults: [] });
        }
        if (one) {
          if (!this.clear(Number(one[1]))) return adminJson(res, 404, { error: `no fault ${one[1]}` });
          return adminJson(res, 200, { faults: this.list() });
        }
        if (route === 'GET /__sim/requests') {
          const since = Number(url.searchParams.get('since') ?? 0) || 0;
          return adminJson(res, 200, { limit: REQUEST_LOG_LIMIT, requests: this.requests.filter((r) => r.id > since) });
        }
        if (route === 'DELETE /__sim/requests') {
          this.requests = [];
          return adminJson(res, 200, { requests: [] });
        }
        if (route === 'POST /__sim/reset') {
          reset();
          return adminJson(res, 200, { reset: true });
        }
        return adminJson(res, 404, {
          error: `unknown admin endpoint ${route}`,
          endpoints: ['GET /__sim/faults', 'POST /__sim/faults', 'DELETE /__sim/faults[/ID]', 'GET /__sim/requests[?since=ID]', 'DELETE /__sim/requests', 'POST /__sim/reset'],
        });
      },
    };
  }
}
