// Callbacks through the built package: parseYiwiseCallback on the docs' examples,
// YiwiseCallbackCrypto against the shared vectors and the simulator's own (node:crypto)
// implementation, and end to end: the simulator POSTs plain and encrypted callbacks to a
// local node:http receiver that decodes them with the SDK and answers `success`.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { inspect } from 'node:util';
import {
  YIWISE_CALLBACK_ACK, YiwiseCallbackCrypto, YiwiseClient, YiwiseRongziError, parseYiwiseCallback,
  yiwiseCallbackDecodeParam,
} from 'yiwise-rongzi';
import { encryptCallback, vendorCallbackPost, vendorUrlCheck } from '../../www/sim/yiwise-callbacks.mjs';
import { javaUrlEncode, vendorGet, vendorPost, vendorXml } from './vendor-callback.mjs';
import { DEMO, simulator } from './helpers.mjs';

const require = createRequire(import.meta.url);
const example = (t) => readFileSync(new URL(`../fixtures/yiwise/callback/${t}.json`, import.meta.url), 'utf8');
const VECTORS = JSON.parse(readFileSync(new URL('../fixtures/vectors/yiwise-callback-crypto.json', import.meta.url), 'utf8'));
const TOKEN = 'AIGbuK3sOV';
const KEY = 'INnZzJ/DPbUqqtU2ycEhzL8ewpsCRb9XqHBWHdDCknw';

/** Runs `fn` and returns the YiwiseRongziError it throws. */
function thrown(fn) {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof YiwiseRongziError, `not a YiwiseRongziError: ${e}`);
    return e;
  }
  assert.fail('expected a throw');
}

// ---- the surface ----

test('the package exports the callback API from both entries; the ack is "success"', () => {
  const cjs = require('yiwise-rongzi');
  assert.equal(YIWISE_CALLBACK_ACK, 'success');
  assert.equal(cjs.YIWISE_CALLBACK_ACK, 'success');
  for (const [name, value] of Object.entries({ parseYiwiseCallback, YiwiseCallbackCrypto, yiwiseCallbackDecodeParam })) {
    assert.equal(typeof value, 'function', name);
    assert.equal(cjs[name], value, `ESM and CJS share ${name}`);
  }
});

// ---- parsing ----

test('the docs\' three examples parse from a string, a Buffer and an object', () => {
  for (const t of ['ROBOT_CALL_RECORD', 'ROBOT_CALL_JOB', 'ROBOT_CALL_SMS']) {
    const text = example(t);
    const fromString = parseYiwiseCallback(text);
    assert.equal(fromString.dataType, t);
    assert.equal(fromString.known, true);
    assert.deepEqual(fromString.data, JSON.parse(text).data, t);
    assert.deepEqual(parseYiwiseCallback(Buffer.from(text)), fromString);
    assert.deepEqual(parseYiwiseCallback(JSON.parse(text)), fromString);
  }
  const record = parseYiwiseCallback(example('ROBOT_CALL_RECORD'));
  assert.equal(record.data.callDetailList[1].type, 'PERSON');
  assert.equal(record.data.properties['生日'], '2019年10月1日');
});

test('an unknown dataType is returned with known: false and its data as sent', () => {
  const cb = parseYiwiseCallback('{"dataType":"ROBOT_CALL_WECHAT","data":{"x":[1,"2"]}}');
  assert.equal(cb.dedupeKey.slice(0, 25), 'ROBOT_CALL_WECHAT:sha256:');
  assert.deepEqual(cb, { dataType: 'ROBOT_CALL_WECHAT', known: false, data: { x: [1, '2'] }, dedupeKey: cb.dedupeKey });
});

test('dedupeKey names the delivery: the record, job state or SMS, else the body\'s hash', () => {
  const key = (body) => parseYiwiseCallback(body).dedupeKey;
  assert.equal(key(example('ROBOT_CALL_RECORD')), `ROBOT_CALL_RECORD:${JSON.parse(example('ROBOT_CALL_RECORD')).data.callRecordId}`);
  assert.equal(key(example('ROBOT_CALL_SMS')), 'ROBOT_CALL_SMS:53780');
  assert.equal(key({ dataType: 'ROBOT_CALL_JOB', data: { robotCallJobId: '43', status: 'COMPLETED' } }), 'ROBOT_CALL_JOB:43:COMPLETED');
  const a = key('{"dataType":"X","data":{"n":1}}');
  assert.equal(a, key('{"dataType":"X","data":{"n":1}}'));
  assert.notEqual(a, key('{"dataType":"X","data":{"n":2}}'));
});

test('bad bodies throw typed errors naming the field', () => {
  const cases = [
    ['not json', 'decode', 'body'],
    [{ data: {} }, 'decode', 'dataType'],
    [{ dataType: 'ROBOT_CALL_RECORD', data: { callRecordId: 'abc' } }, 'decode', 'data.callRecordId'],
    [{ dataType: 'ROBOT_CALL_SMS', data: { msgList: [{ varMap: [1] }] } }, 'decode', 'data.msgList[0].varMap'],
    [{ dataType: 'ROBOT_CALL_JOB' }, 'decode', 'data'],
    [undefined, 'validation', 'body'],
    [' '.repeat(1024 * 1024 + 1), 'validation', 'body'],
  ];
  for (const [body, kind, field] of cases) {
    const e = thrown(() => parseYiwiseCallback(body));
    assert.equal(e.kind, kind, e.message);
    assert.equal(e.field, field, e.message);
  }
});

// ---- crypto ----

test('the shared vectors verify and decrypt through the package (tolerance off)', () => {
  for (const v of VECTORS) {
    const c = new YiwiseCallbackCrypto({ token: v.token, encodingAesKey: v.encodingAesKey, receiveId: v.receiveId, toleranceSeconds: 0 });
    const opts = { timestamp: v.timestamp, nonce: v.nonce, randomPrefix: v.randomPrefix };
    assert.equal(c.encryptMsg(v.plaintext, opts), v.xml);
    assert.equal(c.decryptMsg({ msgSignature: v.msgSignature, timestamp: v.timestamp, nonce: v.nonce, body: v.xml }), v.plaintext);
    assert.equal(c.decryptMsg({ msg_signature: v.msgSignature, timestamp: Number(v.timestamp), nonce: v.nonce, body: Buffer.from(v.xml) }), v.plaintext);
    assert.equal(c.verifyUrl({ msg_signature: v.msgSignature, timestamp: v.timestamp, nonce: v.nonce, echostr: v.encrypt }), v.plaintext);
  }
});

test('the simulator\'s node:crypto implementation produces the vectors too', () => {
  for (const v of VECTORS) {
    const sealed = encryptCallback(v, v.plaintext, { timestamp: v.timestamp, nonce: v.nonce, randomPrefix: v.randomPrefix });
    assert.equal(sealed.encrypt, v.encrypt);
    assert.equal(sealed.msgSignature, v.msgSignature);
    assert.equal(sealed.xml, v.xml);
  }
  // And the SDK reads what it makes now, with the default tolerance.
  const c = new YiwiseCallbackCrypto({ token: TOKEN, encodingAesKey: KEY, receiveId: 'corp' });
  const text = '验证接口验签解密是否正确'.repeat(100);
  const sealed = encryptCallback({ token: TOKEN, encodingAesKey: KEY, receiveId: 'corp' }, text);
  assert.equal(c.decryptMsg({ ...sealed, body: sealed.xml }), text);
});

test('rejections: signature, stale timestamp, foreign receiveId, damaged ciphertext, bad key', () => {
  const v = VECTORS[0];
  const input = { msgSignature: v.msgSignature, timestamp: v.timestamp, nonce: v.nonce, body: v.xml };
  const off = new YiwiseCallbackCrypto({ token: TOKEN, encodingAesKey: KEY, toleranceSeconds: 0 });
  let e = thrown(() => off.decryptMsg({ ...input, msgSignature: '0'.repeat(40) }));
  assert.deepEqual([e.kind, e.field], ['signature', 'msgSignature']);
  e = thrown(() => new YiwiseCallbackCrypto({ token: TOKEN, encodingAesKey: KEY }).decryptMsg(input));
  assert.deepEqual([e.kind, e.field], ['signature', 'timestamp']);
  e = thrown(() => new YiwiseCallbackCrypto({ token: TOKEN, encodingAesKey: KEY, receiveId: 'corp', toleranceSeconds: 0 }).decryptMsg(input));
  assert.deepEqual([e.kind, e.field], ['signature', 'receiveId']);
  const damaged = `${v.encrypt.slice(0, 40)}${v.encrypt.slice(41)}`;
  e = thrown(() => off.verifyUrl({ ...input, echostr: damaged, msgSignature: encryptCallbackSignature(damaged) }));
  assert.deepEqual([e.kind, e.field], ['decode', 'echostr']);
  e = thrown(() => off.decryptMsg({ ...input, body: 'success' }));
  assert.deepEqual([e.kind, e.field], ['decode', 'body']);
  e = thrown(() => new YiwiseCallbackCrypto({ token: TOKEN, encodingAesKey: KEY.slice(1) }));
  assert.deepEqual([e.kind, e.field], ['validation', 'encodingAesKey']);
  assert.ok(!e.message.includes(KEY.slice(1, 20)));
});

/** msg_signature of (vector 0's timestamp and nonce, `encrypt`) under TOKEN. */
function encryptCallbackSignature(encrypt) {
  // node:crypto SHA-1 over the sorted values, as the simulator signs.
  const v = VECTORS[0];
  return require('node:crypto').createHash('sha1').update([TOKEN, v.timestamp, v.nonce, encrypt].sort().join('')).digest('hex');
}

const KEYS = { token: TOKEN, encodingAesKey: KEY, receiveId: '' };
const queryOf = (q) => Object.fromEntries(new URLSearchParams(q.slice(1)));

test('messages built the vendor\'s way (URL-encoded Encrypt and msg_signature) decrypt as received', () => {
  const c = new YiwiseCallbackCrypto({ ...KEYS });
  for (const plaintext of [example('ROBOT_CALL_RECORD'), example('ROBOT_CALL_JOB'), '验证接口验签解密是否正确']) {
    const post = vendorPost(KEYS, plaintext);
    assert.match(post.body, /%2B|%2F|%3D/, 'the vendor URL-encodes the ciphertext');
    // The query as URLSearchParams gives it (decoded once), and as raw text (not decoded).
    assert.equal(c.decryptMsg({ ...queryOf(post.query), body: post.body }), plaintext);
    const raw = Object.fromEntries(post.query.slice(1).split('&').map((kv) => kv.split('=')));
    assert.equal(c.decryptMsg({ ...raw, body: Buffer.from(post.body) }), plaintext);
  }
  const get = vendorGet(KEYS, '验证接口验签解密是否正确');
  assert.equal(c.verifyUrl(queryOf(get.query)), get.echo);
});

test('every signed value may be raw or URL-encoded once or twice, in the body and the query', () => {
  const v = VECTORS[1]; // its encrypt ends in "==" and holds '+' and '/'
  const c = new YiwiseCallbackCrypto({ token: TOKEN, encodingAesKey: KEY, toleranceSeconds: 0 });
  const enc = (s, n) => Array.from({ length: n }).reduce((t) => javaUrlEncode(t), s);
  assert.ok(enc(v.encrypt, 1).endsWith('%3D%3D') && enc(v.encrypt, 2).endsWith('%253D%253D'));
  for (let b = 0; b < 3; b += 1) {
    for (let q = 0; q < 3; q += 1) {
      const query = { msg_signature: enc(v.msgSignature, q), timestamp: enc(v.timestamp, q), nonce: enc(v.nonce, q) };
      assert.equal(c.decryptMsg({ ...query, body: vendorXml(enc(v.encrypt, b), v.msgSignature, v.timestamp, v.nonce) }), v.plaintext, `${b} ${q}`);
      assert.equal(c.verifyUrl({ ...query, echostr: enc(v.encrypt, b) }), v.plaintext, `${b} ${q}`);
    }
  }
  // Three times, or a changed character, is still refused.
  const q = { msgSignature: v.msgSignature, timestamp: v.timestamp, nonce: v.nonce };
  assert.equal(thrown(() => c.verifyUrl({ ...q, echostr: enc(v.encrypt, 3) })).kind, 'signature');
  assert.equal(thrown(() => c.verifyUrl({ ...q, echostr: `A${enc(v.encrypt, 1).slice(1)}` })).kind, 'signature');
  assert.equal(yiwiseCallbackDecodeParam(enc(v.encrypt, 2)), v.encrypt);
  assert.equal(yiwiseCallbackDecodeParam(v.encrypt), v.encrypt);
});

test('the simulator sends exactly what the vendor\'s sender sends', () => {
  const keys = { ...KEYS, receiveId: '' };
  const opts = { timestamp: '1678759048896', nonce: '8214825565', randomPrefix: 'aaaabbbbccccdddd' };
  const sim = vendorCallbackPost(keys, VECTORS[0].plaintext, opts);
  const vendor = vendorPost(keys, VECTORS[0].plaintext, { ...opts, randomStr: opts.randomPrefix });
  assert.equal(sim.body, vendor.body);
  assert.equal(`?${sim.query}`, vendor.query);
  assert.equal(sim.contentType, vendor.headers['content-type']);
  const check = vendorUrlCheck(keys, '验证接口验签解密是否正确', { ...opts, randomPrefix: '0123456789abcdef' });
  assert.equal(`?${check.query}`, vendorGet(keys, '验证接口验签解密是否正确', opts).query);
});

test('no secret in String(), JSON.stringify, inspect or errors', () => {
  const c = new YiwiseCallbackCrypto({ token: TOKEN, encodingAesKey: KEY, receiveId: 'corp' });
  const shown = [String(c), JSON.stringify(c), inspect(c, { showHidden: true, depth: 5 })].join('\n');
  assert.ok(shown.includes('corp'), shown);
  assert.ok(!shown.includes(TOKEN) && !shown.includes(KEY.slice(0, 12)), shown);
  assert.deepEqual(JSON.parse(JSON.stringify(c)), { receiveId: 'corp', toleranceSeconds: 300 });
});

// ---- end to end with the simulator ----

/**
 * A local receiver: decodes every POST with `decode(req, body)` and answers `success`; answers a
 * GET (the URL check) with `verify(query)`.
 */
async function receiver(decode, { answer = () => YIWISE_CALLBACK_ACK, verify = null } = {}) {
  const got = [];
  const errors = [];
  const checks = [];
  let n = 0;
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'GET') {
        checks.push(req.url);
        try {
          res.writeHead(200, { 'Content-Type': 'text/plain' }).end(verify(Object.fromEntries(new URL(req.url, 'http://x').searchParams)));
        } catch (e) {
          errors.push(e);
          res.writeHead(400).end(e.message);
        }
        return;
      }
      n += 1;
      try {
        got.push(decode(req, Buffer.concat(chunks)));
      } catch (e) {
        errors.push(e);
        res.writeHead(400).end(e.message);
        return;
      }
      res.writeHead(200, { 'Content-Type': 'text/plain' }).end(answer(n));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/yiwise/callback?from=sim`,
    got,
    errors,
    checks,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function until(probe, what, timeoutMs = 8000) {
  const end = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** Sets the callback URL, runs a job of `phones.length` customers to completion. */
async function runJob(sim, callbackUrl, phones) {
  const yw = new YiwiseClient({ baseUrl: sim.url, ...DEMO });
  await yw.isv.updateIsvInfo({ tenantSign: DEMO.tenantSign, callbackUrl });
  const { robotCallJobId } = await yw.job.create({
    concurrencyQuota: 2, jobPhoneNumberIdList: [276],
    robotCallJob: { name: '回调测试', mode: 'MANUAL', dialogFlowId: 1001, phoneType: 'MOBILE', dailyStartTime: '09:00', dailyEndTime: '20:00' },
  });
  await yw.job.importCustomer({
    robotCallJobId,
    customerPersons: phones.map((phoneNumber, i) => ({ name: `客户${i}`, phoneNumber, properties: { 城市: '杭州' } })),
  });
  await yw.job.start({ robotCallJobId });
  return robotCallJobId;
}

const sims = [];
after(async () => { await Promise.all(sims.map((s) => s.close())); });

test('end to end, plain: call records then the job completion, typed by the SDK', async () => {
  const sim = await simulator({ callMs: 10 });
  sims.push(sim);
  const rx = await receiver((req, body) => {
    assert.equal(req.method, 'POST');
    assert.match(req.headers['content-type'], /^application\/json/);
    return parseYiwiseCallback(body);
  });
  try {
    const phones = ['13800000001', '13800000002', '13800000003'];
    const jobId = await runJob(sim, rx.url, phones);
    await until(() => rx.got.some((c) => c.dataType === 'ROBOT_CALL_JOB'), 'the job callback');
    assert.deepEqual(rx.errors, []);
    const records = rx.got.filter((c) => c.dataType === 'ROBOT_CALL_RECORD');
    assert.equal(records.length, 3);
    assert.deepEqual(records.map((c) => c.data.calledPhoneNumber).sort(), phones);
    for (const { known, data } of records) {
      assert.equal(known, true);
      assert.equal(data.robotCallJobId, jobId);
      assert.equal(typeof data.callRecordId, 'number');
      assert.match(data.startTime, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      assert.equal(data.properties['城市'], '杭州');
      assert.ok(Array.isArray(data.callDetailList));
    }
    // The job callback comes last.
    assert.deepEqual(rx.got.at(-1), {
      dataType: 'ROBOT_CALL_JOB', known: true, data: { robotCallJobId: jobId, tenantId: 1, status: 'COMPLETED' },
      dedupeKey: `ROBOT_CALL_JOB:${jobId}:COMPLETED`,
    });
    // The log and GET /sim/callbacks agree: four deliveries, all acknowledged.
    await until(() => sim.yiwise.deliveredCallbacks.every((d) => d.status === 'delivered'), 'the log');
    const listed = await (await fetch(`${sim.url}/sim/callbacks`)).json();
    assert.equal(listed.encrypted, false);
    assert.equal(listed.deliveredCallbacks.length, 4);
    assert.ok(listed.deliveredCallbacks.every((d) => d.status === 'delivered' && d.attempts === 1 && d.response === 'success'));
  } finally {
    await rx.close();
  }
});

test('end to end, encrypted: the SDK verifies and decrypts what the simulator sends', async () => {
  const key = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
  const sim = await simulator({ callMs: 10, callbackToken: 'sim-token', callbackAesKey: key, callbackReceiveId: 'corp-1' });
  sims.push(sim);
  const crypto = new YiwiseCallbackCrypto({ token: 'sim-token', encodingAesKey: key, receiveId: 'corp-1' });
  const rx = await receiver((req, body) => {
    assert.equal(req.headers['content-type'], 'application/xml');
    assert.match(body.toString(), /<Encrypt><!\[CDATA\[[A-Za-z0-9%]+\]\]>/, 'URL-encoded, as the vendor sends');
    const query = Object.fromEntries(new URL(req.url, 'http://127.0.0.1').searchParams);
    assert.equal(query.from, 'sim'); // the callback URL's own query is kept
    return parseYiwiseCallback(crypto.decryptMsg({ ...query, body }));
  }, { verify: (query) => crypto.verifyUrl(query) });
  try {
    const jobId = await runJob(sim, rx.url, ['13800000011', '13800000012']);
    await until(() => rx.got.some((c) => c.dataType === 'ROBOT_CALL_JOB'), 'the job callback');
    assert.deepEqual(rx.errors, []);
    assert.equal(rx.got.filter((c) => c.dataType === 'ROBOT_CALL_RECORD').length, 2);
    assert.equal(rx.got.at(-1).data.robotCallJobId, jobId);
    await until(() => sim.yiwise.deliveredCallbacks.every((d) => d.status === 'delivered'), 'the log');
    assert.ok(sim.yiwise.deliveredCallbacks.every((d) => d.encrypted));
    // One GET URL check, before the first POST.
    assert.equal(rx.checks.length, 1);
    assert.match(rx.checks[0], /[?&]echostr=[A-Za-z0-9%]+/);
    assert.equal(sim.yiwise.deliveredCallbacks[0].dataType, 'URL_CHECK');
    assert.equal(sim.yiwise.deliveredCallbacks[0].status, 'delivered');
    // A receiver with another token refuses them.
    const other = new YiwiseCallbackCrypto({ token: 'other', encodingAesKey: key, receiveId: 'corp-1' });
    const sealed = encryptCallback({ token: 'sim-token', encodingAesKey: key, receiveId: 'corp-1' }, '{}');
    assert.equal(thrown(() => other.decryptMsg({ ...sealed, body: sealed.xml })).kind, 'signature');
  } finally {
    await rx.close();
  }
});

test('encrypted: a receiver that fails the URL check gets no POST until a check passes', async () => {
  const key = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
  const sim = await simulator({ callMs: 10, callbackToken: 'sim-token', callbackAesKey: key });
  sims.push(sim);
  const crypto = new YiwiseCallbackCrypto({ token: 'sim-token', encodingAesKey: key });
  let checks = 0;
  const rx = await receiver((req, body) => parseYiwiseCallback(crypto.decryptMsg({ ...Object.fromEntries(new URL(req.url, 'http://x').searchParams), body })), {
    verify: (query) => {
      checks += 1;
      return checks === 1 ? 'wrong echo' : crypto.verifyUrl(query);
    },
  });
  try {
    sim.yiwise.isvs[0].callbackUrl = rx.url;
    sim.yiwise.callbacks.emit('ROBOT_CALL_JOB', { robotCallJobId: 7, tenantId: 1, status: 'COMPLETED' });
    await until(() => sim.yiwise.deliveredCallbacks.some((d) => d.dataType === 'ROBOT_CALL_JOB' && d.status === 'retrying'), 'the failed first attempt');
    const job = sim.yiwise.deliveredCallbacks.find((d) => d.dataType === 'ROBOT_CALL_JOB');
    assert.match(job.error, /URL check failed/);
    assert.equal(rx.got.length + rx.errors.length, 0, 'no POST after a failed check');
    await until(() => job.status === 'delivered', 'the retry after a passing check');
    assert.equal(checks, 2);
    assert.deepEqual(sim.yiwise.deliveredCallbacks.filter((d) => d.dataType === 'URL_CHECK').map((d) => d.status), ['failed', 'delivered']);
  } finally {
    await rx.close();
  }
});

test('a receiver that does not answer "success" gets the callback again', async () => {
  const sim = await simulator({ callMs: 10 });
  sims.push(sim);
  const rx = await receiver((_req, body) => parseYiwiseCallback(body), { answer: (n) => (n === 1 ? 'error' : YIWISE_CALLBACK_ACK) });
  try {
    sim.yiwise.isvs[0].callbackUrl = rx.url;
    sim.yiwise.callbacks.emit('ROBOT_CALL_JOB', { robotCallJobId: 7, tenantId: 1, status: 'COMPLETED' });
    await until(() => sim.yiwise.deliveredCallbacks[0]?.status === 'delivered', 'the retry');
    assert.equal(sim.yiwise.deliveredCallbacks[0].attempts, 2);
    assert.equal(rx.got.length, 2);
  } finally {
    await rx.close();
  }
});

test('callbacks go to loopback URLs only; others are logged as skipped', async () => {
  const sim = await simulator({ callMs: 10 });
  sims.push(sim);
  sim.yiwise.isvs[0].callbackUrl = 'http://example.invalid/callback';
  sim.yiwise.isvs[1].callbackUrl = 'http://localhost.invalid/callback';
  sim.yiwise.callbacks.emit('ROBOT_CALL_JOB', { robotCallJobId: 7, tenantId: 1, status: 'COMPLETED' });
  assert.deepEqual(sim.yiwise.deliveredCallbacks.map((d) => [d.url, d.status, d.attempts]), [
    ['http://example.invalid/callback', 'skipped', 0],
    ['http://localhost.invalid/callback', 'skipped', 0],
  ]);
});

test('the simulator refuses a bad callback key, and a token without a key', async () => {
  await assert.rejects(simulator({ callbackToken: 't', callbackAesKey: 'short' }), /callbackAesKey/);
  await assert.rejects(simulator({ callbackToken: 't' }), /go together/);
});

test('a delivery under way does not keep the process alive after close()', async () => {
  // A child process: a receiver that never answers, one callback, then sim.close().
  const script = `
    import http from 'node:http';
    import { startServer } from ${JSON.stringify(new URL('../../www/server.mjs', import.meta.url).href)};
    const hang = http.createServer(() => { console.log('received'); });
    hang.on('connection', (s) => s.unref());
    await new Promise((r) => hang.listen(0, '127.0.0.1', r));
    hang.unref();
    const sim = await startServer({ port: 0, quiet: true });
    sim.yiwise.isvs[0].callbackUrl = 'http://127.0.0.1:' + hang.address().port + '/cb';
    sim.yiwise.callbacks.emit('ROBOT_CALL_JOB', { robotCallJobId: 1, tenantId: 1, status: 'COMPLETED' });
    await new Promise((r) => setTimeout(r, 300));
    await sim.close();
    console.log('closed', sim.yiwise.callbacks.pending.size);
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { out += d; });
  const code = await new Promise((resolve, reject) => {
    const t = setTimeout(() => { child.kill(); reject(new Error(`still running after 5 s:\n${out}`)); }, 5000);
    child.on('exit', (c) => { clearTimeout(t); resolve(c); });
  });
  assert.equal(code, 0, out);
  assert.match(out, /received\nclosed 0/);
});
