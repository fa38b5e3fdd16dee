// `yiwise-rongzi/inline`: the WebAssembly module inlined (base64, ./wasm.js, written by
// scripts/build) and started synchronously, with no top-level await and no asset to serve: for
// bundlers that do not emit assets (esbuild, Rollup) and for iife builds. It costs a third more
// bytes than the .wasm file; prefer the main entry where the bundler handles assets.
import { initSync } from '../web/index.js';
import base64 from './wasm.js';

initSync({ module: Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)) });

export * from '../web/index.js';
