// `yiwiseSignature` through the package: the entries take a fast path (one call
// into wasm with the fields joined) for the usual input and the module's own
// function for anything else. Both must sign the same and report the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { yiwiseSignature, YiwiseRongziError } from 'yiwise-rongzi';

// The module's own function: the glue beside the package's CommonJS entry (same instance).
const entry = createRequire(import.meta.url).resolve('yiwise-rongzi');
const glue = createRequire(entry)('./yiwise_rongzi.js');
const VECTORS = JSON.parse(readFileSync(new URL('../fixtures/vectors/yiwise-signature.json', import.meta.url), 'utf8'));
const expected = (p) => createHash('sha256')
  .update(`${p.tenantSign}appKey=${p.appKey}&appSecret=${p.appSecret}&tenantSign=${p.tenantSign}&version=${p.version ?? 'v1'}&timestamp=${p.timestamp}`, 'utf8')
  .digest('hex');
const failure = (fn) => {
  try {
    fn();
  } catch (e) {
    return e;
  }
  assert.fail('did not throw');
};

test('golden vectors sign the same through the entry and the module, as digits and as a number', () => {
  for (const v of VECTORS) {
    assert.equal(yiwiseSignature(v), v.signature);
    assert.equal(glue.yiwiseSignature(v), v.signature);
    assert.equal(yiwiseSignature({ ...v, timestamp: Number(v.timestamp) }), v.signature);
  }
});

test('unusual but valid input signs like node:crypto (long, non-ASCII, NUL inside, no version, empty strings)', () => {
  const cases = [
    { appKey: 'k', appSecret: 's'.repeat(300), tenantSign: '租户', timestamp: '1' },
    { appKey: 'k', appSecret: 'se\0cret', tenantSign: 't', version: 'v2', timestamp: 12 },
    { appKey: '', appSecret: '', tenantSign: '', version: '', timestamp: '0' },
    { appKey: 'k', appSecret: 's', tenantSign: 't', version: null, timestamp: -0 },
    { appKey: 'k', appSecret: 's', tenantSign: 't', version: 'v1', timestamp: Number.MAX_SAFE_INTEGER },
    Object.assign(Object.create({ appKey: 'inherited' }), { appSecret: 's', tenantSign: 't', timestamp: '5' }),
  ];
  for (const c of cases) {
    const want = expected({ ...c, appKey: c.appKey, timestamp: Object.is(c.timestamp, -0) ? 0 : c.timestamp });
    assert.equal(yiwiseSignature(c), want, JSON.stringify(c));
    assert.equal(glue.yiwiseSignature(c), want, JSON.stringify(c));
  }
});

test('invalid input is reported the same by the entry and the module', () => {
  const cases = [
    undefined, null, 'text', 42,
    {},
    { appKey: 'k', appSecret: 's', timestamp: '12x' },
    { appKey: 1, appSecret: 's', tenantSign: 't', timestamp: 1 },
    { appKey: 'k', appSecret: 's', tenantSign: 't', version: 2, timestamp: 1 },
    { appKey: 'k', appSecret: 's', tenantSign: 't', timestamp: 1.5 },
    { appKey: 'k', appSecret: 's', tenantSign: 't', timestamp: -1 },
    { appKey: 'k', appSecret: 's', tenantSign: 't', timestamp: NaN },
    { appKey: 'k', appSecret: 's', tenantSign: 't', timestamp: 2 ** 60 },
    { appKey: 'k', appSecret: 's', tenantSign: 't', timestamp: '' },
    { appKey: 'k', appSecret: 's', tenantSign: 't', timestamp: null },
    { appKey: 'k', appSecret: 's', tenantSign: 't', timestamp: 10n },
    { appKey: 'k', get appSecret() { throw new Error('boom'); }, tenantSign: 't', timestamp: 1 },
  ];
  for (const c of cases) {
    const a = failure(() => yiwiseSignature(c));
    const b = failure(() => glue.yiwiseSignature(c));
    assert.ok(a instanceof YiwiseRongziError, String(c));
    assert.equal(a.kind, 'validation');
    assert.equal(a.message, b.message);
    assert.deepEqual(a.issues, b.issues);
    assert.ok(!a.message.includes('boom'));
  }
  const e = failure(() => yiwiseSignature({ appKey: 'k', appSecret: 'top-secret', timestamp: 'x' }));
  assert.deepEqual(e.issues.map((i) => i.field), ['tenantSign', 'timestamp']);
  assert.ok(!e.message.includes('top-secret'));
});
