// The package as plain Node programs use it (issue 4, item 6): an ES module script that does
// `import ... from 'yiwise-rongzi'` and a CommonJS script that does `require('yiwise-rongzi')`,
// each run with `node` as a child process against the simulator (its URL in the environment).
// The scripts are written into a temporary directory inside tests/node/, so Node's own package
// resolution finds node_modules/yiwise-rongzi (→ pkg/) by walking up, as in a user's project.
// (The Vite consumer is tests/node/bundler.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sign } from '../../www/sim/signature.mjs';
import { DEMO, simulator } from './helpers.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PKG = path.resolve(HERE, '..', '..', 'pkg');

// What both scripts do; `load` differs. Each prints one JSON line.
const body = `
  const url = process.env.YIWISE_SIM_URL;
  const creds = { appKey: process.env.YIWISE_APP_KEY, appSecret: process.env.YIWISE_APP_SECRET, tenantSign: process.env.YIWISE_TENANT_SIGN };
  const yw = new YiwiseClient({ baseUrl: url, ...creds });
  const tenant = await yw.tenant.getTenant();
  const { robotCallJobId } = await yw.job.create({
    concurrencyQuota: 1, jobPhoneNumberIdList: [276],
    robotCallJob: { name: 'consumer', mode: 'MANUAL', dialogFlowId: 1001, phoneType: 'MOBILE', dailyStartTime: '09:00', dailyEndTime: '20:00' },
  });
  let error;
  try {
    await new YiwiseClient({ baseUrl: url, ...creds, appSecret: 'not-the-secret' }).tenant.getTenant();
  } catch (e) {
    error = { isClass: e instanceof YiwiseRongziError, kind: e.kind, code: e.code };
  }
  const rz = new RongziClient({ baseUrl: url });
  const { userInfo } = await rz.account.login({ username: '1611', password: '123456' });
  const page = await rz.customer.list({ empCode: userInfo.empCode, pageSize: 3 });
  console.log(JSON.stringify({
    resolved, tenantName: tenant.tenantName, robotCallJobId, error,
    empCode: userInfo.empCode, tokenIsJwt: /^(Bearer )?ey/.test(rz.token ?? ''), rows: page.rows.length, total: page.total,
  }));
`;

const SCRIPTS = {
  'consumer.mjs': `import { YiwiseClient, RongziClient, YiwiseRongziError } from 'yiwise-rongzi';
const resolved = import.meta.resolve('yiwise-rongzi');
${body}`,
  'consumer.cjs': `'use strict';
const { YiwiseClient, RongziClient, YiwiseRongziError } = require('yiwise-rongzi');
const resolved = require.resolve('yiwise-rongzi');
(async () => {
${body}
})().catch((e) => { console.error(e); process.exit(1); });`,
};

let dir;
let sim;
before(async () => {
  dir = await mkdtemp(path.join(HERE, '.consumers-'));
  await Promise.all(Object.entries(SCRIPTS).map(([name, text]) => writeFile(path.join(dir, name), text)));
  sim = await simulator();
});
after(async () => {
  await sim?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Runs `node <script>` in the temporary directory (bounded); resolves its parsed stdout line. */
function run(script) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [script], {
      cwd: dir,
      timeout: 15_000,
      env: {
        PATH: process.env.PATH, YIWISE_SIM_URL: sim.url,
        YIWISE_APP_KEY: DEMO.appKey, YIWISE_APP_SECRET: DEMO.appSecret, YIWISE_TENANT_SIGN: DEMO.tenantSign,
      },
    }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`node ${script} failed (${err.code ?? err.signal}):\n${stderr}${stdout}`));
      try {
        resolve(JSON.parse(stdout.trim().split('\n').at(-1)));
      } catch {
        reject(new Error(`node ${script} printed no JSON line:\n${stdout}\n${stderr}`));
      }
    });
  });
}

/** The requests the simulator received since `since`, with the Yiwise ones' signatures checked. */
async function wire(since) {
  const { requests } = await (await fetch(`${sim.url}/__sim/requests?since=${since}`)).json();
  for (const r of requests.filter((x) => x.api === 'yiwise' && x.headers.appKey === DEMO.appKey)) {
    const { version, timestamp, signature } = r.headers;
    const good = sign({ ...DEMO, version, timestamp });
    r.signedWithDemo = signature === good;
  }
  return requests;
}

const lastId = async () => ((await (await fetch(`${sim.url}/__sim/requests`)).json()).requests.at(-1)?.id ?? 0);

for (const [script, entry] of [['consumer.mjs', 'node/index.mjs'], ['consumer.cjs', 'node/index.cjs']]) {
  test(`${script}: ${script.endsWith('.mjs') ? 'import' : 'require'} 'yiwise-rongzi' resolves to pkg/${entry}; a signed Yiwise call and a Rongzi login`, async () => {
    const since = await lastId();
    const out = await run(script);
    const resolved = out.resolved.startsWith('file:') ? fileURLToPath(out.resolved) : out.resolved;
    assert.equal(await realpath(resolved), await realpath(path.join(PKG, entry)), `resolved ${out.resolved}`);
    assert.equal(out.tenantName, '杭州一知智能科技有限公司');
    assert.equal(typeof out.robotCallJobId, 'number');
    assert.deepEqual(out.error, { isClass: true, kind: 'auth', code: 401 });
    assert.equal(out.empCode, 'AA1611');
    assert.equal(out.tokenIsJwt, true);
    assert.equal(out.rows, 3);
    assert.ok(out.total > 3);

    // What went on the wire: signed Yiwise calls, a Rongzi login with the password's MD5, no secret.
    const requests = await wire(since);
    const paths = requests.map((r) => `${r.method} ${r.path}`);
    assert.deepEqual(paths.filter((p) => p.includes('/apiOpen/')), [
      'GET /apiOpen/v1/tenant/getTenant', 'POST /apiOpen/v1/job/create', 'GET /apiOpen/v1/tenant/getTenant',
    ]);
    const yiwiseCalls = requests.filter((r) => r.api === 'yiwise');
    assert.deepEqual(yiwiseCalls.map((r) => r.signedWithDemo), [true, true, false], 'the last one used a wrong secret');
    assert.deepEqual(yiwiseCalls.map((r) => r.apiCode), [200, 200, 401]);
    assert.ok(paths.includes('POST /api/account/login'));
    assert.ok(!JSON.stringify(requests).includes(DEMO.appSecret));
    assert.ok(!JSON.stringify(requests).includes('not-the-secret'));
  });
}

test('the scripts are written where Node\'s resolution finds the repository\'s node_modules', async () => {
  const link = await realpath(path.resolve(HERE, '..', '..', 'node_modules', 'yiwise-rongzi'));
  assert.equal(link, await realpath(PKG), 'node_modules/yiwise-rongzi must point at pkg/ (ln -sfn ../pkg node_modules/yiwise-rongzi)');
  assert.ok(pathToFileURL(dir).href.startsWith(pathToFileURL(path.resolve(HERE, '..', '..')).href));
});
