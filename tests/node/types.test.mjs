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

// ESM under nodenext (types/), CommonJS under node16 (types-cjs/: `require` resolves to the .d.cts
// declarations), and bundler resolution (types-bundler/).
for (const project of ['types', 'types-cjs', 'types-bundler']) {
  test(`a strict TypeScript consumer compiles against the package (tests/node/${project})`, async () => {
    try {
      await run(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tests/node/${project}/tsconfig.json`], { cwd: root });
    } catch (e) {
      assert.fail(`tsc failed:\n${e.stdout}${e.stderr}`);
    }
  });
}

test('the public declarations contain no `any`', async () => {
  for (const file of ['pkg/node/yiwise_rongzi.d.ts', 'pkg/web/index.d.ts', 'pkg/errors.d.ts', 'pkg/index.d.ts', 'pkg/index.d.cts', 'pkg/errors.d.cts', 'pkg/server/index.d.ts', 'pkg/server/index.d.cts', 'pkg/rongzi/index.d.ts', 'pkg/yiwise/index.d.ts', 'pkg/inline/index.d.ts']) {
    const text = await readFile(`${root}${file}`, 'utf8');
    const hits = text.split('\n').filter((l) => /\bany\b/.test(l) && !l.trim().startsWith('*') && !l.trim().startsWith('//'));
    assert.deepEqual(hits, [], file);
  }
});
