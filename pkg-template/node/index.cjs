'use strict';
// CommonJS entry for Node (`require('yiwise-rongzi')`); the ESM entry re-exports this one,
// so `import` and `require` share one module instance and one error class.
const glue = require('./yiwise_rongzi.js');
const { YiwiseRongziError } = require('../errors.cjs');
const { fastSignature } = require('../signature.cjs');

glue.__registerErrorClass(YiwiseRongziError);

for (const [name, value] of Object.entries(glue)) {
  if (!name.startsWith('__')) exports[name] = value;
}
exports.YiwiseRongziError = YiwiseRongziError;
exports.yiwiseSignature = fastSignature(glue);
// wasm-bindgen cannot export constants; declared in the .d.ts by src/wasm/yiwise/callback.rs.
exports.YIWISE_CALLBACK_ACK = 'success';
