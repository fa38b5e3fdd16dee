// The Rongzi half of the built package: exports, the client object, labels, and
// what never shows (token, password). No network: scripted fetch functions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as esm from 'yiwise-rongzi';
import { RongziClient, YiwiseRongziError, rongziLabel, rongziEnumValues } from 'yiwise-rongzi';
import { cannedFetch, rejection } from './helpers.mjs';

const require = createRequire(import.meta.url);

/** An unsigned JWT (the client never verifies it) expiring `secs` from now. */
export function jwt(secs = 3600, sub = 'AA1611') {
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const exp = Math.floor(Date.now() / 1000) + secs;
  return `${b64({ alg: 'HS512' })}.${b64({ sub, exp, iat: exp - secs })}.c2ln`;
}

/** A fetch answering with `answers` in order (the last repeats); records the calls. */
function scripted(...answers) {
  const calls = [];
  const fetch = async (url, init) => {
    calls.push({ url, init, body: init.body === undefined ? undefined : JSON.parse(init.body) });
    const a = answers.length > 1 ? answers.shift() : answers[0];
    return Response.json(a);
  };
  return { fetch, calls };
}

const loginOk = (token) => ({ code: 0, msg: '操作成功', data: { userInfo: { empCode: 'AA1611', empName: '刘超[AA1611]' }, token } });

test('import and require expose RongziClient, rongziLabel and rongziEnumValues', () => {
  const cjs = require('yiwise-rongzi');
  for (const name of ['RongziClient', 'rongziLabel', 'rongziEnumValues']) {
    assert.equal(typeof esm[name], 'function', name);
    assert.equal(esm[name], cjs[name], `ESM and CJS share ${name}`);
  }
});

test('the client has the five resources and every documented method', () => {
  const rz = new RongziClient({ baseUrl: 'http://127.0.0.1:9' });
  const methods = {
    account: ['login'],
    customer: ['list', 'editComment', 'listAll'],
    sms: ['templates', 'addMessages', 'getMessages', 'getMessagesAll'],
    call: ['syncRecords'],
    wechat: ['addFriend', 'updateFriendStatus'],
  };
  const other = new RongziClient({ baseUrl: 'http://127.0.0.1:9' });
  for (const [resource, fns] of Object.entries(methods)) {
    for (const fn of fns) assert.equal(typeof rz[resource][fn], 'function', `rz.${resource}.${fn}`);
    // One object per client and resource.
    assert.equal(rz[resource], rz[resource], resource);
    assert.notEqual(rz[resource], other[resource], resource);
  }
  assert.equal(rz.baseUrl, 'http://127.0.0.1:9');
  assert.equal(rz.token, null);
  assert.equal(rz.tokenExpiresAt, null);
});

test('bad options throw a YiwiseRongziError naming each one', () => {
  let e;
  try { new RongziClient({ baseUrl: 'ftp://x', token: 5, onUnauthorized: 'login' }); } catch (err) { e = err; }
  assert.ok(e instanceof YiwiseRongziError);
  assert.equal(e.kind, 'validation');
  assert.deepEqual(e.issues.map((i) => i.field), ['baseUrl', 'token', 'onUnauthorized']);
});

test('login stores the bare token whichever form the server sends; one Bearer prefix goes out', async () => {
  for (const prefix of ['', 'Bearer ', 'Bearer Bearer ']) {
    const token = jwt();
    const { fetch, calls } = scripted(loginOk(prefix + token), { code: 0, data: [] });
    const rz = new RongziClient({ baseUrl: 'http://rongzi.test', fetch });
    const { userInfo, token: returned } = await rz.account.login({ username: '1611', password: '123456' });
    assert.equal(userInfo.empCode, 'AA1611');
    assert.equal(userInfo.cityName, null, 'missing fields are null');
    assert.equal(returned, token);
    assert.equal(rz.token, token);
    assert.ok(Math.abs(rz.tokenExpiresAt - (Date.now() + 3600_000)) < 5000);
    await rz.sms.templates();
    assert.deepEqual(calls[0].body, { username: '1611', password: 'e10adc3949ba59abbe56e057f20f883e' });
    assert.equal(calls[0].init.headers.Authorization, undefined);
    assert.equal(calls[1].url, 'http://rongzi.test/api/sms/templates');
    assert.equal(calls[1].init.method, 'GET');
    assert.equal(calls[1].init.headers.Authorization, `Bearer ${token}`);
  }
});

test('passwordMd5 is sent as is (lowercased); the password never shows', async () => {
  const secret = 'correct horse 电池';
  const { fetch, calls } = scripted({ code: 1, msg: '用户名或密码错误' });
  const rz = new RongziClient({ baseUrl: 'http://rongzi.test', fetch });
  const e = await rejection(rz.account.login({ username: '1611', password: secret }));
  assert.equal(e.kind, 'auth');
  assert.equal(e.code, 1);
  for (const text of [e.message, JSON.stringify(e), String(rz), JSON.stringify(rz), JSON.stringify(calls)]) {
    assert.ok(!text.includes(secret), text);
  }
  await rejection(rz.account.login({ username: '1611', passwordMd5: 'E10ADC3949BA59ABBE56E057F20F883E' }));
  assert.equal(calls[1].body.password, 'e10adc3949ba59abbe56e057f20f883e');
  const bad = await rejection(rz.account.login({ username: '1611', password: secret, passwordMd5: 'x' }));
  assert.equal(bad.kind, 'validation');
  assert.ok(!bad.message.includes(secret));
  assert.equal(calls.length, 2, 'an invalid login sends nothing');
});

test('toJSON and toString never show the token; logout forgets it', async () => {
  const token = jwt();
  const rz = new RongziClient({ baseUrl: 'http://rongzi.test', token: `Bearer ${token}`, fetch: cannedFetch({ code: 0, data: [] }).fetch });
  assert.equal(rz.token, token);
  assert.deepEqual(JSON.parse(JSON.stringify(rz)), { baseUrl: 'http://rongzi.test', loggedIn: true, tokenExpiresAt: rz.tokenExpiresAt });
  assert.equal(String(rz), 'RongziClient(http://rongzi.test, logged in)');
  rz.logout();
  assert.equal(rz.token, null);
  const e = await rejection(rz.sms.templates());
  assert.equal(e.kind, 'auth');
  assert.match(e.message, /not logged in/);
});

test('setToken uses a token from elsewhere (one Bearer goes out), null forgets it, junk throws', async () => {
  const { fetch, calls } = cannedFetch({ code: 0, msg: '操作成功', data: [] });
  const rz = new RongziClient({ baseUrl: 'http://rongzi.test', fetch });
  const token = jwt();
  rz.setToken(`Bearer ${token}`);
  assert.equal(rz.token, token);
  assert.ok(rz.tokenExpiresAt > Date.now());
  await rz.sms.templates();
  assert.equal(calls[0].init.headers.Authorization ?? calls[0].init.headers.authorization, `Bearer ${token}`);
  const bad = (() => { try { rz.setToken('two words'); } catch (e) { return e; } })();
  assert.ok(bad instanceof YiwiseRongziError);
  assert.equal(bad.kind, 'validation');
  assert.equal(bad.field, 'token');
  assert.equal(rz.token, token, 'a refused token leaves the old one');
  rz.setToken(null);
  assert.equal(rz.token, null);
});

test('the docs\' own (long expired) token is refused before sending', async () => {
  const docToken = 'eyJhbGciOiJIUzUxMiJ9.eyJzdWIiOiJBQTE2MTEiLCJleHAiOjE1Njg4MDI1MjMsImlhdCI6MTUzNzI2NjUyM30.x';
  const { fetch, calls } = cannedFetch({ code: 0, data: [] });
  const rz = new RongziClient({ baseUrl: 'http://rongzi.test', token: docToken, fetch });
  assert.equal(rz.tokenExpiresAt, 1568802523000);
  const e = await rejection(rz.customer.list({ empCode: 'AA1611' }));
  assert.equal(e.kind, 'auth');
  assert.equal(e.endpoint, 'rongzi customer/list');
  assert.equal(calls.length, 0);
});

test('labels and enum values', () => {
  assert.equal(rongziLabel('ExeStatus', 'INTENT'), '有意向');
  assert.equal(rongziLabel('ExeStatus', 6), '会员成交');
  assert.equal(rongziLabel('CustomerExeStatus', 'DEAL'), '已成交');
  assert.equal(rongziLabel('CallStatus', 'CUSTOMER_CALLED_MISSED'), '客户拨打销售，销售未接');
  assert.equal(rongziLabel('ExeStatus', 'NOPE'), undefined);
  assert.deepEqual(rongziEnumValues('SenderRole'), [
    { value: 'SALES', code: 1, label: '销售' },
    { value: 'CUSTOMER', code: 2, label: '客户' },
  ]);
  assert.deepEqual(rongziEnumValues('WechatFriendStatus').map((v) => v.code), [1, 2, 3, 4, 5, 6]);
  assert.deepEqual(rongziEnumValues('Nope'), []);
});
