// HS512 JSON Web Tokens for the Rongzi half of the simulator (node:crypto only).
//
// Shape as in the Rongzi doc's examples: header `{"alg":"HS512"}`, payload
// `{ sub, data, exp, iat }` with `exp`/`iat` in epoch seconds, base64url without padding.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The simulator's default signing key (fixed, so that saved tokens survive a restart). */
export const RONGZI_JWT_SECRET = 'yiwise-rongzi-simulator-jwt-secret';

const HEADER = { alg: 'HS512' };
const b64url = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8').toString('base64url');
const hmac = (secret, text) => createHmac('sha512', secret).update(text).digest();

/** Signs `payload` (an object) as `header.payload.signature`. */
export function signJwt(payload, secret = RONGZI_JWT_SECRET) {
  const body = `${b64url(HEADER)}.${b64url(payload)}`;
  return `${body}.${hmac(secret, body).toString('base64url')}`;
}

const B64URL = /^[A-Za-z0-9_-]+$/;

function decodePart(part) {
  const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not a JSON object');
  return value;
}

/**
 * Verifies a compact JWT: three base64url parts, header alg HS512, HMAC-SHA512 signature
 * (constant-time compare), and `exp` (seconds) in the future when present.
 * Returns `{ ok: true, payload }` or `{ ok: false, reason }` (the reason is for logs and tests;
 * the API answers every failure the same way).
 */
export function verifyJwt(token, secret = RONGZI_JWT_SECRET, nowMs = Date.now()) {
  if (typeof token !== 'string') return { ok: false, reason: 'no token' };
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((p) => B64URL.test(p))) return { ok: false, reason: 'malformed' };
  let header;
  let payload;
  try {
    header = decodePart(parts[0]);
    payload = decodePart(parts[1]);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (header.alg !== 'HS512') return { ok: false, reason: `alg ${header.alg}` };
  const expected = hmac(secret, `${parts[0]}.${parts[1]}`);
  const given = Buffer.from(parts[2], 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad signature' };
  if (payload.exp !== undefined) {
    if (typeof payload.exp !== 'number' || !Number.isFinite(payload.exp)) return { ok: false, reason: 'bad exp' };
    if (Math.floor(nowMs / 1000) >= payload.exp) return { ok: false, reason: 'expired' };
  }
  return { ok: true, payload };
}
