import init, * as api from '/node_modules/yiwise-rongzi/web/index.js';
import { steps } from '/steps.mjs';

self.onmessage = async (ev) => {
  await init();
  self.postMessage(await steps(api, null, ev.data, { browser: true }));
};
