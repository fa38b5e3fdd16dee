// The `…All` methods: async iterables that walk every page, lazily and in order.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { YiwiseClient, YiwiseRongziError } from 'yiwise-rongzi';
import { DEMO, simulator, rejection } from './helpers.mjs';

let sim;
before(async () => { sim = await simulator({ callMs: 5 }); });
after(() => sim?.close());

/** A fetch serving `total` numbered rows, `pageSize` per page; records the query of every call. */
function pagedFetch(total, { failOnPage } = {}) {
  const queries = [];
  const fetch = async (url) => {
    const q = Object.fromEntries(new URL(url).searchParams);
    queries.push(q);
    const num = Number(q.pageNum), size = Number(q.pageSize);
    if (num === failOnPage) {
      return Response.json({ code: 500, data: null, requestId: 'FAILPAGE', resultMsg: '服务器错误' });
    }
    const content = [];
    for (let i = (num - 1) * size; i < Math.min(total, num * size); i++) {
      content.push({ robotCallJobId: i + 1, name: `job ${i + 1}`, status: 'COMPLETED' });
    }
    return Response.json({ code: 200, requestId: 'ABCDEFGH',
      data: { number: num, pageSize: size, totalElements: total, pages: Math.ceil(total / size), content } });
  };
  return { fetch, queries };
}

const client = (fetch) => new YiwiseClient({ baseUrl: 'http://127.0.0.1:9', ...DEMO, fetch });

test('every row of every page, in order, one request per page, stopping at the last page', async () => {
  const { fetch, queries } = pagedFetch(5);
  const ids = [];
  for await (const job of client(fetch).job.getJobsAll({ pageSize: 2, status: 'COMPLETED' })) ids.push(job.robotCallJobId);
  assert.deepEqual(ids, [1, 2, 3, 4, 5]);
  assert.deepEqual(queries.map((q) => q.pageNum), ['1', '2', '3']);
  assert.ok(queries.every((q) => q.status === 'COMPLETED' && q.pageSize === '2'));
});

test('pageSize defaults to 100 and pages are fetched only as the loop consumes rows', async () => {
  const { fetch, queries } = pagedFetch(250);
  let n = 0;
  for await (const _ of client(fetch).job.getJobsAll()) {
    if (++n === 150) break;
  }
  assert.deepEqual(queries.map((q) => [q.pageNum, q.pageSize]), [['1', '100'], ['2', '100']]);
});

test('each for-await starts again from the first page', async () => {
  const { fetch } = pagedFetch(3);
  const all = client(fetch).job.getJobsAll({ pageSize: 2 });
  const first = [];
  for await (const j of all) first.push(j.robotCallJobId);
  const second = [];
  for await (const j of all) second.push(j.robotCallJobId);
  assert.deepEqual(first, [1, 2, 3]);
  assert.deepEqual(second, first);
});

test('a failing page ends the loop with a typed error after the rows before it', async () => {
  const { fetch } = pagedFetch(10, { failOnPage: 2 });
  const seen = [];
  const e = await rejection((async () => {
    for await (const j of client(fetch).job.getJobsAll({ pageSize: 3 })) seen.push(j.robotCallJobId);
  })());
  assert.deepEqual(seen, [1, 2, 3]);
  assert.ok(e instanceof YiwiseRongziError);
  assert.equal(e.kind, 'api');
  assert.equal(e.requestId, 'FAILPAGE');
});

test('bad params reject the first iteration and send nothing', async () => {
  const { fetch, queries } = pagedFetch(3);
  const e = await rejection((async () => {
    for await (const _ of client(fetch).job.getJobsAll({ pageSize: 500 })) { /* never */ }
  })());
  assert.equal(e.kind, 'validation');
  assert.equal(e.field, 'pageSize');
  assert.equal(queries.length, 0);
});

test('through the simulator: every call record of a finished task', async () => {
  const yw = new YiwiseClient({ baseUrl: sim.url, ...DEMO });
  const page = await yw.callRecord.getCallRecordInfoList({ robotCallJobId: 1, pageNum: 1, pageSize: 1 });
  assert.ok(page.totalElements >= 2, 'the seed task has several records');
  const ids = [];
  for await (const rec of yw.callRecord.getCallRecordInfoListAll({ robotCallJobId: 1, pageSize: 1 })) ids.push(rec.callRecordId);
  assert.equal(ids.length, page.totalElements);
  assert.equal(new Set(ids).size, ids.length);
  const groups = [];
  for await (const g of yw.csRobot.staffGroupListAll()) groups.push(g.groupName);
  assert.ok(groups.length >= 2);
});
