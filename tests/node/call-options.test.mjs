// Per-call options as the Stainless SDKs take them: `headers` added to the request (never over the
// SDK's own), options in first place for endpoints without params, and remote signing without an
// appKey on the client. Through canned fetches (what goes on the wire) and the simulator.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { RongziClient, YiwiseClient, YiwiseRongziError, createYiwiseSigner } from 'yiwise-rongzi';
import { DEMO, cannedFetch, rejection, simulator } from './helpers.mjs';

const YIWISE_OK = { code: 200, data: { tenantId: 1, tenantName: 'x' }, requestId: 'r' };
const sims = [];
after(async () => { await Promise.all(sims.map((s) => s.close())); });

const lower = (headers) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

test('per-call headers go on the wire beside the signing headers, for both clients', async () => {
  const yw = cannedFetch(YIWISE_OK);
  const client = new YiwiseClient({ baseUrl: 'https://x.test', ...DEMO, fetch: yw.fetch });
  await client.tenant.getTenant(undefined, { headers: { 'X-Request-Id': 'req-1', 'Accept-Language': 'zh-CN' } });
  const sent = lower(yw.calls[0].init.headers);
  assert.equal(sent['x-request-id'], 'req-1');
  assert.equal(sent['accept-language'], 'zh-CN');
  assert.ok(sent.signature && sent.appkey === DEMO.appKey);
  const rz = cannedFetch({ code: 0, msg: 'ok', data: [] });
  const token = 'eyJhbGciOiJIUzUxMiJ9.eyJleHAiOjQxMDI0NDQ4MDAsImlhdCI6MX0.c2ln';
  const r = new RongziClient({ baseUrl: 'https://r.test', token, fetch: rz.fetch });
  await r.sms.templates(undefined, { headers: { 'X-Trace': 't' } });
  const rsent = lower(rz.calls[0].init.headers);
  assert.equal(rsent['x-trace'], 't');
  assert.equal(rsent.authorization, `Bearer ${token}`);
});

test('a header the SDK sets cannot be given per call: a validation error naming it, nothing sent', async () => {
  const c = cannedFetch(YIWISE_OK);
  const client = new YiwiseClient({ baseUrl: 'https://x.test', ...DEMO, fetch: c.fetch });
  for (const name of ['appKey', 'Signature', 'timestamp', 'version', 'Authorization', 'appSecret', 'content-type']) {
    const e = await rejection(client.tenant.getTenant(undefined, { headers: { [name]: 'x' } }));
    assert.ok(e instanceof YiwiseRongziError);
    assert.equal(e.kind, 'validation');
    assert.equal(e.field, `options.headers.${name}`, e.message);
  }
  for (const headers of [{ 'X-A': 'line\nbreak' }, { 'bad name': 'v' }, { 'X-A': 5 }, 'x-a: 1']) {
    assert.equal((await rejection(client.tenant.getTenant(undefined, { headers }))).kind, 'validation', JSON.stringify(headers));
  }
  assert.equal(c.calls.length, 0);
});

test('options first when an endpoint has no params; real unknown params are still refused', async () => {
  const c = cannedFetch(YIWISE_OK);
  const client = new YiwiseClient({ baseUrl: 'https://x.test', ...DEMO, fetch: c.fetch });
  assert.equal((await client.tenant.getTenant({ timeoutMs: 5000, headers: { 'X-A': '1' } })).tenantId, 1);
  assert.equal(lower(c.calls[0].init.headers)['x-a'], '1');
  const controller = new AbortController();
  controller.abort();
  assert.equal((await rejection(client.tenant.getTenant({ signal: controller.signal }))).kind, 'aborted');
  let e = await rejection(client.tenant.getTenant({ signal: controller.signal, robotCallJobId: 1 }));
  assert.equal(e.kind, 'validation');
  e = await rejection(client.tenant.getTenant({ foo: 1 }));
  assert.equal(e.kind, 'validation');
  assert.match(e.message, /foo/);
  // An endpoint with params keeps reading its first argument as params.
  e = await rejection(client.job.getJobDetail({ timeoutMs: 5 }));
  assert.equal(e.kind, 'validation');
  // Rongzi too.
  const rz = cannedFetch({ code: 0, msg: 'ok', data: [{ id: '1', content: 'x' }] });
  const token = 'eyJhbGciOiJIUzUxMiJ9.eyJleHAiOjQxMDI0NDQ4MDAsImlhdCI6MX0.c2ln';
  const r = new RongziClient({ baseUrl: 'https://r.test', token, fetch: rz.fetch });
  assert.equal((await r.sms.templates({ timeoutMs: 5000 })).length, 1);
});

test('remote signing without an appKey on the client; a given appKey is still checked', async () => {
  const sim = await simulator();
  sims.push(sim);
  const sign = createYiwiseSigner(DEMO);
  const yw = new YiwiseClient({ baseUrl: sim.url, signer: sign });
  assert.equal(yw.signing, 'remote');
  assert.equal((await yw.tenant.getTenant()).tenantId, 1);
  const mismatched = new YiwiseClient({ baseUrl: sim.url, appKey: 'another-key', signer: sign });
  const e = await rejection(mismatched.tenant.getTenant());
  assert.equal(e.kind, 'auth');
  assert.match(e.message, /appKey/);
});
