// POST /sim/sign: what a customer's backend does for a browser that must not hold the appSecret
// (the SDK's `signer` option; `createYiwiseSigner` is the SDK's own version for Node backends).
// Body `{ appKey }` (plus the SDK's `{ method, path, timestamp }`, ignored here) → the four signed
// headers `{ appKey, version, timestamp, signature }`, signed with that ISV's secret, which never
// leaves the server. A real backend would first check that the caller is logged in (and allow only
// its own origin); the simulator answers loopback clients only.
import { readBody, sendJson } from './http-util.mjs';
import { sign } from './signature.mjs';

export const SIGN_PATH = '/sim/sign';
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** The route over the Yiwise state (its ISV accounts hold the secrets). */
export function signerRoute(state) {
  return {
    prefix: SIGN_PATH,
    async handle(req, res, url) {
      if (url.pathname !== SIGN_PATH || req.method !== 'POST') {
        req.resume();
        return sendJson(res, 404, { error: 'POST /sim/sign only' });
      }
      if (!LOOPBACK.has(req.socket.remoteAddress)) {
        req.resume();
        return sendJson(res, 403, { error: 'loopback clients only' });
      }
      let body;
      try {
        body = JSON.parse((await readBody(req)) || '{}');
      } catch {
        return sendJson(res, 400, { error: 'the body must be JSON { appKey }' });
      }
      const isv = typeof body?.appKey === 'string' ? state.isvByAppKey(body.appKey) : undefined;
      if (!isv) return sendJson(res, 400, { error: 'unknown appKey' });
      const timestamp = String(Date.now());
      const version = 'v1';
      const signature = sign({ tenantSign: isv.tenantSign, appKey: isv.appKey, appSecret: isv.appSecret, version, timestamp });
      return sendJson(res, 200, { appKey: isv.appKey, version, timestamp, signature });
    },
  };
}
