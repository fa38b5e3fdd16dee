// `yiwise-rongzi/web`: for browsers without a bundler. Call `await init()` once
// before using the clients (it fetches yiwise_rongzi_bg.wasm next to this file).
import glueInit, { initSync as glueInitSync, __registerErrorClass } from './yiwise_rongzi.js';
import * as glue from './yiwise_rongzi.js';
import { YiwiseRongziError } from '../errors.mjs';
import { fastSignature } from '../signature.mjs';

export * from './yiwise_rongzi.js';
export { YiwiseRongziError };
/** Signs one Yiwise request (see `yiwiseSignature` in yiwise_rongzi.d.ts). */
export const yiwiseSignature = fastSignature(glue);
// wasm-bindgen cannot export constants; declared in the .d.ts by src/wasm/yiwise/callback.rs.
export const YIWISE_CALLBACK_ACK = 'success';

let ready;

/** Loads the WebAssembly module (idempotent). Accepts what wasm-bindgen's init accepts. */
export default function init(moduleOrPath) {
  ready ??= glueInit(moduleOrPath).then((exports) => {
    __registerErrorClass(YiwiseRongziError);
    return exports;
  });
  return ready;
}

/** Synchronous variant for an already compiled `WebAssembly.Module` or bytes. */
export function initSync(module) {
  const exports = glueInitSync(module);
  __registerErrorClass(YiwiseRongziError);
  return exports;
}
