// The signing proxy seen from real pages in headless Chromium: a browser YiwiseClient with
// `viaProxy: true` works from the proxy's own origin and from a listed origin (real preflights);
// a page on another loopback origin trying a form post and a `no-cors` fetch with cookies
// reaches nothing (the simulator's request log stays empty), and a text/plain POST is refused
// even from an allowed page. Three origins: the proxy (127.0.0.1:A), a listed one (:B), an
// unlisted one (:C).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createYiwiseProxy, toNodeListener } from 'yiwise-rongzi/server';
import { DEMO, simulator } from './helpers.mjs';
import { launch, watchErrors } from './demo-page.mjs';

const PKG = path.resolve(fileURLToPath(new URL('../../pkg/', import.meta.url)));
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html;charset=UTF-8' };

let sim;
let browser;
const servers = [];

/** A server of `pages` (path → HTML) and the built package under /pkg/; `extra(req, res)` first. */
async function site(pages, extra = null) {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (extra && extra(req, res, url)) return;
    req.resume();
    if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
    if (pages[url.pathname]) return res.writeHead(200, { 'content-type': TYPES['.html'], 'set-cookie': 'session=s3cret; SameSite=None' }).end(pages[url.pathname]);
    if (url.pathname.startsWith('/pkg/')) {
      const file = path.resolve(PKG, `.${url.pathname.slice(4)}`);
      if (file.startsWith(PKG + path.sep)) {
        try {
          return res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
        } catch {
          // fall through to 404
        }
      }
    }
    res.writeHead(404).end();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  servers.push(server);
  return `http://127.0.0.1:${server.address().port}`;
}

/** A page that runs `body` (an async function's text, given `yw`) and stores its result. */
const clientPage = (proxyBase) => `<!doctype html><meta charset="utf-8"><script type="module">
  import init, { YiwiseClient } from '/pkg/web/index.js';
  await init();
  const base = new URL(${JSON.stringify(proxyBase)}, location.href).href;
  const yw = new YiwiseClient({ baseUrl: base, viaProxy: true, maxRetries: 0 });
  window.run = async (what) => {
    try {
      if (what === 'tenant') return { ok: (await yw.tenant.getTenant()).tenantName };
      if (what === 'create') return { ok: (await yw.job.create({ concurrencyQuota: 1, jobPhoneNumberIdList: [276],
        robotCallJob: { name: '浏览器', mode: 'MANUAL', dialogFlowId: 1001, phoneType: 'MOBILE', dailyStartTime: '09:00', dailyEndTime: '20:00' } })).robotCallJobId };
      if (what === 'text/plain') {
        const r = await fetch(base + '/apiOpen/v1/job/delete', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"robotCallJobId":1}' });
        return { status: r.status, code: (await r.json()).code };
      }
    } catch (e) {
      return { kind: e.kind, code: e.code, status: e.status };
    }
  };
  window.ready = true;
</script>`;

/** An attacker's page: a form post and a no-cors fetch (with cookies) at `target`. */
const attackPage = (target) => `<!doctype html><meta charset="utf-8">
<form id="f" method="POST" action="${target}" enctype="text/plain" target="sink"><input name='{"robotCallJobId":1,"x":"' value='"}'></form>
<form id="g" method="POST" action="${target}" target="sink2"><input name="robotCallJobId" value="1"></form>
<iframe name="sink"></iframe><iframe name="sink2"></iframe>
<script>
  window.attack = async () => {
    document.getElementById('f').submit();
    document.getElementById('g').submit();
    const tries = [
      fetch(${JSON.stringify(target)}, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'content-type': 'application/json' }, body: '{"robotCallJobId":1}' }),
      fetch(${JSON.stringify(target)}, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'content-type': 'text/plain' }, body: '{"robotCallJobId":1}' }),
      fetch(${JSON.stringify(target)}, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: '{"robotCallJobId":1}' }),
    ];
    const out = await Promise.allSettled(tries);
    return out.map((o) => o.status);
  };
</script>`;

let A;
let B;
let C;
let proxyHits = [];

before(async () => {
  sim = await simulator();
  browser = await launch();
  // The proxy's own site: the page and the proxy on one origin.
  let listed = null;
  const proxy = {};
  A = await site({ '/page.html': clientPage('/yiwise') }, (req, res, url) => {
    if (!url.pathname.startsWith('/yiwise/')) return false;
    proxyHits.push(`${req.method} ${url.pathname} ${req.headers.origin ?? ''}`);
    proxy.listener(req, res);
    return true;
  });
  B = await site({ '/page.html': clientPage(`${A}/yiwise`) });
  C = await site({ '/attack.html': attackPage(`${A}/yiwise/apiOpen/v1/job/delete`) });
  listed = [B];
  proxy.listener = toNodeListener(createYiwiseProxy({
    baseUrl: sim.url, ...DEMO,
    allow: ['tenant/getTenant', 'job/create', 'job/delete'],
    authorize: () => true, // as if every request carried a valid session cookie: the worst case
    cors: { origins: listed },
  }));
});
after(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => new Promise((r) => { s.closeAllConnections(); s.close(r); })));
  await sim.close();
});

const deletes = () => sim.faults.requests.filter((r) => r.path.endsWith('/job/delete'));

async function open(url) {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(url);
  return { page, errors };
}

test('a browser client with viaProxy works from the proxy\'s own origin and from a listed origin', async () => {
  for (const origin of [A, B]) {
    const { page, errors } = await open(`${origin}/page.html`);
    await page.waitForFunction(() => window.ready === true, null, { timeout: 10_000 }).catch(() => assert.fail(errors.join('\n')));
    assert.deepEqual(await page.evaluate(() => window.run('tenant')), { ok: '杭州一知智能科技有限公司' }, origin);
    const created = await page.evaluate(() => window.run('create'));
    assert.equal(typeof created.ok, 'number', `${origin}: ${JSON.stringify(created)}`);
    assert.deepEqual(errors, []);
    await page.close();
  }
  assert.ok(proxyHits.some((h) => h.startsWith('OPTIONS') && h.endsWith(B)), 'the listed origin was preflighted');
});

test('a page on another origin reaches nothing with form posts and no-cors fetches', async () => {
  sim.faults.requests = [];
  proxyHits = [];
  const { page } = await open(`${C}/attack.html`);
  const settled = await page.evaluate(() => window.attack());
  // The cors fetch is rejected by the browser (the preflight is refused); the others "succeed" opaquely.
  assert.deepEqual(settled, ['fulfilled', 'fulfilled', 'rejected']);
  // Both form posts arrive (navigations), are refused, and nothing is forwarded.
  const end = Date.now() + 5000;
  while (proxyHits.filter((h) => h.startsWith('POST')).length < 4 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  assert.equal(proxyHits.filter((h) => h.startsWith('POST')).length, 4, proxyHits.join('\n'));
  assert.ok(proxyHits.every((h) => h.endsWith(C)), proxyHits.join('\n'));
  assert.deepEqual(deletes(), [], 'the simulator received no job/delete');
  assert.deepEqual(sim.faults.requests, []);
  await page.close();
});

test('even from an allowed page, a text/plain POST is refused and not forwarded', async () => {
  sim.faults.requests = [];
  const { page, errors } = await open(`${A}/page.html`);
  await page.waitForFunction(() => window.ready === true, null, { timeout: 10_000 }).catch(() => assert.fail(errors.join('\n')));
  assert.deepEqual(await page.evaluate(() => window.run('text/plain')), { status: 415, code: 415 });
  assert.deepEqual(deletes(), []);
  await page.close();
});
