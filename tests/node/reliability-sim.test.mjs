// Retries against the simulator's fault injection: which calls were retried and
// how often, as the simulator's own request log saw them.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { YiwiseClient, RongziClient } from 'yiwise-rongzi';
import { DEMO, simulator, rejection } from './helpers.mjs';

let sim;
before(async () => { sim = await simulator({ callMs: 5 }); });
after(() => sim?.close());
beforeEach(() => sim.reset());

const admin = async (method, path, body) => {
  const res = await fetch(`${sim.url}/__sim/${path}`, {
    method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
  });
  return res.json();
};
const seen = async (path) => (await admin('GET', 'requests')).requests.filter((r) => r.path.endsWith(path)).length;
const yiwise = (extra = {}) => new YiwiseClient({ baseUrl: sim.url, ...DEMO, retryBaseMs: 1, ...extra });

test('a read that meets two 502s is sent three times and succeeds', async () => {
  await admin('POST', 'faults', { api: 'yiwise', path: 'job/getJobs', status: 502, times: 2 });
  const page = await yiwise().job.getJobs({ pageNum: 1, pageSize: 10 });
  assert.ok(page.totalElements >= 2);
  assert.equal(await seen('job/getJobs'), 3);
});

test('a mutation that meets a 502 is sent once and fails with kind http', async () => {
  await admin('POST', 'faults', { api: 'yiwise', path: 'job/start', status: 502, times: 1 });
  const e = await rejection(yiwise().job.start({ robotCallJobId: 2 }));
  assert.equal(e.kind, 'http');
  assert.equal(e.status, 502);
  assert.equal(await seen('job/start'), 1);
});

test('maxRetries caps the attempts; 0 sends once', async () => {
  await admin('POST', 'faults', { api: 'yiwise', path: 'tenant/getTenant', status: 503 });
  assert.equal((await rejection(yiwise({ maxRetries: 1 }).tenant.getTenant())).status, 503);
  assert.equal(await seen('tenant/getTenant'), 2);
  await admin('DELETE', 'requests');
  await rejection(yiwise({ maxRetries: 0 }).tenant.getTenant());
  assert.equal(await seen('tenant/getTenant'), 1);
});

test('a dropped connection on a Rongzi read is retried; a Rongzi write is not', async () => {
  const rz = new RongziClient({ baseUrl: sim.url, retryBaseMs: 1 });
  await rz.account.login({ username: '1611', password: '123456' });
  await admin('POST', 'faults', { api: 'rongzi', path: 'customer/list', body: 'reset', times: 1 });
  const page = await rz.customer.list({ empCode: 'AA1611', pageIndex: 1, pageSize: 5 });
  assert.equal(page.rows.length, 5);
  assert.equal(await seen('customer/list'), 2);
  await admin('POST', 'faults', { api: 'rongzi', path: 'customer/editComment', body: 'reset', times: 1 });
  const e = await rejection(rz.customer.editComment({ customerCode: page.rows[0].customerCode, comment: 'x' }));
  assert.equal(e.kind, 'network');
  assert.equal(await seen('customer/editComment'), 1);
});

test('nothing secret reaches the wire during retries', async () => {
  await admin('POST', 'faults', { api: 'yiwise', path: 'job/getJobs', status: 500, times: 2 });
  await yiwise().job.getJobs();
  const log = JSON.stringify((await admin('GET', 'requests')).requests);
  assert.ok(!log.includes(DEMO.appSecret));
});

test('a slow answer ends in a timeout, an abort in aborted, a closed port in network, garbage in decode', async () => {
  await admin('POST', 'faults', { api: 'yiwise', path: 'tenant/getTenant', delayMs: 2000 });
  const slow = await rejection(yiwise({ maxRetries: 0 }).tenant.getTenant(undefined, { timeoutMs: 100 }));
  assert.equal(slow.kind, 'timeout');
  const controller = new AbortController();
  const pending = yiwise().tenant.getTenant(undefined, { signal: controller.signal });
  setTimeout(() => controller.abort(), 50);
  assert.equal((await rejection(pending)).kind, 'aborted');
  await admin('DELETE', 'faults');
  const closed = await rejection(new YiwiseClient({ baseUrl: 'http://127.0.0.1:1', ...DEMO, maxRetries: 0 }).tenant.getTenant());
  assert.equal(closed.kind, 'network');
  await admin('POST', 'faults', { api: 'yiwise', path: 'phone/getPhoneList', body: 'truncated', times: 1 });
  assert.equal((await rejection(yiwise().phone.getPhoneList())).kind, 'decode');
  // The module keeps working after every failure above.
  assert.equal((await yiwise().tenant.getTenant()).tenantId, 1);
});
