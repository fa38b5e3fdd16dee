// `import … from 'yiwise-rongzi/server'` in Node: re-exports the CommonJS entry, so `import` and
// `require` share one kit and one error class.
import kit from './node.cjs';

export const { createYiwiseCallbackHandler, createYiwiseProxy, createRongziProxy, toNodeListener } = kit;
