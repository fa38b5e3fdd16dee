// Small HTTP helpers shared by the simulator's routers: body reading, JSON replies, CORS.

export const MAX_BODY_BYTES = 1 << 20;

export const CORS_ALLOW_METHODS = 'GET,POST,PATCH,OPTIONS';
export const CORS_DEFAULT_HEADERS = 'content-type, appKey, version, timestamp, signature, authorization';

/** Error for a request body that cannot be used; `reason` is 'too-large' or 'bad-json'. */
export class BodyError extends Error {
  constructor(reason, message) {
    super(message);
    this.reason = reason;
  }
}

/**
 * Where a body already read (by the fault hook, www/sim/faults.mjs) waits for the route: a
 * promise of the text, or of the BodyError. readBody() answers with it instead of reading again.
 */
export const PRELOADED_BODY = Symbol('preloadedBody');

/** Reads the raw request body as UTF-8 text (rejects with BodyError past `limit` bytes). */
export function readBody(req, limit = MAX_BODY_BYTES) {
  if (req[PRELOADED_BODY]) return req[PRELOADED_BODY];
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        reject(new BodyError('too-large', `请求体超过 ${limit} 字节`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => { if (!failed) resolve(Buffer.concat(chunks).toString('utf8')); });
    req.on('error', (e) => { if (!failed) { failed = true; reject(e); } });
  });
}

/** Reads and parses a JSON body; an empty body is `undefined`. Rejects with BodyError. */
export async function readJsonBody(req, limit = MAX_BODY_BYTES) {
  const text = await readBody(req, limit);
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new BodyError('bad-json', `请求体不是合法的JSON: ${e.message}`);
  }
}

/** Headers every response carries so that browser pages may read it. */
export function corsHeaders() {
  return { 'Access-Control-Allow-Origin': '*' };
}

/** Answers a CORS preflight: 204, allowed methods, and the headers the browser asked for. */
export function sendPreflight(req, res) {
  const asked = req.headers['access-control-request-headers'];
  res.writeHead(204, {
    ...corsHeaders(),
    'Access-Control-Allow-Methods': CORS_ALLOW_METHODS,
    'Access-Control-Allow-Headers': asked && asked.trim() ? asked : CORS_DEFAULT_HEADERS,
    'Access-Control-Max-Age': '600',
    'Content-Length': '0',
  });
  res.end();
}

/** Sends `value` as JSON with the given HTTP status. */
export function sendJson(res, status, value, headers = {}) {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  res.writeHead(status, {
    ...corsHeaders(),
    'Content-Type': 'application/json;charset=UTF-8',
    'Content-Length': String(body.length),
    ...headers,
  });
  res.end(body);
}

/** Sends plain text (used for the non-API 404s and generated files). */
export function sendText(res, status, text, contentType = 'text/plain;charset=UTF-8', headers = {}) {
  const body = Buffer.from(text, 'utf8');
  res.writeHead(status, { ...corsHeaders(), 'Content-Type': contentType, 'Content-Length': String(body.length), ...headers });
  res.end(body);
}

/** Query parameters as an object; a repeated key becomes an array. */
export function queryObject(searchParams) {
  const out = {};
  for (const [k, v] of searchParams) {
    if (Object.hasOwn(out, k)) out[k] = [].concat(out[k], v);
    else out[k] = v;
  }
  return out;
}
