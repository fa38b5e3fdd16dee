// Size budgets of the published package: a page pays for every byte it loads.
// Budgets, not measurements: a few % above the modules as measured (bench/README.md, with the
// cost of each feature and what stands in the way of the performance issue's goals), so that a
// regression fails here and a deliberate growth is a reviewed change of a number below.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('yiwise-rongzi/package.json'));

// The full module (zlib level 9; measured: 613,225 raw, 249,738 gzipped).
const BUDGET = { raw: 625 * 1024, gzip: 250 * 1024 };
// The per-API browser modules, yiwise-rongzi/rongzi and yiwise-rongzi/yiwise (measured: rongzi
// 339,606 / 145,320; yiwise 459,720 / 191,076).
const PER_API_BUDGET = { rongzi: { raw: 345 * 1024, gzip: 146 * 1024 }, yiwise: { raw: 465 * 1024, gzip: 192 * 1024 } };
// The JS one consumer loads, gzipped together (the goal of issue 7: 15 KB).
const GLUE_BUDGET = 15_000;
const GLUE = {
  node: ['node/index.mjs', 'node/index.cjs', 'node/yiwise_rongzi.js', 'errors.cjs', 'signature.cjs'],
  browser: ['browser/index.js', 'web/index.js', 'web/yiwise_rongzi.js', 'errors.mjs', 'signature.mjs', 'start-wasm.mjs'],
};

for (const entry of ['node', 'web']) {
  test(`the ${entry} wasm module fits the budget (${BUDGET.raw / 1024} KiB raw, ${BUDGET.gzip / 1024} KiB gzipped)`, () => {
    const wasm = readFileSync(join(pkgDir, entry, 'yiwise_rongzi_bg.wasm'));
    assert.ok(wasm.length <= BUDGET.raw, `${entry}: ${wasm.length} bytes raw`);
    const gz = gzipSync(wasm, { level: 9 }).length;
    assert.ok(gz <= BUDGET.gzip, `${entry}: ${gz} bytes gzipped`);
    // A release build: the debug `name` section is stripped.
    assert.equal(WebAssembly.Module.customSections(new WebAssembly.Module(wasm), 'name').length, 0);
  });
}

for (const [entry, budget] of Object.entries(PER_API_BUDGET)) {
  test(`the ${entry} module fits its budget (${budget.raw / 1024} KiB raw, ${budget.gzip / 1024} KiB gzipped) and is smaller than the full one`, () => {
    const wasm = readFileSync(join(pkgDir, entry, 'yiwise_rongzi_bg.wasm'));
    const full = readFileSync(join(pkgDir, 'web', 'yiwise_rongzi_bg.wasm'));
    const gz = gzipSync(wasm, { level: 9 }).length;
    assert.ok(wasm.length <= budget.raw, `${entry}: ${wasm.length} bytes raw`);
    assert.ok(gz <= budget.gzip, `${entry}: ${gz} bytes gzipped`);
    assert.ok(gz < 0.8 * gzipSync(full, { level: 9 }).length, `${entry}: not much smaller than the full module`);
  });
}

for (const [consumer, files] of Object.entries(GLUE)) {
  test(`the JS glue a ${consumer} consumer loads fits the budget (${GLUE_BUDGET} bytes gzipped)`, () => {
    const gz = gzipSync(Buffer.concat(files.map((f) => readFileSync(join(pkgDir, f)))), { level: 9 }).length;
    assert.ok(gz <= GLUE_BUDGET, `${consumer}: ${gz} bytes gzipped (${files.join(', ')})`);
  });
}
