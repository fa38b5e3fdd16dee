// Size budgets of the published package: a page pays for every byte it loads.
// Budgets, not measurements: the measured sizes are in the README (scripts/bench).
// They guard against regressions (~9% above the module measured on 2026-12-02,
// 586 KiB raw / 236 KiB gzipped at level 9); the module is still far above the 80 KB goal
// of the performance issue: the params' serde decoding and validation are
// most of what is left (see the README).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('yiwise-rongzi/package.json'));

// Raised on 2026-12-04 from 230 KiB for what this round added (server kit table, viaProxy, callback
// URL-decoding and dedupe keys, call options, pagination controls, bulk import, request events and
// logging): 241,268 bytes gzipped by zlib at level 9, 593,009 raw. The performance issue's 200 KB goal is not met.
const BUDGET = { raw: 590 * 1024, gzip: 240 * 1024 };
// The per-API browser modules (yiwise-rongzi/rongzi, yiwise-rongzi/yiwise), a few % above what they
// measured on 2026-12-04 (rongzi 337,771 raw / 143,874 gzipped; yiwise 434,423 / 181,241, zlib level 9).
// Their goals (80 KB and 150 KB gzipped) are not met: see bench/README.md for what stands in the way.
const PER_API_BUDGET = { rongzi: { raw: 345 * 1024, gzip: 146 * 1024 }, yiwise: { raw: 440 * 1024, gzip: 184 * 1024 } };
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
