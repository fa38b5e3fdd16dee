// `yiwise-rongzi/server` outside Node (Deno, Bun, bundlers): the server kit over the ES module
// entry, which loads the WebAssembly module itself.
import * as api from '../browser/index.js';
import { createServerKit } from './kit.mjs';

export const { createYiwiseCallbackHandler, createYiwiseProxy, createRongziProxy, toNodeListener } = createServerKit(api);
