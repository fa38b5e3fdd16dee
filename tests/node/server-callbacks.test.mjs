// The server kit's callback receiver (createYiwiseCallbackHandler) on a real node:http server and
// on Express: callbacks built the vendor's way (tests/node/vendor-callback.mjs), the GET URL check,
// handler failures and the platform's retries, duplicates, and every rejection. Also end to end:
// the simulator delivering to it.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import express from 'express';
import { createYiwiseCallbackHandler, toNodeListener } from 'yiwise-rongzi/server';
import { YiwiseClient, YiwiseRongziError } from 'yiwise-rongzi';
import { javaUrlEncode, vendorGet, vendorPost, vendorXml, vendorEncrypt, vendorSignature } from './vendor-callback.mjs';
import { DEMO, simulator, thrown } from './helpers.mjs';

const KEYS = { token: 'AIGbuK3sOV', encodingAesKey: 'INnZzJ/DPbUqqtU2ycEhzL8ewpsCRb9XqHBWHdDCknw', receiveId: '' };
const example = (t) => readFileSync(new URL(`../fixtures/yiwise/callback/${t}.json`, import.meta.url), 'utf8');
const RECORD = example('ROBOT_CALL_RECORD');
const RECORD_ID = JSON.parse(RECORD).data.callRecordId;

const servers = [];
after(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => { s.closeAllConnections(); s.close(r); })));
});

/** Serves `listener` on a free loopback port; resolves its URL. */
async function serve(listener) {
  const server = http.createServer(listener);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  servers.push(server);
  return `http://127.0.0.1:${server.address().port}`;
}

/** A receiver recording what its handlers got; `fail(n)` makes the n-th handler call throw. */
async function receiver(options = {}, { fail = () => false } = {}) {
  const got = [];
  const errors = [];
  let calls = 0;
  const record = (kind) => async (data, ctx) => {
    calls += 1;
    if (fail(calls)) throw new Error(`handler failed on call ${calls}`);
    got.push({ kind, data, ctx });
  };
  const handler = createYiwiseCallbackHandler({
    onCallRecord: record('record'), onJob: record('job'), onSms: record('sms'), onUnknown: record('unknown'),
    onError: (e, ctx) => errors.push({ e, ctx }),
    ...options,
  });
  const url = await serve(toNodeListener(handler));
  return { url: `${url}/yiwise/callback`, got, errors, handler };
}

const post = (url, body, headers = { 'content-type': 'application/xml' }) => fetch(url, { method: 'POST', headers, body });

test('an encrypted callback built the vendor\'s way is handled and acknowledged with "success"', async () => {
  const rx = await receiver(KEYS);
  const p = vendorPost(KEYS, RECORD);
  const res = await post(`${rx.url}${p.query}`, p.body);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'text/plain; charset=utf-8');
  assert.equal(await res.text(), 'success');
  assert.equal(rx.got.length, 1);
  const { kind, data, ctx } = rx.got[0];
  assert.equal(kind, 'record');
  assert.equal(data.callRecordId, RECORD_ID);
  assert.equal(data.callDetailList[1].type, 'PERSON');
  assert.equal(ctx.dataType, 'ROBOT_CALL_RECORD');
  assert.equal(ctx.encrypted, true);
  assert.equal(ctx.dedupeKey, `ROBOT_CALL_RECORD:${RECORD_ID}`);
  assert.ok(ctx.receivedAt instanceof Date);
  assert.equal(ctx.headers.get('content-type'), 'application/xml');
});

test('either content type, either encoding of the body, query values encoded once or twice', async () => {
  const rx = await receiver(KEYS, {});
  const cases = [];
  for (const [i, type] of ['application/xml', 'text/xml;charset=UTF-8'].entries()) {
    const ts = String(Date.now());
    const nonce = String(1000 + i);
    const plaintext = JSON.stringify({ dataType: 'ROBOT_CALL_JOB', data: { robotCallJobId: 100 + i, status: 'COMPLETED' } });
    const raw = vendorEncrypt(KEYS, 'aaaabbbbccccdddd', plaintext);
    const sig = vendorSignature(KEYS.token, ts, nonce, raw);
    cases.push([type, `?msg_signature=${sig}&timestamp=${ts}&nonce=${nonce}`, vendorXml(raw, sig, ts, nonce)]);
    // Twice-encoded query values and a once-encoded body.
    const twice = (s) => javaUrlEncode(javaUrlEncode(s));
    const raw2 = vendorEncrypt(KEYS, 'aaaabbbbccccdddd', plaintext.replace('COMPLETED', 'IN_PROCESS'));
    const sig2 = vendorSignature(KEYS.token, ts, nonce, raw2);
    cases.push([type, `?msg_signature=${twice(sig2)}&timestamp=${twice(ts)}&nonce=${twice(nonce)}`, vendorXml(javaUrlEncode(raw2), sig2, ts, nonce)]);
  }
  for (const [type, query, body] of cases) {
    const res = await post(`${rx.url}${query}`, body, { 'content-type': type });
    assert.equal(await res.text(), 'success', `${type} ${query}`);
  }
  assert.equal(rx.got.length, 4);
  assert.deepEqual(rx.errors, []);
});

test('the GET URL check answers the decrypted echostr (raw, once or twice encoded); a stale one is refused', async () => {
  const rx = await receiver(KEYS);
  const g = vendorGet(KEYS, '验证接口验签解密是否正确');
  let res = await fetch(`${rx.url}${g.query}`);
  assert.equal(res.status, 200);
  assert.equal(await res.text(), '验证接口验签解密是否正确');
  const twice = g.query.replace(/echostr=([^&]*)/, (_, v) => `echostr=${javaUrlEncode(v)}`);
  assert.match(twice, /%253D/);
  assert.equal(await (await fetch(`${rx.url}${twice}`)).text(), '验证接口验签解密是否正确');
  const stale = vendorGet(KEYS, 'x', { timestamp: String(Date.now() - 3_600_000) });
  res = await fetch(`${rx.url}${stale.query}`);
  assert.equal(res.status, 401);
  assert.equal(await res.text(), 'stale or bad timestamp');
  assert.equal(rx.got.length, 0);
});

test('a handler that throws gets a 500 (not "success") and onError; the retry is handled', async () => {
  const rx = await receiver(KEYS, { fail: (n) => n === 1 });
  const p = vendorPost(KEYS, RECORD);
  let res = await post(`${rx.url}${p.query}`, p.body);
  assert.equal(res.status, 500);
  assert.notEqual(await res.text(), 'success');
  assert.equal(rx.errors.length, 1);
  assert.match(rx.errors[0].e.message, /handler failed on call 1/);
  assert.equal(rx.errors[0].ctx.status, 500);
  assert.equal(rx.errors[0].ctx.dedupeKey, `ROBOT_CALL_RECORD:${RECORD_ID}`);
  // The platform retries (a fresh encryption of the same plaintext): the key was not marked seen.
  const again = vendorPost(KEYS, RECORD, { randomStr: 'zzzzyyyyxxxxwwww', nonce: '42' });
  res = await post(`${rx.url}${again.query}`, again.body);
  assert.equal(await res.text(), 'success');
  assert.equal(rx.got.length, 1);
});

test('repeats within the TTL are acknowledged without calling the handler again, also when they race', async () => {
  const rx = await receiver(KEYS);
  const sends = Array.from({ length: 4 }, (_, i) => vendorPost(KEYS, RECORD, { nonce: String(i + 1), randomStr: `${i}`.repeat(16) }));
  const answers = await Promise.all(sends.slice(0, 2).map((p) => post(`${rx.url}${p.query}`, p.body).then((r) => r.text())));
  for (const p of sends.slice(2)) answers.push(await (await post(`${rx.url}${p.query}`, p.body)).text());
  assert.deepEqual(answers, ['success', 'success', 'success', 'success']);
  assert.equal(rx.got.length, 1);
  // Another call record is another key.
  const other = vendorPost(KEYS, RECORD.replace(String(RECORD_ID), String(RECORD_ID + 1)));
  assert.equal(await (await post(`${rx.url}${other.query}`, other.body)).text(), 'success');
  assert.equal(rx.got.length, 2);
});

test('two deliveries of one callback at once run the handler once, even behind a slow store', async () => {
  let release;
  const gate = new Promise((r) => { release = r; });
  const keys = new Set();
  let hasCalls = 0;
  const store = { has: async (k) => { hasCalls += 1; await gate; return keys.has(k); }, add: (k) => { keys.add(k); } };
  let handled = 0;
  const handler = createYiwiseCallbackHandler({ ...KEYS, dedupe: { store }, onCallRecord: () => { handled += 1; } });
  const request = (p) => new Request(`http://receiver.test/cb${p.query}`, { method: 'POST', headers: p.headers, body: p.body });
  const first = handler(request(vendorPost(KEYS, RECORD, { nonce: '1' })));
  const second = handler(request(vendorPost(KEYS, RECORD, { nonce: '2', randomStr: 'bbbbbbbbbbbbbbbb' })));
  while (hasCalls === 0) await new Promise((r) => setImmediate(r));
  for (let i = 0; i < 20; i += 1) await new Promise((r) => setImmediate(r)); // let the second one catch up
  release();
  assert.deepEqual(await Promise.all([first, second].map(async (r) => (await r).text())), ['success', 'success']);
  assert.equal(handled, 1);
  assert.equal(hasCalls, 1, 'the repeat waited for the delivery under way instead of asking the store');
});

test('a shared async store dedupes across receivers; dedupe: false turns it off', async () => {
  const keys = new Map();
  const store = {
    has: async (k) => keys.has(k),
    add: async (k, ttl) => { keys.set(k, ttl); },
  };
  const a = await receiver({ ...KEYS, dedupe: { store, ttlSeconds: 60 } });
  const b = await receiver({ ...KEYS, dedupe: { store, ttlSeconds: 60 } });
  const p = vendorPost(KEYS, RECORD);
  assert.equal(await (await post(`${a.url}${p.query}`, p.body)).text(), 'success');
  assert.equal(await (await post(`${b.url}${p.query}`, p.body)).text(), 'success');
  assert.equal(a.got.length + b.got.length, 1);
  assert.deepEqual([...keys], [[`ROBOT_CALL_RECORD:${RECORD_ID}`, 60]]);
  const off = await receiver({ ...KEYS, dedupe: false });
  for (let i = 0; i < 2; i += 1) await post(`${off.url}${p.query}`, p.body);
  assert.equal(off.got.length, 2);
});

test('rejections: status, a short reason, no handler call, nothing secret in the answer', async () => {
  const rx = await receiver({ ...KEYS, maxBodyBytes: 64 * 1024 });
  const good = vendorPost(KEYS, RECORD);
  const other = vendorPost({ ...KEYS, token: 'another-token' }, RECORD);
  const foreign = vendorPost({ ...KEYS, receiveId: 'corp-2' }, RECORD);
  const stale = vendorPost(KEYS, RECORD, { timestamp: String(Date.now() - 3_600_000) });
  const big = 'x'.repeat(200 * 1024);
  const cases = [
    ['bad signature', 'POST', other.query, other.body, {}, 401],
    ['stale timestamp', 'POST', stale.query, stale.body, {}, 401],
    ['wrong receiveId', 'POST', foreign.query, foreign.body, {}, 401],
    ['unsigned', 'POST', '', good.body, {}, 401],
    ['plain JSON to an encrypted receiver', 'POST', '', RECORD, { 'content-type': 'application/json' }, 401],
    ['malformed XML', 'POST', good.query, '<xml><Encrypt>abc</xml>', {}, 400],
    ['wrong method', 'PUT', good.query, good.body, {}, 405],
    ['too large (declared)', 'POST', good.query, big, {}, 413],
  ];
  for (const [what, method, query, body, headers, status] of cases) {
    const res = await fetch(`${rx.url}${query}`, { method, body, headers: { 'content-type': 'application/xml', ...headers } });
    const text = await res.text();
    assert.equal(res.status, status, `${what}: ${text}`);
    assert.ok(text.length > 0 && text.length < 80 && text !== 'success', `${what}: ${text}`);
    for (const secret of [KEYS.token, KEYS.encodingAesKey.slice(0, 12), '杭州', 'callDetailList']) assert.ok(!text.includes(secret), `${what} leaks ${secret}`);
    if (status === 405) assert.equal(res.headers.get('allow'), 'GET, POST');
  }
  assert.equal(rx.got.length, 0);
  assert.equal(rx.errors.length, cases.length);
});

test('a body over maxBodyBytes without a Content-Length is refused with 413 without reading it all', async () => {
  const rx = await receiver({ maxBodyBytes: 1024 });
  const port = new URL(rx.url).port;
  const answer = await new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: '/yiwise/callback', method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (c) => { text += c; });
      res.on('end', () => resolve({ status: res.statusCode, text }));
    });
    req.on('error', reject);
    req.write('x'.repeat(4096));
    // Never ends the body: the receiver must answer anyway.
  });
  assert.deepEqual(answer, { status: 413, text: 'body too large' });
});

test('plain JSON callbacks: handled when no token is configured; GET and malformed JSON refused', async () => {
  const rx = await receiver();
  let res = await post(rx.url, example('ROBOT_CALL_SMS'), { 'content-type': 'application/json' });
  assert.equal(await res.text(), 'success');
  assert.equal(rx.got[0].kind, 'sms');
  assert.equal(rx.got[0].ctx.encrypted, false);
  assert.equal(rx.got[0].ctx.dedupeKey, 'ROBOT_CALL_SMS:53780');
  res = await post(rx.url, '{"dataType":"ROBOT_CALL_NEW","data":{"a":1}}', { 'content-type': 'application/json' });
  assert.equal(await res.text(), 'success');
  assert.equal(rx.got[1].kind, 'unknown');
  assert.equal(rx.got[1].data.known, false);
  res = await post(rx.url, '{"dataType":', { 'content-type': 'application/json' });
  assert.deepEqual([res.status, await res.text()], [400, 'malformed callback']);
  res = await fetch(rx.url);
  assert.equal(res.status, 405);
  assert.equal(res.headers.get('allow'), 'POST');
});

test('bad options are validation errors naming the option, never quoting a secret', () => {
  const cases = [
    [{ token: 't' }, 'encodingAesKey'],
    [{ token: 'secret-token', encodingAesKey: 'short-key-value' }, 'encodingAesKey'],
    [{ onCallRecord: 'nope' }, 'onCallRecord'],
    [{ dedupe: { store: {} } }, 'dedupe.store'],
    [{ maxBodyBytes: -1 }, 'maxBodyBytes'],
  ];
  for (const [options, field] of cases) {
    const e = thrown(() => createYiwiseCallbackHandler(options));
    assert.ok(e instanceof YiwiseRongziError, String(e));
    assert.equal(e.kind, 'validation');
    assert.equal(e.field, field, e.message);
    assert.ok(!e.message.includes('secret-token') && !e.message.includes('short-key-value'), e.message);
  }
});

test('mounted on Express; end to end with the simulator, which retries after a failing handler', async () => {
  const key = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
  const sim = await simulator({ callMs: 10, callbackToken: 'sim-token', callbackAesKey: key });
  try {
    const got = [];
    let first = true;
    const app = express();
    app.all('/yiwise/callback', toNodeListener(createYiwiseCallbackHandler({
      token: 'sim-token', encodingAesKey: key,
      onCallRecord: async (record) => {
        if (first) {
          first = false;
          throw new Error('database down');
        }
        got.push(record);
      },
      onJob: async (job) => { got.push(job); },
    })));
    const base = await serve(app);
    const yw = new YiwiseClient({ baseUrl: sim.url, ...DEMO });
    await yw.isv.updateIsvInfo({ tenantSign: DEMO.tenantSign, callbackUrl: `${base}/yiwise/callback` });
    const { robotCallJobId } = await yw.job.create({
      concurrencyQuota: 1, jobPhoneNumberIdList: [276],
      robotCallJob: { name: '回调', mode: 'MANUAL', dialogFlowId: 1001, phoneType: 'MOBILE', dailyStartTime: '09:00', dailyEndTime: '20:00' },
    });
    await yw.job.importCustomer({ robotCallJobId, customerPersons: [{ name: '甲', phoneNumber: '13800000021' }, { name: '乙', phoneNumber: '13800000022' }] });
    await yw.job.start({ robotCallJobId });
    const end = Date.now() + 10_000;
    while (!sim.yiwise.deliveredCallbacks.some((d) => d.dataType === 'ROBOT_CALL_JOB' && d.status === 'delivered')
      || sim.yiwise.deliveredCallbacks.some((d) => d.status !== 'delivered')) {
      assert.ok(Date.now() < end, JSON.stringify(sim.yiwise.deliveredCallbacks.map((d) => [d.dataType, d.status, d.error])));
      await new Promise((r) => setTimeout(r, 20));
    }
    const log = sim.yiwise.deliveredCallbacks;
    assert.equal(log[0].dataType, 'URL_CHECK');
    assert.equal(log.filter((d) => d.dataType === 'ROBOT_CALL_RECORD').length, 2);
    assert.equal(log.filter((d) => d.attempts === 2).length, 1, 'the failed delivery was retried once');
    assert.equal(got.filter((g) => g.callRecordId !== undefined).length, 2);
    assert.equal(got.at(-1).robotCallJobId, robotCallJobId);
  } finally {
    await sim.close();
  }
});
