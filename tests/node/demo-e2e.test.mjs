// The demo page end to end in headless Chromium against the in-process simulator: a whole Yiwise
// task, inline validation messages, SDK errors, a Rongzi session, and a phone-width screen.
// Asserts on what the page shows; fails on any page or console error. Screenshots go to a temp dir.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulator } from './helpers.mjs';
import { demoBackend } from '../../www/backend.mjs';
import { launch, watchErrors, openDemo, createAndStart, waitCompleted, tidyForScreenshot } from './demo-page.mjs';

let sim;
let browser;
let shots;
let receiver;

/** A callback receiver on loopback that answers `success`, as the README's handler does. */
async function callbackReceiver() {
  const bodies = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      bodies.push(JSON.parse(body));
      res.writeHead(200, { 'content-type': 'text/plain' }).end('success');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/yiwise/callback`, bodies, close: () => new Promise((r) => server.close(r)) };
}

before(async () => {
  // 600 ms per call, one at a time: a task of 5 takes 3 s, so the page sees it running.
  // With the demo's backend (www/backend.mjs): the server kit's proxy and callback receivers.
  sim = await simulator({ callMs: 600, backend: demoBackend });
  receiver = await callbackReceiver();
  browser = await launch();
  shots = await mkdtemp(join(tmpdir(), 'demo-e2e-'));
});
after(async () => {
  await browser?.close();
  await receiver?.close();
  await sim?.close();
  if (shots) console.log(`# demo screenshots: ${shots}`);
});

async function newPage(viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = watchErrors(page);
  // Nothing from outside: every request goes to the simulator's own origin.
  page.on('request', (r) => { if (!r.url().startsWith(`${sim.url}/`)) errors.push(`external request: ${r.url()}`); });
  return { page, errors, close: () => context.close() };
}

/** Form controls without an accessible label (a <label>, aria-label or aria-labelledby). */
const unlabelled = (page) => page.evaluate(() => [...document.querySelectorAll('input, select, textarea')]
  .filter((el) => el.offsetParent !== null && el.labels.length === 0 && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'))
  .map((el) => el.outerHTML));

test('Yiwise: create → import → start → records appear → COMPLETED, with dialogue and callbacks', async () => {
  const { page, errors, close } = await newPage();
  await openDemo(page, `${sim.url}/`);
  assert.match(await page.getByTestId('secret-note').textContent(), /appSecret must stay on a server/);
  assert.equal(await page.getByTestId('yw-base-url').inputValue(), sim.url);

  await page.getByTestId('callback-url').fill(receiver.url);
  await page.getByTestId('callback-save').click();
  await page.getByTestId('callback-status').filter({ hasText: 'Saved' }).waitFor();

  const id = await createAndStart(page, { name: 'E2E 回访', customers: 5 });
  // Live: the page polls and shows records while the task is still running.
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-testid=task-status]')?.dataset.status;
    const n = document.querySelectorAll('[data-testid=record-row]').length;
    return s === 'IN_PROCESS' && n >= 1 && n < 5;
  }, null, { timeout: 10_000 });
  assert.match(await page.getByTestId('task-status').textContent(), /进行中/);
  assert.match(await page.getByTestId('poll-status').textContent(), /Live/);
  await page.screenshot({ path: join(shots, 'yiwise-running.png') });

  await waitCompleted(page);
  assert.equal((await page.getByTestId('task-status').textContent()).trim(), '已完成');
  await page.getByTestId('task-progress').filter({ hasText: '5 / 5' }).waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid=poll-status]').textContent === ''); // polling stopped
  const row = page.getByTestId(`task-row-${id}`);
  assert.equal(await row.getAttribute('data-status'), 'COMPLETED');
  assert.match(await row.textContent(), /E2E 回访.*已完成.*5 \/ 5/);

  const records = page.getByTestId('record-row');
  assert.equal(await records.count(), 5);
  for (const text of await records.allTextContents()) {
    assert.match(text, /139000000\d\d/);
    assert.match(text, /已接听|未接|占线|关机|停机|拒接|空号|无法接通/, `result shown as a Chinese label: ${text}`);
    assert.match(text, /\d+ s/);
  }
  assert.doesNotMatch((await records.allTextContents()).join(' '), /ANSWERED|NO_ANSWER|BUSY/);

  // The dialogue of an answered call (robot and customer turns).
  const answered = records.filter({ hasText: '已接听' }).first();
  await answered.getByRole('button', { name: '查看 View' }).click();
  const dialogue = page.getByTestId('dialogue');
  await dialogue.locator('.bubbles li').first().waitFor();
  assert.match(await dialogue.textContent(), /机器人 Robot/);

  // Callbacks: one ROBOT_CALL_RECORD per call and the ROBOT_CALL_JOB, delivered to our receiver.
  const jobDelivered = page.locator('[data-testid=callback-row][data-type=ROBOT_CALL_JOB][data-status=delivered]');
  for (let i = 0; i < 40 && !(await jobDelivered.count()); i++) {
    await page.getByTestId('refresh-callbacks').click();
    await jobDelivered.waitFor({ timeout: 250 }).catch(() => {});
  }
  assert.match(await jobDelivered.textContent(), new RegExp(`#${id} 已完成`));
  assert.equal(await page.locator('[data-testid=callback-row][data-type=ROBOT_CALL_RECORD][data-status=delivered]').count(), 5);
  assert.equal(receiver.bodies.filter((b) => b.dataType === 'ROBOT_CALL_RECORD' && b.data.robotCallJobId === id).length, 5);

  await tidyForScreenshot(page);
  await page.screenshot({ path: join(shots, 'yiwise-completed.png') });
  await close();
  assert.deepEqual(errors, []);
});

test('Yiwise: validation messages inline next to the fields; API and auth errors with code and requestId', async () => {
  const { page, errors, close } = await newPage();
  await openDemo(page, `${sim.url}/`);
  await page.getByTestId('job-name').fill('   ');
  await page.getByTestId('job-daily-start').fill('25:00');
  await page.getByTestId('job-inactive').fill('12:00-11:00');
  await page.getByTestId('create-job').click();

  const start = page.getByTestId('issue-robotCallJob.dailyStartTime');
  await start.waitFor();
  assert.match(await start.textContent(), /HH:mm.*25:00/);
  assert.equal(await page.getByTestId('job-daily-start').getAttribute('aria-invalid'), 'true');
  assert.match(await page.getByTestId('issue-robotCallJob.name').textContent(), /must not be empty/);
  assert.match(await page.getByTestId('issue-robotCallJob.inactiveTimeList').textContent(), /\[0\]\.endTime: must be later/);
  assert.ok(await page.getByTestId('issue-robotCallJob.dailyEndTime').isHidden());
  const box = page.getByTestId('create-form').getByTestId('error');
  assert.equal(await box.getAttribute('data-kind'), 'validation');
  await page.screenshot({ path: join(shots, 'yiwise-validation.png'), fullPage: true });

  // Valid for the SDK, refused by the API: a dialog flow that is still a draft (kind api, code, requestId).
  await page.getByTestId('job-name').fill('修正后 Fixed');
  await page.getByTestId('job-daily-start').fill('09:00');
  await page.getByTestId('job-inactive').fill('');
  await page.getByTestId('job-dialog-flow').selectOption('1002');
  await page.getByTestId('create-job').click();
  await box.and(page.locator('[data-kind=api]')).waitFor();
  assert.match(await box.getByTestId('error-code').textContent(), /^\d+$/);
  assert.match(await box.getByTestId('error-requestId').textContent(), /\S+/);
  assert.match(await box.getByTestId('error-message').textContent(), /1002/);
  assert.ok(await start.isHidden());

  // Fixed: the messages go away and the task is created.
  await page.getByTestId('job-dialog-flow').selectOption('1001');
  await page.getByTestId('create-job').click();
  await page.getByTestId('create-status').filter({ hasText: 'Created' }).waitFor();
  assert.ok(await start.isHidden());

  // An import with a bad phone number points at its line.
  await page.getByTestId('import-text').fill('张三,13800000001\n李四,');
  await page.getByTestId('import-submit').click();
  const importIssue = page.getByTestId('issue-customerPersons');
  await importIssue.waitFor();
  assert.match(await importIssue.textContent(), /line 2.*phoneNumber.*must not be empty/);

  // A wrong appSecret: the API refuses the signature (kind auth, code 401, a requestId).
  await page.getByTestId('yw-app-secret').fill('wrong-secret');
  await page.getByTestId('yw-connect').click();
  const authError = page.getByTestId('yw-credentials').getByTestId('error');
  await authError.waitFor();
  assert.equal(await authError.getAttribute('data-kind'), 'auth');
  assert.equal(await authError.getByTestId('error-code').textContent(), '401');
  assert.match(await authError.getByTestId('error-requestId').textContent(), /\S+/);
  await close();
  assert.deepEqual(errors, []);
});

test('Yiwise: pause → resume → stop → delete, with the buttons each status allows', async () => {
  const { page, errors, close } = await newPage();
  await openDemo(page, `${sim.url}/`);
  const id = await createAndStart(page, { name: '暂停测试 Pause', customers: 8 });
  const status = page.getByTestId('task-status');
  await page.locator('[data-testid=task-status][data-status=IN_PROCESS]').waitFor();
  assert.ok(await page.getByTestId('action-resume').isDisabled());
  await page.getByTestId('action-pause').click();
  await page.locator('[data-testid=task-status][data-status=USER_PAUSE]').waitFor({ timeout: 10_000 });
  assert.equal((await status.textContent()).trim(), '用户暂停');
  assert.ok(await page.getByTestId('action-pause').isDisabled());
  await page.getByTestId('action-resume').click();
  await page.locator('[data-testid=task-status][data-status=IN_PROCESS]').waitFor();
  await page.getByTestId('action-stop').click();
  await page.locator('[data-testid=task-status][data-status=TERMINATE]').waitFor({ timeout: 10_000 });
  assert.equal((await status.textContent()).trim(), '已终止');
  assert.ok(await page.getByTestId('action-start').isDisabled());
  assert.ok(await page.getByTestId('action-stop').isDisabled());
  await page.getByTestId('action-delete').click();
  await page.getByTestId(`task-row-${id}`).waitFor({ state: 'detached' });
  assert.ok(await page.getByTestId('task-detail').isHidden());
  await close();
  assert.deepEqual(errors, []);
});

test('Rongzi: login → filter → paging → edit a comment → read it back after a reload; SMS and call sync', async () => {
  const { page, errors, close } = await newPage();
  await page.goto(`${sim.url}/#rongzi`);
  await page.getByTestId('rz-login').click();
  await page.getByTestId('rz-user').filter({ hasText: '刘超[AA1611]' }).waitFor();
  const info = page.getByTestId('rz-page-info');
  await info.filter({ hasText: '共 300 条' }).waitFor();

  await page.getByTestId('rz-filter').selectOption('INTENT');
  await info.filter({ hasText: /第 1 \/ \d+ 页 · 共 60 条/ }).waitFor();
  const rows = page.locator('[data-testid^=rz-row-]');
  assert.equal(await rows.count(), 10);
  for (const r of await rows.all()) assert.equal(await r.getAttribute('data-exe'), 'INTENT');
  const table = await page.getByTestId('rz-customers').textContent();
  assert.match(table, /有意向/);
  assert.match(table, /有房|无房/);
  assert.match(table, /有车|无车/);
  assert.match(table, /社保|公积金/);

  await page.getByTestId('rz-next').click();
  await info.filter({ hasText: '第 2 /' }).waitFor();
  await page.getByTestId('rz-prev').click();
  await info.filter({ hasText: '第 1 /' }).waitFor();

  // Edit the first customer's comment: the counter, the 500-character limit, then a real save.
  const first = rows.first();
  const code = await first.getAttribute('data-code');
  await first.getByTestId('rz-edit-comment').click();
  const input = page.getByTestId('rz-comment-input');
  await input.fill('长'.repeat(501));
  assert.equal(await page.getByTestId('rz-comment-count').textContent(), '501 / 500');
  await page.getByTestId('rz-comment-save').click();
  await page.getByTestId('issue-comment').filter({ hasText: 'at most 500 characters' }).waitFor();
  const comment = `E2E 已联系 ${Date.now()}`;
  await input.fill(comment);
  await page.getByTestId('rz-comment-save').click();
  await page.getByTestId(`rz-row-${code}`).getByTestId('rz-comment').filter({ hasText: comment }).waitFor();
  await page.screenshot({ path: join(shots, 'rongzi-list.png') });

  // Reload: the session survives (token in sessionStorage); the server has the new comment.
  await page.reload();
  await info.filter({ hasText: '共 300 条' }).waitFor();
  await page.getByTestId('rz-filter').selectOption('INTENT');
  await info.filter({ hasText: '共 60 条' }).waitFor();
  assert.equal(await page.getByTestId(`rz-row-${code}`).getByTestId('rz-comment').textContent(), comment);

  // The customer: SMS (record one from a template, it shows up) and a synced call record.
  await page.getByTestId(`rz-row-${code}`).getByTestId('rz-details').click();
  const messages = page.getByTestId('rz-message-row');
  await page.getByTestId('rz-messages').locator('h4').waitFor();
  const before = await messages.count();
  await page.getByTestId('rz-sms-add').click();
  await page.getByTestId('rz-sms-status').filter({ hasText: 'Recorded' }).waitFor();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=rz-message-row]').length === n + 1, before);
  assert.match(await page.getByTestId('rz-messages').textContent(), /【东方融资网】恭喜你成功放款/);
  await page.getByTestId('rz-call-sync').click();
  await page.getByTestId('rz-call-done').filter({ hasText: 'Synced' }).waitFor();
  assert.ok(sim.rongzi.calls.some((c) => c.empCode === 'AA1611'));
  await page.screenshot({ path: join(shots, 'rongzi-customer.png'), fullPage: true });
  await close();
  assert.deepEqual(errors, []);
});

test('Yiwise with remote signing: the page holds no appSecret, the server signs each request', async () => {
  const { page, errors, close } = await newPage();
  await openDemo(page, `${sim.url}/`);
  await page.getByTestId('yw-remote-signing').check();
  assert.equal(await page.getByTestId('yw-app-secret').isDisabled(), true);
  await page.getByTestId('yw-app-secret').evaluate((el) => { el.value = ''; });
  const signed = page.waitForResponse((r) => r.url() === `${sim.url}/sim/sign` && r.status() === 200);
  await page.getByTestId('yw-connect').click();
  await signed;
  await page.getByTestId('yw-tenant').filter({ hasText: '杭州一知智能科技有限公司' }).waitFor();
  const log = JSON.stringify(await (await fetch(`${sim.url}/__sim/requests`)).json());
  assert.ok(!log.includes('demo-app-secret'));
  assert.deepEqual(errors, []);
  await close();
});

test('Yiwise through the proxy: no credential in the page; the demo receiver handles the callbacks', async () => {
  const { page, errors, close } = await newPage();
  await openDemo(page, `${sim.url}/`);
  await page.getByTestId('yw-via-proxy').check();
  for (const id of ['yw-app-key', 'yw-app-secret', 'yw-tenant-sign']) assert.equal(await page.getByTestId(id).isDisabled(), true, id);
  sim.faults.requests = [];
  const sent = [];
  page.on('request', (r) => sent.push({ url: r.url(), headers: r.headers() }));
  const proxied = page.waitForResponse((r) => r.url() === `${sim.url}/app/yiwise/apiOpen/v1/tenant/getTenant` && r.status() === 200);
  await page.getByTestId('yw-connect').click();
  await proxied;
  await page.getByTestId('yw-tenant').filter({ hasText: '杭州一知智能科技有限公司' }).waitFor();
  // The page sent no credential; the proxy signed what reached the platform.
  const api = sent.filter((r) => r.url.includes('/apiOpen/'));
  assert.ok(api.length >= 3 && api.every((r) => r.url.startsWith(`${sim.url}/app/yiwise/`)), JSON.stringify(api.map((r) => r.url)));
  assert.ok(api.every((r) => !('appkey' in r.headers) && !('signature' in r.headers)));
  const upstream = sim.faults.requests.filter((r) => r.api === 'yiwise');
  assert.ok(upstream.length >= 3 && upstream.every((r) => r.headers.appKey === 'demo-app-key' && /^[0-9a-f]{64}$/.test(r.headers.signature)));

  // Callbacks to the demo receiver (createYiwiseCallbackHandler), listed in the panel.
  await page.getByTestId('callback-use-receiver').click();
  await page.waitForFunction((v) => document.querySelector('[data-testid=callback-url]').value === v, `${sim.url}/app/callbacks/plain`);
  await page.getByTestId('callback-save').click();
  await page.getByTestId('callback-status').filter({ hasText: 'Saved' }).waitFor();
  const id = await createAndStart(page, { name: '代理 回调', customers: 2, concurrency: '2' });
  await waitCompleted(page);
  const handled = page.locator('[data-testid=received-row][data-type=ROBOT_CALL_JOB]');
  for (let i = 0; i < 40 && !(await handled.count()); i++) {
    await page.getByTestId('refresh-callbacks').click();
    await handled.waitFor({ timeout: 250 }).catch(() => {});
  }
  assert.match(await handled.first().textContent(), new RegExp(`#${id} 已完成`));
  assert.ok(await page.locator('[data-testid=received-row][data-type=ROBOT_CALL_RECORD][data-encrypted=false]').count() >= 2);
  await close();
  assert.deepEqual(errors, []);
});

test('390 px wide: nothing overflows horizontally and every control has a label, on either tab', async () => {
  const { page, errors, close } = await newPage({ width: 390, height: 844 });
  await openDemo(page, `${sim.url}/`);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.getByTestId('open-task-1').click();
  await page.getByTestId('record-row').first().waitFor();
  assert.equal(await overflow(), 0);
  assert.deepEqual(await unlabelled(page), []);
  await page.screenshot({ path: join(shots, 'phone-yiwise.png'), fullPage: true });
  await page.getByTestId('tab-rongzi').click();
  await page.getByTestId('rz-login').click();
  await page.getByTestId('rz-page-info').filter({ hasText: '共' }).waitFor();
  await page.getByTestId('rz-details').first().click();
  await page.getByTestId('rz-messages').locator('h4').waitFor();
  assert.equal(await overflow(), 0);
  await page.getByTestId('rz-edit-comment').first().click();
  assert.equal(await overflow(), 0);
  assert.deepEqual(await unlabelled(page), []);
  await page.screenshot({ path: join(shots, 'phone-rongzi.png'), fullPage: true });
  await close();
  assert.deepEqual(errors, []);
});
