// The simulator behaves like the platform (issue 4, items 3 and 4), seen through the built SDK:
// the job state machine and its invalid transitions, the concurrency limit, fixed-seed results,
// the documented callback retry schedule (scaled by timeScale), and fault injection of every kind
// with the request log of what went on the wire. Bounded polling only; it all takes seconds.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { RongziClient, YiwiseClient, YiwiseRongziError } from 'yiwise-rongzi';
import { ATTEMPTS, retryDelayMs } from '../../www/sim/yiwise-callbacks.mjs';
import { DIAL_STATUS, INTENT_LEVELS, JOB_STATUS } from '../../www/sim/yiwise-state.mjs';
import { DEMO, rejection, simulator } from './helpers.mjs';

const SERVER = fileURLToPath(new URL('../../www/server.mjs', import.meta.url));
const RONGZI_LOGIN = { username: '1611', password: '123456' };

const sims = [];
after(async () => { await Promise.all(sims.map((s) => s.close())); });

async function sim(options) {
  const s = await simulator(options);
  sims.push(s);
  return s;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` every few ms until it returns a truthy value; fails after `timeoutMs`. */
async function until(probe, what, { timeoutMs = 5000, stepMs = 5 } = {}) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(stepMs);
  }
}

// No retries: these tests count what each single request meets (the SDK retries reads by default).
const yiwise = (s, extra = {}) => new YiwiseClient({ baseUrl: s.url, ...DEMO, maxRetries: 0, ...extra });
const JOB = {
  concurrencyQuota: 1,
  jobPhoneNumberIdList: [276],
  robotCallJob: { name: '状态机测试', mode: 'MANUAL', dialogFlowId: 1001, phoneType: 'MOBILE', dailyStartTime: '09:00', dailyEndTime: '20:00' },
};
const people = (n, from = 0) => Array.from({ length: n }, (_, i) => ({
  name: `客户${from + i}`, phoneNumber: `1370000${String(from + i).padStart(4, '0')}`, properties: { 城市: '杭州' },
}));

async function newJob(yw, customers, { quota = 1, robotCount } = {}) {
  const form = { ...JOB, concurrencyQuota: quota, robotCallJob: { ...JOB.robotCallJob, ...(robotCount ? { robotCount } : {}) } };
  const { robotCallJobId } = await yw.job.create(form);
  if (customers) await yw.job.importCustomer({ robotCallJobId, customerPersons: customers });
  return robotCallJobId;
}

const statusOf = async (yw, robotCallJobId) => (await yw.job.getJobDetail({ robotCallJobId })).robotCallJob.status;

/** The error of a call expected to be refused by the platform (kind 'api'). */
async function refused(promise, code = 400) {
  const e = await rejection(promise);
  assert.ok(e instanceof YiwiseRongziError, String(e));
  assert.equal(e.kind, 'api', e.message);
  assert.equal(e.code, code, e.message);
  assert.match(e.requestId, /^[A-Z]{8}$/);
  return e;
}

// ---- the job state machine ----

test('a job: NOT_STARTED → IN_PROCESS → pausing → USER_PAUSE → resumed → COMPLETED, every customer called', async () => {
  const s = await sim({ callMs: 120 });
  const yw = yiwise(s);
  const robotCallJobId = await newJob(yw, people(4));
  assert.equal(await statusOf(yw, robotCallJobId), 'NOT_STARTED');
  await yw.job.start({ robotCallJobId });
  assert.equal(await statusOf(yw, robotCallJobId), 'IN_PROCESS');
  await yw.job.start({ robotCallJobId }); // starting a running job again changes nothing

  // Pause while a call is under way: still IN_PROCESS (pausing) until it ends; no resume meanwhile.
  await until(async () => (await yw.callRecord.toBeCalledList({ robotCallJobId, taskStatus: 'IN_PROCESS' })).totalElements === 1, 'a call under way');
  await yw.job.pause({ robotCallJobId });
  assert.equal(await statusOf(yw, robotCallJobId), 'IN_PROCESS');
  const early = await refused(yw.job.start({ robotCallJobId }));
  assert.match(early.message, /未完全暂停/);
  await yw.job.pause({ robotCallJobId }); // a second pause is fine
  await until(async () => (await statusOf(yw, robotCallJobId)) === 'USER_PAUSE', 'USER_PAUSE');
  const paused = (await yw.job.getJobDetail({ robotCallJobId })).completedTask;
  assert.ok(paused >= 1 && paused < 4, `${paused} calls before the pause took effect`);
  assert.equal((await yw.callRecord.toBeCalledList({ robotCallJobId, taskStatus: 'IN_PROCESS' })).totalElements, 0);
  await sleep(250); // nothing is dialled while paused
  assert.equal((await yw.job.getJobDetail({ robotCallJobId })).completedTask, paused);

  // Resume from the fully paused job; it runs to COMPLETED.
  await yw.job.start({ robotCallJobId });
  assert.equal(await statusOf(yw, robotCallJobId), 'IN_PROCESS');
  await until(async () => (await statusOf(yw, robotCallJobId)) === 'COMPLETED', 'COMPLETED');
  const records = (await yw.callRecord.getCallRecordInfoList({ robotCallJobId, pageSize: 100 })).content;
  assert.deepEqual(records.map((r) => r.calledPhoneNumber).sort(), people(4).map((p) => p.phoneNumber));
  const detail = await yw.callRecord.callDetail({ callRecordId: records[0].callRecordId });
  assert.equal(detail.callRecordId, records[0].callRecordId);
  assert.equal((await yw.callRecord.toBeCalledList({ robotCallJobId })).totalElements, 0);
});

test('invalid transitions answer code 400 naming the status; stop is final; delete', async () => {
  const s = await sim({ callMs: 60_000 }); // calls never end during this test
  const yw = yiwise(s);
  const id = await newJob(yw, people(2));
  // NOT_STARTED: no pause.
  assert.match((await refused(yw.job.pause({ robotCallJobId: id }))).message, /未开始/);
  // IN_PROCESS: no delete, no modify.
  await yw.job.start({ robotCallJobId: id });
  assert.match((await refused(yw.job.delete({ robotCallJobId: id }))).message, /进行中/);
  const rename = { ...JOB, robotCallJob: { ...JOB.robotCallJob, robotCallJobId: id, name: '改名' } };
  assert.match((await refused(yw.job.modify(rename))).message, /进行中/);
  // Stop at once, even with calls under way: TERMINATE, final.
  await yw.job.stop({ robotCallJobId: id });
  assert.equal(await statusOf(yw, id), 'TERMINATE');
  await yw.job.stop({ robotCallJobId: id }); // repeating it changes nothing
  for (const [what, call] of [
    ['start', () => yw.job.start({ robotCallJobId: id })],
    ['pause', () => yw.job.pause({ robotCallJobId: id })],
    ['import', () => yw.job.importCustomer({ robotCallJobId: id, customerPersons: people(1, 50) })],
    ['modify', () => yw.job.modify(rename)],
  ]) {
    const e = await refused(call());
    assert.match(e.message, /终止/, what);
  }
  assert.equal(await statusOf(yw, id), 'TERMINATE');
  // Delete: then the job is gone (404).
  await yw.job.delete({ robotCallJobId: id });
  await refused(yw.job.getJobDetail({ robotCallJobId: id }), 404);
  await refused(yw.job.start({ robotCallJobId: id }), 404);

  // COMPLETED: no pause or stop; start only after importing more customers.
  s.yiwise.callMs = 5;
  const done = await newJob(yw, people(1, 60));
  await yw.job.start({ robotCallJobId: done });
  await until(async () => (await statusOf(yw, done)) === 'COMPLETED', 'COMPLETED');
  for (const call of [() => yw.job.start({ robotCallJobId: done }), () => yw.job.pause({ robotCallJobId: done }), () => yw.job.stop({ robotCallJobId: done })]) {
    assert.match((await refused(call())).message, /已完成/);
  }
  await yw.job.importCustomer({ robotCallJobId: done, customerPersons: people(1, 61) });
  assert.equal(await statusOf(yw, done), 'COMPLETED', 'importing does not restart it');
  await yw.job.start({ robotCallJobId: done });
  await until(async () => (await statusOf(yw, done)) === 'COMPLETED' && (await yw.job.getJobDetail({ robotCallJobId: done })).completedTask === 2, 'the second customer called');

  // checkAll tells the same story without changing anything.
  const check = await yw.job.checkAll({ operation: 'PAUSE', robotCallJobIdSet: [done] });
  assert.equal(check.executable.length, 0);
  assert.match(check.unexecutable[0].msg, /已完成/);
  // Every status the simulator reports is a documented one.
  for (const j of (await yw.job.getJobs({ pageSize: 100 })).content) assert.ok(j.status in JOB_STATUS, j.status);
});

test('concurrency: robotCount calls at once, at most concurrencyQuota', async () => {
  const s = await sim({ callMs: 40 });
  const yw = yiwise(s);
  const run = async (opts, n) => {
    const robotCallJobId = await newJob(yw, people(n, 100 + 20 * opts.quota), opts);
    await yw.job.start({ robotCallJobId });
    let seen = 0;
    await until(async () => {
      seen = Math.max(seen, (await yw.callRecord.toBeCalledList({ robotCallJobId, taskStatus: 'IN_PROCESS' })).totalElements);
      return (await statusOf(yw, robotCallJobId)) === 'COMPLETED';
    }, 'COMPLETED', { stepMs: 2 });
    return { seen, peak: s.yiwise.jobs.get(robotCallJobId).peakActive };
  };
  const three = await run({ quota: 3, robotCount: 3 }, 12);
  assert.equal(three.peak, 3);
  assert.ok(three.seen >= 2 && three.seen <= 3, `saw ${three.seen} calls at once`);
  const capped = await run({ quota: 2, robotCount: 5 }, 8);
  assert.equal(capped.peak, 2, 'robotCount 5 is capped by concurrencyQuota 2');
  assert.ok(capped.seen <= 2);
  const one = await run({ quota: 1 }, 4);
  assert.equal(one.peak, 1);
});

test('a fixed seed gives the same calls on every run; another seed, other calls; values from the documented enums', async () => {
  const outcome = async (seed) => {
    const s = await sim({ seed, callMs: 2 });
    const yw = yiwise(s);
    const robotCallJobId = await newJob(yw, people(16, 300), { quota: 4, robotCount: 4 });
    await yw.job.start({ robotCallJobId });
    await until(async () => (await statusOf(yw, robotCallJobId)) === 'COMPLETED', 'COMPLETED');
    const records = (await yw.callRecord.getCallRecordInfoList({ robotCallJobId, pageSize: 100 })).content;
    const rows = [];
    for (const r of records.sort((a, b) => a.calledPhoneNumber.localeCompare(b.calledPhoneNumber))) {
      const d = await yw.callRecord.callDetail({ callRecordId: r.callRecordId });
      assert.ok(r.resultStatus in DIAL_STATUS, r.resultStatus);
      assert.ok(INTENT_LEVELS.includes(r.intentLevel), r.intentLevel);
      rows.push([r.calledPhoneNumber, r.resultStatus, r.intentLevel, r.chatDuration, r.chatRound, (d.callDetailList ?? []).map((x) => `${x.type}:${x.text}`)]);
    }
    return rows;
  };
  const a = await outcome(7);
  assert.equal(a.length, 16);
  assert.deepEqual(await outcome(7), a);
  assert.notDeepEqual(await outcome(8), a);
  assert.ok(new Set(a.map((r) => r[1])).size > 1, 'more than one call result');
});

// ---- callbacks: the documented retry schedule ----

/** A callback receiver on loopback answering `answer` (default "fail"); records arrival times. */
async function receiver(answer = () => 'fail') {
  const arrivals = [];
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      arrivals.push(performance.now());
      res.writeHead(200, { 'Content-Type': 'text/plain' }).end(answer(arrivals.length));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/cb`,
    arrivals,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

test('retries follow the docs: 10 attempts, 1, 2, 4 … minutes apart, scaled by timeScale', async () => {
  assert.equal(ATTEMPTS, 10);
  assert.deepEqual([1, 2, 3, 9].map((n) => retryDelayMs(n)), [60_000, 120_000, 240_000, 256 * 60_000]);
  const scale = 0.00005; // a minute lasts 3 ms: the 9 waits add up to 511 minutes = 1.5 s
  const s = await sim({ timeScale: scale });
  const rx = await receiver();
  try {
    await yiwise(s).isv.updateIsvInfo({ tenantSign: DEMO.tenantSign, callbackUrl: rx.url });
    s.yiwise.callbacks.emit('ROBOT_CALL_JOB', { robotCallJobId: 9, tenantId: 1, status: 'COMPLETED' });
    const entry = s.yiwise.deliveredCallbacks[0];
    await until(() => entry.status === 'failed', 'the last attempt', { timeoutMs: 8000 });
    assert.equal(entry.attempts, 10);
    assert.equal(rx.arrivals.length, 10);
    assert.equal(entry.history.length, 10);
    assert.equal(entry.nextAttemptAt, null);
    assert.ok(entry.history.every((h) => h.httpStatus === 200 && /success/.test(h.error)));
    const gaps = rx.arrivals.slice(1).map((t, i) => t - rx.arrivals[i]);
    gaps.forEach((gap, i) => {
      const want = retryDelayMs(i + 1, scale);
      assert.ok(gap >= want - 1, `retry ${i + 1}: ${gap.toFixed(1)} ms after the previous attempt, want ≥ ${want}`);
      assert.ok(gap < want + 250, `retry ${i + 1}: ${gap.toFixed(1)} ms, want about ${want}`);
    });
    // The log is listed with the schedule.
    const listed = (await (await fetch(`${s.url}/sim/callbacks`)).json()).deliveredCallbacks[0];
    assert.equal(listed.history.length, 10);
    assert.equal(listed.status, 'failed');
  } finally {
    await rx.close();
  }
});

test('an acknowledged retry stops the schedule; at time scale 1 the first retry is due a minute later', async () => {
  const fast = await sim({ timeScale: 0.0005 });
  const rx = await receiver((n) => (n === 3 ? 'success' : 'no'));
  try {
    fast.yiwise.isvs[0].callbackUrl = rx.url;
    fast.yiwise.callbacks.emit('ROBOT_CALL_JOB', { robotCallJobId: 9, tenantId: 1, status: 'COMPLETED' });
    const entry = fast.yiwise.deliveredCallbacks[0];
    await until(() => entry.status === 'delivered', 'the third attempt');
    assert.equal(entry.attempts, 3);
    await sleep(150); // the next retry would have come after 4 scaled minutes = 120 ms
    assert.equal(rx.arrivals.length, 3);
  } finally {
    await rx.close();
  }
  const real = await sim({ timeScale: 1 });
  const rx2 = await receiver();
  try {
    real.yiwise.isvs[0].callbackUrl = rx2.url;
    real.yiwise.callbacks.emit('ROBOT_CALL_JOB', { robotCallJobId: 9, tenantId: 1, status: 'COMPLETED' });
    const entry = real.yiwise.deliveredCallbacks[0];
    await until(() => entry.status === 'retrying', 'the first answer');
    const due = Date.parse(entry.nextAttemptAt) - Date.parse(entry.history[0].at);
    assert.ok(due >= 59_000 && due <= 61_000, `first retry due after ${due} ms`);
  } finally {
    await rx2.close();
    await real.close(); // cancels the pending retry
  }
});

// ---- fault injection through the built SDK ----

const admin = async (s, method, path, body) => {
  const res = await fetch(`${s.url}/__sim/${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
};
const addFaults = async (s, faults) => {
  const r = await admin(s, 'POST', 'faults', faults);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body.faults;
};

async function rongzi(s, extra = {}) {
  const rz = new RongziClient({ baseUrl: s.url, ...extra });
  await rz.account.login(RONGZI_LOGIN);
  return rz;
}

test('a 502 HTML page is kind http, with the status, on both APIs', async () => {
  const s = await sim();
  const rz = await rongzi(s);
  await addFaults(s, [{ path: 'job/getJobs', api: 'yiwise', status: 502 }, { path: 'customer/list', api: 'rongzi', status: 502, body: '<html><body>Bad Gateway</body></html>' }]);
  const y = await rejection(yiwise(s).job.getJobs({}));
  assert.deepEqual([y.kind, y.status, y.endpoint], ['http', 502, 'yiwise job/getJobs']);
  const r = await rejection(rz.customer.list({ empCode: 'AA1611' }));
  assert.deepEqual([r.kind, r.status], ['http', 502]);
  // Other endpoints are untouched.
  assert.equal((await yiwise(s).tenant.getTenant()).tenantId, 1);
});

test('malformed bodies (truncated, not JSON, empty) are kind decode', async () => {
  const s = await sim();
  const yw = yiwise(s);
  const rz = await rongzi(s);
  for (const body of ['truncated', 'not-json', 'empty']) {
    await admin(s, 'DELETE', 'faults');
    await addFaults(s, [{ path: 'tenant/getTenant', body }, { path: 'customer/list', body }]);
    const y = await rejection(yw.tenant.getTenant());
    assert.deepEqual([y.kind, y.status], ['decode', 200], `${body}: ${y.message}`);
    const r = await rejection(rz.customer.list({ empCode: 'AA1611' }));
    assert.deepEqual([r.kind, r.status], ['decode', 200], `${body}: ${r.message}`);
  }
});

test('a delay beyond timeoutMs is kind timeout; a shorter delay only slows the answer', async () => {
  const s = await sim();
  await addFaults(s, [{ path: 'tenant/getTenant', delayMs: 2000, times: 1 }, { path: 'job/create', delayMs: 80, times: 1 }]);
  const started = Date.now();
  const e = await rejection(yiwise(s, { timeoutMs: 100 }).tenant.getTenant());
  assert.equal(e.kind, 'timeout');
  assert.ok(Date.now() - started < 1500, 'the SDK gave up at its timeout, not at the delay');
  // A delayed POST still reaches its handler with its body intact.
  const t0 = Date.now();
  const { robotCallJobId } = await yiwise(s).job.create(JOB);
  assert.ok(Date.now() - t0 >= 75);
  assert.equal((await yiwise(s).job.getJobDetail({ robotCallJobId })).robotCallJob.name, JOB.robotCallJob.name);
});

test('an API error code, a dropped connection, and `times` honoured', async () => {
  const s = await sim();
  const yw = yiwise(s);
  await addFaults(s, [{ path: 'tenant/getTenant', code: 500, times: 2 }]);
  for (let i = 0; i < 2; i += 1) {
    const e = await rejection(yw.tenant.getTenant());
    assert.deepEqual([e.kind, e.code], ['api', 500]);
    assert.match(e.requestId, /^[A-Z]{8}$/);
  }
  assert.equal((await yw.tenant.getTenant()).tenantId, 1, 'the third call goes through');
  const [fault] = (await admin(s, 'GET', 'faults')).body.faults;
  assert.deepEqual([fault.used, fault.remaining], [2, 0]);

  await addFaults(s, { path: 'phone/*', api: 'yiwise', body: 'reset', times: 1 });
  assert.equal((await rejection(yw.phone.getPhoneList())).kind, 'network');
  assert.ok((await yw.phone.getPhoneList()).length > 0);

  // api and method narrow a fault: a Rongzi-only fault leaves Yiwise alone.
  await addFaults(s, [{ api: 'rongzi', status: 503 }, { api: 'yiwise', method: 'POST', status: 500 }]);
  assert.equal((await yw.tenant.getTenant()).tenantId, 1);
  assert.equal((await rejection(yw.isv.getIsvList())).status, 500);
  assert.equal((await rejection(new RongziClient({ baseUrl: s.url }).account.login(RONGZI_LOGIN))).status, 503);
  s.reset();
  assert.deepEqual((await admin(s, 'GET', 'faults')).body.faults, [], 'reset() clears the faults');
  assert.ok((await yw.isv.getIsvList()).length > 0);
});

test('the admin endpoints: validation, delete one or all, 404, loopback peers only, startServer({ faults })', async () => {
  const s = await sim({ faults: [{ path: 'tenant/getTenant', status: 502, times: 1 }] });
  assert.equal((await rejection(yiwise(s).tenant.getTenant())).status, 502, 'a fault given at start applies at once');
  for (const [bad, msg] of [
    [{ path: 'x' }, /needs at least one of/],
    [{ status: 'oops' }, /status must be an integer/],
    [[{ status: 502 }, { api: 'other', status: 502 }], /faults\[1\]: api/],
    [{ status: 502, colour: 'red' }, /unknown field "colour"/],
    [{ body: 'x', code: 500 }, /not both/],
    [{ delayMs: 10_000_000 }, /delayMs/],
  ]) {
    const r = await admin(s, 'POST', 'faults', bad);
    assert.equal(r.status, 400, JSON.stringify(bad));
    assert.match(r.body.error, msg);
  }
  assert.equal((await (await fetch(`${s.url}/__sim/faults`, { method: 'POST', body: '{' })).status), 400);
  assert.equal((await admin(s, 'GET', 'faults')).body.faults.length, 1, 'a rejected list adds nothing');
  const second = (await addFaults(s, [{ path: 'a/b', status: 500 }, { path: 'c/d', status: 500 }])).at(-1);
  const left = (await admin(s, 'DELETE', `faults/${second.id}`)).body.faults;
  assert.deepEqual(left.map((f) => f.path), ['tenant/getTenant', 'a/b']);
  assert.equal((await admin(s, 'DELETE', 'faults/999')).status, 404);
  assert.deepEqual((await admin(s, 'DELETE', 'faults')).body.faults, []);
  assert.equal((await admin(s, 'GET', 'nothing')).status, 404);
  // No CORS on the admin answers: a page from another origin cannot read them.
  assert.equal((await fetch(`${s.url}/__sim/faults`)).headers.get('access-control-allow-origin'), null);
  // A peer that is not on loopback is refused (the server listens on 127.0.0.1, so fake one).
  let status;
  const fakeRes = { writeHead(code) { status = code; return this; }, end() {} };
  await s.faults.adminRoute({ reset() {} }).handle({ socket: { remoteAddress: '10.1.2.3' }, resume() {}, method: 'GET' }, fakeRes, new URL('http://x/__sim/faults'));
  assert.equal(status, 403);
  // POST /__sim/reset resets the simulator.
  await yiwise(s).job.create(JOB);
  assert.equal((await admin(s, 'POST', 'reset')).status, 200);
  assert.equal((await yiwise(s).job.getJobs({})).totalElements, 2);
});

test('the request log shows what went on the wire, never the appSecret, and is capped', async () => {
  const s = await sim();
  const yw = yiwise(s);
  await yw.tenant.getTenant();
  await yw.job.create(JOB);
  const rz = await rongzi(s);
  await rz.customer.list({ empCode: 'AA1611', pageSize: 2 });
  await addFaults(s, { path: 'tenant/getTenant', status: 502, times: 1 });
  await rejection(yw.tenant.getTenant());
  const { body: { requests, limit } } = await admin(s, 'GET', 'requests');
  assert.deepEqual(requests.map((r) => `${r.api} ${r.method} ${r.path}`), [
    'yiwise GET /apiOpen/v1/tenant/getTenant',
    'yiwise POST /apiOpen/v1/job/create',
    'rongzi POST /api/account/login',
    `rongzi ${requests[3].method} /api/customer/list`,
    'yiwise GET /apiOpen/v1/tenant/getTenant',
  ]);
  const [first, create, login, list, failed] = requests;
  // Yiwise: the four auth headers as sent, a valid signature, no secret.
  assert.deepEqual(['appKey', 'version', 'timestamp', 'signature'].map((h) => typeof first.headers[h]), ['string', 'string', 'string', 'string']);
  assert.equal(first.headers.appKey, DEMO.appKey);
  assert.match(first.headers.signature, /^[0-9a-f]{64}$/);
  assert.deepEqual([first.status, first.apiCode, first.fault], [200, 200, null]);
  assert.deepEqual(JSON.parse(create.body).robotCallJob.name, JOB.robotCallJob.name);
  // Rongzi: the password travels as its MD5; the token as a Bearer header.
  assert.equal(JSON.parse(login.body).password, 'e10adc3949ba59abbe56e057f20f883e');
  assert.match(list.headers.Authorization ?? list.headers.authorization, /^Bearer ey/);
  assert.deepEqual([failed.status, typeof failed.fault], [502, 'number']);
  const wire = JSON.stringify(requests);
  for (const secret of [DEMO.appSecret, 'appSecret', RONGZI_LOGIN.password === '123456' ? '"123456"' : RONGZI_LOGIN.password]) {
    assert.ok(!wire.includes(secret), `${secret} went on the wire`);
  }
  // ?since= pages; DELETE clears; the log keeps the newest `limit` requests.
  assert.equal((await admin(s, 'GET', `requests?since=${list.id}`)).body.requests.length, 1);
  await admin(s, 'DELETE', 'requests');
  assert.deepEqual((await admin(s, 'GET', 'requests')).body.requests, []);
  const n = limit + 20;
  for (let i = 0; i < n; i += 50) {
    await Promise.all(Array.from({ length: Math.min(50, n - i) }, (_, k) => fetch(`${s.url}/apiOpen/v1/no/such?i=${i + k}`).then((r) => r.arrayBuffer())));
  }
  const capped = (await admin(s, 'GET', 'requests')).body.requests;
  assert.equal(capped.length, limit);
  assert.equal(capped.at(-1).id - capped[0].id, limit - 1);
  // Static files and the admin endpoints are not logged.
  await fetch(`${s.url}/pkg/package.json`).then((r) => r.arrayBuffer());
  assert.equal((await admin(s, 'GET', `requests?since=${capped.at(-1).id}`)).body.requests.length, 0);
});

// ---- the CLI flags ----

test('the CLI takes --time-scale and --faults, and rejects bad values', async () => {
  const child = spawn(process.execPath, [SERVER, '--port', '0', '--quiet', '--lifetime', '10', '--time-scale', '0.001',
    '--faults', JSON.stringify([{ path: 'tenant/getTenant', status: 502 }])], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    const url = await until(() => /listening on (\S+)/.exec(out)?.[1], 'the URL');
    const e = await rejection(new YiwiseClient({ baseUrl: url, ...DEMO }).tenant.getTenant());
    assert.equal(e.status, 502);
  } finally {
    child.kill('SIGTERM');
  }
  for (const args of [['--time-scale', '0'], ['--time-scale', 'fast'], ['--faults', '[{"status":'], ['--faults', '[{"nothing":1}]']]) {
    const bad = spawn(process.execPath, [SERVER, '--port', '0', '--quiet', '--lifetime', '5', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    bad.stderr.on('data', (d) => { err += d; });
    const code = await new Promise((resolve) => bad.on('exit', resolve));
    assert.notEqual(code, 0, `${args.join(' ')} should fail`);
    assert.match(err, args[0] === '--faults' ? /faults/ : /time-scale/);
  }
});
