// Every failure rejects with a YiwiseRongziError carrying kind, code, status,
// requestId and the field, whatever went wrong and wherever.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { YiwiseClient, YiwiseRongziError } from 'yiwise-rongzi';
import { DEMO, simulator, rejection, cannedFetch } from './helpers.mjs';

let sim;
before(async () => { sim = await simulator(); });
after(() => sim?.close());

const client = (extra = {}) => new YiwiseClient({ baseUrl: sim.url, ...DEMO, ...extra });

test('a wrong appSecret is kind auth, code 401, with a requestId and without the secret', async () => {
  const e = await rejection(client({ appSecret: 'wrong-secret-value' }).tenant.getTenant());
  assert.ok(e instanceof YiwiseRongziError);
  assert.ok(e instanceof Error);
  assert.equal(e.kind, 'auth');
  assert.equal(e.code, 401);
  assert.equal(e.status, 200);
  assert.match(e.requestId, /^[A-Z]{8}$/);
  assert.equal(e.endpoint, 'yiwise tenant/getTenant');
  assert.ok(!e.message.includes('wrong-secret-value'));
  assert.ok(!JSON.stringify(e).includes('wrong-secret-value'));
});

test('an API error keeps its code and the endpoint', async () => {
  const e = await rejection(client().job.start({ robotCallJobId: 99999 }));
  assert.equal(e.kind, 'api');
  assert.equal(e.code, 404);
  assert.match(e.message, /^yiwise job\/start: API error 404/);
});

test('a non-JSON 502 is kind http with the status', async () => {
  const { fetch } = cannedFetch('<html>Bad Gateway</html>', 502, { 'content-type': 'text/html' });
  const e = await rejection(client({ fetch }).tenant.getTenant());
  assert.equal(e.kind, 'http');
  assert.equal(e.status, 502);
});

test('a wrong-typed id in a response is kind decode naming the field', async () => {
  const { fetch } = cannedFetch({ code: 200, data: { tenantId: 'abc', tenantName: 'x' }, requestId: 'ABCDEFGH' });
  const e = await rejection(client({ fetch }).tenant.getTenant());
  assert.equal(e.kind, 'decode');
  assert.equal(e.field, 'data.tenantId');
  assert.equal(e.requestId, 'ABCDEFGH');
});

test('a documented quirk (id as a string) is tolerated', async () => {
  const { fetch } = cannedFetch({ code: 200, data: { tenantId: '12', tenantName: 'x' } });
  const t = await client({ fetch }).tenant.getTenant();
  assert.deepEqual({ ...t }, { tenantId: 12, tenantName: 'x' });
});

test('a closed port is kind network', async () => {
  const yw = new YiwiseClient({ baseUrl: 'http://127.0.0.1:1', ...DEMO });
  const e = await rejection(yw.tenant.getTenant());
  assert.equal(e.kind, 'network');
});

test('timeouts and aborts are told apart', async () => {
  const hanging = () => new Promise(() => {});
  const e1 = await rejection(client({ fetch: hanging, timeoutMs: 20 }).tenant.getTenant());
  assert.equal(e1.kind, 'timeout');
  const ac = new AbortController();
  const p = client({ fetch: hanging }).tenant.getTenant(undefined, { signal: ac.signal });
  setTimeout(() => ac.abort(), 5);
  assert.equal((await rejection(p)).kind, 'aborted');
  const { fetch, calls } = cannedFetch({ code: 200, data: null });
  const e3 = await rejection(client({ fetch }).tenant.getTenant(undefined, { signal: AbortSignal.abort() }));
  assert.equal(e3.kind, 'aborted');
  assert.equal(calls.length, 0, 'an already aborted call sends nothing');
});

test('bad options are validation errors, thrown by the constructor or rejected by calls', async () => {
  assert.throws(() => new YiwiseClient({ baseUrl: 'ftp://x', ...DEMO }), (e) => e instanceof YiwiseRongziError && e.kind === 'validation' && e.field === 'baseUrl');
  assert.throws(() => new YiwiseClient(), (e) => e.kind === 'validation');
  assert.throws(() => new YiwiseClient({ baseUrl: sim.url, ...DEMO, timeoutMs: -1 }), (e) => e.field === 'timeoutMs');
  const e = await rejection(client().tenant.getTenant(undefined, { timeoutMs: 'soon' }));
  assert.equal(e.kind, 'validation');
  assert.equal(e.field, 'timeoutMs');
});

test('a validation error sends nothing and lists every issue', async () => {
  const { fetch, calls } = cannedFetch({ code: 200, data: null });
  const e = await rejection(client({ fetch }).job.importCustomer({
    robotCallJobId: 1,
    customerPersons: Array.from({ length: 101 }, (_, i) => ({ phoneNumber: `1380000${String(i).padStart(4, '0')}` })),
  }));
  assert.equal(e.kind, 'validation');
  assert.equal(e.field, 'customerPersons');
  assert.ok(Array.isArray(e.issues) && e.issues.length >= 1);
  assert.equal(calls.length, 0);
});
