// Entry for bundlers (Vite, webpack 5, Rollup) and browsers that load ES modules:
// the WebAssembly module is loaded once, here, with top-level await.
import init from '../web/index.js';

await init();

export * from '../web/index.js';
