// Types of `yiwise-rongzi/inline`: the package's API, started already.
export * from '../index.js';
