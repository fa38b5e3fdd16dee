// The simulator against the newest Yiwise docs (yiwise/slate@e032b5d, 2021-01: callRecord.md,
// chat.md, knowledge.md, task.md) and against what the vendor's own Java demos send
// (yiwise/openapidemo: SimpleDemo.java @2d4ec8c and @3d71f8a, TestDemo.java @HEAD).
// Raw signed HTTP only: the signer below follows the vendor's SignUtils with node:crypto; no SDK.
// Run: node --test tests/node/simulator-api-2021.test.mjs
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import { DEMO, simulator } from './helpers.mjs';

let sim;
before(async () => { sim = await simulator(); });
after(() => sim?.close());
beforeEach(() => sim.reset());

// ---- the vendor's signing (SignUtils.sign) and raw requests ----

/** SHA-256 hex of tenantSign + "appKey=…&appSecret=…&tenantSign=…&version=…&timestamp=…" (NOTES.md). */
function vendorSign({ appKey, appSecret, tenantSign }, version, timestamp) {
  const params = `${tenantSign}appKey=${appKey}&appSecret=${appSecret}&tenantSign=${tenantSign}&version=${version}&timestamp=${timestamp}`;
  return createHash('sha256').update(params, 'utf8').digest('hex');
}

/** The headers the vendor's HttpClientUtils sends (appSecret and tenantSign are not sent). */
function signedHeaders(creds = DEMO, version = 'v1') {
  const timestamp = String(Date.now());
  return { appKey: creds.appKey, version, timestamp, signature: vendorSign(creds, version, timestamp) };
}

/**
 * A call to `path` (after the origin: '/apiOpen/v1/chat', '/apiOpen/knowledge/list'); GET params go
 * in the query, other params as JSON, or `raw` as the exact body bytes. Returns the envelope.
 */
async function call(method, path, params, { raw, headers = signedHeaders() } = {}) {
  let url = `${sim.url}${path}`;
  const init = { method, headers: { ...headers } };
  if (method === 'GET' && params) url += `?${new URLSearchParams(params)}`;
  else if (raw !== undefined || params !== undefined) {
    init.body = raw ?? JSON.stringify(params);
    Object.assign(init.headers, { 'Content-Type': 'application/json', Accept: 'application/json' });
  }
  const res = await fetch(url, init);
  assert.equal(res.status, 200, `${method} ${path}: HTTP ${res.status}`);
  return res.json();
}
const v1 = (method, path, params, opts) => call(method, `/apiOpen/v1/${path}`, params, opts);

/** A successful call's data (fails with the resultMsg otherwise). */
async function ok(method, path, params, opts) {
  const env = await call(method, path, params, opts);
  assert.equal(env.code, 200, `${method} ${path}: ${env.code} ${env.resultMsg}`);
  return env.data;
}
const ok1 = (method, path, params, opts) => ok(method, `/apiOpen/v1/${path}`, params, opts);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function until(probe, what, { timeoutMs = 5000, stepMs = 10 } = {}) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await sleep(stepMs);
  }
}
const jobStatus = async (robotCallJobId) => (await ok1('GET', 'job/getJobDetail', { robotCallJobId })).robotCallJob.status;
const records = async (robotCallJobId, filters = {}) => (await ok1('POST', 'callRecord/getCallRecordInfoList', { robotCallJobId, pageSize: 100, ...filters })).content;

/** The code the simulator answers for a bad parameter elsewhere (a missing robotCallJobId). */
async function paramsErrorCode() {
  return (await v1('POST', 'job/start', {})).code;
}

// ---- the demos' bodies, as fastjson 1.2.47 writes them ----
//
// A fastjson JSONObject is a java.util.HashMap(16): its keys come out in HashMap order. A JavaBean
// (RobotCallJobPO, CustomerPersonImportVO) comes out with its properties sorted by name, nulls left
// out; a LocalTime as its toString() ("09:00"). The orders below were checked against a real JVM
// (jshell, java.util.HashMap) when this file was written: see the first test.

const javaHash = (s) => {
  let h = 0;
  for (let i = 0; i < s.length; i += 1) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
};
/** The iteration order of `new HashMap<>(16)` after putting `keys` in this order. */
function hashMapOrder(keys) {
  let capacity = 16;
  while (keys.length > capacity * 0.75) capacity *= 2;
  return keys.map((k, i) => ({ k, i, bucket: (javaHash(k) ^ (javaHash(k) >>> 16)) & (capacity - 1) }))
    .sort((a, b) => a.bucket - b.bucket || a.i - b.i).map((x) => x.k);
}
class JMap { constructor(entries) { this.entries = entries; } }
/** A fastjson JSONObject built with put() in the order of `entries`. */
const jobj = (...entries) => new JMap(entries);
/** fastjson's text of a value: JMap in HashMap order, plain objects (beans) sorted by name without nulls. */
function fastjson(v) {
  if (v instanceof JMap) {
    const byKey = new Map(v.entries);
    return `{${hashMapOrder(v.entries.map(([k]) => k)).map((k) => `${JSON.stringify(k)}:${fastjson(byKey.get(k))}`).join(',')}}`;
  }
  if (Array.isArray(v)) return `[${v.map(fastjson).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    return `{${Object.keys(v).sort().filter((k) => v[k] !== null && v[k] !== undefined).map((k) => `${JSON.stringify(k)}:${fastjson(v[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/** TestDemo.java (HEAD): the PATCH job/modify body, put for put. */
function testDemoModify() {
  const obj = jobj(
    ['concurrencyQuota', 3], ['enableConcurrency', true], ['robotCallJobId', 33], ['name', '测试2'], ['mode', 'AUTO'],
    ['dailyStartTime', '09:00'], ['dailyEndTime', '21:00'],
    ['inactiveTimeList', [jobj(['startTime', '10:00'], ['endTime', '11:00']), jobj(['startTime', '12:00'], ['endTime', '13:00'])]],
    ['description', '任务描述信息'], ['smsTemplateId', 1], ['robotCount', 2], ['wechatAlertLevelCode', ['0', '1']],
    ['wechatConditionAlertLevel', [2]], ['wechatAlertChatDurationThreshold', 10], ['smsAlertLevel', []], ['alertUsers', [1, 5]],
    ['startTime', '2019-11-21 04:32:56'], ['redialCondition', ['CALL_LOSS']], ['redialInterval', 6], ['redialTimes', 6],
    ['transferPhoneNumber', ['1523654789', '1758426896']],
  );
  return fastjson(jobj(['concurrencyQuota', 2], ['jobPhoneNumberIdList', [2788]], ['robotCallJob', obj]));
}

/** SimpleDemo.createTask (2d4ec8c): robotCount commented out, the 2018-style inactiveStart/EndTime. */
function simpleDemoCreate() {
  const robotCallJobPO = {
    tenantId: 73, dialogFlowId: 129, name: '测试名称0110-01', mode: 'MANUAL', robotCount: null,
    dailyStartTime: '09:00', dailyEndTime: '20:00', inactiveStartTime: '12:00', inactiveEndTime: '13:00',
    description: 'gthjoitjdjfdk', smsTemplateId: 1, phoneType: 'MOBILE', wechatAlertLevel: [], smsAlertLevel: ['A'],
    alertUsers: [], earlyWarningAlertUsers: [], startTime: '2018-11-07 05:05:05', wechatSendMethod: 'SENDTOALL',
  };
  return fastjson(jobj(['concurrencyQuota', 1], ['robotCallJob', robotCallJobPO], ['jobPhoneNumberIdList', [22]]));
}

/** SimpleDemo.oneTimeCall (2d4ec8c), and with the top-level properties of the `test` branch (3d71f8a). */
function simpleDemoOneTimeCall({ withProperties = false } = {}) {
  const entries = [
    ['dialogFlowId', 5474], ['jobPhoneNumberIdList', [1060]], ['phoneType', 'LANDLINE'],
    ['customerPersons', [{ name: '小红羊', phoneNumber: '15088790310', properties: null }]],
  ];
  if (withProperties) entries.push(['properties', jobj(['1', '我是一个超级大好人'])]);
  return fastjson(jobj(...entries));
}

/** SimpleDemo / TestDemo updatePhoneInfoByTenantPhoneNumberId, and SimpleDemo updatePhonePriceByTenantPhoneNumberId. */
const demoPhoneInfo = () => fastjson(jobj(
  ['tenantPhoneNumberId', 1010], ['areaCode', '010'], ['province', '北京市'], ['city', '朝阳区'],
  ['deadArea', [jobj(['prov', 'xx省'], ['city', 'xx市'])]], ['callOutIndustry', 'FINANCE'],
));
const demoPhonePrice = () => fastjson(jobj(['tenantPhoneNumberId', 1010], ['localBillRate', 9999], ['otherBillRate', 9999]));

/** Replaces the demo account's ids in a body by the simulator's (`"key":old` → `"key":new`); fails if one is missing. */
function withIds(body, swaps) {
  let out = body;
  for (const [from, to] of swaps) {
    assert.ok(out.includes(from), `${from} is in the demo body`);
    out = out.replace(from, to);
  }
  return out;
}

test('the demo bodies are byte for byte what fastjson sends (HashMap orders checked with a JVM)', () => {
  // Orders printed by jshell (OpenJDK 17) for `new HashMap<>(16)` with the same put() sequence.
  assert.deepEqual(hashMapOrder(['concurrencyQuota', 'enableConcurrency', 'robotCallJobId', 'name', 'mode', 'dailyStartTime', 'dailyEndTime',
    'inactiveTimeList', 'description', 'smsTemplateId', 'robotCount', 'wechatAlertLevelCode', 'wechatConditionAlertLevel',
    'wechatAlertChatDurationThreshold', 'smsAlertLevel', 'alertUsers', 'startTime', 'redialCondition', 'redialInterval', 'redialTimes',
    'transferPhoneNumber']).join(','),
  'robotCallJobId,wechatAlertChatDurationThreshold,redialTimes,dailyStartTime,description,smsTemplateId,alertUsers,dailyEndTime,transferPhoneNumber,inactiveTimeList,enableConcurrency,smsAlertLevel,mode,concurrencyQuota,wechatAlertLevelCode,name,robotCount,redialCondition,wechatConditionAlertLevel,startTime,redialInterval');
  assert.deepEqual(hashMapOrder(['concurrencyQuota', 'robotCallJob', 'jobPhoneNumberIdList']), ['concurrencyQuota', 'jobPhoneNumberIdList', 'robotCallJob']);
  assert.deepEqual(hashMapOrder(['startTime', 'endTime']), ['startTime', 'endTime']);
  assert.deepEqual(hashMapOrder(['dialogFlowId', 'jobPhoneNumberIdList', 'phoneType', 'customerPersons', 'properties']), ['phoneType', 'dialogFlowId', 'jobPhoneNumberIdList', 'customerPersons', 'properties']);
  assert.deepEqual(hashMapOrder(['tenantPhoneNumberId', 'areaCode', 'province', 'city', 'deadArea', 'callOutIndustry']), ['deadArea', 'tenantPhoneNumberId', 'areaCode', 'province', 'city', 'callOutIndustry']);
  assert.deepEqual(hashMapOrder(['prov', 'city']), ['city', 'prov']);

  assert.equal(testDemoModify(), '{"concurrencyQuota":2,"jobPhoneNumberIdList":[2788],"robotCallJob":{"robotCallJobId":33,'
    + '"wechatAlertChatDurationThreshold":10,"redialTimes":6,"dailyStartTime":"09:00","description":"任务描述信息","smsTemplateId":1,'
    + '"alertUsers":[1,5],"dailyEndTime":"21:00","transferPhoneNumber":["1523654789","1758426896"],'
    + '"inactiveTimeList":[{"startTime":"10:00","endTime":"11:00"},{"startTime":"12:00","endTime":"13:00"}],"enableConcurrency":true,'
    + '"smsAlertLevel":[],"mode":"AUTO","concurrencyQuota":3,"wechatAlertLevelCode":["0","1"],"name":"测试2","robotCount":2,'
    + '"redialCondition":["CALL_LOSS"],"wechatConditionAlertLevel":[2],"startTime":"2019-11-21 04:32:56","redialInterval":6}}');
  assert.equal(simpleDemoCreate(), '{"concurrencyQuota":1,"jobPhoneNumberIdList":[22],"robotCallJob":{"alertUsers":[],"dailyEndTime":"20:00",'
    + '"dailyStartTime":"09:00","description":"gthjoitjdjfdk","dialogFlowId":129,"earlyWarningAlertUsers":[],"inactiveEndTime":"13:00",'
    + '"inactiveStartTime":"12:00","mode":"MANUAL","name":"测试名称0110-01","phoneType":"MOBILE","smsAlertLevel":["A"],"smsTemplateId":1,'
    + '"startTime":"2018-11-07 05:05:05","tenantId":73,"wechatAlertLevel":[],"wechatSendMethod":"SENDTOALL"}}');
  assert.equal(simpleDemoOneTimeCall({ withProperties: true }), '{"phoneType":"LANDLINE","dialogFlowId":5474,"jobPhoneNumberIdList":[1060],'
    + '"customerPersons":[{"name":"小红羊","phoneNumber":"15088790310"}],"properties":{"1":"我是一个超级大好人"}}');
  assert.equal(demoPhoneInfo(), '{"deadArea":[{"city":"xx市","prov":"xx省"}],"tenantPhoneNumberId":1010,"areaCode":"010","province":"北京市","city":"朝阳区","callOutIndustry":"FINANCE"}');
});

// ---- every new route is signed like the rest ----

test('every endpoint of the inventory (tests/fixtures/yiwise/endpoints.json) is routed, with its method', async () => {
  const inventory = JSON.parse(await readFile(new URL('../fixtures/yiwise/endpoints.json', import.meta.url), 'utf8'));
  const paths = new Set(inventory.map((e) => e.path));
  for (const path of ['chat', 'knowledge/list', 'knowledge/create', 'knowledge/update', 'job/oneTimeCall',
    'phone/updatePhoneInfoByTenantPhoneNumberId', 'phone/updatePhonePriceByTenantPhoneNumberId', 'callRecord/getCallRecordInfoList']) {
    if (!paths.has(path)) inventory.push({ method: path.endsWith('/list') ? 'GET' : 'POST', path });
  }
  for (const { method, path } of inventory) {
    const url = path.startsWith('knowledge/') ? `/apiOpen/${path}` : `/apiOpen/v1/${path}`;
    const env = await call(method, url, method === 'GET' ? undefined : {});
    assert.ok(env.code !== 405 && !(env.code === 404 && /资源未找到/.test(env.resultMsg)), `${method} ${url}: ${env.code} ${env.resultMsg}`);
    const other = method === 'GET' ? 'POST' : 'GET';
    assert.equal((await call(other, url, other === 'GET' ? undefined : {})).code, 405, `${other} ${url}`);
  }
});

test('the new routes check the signature, the timestamp and the version like every other', async () => {
  const routes = [
    ['POST', '/apiOpen/v1/chat', { botId: 1, text: '你好' }],
    ['GET', '/apiOpen/knowledge/list', { botId: 1 }],
    ['POST', '/apiOpen/knowledge/create', {}],
    ['POST', '/apiOpen/knowledge/update', {}],
    ['POST', '/apiOpen/v1/job/oneTimeCall', {}],
    ['POST', '/apiOpen/v1/phone/updatePhoneInfoByTenantPhoneNumberId', {}],
    ['POST', '/apiOpen/v1/phone/updatePhonePriceByTenantPhoneNumberId', {}],
  ];
  const stale = String(Date.now() - 6 * 60 * 1000);
  for (const [method, path, params] of routes) {
    assert.equal((await call(method, path, params, { headers: {} })).code, 401, `${path} unsigned`);
    const wrong = { ...signedHeaders(), signature: vendorSign({ ...DEMO, appSecret: 'not-the-secret' }, 'v1', String(Date.now())) };
    assert.equal((await call(method, path, params, { headers: wrong })).code, 401, `${path} wrong secret`);
    const old = { appKey: DEMO.appKey, version: 'v1', timestamp: stale, signature: vendorSign(DEMO, 'v1', stale) };
    assert.equal((await call(method, path, params, { headers: old })).code, 401, `${path} stale timestamp`);
    assert.notEqual((await call(method, path, params)).code, 401, `${path} signed`);
  }
  // The knowledge paths have no version segment: signed with the header's version, v1.
  assert.equal((await call('GET', '/apiOpen/knowledge/list', { botId: 1 }, { headers: signedHeaders(DEMO, 'v2') })).code, 401);
  assert.equal((await call('GET', '/apiOpen/v1/knowledge/list', { botId: 1 })).code, 404);
  assert.equal((await call('GET', '/apiOpen/knowledge/list/more', { botId: 1 })).code, 404);
  assert.equal((await call('GET', '/apiOpen/v1/chat', { botId: 1, text: 'x' })).code, 405);
});

// ---- callRecord/getCallRecordInfoList: the 2021-01 filters, redialTimes ----

const JOB = {
  concurrencyQuota: 1,
  jobPhoneNumberIdList: [276],
  robotCallJob: { name: '2021筛选测试', mode: 'MANUAL', dialogFlowId: 1001, phoneType: 'MOBILE', dailyStartTime: '09:00', dailyEndTime: '20:00' },
};
const PEOPLE = ['13711110001', '13711110002', '13711110003', '13711110004', '13711110005', '13711110006']
  .map((phoneNumber, i) => ({ name: `筛选客户${i + 1}`, phoneNumber, properties: { 城市: '杭州' } }));

/** A completed job whose first customer was called twice (imported again after the others). */
async function calledJob() {
  const { robotCallJobId } = await ok1('POST', 'job/create', JOB);
  await ok1('POST', 'job/importCustomer', { robotCallJobId, customerPersons: PEOPLE });
  await ok1('POST', 'job/importCustomer', { robotCallJobId, customerPersons: [PEOPLE[0]] });
  await ok1('POST', 'job/start', { robotCallJobId });
  await until(async () => (await jobStatus(robotCallJobId)) === 'COMPLETED', 'the job to complete');
  return robotCallJobId;
}

test('getCallRecordInfoList: the docs\' request example is accepted; every row has redialTimes', async () => {
  const example = {
    robotCallJobId: 1, dialogFlowId: 2, resultStatuses: ['ANSWERED'], intentLevels: ['A'], hangupBy: 'REMOTE_HANGUP', realIntent: true,
    calledPhoneNumber: '15364736473', callRecordId: 145213, customerPersonName: '张三', customerConcern: ['公司位置', '交通'],
    readStatus: 'NOT_READ', chatDurationMin: 1, chatDurationMax: 3, lastCallRecord: true, redialTimes: 2, pageSize: 20, pageNum: 1,
  };
  const page = await ok1('POST', 'callRecord/getCallRecordInfoList', example);
  assert.deepEqual(Object.keys(page), ['number', 'pageSize', 'totalElements', 'pages', 'content']);
  assert.equal(page.totalElements, 0); // redialTimes 2: no record of the simulator was redialled
  const all = await records(1);
  assert.ok(all.length > 0);
  for (const r of all) assert.equal(r.redialTimes, 0);
  const keys = Object.keys(all[0]);
  assert.deepEqual(keys.slice(keys.indexOf('chatDuration'), keys.indexOf('chatDuration') + 3), ['chatDuration', 'chatRound', 'redialTimes']);
  const detail = await ok1('GET', 'callRecord/callDetail', { callRecordId: all[0].callRecordId });
  assert.equal(detail.redialTimes, 0);
  assert.equal(Object.keys(detail).at(-1), 'redialTimes'); // after robotCallJobId, as in the docs' example
});

test('getCallRecordInfoList: calledPhoneNumber, callRecordId, customerPersonName, customerConcern, readStatus, realIntent, chatDurationMin/Max', async () => {
  const jobId = await calledJob();
  const all = await records(jobId);
  assert.equal(all.length, 7);
  const same = (got, want) => assert.deepEqual(got.map((r) => r.callRecordId), want.map((r) => r.callRecordId));

  same(await records(jobId, { calledPhoneNumber: PEOPLE[1].phoneNumber }), all.filter((r) => r.calledPhoneNumber === PEOPLE[1].phoneNumber));
  same(await records(jobId, { calledPhoneNumber: PEOPLE[0].phoneNumber }), all.filter((r) => r.calledPhoneNumber === PEOPLE[0].phoneNumber));
  assert.equal((await records(jobId, { calledPhoneNumber: PEOPLE[0].phoneNumber })).length, 2);
  same(await records(jobId, { callRecordId: all[3].callRecordId }), [all[3]]);
  same(await records(jobId, { customerPersonName: '筛选客户3' }), all.filter((r) => r.calledPhoneNumber === PEOPLE[2].phoneNumber));

  // customerConcern: a record matches when it has any of the given concerns.
  const concerns = ['价格', '效果'];
  const withConcern = all.filter((r) => r.customerConcern.some((c) => concerns.includes(c)));
  assert.ok(withConcern.length > 0 && withConcern.length < all.length, 'the seed gives some records these concerns');
  same(await records(jobId, { customerConcern: concerns }), withConcern);

  // chatDurationMin/Max: seconds, both ends inclusive.
  const d = all.map((r) => r.chatDuration).filter((x) => x > 0).sort((a, b) => a - b);
  const [lo, hi] = [d[0], d.at(-1)];
  same(await records(jobId, { chatDurationMin: lo, chatDurationMax: lo }), all.filter((r) => r.chatDuration === lo));
  same(await records(jobId, { chatDurationMin: lo, chatDurationMax: hi }), all.filter((r) => r.chatDuration >= lo && r.chatDuration <= hi));
  same(await records(jobId, { chatDurationMax: 0 }), all.filter((r) => r.chatDuration === 0));

  // readStatus: callDetail marks a record read.
  await ok1('GET', 'callRecord/callDetail', { callRecordId: all[1].callRecordId });
  same(await records(jobId, { readStatus: 'HAS_READ' }), [all[1]]);
  same(await records(jobId, { readStatus: 'NOT_READ' }), all.filter((r) => r !== all[1]));

  // realIntent: whether a person labelled the intent (nobody does in the simulator).
  same(await records(jobId, { realIntent: true }), []);
  same(await records(jobId, { realIntent: false }), all);
  // redialTimes applies only with lastCallRecord.
  same(await records(jobId, { redialTimes: 3 }), all);
});

test('getCallRecordInfoList: lastCallRecord keeps the newest record per number, and then only its six conditions apply', async () => {
  const jobId = await calledJob();
  const all = await records(jobId);
  const twice = all.filter((r) => r.calledPhoneNumber === PEOPLE[0].phoneNumber);
  assert.equal(twice.length, 2);
  const newest = Math.max(...twice.map((r) => r.callRecordId));

  const last = await records(jobId, { lastCallRecord: true });
  assert.equal(last.length, 6);
  assert.deepEqual(new Set(last.map((r) => r.calledPhoneNumber)), new Set(PEOPLE.map((p) => p.phoneNumber)));
  assert.equal(last.find((r) => r.calledPhoneNumber === PEOPLE[0].phoneNumber).callRecordId, newest);
  assert.deepEqual(last.map((r) => r.callRecordId), all.filter((r) => r.calledPhoneNumber !== PEOPLE[0].phoneNumber || r.callRecordId === newest).map((r) => r.callRecordId));

  // Ignored when de-duplicating: calledPhoneNumber, callRecordId, customerPersonName, realIntent, customerConcern, readStatus, hangupBy, dialogFlowId.
  const ignored = { calledPhoneNumber: PEOPLE[1].phoneNumber, callRecordId: 1, customerPersonName: 'nobody', realIntent: true, customerConcern: ['nothing'], readStatus: 'HAS_READ', hangupBy: 'NOBODY', dialogFlowId: 424242 };
  assert.equal((await records(jobId, { lastCallRecord: true, ...ignored })).length, 6);
  assert.equal((await records(jobId, { lastCallRecord: false, ...ignored })).length, 0);

  // Applied when de-duplicating: resultStatuses, intentLevels, chatDurationMin/Max, redialTimes.
  const answered = last.filter((r) => r.resultStatus === 'ANSWERED');
  assert.deepEqual((await records(jobId, { lastCallRecord: true, resultStatuses: ['ANSWERED'] })).map((r) => r.callRecordId), answered.map((r) => r.callRecordId));
  const level = last[0].intentLevel;
  assert.deepEqual((await records(jobId, { lastCallRecord: true, intentLevels: [level] })).map((r) => r.callRecordId), last.filter((r) => r.intentLevel === level).map((r) => r.callRecordId));
  assert.deepEqual((await records(jobId, { lastCallRecord: true, chatDurationMin: 1 })).map((r) => r.callRecordId), last.filter((r) => r.chatDuration >= 1).map((r) => r.callRecordId));
  assert.equal((await records(jobId, { lastCallRecord: true, redialTimes: 0 })).length, 6);
  assert.equal((await records(jobId, { lastCallRecord: true, redialTimes: 2 })).length, 0);
  // Paging works on the de-duplicated rows.
  const page = await ok1('POST', 'callRecord/getCallRecordInfoList', { robotCallJobId: jobId, lastCallRecord: true, pageNum: 2, pageSize: 4 });
  assert.deepEqual([page.totalElements, page.pages, page.content.length], [6, 2, 2]);
});

test('getCallRecordInfoList: a filter of the wrong type answers the usual params error, even one lastCallRecord ignores', async () => {
  const code = await paramsErrorCode();
  assert.notEqual(code, 200);
  const bad = [
    [{ callRecordId: 'abc' }, /callRecordId 必须是整数/],
    [{ chatDurationMin: '1.5' }, /chatDurationMin 必须是整数/],
    [{ chatDurationMax: -1 }, /chatDurationMax 不能小于0/],
    [{ redialTimes: 'two' }, /redialTimes 必须是整数/],
    [{ lastCallRecord: 'yes' }, /lastCallRecord 必须是布尔值/],
    [{ realIntent: 2 }, /realIntent 必须是布尔值/],
    [{ readStatus: 'READ' }, /readStatus 取值无效/],
    [{ customerConcern: 5 }, /customerConcern 必须是数组/],
    [{ customerConcern: [{ a: 1 }] }, /customerConcern\[0\] 必须是字符串/],
    [{ customerPersonName: { first: '张' } }, /customerPersonName 必须是字符串/],
    [{ lastCallRecord: true, calledPhoneNumber: ['x'] }, /calledPhoneNumber 必须是字符串/],
  ];
  for (const [filters, message] of bad) {
    const env = await v1('POST', 'callRecord/getCallRecordInfoList', { robotCallJobId: 1, ...filters });
    assert.equal(env.code, code, JSON.stringify(filters));
    assert.equal(env.data, null);
    assert.match(env.resultMsg, message);
  }
});

// ---- job/create and PATCH job/modify as the vendor's demos send them ----

test('job/create: the SimpleDemo createTask body (no robotCount, 2018 inactiveStart/EndTime, tenantId) is accepted', async () => {
  // The demo's own dialog flow 129 and line 22 are the simulator's 1001 and 276 (a MOBILE line).
  const body = withIds(simpleDemoCreate(), [['"dialogFlowId":129', '"dialogFlowId":1001'], ['[22]', '[276]']]);
  const { robotCallJobId } = await ok1('POST', 'job/create', undefined, { raw: body });
  const { robotCallJob: j, jobPhoneNumberList } = await ok1('GET', 'job/getJobDetail', { robotCallJobId });
  assert.equal(j.status, 'NOT_STARTED');
  assert.equal(j.name, '测试名称0110-01');
  assert.equal(j.robotCount, 1); // one MOBILE line: one robot
  assert.deepEqual([j.dailyStartTime, j.dailyEndTime], ['09:00:00', '20:00:00']);
  assert.deepEqual(j.inactiveTimeList, []); // the 2018 fields are dropped, as a Java service drops unknown fields
  assert.equal(j.inactiveStartTime, undefined);
  assert.equal(j.inactiveEndTime, undefined);
  assert.deepEqual([j.smsTemplateId, j.smsAlertLevel, j.wechatAlertLevel, j.wechatSendMethod, j.startTime, j.description],
    [1, ['A'], [], 'SENDTOALL', '2018-11-07 05:05:05', 'gthjoitjdjfdk']);
  assert.equal(j.tenantId, 1); // the caller's tenant, not the body's 73
  assert.deepEqual(jobPhoneNumberList.map((l) => l.tenantPhoneNumberId), [276]);
  // The demo's own ids are unknown here: the usual 404 naming the field.
  const verbatim = await v1('POST', 'job/create', undefined, { raw: simpleDemoCreate() });
  assert.deepEqual([verbatim.code, verbatim.resultMsg], [404, 'robotCallJob.dialogFlowId 不存在']);
});

test('PATCH job/modify: the TestDemo body byte for byte (robotCallJobId inside robotCallJob), and getJobDetail shows it', async () => {
  const { robotCallJobId } = await ok1('POST', 'job/create', {
    concurrencyQuota: 1, jobPhoneNumberIdList: [348],
    robotCallJob: { name: '待修改', mode: 'MANUAL', dialogFlowId: 1001, phoneType: 'LANDLINE', dailyStartTime: '10:00', dailyEndTime: '18:00' },
  });
  // The demo account's job 33 and line 2788 are this job and the simulator's LANDLINE 369; every other byte is the demo's.
  const body = withIds(testDemoModify(), [['"robotCallJobId":33', `"robotCallJobId":${robotCallJobId}`], ['[2788]', '[369]']]);
  const headers = { ...signedHeaders(), 'Content-type': 'application/json', Charset: 'UTF-8', Accept: 'application/json', 'Accept-Charset': 'UTF-8' };
  const res = await fetch(`${sim.url}/apiOpen/v1/job/modify`, { method: 'PATCH', headers, body });
  const env = await res.json();
  assert.deepEqual([env.code, env.data], [200, { robotCallJobId }], env.resultMsg);

  const detail = await ok1('GET', 'job/getJobDetail', { robotCallJobId });
  const j = detail.robotCallJob;
  assert.deepEqual(
    [j.name, j.mode, j.dailyStartTime, j.dailyEndTime, j.description, j.smsTemplateId, j.robotCount, j.startTime],
    ['测试2', 'AUTO', '09:00:00', '21:00:00', '任务描述信息', 1, 2, '2019-11-21 04:32:56'],
  );
  assert.deepEqual(j.inactiveTimeList, [{ startTime: '10:00', endTime: '11:00' }, { startTime: '12:00', endTime: '13:00' }]);
  assert.deepEqual(j.wechatAlertLevelCode, [0, 1]); // sent as strings
  assert.deepEqual(j.wechatConditionAlertLevel, ['C']); // sent as the code 2
  assert.deepEqual(j.smsAlertLevel, []);
  assert.deepEqual(j.alertUsers, [1, 5]);
  assert.deepEqual([j.redialCondition, j.redialInterval, j.redialTimes], [['CALL_LOSS'], 6, 6]);
  assert.deepEqual(detail.transferPhoneNumber, ['1523654789', '1758426896']); // given inside robotCallJob, shown where job/create puts it
  assert.deepEqual(detail.jobPhoneNumberList.map((l) => [l.tenantPhoneNumberId, l.concurrencyQuota]), [[369, 2]]); // the top-level quota wins over the inner 3
  // Undocumented in the detail: kept on the job, not shown (the detail view lists the docs' fields only).
  assert.equal(j.enableConcurrency, undefined);
  assert.equal(j.wechatAlertChatDurationThreshold, undefined);
  const kept = sim.yiwise.jobs.get(robotCallJobId);
  assert.deepEqual([kept.enableConcurrency, kept.wechatAlertChatDurationThreshold, kept.concurrencyQuota], [true, 10, 2]);

  // A later modify with robotCallJobId at the top level (the docs' shape) keeps what it does not name.
  await ok1('PATCH', 'job/modify', { robotCallJobId, robotCallJob: { name: '测试3' } });
  const again = await ok1('GET', 'job/getJobDetail', { robotCallJobId });
  assert.deepEqual([again.robotCallJob.name, again.robotCallJob.robotCount, again.transferPhoneNumber, again.robotCallJob.wechatConditionAlertLevel],
    ['测试3', 2, ['1523654789', '1758426896'], ['C']]);
  assert.equal(sim.yiwise.jobs.get(robotCallJobId).enableConcurrency, true);
  // The inner concurrencyQuota alone changes the quota; an intent level code out of range is refused.
  await ok1('PATCH', 'job/modify', { robotCallJob: { robotCallJobId, concurrencyQuota: 4 } });
  assert.equal((await ok1('GET', 'job/getJobDetail', { robotCallJobId })).jobPhoneNumberList[0].concurrencyQuota, 4);
  const bad = await v1('PATCH', 'job/modify', { robotCallJob: { robotCallJobId, wechatConditionAlertLevel: [9] } });
  assert.equal(bad.code, await paramsErrorCode());
  assert.match(bad.resultMsg, /wechatConditionAlertLevel\[0\] 取值无效/);
  // The verbatim demo body names a job this simulator does not have.
  const verbatim = await fetch(`${sim.url}/apiOpen/v1/job/modify`, { method: 'PATCH', headers: { ...headers, ...signedHeaders() }, body: testDemoModify() });
  assert.deepEqual(Object.values(await verbatim.json()).slice(0, 1), [404]);
});

// ---- POST /apiOpen/v1/chat ----

const CHAT_EXAMPLE = { botId: 123, text: '请问明天杭州的天气怎么样', sessionId: null, tag: 'xxxx', metaData: { 姓名: '张三', 城市: '杭州' } };
const chatTurn = (params) => ok1('POST', 'chat', params);
const only = (data) => data.messages[0].text;

test('chat: the docs\' request example answers the docs\' response shape, and passes the tag back', async () => {
  const data = await chatTurn(CHAT_EXAMPLE);
  assert.deepEqual(Object.keys(data), ['chatId', 'sessionId', 'messages', 'tag']);
  assert.equal(data.tag, 'xxxx');
  assert.equal(typeof data.chatId, 'number');
  assert.match(data.sessionId, /^[0-9a-f]{24}$/);
  assert.equal(data.messages.length, 1);
  assert.deepEqual(Object.keys(data.messages[0]), ['text', 'recommends']);
  assert.deepEqual(Object.keys(data.messages[0].text), ['answer', 'answerSource']);
  assert.equal(only(data).answerSource, 'DIALOG_FLOW');
  assert.match(only(data).answer, /杭州明天/);
  assert.match(only(data).answer, /张三/); // ${meta.姓名}
  // Without a tag the data is exactly the docs' example keys.
  const plain = await chatTurn({ botId: 1, text: '你好' });
  assert.deepEqual(Object.keys(plain), ['chatId', 'sessionId', 'messages']);
  assert.deepEqual(plain.messages, [{ text: { answer: '哈喽，人见人爱的我来啦，有啥我可以帮您的吗~', answerSource: 'CHAT' }, recommends: [] }]);
  assert.ok(plain.chatId > data.chatId);
});

test('chat: a session continues (the flow\'s context, the turn count, metaData kept); a new one does not', async () => {
  const first = await chatTurn({ botId: 1, text: '我想查一下天气', metaData: { 姓名: '李雷' } });
  assert.deepEqual(only(first), { answer: '请问您想查询哪个城市的天气？', answerSource: 'DIALOG_FLOW' });
  const { sessionId } = first;
  const second = await chatTurn({ botId: 1, text: '上海', sessionId });
  assert.equal(second.sessionId, sessionId);
  assert.equal(second.chatId, first.chatId + 1);
  assert.equal(only(second).answerSource, 'DIALOG_FLOW');
  assert.equal(only(second).answer, '上海明天多云转晴，气温18~26℃，李雷出门记得带伞哦。'); // metaData of turn 1
  const third = await chatTurn({ botId: 1, text: '这是第几轮？', sessionId, tag: 't3' });
  assert.deepEqual([only(third).answer, third.tag], ['这是我们本次会话的第3轮对话。', 't3']);
  const thanks = await chatTurn({ botId: 1, text: '谢谢', sessionId, metaData: { 姓名: '韩梅梅' } });
  assert.equal(only(thanks).answer, '不客气，韩梅梅能帮到您是我的荣幸~'); // updated before the turn
  // Without the session "上海" has no context.
  const fresh = await chatTurn({ botId: 1, text: '上海' });
  assert.notEqual(fresh.sessionId, sessionId);
  assert.equal(only(fresh).answerSource, 'UNKNOWN');
  assert.equal(only(await chatTurn({ botId: 1, text: '这是第几轮', sessionId: fresh.sessionId })).answer, '这是我们本次会话的第2轮对话。');
});

test('chat: every answerSource, with recommends [{ knowledgeId, knowledgeTitle }]', async () => {
  const ask = async (text) => (await chatTurn({ botId: 1, text })).messages[0];
  const knowledge = await ask('会员多少钱？');
  assert.deepEqual(knowledge.text, { answer: '会员价格为每月 30 元，年付 298 元。', answerSource: 'KNOWLEDGE' });
  assert.deepEqual(knowledge.recommends, [{ knowledgeId: '5e8539844fce3e3e4405ae83', knowledgeTitle: '课程价格' }]); // its associatedKnowledgeList
  assert.equal((await ask('测试知识')).text.answer, '测试知识答案'); // the docs' knowledge example
  const recommend = await ask('会员费');
  assert.equal(recommend.text.answerSource, 'KNOWLEDGE_RECOMMEND');
  assert.deepEqual(recommend.recommends, [{ knowledgeId: '5e8539484fce3e3e4405ae82', knowledgeTitle: '会员价格' }]);
  const clarify = await ask('价格');
  assert.equal(clarify.text.answerSource, 'CLARIFICATION');
  assert.deepEqual(clarify.recommends.map((r) => r.knowledgeTitle), ['会员价格', '课程价格']);
  for (const r of clarify.recommends) assert.deepEqual(Object.keys(r), ['knowledgeId', 'knowledgeTitle']);
  assert.deepEqual(await ask('火星上有水吗'), { text: { answer: '抱歉，这个问题我还不太懂，您可以换个问法试试~', answerSource: 'UNKNOWN' }, recommends: [] });
  assert.equal((await ask('你是谁')).text.answer, '我是一知智能客服，很高兴为您服务。');
  assert.equal((await ask('新品预告')).text.answerSource === 'KNOWLEDGE', false); // a DRAFT item is not answered
  // Bots are separate: bot 38 knows its own items and nothing about weather flows.
  assert.equal((await chatTurn({ botId: 38, text: '质保期多久' })).messages[0].text.answer, '整机保修一年，主要部件保修三年。');
  assert.equal((await chatTurn({ botId: 38, text: '会员多少钱' })).messages[0].text.answerSource, 'UNKNOWN');
  assert.equal((await chatTurn({ botId: 38, text: '杭州天气' })).messages[0].text.answerSource, 'UNKNOWN');
});

test('chat: unknown bot or session → 404; missing or mistyped params → the params error', async () => {
  const code = await paramsErrorCode();
  const unknownBot = await v1('POST', 'chat', { botId: 999, text: '你好' });
  assert.deepEqual([unknownBot.code, unknownBot.resultMsg, unknownBot.data], [404, 'botId 999 不存在', null]);
  const unknownSession = await v1('POST', 'chat', { botId: 1, text: '你好', sessionId: '5d1dc916c5efd96084bff32d' });
  assert.deepEqual([unknownSession.code, unknownSession.resultMsg], [404, 'sessionId 5d1dc916c5efd96084bff32d 不存在']);
  const { sessionId } = await chatTurn({ botId: 1, text: '你好' });
  assert.equal((await v1('POST', 'chat', { botId: 38, text: '你好', sessionId })).code, 404); // another bot's session
  for (const [params, message] of [
    [{ botId: 1 }, /text 不能为空/],
    [{ botId: 1, text: '   ' }, /text 不能为空/],
    [{ text: '你好' }, /botId 不能为空/],
    [{ botId: 'abc', text: '你好' }, /botId 必须是整数/],
    [{ botId: 1, text: '你好', metaData: ['a'] }, /metaData 必须是JSON对象/],
    [{ botId: 1, text: '你好', metaData: { 姓名: { a: 1 } } }, /metaData\.姓名 必须是字符串/],
    [{ botId: 1, text: '你好', tag: { a: 1 } }, /tag 必须是字符串/],
  ]) {
    const env = await v1('POST', 'chat', params);
    assert.equal(env.code, code, JSON.stringify(params));
    assert.match(env.resultMsg, message);
  }
});

// ---- knowledge (served at /apiOpen/knowledge/… on the simulator's origin) ----

const KNOWLEDGE_LIST_EXAMPLE_ITEM = {
  createTime: '2020-04-01 16:27:00', updateTime: '2020-04-01 16:27:00', id: '5e8450544fce3e3e4405ae7a', botId: 1,
  knowledgeCategoryName: '测试类目', title: '测试知识', similarTitleList: ['测试类目相似句'],
  answers: [{ gateways: ['ALL'], type: 'PURE_TEXT', content: '测试知识答案', startTime: null, endTime: null, associatedKnowledgeList: [] }],
  status: 'ENABLED', referenceExtraId: null,
};
const CREATE_EXAMPLE = {
  botId: 1, knowledgeCategoryName: '待处理', title: '测试添加知识', similarTitleList: ['这是相似句'],
  answers: [{ gateways: ['ALL'], type: 'PURE_TEXT', content: '测试添加知识答案', startTime: null, endTime: null, associatedKnowledgeList: [] }],
  status: 'ENABLED',
};
const list = (params) => ok('GET', '/apiOpen/knowledge/list', params);
const DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

test('knowledge: create → list → update → list, as the docs\' examples; a created item is answerable by chat', async () => {
  const page = await list({ botId: 1 });
  assert.deepEqual([page.number, page.pageSize, page.totalElements, page.pages], [1, 20, 6, 1]);
  assert.deepEqual(page.content[0], KNOWLEDGE_LIST_EXAMPLE_ITEM); // the docs' list example, field order included
  assert.deepEqual(Object.keys(page.content[0]), Object.keys(KNOWLEDGE_LIST_EXAMPLE_ITEM));

  const created = await ok('POST', '/apiOpen/knowledge/create', CREATE_EXAMPLE);
  const { id, createTime, updateTime, ...rest } = created;
  assert.equal(id, '5e8586a763b52f68ed372c5c'); // the first item after a reset gets the docs' example id
  const second = await ok('POST', '/apiOpen/knowledge/create', { ...CREATE_EXAMPLE, title: '第二条', similarTitleList: [] });
  assert.match(second.id, /^[0-9a-f]{24}$/);
  assert.notEqual(second.id, id);
  assert.match(createTime, DATE_TIME);
  assert.equal(updateTime, createTime);
  assert.deepEqual(Object.keys(created), Object.keys(KNOWLEDGE_LIST_EXAMPLE_ITEM));
  assert.deepEqual(rest, { ...CREATE_EXAMPLE, referenceExtraId: null });

  const after = await list({ botId: 1 });
  assert.equal(after.totalElements, 8);
  assert.deepEqual(after.content.slice(-2), [created, second]);
  assert.deepEqual((await list({ botId: 1, keyword: '添加' })).content, [created]);
  assert.deepEqual((await list({ botId: 1, keyword: '价格' })).content.map((k) => k.title), ['会员价格', '课程价格']);
  assert.deepEqual((await list({ botId: 1, keyword: '相似句' })).content, []); // the keyword searches titles only
  const paged = await list({ botId: 1, pageNum: 2, pageSize: 3 });
  assert.deepEqual([paged.number, paged.pageSize, paged.totalElements, paged.pages, paged.content.length], [2, 3, 8, 3, 3]);
  assert.equal((await list({ botId: 38 })).totalElements, 2);
  assert.equal(only(await chatTurn({ botId: 1, text: '测试添加知识' })).answer, '测试添加知识答案');
  assert.equal(only(await chatTurn({ botId: 1, text: '这是相似句' })).answerSource, 'KNOWLEDGE');

  // update: the docs' example body (createTime/updateTime in it are ignored), with the new id and new words.
  await sleep(1100); // updateTime has seconds
  const updateBody = {
    createTime: '2020-04-02 14:31:02', updateTime: '2020-04-02 14:31:02', ...CREATE_EXAMPLE, id,
    title: '测试修改知识', answers: [{ ...CREATE_EXAMPLE.answers[0], content: '修改后的答案，${meta.姓名}', gateways: ['WEB', 'WEIBO'], startTime: '2020-01-01 00:00:00', endTime: '2099-12-31 23:59:59' }],
    referenceExtraId: 'ext-1',
  };
  const updated = await ok('POST', '/apiOpen/knowledge/update', updateBody);
  assert.equal(updated.id, id);
  assert.equal(updated.createTime, createTime);
  assert.ok(updated.updateTime > createTime);
  assert.deepEqual([updated.title, updated.answers[0].content, updated.answers[0].gateways, updated.answers[0].endTime, updated.referenceExtraId],
    ['测试修改知识', '修改后的答案，${meta.姓名}', ['WEB', 'WEIBO'], '2099-12-31 23:59:59', 'ext-1']);
  const final = await list({ botId: 1 });
  assert.equal(final.totalElements, 8);
  assert.deepEqual(final.content.find((k) => k.id === id), updated);
  assert.deepEqual((await list({ botId: 1, keyword: '测试添加' })).content, []);
  assert.equal(only(await chatTurn({ botId: 1, text: '测试修改知识', metaData: { 姓名: '王五' } })).answer, '修改后的答案，王五');
  // The same title again on the same item is fine; DISABLED is no longer answered.
  await ok('POST', '/apiOpen/knowledge/update', { ...updateBody, status: 'DISABLED' });
  assert.notEqual(only(await chatTurn({ botId: 1, text: '测试修改知识' })).answerSource, 'KNOWLEDGE');
  // An answer outside its time window is not answered either.
  await ok('POST', '/apiOpen/knowledge/update', { ...updateBody, answers: [{ ...updateBody.answers[0], startTime: '2098-01-01 00:00:00' }] });
  assert.notEqual(only(await chatTurn({ botId: 1, text: '测试修改知识' })).answerSource, 'KNOWLEDGE');
});

test('knowledge: the docs\' create example, then the docs\' update example verbatim (it names the created id)', async () => {
  const UPDATE_EXAMPLE = `{
    "createTime": "2020-04-02 14:31:02",
    "updateTime": "2020-04-02 14:31:02",
    "id": "5e8586a763b52f68ed372c5c",
    "botId": 1,
    "knowledgeCategoryName": "待处理",
    "title": "测试添加知识",
    "similarTitleList": ["这是相似句"],
    "answers": [
      {
        "gateways": [
          "ALL"
        ],
        "type": "PURE_TEXT",
        "content": "测试添加知识答案",
        "startTime": null,
        "endTime": null,
        "associatedKnowledgeList": []
      }
    ],
    "status": "ENABLED",
    "referenceExtraId": null
  }`;
  assert.equal((await call('POST', '/apiOpen/knowledge/update', undefined, { raw: UPDATE_EXAMPLE })).code, 404); // not created yet
  const created = await ok('POST', '/apiOpen/knowledge/create', CREATE_EXAMPLE);
  const updated = await ok('POST', '/apiOpen/knowledge/update', undefined, { raw: UPDATE_EXAMPLE });
  const { createTime: _c, updateTime: _u, ...docs } = JSON.parse(UPDATE_EXAMPLE);
  const { createTime, updateTime, ...got } = updated;
  assert.deepEqual(got, docs); // the docs' update response, apart from the server's times
  assert.equal(createTime, created.createTime);
  assert.match(updateTime, DATE_TIME);
});

test('knowledge: a duplicate title or similar title in the same bot is an error; other bots may reuse it', async () => {
  const code = await paramsErrorCode();
  await ok('POST', '/apiOpen/knowledge/create', CREATE_EXAMPLE);
  const again = await call('POST', '/apiOpen/knowledge/create', CREATE_EXAMPLE);
  assert.deepEqual([again.code, again.data], [code, null]);
  assert.match(again.resultMsg, /title 测试添加知识 已存在/);
  const similar = await call('POST', '/apiOpen/knowledge/create', { ...CREATE_EXAMPLE, title: '另一个', similarTitleList: ['会员多少钱'] });
  assert.equal(similar.code, code);
  assert.match(similar.resultMsg, /similarTitleList 会员多少钱 已存在/);
  const titleIsSimilar = await call('POST', '/apiOpen/knowledge/create', { ...CREATE_EXAMPLE, title: '这是相似句', similarTitleList: [] });
  assert.equal(titleIsSimilar.code, code);
  // Renaming another item to a taken title is refused too.
  const other = (await list({ botId: 1, keyword: '营业时间' })).content[0];
  const rename = await call('POST', '/apiOpen/knowledge/update', { ...other, title: '测试知识' });
  assert.equal(rename.code, code);
  assert.match(rename.resultMsg, /title 测试知识 已存在/);
  // Another bot: fine; a new category name is created on the way.
  const elsewhere = await ok('POST', '/apiOpen/knowledge/create', { ...CREATE_EXAMPLE, botId: 38, knowledgeCategoryName: '全新类目' });
  assert.deepEqual([elsewhere.botId, elsewhere.knowledgeCategoryName], [38, '全新类目']);
  assert.equal((await list({ botId: 1, keyword: '测试添加' })).totalElements, 1);
});

test('knowledge: validation, unknown bot or id', async () => {
  const code = await paramsErrorCode();
  const bad = [
    [{ ...CREATE_EXAMPLE, title: '' }, /title 不能为空/],
    [{ ...CREATE_EXAMPLE, knowledgeCategoryName: undefined }, /knowledgeCategoryName 不能为空/],
    [{ ...CREATE_EXAMPLE, status: undefined }, /status 不能为空/],
    [{ ...CREATE_EXAMPLE, status: 'ON' }, /status 取值无效/],
    [{ ...CREATE_EXAMPLE, answers: [] }, /answers 不能为空/],
    [{ ...CREATE_EXAMPLE, answers: {} }, /answers 必须是数组/],
    [{ ...CREATE_EXAMPLE, similarTitleList: '这是相似句' }, /similarTitleList 必须是数组/],
    [{ ...CREATE_EXAMPLE, answers: [{ ...CREATE_EXAMPLE.answers[0], gateways: [] }] }, /answers\[0\]\.gateways 不能为空/],
    [{ ...CREATE_EXAMPLE, answers: [{ ...CREATE_EXAMPLE.answers[0], gateways: ['APP'] }] }, /answers\[0\]\.gateways\[0\] 取值无效/],
    [{ ...CREATE_EXAMPLE, answers: [{ ...CREATE_EXAMPLE.answers[0], type: 'HTML' }] }, /answers\[0\]\.type 取值无效/],
    [{ ...CREATE_EXAMPLE, answers: [{ ...CREATE_EXAMPLE.answers[0], content: '' }] }, /answers\[0\]\.content 不能为空/],
    [{ ...CREATE_EXAMPLE, answers: [{ ...CREATE_EXAMPLE.answers[0], startTime: '2020-04-01' }] }, /answers\[0\]\.startTime 格式错误，应为 yyyy-MM-dd HH:mm:ss/],
    [{ ...CREATE_EXAMPLE, answers: [{ ...CREATE_EXAMPLE.answers[0], endTime: '2020-04-01T10:00:00' }] }, /answers\[0\]\.endTime 格式错误/],
    [{ ...CREATE_EXAMPLE, answers: [{ ...CREATE_EXAMPLE.answers[0], startTime: '2020-04-02 00:00:00', endTime: '2020-04-01 00:00:00' }] }, /startTime 必须早于/],
    [{ ...CREATE_EXAMPLE, botId: 'one' }, /botId 必须是整数/],
  ];
  for (const [body, message] of bad) {
    const env = await call('POST', '/apiOpen/knowledge/create', body);
    assert.equal(env.code, code, JSON.stringify(body));
    assert.match(env.resultMsg, message);
  }
  assert.deepEqual(Object.values(await call('POST', '/apiOpen/knowledge/create', { ...CREATE_EXAMPLE, botId: 777 })).slice(0, 1), [404]);
  assert.equal((await call('GET', '/apiOpen/knowledge/list', { botId: 777 })).code, 404);
  assert.match((await call('GET', '/apiOpen/knowledge/list', {})).resultMsg, /botId 不能为空/);
  const noId = await call('POST', '/apiOpen/knowledge/update', CREATE_EXAMPLE);
  assert.deepEqual([noId.code, noId.resultMsg], [code, 'id 不能为空']);
  const unknown = await call('POST', '/apiOpen/knowledge/update', { ...CREATE_EXAMPLE, id: '5e8586a763b52f68ed372c5c' }); // the docs' example id
  assert.deepEqual([unknown.code, unknown.resultMsg], [404, 'id 5e8586a763b52f68ed372c5c 不存在']);
  const wrongBot = await call('POST', '/apiOpen/knowledge/update', { ...KNOWLEDGE_LIST_EXAMPLE_ITEM, botId: 38 });
  assert.equal(wrongBot.code, 404);
});

test('knowledge: faults can target knowledge/list by name', async () => {
  const admin = (method, body) => fetch(`${sim.url}/__sim/faults`, { method, body: body && JSON.stringify(body) });
  assert.equal((await admin('POST', { api: 'yiwise', path: 'knowledge/list', code: 500, times: 1 })).status, 200);
  assert.equal((await call('GET', '/apiOpen/knowledge/list', { botId: 1 })).code, 500);
  assert.equal((await call('GET', '/apiOpen/knowledge/list', { botId: 1 })).code, 200);
  await admin('DELETE');
});

// ---- the demo-only endpoints ----

/** A loopback receiver that answers `success` and keeps the callbacks. */
async function receiver() {
  const got = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => { got.push(JSON.parse(body)); res.end('success'); });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}/callback`, got, close: () => server.close() };
}

test('job/oneTimeCall: the SimpleDemo body creates a task that calls at once: records, status, callbacks', async () => {
  const rx = await receiver();
  try {
    await ok1('POST', 'isv/updateIsvInfo', { tenantSign: DEMO.tenantSign, callbackUrl: rx.url });
    // The demo's dialog flow 5474 and LANDLINE line 1060 are the simulator's 1001 and 348.
    const body = withIds(simpleDemoOneTimeCall(), [['"dialogFlowId":5474', '"dialogFlowId":1001'], ['[1060]', '[348]']]);
    const data = await ok1('POST', 'job/oneTimeCall', undefined, { raw: body });
    assert.deepEqual(Object.keys(data), ['robotCallJobId']);
    const { robotCallJobId } = data;
    assert.notEqual(await jobStatus(robotCallJobId), 'NOT_STARTED');
    await until(async () => (await jobStatus(robotCallJobId)) === 'COMPLETED', 'the one-time call to finish');
    const rows = await records(robotCallJobId);
    assert.deepEqual(rows.map((r) => [r.calledPhoneNumber, r.dialogFlowId, r.redialTimes]), [['15088790310', 1001, 0]]);
    const detail = await ok1('GET', 'job/getJobDetail', { robotCallJobId });
    assert.deepEqual([detail.robotCallJob.phoneType, detail.robotCallJob.dialogFlowId, detail.robotCallJob.mode, detail.taskCallTotal, detail.completedTask],
      ['LANDLINE', 1001, 'MANUAL', 1, 1]);
    assert.deepEqual(detail.jobPhoneNumberList.map((l) => l.tenantPhoneNumberId), [348]);
    assert.ok((await ok1('GET', 'job/getJobs', { pageSize: 100 })).content.some((j) => j.robotCallJobId === robotCallJobId));
    await until(() => rx.got.some((c) => c.dataType === 'ROBOT_CALL_JOB' && c.data.robotCallJobId === robotCallJobId), 'ROBOT_CALL_JOB');
    const call = rx.got.find((c) => c.dataType === 'ROBOT_CALL_RECORD' && c.data.robotCallJobId === robotCallJobId);
    assert.equal(call.data.calledPhoneNumber, '15088790310');

    // The test branch's top-level properties go to the customer.
    const withProps = withIds(simpleDemoOneTimeCall({ withProperties: true }), [['"dialogFlowId":5474', '"dialogFlowId":1001'], ['[1060]', '[369]']]);
    const second = (await ok1('POST', 'job/oneTimeCall', undefined, { raw: withProps })).robotCallJobId;
    await until(() => rx.got.some((c) => c.dataType === 'ROBOT_CALL_RECORD' && c.data.robotCallJobId === second), 'the second call');
    assert.equal(rx.got.find((c) => c.dataType === 'ROBOT_CALL_RECORD' && c.data.robotCallJobId === second).data.properties['1'], '我是一个超级大好人');
  } finally {
    rx.close();
  }
});

test('job/oneTimeCall: several customers at once on a MOBILE line; errors as job/create\'s', async () => {
  const code = await paramsErrorCode();
  const many = await ok1('POST', 'job/oneTimeCall', {
    dialogFlowId: 1001, jobPhoneNumberIdList: [276], phoneType: 'MOBILE',
    customerPersons: PEOPLE.slice(0, 3).map(({ name, phoneNumber }) => ({ name, phoneNumber })),
  });
  await until(async () => (await jobStatus(many.robotCallJobId)) === 'COMPLETED', 'three calls');
  assert.equal((await records(many.robotCallJobId)).length, 3);
  const verbatim = await v1('POST', 'job/oneTimeCall', undefined, { raw: simpleDemoOneTimeCall() });
  assert.deepEqual([verbatim.code, verbatim.resultMsg], [404, 'dialogFlowId 不存在']);
  const base = { dialogFlowId: 1001, jobPhoneNumberIdList: [348], phoneType: 'LANDLINE', customerPersons: [{ name: '小红羊', phoneNumber: '15088790310' }] };
  for (const [params, want, message] of [
    [{ ...base, customerPersons: [] }, code, /customerPersons 不能为空/],
    [{ ...base, customerPersons: [{ name: 'x', phoneNumber: 'abc' }] }, code, /customerPersons\[0\]\.phoneNumber 格式错误/],
    [{ ...base, phoneType: undefined }, code, /phoneType 不能为空/],
    [{ ...base, phoneType: 'MOBILE' }, code, /jobPhoneNumberIdList 348 的线路类型是 LANDLINE/],
    [{ ...base, dialogFlowId: 1002 }, code, /话术未审核通过/],
    [{ ...base, jobPhoneNumberIdList: [9] }, 404, /jobPhoneNumberIdList 9 不存在/],
    [{ ...base, properties: [1] }, code, /properties 必须是JSON对象/],
  ]) {
    const env = await v1('POST', 'job/oneTimeCall', params);
    assert.equal(env.code, want, JSON.stringify(params));
    assert.match(env.resultMsg, message);
  }
  // Nothing was created by the refused calls.
  assert.equal((await ok1('GET', 'job/getJobs', { pageSize: 100 })).totalElements, 3);
});

test('phone/updatePhoneInfo… and updatePhonePrice…: the demo bodies change the line getPhoneList shows; unknown id → 404', async () => {
  const before = (await ok1('GET', 'phone/getPhoneList')).find((p) => p.tenantPhoneNumberId === 369);
  const info = await v1('POST', 'phone/updatePhoneInfoByTenantPhoneNumberId', undefined, { raw: withIds(demoPhoneInfo(), [['"tenantPhoneNumberId":1010', '"tenantPhoneNumberId":369']]) });
  assert.deepEqual([info.code, info.data], [200, null], info.resultMsg);
  const price = await v1('POST', 'phone/updatePhonePriceByTenantPhoneNumberId', undefined, { raw: withIds(demoPhonePrice(), [['"tenantPhoneNumberId":1010', '"tenantPhoneNumberId":369']]) });
  assert.deepEqual([price.code, price.data], [200, null], price.resultMsg);
  const after = (await ok1('GET', 'phone/getPhoneList')).find((p) => p.tenantPhoneNumberId === 369);
  assert.deepEqual(after, { ...before, areaCode: '010', province: '北京市', city: '朝阳区', callOutIndustry: 'FINANCE', localBillRate: 9999, otherBillRate: 9999 });
  assert.deepEqual(sim.yiwise.phone(369).deadArea, [{ prov: 'xx省', city: 'xx市' }]); // kept, not shown: getPhoneList has no such field
  // A partial update changes only what it names.
  await ok1('POST', 'phone/updatePhonePriceByTenantPhoneNumberId', { tenantPhoneNumberId: 369, otherBillRate: 120 });
  const partial = (await ok1('GET', 'phone/getPhoneList')).find((p) => p.tenantPhoneNumberId === 369);
  assert.deepEqual([partial.localBillRate, partial.otherBillRate, partial.city], [9999, 120, '朝阳区']);

  // The demo's own line 1010 does not exist here.
  for (const [path, body] of [['phone/updatePhoneInfoByTenantPhoneNumberId', demoPhoneInfo()], ['phone/updatePhonePriceByTenantPhoneNumberId', demoPhonePrice()]]) {
    const env = await v1('POST', path, undefined, { raw: body });
    assert.deepEqual([env.code, env.resultMsg, env.data], [404, 'tenantPhoneNumberId 1010 不存在', null]);
  }
  const code = await paramsErrorCode();
  for (const [path, params, message] of [
    ['phone/updatePhoneInfoByTenantPhoneNumberId', {}, /tenantPhoneNumberId 不能为空/],
    ['phone/updatePhoneInfoByTenantPhoneNumberId', { tenantPhoneNumberId: 369, callOutIndustry: 'RETAIL' }, /callOutIndustry 取值无效/],
    ['phone/updatePhoneInfoByTenantPhoneNumberId', { tenantPhoneNumberId: 369, areaCode: '01a' }, /areaCode 格式错误/],
    ['phone/updatePhoneInfoByTenantPhoneNumberId', { tenantPhoneNumberId: 369, deadArea: { prov: 'x' } }, /deadArea 必须是数组/],
    ['phone/updatePhonePriceByTenantPhoneNumberId', { tenantPhoneNumberId: 369, localBillRate: 'cheap' }, /localBillRate 必须是整数/],
    ['phone/updatePhonePriceByTenantPhoneNumberId', { tenantPhoneNumberId: 369 }, /不能同时为空/],
  ]) {
    const env = await v1('POST', path, params);
    assert.equal(env.code, code, `${path} ${JSON.stringify(params)}`);
    assert.match(env.resultMsg, message);
  }
});
