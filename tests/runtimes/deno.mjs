// Deno, in an npm-style project: the package imported by name from node_modules.
import * as api from 'yiwise-rongzi';
import * as kit from 'yiwise-rongzi/server';
import { steps } from './steps.mjs';

console.log(`RESULT ${JSON.stringify(await steps(api, kit, Deno.env.get('SIM_URL')))}`);
