// Request events (client.on / off) and logging (logLevel, logger) of both clients, against the
// simulator and its fault injection: the order and content of events for a success, a retried
// read and a failed call; listeners that throw; and that neither events nor log lines carry a
// secret, token, password or body.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { RongziClient, YiwiseClient, YiwiseRongziError } from 'yiwise-rongzi';
import { DEMO, rejection, simulator, thrown } from './helpers.mjs';

let sim;
before(async () => { sim = await simulator(); });
after(async () => { await sim.close(); });

function recorder(client) {
  const events = [];
  for (const name of ['request', 'response', 'retry', 'error']) client.on(name, (e) => events.push(e));
  return events;
}
const yiwise = (extra = {}) => new YiwiseClient({ baseUrl: sim.url, ...DEMO, retryBaseMs: 0, ...extra });

test('a call emits request then response, with method, endpoint, url, attempt, status, requestId, elapsedMs', async () => {
  const yw = yiwise();
  const events = recorder(yw);
  await yw.tenant.getTenant();
  assert.deepEqual(events.map((e) => e.event), ['request', 'response']);
  const [req, res] = events;
  assert.deepEqual([req.method, req.endpoint, req.attempt, req.status], ['GET', 'tenant/getTenant', 1, null]);
  assert.equal(req.url, `${sim.url}/apiOpen/v1/tenant/getTenant`);
  assert.equal(res.status, 200);
  assert.match(res.requestId, /\S/);
  assert.equal(typeof res.elapsedMs, 'number');
});

test('a retried read: request, response 503, retry (with the wait), request, response 200', async () => {
  const yw = yiwise();
  const events = recorder(yw);
  sim.faults.add({ path: 'tenant/getTenant', api: 'yiwise', status: 503, times: 1 });
  await yw.tenant.getTenant();
  sim.faults.clear();
  assert.deepEqual(events.map((e) => `${e.event}:${e.attempt}:${e.status}`), ['request:1:null', 'response:1:503', 'retry:1:503', 'request:2:null', 'response:2:200']);
  const retry = events[2];
  assert.equal(typeof retry.waitMs, 'number');
  assert.equal(retry.error.kind, 'http');
  assert.equal(retry.method, 'GET');
});

test('a failed call ends with an error event; a write is not retried', async () => {
  const yw = yiwise();
  const events = recorder(yw);
  sim.faults.add({ path: 'job/start', api: 'yiwise', code: 500, message: '系统繁忙', times: 1 });
  const e = await rejection(yw.job.start({ robotCallJobId: 1 }));
  sim.faults.clear();
  assert.equal(e.kind, 'api');
  assert.deepEqual(events.map((x) => x.event), ['request', 'response', 'error']);
  assert.deepEqual([events[2].error.kind, events[2].endpoint, events[2].method], ['api', 'job/start', 'POST']);
  assert.equal(events[2].requestId, e.requestId ?? null);
});

test('a listener that throws does not break the call; off removes a listener', async () => {
  const yw = yiwise();
  let calls = 0;
  const bad = () => { calls += 1; throw new Error('listener bug'); };
  yw.on('request', bad);
  assert.equal((await yw.tenant.getTenant()).tenantId, 1);
  yw.off('request', bad);
  await yw.tenant.getTenant();
  assert.equal(calls, 1);
  assert.equal(thrown(() => yw.on('finish', () => {})).field, 'event');
  assert.equal(thrown(() => yw.on('request', 'nope')).field, 'listener');
});

test('logLevel debug logs one line per attempt, info the retries, warn (default) neither; no secret anywhere', async () => {
  const lines = [];
  const logger = Object.fromEntries(['debug', 'info', 'warn', 'error'].map((m) => [m, (line) => lines.push([m, line])]));
  const yw = yiwise({ logLevel: 'debug', logger });
  const events = recorder(yw);
  sim.faults.add({ path: 'tenant/getTenant', api: 'yiwise', status: 503, times: 1 });
  await yw.tenant.getTenant();
  sim.faults.clear();
  assert.ok(lines.some(([m, l]) => m === 'debug' && /GET tenant\/getTenant → 200 \(requestId \S+, attempt 2, \d+ ms\)/.test(l)), JSON.stringify(lines));
  assert.ok(lines.some(([m, l]) => m === 'info' && /retrying in \d+ ms/.test(l)), JSON.stringify(lines));
  const rz = new RongziClient({ baseUrl: sim.url, logLevel: 'debug', logger });
  const rzEvents = recorder(rz);
  await rz.account.login({ username: '1611', password: '123456' });
  await rz.sms.templates();
  const everything = JSON.stringify([lines, events, rzEvents]);
  for (const secret of [DEMO.appSecret, DEMO.tenantSign, '123456', 'e10adc3949ba59abbe56e057f20f883e', rz.token]) {
    assert.ok(!everything.includes(secret), `leaks ${secret}`);
  }
  assert.ok(rzEvents.some((e) => e.endpoint === 'account/login' && e.method === 'POST'));
  // The default logs nothing for ordinary calls; 'off' logs nothing at all.
  const quiet = [];
  const quietLogger = Object.fromEntries(['debug', 'info', 'warn', 'error'].map((m) => [m, (l) => quiet.push(l)]));
  await yiwise({ logger: quietLogger }).tenant.getTenant();
  await yiwise({ logger: quietLogger, logLevel: 'off' }).tenant.getTenant();
  assert.deepEqual(quiet, []);
});

test('bad logging options are validation errors naming them', () => {
  for (const [extra, field] of [[{ logLevel: 'verbose' }, 'logLevel'], [{ logger: { debug() {} } }, 'logger']]) {
    const e = thrown(() => yiwise(extra));
    assert.ok(e instanceof YiwiseRongziError);
    assert.deepEqual([e.kind, e.field], ['validation', field]);
    assert.equal(thrown(() => new RongziClient({ baseUrl: sim.url, ...extra })).field, field);
  }
});
