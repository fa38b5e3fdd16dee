// "Your backend" for the demo page, built with the SDK's server kit (yiwise-rongzi/server) and
// mounted in the demo server beside the simulator (startServer({ backend })):
//
//   /app/yiwise/…               createYiwiseProxy: the page calls the API with no credentials
//                               (new YiwiseClient({ baseUrl: origin + '/app/yiwise', viaProxy: true }));
//                               this proxy holds them and signs, and forwards only ALLOW.
//   /app/callbacks/plain        createYiwiseCallbackHandler for plain JSON callbacks
//   /app/callbacks/encrypted    … for encrypted ones (the simulator's callback token and key)
//   GET /app/callbacks/received what the two receivers handled, newest last (for the page)
//
// The simulator itself never imports the SDK: it stays an independent model of the platform.
import { createYiwiseCallbackHandler, createYiwiseProxy, toNodeListener } from '../pkg/server/node.mjs';
import { DEMO_CREDENTIALS } from './sim/yiwise-fixtures.mjs';
import { sendJson } from './sim/http-util.mjs';

/** What the demo page calls through the proxy; anything else is refused with 403. */
export const ALLOW = [
  'tenant/getTenant', 'phone/getPhoneList', 'dialogFlow/getDialogFlowList',
  'job/create', 'job/importCustomer', 'job/start', 'job/pause', 'job/stop', 'job/delete', 'job/getJobs', 'job/getJobDetail',
  'callRecord/getCallRecordInfoList', 'callRecord/callDetail', 'isv/updateIsvInfo',
];

const RECEIVED_LIMIT = 200;

/**
 * The backend's routes for the server at `simUrl`; `callbackCrypto` is the simulator's
 * `{ token, encodingAesKey, receiveId }` (or null). Returns `{ routes, received }`.
 */
export function demoBackend(simUrl, callbackCrypto) {
  const received = [];
  const remember = (kind) => async (data, ctx) => {
    received.push({ at: ctx.receivedAt.toISOString(), receiver: kind, dataType: ctx.dataType, encrypted: ctx.encrypted, dedupeKey: ctx.dedupeKey, data });
    if (received.length > RECEIVED_LIMIT) received.splice(0, received.length - RECEIVED_LIMIT);
  };
  const handlers = (kind) => ({
    onCallRecord: remember(kind), onJob: remember(kind), onSms: remember(kind),
    onUnknown: (cb, ctx) => remember(kind)(cb.data, ctx),
  });
  const plain = toNodeListener(createYiwiseCallbackHandler(handlers('plain')));
  const encrypted = callbackCrypto
    ? toNodeListener(createYiwiseCallbackHandler({ ...callbackCrypto, ...handlers('encrypted') }))
    : null;
  const proxy = toNodeListener(createYiwiseProxy({
    baseUrl: simUrl,
    ...DEMO_CREDENTIALS,
    allow: ALLOW,
    // A real backend checks the user's session here (see docs/production.md); the demo has none.
    authorize: () => true,
  }));
  const routes = [
    { prefix: '/app/yiwise/', handle: (req, res) => proxy(req, res) },
    {
      prefix: '/app/callbacks/',
      handle(req, res, url) {
        if (url.pathname === '/app/callbacks/received') {
          req.resume();
          return sendJson(res, 200, { encryptedReceiver: Boolean(encrypted), received });
        }
        if (url.pathname === '/app/callbacks/plain') return plain(req, res);
        if (url.pathname === '/app/callbacks/encrypted' && encrypted) return encrypted(req, res);
        req.resume();
        return sendJson(res, 404, { error: 'not a receiver of this demo' });
      },
    },
  ];
  return { routes, received };
}
