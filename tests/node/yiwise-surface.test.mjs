// Every endpoint (the 2021-01 docs' 41 and the vendor demos' 3) is a method `client.<resource>.<function>`,
// with the resource/function taken from the docs' inventory table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { YiwiseClient, yiwiseLabel, yiwiseEnumValues } from 'yiwise-rongzi';
import { DEMO } from './helpers.mjs';

const endpoints = JSON.parse(await readFile(new URL('../fixtures/yiwise/endpoints.json', import.meta.url), 'utf8'));

test('the inventory lists 44 endpoints and each one is a method', () => {
  assert.equal(endpoints.length, 44);
  const yw = new YiwiseClient({ baseUrl: 'http://127.0.0.1:8080', ...DEMO });
  const missing = endpoints.filter(({ js }) => {
    const [resource, fn] = js.split('.');
    return typeof yw[resource]?.[fn] !== 'function';
  });
  assert.deepEqual(missing.map((e) => e.js), []);
});

test('each resource is one object per client: the same on every access, its own per client', () => {
  const resources = [...new Set(endpoints.map(({ js }) => js.split('.')[0]))];
  assert.equal(resources.length, 12);
  const a = new YiwiseClient({ baseUrl: 'http://127.0.0.1:8080', ...DEMO });
  const b = new YiwiseClient({ baseUrl: 'http://127.0.0.1:8080', ...DEMO });
  for (const r of resources) {
    assert.equal(a[r], a[r], r);
    assert.notEqual(a[r], b[r], r);
  }
  const { job } = a;
  assert.equal(typeof job.getJobs, 'function');
  assert.equal(job, a.job);
});

test('labels and enum values come from the docs', () => {
  assert.equal(yiwiseLabel('JobStatus', 'IN_PROCESS'), '进行中');
  assert.equal(yiwiseLabel('DialStatus', 'ANSWERED'), '已接听');
  assert.equal(yiwiseLabel('JobStatus', 'SOMETHING_NEW'), undefined);
  assert.equal(yiwiseLabel('NoSuchEnum', 'A'), undefined);
  const modes = yiwiseEnumValues('JobMode');
  assert.deepEqual(modes, [
    { value: 'AUTO', label: '自动任务' },
    { value: 'MANUAL', label: '手动任务' },
  ]);
  assert.equal(yiwiseEnumValues('JobStatus').length, 12);
});
