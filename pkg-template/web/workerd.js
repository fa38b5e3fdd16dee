// Entry for Cloudflare Workers (the `workerd` export condition, the first one wrangler resolves).
// workerd forbids `fetch` at global scope and compiling WebAssembly from bytes, so the module is
// imported as a wasm module (wrangler and workerd load it as one) and initialised synchronously
// here, before the worker handles a request. Not under the `worker` condition: webpack's
// web-worker builds and other edge runtimes match that too, and there a `.wasm` import is not a
// WebAssembly.Module.
import wasm from './yiwise_rongzi_bg.wasm';
import { initSync } from './index.js';

initSync({ module: wasm });

export * from './index.js';
