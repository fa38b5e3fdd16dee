// Types of `require('yiwise-rongzi')` (CommonJS): the same API as index.d.ts, declared as CommonJS.
export * from './node/yiwise_rongzi.js';
export { YiwiseRongziError } from './errors.cjs';
