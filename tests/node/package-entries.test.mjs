// The built package works through every entry: ESM import, CommonJS require, and
// the explicit-init `web` entry; import and require share one module instance.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import * as esm from 'yiwise-rongzi';

const require = createRequire(import.meta.url);

test('import and require expose the same public API and the same error class', () => {
  const cjs = require('yiwise-rongzi');
  for (const name of ['YiwiseClient', 'YiwiseRongziError', 'yiwiseSignature', 'yiwiseLabel', 'yiwiseEnumValues']) {
    assert.equal(typeof esm[name], 'function', `ESM export ${name}`);
    assert.equal(esm[name], cjs[name], `ESM and CJS share ${name}`);
  }
  assert.equal(Object.keys(cjs).some((k) => k.startsWith('__')), false, 'no internal exports');
});

test('package.json declares node, browser and web entries that exist', async () => {
  const pkgUrl = new URL('../../pkg/package.json', import.meta.url);
  const pkg = JSON.parse(await readFile(pkgUrl, 'utf8'));
  assert.equal(pkg.name, 'yiwise-rongzi');
  assert.match(pkg.version, /^\d+\.\d+\.\d+/);
  // Every file any condition points at, for every entry (types for import and for require).
  const targets = [];
  const walk = (v) => {
    if (typeof v === 'string') targets.push(v);
    else for (const x of Object.values(v)) walk(x);
  };
  walk(pkg.exports);
  for (const t of ['./index.d.cts', './server/index.d.cts', './server/node.mjs', './server/index.mjs', './node/index.cjs', './browser/index.js',
    './web/workerd.js', './server/workerd.mjs', './inline/index.js', './rongzi/index.js', './yiwise/index.js']) {
    assert.ok(targets.includes(t), `exports point at ${t}`);
  }
  targets.push('server/kit.mjs', 'server/kit.cjs', 'errors.d.cts', 'inline/wasm.js', 'start-wasm.mjs');
  assert.ok(pkg.files.includes('server/'));
  // The files whose import starts the module (bundlers must not drop them), and only those.
  assert.deepEqual(pkg.sideEffects, ['./browser/index.js', './rongzi/index.js', './yiwise/index.js', './web/workerd.js', './inline/index.js', './node/index.cjs', './server/node.cjs']);
  for (const t of targets) await readFile(new URL(t, pkgUrl)); // throws if missing
});

test('the web entry needs init() and then works in Node too', async () => {
  const web = await import('yiwise-rongzi/web');
  const wasm = await readFile(new URL('../../pkg/web/yiwise_rongzi_bg.wasm', import.meta.url));
  await web.default({ module_or_path: wasm });
  assert.equal(
    web.yiwiseSignature({ appKey: 'k', appSecret: 's', tenantSign: 't', timestamp: 0 }),
    'ac6bc834e79aa7e940ded2cabbddb174551e19a7c7da5fd2be0ed0e7d8e44719',
  );
  try {
    new web.YiwiseClient({});
    assert.fail('constructor accepted empty options');
  } catch (e) {
    assert.ok(e instanceof web.YiwiseRongziError, 'web entry registers its error class');
  }
});

test('yiwise-rongzi/server: import and require share one kit, built on the same error class', async () => {
  const server = await import('yiwise-rongzi/server');
  const cjs = require('yiwise-rongzi/server');
  const names = ['createRongziProxy', 'createYiwiseCallbackHandler', 'createYiwiseProxy', 'toNodeListener'];
  assert.deepEqual(Object.keys(server).sort(), names);
  for (const name of names) assert.equal(server[name], cjs[name], name);
  let e;
  try {
    server.createYiwiseProxy({});
  } catch (err) {
    e = err;
  }
  assert.ok(e instanceof esm.YiwiseRongziError);
  assert.equal(e.kind, 'validation');
  // The default (non-Node) entry loads too: it is what Deno's and bundlers' ES module graphs take.
  const other = await import(new URL('../../pkg/server/index.mjs', import.meta.url));
  assert.deepEqual(Object.keys(other).sort(), names);
});
