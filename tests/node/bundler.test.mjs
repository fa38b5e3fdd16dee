// The package through a bundler: Vite builds a small app that imports
// 'yiwise-rongzi' by name (the `browser` export, its wasm emitted as an asset),
// and the built app runs in headless Chromium against the simulator.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { simulator } from './helpers.mjs';

const APP = fileURLToPath(new URL('./bundler-app/', import.meta.url));
const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html' };

let out;
let sim;
let server;
let browser;
before(async () => {
  out = await mkdtemp(join(tmpdir(), 'yiwise-vite-'));
  await build({ root: APP, logLevel: 'silent', build: { outDir: out, emptyOutDir: true } });
  sim = await simulator();
  server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const file = normalize(join(out, path === '/' ? 'index.html' : path));
    if (!file.startsWith(out)) return res.writeHead(404).end();
    let body;
    try {
      body = await readFile(file);
    } catch {
      return res.writeHead(404).end();
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  await sim?.close();
  if (out) await rm(out, { recursive: true, force: true });
});

test('Vite bundles the package with its wasm as an asset', async () => {
  const assets = await readdir(join(out, 'assets'));
  assert.ok(assets.some((f) => f.endsWith('.wasm')), assets.join());
  assert.ok(assets.some((f) => f.endsWith('.js')), assets.join());
});

test('the bundled app signs, calls the simulator and gets typed errors', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/?sim=${encodeURIComponent(sim.url)}`);
  await page.waitForFunction(() => window.result !== undefined);
  const result = await page.evaluate(() => window.result);
  assert.deepEqual(errors, []);
  assert.deepEqual(result, { tenantName: '杭州一知智能科技有限公司', label: '已完成', errorClass: true, kind: 'api' });
});
