// The Rongzi Assistant (融助手) half of the local simulator (www/server.mjs, /api/...):
// login and HS512 JWTs, the token check, customer paging and filters, comments, SMS templates,
// SMS and call-record sync read back, wechat friend status, CORS, reset().
// Run: node --test tests/node/rongzi-simulator.test.mjs
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { startServer } from '../../www/server.mjs';
import { ENDPOINTS, PUBLIC_ENDPOINTS } from '../../www/sim/rongzi.mjs';
import { seedData } from '../../www/sim/rongzi-fixtures.mjs';

const md5 = (text) => createHash('md5').update(text, 'utf8').digest('hex');
const DOC_LOGIN = { username: '1611', password: 'e10adc3949ba59abbe56e057f20f883e' };
const BAD_TOKEN = { code: 500, msg: '不合法的token' };
/** Epoch ms of a doc-style `yyyy-MM-dd HH:mm:ss[.SSS]` in Shanghai time. */
const shanghaiMs = (text) => Date.parse(`${text.replace(' ', 'T')}+08:00`);

let sim;
let token;
before(async () => {
  sim = await startServer({ port: 0, quiet: true });
  token = (await rz('POST', 'account/login', DOC_LOGIN, { token: null })).data.token;
});
after(() => sim?.close());
beforeEach(() => sim.reset());

/** A call to /api/<path>; the body is sent as JSON. Returns the parsed envelope. */
async function rz(method, path, body, { token: t = token, headers = {}, raw, server = sim } = {}) {
  const init = { method, headers: { ...headers } };
  if (t) init.headers.Authorization = `Bearer ${t}`;
  if (raw !== undefined || body !== undefined) {
    init.body = raw ?? JSON.stringify(body);
    init.headers['Content-Type'] = 'application/json';
  }
  const res = await fetch(`${server.url}/api/${path}`, init);
  assert.equal(res.status, 200, `${method} ${path}: HTTP ${res.status}`);
  assert.equal(res.headers.get('access-control-allow-origin'), '*');
  return res.json();
}

/** A successful call's data (fails the test with the msg otherwise). */
async function ok(method, path, body, opts) {
  const env = await rz(method, path, body, opts);
  assert.equal(env.code, 0, `${method} ${path}: ${env.code} ${env.msg}`);
  return env.data;
}

const list = (params) => ok('POST', 'customer/list', params);

/** Every row of a filter, page by page, checking that total is a string and constant. */
async function allRows(params, pageSize) {
  const rows = [];
  let total;
  for (let pageIndex = 1; ; pageIndex++) {
    const data = await list({ ...params, pageSize: String(pageSize), pageIndex: String(pageIndex) });
    assert.equal(typeof data.total, 'string');
    total ??= data.total;
    assert.equal(data.total, total);
    if (!data.rows.length) break;
    assert.ok(data.rows.length <= pageSize);
    rows.push(...data.rows);
  }
  assert.equal(rows.length, Number(total));
  return rows;
}

// ---- tokens built in the test with node:crypto (independent of the simulator's code) ----

function jwt(payload, { secret = sim.rongzi.jwtSecret, header = { alg: 'HS512' } } = {}) {
  const enc = (v) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const body = `${enc(header)}.${enc(payload)}`;
  return `${body}.${createHmac('sha512', secret).update(body).digest('base64url')}`;
}
const nowSec = () => Math.floor(Date.now() / 1000);

// ---- login and tokens ----

test('login with the doc\'s credentials answers the doc\'s userInfo and a bare JWT', async () => {
  const env = await rz('POST', 'account/login', DOC_LOGIN, { token: null });
  assert.equal(env.code, 0);
  assert.equal(env.msg, '操作成功');
  assert.deepEqual(env.data.userInfo, {
    accountName: 'liuchao', cityCode: 'SUZHOU', cityName: '苏州市', dprCode: '', dprName: '', empCode: 'AA1611',
    empName: '刘超[AA1611]', empWechatId: 'wxid_slhv0lqkbac222', empWorkMobile: '18516431436', roleCode: '', roleName: '',
  });
  assert.equal(DOC_LOGIN.password, md5('123456'));
  assert.match(env.data.token, /^[\w-]+\.[\w-]+\.[\w-]+$/, 'no "Bearer " prefix by default');
  const other = await ok('POST', 'account/login', { username: '0396', password: md5('654321') }, { token: null });
  assert.equal(other.userInfo.empCode, 'AA0396');
  assert.equal((await ok('POST', 'account/login', { username: '2048', password: md5('123456') }, { token: null })).userInfo.empName, '黄埔[AB2048]');
});

test('a failed login answers { code: 1, msg: "用户名或密码错误" }', async () => {
  const failed = { code: 1, msg: '用户名或密码错误' };
  for (const body of [
    { username: '1611', password: md5('654321') },
    { username: '1611', password: '123456' }, // not hashed
    { username: '1611', password: DOC_LOGIN.password.toUpperCase() }, // the hash is lowercase hex
    { username: '9999', password: DOC_LOGIN.password },
    { username: '0396', password: md5('123456') }, // another account's password
    { username: '1611' },
    {},
  ]) {
    assert.deepEqual(await rz('POST', 'account/login', body, { token: null }), failed, JSON.stringify(body));
  }
});

test('the token is an HS512 JWT that verifies with node:crypto and carries sub, data, iat and exp (default 3600 s)', () => {
  const [h, p, s] = token.split('.');
  const expected = createHmac('sha512', sim.rongzi.jwtSecret).update(`${h}.${p}`).digest();
  assert.ok(timingSafeEqual(Buffer.from(s, 'base64url'), expected), 'signature');
  assert.deepEqual(JSON.parse(Buffer.from(h, 'base64url')), { alg: 'HS512' });
  const payload = JSON.parse(Buffer.from(p, 'base64url'));
  assert.deepEqual(Object.keys(payload), ['sub', 'data', 'exp', 'iat']);
  assert.equal(payload.sub, 'AA1611');
  assert.equal(payload.data.empCode, 'AA1611');
  assert.equal(payload.data.dprCode, null, 'empty strings are null in the token, like the doc\'s');
  assert.ok(Number.isInteger(payload.iat) && Math.abs(payload.iat - nowSec()) < 60, `iat ${payload.iat}`);
  assert.equal(payload.exp - payload.iat, 3600);
});

test('startServer({ rongziBearerPrefix, rongziTokenTtlSec }) answers "Bearer <jwt>" with the given lifetime', async () => {
  const other = await startServer({ port: 0, quiet: true, rongziBearerPrefix: true, rongziTokenTtlSec: 60 });
  try {
    const { token: bearer } = await ok('POST', 'account/login', DOC_LOGIN, { token: null, server: other });
    assert.match(bearer, /^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
    const payload = JSON.parse(Buffer.from(bearer.split('.')[1], 'base64url'));
    assert.equal(payload.exp - payload.iat, 60);
    const headers = { Authorization: bearer };
    assert.equal((await rz('GET', 'sms/templates', undefined, { token: null, headers, server: other })).code, 0);
    const twice = { Authorization: `Bearer ${bearer}` };
    assert.deepEqual(await rz('GET', 'sms/templates', undefined, { token: null, headers: twice, server: other }), BAD_TOKEN);
    // The same (default) secret: tokens of one server work on the other.
    assert.equal((await rz('GET', 'sms/templates', undefined, { token: bearer.slice(7) })).code, 0);
  } finally {
    await other.close();
  }
  const expiring = await startServer({ port: 0, quiet: true, rongziTokenTtlSec: 0 });
  try {
    const { token: t } = await ok('POST', 'account/login', DOC_LOGIN, { token: null, server: expiring });
    assert.deepEqual(await rz('GET', 'sms/templates', undefined, { token: t, server: expiring }), BAD_TOKEN, 'a 0 s token is expired at once');
  } finally {
    await expiring.close();
  }
});

test('a missing, malformed, forged or expired token answers { code: 500, msg: "不合法的token" } on every endpoint but login', async () => {
  const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url'));
  const [h, , s] = token.split('.');
  const tampered = `${h}.${Buffer.from(JSON.stringify({ ...payload, sub: 'AA0396' })).toString('base64url')}.${s}`;
  const bad = {
    missing: {},
    'no Bearer': { Authorization: token },
    'Bearer only': { Authorization: 'Bearer ' },
    'Bearer twice': { Authorization: `Bearer Bearer ${token}` },
    'lowercase scheme': { Authorization: `bearer ${token}` },
    'not a JWT': { Authorization: 'Bearer abc.def' },
    'garbage parts': { Authorization: 'Bearer a.b.c' },
    'truncated signature': { Authorization: `Bearer ${token.slice(0, -4)}` },
    tampered: { Authorization: `Bearer ${tampered}` },
    'other secret': { Authorization: `Bearer ${jwt({ ...payload }, { secret: 'not-the-secret' })}` },
    'alg none': { Authorization: `Bearer ${jwt({ ...payload }, { header: { alg: 'none' } }).split('.').slice(0, 2).join('.')}.` },
    'HS256 header': { Authorization: `Bearer ${jwt({ ...payload }, { header: { alg: 'HS256' } })}` },
    expired: { Authorization: `Bearer ${jwt({ ...payload, iat: nowSec() - 7200, exp: nowSec() - 3600 })}` },
    'expires now': { Authorization: `Bearer ${jwt({ ...payload, exp: nowSec() })}` },
    'unknown user': { Authorization: `Bearer ${jwt({ ...payload, sub: 'ZZ0000' })}` },
  };
  const protectedEndpoints = Object.keys(ENDPOINTS).filter((k) => !PUBLIC_ENDPOINTS.includes(k.split(' ')[1]));
  assert.equal(protectedEndpoints.length, 8);
  for (const [why, headers] of Object.entries(bad)) {
    assert.deepEqual(await rz('POST', 'customer/list', {}, { token: null, headers }), BAD_TOKEN, why);
  }
  for (const key of protectedEndpoints) {
    const [method, path] = key.split(' ');
    assert.deepEqual(await rz(method, path, method === 'GET' ? undefined : {}, { token: null }), BAD_TOKEN, key);
  }
  // A valid one signed in the test is accepted (the check is the signature, not a session table).
  const fresh = jwt({ ...payload, iat: nowSec(), exp: nowSec() + 60 });
  assert.equal((await rz('POST', 'customer/list', {}, { token: fresh })).code, 0);
});

// ---- customers ----

test('the doc\'s example request answers total "72" with the doc\'s three customers first', async () => {
  const data = await list({ customerExeStatus: 1, pageSize: 10, pageIndex: 1, empCode: 'AA1611' });
  assert.equal(data.total, '72');
  assert.equal(data.rows.length, 10);
  assert.deepEqual(data.rows.slice(0, 3).map((r) => r.customerCode), ['AAC13031400024', 'AAC13040300071', 'AAC13070404916']);
  assert.deepEqual(data.rows[2], {
    wechatFriendStatus: 1, customerWechatId: '', mobile: '13771986452', rqrAmount: 50, customerCode: 'AAC13070404916',
    salary: '', exeStatus: 1, hasPolicy: 2, contactStatus: 2, hasHouse: 1, name: 'AAC13070404916', comment: '需要',
    hasCars: 1, job: '企业主', paymentDate: '2016-08-10 00:00:00', rqrDuration: 12, isSecuityOrFund: 0, workPlace: '苏州市',
  });
  assert.equal(data.rows[1].hasPolicy, 0);
});

test('customer/list pages cover the total exactly once; pageIndex/pageSize as strings or numbers', async () => {
  const rows = await allRows({ customerExeStatus: -1, empCode: 'AA1611' }, 7);
  assert.equal(rows.length, 300);
  assert.equal(new Set(rows.map((r) => r.customerCode)).size, 300);
  const codes = rows.map((r) => r.customerCode);
  assert.deepEqual(codes, [...codes].sort(), 'ordered by customerCode');
  const last = await list({ customerExeStatus: -1, empCode: 'AA1611', pageSize: 7, pageIndex: 43 });
  assert.deepEqual([last.total, last.rows.length], ['300', 6]);
  const beyond = await list({ customerExeStatus: '-1', empCode: 'AA1611', pageSize: 100, pageIndex: 4 });
  assert.deepEqual([beyond.total, beyond.rows], ['300', []]);
  const byNumber = await list({ customerExeStatus: -1, empCode: 'AA1611', pageSize: 50, pageIndex: 2 });
  assert.deepEqual(byNumber.rows.map((r) => r.customerCode), codes.slice(50, 100));
  const defaults = await list({ empCode: 'AA1611' });
  assert.deepEqual([defaults.total, defaults.rows.length], ['300', 10], 'customerExeStatus -1, pageIndex 1, pageSize 10 by default');
  for (const [params, msg] of [
    [{ pageIndex: 0 }, /^pageIndex /],
    [{ pageSize: 'ten' }, /^pageSize /],
    [{ pageSize: 1001 }, /^pageSize /],
    [{ customerExeStatus: 6 }, /^customerExeStatus /],
    [{ customerExeStatus: 0 }, /^customerExeStatus /],
  ]) {
    const env = await rz('POST', 'customer/list', params);
    assert.equal(env.code, 1, JSON.stringify(params));
    assert.match(env.msg, msg);
  }
});

test('customer/list filters: 5 is both deal kinds (5 and 6), -1 is all, empCode picks the sales rep', async () => {
  const count = async (customerExeStatus, empCode = 'AA1611') => Number((await list({ customerExeStatus, empCode, pageSize: 1 })).total);
  const counts = {};
  for (const s of [1, 2, 3, 4, 5]) counts[s] = await count(s);
  assert.deepEqual(counts, { 1: 72, 2: 60, 3: 45, 4: 40, 5: 83 });
  assert.equal(await count(-1), 300);
  const deals = await allRows({ customerExeStatus: 5, empCode: 'AA1611' }, 50);
  assert.deepEqual(new Set(deals.map((r) => r.exeStatus)), new Set([5, 6]));
  assert.equal(deals.filter((r) => r.exeStatus === 6).length, 40);
  for (const s of [1, 2, 3, 4]) assert.ok((await allRows({ customerExeStatus: s, empCode: 'AA1611' }, 100)).every((r) => r.exeStatus === s));
  assert.equal(await count(-1, 'AA0396'), 60);
  assert.equal(await count(-1, 'AB2048'), 12);
  assert.equal(await count(-1, 'NOBODY'), 0);
  assert.equal((await list({ customerExeStatus: -1 })).total, '300', 'no empCode: the logged-in rep\'s');
  const other = (await ok('POST', 'account/login', { username: '0396', password: md5('654321') }, { token: null })).token;
  assert.equal((await ok('POST', 'customer/list', {}, { token: other })).total, '60');
});

test('seed customers use every field and every code, with the doc\'s quirks', async () => {
  const rows = await allRows({ customerExeStatus: -1, empCode: 'AA1611' }, 100);
  const keys = ['wechatFriendStatus', 'customerWechatId', 'mobile', 'rqrAmount', 'customerCode', 'salary', 'exeStatus', 'hasPolicy',
    'contactStatus', 'hasHouse', 'name', 'comment', 'hasCars', 'job', 'paymentDate', 'rqrDuration', 'isSecuityOrFund', 'workPlace'];
  for (const r of rows) assert.deepEqual(Object.keys(r), keys, r.customerCode);
  const values = (k) => new Set(rows.map((r) => r[k]));
  const sorted = (k) => [...values(k)].sort();
  assert.deepEqual(sorted('hasCars'), [1, 2]);
  assert.deepEqual(sorted('hasHouse'), [1, 2]);
  assert.deepEqual(sorted('hasPolicy'), [0, 1, 2]);
  assert.deepEqual(sorted('isSecuityOrFund'), [0, 1, 2, 4, 8]);
  assert.deepEqual(sorted('exeStatus'), [1, 2, 3, 4, 5, 6]);
  assert.deepEqual(sorted('contactStatus'), [0, 1, 2]);
  assert.deepEqual(sorted('wechatFriendStatus'), [1, 2, 3, 4, 5, 6]);
  assert.ok(values('salary').has(''), 'salary "" on some rows');
  assert.ok(rows.some((r) => typeof r.salary === 'number' && !Number.isInteger(r.salary)), 'a Double salary');
  assert.ok(values('comment').has('') && values('comment').size > 3);
  assert.ok(rows.every((r) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(r.paymentDate)));
  assert.ok(rows.every((r) => /^1\d{10}$/.test(r.mobile)));
  assert.equal(new Set(rows.map((r) => r.mobile)).size, 300);
  assert.ok(rows.some((r) => r.name === r.customerCode) && rows.some((r) => /^[\u4e00-\u9fff]+$/.test(r.name)));
  assert.ok(rows.every((r) => (r.wechatFriendStatus === 6) === r.customerWechatId.startsWith('wxid_')));
  // Deterministic: the seed does not depend on the server's --seed, and is the same every time.
  assert.deepEqual(seedData(), seedData());
  const other = await startServer({ port: 0, quiet: true, seed: 42 });
  try {
    assert.deepEqual(other.rongzi.customers, sim.rongzi.customers);
  } finally {
    await other.close();
  }
});

test('customer/editComment stores the comment (read back via list); 500 characters at most, not bytes', async () => {
  const code = 'AAC13070404916';
  const find = async () => (await list({ customerExeStatus: 1, empCode: 'AA1611', pageSize: 3 })).rows.find((r) => r.customerCode === code);
  assert.equal((await find()).comment, '需要');
  assert.deepEqual(await rz('POST', 'customer/editComment', { customerCode: code, comment: '已联系 😀' }), { code: 0, msg: '编辑备注成功', data: null });
  assert.equal((await find()).comment, '已联系 😀');
  const max = '好'.repeat(499) + '😀'; // 500 characters, 1500+ bytes, 501 UTF-16 units
  assert.equal((await rz('POST', 'customer/editComment', { customerCode: code, comment: max })).code, 0);
  assert.equal((await find()).comment, max);
  const tooLong = await rz('POST', 'customer/editComment', { customerCode: code, comment: 'x'.repeat(501) });
  assert.equal(tooLong.code, 1);
  assert.match(tooLong.msg, /500/);
  assert.equal((await find()).comment, max, 'unchanged after a rejected edit');
  const unknown = await rz('POST', 'customer/editComment', { customerCode: 'AAC00000000000', comment: 'x' });
  assert.equal(unknown.code, 1);
  assert.match(unknown.msg, /AAC00000000000/);
  assert.equal((await rz('POST', 'customer/editComment', { comment: 'x' })).code, 1);
  assert.equal((await rz('POST', 'customer/editComment', { customerCode: code })).code, 1);
  assert.equal((await rz('POST', 'customer/editComment', { customerCode: code, comment: '' })).code, 0, 'an empty comment clears it');
  assert.equal((await find()).comment, '');
});

// ---- SMS ----

test('sms/templates answers the doc\'s templates with space-padded keys', async () => {
  assert.deepEqual(await rz('GET', 'sms/templates'), {
    code: 0,
    msg: '操作成功',
    data: [
      { ' id ': '0', ' title ': '回访模板', ' content ': '恭喜你成功放款一个亿' },
      { ' id ': '1', ' title ': '回访模板1', ' content ': '恭喜你成功放款三个亿' },
    ],
  });
});

test('sms/getMessages answers the doc\'s seeded example, newest first, total as a number', async () => {
  const data = await ok('POST', 'sms/getMessages', {
    empCode: 'AA0396', customerCode: 'AFC14101000001', customerMobile: '13906509892', empName: 'AFC14101000001', pageSize: 10, pageIndex: 1,
  });
  assert.equal(data.total, 2);
  assert.deepEqual(data.rows.map((m) => m.occurTime), ['2018-09-07 07:53:41.300', '2018-09-07 06:53:41.300']);
  const mine = await ok('POST', 'sms/getMessages', {});
  assert.equal(mine.total, 30, 'no empCode: the logged-in rep\'s messages');
  assert.ok(mine.rows.every((m) => m.sender === 'AA1611' || m.receiver === 'AA1611'));
});

test('sms/addMessages stores a list and answers the newest occurTime in ms as a string; getMessages reads it back and pages', async () => {
  const customer = (await list({ customerExeStatus: 2, empCode: 'AA1611', pageSize: 1 })).rows[0];
  const emp = { code: 'AA1611', name: '刘超[AA1611]' };
  const times = Array.from({ length: 12 }, (_, i) => `2018-09-${String(10 + i).padStart(2, '0')} 0${i % 10}:53:41.${String(100 + i * 7)}`);
  const order = [5, 0, 11, 3, 8, 1, 10, 2, 7, 4, 9, 6]; // any order in, newest first out
  const messages = order.map((i) => (i % 2
    ? { sender: customer.customerCode, receiver: emp.code, senderRole: 2, occurTime: times[i], content: `客户消息${i}`, senderMobile: customer.mobile, receiverMobile: '', senderName: customer.name, receiverName: emp.name, sendStatus: 1 }
    : { sender: emp.code, receiver: customer.customerCode, senderRole: 1, occurTime: times[i], content: `销售消息${i}`, senderMobile: '', receiverMobile: customer.mobile, senderName: emp.name, receiverName: customer.name, signature: '【东方融资网】', sendStatus: 0, isRead: 0 }));
  const env = await rz('POST', 'sms/addMessages', messages);
  assert.equal(env.code, 0, env.msg);
  assert.equal(env.data, String(shanghaiMs(times[11])));
  const lengths = [];
  const seen = [];
  for (let pageIndex = 1; pageIndex <= 3; pageIndex++) {
    const data = await ok('POST', 'sms/getMessages', { empCode: 'AA1611', customerCode: customer.customerCode, pageSize: 5, pageIndex });
    assert.equal(data.total, 12);
    lengths.push(data.rows.length);
    seen.push(...data.rows.map((r) => r.occurTime));
  }
  assert.deepEqual(lengths, [5, 5, 2]);
  assert.deepEqual(seen, [...times].reverse(), 'newest first, occurTime strings as sent');
  const byMobile = await ok('POST', 'sms/getMessages', { customerMobile: customer.mobile, pageSize: 100 });
  assert.equal(byMobile.total, 12);
  const sent = byMobile.rows.find((r) => r.content === '客户消息1');
  assert.deepEqual(sent, {
    sender: customer.customerCode, receiver: 'AA1611', senderRole: 2, occurTime: times[1], content: '客户消息1', senderMobile: customer.mobile,
    receiverMobile: '', senderName: customer.name, receiverName: '刘超[AA1611]', signature: '【东方融资网】', sendStatus: 1, isRead: 1,
  }, 'signature and isRead default as documented');
  assert.equal(byMobile.rows.find((r) => r.content === '销售消息0').isRead, 0);
  // The doc's own example (AA0396, milliseconds .300) answers its newest time.
  const docEnv = await rz('POST', 'sms/addMessages', seedData().messages.slice(0, 2));
  assert.equal(docEnv.data, String(shanghaiMs('2018-09-07 07:53:41.300')));
});

test('sms/addMessages rejects what it cannot store, naming the item, and stores nothing then', async () => {
  const good = { sender: 'AA1611', receiver: 'AAC13031400024', senderRole: 1, occurTime: '2018-09-07 07:53:41.300', content: 'x' };
  for (const [body, msg] of [
    [[], /不能为空/],
    [good, /数组/],
    [[good, { ...good, occurTime: '2018/09/07 07:53:41' }], /^\[1\]\.occurTime /],
    [[good, { ...good, occurTime: '2018-02-30 07:53:41' }], /^\[1\]\.occurTime /],
    [[{ ...good, senderRole: 3 }], /^\[0\]\.senderRole /],
    [[{ ...good, content: undefined }], /^\[0\]\.content /],
    [[{ ...good, receiverMobile: '138-0000' }], /^\[0\]\.receiverMobile /],
    [[good, 'text'], /^\[1\]/],
  ]) {
    const env = await rz('POST', 'sms/addMessages', body);
    assert.equal(env.code, 1, JSON.stringify(body));
    assert.match(env.msg, msg);
  }
  assert.equal(sim.rongzi.messages.length, seedData().messages.length);
});

// ---- calls ----

test('call/syncRecords stores the records (sim.rongzi.calls) and answers the newest callDate in ms as a number', async () => {
  const records = [
    { mobile: '13472764344', billSec: 40, callDate: '2018-09-19 16:18:35', empWorkMobile: '18516431436', empCode: 'AA1611', callStatus: 1 },
    { mobile: '15051711562', billSec: 0, callDate: '2018-09-19 09:00:00', empWorkMobile: '18516431436', empCode: 'AA1611', callStatus: 2 },
    { mobile: '13771986452', billSec: 0, callDate: '2018-09-19 09:00:00', empWorkMobile: '', callStatus: 3 },
    { mobile: '13771986452', billSec: '75', callDate: '2018-08-30 18:30:55', empWorkMobile: '', empCode: 'AA1611', callStatus: '4' },
  ];
  const env = await rz('POST', 'call/syncRecords', records);
  assert.deepEqual(env, { code: 0, msg: '操作成功', data: 1537345115000 }, 'the doc\'s example answer: 2018-09-19 16:18:35 in Shanghai');
  assert.equal(sim.rongzi.calls.length, 4);
  assert.deepEqual(sim.rongzi.calls[0], records[0]);
  assert.equal(sim.rongzi.calls[2].empCode, 'AA1611', 'empCode defaults to the logged-in rep');
  assert.deepEqual([sim.rongzi.calls[3].billSec, sim.rongzi.calls[3].callStatus], [75, 4]);
  const more = await ok('POST', 'call/syncRecords', [{ mobile: '13800000000', billSec: 1, callDate: '2018-10-01 08:00:00', empCode: 'AA1611', callStatus: 0 }]);
  assert.equal(more, shanghaiMs('2018-10-01 08:00:00'));
  assert.equal(sim.rongzi.calls.length, 5);
});

test('call/syncRecords wants the list newest first (as the doc says) and valid records, and stores nothing otherwise', async () => {
  const r = (callDate, extra = {}) => ({ mobile: '13472764344', billSec: 10, callDate, empCode: 'AA1611', callStatus: 1, ...extra });
  for (const [body, msg] of [
    [[r('2018-08-30 18:30:55'), r('2018-09-19 16:18:35')], /倒序.*\[1\]\.callDate/],
    [[], /不能为空/],
    [r('2018-08-30 18:30:55'), /数组/],
    [[r('2018-08-30')], /^\[0\]\.callDate /],
    [[r('2018-08-30 18:30:55', { callStatus: 5 })], /^\[0\]\.callStatus /],
    [[r('2018-08-30 18:30:55', { billSec: -1 })], /^\[0\]\.billSec /],
    [[r('2018-08-30 18:30:55', { mobile: '' })], /^\[0\]\.mobile /],
    [[r('2018-08-30 18:30:55', { mobile: 'xxxxxxxx' })], /^\[0\]\.mobile /],
  ]) {
    const env = await rz('POST', 'call/syncRecords', body);
    assert.equal(env.code, 1, JSON.stringify(body));
    assert.match(env.msg, msg);
  }
  assert.deepEqual(sim.rongzi.calls, []);
});

// ---- wechat ----

test('wechat/updateFriendStatus changes the customer\'s wechatFriendStatus (visible in list); addFriend answers data: 3 like the doc', async () => {
  const status = async () => (await list({ empCode: 'AB2048', pageSize: 100 })).rows.find((c) => c.mobile === '18722222222').wechatFriendStatus;
  const before = await status();
  assert.notEqual(before, 6);
  assert.deepEqual(await rz('POST', 'wechat/updateFriendStatus', { customerMobile: '18722222222', friendStatus: '6' }), { code: 0, msg: '操作成功', data: null });
  assert.equal(await status(), 6);
  assert.equal((await rz('POST', 'wechat/updateFriendStatus', { customerMobile: '18722222222', friendStatus: 1 })).code, 0, 'the doc\'s example');
  assert.equal(await status(), 1);
  for (const body of [{ customerMobile: '18700000000', friendStatus: 6 }, { customerMobile: '18722222222', friendStatus: 7 }, { customerMobile: '18722222222' }, { friendStatus: 6 }]) {
    assert.equal((await rz('POST', 'wechat/updateFriendStatus', body)).code, 1, JSON.stringify(body));
  }
  const docExample = { customerMobile: '18522222222', customerWechatId: '', customerName: '普陀', empWorkMobile: '18511111111', empWechatId: 'wxid_xbeakwi8vj9q22', empName: '黄埔' };
  assert.deepEqual(await rz('POST', 'wechat/addFriend', docExample), { code: 0, msg: '操作成功', data: 3 });
  assert.equal((await rz('POST', 'wechat/addFriend', {})).code, 1);
});

// ---- routing, CORS, reset ----

test('unknown endpoints, wrong methods and bad JSON answer in the envelope; /apiOpen/ still goes to Yiwise', async () => {
  assert.equal((await rz('POST', 'customer/nope', {})).code, 404);
  assert.equal((await rz('POST', 'customer/list/extra', {})).code, 404);
  const wrong = await rz('GET', 'customer/list');
  assert.equal(wrong.code, 405);
  assert.match(wrong.msg, /POST/);
  assert.equal((await rz('POST', 'sms/templates', {})).code, 405);
  assert.equal((await rz('POST', 'customer/list', undefined, { raw: '{"pageSize":' })).code, 1);
  assert.equal((await rz('POST', 'customer/list', undefined, { raw: '[1,2]' })).code, 1);
  const yiwise = await (await fetch(`${sim.url}/apiOpen/v1/tenant/getTenant`)).json();
  assert.equal(yiwise.code, 401, 'the Yiwise half answers its own paths');
});

test('CORS: preflight for /api/... allows authorization and content-type; answers carry Access-Control-Allow-Origin', async () => {
  const res = await fetch(`${sim.url}/api/customer/list`, {
    method: 'OPTIONS',
    headers: { Origin: 'http://example.test', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' },
  });
  assert.equal(res.status, 204);
  assert.equal(res.headers.get('access-control-allow-origin'), '*');
  assert.ok(res.headers.get('access-control-allow-methods').split(',').includes('POST'));
  assert.equal(res.headers.get('access-control-allow-headers'), 'authorization,content-type');
  const plain = await fetch(`${sim.url}/api/sms/templates`, { method: 'OPTIONS' });
  assert.equal(plain.status, 204);
  const allowed = plain.headers.get('access-control-allow-headers').split(',').map((h) => h.trim().toLowerCase());
  assert.ok(allowed.includes('authorization') && allowed.includes('content-type'), allowed.join());
  const answer = await fetch(`${sim.url}/api/sms/templates`, { headers: { Authorization: `Bearer ${token}`, Origin: 'http://example.test' } });
  assert.equal(answer.headers.get('access-control-allow-origin'), '*');
});

test('reset() restores the seed data (comments, friend statuses, messages) and forgets synced calls; tokens stay valid', async () => {
  const seeded = structuredClone(sim.rongzi.customers);
  await ok('POST', 'customer/editComment', { customerCode: 'AAC13031400024', comment: '改过了' });
  await ok('POST', 'wechat/updateFriendStatus', { customerMobile: '13472764344', friendStatus: 6 });
  await ok('POST', 'sms/addMessages', [{ sender: 'AA1611', receiver: 'AAC13031400024', senderRole: 1, occurTime: '2018-09-20 10:00:00.000', content: 'x' }]);
  await ok('POST', 'call/syncRecords', [{ mobile: '13472764344', billSec: 3, callDate: '2018-09-20 10:00:00', empCode: 'AA1611', callStatus: 1 }]);
  assert.equal((await ok('POST', 'sms/getMessages', {})).total, 31);
  assert.equal(sim.rongzi.calls.length, 1);
  sim.reset();
  assert.deepEqual(sim.rongzi.customers, seeded);
  const first = (await list({ customerExeStatus: 1, empCode: 'AA1611', pageSize: 1 })).rows[0];
  assert.deepEqual([first.comment, first.wechatFriendStatus], ['', 3]);
  assert.equal((await ok('POST', 'sms/getMessages', {})).total, 30);
  assert.deepEqual(sim.rongzi.calls, []);
});
