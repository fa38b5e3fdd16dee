// The appSecret never goes on the wire, into JSON, text, inspection or errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { createHash } from 'node:crypto';
import { YiwiseClient } from 'yiwise-rongzi';
import { DEMO, simulator, rejection } from './helpers.mjs';

let sim;
before(async () => { sim = await simulator(); });
after(() => sim?.close());

test('the client shows no secret in JSON, String or util.inspect', () => {
  const yw = new YiwiseClient({ baseUrl: sim.url, ...DEMO });
  for (const text of [JSON.stringify(yw), String(yw), inspect(yw, { depth: 5, showHidden: true })]) {
    assert.ok(!text.includes(DEMO.appSecret), text);
  }
  assert.deepEqual(JSON.parse(JSON.stringify(yw)), { baseUrl: sim.url, appKey: DEMO.appKey, version: 'v1' });
});

test('each request carries appKey, version, a fresh ms timestamp and a valid signature, never the secret', async () => {
  const seen = [];
  const spy = (url, init) => { seen.push({ url, init }); return fetch(url, init); };
  const yw = new YiwiseClient({ baseUrl: sim.url, ...DEMO, fetch: spy });
  await yw.tenant.getTenant();
  await yw.phone.getPhoneList();
  await rejection(yw.job.pause({ robotCallJobId: 777 }));
  assert.equal(seen.length, 3);
  for (const { url, init } of seen) {
    const wire = url + JSON.stringify(init.headers) + (init.body ?? '');
    assert.ok(!wire.includes(DEMO.appSecret), wire);
    assert.deepEqual(Object.keys(init.headers).filter((h) => /secret|tenant/i.test(h)), []);
    const { appKey, version, timestamp, signature } = init.headers;
    assert.equal(appKey, DEMO.appKey);
    assert.equal(version, 'v1');
    assert.ok(Math.abs(Number(timestamp) - Date.now()) < 60_000);
    const expected = createHash('sha256')
      .update(`${DEMO.tenantSign}appKey=${appKey}&appSecret=${DEMO.appSecret}&tenantSign=${DEMO.tenantSign}&version=${version}&timestamp=${timestamp}`)
      .digest('hex');
    assert.equal(signature, expected);
  }
  assert.equal(seen[2].init.method, 'POST');
  assert.deepEqual(JSON.parse(seen[2].init.body), { robotCallJobId: 777 });
});
