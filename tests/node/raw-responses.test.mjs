// Raw responses, as the Stainless SDKs give them: every call's promise has `withResponse()`, which
// resolves `{ data, response }`; object results carry the same `response` as `lastResponse`; an
// error of an answered attempt carries it as `response`. Through canned fetches (exact headers
// and statuses) and the simulator (retries, both clients, pages).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { RongziClient, YiwiseClient } from 'yiwise-rongzi';
import { DEMO, cannedFetch, rejection, simulator } from './helpers.mjs';

const TENANT = { code: 200, data: { tenantId: 1, tenantName: '杭州一知智能科技有限公司' }, requestId: 'req-tenant-1', resultMsg: '执行成功' };
const HEADERS = { 'content-type': 'application/json', 'x-trace-id': 'trace-42', 'retry-after': '7' };
const TOKEN = 'eyJhbGciOiJIUzUxMiJ9.eyJleHAiOjQxMDI0NDQ4MDAsImlhdCI6MX0.c2ln';
const yiwise = (fetch, extra = {}) => new YiwiseClient({ baseUrl: 'https://yw.test', ...DEMO, fetch, retryBaseMs: 0, ...extra });
const rongzi = (fetch) => new RongziClient({ baseUrl: 'https://rz.test', token: TOKEN, fetch, retryBaseMs: 0 });

let sim;
before(async () => { sim = await simulator(); });
after(async () => { await sim.close(); });

test('withResponse() resolves { data, response }: status, the Headers, the body\'s requestId and the URL', async () => {
  const c = cannedFetch(TENANT, 200, HEADERS);
  const { data, response } = await yiwise(c.fetch).tenant.getTenant().withResponse();
  assert.deepEqual(data, TENANT.data);
  assert.equal(response.status, 200);
  assert.ok(response.headers instanceof Headers);
  assert.equal(response.headers.get('x-trace-id'), 'trace-42');
  assert.equal(response.requestId, 'req-tenant-1');
  assert.equal(response.url, 'https://yw.test/apiOpen/v1/tenant/getTenant');
  // The same object as the result's lastResponse.
  assert.equal(data.lastResponse, response);
});

test('the promise is a plain Promise of the data; awaiting it is unchanged', async () => {
  const c = cannedFetch(TENANT, 200, HEADERS);
  const p = yiwise(c.fetch).tenant.getTenant();
  assert.ok(p instanceof Promise);
  assert.equal(typeof p.withResponse, 'function');
  assert.deepEqual(await p, TENANT.data);
  // withResponse() after the data was awaited: no second request.
  const { data } = await p.withResponse();
  assert.deepEqual(data, TENANT.data);
  assert.equal(c.calls.length, 1);
});

test('lastResponse gains headers and url, and stays out of JSON and spreads', async () => {
  const c = cannedFetch(TENANT, 200, HEADERS);
  const tenant = await yiwise(c.fetch).tenant.getTenant();
  assert.deepEqual(Object.keys(tenant.lastResponse), ['status', 'headers', 'requestId', 'url']);
  assert.equal(tenant.lastResponse.headers.get('content-type'), 'application/json');
  assert.equal(JSON.stringify(tenant), JSON.stringify(TENANT.data));
  assert.deepEqual(Object.keys({ ...tenant }), ['tenantId', 'tenantName']);
});

test('a canned fetch answer without headers still gives a Headers (empty)', async () => {
  const fetch = async () => ({ status: 200, text: async () => JSON.stringify(TENANT) });
  const { response } = await yiwise(fetch).tenant.getTenant().withResponse();
  assert.ok(response.headers instanceof Headers);
  assert.deepEqual([...response.headers], []);
  const plain = async () => ({ status: 200, headers: { 'X-Plain': 'yes' }, text: async () => JSON.stringify(TENANT) });
  assert.equal((await yiwise(plain).tenant.getTenant().withResponse()).response.headers.get('x-plain'), 'yes');
});

test('Rongzi: withResponse() on a result that is not an object (no lastResponse possible) still has its response', async () => {
  const c = cannedFetch({ code: 0, msg: 'ok', data: 1893456000000 }, 200, HEADERS);
  const rec = { mobile: '13472764344', billSec: 1, callDate: '2030-05-01 10:00:00', empCode: 'AA1611', callStatus: 'SALES_CALLED_CONNECTED' };
  const { data, response } = await rongzi(c.fetch).call.syncRecords([rec]).withResponse();
  assert.equal(data, 1893456000000);
  assert.deepEqual([response.status, response.requestId, response.url], [200, null, 'https://rz.test/api/call/syncRecords']);
  assert.equal(response.headers.get('x-trace-id'), 'trace-42');
});

test('an error of an answered attempt carries response (non-enumerable, not in toJSON)', async () => {
  const c = cannedFetch({ code: 403, data: null, requestId: 'req-denied', resultMsg: '没有权限' }, 200, HEADERS);
  const e = await rejection(yiwise(c.fetch).tenant.getTenant());
  assert.equal(e.kind, 'auth');
  assert.deepEqual([e.response.status, e.response.requestId, e.response.headers.get('x-trace-id')], [200, 'req-denied', 'trace-42']);
  assert.ok(!Object.keys(e).includes('response'));
  assert.ok(!('response' in e.toJSON()));
  const http = await rejection(rongzi(cannedFetch('<html>bad gateway</html>', 502, { 'content-type': 'text/html' }).fetch).sms.templates({ maxRetries: 0 }));
  assert.deepEqual([http.kind, http.status, http.response.status, http.response.headers.get('content-type')], ['http', 502, 502, 'text/html']);
});

test('errors without an answer have no response: validation, network, timeout', async () => {
  const c = cannedFetch(TENANT);
  const invalid = await rejection(yiwise(c.fetch).job.start({}));
  assert.equal(invalid.kind, 'validation');
  assert.equal(invalid.response, undefined);
  const down = await rejection(yiwise(async () => { throw new TypeError('fetch failed'); }, { maxRetries: 0 }).tenant.getTenant());
  assert.equal(down.kind, 'network');
  assert.equal(down.response, undefined);
  const never = () => new Promise(() => {});
  const slow = await rejection(yiwise(never).tenant.getTenant({ timeoutMs: 20 }));
  assert.equal(slow.kind, 'timeout');
  assert.equal(slow.response, undefined);
});

test('a retried read: the response is the final attempt\'s (503 then 200), and a read that keeps failing has its last 503', async () => {
  const yw = new YiwiseClient({ baseUrl: sim.url, ...DEMO, retryBaseMs: 0 });
  sim.faults.add({ path: 'tenant/getTenant', api: 'yiwise', status: 503, times: 1 });
  const { response } = await yw.tenant.getTenant().withResponse();
  sim.faults.clear();
  assert.equal(response.status, 200);
  assert.match(response.requestId, /\S/);
  assert.equal(response.url, `${sim.url}/apiOpen/v1/tenant/getTenant`);
  sim.faults.add({ path: 'tenant/getTenant', api: 'yiwise', status: 503, times: 5 });
  const e = await rejection(yw.tenant.getTenant({ maxRetries: 1 }).withResponse());
  sim.faults.clear();
  assert.deepEqual([e.kind, e.response.status], ['http', 503]);
});

test('a failed call rejects once, whether its promise or withResponse() is awaited: no unhandled rejection', async () => {
  const unhandled = [];
  const onUnhandled = (why) => unhandled.push(why);
  process.on('unhandledRejection', onUnhandled);
  try {
    const c = cannedFetch({ code: 500, data: null, requestId: 'r', resultMsg: '系统繁忙' });
    const yw = yiwise(c.fetch);
    const viaPair = await rejection(yw.job.start({ robotCallJobId: 1 }).withResponse());
    const viaData = await rejection(yw.job.start({ robotCallJobId: 1 }));
    assert.deepEqual([viaPair.kind, viaData.kind], ['api', 'api']);
    // Let Node report what nobody handled (it does so after the microtask queue drains).
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
  assert.deepEqual(unhandled, []);
});

test('client.request and both clients through the simulator: withResponse() everywhere, pages carry lastResponse', async () => {
  const yw = new YiwiseClient({ baseUrl: sim.url, ...DEMO });
  const raw = await yw.request('GET', 'job/getJobs', { pageNum: 1, pageSize: 1 }).withResponse();
  assert.equal(raw.response.status, 200);
  assert.ok(raw.response.url.startsWith(`${sim.url}/apiOpen/v1/job/getJobs?`));
  assert.equal(raw.data.lastResponse, raw.response);
  for await (const page of yw.job.getJobsAll({ pageSize: 1 }).pages()) {
    assert.equal(page.lastResponse.status, 200);
    assert.ok(page.lastResponse.headers instanceof Headers);
    break;
  }
  const rz = new RongziClient({ baseUrl: sim.url });
  const { data: login, response } = await rz.account.login({ username: '1611', password: '123456' }).withResponse();
  assert.equal(response.status, 200);
  assert.equal(response.url, `${sim.url}/api/account/login`);
  // The token is in the data as the API sends it; the response info holds no body.
  assert.ok(!JSON.stringify(Object.fromEntries(Object.entries(response).filter(([k]) => k !== 'headers'))).includes(login.token));
});
