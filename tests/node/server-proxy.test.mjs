// The server kit's signing proxies (createYiwiseProxy, createRongziProxy) on node:http and Express,
// in front of the simulator: a `viaProxy` client works through them; they forward only allowed
// endpoints with the table's method, strip every incoming credential, sign afresh, and refuse in
// the platform's envelope so the SDK reports refusals typed. No secret in any answer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import express from 'express';
import { createRongziProxy, createYiwiseProxy, toNodeListener } from 'yiwise-rongzi/server';
import { RongziClient, YiwiseClient, YiwiseRongziError, yiwiseSignature } from 'yiwise-rongzi';
import { DEMO, cannedFetch, rejection, simulator, thrown } from './helpers.mjs';

let sim;
const servers = [];
before(async () => { sim = await simulator(); });
after(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => { s.closeAllConnections(); s.close(r); })));
  await sim.close();
});

async function serve(listener) {
  const server = http.createServer(listener);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  servers.push(server);
  return `http://127.0.0.1:${server.address().port}`;
}

const ALLOW = ['tenant/getTenant', 'job/getJobs', 'job/getJobDetail', 'job/create'];

/** A Yiwise proxy before the simulator; `options` override. Resolves `{ url, calls }`. */
async function yiwiseProxy(options = {}) {
  const logs = [];
  const proxy = createYiwiseProxy({ baseUrl: sim.url, ...DEMO, allow: ALLOW, authorize: () => true, ...options });
  const url = await serve(toNodeListener(proxy));
  return { url, base: `${url}/yiwise`, logs };
}

const clearLog = () => { sim.faults.requests = []; };
const apiRequests = () => sim.faults.requests.filter((r) => r.api === 'yiwise');

test('a viaProxy client works through the proxy; the simulator sees a freshly signed request', async () => {
  const p = await yiwiseProxy();
  const yw = new YiwiseClient({ baseUrl: p.base, viaProxy: true });
  assert.equal(yw.signing, 'proxy');
  clearLog();
  const before = Date.now();
  const tenant = await yw.tenant.getTenant();
  assert.equal(tenant.tenantName, '杭州一知智能科技有限公司');
  const page = await yw.job.getJobs({ pageNum: 1, pageSize: 5 });
  assert.ok(Array.isArray(page.content));
  const [first, second] = apiRequests();
  assert.equal(first.path, '/apiOpen/v1/tenant/getTenant');
  assert.equal(second.query, 'pageNum=1&pageSize=5');
  const h = first.headers;
  assert.equal(h.appKey, DEMO.appKey);
  assert.ok(Number(h.timestamp) >= before - 1000);
  assert.equal(h.signature, yiwiseSignature({ ...DEMO, version: 'v1', timestamp: h.timestamp }));
  assert.equal(h.appSecret, undefined);
  assert.equal(h.tenantSign, undefined);
});

test('incoming credentials, cookies and signing headers are stripped; only the proxy\'s go out', async () => {
  const p = await yiwiseProxy();
  clearLog();
  const res = await fetch(`${p.base}/apiOpen/v1/job/create`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json; charset=utf-8', appKey: 'evil-key', appSecret: 'evil-secret', tenantSign: 'evil',
      signature: 'f'.repeat(64), timestamp: '1', authorization: 'Bearer evil', cookie: 'session=abc', 'x-forwarded-for': '1.2.3.4',
    },
    body: JSON.stringify({
      concurrencyQuota: 1, jobPhoneNumberIdList: [276],
      robotCallJob: { name: '代理', mode: 'MANUAL', dialogFlowId: 1001, phoneType: 'MOBILE', dailyStartTime: '09:00', dailyEndTime: '20:00' },
    }),
  });
  assert.equal(res.status, 200, await res.clone().text());
  assert.equal((await res.json()).code, 200);
  const [req] = apiRequests();
  assert.equal(req.method, 'POST');
  const sent = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v]));
  assert.equal(sent.appkey, DEMO.appKey);
  assert.equal(sent['content-type'], 'application/json');
  for (const k of ['appsecret', 'tenantsign', 'authorization', 'cookie', 'x-forwarded-for']) assert.equal(sent[k], undefined, k);
  assert.notEqual(sent.signature, 'f'.repeat(64));
  assert.notEqual(sent.timestamp, '1');
});

test('refusals speak the envelope, so the SDK reports them typed', async () => {
  const p = await yiwiseProxy({ authorize: (request) => request.headers.get('x-user') !== 'nobody' });
  const yw = new YiwiseClient({ baseUrl: p.base, viaProxy: true, maxRetries: 0 });
  let e = await rejection(yw.job.start({ robotCallJobId: 1 }));
  assert.ok(e instanceof YiwiseRongziError);
  assert.deepEqual([e.kind, e.code, e.status], ['auth', 403, 403]);
  assert.match(e.message, /not allowed through this proxy/);
  const denied = new YiwiseClient({ baseUrl: p.base, viaProxy: true, fetch: (u, init) => fetch(u, { ...init, headers: { ...init.headers, 'x-user': 'nobody' } }) });
  e = await rejection(denied.tenant.getTenant());
  assert.deepEqual([e.kind, e.code, e.status], ['auth', 401, 401]);
  const down = await yiwiseProxy({ baseUrl: 'http://127.0.0.1:9' });
  e = await rejection(new YiwiseClient({ baseUrl: down.base, viaProxy: true, maxRetries: 0 }).tenant.getTenant());
  assert.deepEqual([e.kind, e.status], ['http', 502]);
  // Not an endpoint, another version, the wrong method, a form post.
  const cases = [
    [`${p.base}/apiOpen/v1/job/nothing`, { method: 'GET' }, 404, 404],
    [`${p.base}/apiOpen/v2/tenant/getTenant`, { method: 'GET' }, 404, 404],
    [`${p.base}/elsewhere`, { method: 'GET' }, 404, 404],
    [`${p.base}/apiOpen/v1/tenant/getTenant`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }, 405, 405],
    [`${p.base}/apiOpen/v1/job/create`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' }, 415, 415],
    [`${p.base}/apiOpen/v1/job/create`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' }, 415, 415],
  ];
  for (const [url, init, status, code] of cases) {
    const res = await fetch(url, init);
    const body = await res.json();
    assert.equal(res.status, status, `${url} ${JSON.stringify(body)}`);
    assert.equal(body.code, code);
    assert.equal(typeof body.resultMsg, 'string');
    assert.match(body.requestId, /^proxy-/);
  }
  assert.equal((await fetch(`${p.base}/apiOpen/v1/tenant/getTenant`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).headers.get('allow'), 'GET');
});

test('an allow function decides per request; bodies over maxBodyBytes are refused with 413', async () => {
  const seen = [];
  const p = await yiwiseProxy({
    allow: (path, request) => { seen.push([path, request.method]); return path.startsWith('job/'); },
    maxBodyBytes: 1000,
  });
  assert.equal((await fetch(`${p.base}/apiOpen/v1/tenant/getTenant`)).status, 403);
  const res = await fetch(`${p.base}/apiOpen/v1/job/create`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ x: 'y'.repeat(5000) }) });
  assert.equal(res.status, 413);
  assert.equal((await res.json()).code, 413);
  assert.deepEqual(seen, [['tenant/getTenant', 'GET'], ['job/create', 'POST']]);
});

test('cross-site requests are refused; listed origins get CORS headers on preflights and answers', async () => {
  const p = await yiwiseProxy({ cors: { origins: ['http://crm.example.test'] } });
  clearLog();
  const url = `${p.base}/apiOpen/v1/job/create`;
  const body = JSON.stringify({ concurrencyQuota: 1 });
  const refused = [
    { origin: 'http://evil.example.test', 'content-type': 'application/json' },
    { origin: 'null', 'content-type': 'application/json' },
    { 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' },
    { origin: p.url, 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' },
  ];
  for (const headers of refused) {
    const res = await fetch(url, { method: 'POST', headers, body });
    assert.equal(res.status, 403, JSON.stringify(headers));
    assert.equal((await res.json()).code, 403);
    assert.equal(res.headers.get('access-control-allow-origin'), null);
  }
  assert.deepEqual(apiRequests(), [], 'nothing reached the platform');
  // The proxy's own origin, and a listed one.
  for (const origin of [p.url, 'http://crm.example.test']) {
    const res = await fetch(`${p.base}/apiOpen/v1/tenant/getTenant`, { headers: { origin, 'sec-fetch-site': origin === p.url ? 'same-origin' : 'cross-site' } });
    assert.equal(res.status, 200, origin);
    assert.equal(res.headers.get('access-control-allow-origin'), origin === p.url ? null : origin);
  }
  let res = await fetch(url, { method: 'OPTIONS', headers: { origin: 'http://crm.example.test', 'access-control-request-method': 'POST' } });
  assert.equal(res.status, 204);
  assert.equal(res.headers.get('access-control-allow-origin'), 'http://crm.example.test');
  assert.equal(res.headers.get('access-control-allow-methods'), 'POST');
  assert.equal(res.headers.get('access-control-allow-credentials'), 'true');
  assert.equal(res.headers.get('vary'), 'Origin');
  res = await fetch(url, { method: 'OPTIONS', headers: { origin: 'http://evil.example.test', 'access-control-request-method': 'POST' } });
  assert.equal(res.status, 403);
  assert.equal(res.headers.get('access-control-allow-origin'), null);
});

test('no secret in any answer, header or refusal', async () => {
  const p = await yiwiseProxy({ baseUrl: 'http://127.0.0.1:9' });
  const ok = await yiwiseProxy();
  const texts = [];
  for (const [base, path, init] of [
    [ok.base, 'tenant/getTenant', {}],
    [ok.base, 'job/start', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }],
    [p.base, 'tenant/getTenant', {}],
    [ok.base, 'job/create', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' }],
  ]) {
    const res = await fetch(`${base}/apiOpen/v1/${path}`, init);
    texts.push(await res.text(), JSON.stringify([...res.headers]));
  }
  const all = texts.join('\n');
  for (const secret of [DEMO.appSecret, DEMO.tenantSign]) assert.ok(!all.includes(secret), secret);
});

test('bad options are validation errors naming the option; the appSecret is never quoted', () => {
  const base = { baseUrl: 'https://openapi.example.test', ...DEMO, allow: ALLOW, authorize: () => true };
  const cases = [
    [{ ...base, appSecret: undefined }, 'appSecret'],
    [{ ...base, allow: ['job/getJobz'] }, 'allow[0]'],
    [{ ...base, allow: undefined }, 'allow'],
    [{ ...base, authorize: undefined }, 'authorize'],
    [{ ...base, baseUrl: 'ftp://x' }, 'baseUrl'],
    [{ ...base, cors: { origins: ['https://crm.example.test/'] } }, 'cors.origins[0]'],
    [{ ...base, timeoutMs: -5 }, 'timeoutMs'],
  ];
  for (const [options, field] of cases) {
    const e = thrown(() => createYiwiseProxy(options));
    assert.ok(e instanceof YiwiseRongziError, `${field}: ${e}`);
    assert.equal(e.kind, 'validation');
    assert.ok(e.issues.some((i) => i.field === field), `${field}: ${e.message}`);
    assert.ok(!e.message.includes(DEMO.appSecret), e.message);
  }
});

test('the viaProxy client refuses credentials: they belong on the server', () => {
  for (const extra of [{ appSecret: 's' }, { tenantSign: 't' }, { appKey: 'k' }, { signer: () => ({}) }]) {
    let e;
    try {
      new YiwiseClient({ baseUrl: 'https://app.example.test/yiwise', viaProxy: true, ...extra });
    } catch (err) {
      e = err;
    }
    assert.equal(e?.kind, 'validation', JSON.stringify(Object.keys(extra)));
    assert.equal(e.field, Object.keys(extra)[0]);
  }
  let e;
  try {
    new YiwiseClient({ baseUrl: 'https://app.example.test/yiwise', viaProxy: 'yes' });
  } catch (err) {
    e = err;
  }
  assert.equal(e.field, 'viaProxy');
});

test('on Express, and a Rongzi proxy: the user\'s own bearer token passes through untouched', async () => {
  const app = express();
  app.use('/yiwise', toNodeListener(createYiwiseProxy({ baseUrl: sim.url, ...DEMO, allow: ALLOW, authorize: () => true })));
  app.use('/rongzi', toNodeListener(createRongziProxy({ baseUrl: sim.url, allow: ['account/login', 'customer/list'], authorize: () => true })));
  const url = await serve(app);
  const yw = new YiwiseClient({ baseUrl: `${url}/yiwise`, viaProxy: true });
  assert.equal((await yw.tenant.getTenant()).tenantId, 1);
  const rz = new RongziClient({ baseUrl: `${url}/rongzi` });
  clearLog();
  const { userInfo } = await rz.account.login({ username: '1611', password: '123456' });
  const page = await rz.customer.list({ empCode: userInfo.empCode, pageIndex: 1, pageSize: 5 });
  assert.ok(page.total > 0);
  const [, list] = sim.faults.requests.filter((r) => r.api === 'rongzi');
  const auth = Object.entries(list.headers).find(([k]) => k.toLowerCase() === 'authorization')[1];
  assert.equal(auth, `Bearer ${rz.token}`);
  const e = await rejection(rz.sms.templates());
  assert.deepEqual([e.kind, e.code, e.status], ['auth', 403, 403]);
});

test('a viaProxy client sends no signing header at all, and the version only in the path', async () => {
  const { fetch: canned, calls } = cannedFetch({ code: 200, data: { tenantId: 1, tenantName: 'x' }, requestId: 'r' });
  const yw = new YiwiseClient({ baseUrl: 'https://app.example.test/yiwise', viaProxy: true, fetch: canned });
  await yw.tenant.getTenant();
  await yw.job.create({
    concurrencyQuota: 1, jobPhoneNumberIdList: [276],
    robotCallJob: { name: 'x', mode: 'MANUAL', dialogFlowId: 1, phoneType: 'MOBILE', dailyStartTime: '09:00', dailyEndTime: '20:00' },
  }).catch(() => {});
  assert.equal(calls[0].url, 'https://app.example.test/yiwise/apiOpen/v1/tenant/getTenant');
  for (const { init } of calls) {
    const names = Object.keys(init.headers).map((k) => k.toLowerCase());
    for (const h of ['appkey', 'version', 'timestamp', 'signature', 'appsecret', 'tenantsign']) assert.ok(!names.includes(h), `${h} in ${names}`);
  }
  assert.match(calls[1].init.headers['Content-Type'] ?? calls[1].init.headers['content-type'], /^application\/json/);
  assert.deepEqual(JSON.parse(JSON.stringify(yw)), { baseUrl: 'https://app.example.test/yiwise', appKey: '', version: 'v1' });
});
