// Shared helpers of the Node tests: the demo credentials and an in-process simulator.
import { startServer } from '../../www/server.mjs';

export const DEMO = Object.freeze({ appKey: 'demo-app-key', appSecret: 'demo-app-secret', tenantSign: 'demo-tenant' });

/** Starts the simulator on a free loopback port (short calls; a platform minute lasts 60 ms); returns { url, close, … }. */
export async function simulator(options = {}) {
  return startServer({ port: 0, host: '127.0.0.1', quiet: true, callMs: 20, timeScale: 0.001, ...options });
}

/** Resolves the rejection of `promise` (fails the test if it resolves). */
export async function rejection(promise) {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected the call to reject');
}

/** The error `fn()` throws (fails the test if it returns). */
export function thrown(fn) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

/** A fetch that answers every request with `body` and `status`, recording calls. */
export function cannedFetch(body, status = 200, headers = { 'content-type': 'application/json' }) {
  const calls = [];
  const fetch = async (url, init) => {
    calls.push({ url, init });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers });
  };
  return { fetch, calls };
}
