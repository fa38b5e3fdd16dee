// The package in a real browser, without a bundler: headless Chromium loads the
// `web` and `browser` entries from a static server and calls the simulator on
// another origin (so CORS is exercised too).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { DEMO, simulator } from './helpers.mjs';

const PKG = fileURLToPath(new URL('../../pkg/', import.meta.url));
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html' };

/** Serves pkg/ under /pkg/ and an empty page at /, on 127.0.0.1. */
async function staticServer() {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>sdk</title>');
      return;
    }
    const file = normalize(join(PKG, path.replace(/^\/pkg\//, '')));
    if (!path.startsWith('/pkg/') || !file.startsWith(PKG)) return res.writeHead(404).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

let sim;
let site;
let browser;
let page;
before(async () => {
  sim = await simulator({ callMs: 5 });
  site = await staticServer();
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  page = await browser.newPage();
  await page.goto(`${site.url}/`);
});
after(async () => {
  await browser?.close();
  await site?.close();
  await sim?.close();
});

test('the web entry: init(), a signed call across origins, typed errors', async () => {
  const out = await page.evaluate(async ({ simUrl, demo }) => {
    const m = await import('/pkg/web/index.js');
    await m.default();
    const yw = new m.YiwiseClient({ baseUrl: simUrl, ...demo });
    const tenant = await yw.tenant.getTenant();
    const jobs = [];
    for await (const j of yw.job.getJobsAll({ pageSize: 1 })) jobs.push(j.robotCallJobId);
    let err;
    try {
      await new m.YiwiseClient({ baseUrl: simUrl, ...demo, appSecret: 'wrong' }).tenant.getTenant();
    } catch (e) {
      err = { isClass: e instanceof m.YiwiseRongziError, isError: e instanceof Error, kind: e.kind, code: e.code, requestId: e.requestId };
    }
    let invalid;
    try {
      await yw.job.start({});
    } catch (e) {
      invalid = { kind: e.kind, field: e.field };
    }
    const { data, response } = await yw.tenant.getTenant().withResponse();
    const raw = {
      same: data.lastResponse === response, status: response.status, isHeaders: response.headers instanceof Headers,
      type: response.headers.get('content-type'), requestId: typeof response.requestId, url: response.url,
    };
    // The 2021-01 endpoints: chat, and the knowledge base (on the simulator's own origin here).
    const turn = await yw.chat.send({ botId: 1, text: '我想查一下天气' });
    const next = await yw.chat.send({ botId: 1, text: '上海', sessionId: turn.sessionId });
    const knowledge = await yw.knowledge.list({ botId: 1 });
    const created = await yw.knowledge.create({
      botId: 38, knowledgeCategoryName: '浏览器', title: `在浏览器里 ${Date.now()}`, status: 'ENABLED',
      answers: [{ gateways: ['WEB'], type: 'PURE_TEXT', content: '可以' }],
    });
    const updated = await yw.knowledge.update({ ...created, status: 'DISABLED' });
    const quick = await yw.job.oneTimeCall({
      dialogFlowId: 1001, jobPhoneNumberIdList: [348], phoneType: 'LANDLINE', customerPersons: [{ name: '小红羊', phoneNumber: '15088790310' }],
    });
    await yw.phone.updatePhoneInfoByTenantPhoneNumberId({ tenantPhoneNumberId: 369, areaCode: '010', city: '朝阳区' });
    await yw.phone.updatePhonePriceByTenantPhoneNumberId({ tenantPhoneNumberId: 369, localBillRate: 55 });
    const line = (await yw.phone.getPhoneList()).find((l) => l.tenantPhoneNumberId === 369);
    const dedup = await yw.callRecord.getCallRecordInfoList({ robotCallJobId: 1, lastCallRecord: true, redialTimes: 0 });
    const newest = {
      same: next.sessionId === turn.sessionId, answerSource: next.messages[0].text.answerSource, knowledge: knowledge.content.length > 0,
      updated: [updated.id === created.id, updated.status], quick: typeof quick.robotCallJobId, line: [line.areaCode, line.localBillRate],
      dedup: new Set(dedup.content.map((r) => r.calledPhoneNumber)).size === dedup.content.length,
    };
    return { tenant, jobs, err, invalid, raw, newest, label: m.yiwiseLabel('JobStatus', 'IN_PROCESS'), json: JSON.stringify(yw) };
  }, { simUrl: sim.url, demo: { ...DEMO, dangerouslyAllowBrowser: true } });
  assert.deepEqual(out.tenant, { tenantId: 1, tenantName: '杭州一知智能科技有限公司' });
  assert.ok(out.jobs.length >= 2);
  assert.deepEqual({ ...out.err, requestId: typeof out.err.requestId }, { isClass: true, isError: true, kind: 'auth', code: 401, requestId: 'string' });
  assert.deepEqual(out.invalid, { kind: 'validation', field: 'robotCallJobId' });
  // Across origins the Headers hold what CORS exposes: content-type is always there.
  assert.deepEqual(out.raw, {
    same: true, status: 200, isHeaders: true, type: 'application/json;charset=UTF-8', requestId: 'string', url: `${sim.url}/apiOpen/v1/tenant/getTenant`,
  });
  assert.deepEqual(out.newest, {
    same: true, answerSource: 'DIALOG_FLOW', knowledge: true, updated: [true, 'DISABLED'], quick: 'number', line: ['010', 55], dedup: true,
  });
  assert.equal(out.label, '进行中');
  assert.ok(!out.json.includes(DEMO.appSecret));
});

test('the browser entry is ready on import (top-level await) and runs a task to the end', async () => {
  const status = await page.evaluate(async ({ simUrl, demo }) => {
    const { YiwiseClient } = await import('/pkg/browser/index.js');
    const yw = new YiwiseClient({ baseUrl: simUrl, ...demo });
    const { robotCallJobId } = await yw.job.create({
      concurrencyQuota: 1, jobPhoneNumberIdList: [276],
      robotCallJob: { name: 'browser', mode: 'MANUAL', dialogFlowId: 1001, phoneType: 'MOBILE', dailyStartTime: '09:00', dailyEndTime: '20:00' },
    });
    await yw.job.importCustomer({ robotCallJobId, customerPersons: [{ name: '张三', phoneNumber: '13800000001' }] });
    await yw.job.start({ robotCallJobId });
    for (let i = 0; i < 200; i++) {
      const d = await yw.job.getJobDetail({ robotCallJobId });
      if (d.robotCallJob.status === 'COMPLETED') return d.robotCallJob.status;
      await new Promise((r) => setTimeout(r, 20));
    }
    return 'not completed';
  }, { simUrl: sim.url, demo: { ...DEMO, dangerouslyAllowBrowser: true } });
  assert.equal(status, 'COMPLETED');
});
