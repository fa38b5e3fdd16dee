// The Rongzi client through the simulator's Rongzi half (`/api/...`): the issue's
// "What a user gets" snippet, every endpoint round trip, paging, tokens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { RongziClient, YiwiseRongziError } from 'yiwise-rongzi';
import { simulator, rejection } from './helpers.mjs';

let sim;
before(async () => { sim = await simulator(); });
after(() => sim?.close());

const LOGIN = { username: '1611', password: '123456' };

async function loggedIn(extra = {}) {
  const rz = new RongziClient({ baseUrl: sim.url, ...extra });
  await rz.account.login(LOGIN);
  return rz;
}

test('what a user gets: login, every intent customer with a house gets a comment', async () => {
  sim.reset();
  const rz = new RongziClient({ baseUrl: sim.url });
  const { userInfo } = await rz.account.login({ username: '1611', password: '123456' });
  assert.equal(userInfo.empCode, 'AA1611');
  const edited = [];
  for await (const c of rz.customer.listAll({ customerExeStatus: 'INTENT', empCode: userInfo.empCode })) {
    assert.equal(c.exeStatus, 'INTENT');
    if (c.hasHouse && c.exeStatus === 'INTENT') {
      await rz.customer.editComment({ customerCode: c.customerCode, comment: '已联系' });
      edited.push(c.customerCode);
    }
  }
  assert.ok(edited.length > 0, 'the seed has intent customers with a house');
  const after = new Map();
  for await (const c of rz.customer.listAll({ customerExeStatus: 'INTENT', empCode: 'AA1611' })) after.set(c.customerCode, c);
  for (const code of edited) assert.equal(after.get(code).comment, '已联系');
});

test('customer.list: a page with a numeric total, codes decoded, every field present', async () => {
  const rz = await loggedIn();
  const page = await rz.customer.list({ empCode: 'AA1611', pageIndex: 1, pageSize: 20 });
  assert.equal(typeof page.total, 'number');
  assert.equal(page.rows.length, 20);
  const seen = { exeStatus: new Set(), hasPolicy: new Set(), salary: new Set() };
  for await (const c of rz.customer.listAll({ empCode: 'AA1611' })) {
    seen.exeStatus.add(c.exeStatus);
    seen.hasPolicy.add(c.hasPolicy);
    seen.salary.add(c.salary === null ? 'null' : typeof c.salary);
    for (const k of ['name', 'mobile', 'hasCars', 'hasHouse', 'isSecuityOrFund', 'contactStatus', 'wechatFriendStatus', 'paymentDate', 'comment']) {
      assert.ok(k in c, k);
    }
    if (c.isSecuityOrFund !== null) assert.deepEqual(Object.keys(c.isSecuityOrFund), ['socialSecurity', 'housingFund']);
  }
  for (const s of ['DEMAND', 'INTENT', 'VISITED', 'SIGNED', 'DEAL_OUTSOURCED', 'DEAL_MEMBER']) assert.ok(seen.exeStatus.has(s), s);
  assert.ok(seen.hasPolicy.has(null) && seen.hasPolicy.has(true) && seen.hasPolicy.has(false));
  assert.ok(seen.salary.has('null') && seen.salary.has('number'), 'empty salaries are null');
});

test('customer.listAll covers the total exactly once; DEAL means both deal kinds', async () => {
  const rz = await loggedIn();
  const { total } = await rz.customer.list({ empCode: 'AA1611', pageSize: 1 });
  const codes = [];
  for await (const c of rz.customer.listAll({ empCode: 'AA1611', pageSize: 37 })) codes.push(c.customerCode);
  assert.equal(codes.length, total);
  assert.equal(new Set(codes).size, total);
  const deal = new Set();
  for await (const c of rz.customer.listAll({ empCode: 'AA1611', customerExeStatus: 'DEAL' })) deal.add(c.exeStatus);
  assert.deepEqual([...deal].sort(), ['DEAL_MEMBER', 'DEAL_OUTSOURCED']);
});

test('editComment: 500 characters pass, 501 are refused before sending', async () => {
  const rz = await loggedIn();
  const [c] = (await rz.customer.list({ empCode: 'AA1611', pageSize: 1 })).rows;
  await rz.customer.editComment({ customerCode: c.customerCode, comment: '备'.repeat(500) });
  const e = await rejection(rz.customer.editComment({ customerCode: c.customerCode, comment: '备'.repeat(501) }));
  assert.ok(e instanceof YiwiseRongziError);
  assert.equal(e.kind, 'validation');
  assert.equal(e.field, 'comment');
  const unknown = await rejection(rz.customer.editComment({ customerCode: 'NO-SUCH-CUSTOMER', comment: 'x' }));
  assert.equal(unknown.kind, 'api');
  assert.equal(unknown.code, 1);
});

test('sms: templates with trimmed keys; addMessages then getMessages reads them back', async () => {
  const rz = await loggedIn();
  const templates = await rz.sms.templates();
  assert.deepEqual(templates.map((t) => t.id), ['0', '1']);
  assert.equal(templates[0].title, '回访模板');
  const customerCode = 'AAC13031400024';
  const content = `node test ${Date.now()}`;
  const ms = await rz.sms.addMessages([
    { sender: 'AA1611', receiver: customerCode, senderRole: 'SALES', occurTime: '2030-01-02 03:04:05.3',
      content, receiverMobile: '13472764344', sendStatus: true },
  ]);
  assert.equal(typeof ms, 'number');
  const found = [];
  for await (const m of rz.sms.getMessagesAll({ empCode: 'AA1611', customerCode, pageSize: 2 })) {
    if (m.content === content) found.push(m);
  }
  assert.equal(found.length, 1);
  assert.equal(found[0].senderRole, 'SALES');
  assert.equal(found[0].sendStatus, true);
  assert.equal(found[0].isRead, true, 'isRead defaults to true');
  assert.equal(found[0].signature, '【东方融资网】', 'signature defaults to the docs\' one');
});

test('call.syncRecords: stored newest first, answered with the newest time in ms', async () => {
  const rz = await loggedIn();
  const rec = (callDate, billSec) => ({ mobile: '13472764344', billSec, callDate, empCode: 'AA1611', callStatus: 'SALES_CALLED_CONNECTED' });
  const before = sim.rongzi.calls.length;
  const ms = await rz.call.syncRecords([rec('2030-05-01 10:00:00', 1), rec('2030-05-02 10:00:00', 2)]);
  assert.equal(typeof ms, 'number');
  const stored = sim.rongzi.calls.slice(before);
  // Given oldest first; the simulator refuses any other order than newest first.
  assert.deepEqual(stored.map((c) => [c.callDate, c.billSec, c.callStatus]), [
    ['2030-05-02 10:00:00', 2, 1],
    ['2030-05-01 10:00:00', 1, 1],
  ]);
});

test('wechat: addFriend warns once and answers REQUEST_PENDING; updateFriendStatus shows in the list', async () => {
  const rz = await loggedIn();
  const warnings = [];
  const original = console.warn;
  console.warn = (m) => warnings.push(String(m));
  try {
    const r = await rz.wechat.addFriend({ customerMobile: '13472764344', customerName: '普陀' });
    assert.equal(r.friendStatus, 'REQUEST_PENDING');
    await rz.wechat.addFriend({ customerMobile: '13472764344' });
  } finally {
    console.warn = original;
  }
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /deprecated/);
  const [c] = (await rz.customer.list({ empCode: 'AA1611', pageSize: 1 })).rows;
  const next = c.wechatFriendStatus === 'FRIEND' ? 'NOT_FRIEND' : 'FRIEND';
  await rz.wechat.updateFriendStatus({ customerMobile: c.mobile, friendStatus: next });
  let after;
  for await (const x of rz.customer.listAll({ empCode: 'AA1611' })) if (x.customerCode === c.customerCode) after = x;
  assert.equal(after.wechatFriendStatus, next);
  const e = await rejection(rz.wechat.updateFriendStatus({ customerMobile: c.mobile, friendStatus: 'REQUEST_PENDING' }));
  assert.equal(e.kind, 'validation');
});

test('tokens: a bad one is auth 500; onUnauthorized logs in again and the call is retried once', async () => {
  const bad = new RongziClient({ baseUrl: sim.url, token: 'not.a.jwt' });
  const e = await rejection(bad.customer.list({ empCode: 'AA1611' }));
  assert.equal(e.kind, 'auth');
  assert.equal(e.code, 500);
  let hookCalls = 0;
  const rz = new RongziClient({
    baseUrl: sim.url,
    token: 'Bearer not.a.jwt',
    onUnauthorized: async (error) => {
      hookCalls++;
      assert.equal(error.kind, 'auth');
      await rz.account.login(LOGIN);
    },
  });
  const [page1, page2] = await Promise.all([
    rz.customer.list({ empCode: 'AA1611', pageSize: 1 }),
    rz.customer.list({ empCode: 'AA1611', pageSize: 1, pageIndex: 2 }),
  ]);
  assert.equal(page1.rows.length + page2.rows.length, 2);
  assert.equal(hookCalls, 1, 'concurrent calls share one login');
  assert.notEqual(rz.token, 'not.a.jwt');
});

test('a wrong password is auth with code 1; a saved token starts a new client', async () => {
  const rz = new RongziClient({ baseUrl: sim.url });
  const e = await rejection(rz.account.login({ username: '1611', password: 'nope' }));
  assert.equal(e.kind, 'auth');
  assert.equal(e.code, 1);
  const first = await loggedIn();
  const again = new RongziClient({ baseUrl: sim.url, token: first.token });
  assert.equal(again.tokenExpiresAt, first.tokenExpiresAt);
  assert.ok((await again.sms.templates()).length > 0);
});

test('a server answering "Bearer <jwt>" works the same', async () => {
  const prefixed = await simulator({ rongziBearerPrefix: true });
  try {
    const rz = new RongziClient({ baseUrl: prefixed.url });
    const { token } = await rz.account.login(LOGIN);
    assert.ok(!token.startsWith('Bearer'));
    assert.ok((await rz.sms.templates()).length > 0);
  } finally {
    prefixed.close();
  }
});

test('an expired token is refused before sending, then onUnauthorized recovers', async () => {
  const short = await simulator({ rongziTokenTtlSec: 1 });
  try {
    let logins = 0;
    const rz = new RongziClient({ baseUrl: short.url, onUnauthorized: async () => { logins++; await rz.account.login(LOGIN); } });
    await rz.account.login(LOGIN);
    await new Promise((r) => setTimeout(r, 1100));
    assert.ok(rz.tokenExpiresAt <= Date.now());
    await rz.sms.templates();
    assert.equal(logins, 1);
  } finally {
    short.close();
  }
});
