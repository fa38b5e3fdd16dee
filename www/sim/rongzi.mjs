// The Rongzi Assistant (融助手) half of the simulator: routing of /api/{resource}/{function},
// the Bearer JWT check, the envelope, and one small handler per endpoint (the doc's 9).
//
// Order of checks: unknown endpoint → code 404, wrong method → code 405, token → code 500
// "不合法的token" (every endpoint but account/login), body → code 1, then the handler (code 1
// naming the field). Everything travels with HTTP 200 in the envelope `{ code, msg, data }`;
// failures are `{ code, msg }` without `data`, like the doc's examples.
import { BodyError, readJsonBody, sendJson } from './http-util.mjs';
import { DEFAULT_SIGNATURE } from './rongzi-fixtures.mjs';
import {
  CODE_OK, LOGIN_FAILED_MSG, RongziError, customerView, fail, parseDateTime,
} from './rongzi-state.mjs';

export const API_PREFIX = '/api/';
export const MAX_COMMENT_CHARS = 500;
export const MAX_PAGE_SIZE = 1000;
export const MAX_ITEMS_PER_SYNC = 1000;

const OK = '操作成功';
const reply = (data, msg = OK) => ({ data, msg });

// ---- parameters (numbers may come as numeric strings: the doc types pageSize as String) ----

const given = (p, field) => p[field] !== undefined && p[field] !== null && p[field] !== '';

function int(p, field, { required = false, def, min, max, oneOf } = {}) {
  if (!given(p, field)) {
    if (required) throw fail(`${field} 不能为空`);
    return def;
  }
  const v = p[field];
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n)) throw fail(`${field} 必须是整数（收到 ${JSON.stringify(v)}）`);
  if (oneOf && !oneOf.includes(n)) throw fail(`${field} 只能是 ${oneOf.join('/')}（收到 ${n}）`);
  if (min !== undefined && n < min) throw fail(`${field} 不能小于 ${min}（收到 ${n}）`);
  if (max !== undefined && n > max) throw fail(`${field} 不能大于 ${max}（收到 ${n}）`);
  return n;
}

function str(p, field, { required = false, def } = {}) {
  const v = p[field];
  if (v === undefined || v === null || (required && v === '')) {
    if (required) throw fail(`${field} 不能为空`);
    return def;
  }
  if (typeof v !== 'string') throw fail(`${field} 必须是字符串（收到 ${JSON.stringify(v)}）`);
  return v;
}

function mobile(p, field, { required = false } = {}) {
  const v = str(p, field, { required, def: '' });
  if (v !== '' && !/^\d{3,20}$/.test(v)) throw fail(`${field} 必须是数字组成的手机号码（收到 ${JSON.stringify(v)}）`);
  return v;
}

/** `{ index, size }` from pageIndex (1-based) and pageSize, numbers or numeric strings. */
function paging(p) {
  return { index: int(p, 'pageIndex', { def: 1, min: 1 }), size: int(p, 'pageSize', { def: 10, min: 1, max: MAX_PAGE_SIZE }) };
}
const page = (items, { index, size }) => items.slice((index - 1) * size, index * size);

/** Each element of a list body as an object with prefixed field names (`[0].occurTime`), for messages naming the item. */
function items(body, what) {
  if (!Array.isArray(body)) throw fail(`请求体必须是${what}数组`);
  if (!body.length) throw fail(`${what}列表不能为空`);
  if (body.length > MAX_ITEMS_PER_SYNC) throw fail(`${what}一次最多 ${MAX_ITEMS_PER_SYNC} 条（收到 ${body.length}）`);
  return body.map((item, i) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) throw fail(`[${i}] 必须是JSON对象`);
    return { at: (k) => `[${i}].${k}`, q: Object.fromEntries(Object.entries(item).map(([k, v]) => [`[${i}].${k}`, v])) };
  });
}

function dateTime(q, field, { millis }) {
  const text = str(q, field, { required: true });
  const ms = parseDateTime(text, { millis });
  if (ms === null) throw fail(`${field} 格式错误，应为 yyyy-MM-dd HH:mm:ss${millis ? '[.SSS]' : ''}（收到 ${JSON.stringify(text)}）`);
  return { text, ms };
}

// ---- account ----

function login(p, { state }) {
  const username = p.username;
  const password = p.password;
  if (typeof username !== 'string' || typeof password !== 'string' || !username || !password) throw fail(LOGIN_FAILED_MSG);
  const session = state.login(username, password);
  if (!session) throw fail(LOGIN_FAILED_MSG);
  return reply(session);
}

// ---- customers ----

const EXE_FILTERS = [-1, 1, 2, 3, 4, 5];

function customerList(p, { state, account }) {
  const exe = int(p, 'customerExeStatus', { def: -1, oneOf: EXE_FILTERS });
  const empCode = str(p, 'empCode', { def: '' }) || account.userInfo.empCode; // refreshWX: ignored, as documented
  const paged = paging(p);
  const keep = (c) => c.owner === empCode
    && (exe === -1 || (exe === 5 ? c.exeStatus === 5 || c.exeStatus === 6 : c.exeStatus === exe));
  const rows = state.customers.filter(keep);
  return reply({ total: String(rows.length), rows: page(rows, paged).map(customerView) });
}

function editComment(p, { state }) {
  const code = str(p, 'customerCode', { required: true });
  const comment = str(p, 'comment');
  if (comment === undefined) throw fail('comment 不能为空');
  const chars = [...comment].length;
  if (chars > MAX_COMMENT_CHARS) throw fail(`备注不能大于${MAX_COMMENT_CHARS}字（收到 ${chars} 字）`);
  const customer = state.customer(code);
  if (!customer) throw fail(`客户 ${code} 不存在`);
  customer.comment = comment;
  return reply(null, '编辑备注成功');
}

// ---- SMS ----

const smsTemplates = (_p, { state }) => reply(state.smsTemplates.map((t) => ({ ...t })));

function addMessages(_p, { state, body }) {
  const messages = items(body, '短信').map(({ at, q }) => {
    const { text: occurTime, ms } = dateTime(q, at('occurTime'), { millis: true });
    const message = {
      sender: str(q, at('sender'), { def: '' }),
      receiver: str(q, at('receiver'), { def: '' }),
      senderRole: int(q, at('senderRole'), { required: true, oneOf: [1, 2] }),
      occurTime,
      content: str(q, at('content'), { required: true }),
      senderMobile: mobile(q, at('senderMobile')),
      receiverMobile: mobile(q, at('receiverMobile')),
      senderName: str(q, at('senderName'), { def: '' }),
      receiverName: str(q, at('receiverName'), { def: '' }),
      signature: str(q, at('signature'), { def: '' }) || DEFAULT_SIGNATURE,
      sendStatus: int(q, at('sendStatus'), { def: 1, oneOf: [0, 1] }),
      isRead: int(q, at('isRead'), { def: 1, oneOf: [0, 1] }),
    };
    return { message, ms };
  });
  state.addMessages(messages.map((m) => m.message));
  const last = Math.max(...messages.map((m) => m.ms));
  // The doc answers this one with msg "编辑备注成功" (copied from editComment) and data as a string.
  return reply(String(last), '编辑备注成功');
}

function getMessages(p, { state, account }) {
  const empCode = str(p, 'empCode', { def: '' }) || account.userInfo.empCode;
  const customerCode = str(p, 'customerCode', { def: '' });
  const customerMobile = mobile(p, 'customerMobile');
  str(p, 'empName'); // accepted and ignored: the doc's own example puts a customer code in it
  const paged = paging(p);
  const rows = state.messages
    .map((m, i) => ({ m, i, ms: parseDateTime(m.occurTime) ?? 0 }))
    .filter(({ m }) => (m.sender === empCode || m.receiver === empCode)
      && (!customerCode || m.sender === customerCode || m.receiver === customerCode)
      && (!customerMobile || m.senderMobile === customerMobile || m.receiverMobile === customerMobile))
    .sort((a, b) => b.ms - a.ms || b.i - a.i)
    .map(({ m }) => ({ ...m }));
  return reply({ total: rows.length, rows: page(rows, paged) });
}

// ---- calls ----

function syncRecords(_p, { state, body, account }) {
  const records = items(body, '通话记录').map(({ at, q }) => {
    const { text: callDate, ms } = dateTime(q, at('callDate'), { millis: true });
    const record = {
      mobile: mobile(q, at('mobile'), { required: true }),
      billSec: int(q, at('billSec'), { required: true, min: 0 }),
      callDate,
      empWorkMobile: mobile(q, at('empWorkMobile')),
      empCode: str(q, at('empCode'), { def: '' }) || account.userInfo.empCode,
      callStatus: int(q, at('callStatus'), { required: true, oneOf: [0, 1, 2, 3, 4] }),
    };
    return { record, ms };
  });
  for (let i = 1; i < records.length; i++) {
    if (records[i].ms > records[i - 1].ms) {
      throw fail(`通话记录必须按 callDate 倒序排列（第一条是最后的时间）：[${i}].callDate ${records[i].record.callDate} 晚于 [${i - 1}].callDate ${records[i - 1].record.callDate}`);
    }
  }
  state.addCalls(records.map((r) => r.record));
  return reply(records[0].ms); // newest first, so the first is the latest; a number, like the doc
}

// ---- wechat ----

function addFriend(p) {
  mobile(p, 'customerMobile', { required: true });
  for (const field of ['customerWechatId', 'customerName', 'empWechatId', 'empName']) str(p, field);
  mobile(p, 'empWorkMobile');
  return reply(3); // the doc: `data: 3` (3 = 微信好友申请中), a bare number
}

function updateFriendStatus(p, { state }) {
  const customerMobile = mobile(p, 'customerMobile', { required: true });
  const friendStatus = int(p, 'friendStatus', { required: true, oneOf: [1, 2, 3, 4, 5, 6] });
  const customers = state.customersByMobile(customerMobile);
  if (!customers.length) throw fail(`手机号码 ${customerMobile} 的客户不存在`);
  for (const c of customers) c.wechatFriendStatus = friendStatus;
  return reply(null);
}

// ---- the endpoint table (the doc's 9 endpoints) ----

export const ENDPOINTS = Object.freeze({
  'POST account/login': login,
  'POST call/syncRecords': syncRecords,
  'POST customer/editComment': editComment,
  'POST customer/list': customerList,
  'POST sms/addMessages': addMessages,
  'POST sms/getMessages': getMessages,
  'GET sms/templates': smsTemplates,
  'POST wechat/addFriend': addFriend,
  'POST wechat/updateFriendStatus': updateFriendStatus,
});

/** Endpoints that need no token. */
export const PUBLIC_ENDPOINTS = Object.freeze(['account/login']);
/** Endpoints whose body is a JSON array. */
const LIST_BODIES = new Set(['sms/addMessages', 'call/syncRecords']);

// ---- the router ----

/** Builds the Rongzi routes `[{ prefix, handle(req, res, url) }]` over `state`. */
export function createRongziApi(state) {
  const table = new Map();
  for (const [key, handler] of Object.entries(ENDPOINTS)) {
    const [method, path] = key.split(' ');
    if (!table.has(path)) table.set(path, new Map());
    table.get(path).set(method, handler);
  }

  const envelope = (res, code, msg, data) => {
    res.apiCode = code;
    sendJson(res, 200, code === CODE_OK ? { code, msg, data } : { code, msg });
  };

  async function handleApi(req, res, url) {
    try {
      const path = url.pathname.slice(API_PREFIX.length);
      const methods = table.get(path);
      if (!methods) throw new RongziError(404, `接口不存在: ${url.pathname}`);
      const handler = methods.get(req.method === 'HEAD' ? 'GET' : req.method);
      if (!handler) throw new RongziError(405, `请求方法 ${req.method} 不支持，${url.pathname} 应使用 ${[...methods.keys()].join('/')}`);
      const account = PUBLIC_ENDPOINTS.includes(path) ? undefined : state.authenticate(req.headers.authorization);
      const params = Object.fromEntries(url.searchParams);
      let body;
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        body = await readJsonBody(req);
        if (LIST_BODIES.has(path)) {
          // validated by the handler
        } else if (body !== undefined && body !== null && typeof body === 'object' && !Array.isArray(body)) {
          Object.assign(params, body);
        } else if (body !== undefined && body !== null) {
          throw fail('请求体必须是JSON对象');
        }
      }
      const { data, msg } = handler(params, { state, account, body });
      envelope(res, CODE_OK, msg, data);
    } catch (e) {
      req.resume();
      if (e instanceof RongziError) envelope(res, e.code, e.message);
      else if (e instanceof BodyError) envelope(res, 1, e.message);
      else {
        console.error('rongzi simulator: unexpected error', e);
        envelope(res, -1, '系统异常');
      }
    }
  }

  return [{ prefix: API_PREFIX, handle: handleApi }];
}
