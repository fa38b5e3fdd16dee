// Entry for bundlers (Vite, webpack 5) and browsers that load ES modules: the WebAssembly module
// is loaded once, here, with top-level await, from yiwise_rongzi_bg.wasm next to web/index.js
// (bundlers that handle `new URL(…, import.meta.url)` assets emit it). Bundlers that do not
// (esbuild, Rollup without an asset plugin) and iife builds take `yiwise-rongzi/inline`.
import init from '../web/index.js';
import { startWasm } from '../start-wasm.mjs';

await startWasm(init);

export * from '../web/index.js';
