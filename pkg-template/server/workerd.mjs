// `yiwise-rongzi/server` on Cloudflare Workers: the server kit over the workerd entry.
import * as api from '../web/workerd.js';
import { createServerKit } from './kit.mjs';

export const { createYiwiseCallbackHandler, createYiwiseProxy, createRongziProxy, toNodeListener } = createServerKit(api);
