import * as api from 'yiwise-rongzi';
import * as kit from 'yiwise-rongzi/server';
import { steps } from './steps.mjs';

console.log(`RESULT ${JSON.stringify(await steps(api, kit, process.env.SIM_URL))}`);
