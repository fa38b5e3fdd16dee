// Types of `yiwise-rongzi/rongzi` in browsers and bundlers (in Node it is the main entry).
export * from './yiwise_rongzi.js';
export { YiwiseRongziError } from '../errors.js';
