// Yiwise request signature (NOTES.md, from the vendor's Java demo SignUtils):
//   message   = tenantSign + "appKey=" + appKey + "&appSecret=" + appSecret
//             + "&tenantSign=" + tenantSign + "&version=" + version + "&timestamp=" + timestamp
//   signature = lowercase hex of SHA-256 over the UTF-8 bytes of message
import { createHash, timingSafeEqual } from 'node:crypto';

/** The exact text that is hashed. */
export function signatureMessage({ tenantSign, appKey, appSecret, version, timestamp }) {
  return `${tenantSign}appKey=${appKey}&appSecret=${appSecret}&tenantSign=${tenantSign}&version=${version}&timestamp=${timestamp}`;
}

/** Lowercase hex SHA-256 signature of the given credentials, version and timestamp. */
export function sign(parts) {
  return createHash('sha256').update(signatureMessage(parts), 'utf8').digest('hex');
}

/** Constant-time check of a received signature (case-insensitive hex) against the expected one. */
export function verifySignature(parts, received) {
  if (typeof received !== 'string') return false;
  const expected = Buffer.from(sign(parts), 'utf8');
  const given = Buffer.from(received.toLowerCase(), 'utf8');
  return expected.length === given.length && timingSafeEqual(expected, given);
}
