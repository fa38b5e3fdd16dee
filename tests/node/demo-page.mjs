// Drives the demo page (www/index.html) in headless Chromium: shared by tests/node/demo-e2e.test.mjs
// and scripts/screenshot. Uses playwright-core with Debian's /usr/bin/chromium.
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export const launch = () => chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });

/** Collects page errors and console errors of `page` into the returned array. */
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console.error: ${m.text()}`); });
  return errors;
}

/** Opens the page and waits until the Yiwise panel has connected with the demo credentials. */
export async function openDemo(page, url) {
  await page.goto(url);
  await page.getByTestId('yw-tenant').filter({ hasText: '杭州一知智能科技有限公司' }).waitFor();
}

/** `name,phone` CSV with a header and a property column, `n` customers. */
export function customersCsv(n, first = 13900000001) {
  const cities = ['杭州', '上海', '北京', '深圳'];
  return ['姓名,电话,城市', ...Array.from({ length: n }, (_, i) => `客户${i + 1},${first + i},${cities[i % cities.length]}`)].join('\n');
}

/**
 * Creates a task through the form, imports `customers` and starts it; resolves the task id
 * (the task is running when this returns). `concurrency` '1' makes calls one at a time.
 */
export async function createAndStart(page, { name, customers = 4, concurrency = '1' }) {
  await page.getByTestId('job-name').fill(name);
  await page.getByTestId('job-concurrency').fill(concurrency);
  await page.getByTestId('create-job').click();
  const status = page.getByTestId('create-status');
  await status.filter({ hasText: 'Created' }).waitFor();
  const id = Number(/#(\d+)/.exec(await status.textContent())[1]);
  await page.getByTestId('task-detail').filter({ hasText: `#${id} ${name}` }).waitFor();
  await page.getByTestId('import-text').fill(customersCsv(customers));
  await page.getByTestId('import-submit').click();
  await page.getByTestId('import-status').filter({ hasText: `Imported ${customers} / ${customers}` }).waitFor();
  await page.getByTestId('task-progress').filter({ hasText: `0 / ${customers}` }).waitFor();
  await page.getByTestId('action-start').click();
  return id;
}

/** Waits (bounded) until the selected task shows 已完成 (COMPLETED). */
export async function waitCompleted(page, timeout = 20_000) {
  await page.locator('[data-testid=task-status][data-status=COMPLETED]').waitFor({ timeout });
}

/** Shows the task list, detail and records at the top of the viewport (import form folded, page at the top). */
export async function tidyForScreenshot(page) {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details.import')) d.open = false;
    window.scrollTo(0, 0);
  });
}
