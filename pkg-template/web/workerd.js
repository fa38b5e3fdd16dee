// Entry for Cloudflare Workers (the `workerd` and `worker` export conditions, as wrangler
// resolves them): workerd forbids `fetch` at global scope and compiling WebAssembly from bytes,
// so the module is imported as a wasm module (wrangler and workerd load it as one) and
// initialised synchronously here, before the worker handles a request.
import wasm from './yiwise_rongzi_bg.wasm';
import { initSync } from './index.js';

initSync({ module: wasm });

export * from './index.js';
