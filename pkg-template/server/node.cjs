'use strict';
// `require('yiwise-rongzi/server')` in Node: the server kit over the Node entry (one module
// instance and one YiwiseRongziError class with `require('yiwise-rongzi')`).
const api = require('../node/index.cjs');
const { __endpointTable } = require('../node/yiwise_rongzi.js');
const { createServerKit } = require('./kit.cjs');

module.exports = createServerKit({ ...api, __endpointTable });
