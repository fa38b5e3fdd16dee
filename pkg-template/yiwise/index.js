// `yiwise-rongzi/yiwise` in browsers and bundlers: the Yiwise client (with signing and labels)
// from a module built without the Rongzi client and the callback crypto. Starts itself, like the
// main entry; the error class is the package's one, so `instanceof` works across entries.
import init, { __registerErrorClass } from './yiwise_rongzi.js';
import * as glue from './yiwise_rongzi.js';
import { YiwiseRongziError } from '../errors.mjs';
import { fastSignature } from '../signature.mjs';
import { startWasm } from '../start-wasm.mjs';

await startWasm(init, __registerErrorClass);

export * from './yiwise_rongzi.js';
export { YiwiseRongziError };
/** Signs one Yiwise request (see `yiwiseSignature` in yiwise_rongzi.d.ts). */
export const yiwiseSignature = fastSignature(glue);
