// In-memory state of the Rongzi Assistant (融助手) simulator: accounts and tokens, customers,
// SMS messages and synced call records. Everything `reset()` restores comes from
// rongzi-fixtures.mjs; the JWT secret, lifetime and Bearer-prefix choice are server options.
import { seedData } from './rongzi-fixtures.mjs';
import { RONGZI_JWT_SECRET, signJwt, verifyJwt } from './rongzi-jwt.mjs';

/** An API-level failure: becomes the envelope `{ code, msg }` (HTTP 200). */
export class RongziError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

export const CODE_OK = 0;
export const CODE_FAIL = 1;
export const CODE_BAD_TOKEN = 500;
export const BAD_TOKEN_MSG = '不合法的token';
export const LOGIN_FAILED_MSG = '用户名或密码错误';

export const fail = (msg) => new RongziError(CODE_FAIL, msg);
export const badToken = () => new RongziError(CODE_BAD_TOKEN, BAD_TOKEN_MSG);

// ---- time: the doc's dates are Asia/Shanghai wall-clock (UTC+8, no DST) ----

const SHANGHAI_MS = 8 * 3600 * 1000;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?$/;

/**
 * Parses `yyyy-MM-dd HH:mm:ss[.S|.SS|.SSS]` (Shanghai time) to epoch ms; null when malformed
 * or not a real date. A fraction is a fraction of a second: `.3`, `.30` and `.300` are 300 ms.
 */
export function parseDateTime(text, { millis = true } = {}) {
  const m = typeof text === 'string' ? DATE_TIME.exec(text) : null;
  if (!m || (!millis && m[7] !== undefined)) return null;
  const [, y, mo, d, h, mi, s, frac = ''] = m;
  const wall = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, Number(frac.padEnd(3, '0')));
  const back = new Date(wall);
  if (back.getUTCFullYear() !== +y || back.getUTCMonth() !== +mo - 1 || back.getUTCDate() !== +d
    || back.getUTCHours() !== +h || back.getUTCMinutes() !== +mi || back.getUTCSeconds() !== +s) return null;
  return wall - SHANGHAI_MS;
}

// ---- state ----

export class RongziState {
  /**
   * @param {object} [options]
   * @param {number} [options.tokenTtlSec=3600] lifetime of issued tokens (`exp - iat`, seconds)
   * @param {boolean} [options.bearerPrefix=false] whether login answers `"Bearer <jwt>"` (the doc's first example)
   * @param {string} [options.jwtSecret] HMAC-SHA512 key of the tokens
   * @param {() => number} [options.now] clock in epoch ms (tests)
   */
  constructor({ tokenTtlSec = 3600, bearerPrefix = false, jwtSecret = RONGZI_JWT_SECRET, now = Date.now } = {}) {
    const ttl = Number(tokenTtlSec);
    if (!Number.isFinite(ttl) || ttl < 0) throw new Error(`rongziTokenTtlSec must be a number ≥ 0 (got ${tokenTtlSec})`);
    this.tokenTtlSec = Math.floor(ttl);
    this.bearerPrefix = Boolean(bearerPrefix);
    this.jwtSecret = jwtSecret;
    this.now = now;
    this.reset();
  }

  /** Restores the seed data: accounts, customers (comments, wechat statuses), SMS; forgets synced calls. */
  reset() {
    const s = seedData();
    this.accounts = s.accounts;
    this.smsTemplates = s.smsTemplates;
    this.customers = s.customers; // ordered by customerCode
    this.customerByCode = new Map(this.customers.map((c) => [c.customerCode, c]));
    this.messages = s.messages; // in the order they were added
    /** Every call record synced since the last reset, in the order received (as normalized by call/syncRecords). */
    this.calls = s.calls;
  }

  // ---- accounts and tokens ----

  account(empCode) { return this.accounts.find((a) => a.userInfo.empCode === empCode); }

  /** `{ userInfo, token }` for a username and lowercase MD5 hex password; null when they do not match. */
  login(username, passwordMd5) {
    const account = this.accounts.find((a) => a.username === username);
    if (!account || account.passwordMd5 !== passwordMd5) return null;
    const token = this.issueToken(account);
    return { userInfo: { ...account.userInfo }, token: this.bearerPrefix ? `Bearer ${token}` : token };
  }

  /** A JWT for `account` like the doc's: `{ sub, data: userInfo (empty strings as null), exp, iat }`. */
  issueToken(account) {
    const iat = Math.floor(this.now() / 1000);
    const u = account.userInfo;
    const orNull = (v) => (v === '' ? null : v);
    const data = {
      accountName: u.accountName, empCode: u.empCode, empName: u.empName, cityCode: u.cityCode, cityName: orNull(u.cityName),
      dprCode: orNull(u.dprCode), dprName: orNull(u.dprName), roleCode: orNull(u.roleCode), roleName: orNull(u.roleName),
      empWorkMobile: u.empWorkMobile, empWechatId: u.empWechatId,
    };
    return signJwt({ sub: u.empCode, data, exp: iat + this.tokenTtlSec, iat }, this.jwtSecret);
  }

  /**
   * The account an `Authorization` header stands for: exactly `Bearer <jwt>`, signed with our
   * secret, not expired, for a known account. Throws `{ code: 500, msg: '不合法的token' }` otherwise.
   */
  authenticate(header) {
    const m = typeof header === 'string' ? /^Bearer ([^\s]+)$/.exec(header.trim()) : null;
    if (!m) throw badToken();
    const v = verifyJwt(m[1], this.jwtSecret, this.now());
    const account = v.ok && typeof v.payload.sub === 'string' ? this.account(v.payload.sub) : undefined;
    if (!account) throw badToken();
    return account;
  }

  // ---- customers ----

  customer(code) { return this.customerByCode.get(code); }
  customersByMobile(mobile) { return this.customers.filter((c) => c.mobile === mobile); }

  // ---- SMS and calls ----

  addMessages(messages) { this.messages.push(...messages); }
  addCalls(calls) { this.calls.push(...calls); }
}

/** A customer as the API shows it (without the simulator's `owner`). */
export function customerView({ owner: _owner, ...row }) {
  return row;
}
