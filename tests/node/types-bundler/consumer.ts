// A bundler-resolved TypeScript consumer (Vite, webpack, esbuild: moduleResolution bundler):
// every entry resolves to its ES module types.
import { YiwiseClient, YiwiseRongziError, type YiwiseCallback } from 'yiwise-rongzi';
import init, { YiwiseClient as WebClient, initSync } from 'yiwise-rongzi/web';
import { createYiwiseProxy, type YiwiseProxyOptions } from 'yiwise-rongzi/server';

export const ready: Promise<unknown> = init();
export const sync: typeof initSync = initSync;
export const viaProxy = new YiwiseClient({ baseUrl: 'https://app.example.test/yiwise', viaProxy: true });
export const web = new WebClient({ baseUrl: 'https://app.example.test/yiwise', viaProxy: true });
export const isError = (e: unknown): e is YiwiseRongziError => e instanceof YiwiseRongziError;
export const known = (cb: YiwiseCallback): boolean => cb.known;
const proxyOptions: YiwiseProxyOptions = { baseUrl: 'https://x.test', appKey: 'k', appSecret: 's', tenantSign: 't', allow: ['job/getJobs'], authorize: () => true };
export const proxy = createYiwiseProxy(proxyOptions);
// @ts-expect-error: viaProxy takes no secret
export const wrong = new YiwiseClient({ baseUrl: 'https://x.test', viaProxy: true, appSecret: 's' });

// The per-API entries and the inline entry.
import { RongziClient as RongziOnly, YiwiseRongziError as RongziError } from 'yiwise-rongzi/rongzi';
import { YiwiseClient as YiwiseOnly, yiwiseSignature } from 'yiwise-rongzi/yiwise';
import { YiwiseClient as InlineClient } from 'yiwise-rongzi/inline';

export const rz = new RongziOnly({ baseUrl: 'https://r.example.test' });
export const yw = new YiwiseOnly({ baseUrl: 'https://app.example.test/yiwise', viaProxy: true });
export const inline = new InlineClient({ baseUrl: 'https://app.example.test/yiwise', viaProxy: true });
export const sig: string = yiwiseSignature({ appKey: 'k', appSecret: 's', tenantSign: 't', timestamp: 0 });
export const same: boolean = (new Error() as unknown) instanceof RongziError;
