// The runtime matrix (like stripe-node's testProjects/ and openai-node's ecosystem-tests/): the
// package is packed, installed from its tarball into a fresh project, and every target runs the
// same steps (tests/runtimes/steps.mjs) against the simulator: Node ESM, CommonJS and
// worker_threads, Deno, Bun (ESM and CommonJS), workerd (bundled as wrangler bundles), a Chromium
// page and module Web Worker on `yiwise-rongzi/web`, and apps built by Vite, webpack, esbuild
// (ESM and iife) and Rollup. The server kit runs in Node, Deno, Bun and workerd. The runtimes
// come from npm packages pinned in package.json.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile, readdir } from 'node:fs/promises';
import http from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { simulator } from './helpers.mjs';
import { launch } from './demo-page.mjs';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = (p) => path.join(ROOT, 'node_modules', p);
const DENO = BIN('@deno/linux-x64-glibc/deno');
const BUN = BIN('@oven/bun-linux-x64/bin/bun');
const WORKERD = BIN('.bin/workerd');
const FIXTURES = path.join(ROOT, 'tests/runtimes');

const EXPECTED = {
  sig: 'ac6bc834e79aa7e940ded2cabbddb174551e19a7c7da5fd2be0ed0e7d8e44719',
  tenant: '杭州一知智能科技有限公司',
  rows: 2,
  validation: 'validation robotCallJobId',
  events: 'GET tenant/getTenant 200',
};
const EXPECTED_KIT = { ...EXPECTED, callback: '200 success 43', proxy: '200 杭州一知智能科技有限公司' };
// In a browser, the appSecret is refused unless `dangerouslyAllowBrowser: true` (servers never get `guard`).
const EXPECTED_BROWSER = { guard: 'validation appSecret true', ...EXPECTED };

let sim;
let app; // the fresh project, with the tarball installed
let browser;
let server; // serves `app` to Chromium
const children = new Set();

before(async () => {
  sim = await simulator();
  app = await mkdtemp(path.join(tmpdir(), 'yiwise-runtimes-'));
  await run('npm', ['pack', '--pack-destination', app, '--loglevel=error'], { cwd: path.join(ROOT, 'pkg') });
  const tarball = (await readdir(app)).find((f) => f.endsWith('.tgz'));
  await writeFile(path.join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  await run('npm', ['install', `./${tarball}`, '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: app });
  for (const f of await readdir(FIXTURES)) await cp(path.join(FIXTURES, f), path.join(app, f));
  browser = await launch();
  server = http.createServer(async (req, res) => {
    const file = path.join(app, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!file.startsWith(app + path.sep)) return res.writeHead(404).end();
    let body;
    try {
      body = await readFile(file);
    } catch {
      return res.writeHead(404).end();
    }
    const type = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html;charset=UTF-8', '.wasm': 'application/wasm' }[path.extname(file)];
    res.writeHead(200, { 'content-type': type ?? 'application/octet-stream' }).end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
});

after(async () => {
  for (const c of children) c.kill('SIGKILL');
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r()));
  await sim?.close();
  if (app) await rm(app, { recursive: true, force: true });
});

/** Runs `cmd args` in the project; resolves the parsed RESULT line it prints. */
async function result(cmd, args, env = {}) {
  let out;
  try {
    out = await run(cmd, args, { cwd: app, env: { ...process.env, SIM_URL: sim.url, ...env }, timeout: 60_000 });
  } catch (e) {
    assert.fail(`${cmd} ${args.join(' ')} failed:\n${e.stdout}\n${e.stderr}`);
  }
  const line = out.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  assert.ok(line, `no RESULT line:\n${out.stdout}\n${out.stderr}`);
  return JSON.parse(line.slice(7));
}

/** Opens `page` (a path in the project) in Chromium; resolves `window.result`. */
async function inChromium(page) {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await tab.goto(`http://127.0.0.1:${server.address().port}/${page}?sim=${encodeURIComponent(sim.url)}`);
  try {
    await tab.waitForFunction(() => window.result !== undefined, null, { timeout: 20_000 });
  } catch {
    assert.fail(`${page}: no result; errors: ${errors.join('\n')}`);
  }
  const r = await tab.evaluate(() => window.result);
  await tab.close();
  return r;
}

test('Node: ESM, CommonJS and worker_threads, with the server kit', async () => {
  assert.deepEqual(await result(process.execPath, ['node-esm.mjs']), EXPECTED_KIT);
  assert.deepEqual(await result(process.execPath, ['node-cjs.cjs']), EXPECTED_KIT);
  assert.deepEqual(await result(process.execPath, ['node-worker.mjs']), EXPECTED_KIT);
});

test('Deno (npm-style project, import by name), with the server kit', async () => {
  const denoDir = await mkdtemp(path.join(tmpdir(), 'deno-dir-'));
  try {
    assert.deepEqual(await result(DENO, ['run', '--allow-all', '--no-prompt', 'deno.mjs'], { DENO_DIR: denoDir, DENO_NO_UPDATE_CHECK: '1' }), EXPECTED_KIT);
  } finally {
    await rm(denoDir, { recursive: true, force: true });
  }
});

test('Bun: ESM and CommonJS, with the server kit', async () => {
  assert.deepEqual(await result(BUN, ['node-esm.mjs']), EXPECTED_KIT);
  assert.deepEqual(await result(BUN, ['node-cjs.cjs']), EXPECTED_KIT);
});

/** A free loopback port (for workerd, which takes a port, not 0). */
function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

test('workerd: bundled as wrangler does, the wasm imported as a module, with the server kit', async () => {
  const out = path.join(app, 'workerd');
  await mkdir(out, { recursive: true });
  // wrangler's bundling: esbuild with the workerd, worker and browser conditions, .wasm kept as modules.
  await run(BIN('.bin/esbuild'), ['workerd-worker.mjs', '--bundle', '--format=esm', '--platform=neutral',
    '--conditions=workerd,worker,browser', '--main-fields=module,main', '--external:*.wasm', `--outfile=${out}/worker.js`], { cwd: app });
  const bundle = await readFile(path.join(out, 'worker.js'), 'utf8');
  const wasmImport = /from\s+"([^"]+\.wasm)"/.exec(bundle)?.[1];
  assert.equal(wasmImport, './yiwise_rongzi_bg.wasm', 'the workerd entry imports the wasm next to it');
  await cp(path.join(app, 'node_modules/yiwise-rongzi/web/yiwise_rongzi_bg.wasm'), path.join(out, 'yiwise_rongzi_bg.wasm'));
  const port = await freePort();
  await writeFile(path.join(out, 'config.capnp'), `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "loopback", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],
);
const worker :Workerd.Worker = (
  modules = [
    (name = "worker.js", esModule = embed "worker.js"),
    (name = "yiwise_rongzi_bg.wasm", wasm = embed "yiwise_rongzi_bg.wasm"),
  ],
  compatibilityDate = "2025-01-01",
  bindings = [ (name = "SIM_URL", text = "${sim.url}") ],
  globalOutbound = "loopback",
);
`);
  const child = spawn(WORKERD, ['serve', path.join(out, 'config.capnp'), '--verbose'], { cwd: out, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let log = '';
  child.stdout.on('data', (c) => { log += c; });
  child.stderr.on('data', (c) => { log += c; });
  try {
    let res;
    for (let i = 0; i < 100 && !res; i += 1) {
      res = await fetch(`http://127.0.0.1:${port}/`).catch(() => null);
      if (!res) await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(res, `workerd did not start:\n${log}`);
    const text = await res.text();
    assert.equal(res.status, 200, `${text}\n${log}`);
    assert.deepEqual(JSON.parse(text), EXPECTED_KIT);
  } finally {
    child.kill('SIGTERM');
    children.delete(child);
  }
});

test('Chromium: yiwise-rongzi/web on a page and in a module Web Worker', async () => {
  assert.deepEqual(await inChromium('page-web.html'), { page: EXPECTED_BROWSER, worker: EXPECTED_BROWSER });
});

test('Chromium: the per-API entries load only their API and share the error class', async () => {
  assert.deepEqual(await inChromium('page-per-api.html'), {
    rows: 2,
    rongziError: 'validation customerCode',
    tenant: EXPECTED.tenant,
    sig: EXPECTED.sig,
    yiwiseError: EXPECTED.validation,
    rongziHas: ['RongziClient'],
    yiwiseHas: ['YiwiseClient', 'createYiwiseSigner'],
    sameClass: true,
  });
});

/** Writes `dist/<name>.html` loading `script` (a module unless `classic`). */
async function page(name, script, { classic = false } = {}) {
  await writeFile(path.join(app, 'dist', `${name}.html`), `<!doctype html><meta charset="utf-8"><script ${classic ? '' : 'type="module" '}src="${script}"></script>`);
  return `dist/${name}.html`;
}

test('bundlers: Vite and webpack with the main entry; esbuild (ESM and iife) and Rollup with the inline entry', async () => {
  await mkdir(path.join(app, 'dist'), { recursive: true });
  const bin = (name) => BIN(`.bin/${name}`);
  // Vite: an index.html beside the app, built into dist/vite.
  await writeFile(path.join(app, 'index.html'), '<!doctype html><meta charset="utf-8"><script type="module" src="./app-main.mjs"></script>');
  await run(bin('vite'), ['build', '--base', './', '--outDir', 'dist/vite', '--logLevel', 'error'], { cwd: app });
  assert.deepEqual(await inChromium('dist/vite/index.html'), EXPECTED_BROWSER, 'vite');
  // webpack 5, zero config.
  await run(bin('webpack'), ['--mode', 'production', '--entry', './app-main.mjs', '--output-path', 'dist/webpack', '--no-stats'], { cwd: app });
  assert.deepEqual(await inChromium(await page('webpack', '/dist/webpack/main.js')), EXPECTED_BROWSER, 'webpack');
  // esbuild: ESM and the default iife format.
  await run(bin('esbuild'), ['app-inline.mjs', '--bundle', '--format=esm', '--outfile=dist/esbuild-esm.js'], { cwd: app });
  assert.deepEqual(await inChromium(await page('esbuild-esm', '/dist/esbuild-esm.js')), EXPECTED_BROWSER, 'esbuild esm');
  await run(bin('esbuild'), ['app-inline.mjs', '--bundle', '--outfile=dist/esbuild-iife.js'], { cwd: app });
  assert.deepEqual(await inChromium(await page('esbuild-iife', '/dist/esbuild-iife.js', { classic: true })), EXPECTED_BROWSER, 'esbuild iife');
  // Rollup with node-resolve.
  await run(bin('rollup'), ['app-inline.mjs', '--plugin', '@rollup/plugin-node-resolve={browser:true}', '--format', 'es', '--file', 'dist/rollup.js', '--silent'], { cwd: app });
  assert.deepEqual(await inChromium(await page('rollup', '/dist/rollup.js')), EXPECTED_BROWSER, 'rollup');
});

test('esbuild with the main entry says what to do instead of a bare 404', async () => {
  await mkdir(path.join(app, 'dist'), { recursive: true });
  await run(BIN('.bin/esbuild'), ['app-main.mjs', '--bundle', '--format=esm', '--outfile=dist/esbuild-main.js'], { cwd: app });
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.goto(`http://127.0.0.1:${server.address().port}/${await page('esbuild-main', '/dist/esbuild-main.js')}`);
  await tab.waitForFunction(() => true);
  for (let i = 0; i < 50 && !errors.length; i += 1) await new Promise((r) => setTimeout(r, 100));
  await tab.close();
  assert.match(errors.join('\n'), /yiwise-rongzi\/inline/);
});
