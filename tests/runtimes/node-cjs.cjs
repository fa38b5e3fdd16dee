const api = require('yiwise-rongzi');
const kit = require('yiwise-rongzi/server');

import('./steps.mjs')
  .then(({ steps }) => steps(api, kit, process.env.SIM_URL))
  .then((r) => console.log(`RESULT ${JSON.stringify(r)}`));
