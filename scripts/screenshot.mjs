// See scripts/screenshot. Runs a task of six customers on the demo page and saves the viewport.
import { startServer } from '../www/server.mjs';
import { demoBackend } from '../www/backend.mjs';
import { launch, watchErrors, openDemo, createAndStart, waitCompleted, tidyForScreenshot } from '../tests/node/demo-page.mjs';

const out = process.argv[2] ?? 'www/screenshot.png';
// Port 8080 when free, so the picture shows the URL ./scripts/demo prints.
// As ./scripts/demo runs it: the demo's backend and encrypted callbacks (the vendor demo's keys).
const start = (port) => startServer({
  port, quiet: true, callMs: 250, backend: demoBackend,
  callbackToken: 'AIGbuK3sOV', callbackAesKey: 'INnZzJ/DPbUqqtU2ycEhzL8ewpsCRb9XqHBWHdDCknw',
});
const sim = await start(8080).catch(() => start(0));
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = watchErrors(page);
  await openDemo(page, `${sim.url}/`);
  await createAndStart(page, { name: '贷款回访 6月', customers: 6, concurrency: '2' });
  await waitCompleted(page);
  await page.locator('[data-testid=record-row]').nth(5).waitFor();
  await tidyForScreenshot(page);
  await page.screenshot({ path: out });
  if (errors.length) throw new Error(`the page reported errors:\n${errors.join('\n')}`);
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await sim.close();
}
