// The package's TypeScript declarations compile under --strict with documented
// usage, catch obvious mistakes, and contain no `any` in the public surface.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));

test('a strict TypeScript consumer compiles against the package', async () => {
  try {
    await run(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tests/node/types/tsconfig.json`], { cwd: root });
  } catch (e) {
    assert.fail(`tsc failed:\n${e.stdout}${e.stderr}`);
  }
});

test('the public declarations contain no `any`', async () => {
  for (const file of ['pkg/node/yiwise_rongzi.d.ts', 'pkg/web/index.d.ts', 'pkg/errors.d.ts', 'pkg/index.d.ts', 'pkg/server/index.d.ts']) {
    const text = await readFile(`${root}${file}`, 'utf8');
    const hits = text.split('\n').filter((l) => /\bany\b/.test(l) && !l.trim().startsWith('*') && !l.trim().startsWith('//'));
    assert.deepEqual(hits, [], file);
  }
});
