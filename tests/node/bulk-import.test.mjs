// job.importCustomers: a list of any length, checked row by row before anything is sent, then
// sent as job/importCustomer chunks (at most 100) with progress; failed chunks are never retried
// and reported with their rows. Against the simulator, whose request log counts what was sent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { YiwiseClient, YiwiseRongziError } from 'yiwise-rongzi';
import { DEMO, rejection, simulator } from './helpers.mjs';

let sim;
let yw;
before(async () => {
  sim = await simulator();
  yw = new YiwiseClient({ baseUrl: sim.url, ...DEMO, retryBaseMs: 0 });
});
after(async () => { await sim.close(); });

const rows = (n, first = 13600000000) => Array.from({ length: n }, (_, i) => ({ name: `客户${i}`, phoneNumber: String(first + i) }));
const imports = () => sim.faults.requests.filter((r) => r.path === '/apiOpen/v1/job/importCustomer');
const sentRows = () => imports().filter((r) => r.status === 200).reduce((n, r) => n + JSON.parse(r.body).customerPersons.length, 0);

async function newJob() {
  const { robotCallJobId } = await yw.job.create({
    concurrencyQuota: 1, jobPhoneNumberIdList: [276],
    robotCallJob: { name: '批量导入', mode: 'MANUAL', dialogFlowId: 1001, phoneType: 'MOBILE', dailyStartTime: '09:00', dailyEndTime: '20:00' },
  });
  return robotCallJobId;
}

test('250 rows go as three chunks of at most 100, with progress after each', async () => {
  const robotCallJobId = await newJob();
  sim.faults.requests = [];
  const progress = [];
  const result = await yw.job.importCustomers({ robotCallJobId, customerPersons: rows(250) }, { onProgress: (p) => progress.push(p) });
  assert.deepEqual(result, { imported: 250, failed: [] });
  assert.deepEqual(imports().map((r) => JSON.parse(r.body).customerPersons.length), [100, 100, 50]);
  assert.deepEqual(progress.map((p) => [p.done, p.total, p.imported, p.failed]), [[100, 250, 100, 0], [200, 250, 200, 0], [250, 250, 250, 0]]);
  assert.equal(sentRows(), 250);
});

test('concurrency sends several chunks at once and still imports every row once', async () => {
  const robotCallJobId = await newJob();
  sim.faults.requests = [];
  const result = await yw.job.importCustomers({ robotCallJobId, customerPersons: rows(300, 13700000000) }, { chunkSize: 40, concurrency: 3 });
  assert.deepEqual(result, { imported: 300, failed: [] });
  assert.equal(imports().length, 8);
  const phones = imports().flatMap((r) => JSON.parse(r.body).customerPersons.map((c) => c.phoneNumber));
  assert.equal(new Set(phones).size, 300);
});

test('a bad row anywhere is a validation error naming it, and nothing is sent', async () => {
  sim.faults.requests = [];
  const list = rows(250);
  list[217] = { name: '坏的' };
  const e = await rejection(yw.job.importCustomers({ robotCallJobId: 1, customerPersons: list }));
  assert.ok(e instanceof YiwiseRongziError);
  assert.equal(e.kind, 'validation');
  assert.ok(e.issues.some((i) => i.field === 'customerPersons[217].phoneNumber'), JSON.stringify(e.issues));
  for (const [options, field] of [[{ chunkSize: 101 }, 'options.chunkSize'], [{ concurrency: 0 }, 'options.concurrency'], [{ onProgress: 1 }, 'options.onProgress']]) {
    const bad = await rejection(yw.job.importCustomers({ robotCallJobId: 1, customerPersons: rows(2) }, options));
    assert.deepEqual([bad.kind, bad.field], ['validation', field]);
  }
  assert.equal(imports().length, 0);
});

test('a failed chunk is not retried; without continueOnError the rest is reported as not sent', async () => {
  const robotCallJobId = await newJob();
  sim.faults.requests = [];
  const failSecond = (p) => {
    if (p.done === 50) sim.faults.add({ path: 'job/importCustomer', api: 'yiwise', code: 500, message: '系统繁忙', times: 1 });
  };
  const result = await yw.job.importCustomers({ robotCallJobId, customerPersons: rows(150, 13800000000) }, { chunkSize: 50, onProgress: failSecond });
  assert.equal(result.imported, 50);
  assert.deepEqual(result.failed.map((f) => [f.from, f.to, f.error.kind]), [[50, 100, 'api'], [100, 150, 'aborted']]);
  assert.ok(result.failed.every((f) => f.error instanceof YiwiseRongziError));
  assert.equal(result.failed[0].error.code, 500);
  assert.equal(imports().length, 2, 'the failed chunk was sent once, the third never');
  sim.faults.clear();
});

test('with continueOnError the other chunks are still sent', async () => {
  const robotCallJobId = await newJob();
  sim.faults.requests = [];
  const failSecond = (p) => {
    if (p.done === 50) sim.faults.add({ path: 'job/importCustomer', api: 'yiwise', code: 500, times: 1 });
  };
  const result = await yw.job.importCustomers({ robotCallJobId, customerPersons: rows(150, 13900000000) }, { chunkSize: 50, continueOnError: true, onProgress: failSecond });
  assert.equal(result.imported, 100);
  assert.deepEqual(result.failed.map((f) => [f.from, f.to]), [[50, 100]]);
  assert.equal(imports().length, 3);
  sim.faults.clear();
});
