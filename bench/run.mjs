// Benchmarks of the built package against the alternatives, side by side in one
// Node process (issue 7). Not tests: timings vary by machine, ratios less so.
// Run with `scripts/bench` (builds pkg/ first if needed). Prints Markdown (the
// bench/README.md) and writes bench/decode-vs-rows.svg.
//
// Every timed row is measured in several repetitions; methods that are compared
// run interleaved inside each repetition (so they share the machine's mood) and
// the median per operation is reported, with the ratio of the medians.
//
// Options: --quick (fewer repetitions and rows, for a smoke run), --no-plot.
import { performance } from 'node:perf_hooks';
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { YiwiseClient, RongziClient, yiwiseSignature } from 'yiwise-rongzi';
import { startServer } from '../www/server.mjs';
import { renderPlot } from './plot.mjs';

const QUICK = process.argv.includes('--quick');
const PLOT = !process.argv.includes('--no-plot');
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PKG = join(ROOT, 'pkg');
const DEMO = { appKey: 'demo-app-key', appSecret: 'demo-app-secret', tenantSign: 'demo-tenant' };
const REPS = QUICK ? 3 : 7;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const log = (...a) => console.error('[bench]', ...a);

/**
 * Times `methods` ({ name: async (i) => … }) interleaved: `reps` repetitions, each
 * running every method `n` times in turn (order rotated per repetition).
 * Returns { name: median µs per call }.
 */
async function compare(methods, { n, reps = REPS, warm = Math.min(n, 200) }) {
  const names = Object.keys(methods);
  for (const name of names) for (let i = 0; i < warm; i++) await methods[name](i);
  const samples = Object.fromEntries(names.map((k) => [k, []]));
  for (let r = 0; r < reps; r++) {
    const order = names.map((_, j) => names[(j + r) % names.length]);
    for (const name of order) {
      const fn = methods[name];
      const t0 = performance.now();
      for (let i = 0; i < n; i++) await fn(i);
      samples[name].push(((performance.now() - t0) * 1000) / n);
    }
  }
  return Object.fromEntries(names.map((k) => [k, median(samples[k])]));
}
/** The same, for synchronous functions (no await in the loop). */
function compareSync(methods, { n, reps = REPS }) {
  const names = Object.keys(methods);
  let sink = 0;
  for (const name of names) for (let i = 0; i < Math.min(n, 2000); i++) sink ^= methods[name](i).length;
  const samples = Object.fromEntries(names.map((k) => [k, []]));
  for (let r = 0; r < reps; r++) {
    for (let j = 0; j < names.length; j++) {
      const name = names[(j + r) % names.length];
      const fn = methods[name];
      const t0 = performance.now();
      for (let i = 0; i < n; i++) sink ^= fn(i).length;
      samples[name].push(((performance.now() - t0) * 1000) / n);
    }
  }
  if (sink === 0.5) console.log(sink); // keeps the results alive
  return Object.fromEntries(names.map((k) => [k, median(samples[k])]));
}

const results = []; // { what, sdk, rows: [[label, µs]], goal, met, value }

// ---------------------------------------------------------------- 1. signature

{
  const N = QUICK ? 20_000 : 100_000;
  const parts = (i) => ({ ...DEMO, version: 'v1', timestamp: String(1562000000000 + i) });
  const message = (p) => `${p.tenantSign}appKey=${p.appKey}&appSecret=${p.appSecret}&tenantSign=${p.tenantSign}&version=${p.version}&timestamp=${p.timestamp}`;
  // Same inputs for all three; the SDK builds the message itself, the others get it built in JS.
  const inputs = Array.from({ length: N }, (_, i) => parts(i));
  const sdk0 = yiwiseSignature(inputs[0]);
  if (sdk0 !== createHash('sha256').update(message(inputs[0]), 'utf8').digest('hex')
    || sdk0 !== bytesToHex(sha256(utf8ToBytes(message(inputs[0]))))) throw new Error('signatures differ');
  log(`signature ×${N}`);
  const t = compareSync({
    sdk: (i) => yiwiseSignature(inputs[i]),
    nodeCrypto: (i) => createHash('sha256').update(message(inputs[i]), 'utf8').digest('hex'),
    noble: (i) => bytesToHex(sha256(utf8ToBytes(message(inputs[i])))),
  }, { n: N, reps: QUICK ? 3 : 5 });
  results.push({
    key: 'signature', what: `\`yiwiseSignature\`, ${N / 1000}k calls`, unit: 'µs/call', t,
    cols: [['SDK', t.sdk], ['node:crypto', t.nodeCrypto], ['@noble/hashes', t.noble]],
    ratios: [['÷ node:crypto', t.sdk / t.nodeCrypto], ['÷ @noble/hashes', t.sdk / t.noble]],
    goal: '≤ 1.0× node:crypto and < 1.0× @noble/hashes',
    value: `${(t.sdk / t.nodeCrypto).toFixed(2)}× node:crypto, ${(t.sdk / t.noble).toFixed(2)}× @noble/hashes`,
    met: t.sdk <= t.nodeCrypto && t.sdk < t.noble,
  });
}

// ---------------------------------------------------------------- shared: the simulator, sample rows

const sim = await startServer({ port: 0, quiet: true });
let lastBody = '';
const recording = async (url, init) => {
  const res = await fetch(url, init);
  lastBody = await res.clone().text();
  return res;
};
// Real rows as the simulator serves them: 300 customers of AA1611, the 3 call records of job 1.
const rzLive = new RongziClient({ baseUrl: sim.url, fetch: recording });
await rzLive.account.login({ username: '1611', password: '123456' });
await rzLive.customer.list({ empCode: 'AA1611', pageIndex: 1, pageSize: 300 });
const customerSeed = JSON.parse(lastBody).data.rows;
const ywLive = new YiwiseClient({ baseUrl: sim.url, ...DEMO, fetch: recording });
await ywLive.callRecord.getCallRecordInfoList({ robotCallJobId: 1, pageNum: 1, pageSize: 100 });
const recordSeed = JSON.parse(lastBody).data.content;
const token = rzLive.token;

/** A Rongzi customer/list body of `n` rows (the seed rows repeated, codes and phones made unique). */
function customerBody(n) {
  const rows = Array.from({ length: n }, (_, i) => {
    const c = customerSeed[i % customerSeed.length];
    return { ...c, customerCode: `${c.customerCode.slice(0, 3)}${String(10_000_000 + i)}`, mobile: `139${String(i).padStart(8, '0')}` };
  });
  return JSON.stringify({ code: 0, msg: '操作成功', data: { total: String(n), rows } });
}
/** A Yiwise getCallRecordInfoList body of `n` records (the seed records repeated, ids made unique). */
function recordBody(n) {
  const content = Array.from({ length: n }, (_, i) => {
    const r = recordSeed[i % recordSeed.length];
    return { ...r, callRecordId: 100_000 + i, robotCallTaskId: 4_000_000 + i, customerPersonId: 3_000_000 + i };
  });
  return JSON.stringify({ code: 200, data: { number: 1, pageSize: n, totalElements: n, pages: 1, content },
    requestId: 'ABCDEFGH', resultMsg: '获取成功', errorStackTrace: null });
}

// What a JS user would write with zod: the wire shape, validated (codes left as sent).
const nstr = z.string().nullish();
const nint = z.number().int().nullish();
const Customer = z.object({
  customerCode: z.string(), name: nstr, mobile: nstr, exeStatus: nint, contactStatus: nint,
  wechatFriendStatus: nint, customerWechatId: nstr, hasCars: nint, hasPolicy: nint, hasHouse: nint,
  isSecuityOrFund: nint, salary: z.union([z.number(), z.literal('')]).nullish(), job: nstr, workPlace: nstr,
  rqrDuration: z.number().nullish(), rqrAmount: z.number().nullish(), paymentDate: nstr, comment: nstr,
});
const CustomerPage = z.object({
  code: z.literal(0), msg: nstr,
  data: z.object({ total: z.union([z.string(), z.number()]).nullish(), rows: z.array(Customer) }),
});
const DIAL = ['ANSWERED', 'NO_ANSWER', 'BUSY', 'POWER_OFF', 'OUT_OF_SERVICE', 'REFUSED', 'VACANT_NUMBER',
  'CAN_NOT_CONNECT', 'FROM_PHONE_ERROR', 'SYSTEM_ERROR', 'CALL_LOSS', 'TRANSFER_ARTIFICIAL'];
const LEVEL = z.enum(['A', 'B', 'C', 'D', 'E', 'F']).nullish();
const CallRecord = z.object({
  callRecordId: nint, tenantId: nint, robotCallJobId: nint, dialogFlowId: nint, robotCallTaskId: nint,
  customerPersonId: nint, calledPhoneNumber: nstr, phoneNumberId: nint, hangupBy: nstr,
  resultStatus: z.enum(DIAL).nullish(), intentLevel: LEVEL, intentLevelName: nstr, realIntentLevel: LEVEL,
  realIntentLevelName: nstr, intentLevelTagId: nint, customerConcern: z.array(z.string()).nullish(),
  fullAudioUrl: nstr, customerAudioUrl: nstr, analysisBasis: nstr, startTime: nstr, chatDuration: nint,
  chatRound: nint, readStatus: nstr,
  callDetailList: z.array(z.object({ text: nstr, type: nstr, callDetailId: nint })).nullish(),
});
const RecordPage = z.object({
  code: z.literal(200), requestId: nstr, resultMsg: nstr,
  data: z.object({ number: nint, pageSize: nint, totalElements: nint, pages: nint, content: z.array(CallRecord).nullish() }),
});

/**
 * The SDK, JSON.parse and zod decoding the same body; `rows` checks each got every row.
 * The canned `fetch` answers the body as UTF-8 bytes encoded once up front, as a network
 * delivers them (building the Response from a JS string would add a UTF-8 encoding per
 * call that no real fetch pays). `fetchJson` and `zodFetch` read that same Response the way
 * a JS user would (`await res.json()`), so they pay what the SDK pays to get the bytes.
 */
function decoders(kind, body) {
  const bytes = Buffer.from(body, 'utf8');
  const fetch = async () => new Response(bytes, { status: 200, headers: { 'content-type': 'application/json' } });
  if (kind === 'rongzi') {
    const rz = new RongziClient({ baseUrl: 'http://127.0.0.1:9', token, fetch, maxRetries: 0 });
    return {
      sdk: async () => (await rz.customer.list({ empCode: 'AA1611', pageIndex: 1, pageSize: 20 })).rows.length,
      jsonParse: () => JSON.parse(body).data.rows.length,
      zod: () => CustomerPage.parse(JSON.parse(body)).data.rows.length,
      fetchJson: async () => (await (await fetch()).json()).data.rows.length,
      zodFetch: async () => CustomerPage.parse(await (await fetch()).json()).data.rows.length,
    };
  }
  const yw = new YiwiseClient({ baseUrl: 'http://127.0.0.1:9', ...DEMO, fetch, maxRetries: 0 });
  return {
    // pageSize ≤ 100 is what the SDK accepts in params; the canned fetch answers the big page anyway.
    sdk: async () => (await yw.callRecord.getCallRecordInfoList({ robotCallJobId: 1, pageNum: 1, pageSize: 100 })).content.length,
    jsonParse: () => JSON.parse(body).data.content.length,
    zod: () => RecordPage.parse(JSON.parse(body)).data.content.length,
    fetchJson: async () => (await (await fetch()).json()).data.content.length,
    zodFetch: async () => RecordPage.parse(await (await fetch()).json()).data.content.length,
  };
}

async function decodeTimes(kind, n, reps) {
  const body = kind === 'rongzi' ? customerBody(n) : recordBody(n);
  const d = decoders(kind, body);
  for (const [name, fn] of Object.entries(d)) {
    const got = await fn();
    if (got !== n) throw new Error(`${kind} ${name}: ${got} rows of ${n}`);
  }
  const t = await compare({
    sdk: d.sdk,
    jsonParse: async () => d.jsonParse(),
    zod: async () => d.zod(),
    fetchJson: d.fetchJson,
    zodFetch: d.zodFetch,
  }, { n: 1, reps, warm: 2 });
  return { ...t, bytes: Buffer.byteLength(body) };
}

// ---------------------------------------------------------------- 2, 3. decoding 10,000 rows

const ROWS = QUICK ? 2_000 : 10_000;
for (const kind of ['rongzi', 'yiwise']) {
  log(`decode ${kind} ×${ROWS}`);
  const t = await decodeTimes(kind, ROWS, REPS);
  const label = kind === 'rongzi'
    ? `Rongzi \`customer.list\`, ${ROWS.toLocaleString('en')} rows (${(t.bytes / 1e6).toFixed(1)} MB)`
    : `Yiwise \`callRecord.getCallRecordInfoList\`, ${ROWS.toLocaleString('en')} records (${(t.bytes / 1e6).toFixed(1)} MB)`;
  results.push({
    key: `decode-${kind}`, what: label, unit: 'ms/page', t,
    cols: [['SDK', t.sdk / 1000], ['JSON.parse', t.jsonParse / 1000], ['zod', t.zod / 1000],
      ['fetch + res.json()', t.fetchJson / 1000], ['fetch + res.json() + zod', t.zodFetch / 1000]],
    ratios: [['÷ JSON.parse', t.sdk / t.jsonParse], ['÷ zod', t.sdk / t.zod], ['÷ fetch + res.json() + zod', t.sdk / t.zodFetch]],
    goal: '≤ 2.0× JSON.parse and < 1.0× zod',
    value: `${(t.sdk / t.jsonParse).toFixed(1)}× JSON.parse, ${(t.sdk / t.zod).toFixed(2)}× zod (${(t.sdk / t.zodFetch).toFixed(2)}× zod through the same fetch)`,
    met: t.sdk <= 2 * t.jsonParse && t.sdk < t.zod,
  });
}

// ---------------------------------------------------------------- 4. one signed request end to end

try {
  const N = QUICK ? 200 : 1000;
  log(`end to end ×${N}`);
  const yw = new YiwiseClient({ baseUrl: sim.url, ...DEMO });
  const url = `${sim.url}/apiOpen/v1/tenant/getTenant`;
  const byHand = async () => {
    const timestamp = String(Date.now());
    const signature = createHash('sha256').update(
      `${DEMO.tenantSign}appKey=${DEMO.appKey}&appSecret=${DEMO.appSecret}&tenantSign=${DEMO.tenantSign}&version=v1&timestamp=${timestamp}`,
      'utf8').digest('hex');
    const res = await fetch(url, { method: 'GET', headers: { appKey: DEMO.appKey, version: 'v1', timestamp, signature } });
    const body = await res.json();
    if (body.code !== 200) throw new Error(`hand-written fetch: ${JSON.stringify(body)}`);
    return body.data;
  };
  // The same with what the SDK does for every call's timeout: an AbortController
  // whose signal goes to fetch, aborted by a timer (undici then tracks the signal).
  const byHandWithTimeout = async () => {
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(), 30_000);
    try {
      const timestamp = String(Date.now());
      const signature = createHash('sha256').update(
        `${DEMO.tenantSign}appKey=${DEMO.appKey}&appSecret=${DEMO.appSecret}&tenantSign=${DEMO.tenantSign}&version=v1&timestamp=${timestamp}`,
        'utf8').digest('hex');
      const res = await fetch(url, { method: 'GET', headers: { appKey: DEMO.appKey, version: 'v1', timestamp, signature }, signal: ac.signal });
      const body = await res.json();
      if (body.code !== 200) throw new Error(`hand-written fetch: ${JSON.stringify(body)}`);
      return body.data;
    } finally {
      clearTimeout(timer);
    }
  };
  if ((await yw.tenant.getTenant()).tenantId !== (await byHand()).tenantId) throw new Error('different tenants');
  const t = await compare({ sdk: () => yw.tenant.getTenant(), byHand, byHandWithTimeout }, { n: N, reps: QUICK ? 3 : 5 });
  // The SDK's own cost per call, without a network: both through a canned in-memory fetch.
  const tenantBody = JSON.stringify({ code: 200, data: await byHand(), requestId: 'ABCDEFGH', resultMsg: '执行成功' });
  const canned = async () => new Response(tenantBody, { status: 200, headers: { 'content-type': 'application/json' } });
  const ywCanned = new YiwiseClient({ baseUrl: 'http://127.0.0.1:9', ...DEMO, fetch: canned, maxRetries: 0 });
  const byHandCanned = async () => {
    const timestamp = String(Date.now());
    const signature = createHash('sha256').update(
      `${DEMO.tenantSign}appKey=${DEMO.appKey}&appSecret=${DEMO.appSecret}&tenantSign=${DEMO.tenantSign}&version=v1&timestamp=${timestamp}`,
      'utf8').digest('hex');
    const body = await (await canned(url, { method: 'GET', headers: { appKey: DEMO.appKey, version: 'v1', timestamp, signature } })).json();
    if (body.code !== 200) throw new Error('canned');
    return body.data;
  };
  const c = await compare({ sdk: () => ywCanned.tenant.getTenant(), byHand: byHandCanned }, { n: N * 5, reps: QUICK ? 3 : 5 });
  results.push({
    key: 'canned', what: '`tenant.getTenant` through a canned in-memory `fetch` (no network: the SDK\'s own cost)', unit: 'µs/request', t: c,
    cols: [['SDK', c.sdk], ['hand-written', c.byHand]],
    ratios: [['÷ hand-written', c.sdk / c.byHand]],
  });
  const overhead = t.sdk / t.byHand - 1;
  results.push({
    key: 'e2e', what: '`tenant.getTenant` against the simulator on loopback', unit: 'µs/request', t,
    cols: [['SDK', t.sdk], ['hand-written fetch', t.byHand], ['hand-written with a 30 s timeout signal', t.byHandWithTimeout]],
    ratios: [['÷ hand-written', t.sdk / t.byHand], ['÷ hand-written with timeout', t.sdk / t.byHandWithTimeout]],
    goal: 'overhead < 10%', value: `${overhead >= 0 ? '+' : ''}${(overhead * 100).toFixed(0)}%`, met: overhead < 0.1,
  });
} finally {
  await sim.close();
}

// ---------------------------------------------------------------- 5. sizes

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const wasmBytes = readFileSync(join(PKG, 'node', 'yiwise_rongzi_bg.wasm'));
const jsFiles = [];
(function walk(dir) {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(c|m)?js$/.test(f)) jsFiles.push(p);
  }
})(PKG);
const glueAll = jsFiles.reduce((n, f) => n + gz(readFileSync(f)), 0);
const glueOf = (files) => gz(Buffer.concat(files.map((f) => readFileSync(join(PKG, f)))));
// What one consumer loads (the files gzipped together, as a bundle would be).
const glueNode = glueOf(['node/index.mjs', 'node/index.cjs', 'node/yiwise_rongzi.js', 'errors.cjs', 'signature.cjs']);
const glueWeb = glueOf(['browser/index.js', 'web/index.js', 'web/yiwise_rongzi.js', 'errors.mjs', 'signature.mjs']);
const sizes = { wasmRaw: wasmBytes.length, wasmGz: gz(wasmBytes), glueAll, glueNode, glueWeb, glueFiles: jsFiles.length };
const KB = (n) => `${(n / 1024).toFixed(1)} KiB`;
results.push({
  key: 'wasm', what: 'shipped wasm, gzipped (level 9)', goal: '≤ 80 KB',
  value: `${KB(sizes.wasmGz)} (${(sizes.wasmRaw / 1024 / 1024).toFixed(2)} MiB raw)`, met: sizes.wasmGz <= 80 * 1024,
});
// The goal is per consumer (a Node process or a page loads one of the two sets);
// the package ships both, so the sum of all files is shown too.
results.push({
  key: 'glue', what: 'the JS glue one consumer loads, gzipped (Node: 5 files, browser: 5 files)', goal: '≤ 15 KB (15,000 bytes) each',
  value: `Node ${glueNode.toLocaleString('en')} bytes, browser ${glueWeb.toLocaleString('en')} bytes (all ${jsFiles.length} JS files of the package, each gzipped: ${KB(sizes.glueAll)})`,
  met: Math.max(glueNode, glueWeb) <= 15_000,
});

// ---------------------------------------------------------------- 6. start-up, in fresh processes

{
  // Times WebAssembly.Module (compile) and WebAssembly.Instance (instantiate) as the glue calls
  // them, and the whole require() (file read, JS glue, compile, instantiate, start).
  const child = `
    const { performance } = require('node:perf_hooks');
    const M = WebAssembly.Module, I = WebAssembly.Instance; let compile = 0, instantiate = 0;
    WebAssembly.Module = function (b) { const t = performance.now(); const m = new M(b); compile += performance.now() - t; return m; };
    WebAssembly.Instance = function (m, i) { const t = performance.now(); const x = new I(m, i); instantiate += performance.now() - t; return x; };
    const t0 = performance.now();
    const api = require('yiwise-rongzi');
    const total = performance.now() - t0;
    if (typeof api.yiwiseSignature !== 'function') throw new Error('not loaded');
    console.log(JSON.stringify({ compile, instantiate, total }));`;
  const runs = [];
  log('start-up');
  for (let i = 0; i < (QUICK ? 3 : 9); i++) {
    runs.push(JSON.parse(execFileSync(process.execPath, ['-e', child], { cwd: ROOT, encoding: 'utf8' })));
  }
  const s = Object.fromEntries(['compile', 'instantiate', 'total'].map((k) => [k, median(runs.map((r) => r[k]))]));
  const ci = median(runs.map((r) => r.compile + r.instantiate));
  results.push({
    key: 'startup', what: `module start-up in Node (median of ${runs.length} fresh processes)`, goal: '≤ 10 ms',
    value: `${ci.toFixed(2)} ms compile + instantiate (compile ${s.compile.toFixed(1)}, instantiate ${s.instantiate.toFixed(1)}); whole \`require\` ${s.total.toFixed(1)} ms`,
    met: ci <= 10,
  });
}

// ---------------------------------------------------------------- 7. decode time against page size (the plot)

let curve = null;
if (PLOT) {
  const SIZES = QUICK ? [100, 1000, 5000] : [100, 200, 500, 1000, 2000, 5000, 10_000, 20_000];
  curve = { sizes: SIZES, series: {} };
  for (const kind of ['rongzi', 'yiwise']) {
    for (const n of SIZES) {
      log(`plot ${kind} ${n}`);
      const t = await decodeTimes(kind, n, n <= 1000 ? 9 : 5);
      for (const m of ['sdk', 'jsonParse', 'zod', 'zodFetch']) (curve.series[`${kind}.${m}`] ??= []).push(t[m] / 1000);
    }
  }
}

// ---------------------------------------------------------------- output

const fmt = (x, unit) => (unit === 'µs/call' ? x.toFixed(2) : unit === 'µs/request' ? x.toFixed(1) : x.toFixed(1));
const date = new Date().toISOString().slice(0, 10);
const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
const machine = `${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}-${process.arch}`;
const out = [];
out.push(`Measured ${date} on ${machine}${QUICK ? ' (--quick)' : ''}.`, '');
out.push('| timed row | SDK | alternatives | SDK ÷ alternative |', '|---|---:|---|---|');
for (const r of results.filter((x) => x.cols)) {
  const [, sdk] = r.cols[0];
  const alts = r.cols.slice(1).map(([k, v]) => `${k} ${fmt(v, r.unit)}`).join(', ');
  const ratios = r.ratios.map(([k, v]) => `${v.toFixed(2)} ${k}`).join(', ');
  out.push(`| ${r.what} (${r.unit}) | ${fmt(sdk, r.unit)} | ${alts} | ${ratios} |`);
}
out.push('', '| goal | measured | goal | met? |', '|---|---|---|---|');
for (const r of results.filter((x) => x.goal)) out.push(`| ${r.what} | ${r.value} | ${r.goal} | ${r.met ? 'met' : '**not met**'} |`);
console.log(out.join('\n'));

const json = { date, machine, quick: QUICK, sizes, results: results.map(({ key, what, t, value, goal, met }) => ({ key, what, t, value, goal, met })), curve };
if (!QUICK) writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(json, null, 2)}\n`);
if (curve && !QUICK) {
  writeFileSync(join(ROOT, 'bench', 'decode-vs-rows.svg'), renderPlot(curve, { date, machine }));
  log('wrote bench/decode-vs-rows.svg');
}
