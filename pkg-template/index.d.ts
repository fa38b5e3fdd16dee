export * from './node/yiwise_rongzi.js';
export { YiwiseRongziError } from './errors.js';
