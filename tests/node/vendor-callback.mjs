// Encrypted callbacks built the way the vendor's own sender builds them (yiwise/callbackdemo,
// TestDemo.testPost and testGet), written from its Java line by line with node:crypto and the
// recipe in shared/reference/NOTES.md ("Yiwise callbacks"). Independent of the SDK and of the
// simulator, so that tests of either against it can fail.
//
//   encrypt   = base64(AES-256-CBC(aesKey, iv = aesKey[0..16], random16 ‖ u32be(len) ‖ msg ‖ receiveId ‖ pad32))
//   signature = hex(sha1(sort([token, timestamp, nonce, encrypt]).join('')))
//   encrypt   = URLEncoder.encode(encrypt, "UTF-8");  signature = URLEncoder.encode(signature, "UTF-8")
//   POST url?msg_signature=<signature>&timestamp=<ts>&nonce=<nonce>, Content-Type: application/xml,
//        XMLParse.generate(encrypt, signature, timestamp, nonce)
//   GET  url?msg_signature=<signature>&timestamp=<ts>&nonce=<nonce>&echostr=<encrypt>
import { createCipheriv, createHash } from 'node:crypto';

/** Java's URLEncoder.encode(s, "UTF-8"). */
export function javaUrlEncode(s) {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9.\-*_]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** WXBizMsgCrypt.encrypt(randomStr, text): the raw base64 ciphertext. */
export function vendorEncrypt({ encodingAesKey, receiveId = '' }, randomStr, text) {
  const aesKey = Buffer.from(`${encodingAesKey}=`, 'base64');
  const textBytes = Buffer.from(text, 'utf8');
  const networkOrder = Buffer.alloc(4);
  networkOrder.writeUInt32BE(textBytes.length);
  const unpadded = Buffer.concat([Buffer.from(randomStr, 'utf8'), networkOrder, textBytes, Buffer.from(receiveId, 'utf8')]);
  const amountToPad = 32 - (unpadded.length % 32); // PKCS7Encoder.BLOCK_SIZE = 32
  const cipher = createCipheriv('aes-256-cbc', aesKey, aesKey.subarray(0, 16));
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(Buffer.concat([unpadded, Buffer.alloc(amountToPad, amountToPad)])), cipher.final()]).toString('base64');
}

/** SHA1.getSHA1(token, timestamp, nonce, encrypt). */
export function vendorSignature(token, timestamp, nonce, encrypt) {
  return createHash('sha1').update([token, timestamp, nonce, encrypt].sort().join('')).digest('hex');
}

/** XMLParse.generate(encrypt, signature, timestamp, nonce). */
export function vendorXml(encrypt, signature, timestamp, nonce) {
  return `<xml>\n<Encrypt><![CDATA[${encrypt}]]></Encrypt>\n<MsgSignature><![CDATA[${signature}]]></MsgSignature>\n`
    + `<TimeStamp>${timestamp}</TimeStamp>\n<Nonce><![CDATA[${nonce}]]></Nonce>\n</xml>`;
}

/**
 * TestDemo.testPost: `{ path, headers, body, encrypt, signature }` for `plaintext`; `path` is the
 * query to append to the callback URL (`?msg_signature=…`).
 */
export function vendorPost(keys, plaintext, { timestamp = String(Date.now()), nonce = '8214825565', randomStr = 'aaaabbbbccccdddd' } = {}) {
  const raw = vendorEncrypt(keys, randomStr, plaintext);
  const rawSignature = vendorSignature(keys.token, timestamp, nonce, raw);
  const encrypt = javaUrlEncode(raw);
  const signature = javaUrlEncode(rawSignature);
  return {
    query: `?msg_signature=${signature}&timestamp=${timestamp}&nonce=${nonce}`,
    headers: { 'content-type': 'application/xml' },
    body: vendorXml(encrypt, signature, timestamp, nonce),
    encrypt: raw,
    signature: rawSignature,
    timestamp,
    nonce,
  };
}

/** TestDemo.testGet: `{ query, echo }`; the receiver must answer `echo`. */
export function vendorGet(keys, echo, { timestamp = String(Date.now()), nonce = '8214825565', randomStr = '0123456789abcdef' } = {}) {
  const raw = vendorEncrypt(keys, randomStr, echo);
  const signature = javaUrlEncode(vendorSignature(keys.token, timestamp, nonce, raw));
  return { query: `?msg_signature=${signature}&timestamp=${timestamp}&nonce=${nonce}&echostr=${javaUrlEncode(raw)}`, echo, encrypt: raw };
}
