// `yiwise-rongzi/rongzi` in browsers and bundlers: the Rongzi client only, from a module built
// without the Yiwise client and the callbacks (a fraction of the full one). Starts itself, like
// the main entry; the error class is the package's one, so `instanceof` works across entries.
import init, { __registerErrorClass } from './yiwise_rongzi.js';
import { YiwiseRongziError } from '../errors.mjs';
import { startWasm } from '../start-wasm.mjs';

await startWasm(init, __registerErrorClass);

export * from './yiwise_rongzi.js';
export { YiwiseRongziError };
