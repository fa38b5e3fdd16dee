// Reliability and security of both clients (issue 6), through canned `fetch`
// functions (and the simulator where it is the natural server): which calls
// are retried and how often, Retry-After, whole-call timeouts, aborts that
// stop retries, refused ports, remote signing, clock skew, garbage bodies,
// and that no secret appears in anything the SDK produces.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { createHash } from 'node:crypto';
import { YiwiseClient, RongziClient, YiwiseRongziError, createYiwiseSigner } from 'yiwise-rongzi';
import { DEMO, simulator, rejection } from './helpers.mjs';

let sim;
before(async () => { sim = await simulator(); });
after(() => sim?.close());

const json = (body, status = 200, headers = {}) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const TENANT_OK = { code: 200, data: { tenantId: 1, tenantName: 'ok' }, requestId: 'ABCDEFGH' };

/** A fetch answering from a list of responses (the last one repeats), recording calls. */
function scripted(...answers) {
  const calls = [];
  const fetch = async (url, init) => {
    calls.push({ url, init, at: Date.now() });
    const a = answers[Math.min(calls.length - 1, answers.length - 1)];
    if (a instanceof Error) throw a;
    return typeof a === 'function' ? a(url, init) : a.clone();
  };
  return { fetch, calls };
}
const refused = () => Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
const busy = (status = 503, headers = {}) => json('<html><body>Service Unavailable</body></html>', status, { 'content-type': 'text/html', ...headers });
const yiwise = (extra = {}) => new YiwiseClient({ baseUrl: 'http://127.0.0.1:9', ...DEMO, retryBaseMs: 0, ...extra });

// ---------------------------------------------------------------- retries

test('a read is retried on 503, 429, 502 and network errors, at most maxRetries (default 2) times', async () => {
  for (const failure of [busy(503), busy(429), busy(502), refused()]) {
    const s = scripted(failure, failure, json(TENANT_OK));
    const t = await yiwise({ fetch: s.fetch }).tenant.getTenant();
    assert.equal(t.tenantName, 'ok');
    assert.equal(s.calls.length, 3);
    const s2 = scripted(failure);
    const e = await rejection(yiwise({ fetch: s2.fetch }).tenant.getTenant());
    assert.equal(s2.calls.length, 3, 'one attempt and two retries');
    assert.ok(e instanceof YiwiseRongziError);
    assert.ok(['http', 'network'].includes(e.kind), e.kind);
    assert.match(e.message, /\(after 2 retries\)$/);
  }
});

test('POST reads (getJobStatsInfoList, getCallRecordInfoList, getIsvList) are retried; every mutation is sent once', async () => {
  const reads = [
    (yw) => yw.job.getJobStatsInfoList({ robotCallJobId: ['1'] }),
    (yw) => yw.callRecord.getCallRecordInfoList({ robotCallJobId: 1 }),
    (yw) => yw.isv.getIsvList(),
    (yw) => yw.request('POST', 'job/getJobStatsInfoList', { robotCallJobId: ['1'] }),
  ];
  for (const call of reads) {
    const s = scripted(busy());
    await rejection(call(yiwise({ fetch: s.fetch })));
    assert.equal(s.calls.length, 3, String(call));
  }
  const mutations = [
    (yw) => yw.job.start({ robotCallJobId: 1 }),
    (yw) => yw.job.pause({ robotCallJobId: 1 }),
    (yw) => yw.job.stop({ robotCallJobId: 1 }),
    (yw) => yw.job.delete({ robotCallJobId: 1 }),
    (yw) => yw.job.importCustomer({ robotCallJobId: 1, customerPersons: [{ name: 'a', phoneNumber: '13800000000' }] }),
    (yw) => yw.callRecord.deleteRobotCallTaskList({ robotCallJobId: 2, robotCallTaskIds: [3033301] }),
    (yw) => yw.request('GET', 'callRecord/deleteRobotCallTaskList', { robotCallJobId: 1 }),
    (yw) => yw.request('GET', 'some/undocumentedRead'),
  ];
  for (const call of mutations) {
    for (const failure of [busy(), refused()]) {
      const s = scripted(failure, json({ code: 200, data: null }));
      const e = await rejection(call(yiwise({ fetch: s.fetch, maxRetries: 5 })));
      assert.notEqual(e.kind, 'validation', `${call}: ${e.message}`);
      assert.equal(s.calls.length, 1, String(call));
      assert.doesNotMatch(e.message, /retr/);
    }
  }
});

test('maxRetries: 0 turns retrying off; the per-call option overrides the client', async () => {
  let s = scripted(busy());
  await rejection(yiwise({ fetch: s.fetch, maxRetries: 0 }).tenant.getTenant());
  assert.equal(s.calls.length, 1);
  s = scripted(busy());
  await rejection(yiwise({ fetch: s.fetch, maxRetries: 0 }).tenant.getTenant(undefined, { maxRetries: 4 }));
  assert.equal(s.calls.length, 5);
  s = scripted(busy());
  await rejection(yiwise({ fetch: s.fetch }).tenant.getTenant(undefined, { maxRetries: 0 }));
  assert.equal(s.calls.length, 1);
  assert.throws(() => yiwise({ maxRetries: -1 }), (e) => e.kind === 'validation' && e.field === 'maxRetries');
  assert.throws(() => yiwise({ maxRetries: 11 }), (e) => e.field === 'maxRetries');
  const e = await rejection(yiwise().tenant.getTenant(undefined, { maxRetries: 'x' }));
  assert.equal(e.field, 'maxRetries');
});

test('not retried: 4xx, API codes on a 200 (incl. envelope code 500), decode errors, timeouts', async () => {
  for (const answer of [
    busy(400), busy(404),
    json({ code: 500, resultMsg: '未知错误' }),
    json({ code: 412, resultMsg: '参数错误' }),
    json({ code: 200, data: { tenantId: 'x' } }),
    json('{"code":200,"data":'),
  ]) {
    const s = scripted(answer);
    await rejection(yiwise({ fetch: s.fetch }).tenant.getTenant());
    assert.equal(s.calls.length, 1);
  }
  // An envelope code 500 sent with HTTP 500 is retried (the HTTP status counts).
  const s = scripted(json({ code: 500, resultMsg: 'boom' }, 500));
  await rejection(yiwise({ fetch: s.fetch }).tenant.getTenant());
  assert.equal(s.calls.length, 3);
});

test('Retry-After (seconds and HTTP date) is waited; longer than 30 s is not waited for', async () => {
  let s = scripted(busy(429, { 'retry-after': '1' }), json(TENANT_OK));
  await yiwise({ fetch: s.fetch }).tenant.getTenant();
  assert.equal(s.calls.length, 2);
  assert.ok(s.calls[1].at - s.calls[0].at >= 950, `waited ${s.calls[1].at - s.calls[0].at} ms`);
  const date = new Date(Date.now() + 2000).toUTCString();
  s = scripted(busy(503, { 'retry-after': date }), json(TENANT_OK));
  await yiwise({ fetch: s.fetch }).tenant.getTenant();
  assert.ok(s.calls[1].at - s.calls[0].at >= 900, `waited ${s.calls[1].at - s.calls[0].at} ms for ${date}`);
  s = scripted(busy(503, { 'retry-after': '120' }), json(TENANT_OK));
  const started = Date.now();
  const e = await rejection(yiwise({ fetch: s.fetch }).tenant.getTenant());
  assert.equal(e.status, 503);
  assert.equal(s.calls.length, 1);
  assert.ok(Date.now() - started < 1000);
});

test('backoff: exponential with jitter from retryBaseMs', async () => {
  const s = scripted(busy());
  await rejection(yiwise({ fetch: s.fetch, retryBaseMs: 40, maxRetries: 3 }).tenant.getTenant());
  assert.equal(s.calls.length, 4);
  const gaps = s.calls.slice(1).map((c, i) => c.at - s.calls[i].at);
  // Full jitter: each wait is below base × 2^n (plus timer slack).
  gaps.forEach((g, n) => assert.ok(g < 40 * 2 ** n + 60, `gap ${n}: ${g} ms`));
});

test('Rongzi: customer/list, sms/templates and sms/getMessages are retried; login and writes never', async () => {
  const token = 'eyJhbGciOiJIUzUxMiJ9.eyJleHAiOjQxMDI0NDQ4MDB9.c2ln';
  const rz = (fetch) => new RongziClient({ baseUrl: 'http://127.0.0.1:9', token, fetch, retryBaseMs: 0 });
  const okList = json({ code: 0, data: { total: 0, rows: [] }, msg: 'ok' });
  let s = scripted(busy(), refused(), okList);
  await rz(s.fetch).customer.list({ customerExeStatus: 'INTENT', empCode: 'AA1611' });
  assert.equal(s.calls.length, 3);
  s = scripted(busy());
  await rejection(rz(s.fetch).sms.templates());
  assert.equal(s.calls.length, 3);
  for (const call of [
    (c) => c.account.login({ username: '1611', password: '123456' }),
    (c) => c.customer.editComment({ customerCode: 'C1', comment: 'x' }),
  ]) {
    s = scripted(busy());
    await rejection(call(rz(s.fetch)));
    assert.equal(s.calls.length, 1, String(call));
  }
  assert.throws(() => new RongziClient({ baseUrl: 'http://x', maxRetries: 1.5 }), (e) => e.field === 'maxRetries');
});

// ------------------------------------------------------- timeouts, aborts

test('timeoutMs covers the whole call, retries and waits included, and cancels the fetch', async () => {
  const signals = [];
  const hanging = (url, init) => { signals.push(init.signal); return new Promise(() => {}); };
  let started = Date.now();
  const e = await rejection(yiwise({ fetch: hanging, timeoutMs: 80 }).tenant.getTenant());
  assert.equal(e.kind, 'timeout');
  assert.match(e.message, /within 80 ms/);
  assert.equal(signals.length, 1, 'the time is up: no retry after a timeout');
  assert.equal(signals[0].aborted, true, 'the fetch was aborted');
  // 503s with long waits: the deadline ends the call, not the retries.
  const s = scripted(busy());
  started = Date.now();
  const e2 = await rejection(yiwise({ fetch: s.fetch, retryBaseMs: 5000, timeoutMs: 300, maxRetries: 10 }).tenant.getTenant(undefined, {}));
  assert.ok(Date.now() - started < 2000, `${Date.now() - started} ms`);
  assert.ok(['http', 'timeout'].includes(e2.kind), e2.kind);
});

test('an abort stops a call during its backoff: no further attempt', async () => {
  const s = scripted(busy());
  const ac = new AbortController();
  const p = yiwise({ fetch: s.fetch, retryBaseMs: 4000 }).tenant.getTenant(undefined, { signal: ac.signal });
  setTimeout(() => ac.abort(), 30);
  const started = Date.now();
  const e = await rejection(p);
  assert.equal(e.kind, 'aborted');
  assert.ok(Date.now() - started < 1000);
  await new Promise((r) => setTimeout(r, 50));
  assert.equal(s.calls.length, 1);
  // And during the fetch itself, whose signal fires.
  const signals = [];
  const ac2 = new AbortController();
  const p2 = yiwise({ fetch: (u, i) => { signals.push(i.signal); return new Promise(() => {}); } }).tenant.getTenant(undefined, { signal: ac2.signal });
  setTimeout(() => ac2.abort(), 10);
  assert.equal((await rejection(p2)).kind, 'aborted');
  assert.equal(signals[0].aborted, true);
});

test('a refused port is kind network (after the retries of a read); a non-2xx answer is kind http with its status', async () => {
  const yw = new YiwiseClient({ baseUrl: 'http://127.0.0.1:1', ...DEMO, retryBaseMs: 0 });
  const e = await rejection(yw.tenant.getTenant());
  assert.equal(e.kind, 'network');
  assert.match(e.message, /ECONNREFUSED|fetch failed/);
  const s = scripted(busy(418));
  const e2 = await rejection(yiwise({ fetch: s.fetch }).tenant.getTenant());
  assert.equal(e2.kind, 'http');
  assert.equal(e2.status, 418);
});

// ---------------------------------------------------------- remote signing

test('remote signing: a signer from createYiwiseSigner signs for a client that has no secret', async () => {
  const asked = [];
  const serverSide = createYiwiseSigner({ appKey: DEMO.appKey, appSecret: DEMO.appSecret, tenantSign: DEMO.tenantSign });
  const signer = async (req) => { asked.push(req); return JSON.parse(JSON.stringify(await serverSide(req))); };
  const yw = new YiwiseClient({ baseUrl: sim.url, appKey: DEMO.appKey, signer });
  assert.equal(yw.signing, 'remote');
  const t = await yw.tenant.getTenant();
  assert.ok(t.tenantName);
  const page = await yw.job.getJobs({ pageNum: 1, pageSize: 5 });
  assert.ok(Array.isArray(page.content));
  assert.deepEqual(asked.map((a) => [a.method, a.path]), [['GET', 'tenant/getTenant'], ['GET', 'job/getJobs']]);
  assert.ok(Math.abs(asked[0].timestamp - Date.now()) < 60_000);
  const h = await serverSide({ method: 'GET', path: 'x', timestamp: 0 });
  assert.deepEqual(Object.keys(h).sort(), ['appKey', 'signature', 'timestamp', 'version']);
  const expected = createHash('sha256')
    .update(`${DEMO.tenantSign}appKey=${DEMO.appKey}&appSecret=${DEMO.appSecret}&tenantSign=${DEMO.tenantSign}&version=v1&timestamp=${h.timestamp}`)
    .digest('hex');
  assert.equal(h.signature, expected);
  assert.ok(Math.abs(Number(h.timestamp) - Date.now()) < 60_000, 'signs with its own clock');
  for (const text of [String(serverSide), JSON.stringify(serverSide) ?? '', inspect(serverSide, { showHidden: true })]) {
    assert.ok(!text.includes(DEMO.appSecret), text);
  }
});

test('remote signing: each retry asks the signer again; bad signers are typed errors', async () => {
  const serverSide = createYiwiseSigner({ ...DEMO });
  let n = 0;
  const s = scripted(busy(), json(TENANT_OK));
  await new YiwiseClient({ baseUrl: 'http://127.0.0.1:9', appKey: DEMO.appKey, fetch: s.fetch, retryBaseMs: 0, signer: (r) => { n++; return serverSide(r); } }).tenant.getTenant();
  assert.equal(n, 2);
  assert.ok(s.calls.every((c) => /^[0-9a-f]{64}$/.test(c.init.headers.signature)));
  const make = (signer, extra = {}) => new YiwiseClient({ baseUrl: 'http://127.0.0.1:9', appKey: DEMO.appKey, signer, fetch: scripted(json(TENANT_OK)).fetch, ...extra });
  const cases = [
    [() => { throw new Error('backend down'); }, 'auth', /signer failed: backend down/],
    [async () => { throw new Error('503 from /sign'); }, 'auth', /signer failed: 503 from \/sign/],
    [async () => ({ appKey: 'other', version: 'v1', timestamp: '1', signature: 'ab' }), 'auth', /appKey "other"/],
    [async () => ({ appKey: DEMO.appKey, version: 'v1', timestamp: '1' }), 'auth', /no `signature`/],
    [async () => ({ appKey: DEMO.appKey, version: 'v1', timestamp: 'now', signature: 'ab' }), 'auth', /timestamp/],
    [async () => ({ appKey: DEMO.appKey, version: 'v1', timestamp: '1', signature: 'a\r\nX: 1' }), 'auth', /HTTP header/],
    [async () => null, 'auth', /no `appKey`/],
  ];
  for (const [signer, kind, message] of cases) {
    const e = await rejection(make(signer).tenant.getTenant());
    assert.equal(e.kind, kind);
    assert.match(e.message, message);
  }
  const e = await rejection(make(() => new Promise(() => {}), { timeoutMs: 50 }).tenant.getTenant());
  assert.equal(e.kind, 'timeout');
  assert.throws(() => new YiwiseClient({ baseUrl: 'http://x', appKey: 'k', appSecret: 's', signer: serverSide }), (e) => e.field === 'appSecret');
  assert.throws(() => new YiwiseClient({ baseUrl: 'http://x', appKey: 'k', signer: 'no' }), (e) => e.field === 'signer');
  assert.throws(() => new YiwiseClient({ baseUrl: 'http://x', appKey: 'k' }), (e) => e.field === 'appSecret' && /signer/.test(e.message));
  assert.throws(() => createYiwiseSigner({ appKey: 'k' }), (e) => e.kind === 'validation' && e.field === 'appSecret');
});

// ------------------------------------------------------------- clock skew

test('clock skew: a rejected timestamp says so, and clockOffsetMs fixes it', async () => {
  const ahead = new YiwiseClient({ baseUrl: sim.url, ...DEMO, clockOffsetMs: 10 * 60_000 });
  const e = await rejection(ahead.tenant.getTenant());
  assert.equal(e.kind, 'auth');
  assert.equal(e.code, 401);
  assert.match(e.message, /timestamp/);
  assert.match(e.message, /clockOffsetMs/);
  const s = scripted(json(TENANT_OK));
  await new YiwiseClient({ baseUrl: 'http://127.0.0.1:9', ...DEMO, fetch: s.fetch, clockOffsetMs: -3_600_000 }).tenant.getTenant();
  assert.ok(Math.abs(Number(s.calls[0].init.headers.timestamp) - (Date.now() - 3_600_000)) < 60_000);
  const signer = createYiwiseSigner({ ...DEMO, clockOffsetMs: 10 * 60_000 });
  const e2 = await rejection(new YiwiseClient({ baseUrl: sim.url, appKey: DEMO.appKey, signer }).tenant.getTenant());
  assert.match(e2.message, /clockOffsetMs/);
  // A wrong signature is not blamed on the clock.
  const e3 = await rejection(new YiwiseClient({ baseUrl: sim.url, ...DEMO, appSecret: 'nope' }).tenant.getTenant());
  assert.doesNotMatch(e3.message, /clockOffsetMs/);
  assert.throws(() => yiwise({ clockOffsetMs: 1.5 }), (e) => e.field === 'clockOffsetMs');
});

// ------------------------------------------------------- robust decoding

const BIG = 'x'.repeat(3 * 1024 * 1024);
const garbage = [
  ['malformed JSON', '{"code":200,"data":{tenantId:1}}', 200, 'decode'],
  ['truncated', JSON.stringify(TENANT_OK).slice(0, 30), 200, 'decode'],
  ['wrong types', { code: 200, data: { tenantId: [1], tenantName: {} } }, 200, 'decode'],
  ['code as an object', { code: { x: 1 }, data: null }, 200, 'decode'],
  ['an HTML page with 200', '<!DOCTYPE html><html><body>Login</body></html>', 200, 'decode'],
  ['an HTML error page from a proxy', '<html><body><h1>502 Bad Gateway</h1></body></html>', 502, 'http'],
  ['an empty body', '', 200, 'decode'],
  ['an empty 204', null, 204, 'decode'],
  ['JSON null', 'null', 200, 'decode'],
  ['a bare string', '"ok"', 200, 'decode'],
  ['deeply nested', '['.repeat(100_000), 200, 'decode'],
  ['a lone surrogate escape', '{"code":200,"data":{"tenantId":1,"tenantName":"\\ud800"}}', 200, 'decode'],
  ['a 3 MB string field', { code: 200, data: { tenantId: 1, tenantName: BIG } }, 200, null],
  ['a 3 MB garbage body', BIG, 200, 'decode'],
];

test('garbage answers end as typed errors or correct results, and the next call works', async () => {
  for (const [what, body, status, kind] of garbage) {
    const text = body === null ? null : typeof body === 'string' ? body : JSON.stringify(body);
    const s = scripted(new Response(text, { status }), json(TENANT_OK));
    const yw = yiwise({ fetch: s.fetch, maxRetries: 0 });
    let result;
    try {
      result = await yw.tenant.getTenant();
    } catch (e) {
      assert.ok(e instanceof YiwiseRongziError, `${what}: ${e}`);
      assert.equal(e.kind, kind, `${what}: ${e.message.slice(0, 200)}`);
      assert.ok(e.message.length < 2000, `${what}: the message quotes at most a snippet`);
    }
    if (kind === null) assert.equal(typeof result.tenantId, 'number', what);
    else assert.equal(result, undefined, what);
    const after = await yw.tenant.getTenant();
    assert.equal(after.tenantName, 'ok', `${what}: the client works afterwards`);
  }
});

test('Rongzi: garbage answers are typed errors and the token survives them', async () => {
  const token = 'eyJhbGciOiJIUzUxMiJ9.eyJleHAiOjQxMDI0NDQ4MDB9.c2ln';
  const okList = json({ code: 0, data: { total: '1', rows: [{ customerCode: 'C1', exeStatus: 2 }] }, msg: 'ok' });
  for (const [what, body, status] of garbage) {
    const text = body === null ? null : typeof body === 'string' ? body : JSON.stringify(body);
    const s = scripted(new Response(text, { status }), okList);
    const rz = new RongziClient({ baseUrl: 'http://127.0.0.1:9', token, fetch: s.fetch, maxRetries: 0 });
    try {
      await rz.customer.list({ customerExeStatus: 'INTENT', empCode: 'AA1611' });
    } catch (e) {
      assert.ok(e instanceof YiwiseRongziError, `${what}: ${e}`);
      assert.ok(['decode', 'http', 'api'].includes(e.kind), `${what}: ${e.kind}`);
    }
    const page = await rz.customer.list({ customerExeStatus: 'INTENT', empCode: 'AA1611' });
    assert.equal(page.rows[0].customerCode, 'C1', what);
    assert.equal(rz.token, token);
  }
});

test('a multi-megabyte page decodes', async () => {
  const rows = Array.from({ length: 20_000 }, (_, i) => ({ robotCallJobId: i, name: `任务${i}`, status: 'IN_PROCESS' }));
  const body = { code: 200, data: { number: 1, pageSize: 20_000, totalElements: 20_000, pages: 1, content: rows } };
  assert.ok(JSON.stringify(body).length > 1_000_000);
  const s = scripted(json(body));
  const page = await yiwise({ fetch: s.fetch }).job.getJobs({ pageNum: 1, pageSize: 100 });
  assert.equal(page.content.length, 20_000);
  assert.equal(page.content[19_999].name, '任务19999');
});

// ------------------------------------------------------------ no secret leaks

test('a session of calls, successes and failures, leaks no appSecret, password or token', async () => {
  const SECRET = DEMO.appSecret;
  const PASSWORD = 'Correct-Horse-42!';
  const PASSWORD_MD5 = createHash('md5').update(PASSWORD).digest('hex');
  const TOKEN = 'eyJhbGciOiJIUzUxMiJ9.eyJzdWIiOiJMRUFLLUNIRUNLIiwiZXhwIjo0MTAyNDQ0ODAwfQ.TOKEN-SIGNATURE-XYZ';
  const seen = []; // [where, text]
  const add = (where, v) => seen.push([where, typeof v === 'string' ? v : inspect(v, { depth: 8, showHidden: true })]);
  const consoleMethods = ['log', 'info', 'warn', 'error', 'debug', 'trace'];
  const saved = Object.fromEntries(consoleMethods.map((k) => [k, console[k]]));
  for (const k of consoleMethods) console[k] = (...args) => add(`console.${k}`, args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' '));
  const wire = [];
  const recordRequest = (url, init) => {
    wire.push({ url, headers: { ...init.headers }, body: init.body ?? '' });
  };
  const recordError = (where, e) => {
    add(`${where} message`, e.message);
    add(`${where} stack`, e.stack ?? '');
    add(`${where} String`, String(e));
    add(`${where} JSON`, JSON.stringify(e));
    add(`${where} inspect`, inspect(e, { depth: 8, showHidden: true }));
    add(`${where} fields`, JSON.stringify(Object.fromEntries(Object.keys(e).map((k) => [k, e[k]]))));
  };
  try {
    // Yiwise through the simulator, plus failures of every kind.
    let mode = 'sim';
    const yfetch = async (url, init) => {
      recordRequest(url, init);
      if (mode === 'down') throw refused();
      if (mode === '503') return busy();
      if (mode === 'garbage') return new Response('{"code":200,"data":{"tenantId":"x"', { status: 200 });
      if (mode === 'hang') return new Promise(() => {});
      return fetch(url, init);
    };
    const yw = new YiwiseClient({ baseUrl: sim.url, ...DEMO, fetch: yfetch, retryBaseMs: 0, timeoutMs: 2000 });
    for (const m of ['sim', 'down', '503', 'garbage', 'hang']) {
      mode = m;
      for (const [name, call] of [
        ['getTenant', () => yw.tenant.getTenant(undefined, m === 'hang' ? { timeoutMs: 30 } : undefined)],
        ['getJobs', () => yw.job.getJobs({ pageNum: 1, pageSize: 2 }, m === 'hang' ? { timeoutMs: 30 } : undefined)],
        ['pause', () => yw.job.pause({ robotCallJobId: 424242 }, m === 'hang' ? { timeoutMs: 30 } : undefined)],
        ['validation', () => yw.job.create({})],
      ]) {
        try { add(`yiwise ${m} ${name} result`, await call()); } catch (e) { recordError(`yiwise ${m} ${name}`, e); }
      }
    }
    try { add('bad secret', await new YiwiseClient({ baseUrl: sim.url, ...DEMO, appSecret: `${SECRET}-wrong` }).tenant.getTenant()); } catch (e) { recordError('bad secret', e); }
    try { new YiwiseClient({ baseUrl: 'ftp://x', ...DEMO }); } catch (e) { recordError('ctor', e); }
    add('yw JSON', JSON.stringify(yw));
    add('yw String', String(yw));
    add('yw inspect', yw);
    add('yw keys', Object.keys(yw).concat(Object.getOwnPropertyNames(Object.getPrototypeOf(yw))).join(','));

    // Rongzi through a canned server that knows the password and issues the token.
    let rmode = 'ok';
    const rfetch = async (url, init) => {
      recordRequest(url, init);
      const path = new URL(url).pathname;
      if (rmode === 'down') throw refused();
      if (rmode === '503') return busy();
      if (path === '/api/account/login') {
        const b = JSON.parse(init.body);
        return b.password === PASSWORD_MD5
          ? json({ code: 0, data: { userInfo: { empCode: 'AA1611', empName: 'x' }, token: `Bearer ${TOKEN}` }, msg: '操作成功' })
          : json({ code: 1, msg: '用户名或密码错误' });
      }
      if (init.headers.Authorization !== `Bearer ${TOKEN}`) return json({ code: 500, msg: '不合法的token' });
      if (path === '/api/customer/list') return json({ code: 0, data: { total: 1, rows: [{ customerCode: 'C1' }] }, msg: 'ok' });
      if (path === '/api/customer/editComment') return json({ code: 0, data: null, msg: 'ok' });
      return json({ code: 404, msg: 'no such path' });
    };
    const rz = new RongziClient({ baseUrl: 'http://127.0.0.1:9', fetch: rfetch, retryBaseMs: 0 });
    try { await rz.account.login({ username: '1611', password: `${PASSWORD}-wrong` }); } catch (e) { recordError('rz bad login', e); }
    const login = await rz.account.login({ username: '1611', password: PASSWORD });
    assert.equal(rz.token, TOKEN, 'the token getter is the one deliberate way to read it');
    add('rz login userInfo', login.userInfo);
    for (const m of ['ok', 'down', '503']) {
      rmode = m;
      try { add(`rz ${m} list`, await rz.customer.list({ customerExeStatus: 'INTENT', empCode: 'AA1611' })); } catch (e) { recordError(`rz ${m} list`, e); }
      try { add(`rz ${m} edit`, await rz.customer.editComment({ customerCode: 'C1', comment: 'hi' })); } catch (e) { recordError(`rz ${m} edit`, e); }
    }
    rmode = 'ok';
    try { await rz.account.login({ username: '1611', password: PASSWORD, extra: 1 }); } catch (e) { recordError('rz login validation', e); }
    add('rz JSON', JSON.stringify(rz));
    add('rz String', String(rz));
    add('rz inspect', rz);
    rz.logout();
    try { await rz.customer.list({ customerExeStatus: 'INTENT', empCode: 'AA1611' }); } catch (e) { recordError('rz after logout', e); }
  } finally {
    Object.assign(console, saved);
  }

  assert.ok(wire.length > 20, `captured ${wire.length} requests`);
  assert.ok(seen.length > 50, `captured ${seen.length} texts`);
  for (const [where, text] of seen) {
    for (const s of [SECRET, PASSWORD, PASSWORD_MD5, TOKEN]) assert.ok(!text.includes(s), `${where} shows a secret: ${text.slice(0, 300)}`);
  }
  for (const { url, headers, body } of wire) {
    assert.ok(!url.includes(SECRET) && !url.includes(PASSWORD) && !url.includes(PASSWORD_MD5) && !url.includes(TOKEN), url);
    for (const [name, value] of Object.entries(headers)) {
      assert.ok(!value.includes(SECRET) && !value.includes(PASSWORD) && !value.includes(PASSWORD_MD5), `${name}`);
      if (value.includes(TOKEN)) assert.equal(`${name}: ${value}`, `Authorization: Bearer ${TOKEN}`);
    }
    assert.ok(!body.includes(SECRET) && !body.includes(PASSWORD) && !body.includes(TOKEN), body);
    if (body.includes(PASSWORD_MD5)) assert.match(url, /\/api\/account\/login$/);
  }
  assert.ok(wire.some((w) => w.headers.Authorization === `Bearer ${TOKEN}`));
});
