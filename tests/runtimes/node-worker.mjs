// The steps inside a worker_threads Worker.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

if (isMainThread) {
  const w = new Worker(new URL(import.meta.url), { workerData: process.env.SIM_URL });
  w.on('message', (r) => { console.log(`RESULT ${JSON.stringify(r)}`); w.terminate(); });
  w.on('error', (e) => { console.error(e); process.exitCode = 1; });
} else {
  const api = await import('yiwise-rongzi');
  const kit = await import('yiwise-rongzi/server');
  const { steps } = await import('./steps.mjs');
  parentPort.postMessage(await steps(api, kit, workerData));
}
