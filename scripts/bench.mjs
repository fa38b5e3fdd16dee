// Benchmarks of the built package (not tests: timings vary by machine).
// Run with `scripts/bench` (builds first if needed). Prints a Markdown table.
//
// What is measured, all in one Node process, after a warm-up:
// - yiwiseSignature: the SHA-256 signature alone;
// - tenant.getTenant through a canned in-memory fetch: params, signing,
//   headers, envelope check and decoding, without any network;
// - decoding a page of 100 call records (the largest documented page);
// - a signed round trip through the simulator on loopback.
import { performance } from 'node:perf_hooks';
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { YiwiseClient, yiwiseSignature } from 'yiwise-rongzi';
import { startServer } from '../www/server.mjs';

const DEMO = { appKey: 'demo-app-key', appSecret: 'demo-app-secret', tenantSign: 'demo-tenant' };

async function measure(name, n, fn) {
  for (let i = 0; i < Math.min(200, n); i++) await fn(i); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await fn(i);
  const ms = performance.now() - t0;
  return { name, n, perOpUs: (ms * 1000) / n, opsPerSec: (n * 1000) / ms };
}

const canned = (body) => async () =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

const record = (i) => ({
  callRecordId: 1000 + i, robotCallJobId: 7, customerPersonName: '张三', calledPhoneNumber: '13800000000',
  resultStatus: 'ANSWERED', intentLevel: 0, chatDuration: 35, chatRound: 6, startTime: '2019-07-01 10:00:00',
});

const results = [];
results.push(await measure('yiwiseSignature', 20000, (i) =>
  yiwiseSignature({ ...DEMO, version: 'v1', timestamp: String(1562000000000 + i) })));

const offline = new YiwiseClient({ baseUrl: 'http://127.0.0.1:9', ...DEMO,
  fetch: canned({ code: 200, data: { tenantId: 1, tenantName: '杭州一知智能科技有限公司' }, requestId: 'ABCDEFGH' }) });
results.push(await measure('tenant.getTenant, canned fetch', 5000, () => offline.tenant.getTenant()));

const page = { code: 200, requestId: 'ABCDEFGH', data: { number: 1, pageSize: 100, totalElements: 100, pages: 1,
  content: Array.from({ length: 100 }, (_, i) => record(i)) } };
const pager = new YiwiseClient({ baseUrl: 'http://127.0.0.1:9', ...DEMO, fetch: canned(page) });
results.push(await measure('callRecord.getCallRecordInfoList, 100 rows, canned fetch', 1000, () =>
  pager.callRecord.getCallRecordInfoList({ robotCallJobId: 7, pageNum: 1, pageSize: 100 })));

const sim = await startServer({ port: 0, quiet: true });
try {
  const live = new YiwiseClient({ baseUrl: sim.url, ...DEMO });
  results.push(await measure('tenant.getTenant, simulator on loopback', 1000, () => live.tenant.getTenant()));
} finally {
  await sim.close();
}

const pkg = fileURLToPath(new URL('../pkg/', import.meta.url));
const wasm = readFileSync(`${pkg}node/yiwise_rongzi_bg.wasm`);

console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| operation | runs | µs per op | ops/s |');
console.log('|---|---:|---:|---:|');
for (const r of results) {
  console.log(`| ${r.name} | ${r.n} | ${r.perOpUs.toFixed(1)} | ${Math.round(r.opsPerSec)} |`);
}
console.log(`\nwasm module: ${statSync(`${pkg}node/yiwise_rongzi_bg.wasm`).size} bytes, ${gzipSync(wasm, { level: 9 }).length} gzipped`);
