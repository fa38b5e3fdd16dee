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
  const targets = [
    pkg.exports['.'].node.import,
    pkg.exports['.'].node.require,
    pkg.exports['.'].browser,
    pkg.exports['.'].types,
    pkg.exports['./web'].default,
    pkg.exports['./web'].types,
  ];
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
