// The local simulator (www/server.mjs): signature and auth, CORS, routing, the 37 Yiwise
// endpoints with the docs' response shapes, the call simulation, and clean shutdown.
// Run: node --test tests/node/simulator.test.mjs
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../www/server.mjs';
import { sign, signatureMessage, verifySignature } from '../../www/sim/signature.mjs';
import { ENDPOINTS } from '../../www/sim/yiwise.mjs';

const DEMO = { appKey: 'demo-app-key', appSecret: 'demo-app-secret', tenantSign: 'demo-tenant' };
const CALL_MS = 10;
const SERVER = fileURLToPath(new URL('../../www/server.mjs', import.meta.url));
const readJson = async (rel) => JSON.parse(await readFile(new URL(rel, import.meta.url), 'utf8'));

let sim;
before(async () => { sim = await startServer({ port: 0, callMs: CALL_MS, quiet: true }); });
after(() => sim?.close());
beforeEach(() => sim.reset());

/** The four auth headers, signed with `creds` (overridable for the failure cases). */
function authHeaders(creds = DEMO, { timestamp = String(Date.now()), version = 'v1' } = {}) {
  return { appKey: creds.appKey, version, timestamp, signature: sign({ ...creds, version, timestamp }) };
}

/** A signed call: GET params go in the query, others as a JSON body. Returns the parsed body. */
async function call(method, path, params, { headers = authHeaders(), body } = {}) {
  // The knowledge-base endpoints have no version segment (knowledge.md).
  let url = path.startsWith('knowledge/') ? `${sim.url}/apiOpen/${path}` : `${sim.url}/apiOpen/v1/${path}`;
  const init = { method, headers: { ...headers } };
  if (method === 'GET' && params) url += `?${new URLSearchParams(params)}`;
  else if (body !== undefined || params !== undefined) {
    init.body = body ?? JSON.stringify(params);
    init.headers['Content-Type'] = 'application/json';
  }
  const res = await fetch(url, init);
  assert.equal(res.status, 200, `${method} ${path}: HTTP ${res.status}`);
  assert.equal(res.headers.get('access-control-allow-origin'), '*');
  return res.json();
}

/** A successful call's data (fails the test with the resultMsg otherwise). */
async function ok(method, path, params) {
  const env = await call(method, path, params);
  assert.equal(env.code, 200, `${method} ${path}: ${env.code} ${env.resultMsg}`);
  return env.data;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it returns a truthy value (bounded). */
async function until(probe, what, { timeoutMs = 3000, stepMs = 5 } = {}) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await sleep(stepMs);
  }
}

const at = (value, path) => path.split('.').reduce((v, k) => (v == null ? undefined : v[k]), value);
const jobStatus = async (robotCallJobId) => (await ok('GET', 'job/getJobDetail', { robotCallJobId })).robotCallJob.status;
const recordsOf = async (robotCallJobId) => (await ok('POST', 'callRecord/getCallRecordInfoList', { robotCallJobId, pageSize: 100 })).content;

const JOB_FORM = {
  concurrencyQuota: 1,
  jobPhoneNumberIdList: [276],
  robotCallJob: {
    name: '模拟器测试任务', mode: 'MANUAL', dialogFlowId: 1001, phoneType: 'MOBILE',
    dailyStartTime: '09:00', dailyEndTime: '20:00', description: 'test',
  },
};
const customers = (n, from = 0) => Array.from({ length: n }, (_, i) => ({ name: `客户${from + i}`, phoneNumber: `1390000${String(from + i).padStart(4, '0')}`, properties: { 城市: '杭州' } }));

async function newJob(form = JOB_FORM) {
  return (await ok('POST', 'job/create', form)).robotCallJobId;
}

// ---- signature and auth ----

test('the shared signature vectors pass', async () => {
  const vectors = await readJson('../fixtures/vectors/yiwise-signature.json');
  const shared = await readJson('/work/shared/reference/vectors/yiwise-signature.json').catch(() => vectors);
  assert.deepEqual(vectors, shared);
  assert.ok(vectors.length >= 3);
  for (const v of vectors) {
    assert.equal(sign(v), v.signature, JSON.stringify(v));
    assert.ok(verifySignature(v, v.signature));
    assert.ok(verifySignature(v, v.signature.toUpperCase()));
    assert.ok(!verifySignature(v, v.signature.replace(/.$/, (c) => (c === '0' ? '1' : '0'))));
  }
  assert.equal(signatureMessage({ tenantSign: 't', appKey: 'k', appSecret: 's', version: 'v1', timestamp: '0' }), 'tappKey=k&appSecret=s&tenantSign=t&version=v1&timestamp=0');
});

test('a good signature answers 200 in the envelope with an 8-letter requestId', async () => {
  const env = await call('GET', 'tenant/getTenant');
  assert.deepEqual(Object.keys(env), ['code', 'data', 'requestId', 'resultMsg', 'errorStackTrace']);
  assert.equal(env.code, 200);
  assert.match(env.requestId, /^[A-Z]{8}$/);
  assert.equal(env.resultMsg, '获取成功');
  assert.equal(env.errorStackTrace, null);
  assert.deepEqual(env.data, { tenantId: 1, tenantName: '杭州一知智能科技有限公司' });
});

test('wrong signature, stale timestamp, unknown appKey, missing header, wrong version → 401 saying which', async () => {
  const cases = [
    [{ ...authHeaders(), signature: authHeaders({ ...DEMO, appSecret: 'wrong' }).signature }, /signature/],
    [authHeaders(DEMO, { timestamp: String(Date.now() - 6 * 60 * 1000) }), /timestamp/],
    [authHeaders(DEMO, { timestamp: String(Date.now() + 6 * 60 * 1000) }), /timestamp/],
    [authHeaders({ ...DEMO, appKey: 'nobody' }), /appKey/],
    [(({ signature, ...rest }) => rest)(authHeaders()), /缺少请求头 signature/],
    [(({ timestamp, ...rest }) => rest)(authHeaders()), /缺少请求头 timestamp/],
    [authHeaders(DEMO, { version: 'v2' }), /version/],
  ];
  for (const [headers, msg] of cases) {
    const env = await call('GET', 'tenant/getTenant', undefined, { headers });
    assert.equal(env.code, 401, JSON.stringify(headers));
    assert.match(env.resultMsg, msg);
    assert.equal(env.data, null);
    assert.match(env.requestId, /^[A-Z]{8}$/);
  }
  // A timestamp within 5 minutes is fine; a sub-account created by the API can sign too.
  assert.equal((await call('GET', 'tenant/getTenant', undefined, { headers: authHeaders(DEMO, { timestamp: String(Date.now() - 4 * 60 * 1000) }) })).code, 200);
  await ok('POST', 'isv/genSubAccountIsv', { tenantSign: 'sub-x', phoneNumber: '16600000001' });
  const sub = (await ok('POST', 'isv/getIsvList')).find((i) => i.tenantSign === 'sub-x');
  assert.equal((await call('GET', 'tenant/getTenant', undefined, { headers: authHeaders(sub) })).code, 200);
});

// ---- HTTP: CORS, methods, routing, bodies, static files ----

test('CORS preflight answers 204 and echoes the requested headers', async () => {
  const res = await fetch(`${sim.url}/apiOpen/v1/job/modify`, {
    method: 'OPTIONS',
    headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'PATCH', 'Access-Control-Request-Headers': 'appkey,content-type,signature,timestamp,version' },
  });
  assert.equal(res.status, 204);
  assert.equal(res.headers.get('access-control-allow-origin'), '*');
  assert.deepEqual(res.headers.get('access-control-allow-methods').split(','), ['GET', 'POST', 'PATCH', 'OPTIONS']);
  assert.equal(res.headers.get('access-control-allow-headers'), 'appkey,content-type,signature,timestamp,version');
  const plain = await fetch(`${sim.url}/apiOpen/v1/tenant/getTenant`, { method: 'OPTIONS' });
  assert.equal(plain.status, 204);
  assert.match(plain.headers.get('access-control-allow-headers'), /appKey, version, timestamp, signature/);
});

test('a wrong method is 405 and an unknown endpoint or version 404, in the envelope', async () => {
  const wrong = await call('GET', 'job/create');
  assert.equal(wrong.code, 405);
  assert.match(wrong.resultMsg, /POST/);
  assert.equal((await call('POST', 'tenant/getTenant', {})).code, 405);
  assert.equal((await call('POST', 'job/modify', { robotCallJobId: 2 })).code, 405);
  assert.equal((await call('GET', 'job/nothing')).code, 404);
  const res = await fetch(`${sim.url}/apiOpen/v9/tenant/getTenant`, { headers: authHeaders(DEMO, { version: 'v9' }) });
  assert.equal((await res.json()).code, 404);
});

test('validation names the field: missing → 400, unknown id → 404, bad JSON → 400', async () => {
  const missing = await call('POST', 'job/start', {});
  assert.deepEqual([missing.code, missing.resultMsg], [400, 'robotCallJobId 不能为空']);
  const unknown = await call('POST', 'job/start', { robotCallJobId: 99999 });
  assert.deepEqual([unknown.code, unknown.resultMsg], [404, 'robotCallJobId 不存在']);
  const notInt = await call('GET', 'job/getJobDetail', { robotCallJobId: 'abc' });
  assert.deepEqual([notInt.code, notInt.resultMsg], [400, 'robotCallJobId 必须是整数']);
  const badJson = await call('POST', 'job/start', undefined, { body: '{"robotCallJobId": ' });
  assert.equal(badJson.code, 400);
  assert.match(badJson.resultMsg, /JSON/);
  const noName = await call('POST', 'job/create', { ...JOB_FORM, robotCallJob: { ...JOB_FORM.robotCallJob, name: '' } });
  assert.deepEqual([noName.code, noName.resultMsg], [400, 'robotCallJob.name 不能为空']);
  const noDialog = await call('POST', 'job/create', { ...JOB_FORM, robotCallJob: { ...JOB_FORM.robotCallJob, dialogFlowId: 4242 } });
  assert.deepEqual([noDialog.code, noDialog.resultMsg], [404, 'robotCallJob.dialogFlowId 不存在']);
  const noLine = await call('POST', 'job/create', { ...JOB_FORM, jobPhoneNumberIdList: [9] });
  assert.deepEqual([noLine.code, noLine.resultMsg], [404, 'jobPhoneNumberIdList 9 不存在']);
  const staff = await call('GET', 'csRobot/staffGroupList', {});
  assert.deepEqual([staff.code, staff.resultMsg], [400, 'pageNum 不能为空']);
  const big = await call('GET', 'job/getJobs', { pageSize: 101 });
  assert.deepEqual([big.code, big.resultMsg], [400, 'pageSize 不能大于100']);
});

test('static files: only under www/, 404 otherwise', async () => {
  const own = await fetch(`${sim.url}/server.mjs`);
  assert.equal(own.status, 200);
  assert.match(await own.text(), /export async function startServer/);
  assert.equal((await fetch(`${sim.url}/no-such-file.html`)).status, 404);
  const status = (path) => new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port: sim.port, path }, (res) => { res.resume(); resolve(res.statusCode); }).on('error', reject);
  });
  assert.equal(await status('/../package.json'), 404);
  assert.equal(await status('/%2e%2e/package.json'), 404);
  assert.equal(await status('/..%2fpackage.json'), 404);
  assert.equal(await status('/sim/../../Cargo.toml'), 404);
});

// ---- the 37 endpoints ----

// method, path, params, fields that must be present (paths into the envelope's data), and
// optionally `setup` before and `check` after the call. State is reset before the table runs
// each row, so every row starts from the seed data.
/** knowledge.md's create example, and an update of it (its id set once it exists). */
const KNOWLEDGE_EXAMPLE = {
  botId: 1, knowledgeCategoryName: '待处理', title: '测试添加知识', similarTitleList: ['这是相似句'],
  answers: [{ gateways: ['ALL'], type: 'PURE_TEXT', content: '测试添加知识答案', startTime: null, endTime: null, associatedKnowledgeList: [] }],
  status: 'ENABLED',
};
const KNOWLEDGE_UPDATE = { ...KNOWLEDGE_EXAMPLE, id: null, title: '测试添加知识（改）' };

const TABLE = [
  ['GET', 'callRecord/callDetail', { callRecordId: 47 }, ['callRecordId', 'startTime', 'endTime', 'customerPerson.customerPersonId', 'customerPerson.properties', 'resultStatus', 'intentLevel', 'intentLevelName', 'intentLevelTagId', 'customerConcern', 'fullAudioUrl', 'callDetailList.0.text', 'callDetailList.0.type', 'callDetailList.0.callDetailId', 'robotCallJobId']],
  ['POST', 'callRecord/deleteRobotCallTask', { robotCallTaskId: 3033235 }, [], {
    check: async () => assert.equal((await ok('GET', 'callRecord/toBeCalledList', { robotCallJobId: 1 })).totalElements, 0),
  }],
  ['GET', 'callRecord/deleteRobotCallTaskList', { robotCallJobId: 2, robotCallTaskIds: '3033301,3033302' }, [], {
    check: async () => assert.equal((await ok('GET', 'job/getJobDetail', { robotCallJobId: 2 })).taskCallTotal, 0),
  }],
  ['POST', 'callRecord/getCallRecordInfoList', { robotCallJobId: 1, pageNum: 1, pageSize: 20 }, ['number', 'pageSize', 'totalElements', 'pages', 'content.0.callRecordId', 'content.0.hangupBy', 'content.0.robotCallTaskId', 'content.0.customerPersonId', 'content.0.calledPhoneNumber', 'content.0.phoneNumberId', 'content.0.resultStatus', 'content.0.startTime', 'content.0.chatDuration', 'content.0.chatRound', 'content.0.readStatus', 'content.0.callDetailList']],
  ['GET', 'callRecord/toBeCalledList', { robotCallJobId: 1 }, ['number', 'content.0.robotCallTaskId', 'content.0.customerPersonId', 'content.0.customerPersonName', 'content.0.calledPhoneNumber', 'content.0.status', 'content.0.inWhiteList', 'content.0.properties']],
  ['GET', 'callStats/callCostStatsInfo', { startDate: '2019-04-30', endDate: '2019-05-30' }, ['callCostStatsPhoneNumberList.0.localDate', 'callCostStatsPhoneNumberList.0.chatTimeList', 'callCostStatsPhoneNumberList.0.callCostList', 'callCostStatsPhoneNumberList.0.myCallCostList', 'callCostStatsPhoneNumberChat.2019-05-23.0.phoneNumberId', 'smsCostInfoList', 'totalPhoneNumberLocal.0.phoneNumberId']],
  ['GET', 'csRobot/staffGroupList', { pageNum: 1, pageSize: 20 }, ['number', 'pageSize', 'totalElements', 'pages', 'content.0.csStaffGroupId', 'content.0.groupName', 'content.0.enabledStatus']],
  ['GET', 'dialogFlow/exportDialogFlowWordDoc', { dialogFlowId: 1001 }, [], {
    check: async (data) => {
      assert.match(data, /^http:\/\/127\.0\.0\.1:\d+\/sim-files\/DialogFlowWordFile\/dialogFlow_1001\.doc\?Expires=\d+/);
      const doc = await fetch(data);
      assert.equal(doc.status, 200);
      assert.match(await doc.text(), /模拟器演示话术/);
    },
  }],
  ['GET', 'dialogFlow/getDialogFlowCallJobRelatedInfo', { dialogFlowId: 1001 }, ['dialogFlowId', 'placeholderExist', 'jumpToHumanServiceExist', 'humanInterventionExist']],
  ['GET', 'dialogFlow/getDialogFlowList', undefined, ['0.dialogFlowId', '0.name', '0.intentLevelTagId', '0.status', '0.createTime', '0.industry', '0.subIndustry'], {
    check: (data) => assert.ok(data.some((d) => d.dialogFlowId === 1001)),
  }],
  ['GET', 'intentLevelTag/getIntentLevelTag', { intentLevelTagId: 0 }, ['intentLevelTagId', 'name', 'details.5.code', 'details.5.name']],
  ['GET', 'intentLevelTag/getUsedIntentLevelTagList', undefined, ['0.intentLevelTagId', '0.name']],
  ['POST', 'isv/genSubAccountIsv', { tenantSign: 'demo-sub-2', phoneNumber: '16600000002' }, [], {
    check: async () => assert.ok((await ok('POST', 'isv/getIsvList')).some((i) => i.tenantSign === 'demo-sub-2' && i.appKey && i.appSecret)),
  }],
  ['POST', 'isv/getIsvList', undefined, ['0.tenantSign', '0.appKey', '0.appSecret', '0.callbackUrl']],
  ['POST', 'isv/updateIsvInfo', { tenantSign: 'demo-tenant', callbackUrl: 'http://127.0.0.1:9/callback' }, [], {
    check: async () => assert.equal((await ok('POST', 'isv/getIsvList')).find((i) => i.tenantSign === 'demo-tenant').callbackUrl, 'http://127.0.0.1:9/callback'),
  }],
  ['POST', 'job/checkAll', { operation: 'START', robotCallJobIdSet: [1, 2], statusSet: [] }, ['executable.0.robotCallJobId', 'executable.0.robotCallJobName', 'executable.0.createTime', 'executable.0.status', 'executable.0.statsInfo.totalTask', 'executable.0.statsInfo.ablevelCustomer', 'unexecutable.0.msg', 'unexecutable.0.statsInfo.completedTask']],
  ['POST', 'job/create', {
    concurrencyQuota: 2, jobPhoneNumberIdList: [348, 369], transferPhoneNumber: ['1523654789', '1758426896'],
    robotCallJob: {
      alertUsers: [], dailyEndTime: '20:00', dailyStartTime: '09:00', description: 'gthjoitjdjfdk', dialogFlowId: 2,
      earlyWarningAlertUsers: [], inactiveTimeList: [{ startTime: '12:00', endTime: '13:00' }], mode: 'AUTO', name: '测试名称3333',
      phoneType: 'LANDLINE', robotCount: 10, smsAlertLevel: ['A'], smsTemplateId: 1, startTime: '2017-11-21 04:32:00', tenantId: 1,
      wechatAlertLevel: [], wechatSendMethod: 'SENDTOALL', wechatAlertLevelCode: [], smsAlertLevelCode: [], wechatConditionAlertLevelCode: [],
      redialCondition: ['CALL_LOSS', 'NO_ANSWER'], redialInterval: 6, redialTimes: 1,
    },
  }, ['robotCallJobId'], {
    check: async (data) => {
      const detail = await ok('GET', 'job/getJobDetail', data);
      assert.equal(detail.robotCallJob.status, 'NOT_STARTED');
      assert.equal(detail.robotCallJob.name, '测试名称3333');
      assert.deepEqual(detail.jobPhoneNumberList.map((l) => l.tenantPhoneNumberId), [348, 369]);
    },
  }],
  ['POST', 'job/delete', { robotCallJobId: 2 }, [], {
    check: async () => assert.equal((await call('GET', 'job/getJobDetail', { robotCallJobId: 2 })).code, 404),
  }],
  ['POST', 'job/executeJobs', { operation: 'START', executable: [{ robotCallJobId: 2 }, { robotCallJobId: 1 }] }, ['0.robotCallJobId', '0.robotCallJobName', '0.msg'], {
    check: async (data) => {
      assert.deepEqual(data.map((d) => d.robotCallJobId), [1]);
      assert.notEqual(await jobStatus(2), 'NOT_STARTED');
    },
  }],
  ['GET', 'job/getJobDetail', { robotCallJobId: 1 }, ['robotCallJob.robotCallJobId', 'robotCallJob.dialogFlowName', 'robotCallJob.status', 'robotCallJob.dailyStartTime', 'robotCallJob.inactiveTimeList', 'robotCallJob.redialCondition', 'jobPhoneNumberList.0.tenantPhoneNumberId', 'jobPhoneNumberList.0.concurrencyQuota', 'transferPhoneNumber', 'completedTask', 'taskCallTotal']],
  ['GET', 'job/getJobProperties', { robotCallJobId: 2 }, ['0'], { check: (data) => assert.deepEqual(data, ['城市']) }],
  ['GET', 'job/getJobStats', { robotCallJobId: 1 }, ['taskProgress', 'answeredRate', 'intentLevel.A', 'taskCallTotal', 'answeredTask', 'chatDurationTotal', 'completedTask', 'customerConcern', 'dialResult.ANSWERED', 'chatRound.LESS_3', 'chatDuration.LESS_10S', 'callJobStatsBrokenLine.taskCallCompletedList.0.date', 'callJobStatsBrokenLine.answeredTaskRateList.0.val', 'callJobStatsBrokenLine.intentLevelTagDetailList.0.intentLevelTagDetailId']],
  ['POST', 'job/getJobStatsInfoList', { robotCallJobId: ['1', '2'] }, ['1.taskTotal', '1.taskCompleted', '2.taskTotal']],
  ['GET', 'job/getJobs', { pageNum: 1, pageSize: 10 }, ['number', 'pageSize', 'totalElements', 'pages', 'content.0.robotCallJobId', 'content.0.name', 'content.0.status', 'content.0.completedTask', 'content.0.taskCallTotal', 'content.0.createTime', 'content.0.createdByUserName', 'content.0.organizationName']],
  ['POST', 'job/importCustomer', { robotCallJobId: 2, customerPersons: [{ name: 'test', phoneNumber: '11111111111', properties: { 城市: '宁波' } }] }, [], {
    check: async () => assert.equal((await ok('GET', 'job/getJobDetail', { robotCallJobId: 2 })).taskCallTotal, 3),
  }],
  ['PATCH', 'job/modify', { robotCallJobId: 2, robotCallJob: { name: '改过的名字', dailyEndTime: '18:00' } }, ['robotCallJobId'], {
    check: async () => {
      const job = (await ok('GET', 'job/getJobDetail', { robotCallJobId: 2 })).robotCallJob;
      assert.deepEqual([job.name, job.dailyEndTime, job.dialogFlowId], ['改过的名字', '18:00:00', 1001]);
    },
  }],
  ['POST', 'job/pause', { robotCallJobId: 2 }, [], {
    setup: async () => { sim.yiwise.callMs = 60_000; await ok('POST', 'job/start', { robotCallJobId: 2 }); },
    // Calls are under way: the job stays IN_PROCESS, pausing, until they end (then USER_PAUSE).
    check: async () => assert.deepEqual([await jobStatus(2), sim.yiwise.jobs.get(2).pausing], ['IN_PROCESS', true]),
  }],
  ['POST', 'job/reAddCustomerToJob', { robotCallJobId: 2, customerPersonIds: [2006001, 2006002] }, [], {
    check: async () => assert.equal((await ok('GET', 'job/getJobDetail', { robotCallJobId: 2 })).taskCallTotal, 4),
  }],
  ['POST', 'job/start', { robotCallJobId: 2 }, [], { check: async () => assert.equal(await until(async () => (await jobStatus(2)) === 'COMPLETED', 'job 2'), true) }],
  ['POST', 'job/stop', { robotCallJobId: 2 }, [], { check: async () => assert.equal(await jobStatus(2), 'TERMINATE') }],
  ['POST', 'job/updateAiCount', { robotCallJobId: 2, robotCount: 2 }, [], {
    check: async () => assert.equal((await ok('GET', 'job/getJobDetail', { robotCallJobId: 2 })).robotCallJob.robotCount, 2),
  }],
  ['GET', 'phone/getPhoneList', undefined, ['0.tenantPhoneNumberId', '0.phoneNumber', '0.phoneName', '0.phoneType', '0.localBillRate', '0.otherBillRate', '0.callOutIndustry', '0.areaCode', '0.province', '0.city'], {
    check: (data) => assert.equal(data.find((p) => p.tenantPhoneNumberId === 276)?.phoneType, 'MOBILE'),
  }],
  ['POST', 'policyGroup/create', { name: 'openapi-test', remark: null, dispatchType: 'LOCATION_MATCH_FIRST', detailList: [{ tenantPhoneNumberId: 743 }] }, [], {
    check: async () => assert.ok((await ok('GET', 'policyGroup/getIdAndNamePairList')).some((g) => g.name === 'openapi-test')),
  }],
  ['GET', 'policyGroup/getIdAndNamePairList', undefined, ['0.callPolicyGroupId', '0.tenantId', '0.name']],
  ['GET', 'policyGroup/list', undefined, ['0.callPolicyGroupId', '0.name', '0.phoneType', '0.dispatchType', '0.detailList.0.callPolicyGroupDetailId', '0.detailList.0.sort', '0.detailList.0.phoneNumberInfo.phoneNumber', '0.detailList.0.phoneNumberInfo.callInBillMode', '0.detailList.0.lineStatus.status']],
  ['POST', 'policyGroup/update', { callPolicyGroupId: 62, name: 'openapi-test1', remark: null, dispatchType: 'SORT_FIRST', detailList: [{ tenantPhoneNumberId: 743 }, { tenantPhoneNumberId: 675 }] }, [], {
    check: async () => {
      const g = (await ok('GET', 'policyGroup/list')).find((x) => x.callPolicyGroupId === 62);
      assert.deepEqual([g.dispatchType, g.detailList.map((d) => d.tenantPhoneNumberId)], ['SORT_FIRST', [743, 675]]);
    },
  }],
  ['GET', 'tenant/getTenant', undefined, ['tenantId', 'tenantName']],
  // The 2021-01 docs (chat.md, knowledge.md).
  ['POST', 'chat', { botId: 1, text: '你好' }, ['chatId', 'sessionId', 'messages.0.text.answer', 'messages.0.text.answerSource']],
  ['GET', 'knowledge/list', { botId: 1 }, ['number', 'totalElements', 'content.0.id', 'content.0.answers.0.gateways']],
  ['POST', 'knowledge/create', KNOWLEDGE_EXAMPLE, ['id', 'createTime', 'answers.0.type']],
  ['POST', 'knowledge/update', undefined, ['id', 'updateTime'], {
    setup: async () => { KNOWLEDGE_UPDATE.id = (await ok('POST', 'knowledge/create', KNOWLEDGE_EXAMPLE)).id; },
    params: () => KNOWLEDGE_UPDATE,
  }],
  // Only the vendor's demos use these (yiwise/openapidemo SimpleDemo).
  ['POST', 'job/oneTimeCall', { dialogFlowId: 1001, jobPhoneNumberIdList: [348], phoneType: 'LANDLINE', customerPersons: [{ name: '小红羊', phoneNumber: '15088790310' }] }, ['robotCallJobId']],
  ['POST', 'phone/updatePhoneInfoByTenantPhoneNumberId', { tenantPhoneNumberId: 276, areaCode: '010', province: '北京市', city: '朝阳区', deadArea: [{ prov: 'xx省', city: 'xx市' }], callOutIndustry: 'FINANCE' }, [], {
    check: async () => assert.equal((await ok('GET', 'phone/getPhoneList')).find((l) => l.tenantPhoneNumberId === 276).areaCode, '010'),
  }],
  ['POST', 'phone/updatePhonePriceByTenantPhoneNumberId', { tenantPhoneNumberId: 276, localBillRate: 9999, otherBillRate: 9999 }, [], {
    check: async () => assert.equal((await ok('GET', 'phone/getPhoneList')).find((l) => l.tenantPhoneNumberId === 276).localBillRate, 9999),
  }],
];

test('the table covers the 44 endpoints (41 of the docs, 3 of the demos), and so does the router', async () => {
  const inventory = (await readJson('../fixtures/yiwise/endpoints.json')).map((e) => `${e.method} ${e.path}`).sort();
  assert.equal(inventory.length, 44);
  assert.deepEqual(TABLE.map(([m, p]) => `${m} ${p}`).sort(), inventory);
  assert.deepEqual(Object.keys(ENDPOINTS).sort(), inventory);
});

test('each of the 44 endpoints answers code 200 with the docs\' shape', async (t) => {
  for (const [method, path, fixed, fields, { setup, check, params: later } = {}] of TABLE) {
    await t.test(`${method} ${path}`, async () => {
      sim.reset();
      sim.yiwise.callMs = CALL_MS;
      try {
        await setup?.();
        const params = later ? later() : fixed;
        const env = await call(method, path, params);
        assert.equal(env.code, 200, env.resultMsg);
        assert.match(env.requestId, /^[A-Z]{8}$/);
        assert.equal(typeof env.resultMsg, 'string');
        for (const f of fields) assert.notEqual(at(env.data, f), undefined, `data.${f} is missing`);
        if (!fields.length && !check) assert.equal(env.data, null);
        await check?.(env.data);
      } finally {
        sim.yiwise.callMs = CALL_MS;
      }
    });
  }
});

// ---- the call simulation ----

test('a job runs create → importCustomer → start → COMPLETED, with a call record per customer', async () => {
  const robotCallJobId = await newJob({ ...JOB_FORM, robotCallJob: { ...JOB_FORM.robotCallJob, robotCount: 2 } });
  assert.equal(await jobStatus(robotCallJobId), 'NOT_STARTED');
  await ok('POST', 'job/importCustomer', { robotCallJobId, customerPersons: customers(5) });
  assert.equal((await ok('GET', 'callRecord/toBeCalledList', { robotCallJobId })).totalElements, 5);
  await ok('POST', 'job/start', { robotCallJobId });
  assert.equal(await jobStatus(robotCallJobId), 'IN_PROCESS');
  await until(async () => (await jobStatus(robotCallJobId)) === 'COMPLETED', 'COMPLETED');

  const records = await recordsOf(robotCallJobId);
  assert.deepEqual(records.map((r) => r.calledPhoneNumber).sort(), customers(5).map((c) => c.phoneNumber));
  for (const r of records) {
    assert.ok(['ANSWERED', 'NO_ANSWER', 'BUSY', 'POWER_OFF', 'REFUSED', 'OUT_OF_SERVICE', 'VACANT_NUMBER', 'CAN_NOT_CONNECT'].includes(r.resultStatus));
    assert.match(r.startTime, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    assert.equal(r.callDetailList.length > 0, r.resultStatus === 'ANSWERED');
  }
  const answered = records.find((r) => r.resultStatus === 'ANSWERED');
  if (answered) {
    const detail = await ok('GET', 'callRecord/callDetail', { callRecordId: answered.callRecordId });
    assert.match(detail.callDetailList[0].text, /杭州/, 'the dialog fills in the customer\'s 城市');
    assert.equal(detail.customerPerson.phoneNumber, answered.calledPhoneNumber);
    assert.match(detail.startTime, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
  }
  const stats = await ok('GET', 'job/getJobStats', { robotCallJobId });
  assert.deepEqual([stats.completedTask, stats.taskCallTotal, stats.taskProgress], [5, 5, 100]);
  assert.equal(Object.values(stats.dialResult).reduce((a, b) => a + b, 0), 5);
  assert.equal((await ok('GET', 'callRecord/toBeCalledList', { robotCallJobId })).totalElements, 0);
  assert.equal((await call('POST', 'job/start', { robotCallJobId })).code, 400, 'a completed job cannot start again');
});

test('outcomes are deterministic per seed', async () => {
  const run = async () => {
    sim.reset();
    const robotCallJobId = await newJob();
    await ok('POST', 'job/importCustomer', { robotCallJobId, customerPersons: customers(8) });
    await ok('POST', 'job/start', { robotCallJobId });
    await until(async () => (await jobStatus(robotCallJobId)) === 'COMPLETED', 'COMPLETED');
    return (await recordsOf(robotCallJobId)).map((r) => [r.calledPhoneNumber, r.resultStatus, r.intentLevel, r.chatDuration, r.chatRound]);
  };
  const first = await run();
  assert.deepEqual(await run(), first);
});

test('pause stops the dialling, start resumes it, stop terminates', async () => {
  const robotCallJobId = await newJob();
  await ok('POST', 'job/importCustomer', { robotCallJobId, customerPersons: customers(40) });
  await ok('POST', 'job/start', { robotCallJobId });
  await until(async () => (await ok('GET', 'job/getJobDetail', { robotCallJobId })).completedTask >= 2, 'two calls');
  await ok('POST', 'job/pause', { robotCallJobId });
  // A call under way finishes first, as on the platform; then the job is USER_PAUSE.
  await until(async () => (await jobStatus(robotCallJobId)) === 'USER_PAUSE', 'USER_PAUSE');
  const done = (await ok('GET', 'job/getJobDetail', { robotCallJobId })).completedTask;
  await sleep(10 * CALL_MS);
  const later = await ok('GET', 'job/getJobDetail', { robotCallJobId });
  assert.equal(later.completedTask, done, 'no calls while paused');
  assert.ok(done < 40);
  assert.equal((await recordsOf(robotCallJobId)).length, done);

  await ok('POST', 'job/start', { robotCallJobId });
  await until(async () => (await ok('GET', 'job/getJobDetail', { robotCallJobId })).completedTask > done + 1, 'resumed calls');
  await ok('POST', 'job/stop', { robotCallJobId });
  assert.equal(await jobStatus(robotCallJobId), 'TERMINATE');
  await sleep(3 * CALL_MS);
  const stopped = (await ok('GET', 'job/getJobDetail', { robotCallJobId })).completedTask;
  await sleep(10 * CALL_MS);
  assert.equal((await ok('GET', 'job/getJobDetail', { robotCallJobId })).completedTask, stopped);
  assert.equal((await call('POST', 'job/start', { robotCallJobId })).code, 400, 'a terminated job cannot restart');
});

test('importing 101 customers at once is rejected and imports nothing', async () => {
  const robotCallJobId = await newJob();
  const env = await call('POST', 'job/importCustomer', { robotCallJobId, customerPersons: customers(101) });
  assert.equal(env.code, 400);
  assert.match(env.resultMsg, /^customerPersons .*100/);
  assert.equal((await ok('GET', 'job/getJobDetail', { robotCallJobId })).taskCallTotal, 0);
  await ok('POST', 'job/importCustomer', { robotCallJobId, customerPersons: customers(100) });
  assert.equal((await ok('GET', 'job/getJobDetail', { robotCallJobId })).taskCallTotal, 100);
  const bad = await call('POST', 'job/importCustomer', { robotCallJobId, customerPersons: [{ name: 'x' }] });
  assert.deepEqual([bad.code, bad.resultMsg], [400, 'customerPersons[0].phoneNumber 不能为空']);
});

test('reset() restores the seed state', async () => {
  await ok('POST', 'job/delete', { robotCallJobId: 2 });
  await newJob();
  sim.reset();
  const jobs = await ok('GET', 'job/getJobs', {});
  assert.deepEqual(jobs.content.map((j) => j.robotCallJobId), [2, 1]);
});

// ---- shutdown and the program ----

/** Runs `node args…`, collecting stdout; resolves with the exit code (bounded). */
function runNode(args, { timeoutMs = 8000, onLine } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`node ${args.join(' ')} did not exit in ${timeoutMs} ms\n${out}\n${err}`)); }, timeoutMs);
    child.stdout.on('data', (d) => {
      out += d;
      onLine?.(out, child);
    });
    child.stderr.on('data', (d) => { err += d; });
    child.on('exit', (code, signal) => { clearTimeout(timer); resolve({ code, signal, out, err }); });
  });
}

test('close() leaves no handles: a process that used the simulator exits by itself', async () => {
  const script = `
    import { startServer } from ${JSON.stringify(new URL('../../www/server.mjs', import.meta.url).href)};
    import { sign } from ${JSON.stringify(new URL('../../www/sim/signature.mjs', import.meta.url).href)};
    const D = { appKey: 'demo-app-key', appSecret: 'demo-app-secret', tenantSign: 'demo-tenant' };
    const s = await startServer({ port: 0, callMs: 10000, quiet: true });
    const post = async (path, body) => {
      const timestamp = String(Date.now());
      const headers = { appKey: D.appKey, version: 'v1', timestamp, signature: sign({ ...D, version: 'v1', timestamp }), 'content-type': 'application/json' };
      return (await fetch(s.url + '/apiOpen/v1/' + path, { method: 'POST', headers, body: JSON.stringify(body) })).json();
    };
    const r = await post('job/start', { robotCallJobId: 2 });
    if (r.code !== 200) throw new Error(JSON.stringify(r));
    await s.close();
    await s.close();
    console.log('closed with calls under way');
  `;
  const started = Date.now();
  const { code, out, err } = await runNode(['--input-type=module', '-e', script]);
  assert.equal(code, 0, err);
  assert.match(out, /closed with calls under way/);
  assert.ok(Date.now() - started < 5000);
});

test('the CLI prints "listening on http://127.0.0.1:N" first and exits by itself with --lifetime', async () => {
  let probed;
  const { code, out, err } = await runNode([SERVER, '--port', '0', '--lifetime', '1'], {
    onLine: (text) => {
      const m = /^listening on (http:\/\/127\.0\.0\.1:(\d+))\n/.exec(text);
      if (m && !probed) probed = fetch(`${m[1]}/apiOpen/v1/tenant/getTenant`, { headers: authHeaders() }).then((r) => r.json());
    },
  });
  assert.equal(code, 0, err);
  const [first, ...rest] = out.trim().split('\n');
  assert.match(first, /^listening on http:\/\/127\.0\.0\.1:\d+$/);
  assert.equal((await probed)?.code, 200);
  assert.ok(rest.includes('GET /apiOpen/v1/tenant/getTenant 200'), out);
});

test('the CLI exits cleanly on SIGTERM and rejects bad flags', async () => {
  const { code, signal } = await runNode([SERVER, '--port', '0', '--quiet'], {
    onLine: (text, child) => { if (text.startsWith('listening on ')) child.kill('SIGTERM'); },
  });
  assert.deepEqual([code, signal], [0, null]);
  const bad = await runNode([SERVER, '--port', 'eighty']);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--port/);
});

test('the built package is served under /pkg/, and nothing else of the repository', async () => {
  const glue = await fetch(`${sim.url}/pkg/web/index.js`);
  assert.equal(glue.status, 200);
  assert.match(glue.headers.get('content-type'), /javascript/);
  const wasm = await fetch(`${sim.url}/pkg/web/yiwise_rongzi_bg.wasm`);
  assert.equal(wasm.headers.get('content-type'), 'application/wasm');
  const status = (path) => new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port: sim.port, path }, (res) => { res.resume(); resolve(res.statusCode); }).on('error', reject);
  });
  assert.equal(await status('/pkg/../Cargo.toml'), 404);
  assert.equal(await status('/pkg/%2e%2e/Cargo.toml'), 404);
  assert.equal(await status('/pkg/..%2fCargo.toml'), 404);
});
