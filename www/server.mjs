// Local simulator of the APIs the SDK talks to (Node built-ins only).
//
//   node www/server.mjs [--port 8080] [--call-ms 1500] [--seed 1] [--time-scale 1] [--lifetime SECONDS]
//                       [--quiet] [--rongzi-token-ttl SECONDS] [--rongzi-bearer-prefix]
//                       [--callback-token TOKEN --callback-aes-key KEY43] [--faults JSON] [--backend]
//
// --backend also serves "your backend" of the demo (www/backend.mjs, built with the SDK's server
// kit: a signing proxy under /app/yiwise/ and callback receivers under /app/callbacks/).
//
// Listens on 127.0.0.1 only. The first stdout line is `listening on http://127.0.0.1:N`.
// Routing is by path prefix: /apiOpen/ → the Yiwise API (www/sim/yiwise.mjs), /api/ → the Rongzi
// Assistant API (www/sim/rongzi.mjs). /pkg/ serves the built npm package (pkg/, for the demo
// page). Other GET paths serve the demo page's static files from www/ (index.html for "/"),
// never anything outside www/ and pkg/. GET /sim/callbacks lists the Yiwise
// callbacks sent so far (www/sim/yiwise-callbacks.mjs: to loopback callbackUrls only; encrypted
// when a callback token and AES key are given). /__sim/ holds the admin endpoints of fault
// injection and the request log (www/sim/faults.mjs), whose hook sees every API request first.
import http from 'node:http';
import { realpathSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Faults } from './sim/faults.mjs';
import { sendPreflight, sendText } from './sim/http-util.mjs';
import { createRongziApi } from './sim/rongzi.mjs';
import { RongziState } from './sim/rongzi-state.mjs';
import { createYiwiseApi } from './sim/yiwise.mjs';
import { YiwiseState } from './sim/yiwise-state.mjs';

const WWW_DIR = path.dirname(fileURLToPath(import.meta.url));
// The built npm package (scripts/build), served under /pkg/ so the demo page can load it.
const PKG_DIR = path.resolve(WWW_DIR, '..', 'pkg');
const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

const CONTENT_TYPES = {
  '.html': 'text/html;charset=UTF-8', '.js': 'text/javascript;charset=UTF-8', '.mjs': 'text/javascript;charset=UTF-8',
  '.css': 'text/css;charset=UTF-8', '.json': 'application/json;charset=UTF-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain;charset=UTF-8',
  '.map': 'application/json;charset=UTF-8', '.ts': 'text/plain;charset=UTF-8',
};

/** Serves a file under www/ for GET/HEAD; 404 when there is none. */
async function serveStatic(req, res, url) {
  let rel;
  try {
    rel = decodeURIComponent(url.pathname);
  } catch {
    return sendText(res, 400, 'Bad Request');
  }
  if (rel.endsWith('/')) rel += 'index.html';
  const fromPkg = rel.startsWith('/pkg/');
  const root = fromPkg ? PKG_DIR : WWW_DIR;
  const file = path.resolve(root, `.${fromPkg ? rel.slice('/pkg'.length) : rel}`);
  const inside = file.startsWith(root + path.sep);
  const hidden = path.relative(root, file).split(path.sep).some((part) => part.startsWith('.'));
  if (!inside || hidden || rel.includes('\0')) return sendText(res, 404, 'Not Found');
  try {
    if (!(await stat(file)).isFile()) return sendText(res, 404, 'Not Found');
    const body = await readFile(file);
    res.writeHead(200, {
      'Access-Control-Allow-Origin': '*',
      'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': String(body.length),
      'Cache-Control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    sendText(res, 404, 'Not Found');
  }
}

/**
 * Starts the simulator. Returns `{ url, port, close(), reset(), yiwise, rongzi }`:
 * `close()` stops the call timers and the server (and its open connections), `reset()`
 * restores the seed data of both APIs, `yiwise` and `rongzi` are their states (for tests;
 * `rongzi.calls` holds the synced call records, `rongzi.jwtSecret` signs the tokens).
 * Rongzi options: `rongziTokenTtlSec` (token lifetime, default 3600), `rongziBearerPrefix`
 * (login answers `"Bearer <jwt>"` instead of the bare JWT), `rongziJwtSecret`.
 * Yiwise callbacks: `callbackToken` + `callbackAesKey` (43 base64 characters) send them encrypted,
 * `callbackReceiveId` (default "") goes into each encrypted message; `yiwise.deliveredCallbacks` logs them.
 * `timeScale` (default 1) multiplies the platform's documented minutes (callback retries at 1, 2,
 * 4 … minutes; 0.001 makes a minute 60 ms); `callMs` is real ms and is not scaled.
 * `faults`: fault specs in force from the start (www/sim/faults.mjs); the returned `faults`
 * object manages them and the request log (`faults.add()`, `faults.clear()`, `faults.requests`).
 * `backend`: `(url, callbackCrypto) => ({ routes })`, called once listening: routes of "your
 * backend" (www/backend.mjs) served before everything else, on the same port.
 */
export async function startServer({
  port = 8080, host = '127.0.0.1', callMs = 1500, seed = 1, quiet = false, timeScale = 1, faults: initialFaults = [],
  rongziTokenTtlSec = 3600, rongziBearerPrefix = false, rongziJwtSecret,
  callbackToken, callbackAesKey, callbackReceiveId = '', backend,
} = {}) {
  if (!LOOPBACK.has(host)) throw new Error(`the simulator listens on 127.0.0.1 only (got host ${host})`);
  if ((callbackToken === undefined) !== (callbackAesKey === undefined)) {
    throw new Error('callbackToken and callbackAesKey go together (encrypted callbacks need both)');
  }
  const callbackCrypto = callbackToken === undefined
    ? null
    : { token: callbackToken, encodingAesKey: callbackAesKey, receiveId: callbackReceiveId };
  const yiwise = new YiwiseState({ callMs, seed, callbackCrypto, timeScale });
  const faults = new Faults(initialFaults);
  const rongzi = new RongziState({ tokenTtlSec: rongziTokenTtlSec, bearerPrefix: rongziBearerPrefix, jwtSecret: rongziJwtSecret });
  const routes = [...createYiwiseApi(yiwise), ...createRongziApi(rongzi), faults.adminRoute({ reset: () => reset() })];
  let backendRoutes = [];

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!quiet) res.on('finish', () => console.log(`${req.method} ${url.pathname} ${res.apiCode ?? res.statusCode}`));
    try {
      const mine = backendRoutes.find((r) => url.pathname.startsWith(r.prefix));
      if (mine) return await mine.handle(req, res, url);
      if (req.method === 'OPTIONS') return sendPreflight(req, res);
      if (await faults.intercept(req, res, url)) return;
      const route = routes.find((r) => url.pathname.startsWith(r.prefix));
      if (route) return await route.handle(req, res, url);
      if (req.method === 'GET' || req.method === 'HEAD') return await serveStatic(req, res, url);
      req.resume();
      return sendText(res, 404, 'Not Found');
    } catch (e) {
      console.error('simulator: unexpected error', e);
      if (!res.headersSent) sendText(res, 500, 'Internal Server Error');
      else res.destroy();
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  const url = `http://127.0.0.1:${actualPort}`;
  if (backend) {
    backendRoutes = backend(url, callbackCrypto).routes;
    yiwise.demoBackend = true; // GET /sim/callbacks says so, for the demo page
  }

  let closing;
  const close = () => {
    closing ??= new Promise((resolve) => {
      yiwise.close();
      faults.close();
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return closing;
  };

  function reset() {
    yiwise.reset();
    rongzi.reset();
    faults.reset();
  }
  return { url, port: actualPort, close, reset, yiwise, rongzi, faults };
}

// ---- the program ----

const USAGE = 'usage: node www/server.mjs [--port N] [--call-ms N] [--seed N] [--time-scale F] [--lifetime SECONDS] [--quiet]'
  + ' [--rongzi-token-ttl SECONDS] [--rongzi-bearer-prefix] [--callback-token TOKEN --callback-aes-key KEY43] [--faults JSON] [--backend]';

function cliOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '8080' },
      'call-ms': { type: 'string', default: '1500' },
      seed: { type: 'string', default: '1' },
      'time-scale': { type: 'string', default: '1' },
      faults: { type: 'string' },
      lifetime: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      'rongzi-token-ttl': { type: 'string', default: '3600' },
      'rongzi-bearer-prefix': { type: 'boolean', default: false },
      'callback-token': { type: 'string' },
      'callback-aes-key': { type: 'string' },
      backend: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const number = (name, min, max) => {
    const n = Number(values[name]);
    if (values[name] === undefined) return undefined;
    if (!Number.isFinite(n) || n < min || n > max) throw new Error(`--${name} must be a number from ${min} to ${max}`);
    return n;
  };
  const positive = (name, max) => {
    const n = Number(values[name]);
    if (!(n > 0 && n <= max)) throw new Error(`--${name} must be a number above 0 and at most ${max}`);
    return n;
  };
  const port = number('port', 0, 65535);
  if (!Number.isInteger(port)) throw new Error('--port must be an integer');
  return {
    help: values.help,
    port,
    callMs: number('call-ms', 0, 3_600_000),
    seed: number('seed', -(2 ** 31), 2 ** 32),
    timeScale: positive('time-scale', 10),
    faults: values.faults === undefined ? [] : jsonOption('faults', values.faults),
    lifetime: number('lifetime', 0, 365 * 86400),
    quiet: values.quiet,
    rongziTokenTtlSec: number('rongzi-token-ttl', 0, 10 * 365 * 86400),
    rongziBearerPrefix: values['rongzi-bearer-prefix'],
    callbackToken: values['callback-token'],
    callbackAesKey: values['callback-aes-key'],
    backend: values.backend,
  };
}

function jsonOption(name, text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`--${name} must be JSON: ${e.message}`);
  }
}

async function main(argv) {
  let opts;
  try {
    opts = cliOptions(argv);
  } catch (e) {
    console.error(`${e.message}\n${USAGE}`);
    process.exit(2);
  }
  if (opts.help) {
    console.log(USAGE);
    return;
  }
  let sim;
  try {
    // Only the demo's backend loads the SDK (pkg/): the simulator itself never does.
    const backend = opts.backend ? (await import('./backend.mjs')).demoBackend : undefined;
    sim = await startServer({
      backend,
      port: opts.port, callMs: opts.callMs, seed: opts.seed, quiet: opts.quiet, timeScale: opts.timeScale, faults: opts.faults,
      rongziTokenTtlSec: opts.rongziTokenTtlSec, rongziBearerPrefix: opts.rongziBearerPrefix,
      callbackToken: opts.callbackToken, callbackAesKey: opts.callbackAesKey,
    });
  } catch (e) {
    console.error(`simulator: cannot start on 127.0.0.1:${opts.port}: ${e.message}`);
    process.exit(1);
  }
  let stopping = false;
  const stop = async (why) => {
    if (stopping) return;
    stopping = true;
    if (!opts.quiet) console.log(`stopping (${why})`);
    await sim.close();
    process.exit(0);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  if (opts.lifetime !== undefined) setTimeout(() => stop(`lifetime ${opts.lifetime}s`), opts.lifetime * 1000).unref();
  // Last, so that whoever reads this line may signal us at once.
  console.log(`listening on ${sim.url}`);
}

function isMainModule() {
  if (!process.argv[1]) return false;
  const self = fileURLToPath(import.meta.url);
  try {
    return realpathSync(process.argv[1]) === realpathSync(self);
  } catch {
    return pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url;
  }
}

if (isMainModule()) await main(process.argv.slice(2));
