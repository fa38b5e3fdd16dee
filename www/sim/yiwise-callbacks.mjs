// Callbacks of the Yiwise simulator (callBack.md): after each finished call (ROBOT_CALL_RECORD)
// and each completed job (ROBOT_CALL_JOB), POST `{ dataType, data }` to the callbackUrl of every
// ISV account that set one (isv/updateIsvInfo).
//
// - Only loopback URLs (http(s)://127.0.0.1, localhost, [::1]) are contacted; any other URL is
//   logged as `skipped` and never touched.
// - Plain JSON by default. With a token and an encodingAesKey (startServer({ callbackToken,
//   callbackAesKey }) or --callback-token/--callback-aes-key) callbacks are sent exactly as the
//   vendor's own sender does (yiwise/callbackdemo TestDemo.testPost/testGet; node:crypto
//   AES-256-CBC, shared NOTES "Yiwise callbacks"): the ciphertext and the signature URL-encoded
//   (Java's URLEncoder) before they go into the XML, `Content-Type: application/xml`, POSTed to
//   `url?msg_signature=<URL-encoded>&timestamp=…&nonce=…`. Before the first POST to a URL, the GET
//   URL check `url?msg_signature&timestamp&nonce&echostr=<URL-encoded ciphertext>` must be answered
//   with the decrypted echostr; it is logged as a `URL_CHECK` entry, and a failed check fails that
//   attempt (the next attempt checks again).
// - The receiver must answer 2xx with the body `success`; otherwise the delivery is retried as the
//   platform does (callBack.md: 最多回调10次, at 1, 2, 4, 8 … minute intervals): ATTEMPTS in all,
//   the n-th retry RETRY_MINUTES · 2^(n−1) minutes after the previous attempt, times `timeScale`
//   (startServer({ timeScale }) / --time-scale; 0.001 makes a minute 60 ms). Each attempt is kept
//   in the entry's `history`; `nextAttemptAt` says when the next one is due.
// - Every delivery is logged in `deliveredCallbacks` (newest last, at most LOG_LIMIT) and listed by
//   GET /sim/callbacks. Deliveries never keep the process alive (unref'd sockets and timers) and
//   close() aborts them.
import { createCipheriv, createHash, randomBytes, randomInt } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { sendJson, sendText } from './http-util.mjs';

export const CALLBACKS_PATH = '/sim/callbacks';
export const ACK = 'success';
export const ATTEMPTS = 10;
export const RETRY_MINUTES = 1;
export const MINUTE_MS = 60_000;
export const TIMEOUT_MS = 5000;
export const LOG_LIMIT = 500;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** True for an http(s) URL on this machine's loopback interface. */
export function isLoopbackUrl(text) {
  try {
    const u = new URL(text);
    return (u.protocol === 'http:' || u.protocol === 'https:') && LOOPBACK_HOSTS.has(u.hostname);
  } catch {
    return false;
  }
}

/** Checks a token/encodingAesKey pair; throws with a message naming the option. */
export function checkCallbackCrypto({ token, encodingAesKey }) {
  if (typeof token !== 'string' || token === '') throw new Error('callbackToken must be a non-empty string');
  if (typeof encodingAesKey !== 'string' || !/^[A-Za-z0-9+/]{43}$/.test(encodingAesKey)) {
    throw new Error('callbackAesKey must be 43 characters of base64 (A-Z a-z 0-9 + /)');
  }
}

/** hex(SHA-1(concat(sort([token, timestamp, nonce, encrypt])))) */
export function callbackSignature(token, timestamp, nonce, encrypt) {
  return createHash('sha1').update([token, timestamp, nonce, encrypt].sort().join('')).digest('hex');
}

/**
 * Encrypts `plaintext` the way the platform does; returns `{ encrypt, msgSignature, timestamp,
 * nonce, xml }`. `randomPrefix` (16 ASCII characters), `timestamp` (ms) and `nonce` default to
 * fresh random values.
 */
export function encryptCallback({ token, encodingAesKey, receiveId = '' }, plaintext, {
  timestamp = String(Date.now()),
  nonce = String(randomInt(1e9, 1e10)),
  randomPrefix = Array.from({ length: 16 }, () => ALNUM[randomInt(ALNUM.length)]).join(''),
} = {}) {
  const key = Buffer.from(`${encodingAesKey}=`, 'base64');
  const msg = Buffer.from(plaintext, 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(msg.length);
  const framed = Buffer.concat([Buffer.from(randomPrefix, 'latin1'), len, msg, Buffer.from(receiveId, 'utf8')]);
  const pad = 32 - (framed.length % 32);
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
  cipher.setAutoPadding(false);
  const encrypt = Buffer.concat([cipher.update(Buffer.concat([framed, Buffer.alloc(pad, pad)])), cipher.final()]).toString('base64');
  const msgSignature = callbackSignature(token, String(timestamp), nonce, encrypt);
  const xml = `<xml>\n<Encrypt><![CDATA[${encrypt}]]></Encrypt>\n<MsgSignature><![CDATA[${msgSignature}]]></MsgSignature>\n`
    + `<TimeStamp>${timestamp}</TimeStamp>\n<Nonce><![CDATA[${nonce}]]></Nonce>\n</xml>`;
  return { encrypt, msgSignature, timestamp: String(timestamp), nonce, xml };
}

/**
 * Java's `URLEncoder.encode(s, "UTF-8")`, which the vendor's sender applies: letters, digits and
 * `.-*_` stay, a space becomes `+`, everything else `%XX` (upper-case hex of the UTF-8 bytes).
 */
export function javaUrlEncode(text) {
  return encodeURIComponent(text)
    .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

/**
 * The POST of an encrypted callback as the vendor's sender makes it: `{ query, body, contentType }`
 * where `query` is `msg_signature=…&timestamp=…&nonce=…` (to append to the callback URL) and `body`
 * the XML with `Encrypt` and `MsgSignature` URL-encoded.
 */
export function vendorCallbackPost(crypto, plaintext, options) {
  const sealed = encryptCallback(crypto, plaintext, options);
  const encrypt = javaUrlEncode(sealed.encrypt);
  const signature = javaUrlEncode(sealed.msgSignature);
  const body = `<xml>\n<Encrypt><![CDATA[${encrypt}]]></Encrypt>\n<MsgSignature><![CDATA[${signature}]]></MsgSignature>\n`
    + `<TimeStamp>${sealed.timestamp}</TimeStamp>\n<Nonce><![CDATA[${sealed.nonce}]]></Nonce>\n</xml>`;
  return {
    query: `msg_signature=${signature}&timestamp=${sealed.timestamp}&nonce=${sealed.nonce}`,
    body,
    contentType: 'application/xml',
    sealed,
  };
}

/**
 * The GET URL check as the vendor's sender makes it: `{ query, echo }`, where `query` is
 * `msg_signature=…&timestamp=…&nonce=…&echostr=<URL-encoded ciphertext of echo>` and `echo` the
 * plaintext the receiver must answer with.
 */
export function vendorUrlCheck(crypto, echo = randomEcho(), options) {
  const sealed = encryptCallback(crypto, echo, options);
  const signature = javaUrlEncode(sealed.msgSignature);
  return {
    query: `msg_signature=${signature}&timestamp=${sealed.timestamp}&nonce=${sealed.nonce}&echostr=${javaUrlEncode(sealed.encrypt)}`,
    echo,
    sealed,
  };
}

function randomEcho() {
  return Array.from({ length: 20 }, () => ALNUM[randomInt(ALNUM.length)]).join('');
}

/** `url` with `query` appended the way the vendor's sender does (string concatenation). */
function withQuery(url, query) {
  return `${url}${url.includes('?') ? '&' : '?'}${query}`;
}

/** The `data` of a ROBOT_CALL_RECORD callback from a simulator call record (dates already formatted). */
export function callRecordData(record, properties) {
  return {
    callRecordId: record.callRecordId,
    tenantId: record.tenantId,
    robotCallJobId: record.robotCallJobId,
    dialogFlowId: record.dialogFlowId,
    calledPhoneNumber: record.calledPhoneNumber,
    resultStatus: record.resultStatus,
    intentLevel: record.intentLevel,
    customerConcern: record.customerConcern,
    fullAudioUrl: record.fullAudioUrl,
    customerAudioUrl: record.customerAudioUrl,
    analysisBasis: record.analysisBasis,
    startTime: record.startTime,
    endTime: record.endTime,
    chatDuration: record.chatDuration,
    chatRound: record.chatRound,
    attributes: record.attributes,
    properties: { ...properties },
    callDetailList: record.callDetailList.map(({ text, type, callDetailId }) => ({ text, type, callDetailId })),
  };
}

/** The wait (ms) before retry number `n` (1-based) at `timeScale`: 1, 2, 4, 8 … minutes, scaled. */
export function retryDelayMs(n, timeScale = 1) {
  return RETRY_MINUTES * MINUTE_MS * 2 ** (n - 1) * timeScale;
}

/** Checks a time scale: a finite number above 0, at most 10. */
export function checkTimeScale(timeScale) {
  if (typeof timeScale !== 'number' || !Number.isFinite(timeScale) || timeScale <= 0 || timeScale > 10) {
    throw new Error(`timeScale must be a number above 0 and at most 10 (got ${timeScale})`);
  }
  return timeScale;
}

/** Sends the callbacks of one simulator state; `state.isvs` supplies the URLs. */
export class YiwiseCallbacks {
  /**
   * `crypto`: `{ token, encodingAesKey, receiveId }` to encrypt, or null for plain JSON.
   * `timeScale` multiplies the documented retry intervals (1 = real minutes).
   */
  constructor(state, crypto = null, { timeScale = 1 } = {}) {
    if (crypto) checkCallbackCrypto(crypto);
    this.timeScale = checkTimeScale(timeScale);
    this.state = state;
    this.crypto = crypto ? { receiveId: '', ...crypto } : null;
    this.log = [];
    this.nextId = 1;
    this.pending = new Set(); // in-flight requests and retry timers: { cancel() }
    this.urlChecks = new Map(); // encrypted mode: url → promise of the GET URL check (true: passed)
    this.closed = false;
  }

  /**
   * A callback URL was configured (isv/updateIsvInfo): in encrypted mode, the platform checks it
   * with the GET URL check before it POSTs anything there.
   */
  urlConfigured(url) {
    if (this.crypto && !this.closed && isLoopbackUrl(url)) {
      this.urlChecks.delete(url);
      this.#checked(url);
    }
  }

  /** The URL check of `url`: the one that passed or is under way, else a new one. */
  #checked(url) {
    let check = this.urlChecks.get(url);
    if (!check) {
      check = this.#urlCheck(url).then((r) => {
        if (!r.ok && this.urlChecks.get(url) === check) this.urlChecks.delete(url);
        return r;
      });
      this.urlChecks.set(url, check);
    }
    return check;
  }

  /** A call finished: ROBOT_CALL_RECORD. */
  callRecord(record, properties) {
    this.emit('ROBOT_CALL_RECORD', callRecordData(record, properties));
  }

  /** A job completed: ROBOT_CALL_JOB (status always COMPLETED, as documented). */
  jobCompleted(job) {
    this.emit('ROBOT_CALL_JOB', { robotCallJobId: job.robotCallJobId, tenantId: job.tenantId, status: 'COMPLETED' });
  }

  /** Queues `{ dataType, data }` for every distinct callbackUrl. */
  emit(dataType, data) {
    if (this.closed) return;
    const urls = [...new Set(this.state.isvs.map((i) => i.callbackUrl).filter((u) => typeof u === 'string' && u !== ''))];
    for (const url of urls) {
      const entry = {
        id: this.nextId++, dataType, url, encrypted: Boolean(this.crypto), status: 'pending', attempts: 0,
        httpStatus: null, response: null, error: null, at: new Date().toISOString(), nextAttemptAt: null,
        history: [], payload: { dataType, data },
      };
      this.#remember(entry);
      if (!isLoopbackUrl(url)) {
        entry.status = 'skipped';
        entry.error = 'the simulator delivers callbacks to loopback URLs only (127.0.0.1, localhost, [::1])';
        continue;
      }
      this.#attempt(entry);
    }
  }

  /** Aborts every delivery under way and cancels the retries; clears the log. */
  reset() {
    for (const p of [...this.pending]) p.cancel();
    this.pending.clear();
    this.urlChecks.clear();
    this.log = [];
  }

  /** Like reset(), and sends nothing from now on. */
  close() {
    this.closed = true;
    for (const p of [...this.pending]) p.cancel();
    this.pending.clear();
  }

  #remember(entry) {
    this.log.push(entry);
    if (this.log.length > LOG_LIMIT) this.log.splice(0, this.log.length - LOG_LIMIT);
  }

  async #attempt(entry) {
    if (this.closed) return;
    entry.attempts += 1;
    entry.nextAttemptAt = null;
    const attempt = { at: new Date().toISOString(), httpStatus: null, error: null };
    entry.history.push(attempt);
    const plaintext = JSON.stringify(entry.payload);
    let outcome;
    if (this.crypto) {
      const check = await this.#checked(entry.url);
      if (!check.ok) outcome = { ok: false, ...check.fields, error: `the URL check failed: ${check.fields.error}` };
    }
    if (!outcome && !this.closed) {
      let request = { url: entry.url, body: plaintext, contentType: 'application/json;charset=UTF-8' };
      if (this.crypto) {
        const post = vendorCallbackPost(this.crypto, plaintext);
        request = { url: withQuery(entry.url, post.query), body: post.body, contentType: post.contentType };
      }
      const res = await this.#send('POST', request);
      const ok = res.httpStatus !== null && res.httpStatus >= 200 && res.httpStatus < 300 && res.text.trim() === ACK;
      outcome = {
        ok,
        httpStatus: res.httpStatus,
        response: res.text === null ? null : res.text.slice(0, 200),
        error: res.error ?? (ok ? null : `the receiver did not answer 2xx with the body "${ACK}"`),
      };
    }
    if (this.closed || outcome === undefined) return;
    const { ok, ...fields } = outcome;
    Object.assign(entry, fields);
    attempt.httpStatus = entry.httpStatus ?? null;
    attempt.error = entry.error ?? null;
    if (ok) {
      entry.status = 'delivered';
    } else if (entry.attempts < ATTEMPTS) {
      entry.status = 'retrying';
      const wait = retryDelayMs(entry.attempts, this.timeScale);
      entry.nextAttemptAt = new Date(Date.now() + wait).toISOString();
      const timer = setTimeout(() => {
        this.pending.delete(retry);
        this.#attempt(entry);
      }, wait);
      timer.unref();
      const retry = { cancel: () => clearTimeout(timer) };
      this.pending.add(retry);
    } else {
      entry.status = 'failed';
    }
  }

  /** The GET URL check of `url`, logged as a URL_CHECK entry: `{ ok, fields }`. */
  async #urlCheck(url) {
    const check = vendorUrlCheck(this.crypto);
    const entry = {
      id: this.nextId++, dataType: 'URL_CHECK', url, encrypted: true, status: 'pending', attempts: 1,
      httpStatus: null, response: null, error: null, at: new Date().toISOString(), nextAttemptAt: null,
      history: [], payload: { echostr: check.echo },
    };
    this.#remember(entry);
    const res = await this.#send('GET', { url: withQuery(url, check.query) });
    const ok = res.httpStatus === 200 && res.text === check.echo;
    const fields = {
      httpStatus: res.httpStatus,
      response: res.text === null ? null : res.text.slice(0, 200),
      error: res.error ?? (ok ? null : 'the receiver did not answer 200 with the decrypted echostr'),
    };
    Object.assign(entry, fields, { status: ok ? 'delivered' : 'failed' });
    entry.history.push({ at: entry.at, httpStatus: fields.httpStatus, error: fields.error });
    return { ok, fields };
  }

  /**
   * One HTTP request: `{ httpStatus, text, error }` (`httpStatus` null when no answer came).
   * Sockets are unref'd and close() aborts it.
   */
  #send(method, { url, body, contentType }) {
    return new Promise((resolve) => {
      const target = new URL(url);
      const lib = target.protocol === 'https:' ? https : http;
      const payload = body === undefined ? null : Buffer.from(body, 'utf8');
      const headers = payload ? { 'Content-Type': contentType, 'Content-Length': String(payload.length) } : {};
      let finished = false;
      const req = lib.request(target, { method, agent: false, timeout: TIMEOUT_MS, headers });
      const handle = {
        cancel: () => {
          finished = true;
          req.destroy();
        },
      };
      this.pending.add(handle);
      const finish = (result) => {
        if (finished) return;
        finished = true;
        this.pending.delete(handle);
        resolve(result);
      };
      req.on('socket', (s) => s.unref());
      req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)));
      req.on('error', (e) => finish({ httpStatus: null, text: null, error: e.message }));
      req.on('response', (res) => {
        const chunks = [];
        let size = 0;
        res.on('data', (c) => {
          size += c.length;
          if (size <= 4096) chunks.push(c);
        });
        res.on('error', (e) => finish({ httpStatus: res.statusCode, text: null, error: e.message }));
        res.on('end', () => finish({ httpStatus: res.statusCode, text: Buffer.concat(chunks).toString('utf8'), error: null }));
      });
      req.end(payload ?? undefined);
    });
  }
}

/** The GET /sim/callbacks route: the delivery log as JSON (newest last). */
export function callbacksRoute(state) {
  return {
    prefix: CALLBACKS_PATH,
    handle(req, res, url) {
      req.resume();
      if (url.pathname !== CALLBACKS_PATH || (req.method !== 'GET' && req.method !== 'HEAD')) {
        return sendText(res, 404, 'Not Found');
      }
      return sendJson(res, 200, {
        encrypted: Boolean(state.callbacks.crypto),
        // Whether this server also serves the demo's receivers (www/backend.mjs, --backend).
        demoBackend: Boolean(state.demoBackend),
        deliveredCallbacks: state.deliveredCallbacks,
      });
    },
  };
}
