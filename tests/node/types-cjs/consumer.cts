// A CommonJS TypeScript consumer (module node16): `import` here compiles to `require`, so the
// package's `require` types (index.d.cts, server/index.d.cts) must describe its CommonJS files.
import { YiwiseClient, YiwiseRongziError, RongziClient, parseYiwiseCallback, yiwiseSignature, YIWISE_CALLBACK_ACK } from 'yiwise-rongzi';
import { createYiwiseCallbackHandler, createYiwiseProxy, toNodeListener, type FetchHandler } from 'yiwise-rongzi/server';
import type { YiwiseClientOptions, JobCreateParams } from 'yiwise-rongzi';

const options: YiwiseClientOptions = { baseUrl: 'http://127.0.0.1:8080', appKey: 'k', appSecret: 's', tenantSign: 't' };
export const yw = new YiwiseClient(options);
export const rz = new RongziClient({ baseUrl: 'http://127.0.0.1:8080' });
export const sig: string = yiwiseSignature({ appKey: 'k', appSecret: 's', tenantSign: 't', timestamp: 0 });
export const ack: 'success' = YIWISE_CALLBACK_ACK;
export const kind = (e: unknown): string | undefined => (e instanceof YiwiseRongziError ? e.kind : undefined);
export const dedupe = (body: string): string => parseYiwiseCallback(body).dedupeKey;
export const params: Pick<JobCreateParams, 'concurrencyQuota'> = { concurrencyQuota: 1 };
export const receiver: FetchHandler = createYiwiseCallbackHandler({ onJob: (job) => job.robotCallJobId });
export const listener = toNodeListener(createYiwiseProxy({ baseUrl: 'https://x.test', appKey: 'k', appSecret: 's', tenantSign: 't', allow: ['tenant/getTenant'], authorize: () => true }));
// @ts-expect-error: a typo in a params field does not compile
export const bad: Pick<JobCreateParams, 'concurrencyQuota'> = { concurrencyQuota: 1, typo: 1 };
