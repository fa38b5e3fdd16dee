// Compiled with `tsc --noEmit --strict` by types.test.mjs: the server kit's handlers are typed
// from the callback types, the proxies take WHATWG requests, and obvious mistakes do not compile.
import {
  createRongziProxy, createYiwiseCallbackHandler, createYiwiseProxy, toNodeListener,
  type FetchHandler, type YiwiseCallbackContext, type YiwiseDedupeStore,
} from 'yiwise-rongzi/server';
import { YiwiseClient } from 'yiwise-rongzi';

const store: YiwiseDedupeStore = {
  has: async (key: string) => key.length === 0,
  add: async (_key: string, _ttl: number) => {},
};

export const callbacks: FetchHandler = createYiwiseCallbackHandler({
  token: 't', encodingAesKey: 'k',
  onCallRecord: async (record, ctx: YiwiseCallbackContext) => {
    const id: number | undefined = record.callRecordId;
    const key: string = ctx.dedupeKey;
    const when: Date = ctx.receivedAt;
    return `${id} ${key} ${when.toISOString()} ${ctx.headers.get('content-type')}`;
  },
  onJob: (job) => String(job.robotCallJobId),
  onSms: (sms) => sms.msgList?.length,
  onUnknown: (cb) => cb.dedupeKey,
  onError: (err, ctx) => { console.log(err, ctx.status, ctx.dataType ?? 'none'); },
  dedupe: { ttlSeconds: 3600, store },
});

export const proxy: FetchHandler = createYiwiseProxy({
  baseUrl: 'https://openapi.example.test', appKey: 'k', appSecret: 's', tenantSign: 't',
  allow: ['tenant/getTenant'],
  authorize: async (request: Request) => request.headers.has('cookie'),
  cors: { origins: ['https://crm.example.test'] },
});
export const rongzi: FetchHandler = createRongziProxy({ baseUrl: 'https://r.example.test', allow: (path) => path === 'customer/list', authorize: () => true });
export const listener: (req: unknown, res: unknown) => void = toNodeListener(proxy);
export const browserClient = new YiwiseClient({ baseUrl: 'https://app.example.test/yiwise', viaProxy: true });
export const mode: 'local' | 'remote' | 'proxy' = browserClient.signing;

// @ts-expect-error: a proxy needs its session check
createYiwiseProxy({ baseUrl: 'https://x.test', appKey: 'k', appSecret: 's', tenantSign: 't', allow: [] });
// @ts-expect-error: the record handler gets a call record, not a job
createYiwiseCallbackHandler({ onCallRecord: (r) => r.robotCallJobId.toFixed() + r.status });
// @ts-expect-error: no appSecret beside viaProxy
new YiwiseClient({ baseUrl: 'https://app.example.test/yiwise', viaProxy: true, appSecret: 's' });
