// A Cloudflare Worker: bundled as wrangler does (conditions workerd, worker, browser, of which
// the package answers workerd; the .wasm import kept as a wasm module), served by workerd.
// GET / runs the steps and answers the result.
import * as api from 'yiwise-rongzi';
import * as kit from 'yiwise-rongzi/server';
import { steps } from './steps.mjs';

export default {
  async fetch(_request, env) {
    try {
      return Response.json(await steps(api, kit, env.SIM_URL));
    } catch (e) {
      return new Response(`${e?.stack ?? e}`, { status: 500 });
    }
  },
};
