// Pagination controls of the `…All` methods (both APIs): `limit` in the options, `toArray({ limit })`
// with its required bound, and `pages()`, against the simulator's Rongzi customers (300 of them are the demo employee's) and its
// Yiwise tasks; requests are counted in the simulator's log, so no page is fetched that is not used.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { RongziClient, YiwiseClient, YiwiseRongziError } from 'yiwise-rongzi';
import { DEMO, rejection, simulator } from './helpers.mjs';

let sim;
let rz;
let empCode;
before(async () => {
  sim = await simulator();
  rz = new RongziClient({ baseUrl: sim.url });
  ({ userInfo: { empCode } } = await rz.account.login({ username: '1611', password: '123456' }));
});
after(async () => { await sim.close(); });

const listRequests = () => sim.faults.requests.filter((r) => r.path === '/api/customer/list').length;
const rows = async (iterable) => {
  const out = [];
  for await (const r of iterable) out.push(r);
  return out;
};

test('limit stops the loop after that many rows, fetching only the pages it needs', async () => {
  sim.faults.requests = [];
  const got = await rows(rz.customer.listAll({ empCode, pageSize: 10 }, { limit: 25 }));
  assert.equal(got.length, 25);
  assert.equal(new Set(got.map((c) => c.customerCode)).size, 25);
  assert.equal(listRequests(), 3);
  const yw = new YiwiseClient({ baseUrl: sim.url, ...DEMO });
  assert.equal((await rows(yw.job.getJobsAll({ pageSize: 1 }, { limit: 1 }))).length, 1);
});

test('toArray({ limit }) collects at most limit rows; the limit is required and bounded', async () => {
  sim.faults.requests = [];
  const all = rz.customer.listAll({ empCode, pageSize: 10 });
  const first = await all.toArray({ limit: 15 });
  assert.equal(first.length, 15);
  assert.equal(listRequests(), 2);
  // The same iterable starts over each time.
  assert.deepEqual((await all.toArray({ limit: 5 })).map((c) => c.customerCode), first.slice(0, 5).map((c) => c.customerCode));
  const everything = await rz.customer.listAll({ empCode, pageSize: 100 }).toArray({ limit: 10_000 });
  assert.equal(everything.length, 300);
  for (const [opts, field] of [[undefined, 'limit'], [{}, 'limit'], [{ limit: 10_001 }, 'limit'], [{ limit: 0 }, 'limit'], [{ limit: 2.5 }, 'limit']]) {
    const e = await rejection(all.toArray(opts));
    assert.ok(e instanceof YiwiseRongziError);
    assert.deepEqual([e.kind, e.field], ['validation', field], JSON.stringify(opts));
  }
  const e = await rejection(rows(rz.customer.listAll({ empCode }, { limit: -1 })));
  assert.deepEqual([e.kind, e.field], ['validation', 'options.limit']);
});

test('pages() yields the pages as the API sends them, totals included', async () => {
  sim.faults.requests = [];
  const pages = await rows(rz.customer.listAll({ empCode, pageSize: 70 }).pages());
  assert.deepEqual(pages.map((p) => p.rows.length), [70, 70, 70, 70, 20]);
  assert.ok(pages.every((p) => p.total === 300));
  assert.equal(listRequests(), 5);
  const limited = await rows(rz.customer.listAll({ empCode, pageSize: 70 }, { limit: 100 }).pages());
  assert.equal(limited.length, 2);
  const yw = new YiwiseClient({ baseUrl: sim.url, ...DEMO });
  const ywPages = await rows(yw.job.getJobsAll({ pageSize: 1 }).pages());
  assert.ok(ywPages.length >= 2);
  assert.deepEqual(ywPages.map((p) => p.number), ywPages.map((_, i) => i + 1));
  assert.ok(ywPages.every((p) => Array.isArray(p.content) && p.content.length === 1));
});
