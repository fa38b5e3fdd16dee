// The Yiwise API as it stands now, through the SDK: the 2021-01 docs' new call-record filters, chat,
// the knowledge base on its own host, the vendor demos' oneTimeCall and phone updates, and job
// bodies as the vendor's own demo clients build them. Round trips against the simulator (which
// follows the docs and the demos, not this SDK), and canned fetches for what goes on the wire.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { YiwiseClient, yiwiseLabel, yiwiseEnumValues } from 'yiwise-rongzi';
import { createYiwiseProxy } from 'yiwise-rongzi/server';
import { DEMO, cannedFetch, rejection, simulator, thrown } from './helpers.mjs';

let sim;
before(async () => { sim = await simulator({ callMs: 5 }); });
after(async () => { await sim.close(); });

const yiwise = (extra = {}) => new YiwiseClient({ baseUrl: sim.url, ...DEMO, retryBaseMs: 0, ...extra });
const OK = { code: 200, data: null, requestId: 'R', resultMsg: 'ok' };

async function finishedJob(yw, customers) {
  const { robotCallJobId } = await yw.job.create({
    concurrencyQuota: 2, jobPhoneNumberIdList: [348],
    robotCallJob: { name: '2021', mode: 'MANUAL', dialogFlowId: 1001, phoneType: 'LANDLINE', dailyStartTime: '00:00', dailyEndTime: '23:59' },
  });
  await yw.job.importCustomer({ robotCallJobId, customerPersons: customers });
  await yw.job.start({ robotCallJobId });
  for (let i = 0; i < 400; i++) {
    const d = await yw.job.getJobDetail({ robotCallJobId });
    if (d.robotCallJob.status === 'COMPLETED') return robotCallJobId;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('the task did not complete');
}

test('getCallRecordInfoList: the new filters reach the platform; lastCallRecord de-duplicates; redialTimes in every row; …All carries them', async () => {
  const yw = yiwise();
  const robotCallJobId = await finishedJob(yw, [
    { name: '张三', phoneNumber: '13800000001' }, { name: '李四', phoneNumber: '13800000002' }, { name: '张三', phoneNumber: '13800000001' },
  ]);
  const all = await yw.callRecord.getCallRecordInfoList({ robotCallJobId, pageSize: 100 });
  assert.equal(all.content.length, 3);
  assert.ok(all.content.every((r) => typeof r.redialTimes === 'number'));
  const one = await yw.callRecord.getCallRecordInfoList({ robotCallJobId, calledPhoneNumber: '13800000002' });
  assert.deepEqual(one.content.map((r) => r.calledPhoneNumber), ['13800000002']);
  const dedup = await yw.callRecord.getCallRecordInfoListAll({ robotCallJobId, lastCallRecord: true, redialTimes: 0 }).toArray({ limit: 100 });
  assert.deepEqual(dedup.map((r) => r.calledPhoneNumber).sort(), ['13800000001', '13800000002']);
  const byId = await yw.callRecord.getCallRecordInfoList({ robotCallJobId, callRecordId: all.content[0].callRecordId });
  assert.deepEqual(byId.content.map((r) => r.callRecordId), [all.content[0].callRecordId]);
  const detail = await yw.callRecord.callDetail({ callRecordId: all.content[0].callRecordId });
  assert.equal(typeof detail.redialTimes, 'number');
});

test('getCallRecordInfoList: the 2021 table\'s rules are checked before sending, naming the field', async () => {
  const c = cannedFetch(OK);
  const yw = new YiwiseClient({ baseUrl: 'https://yw.test', ...DEMO, fetch: c.fetch });
  for (const [params, field] of [
    [{ redialTimes: 2 }, 'redialTimes'],
    [{ chatDurationMin: 5, chatDurationMax: 3 }, 'chatDurationMin'],
    [{ readStatus: 'READ' }, 'readStatus'],
    [{ calledPhoneNumber: '153-64' }, 'calledPhoneNumber'],
    [{ realIntent: 'perhaps' }, 'realIntent'],
  ]) {
    const e = await rejection(yw.callRecord.getCallRecordInfoList({ robotCallJobId: 1, ...params }));
    assert.deepEqual([e.kind, e.field], ['validation', field], e.message);
  }
  assert.equal(c.calls.length, 0);
});

test('chat.send: a conversation continues by sessionId; the tag comes back; answerSource has labels', async () => {
  const yw = yiwise();
  const first = await yw.chat.send({ botId: 1, text: '我想查一下天气', metaData: { 姓名: '李雷' } });
  assert.match(first.sessionId, /\S/);
  assert.equal(typeof first.chatId, 'number');
  assert.equal(first.messages[0].text.answerSource, 'DIALOG_FLOW');
  const next = await yw.chat.send({ botId: 1, text: '上海', sessionId: first.sessionId, tag: 'turn-2' });
  assert.equal(next.sessionId, first.sessionId);
  assert.equal(next.tag, 'turn-2');
  assert.match(next.messages[0].text.answer, /上海/);
  assert.equal(yiwiseLabel('AnswerSource', 'KNOWLEDGE_RECOMMEND'), '问答知识推荐');
  assert.equal(yiwiseEnumValues('AnswerSource').length, 6);
  const e = await rejection(yw.chat.send({ botId: 1, text: '  ' }));
  assert.deepEqual([e.kind, e.field], ['validation', 'text']);
  const unknown = await rejection(yw.chat.send({ botId: 999999, text: '你好' }));
  assert.equal(unknown.kind, 'api');
});

test('chat.send is a write: a 503 is not retried (a repeated turn would move the conversation on twice)', async () => {
  const yw = yiwise();
  let attempts = 0;
  yw.on('request', () => { attempts += 1; });
  sim.faults.add({ path: 'chat', api: 'yiwise', status: 503, times: 1 });
  const e = await rejection(yw.chat.send({ botId: 1, text: '你好' }));
  sim.faults.clear();
  assert.deepEqual([e.kind, e.status, attempts], ['http', 503, 1]);
});

test('knowledge: create → list → update → listAll on the simulator, at /apiOpen/knowledge/… without a version', async () => {
  const yw = yiwise();
  const urls = [];
  yw.on('request', (e) => urls.push(e.url));
  const created = await yw.knowledge.create({
    botId: 38, knowledgeCategoryName: '常见问题', title: '营业时间', similarTitleList: ['几点开门'],
    answers: [{ gateways: ['ALL'], type: 'PURE_TEXT', content: '每天 9:00-18:00' }], status: 'ENABLED',
  });
  assert.match(created.id, /^[0-9a-f]{24}$/);
  assert.equal(urls[0], `${sim.url}/apiOpen/knowledge/create`);
  const page = await yw.knowledge.list({ botId: 38, keyword: '营业' });
  assert.deepEqual(page.content.map((k) => k.title), ['营业时间']);
  assert.ok(urls[1].startsWith(`${sim.url}/apiOpen/knowledge/list?`));
  const updated = await yw.knowledge.update({ ...created, answers: [{ gateways: ['WEB'], type: 'RICH_TEXT', content: '<b>9:00-20:00</b>' }] });
  assert.deepEqual([updated.id, updated.answers[0].type, updated.answers[0].gateways], [created.id, 'RICH_TEXT', ['WEB']]);
  const titles = [];
  for await (const k of yw.knowledge.listAll({ botId: 38, pageSize: 1 })) titles.push(k.title);
  assert.ok(titles.includes('营业时间'));
  const dup = await rejection(yw.knowledge.create({ ...created, id: undefined, createTime: undefined, updateTime: undefined }));
  assert.equal(dup.kind, 'api');
  const bad = await rejection(yw.knowledge.create({ botId: 38, knowledgeCategoryName: 'x', title: 'y', status: 'ENABLED', answers: [] }));
  assert.deepEqual([bad.kind, bad.field], ['validation', 'answers']);
});

test('knowledgeBaseUrl: brain.yiwise.com for the production baseUrl, baseUrl otherwise, or as given (canned fetch, nothing leaves)', async () => {
  const c = cannedFetch({ code: 200, data: { number: 1, content: [] }, requestId: 'R' });
  const prod = new YiwiseClient({ baseUrl: 'https://openapi.tanyibot.com', ...DEMO, fetch: c.fetch });
  await prod.knowledge.list({ botId: 1 });
  await prod.chat.send({ botId: 1, text: 'hi' }).catch(() => {});
  assert.equal(c.calls[0].url, 'https://brain.yiwise.com/apiOpen/knowledge/list?botId=1');
  assert.equal(c.calls[1].url, 'https://openapi.tanyibot.com/apiOpen/v1/chat');
  // Signed like every other call (an inference: the docs say nothing).
  assert.ok(c.calls[0].init.headers.signature && c.calls[0].init.headers.appKey === DEMO.appKey);
  const own = new YiwiseClient({ baseUrl: 'https://openapi.tanyibot.com', ...DEMO, fetch: c.fetch, knowledgeBaseUrl: 'https://kb.example.com/' });
  await own.knowledge.list({ botId: 1 });
  assert.equal(c.calls[2].url, 'https://kb.example.com/apiOpen/knowledge/list?botId=1');
  const local = new YiwiseClient({ baseUrl: 'http://127.0.0.1:1', ...DEMO, fetch: c.fetch });
  await local.knowledge.list({ botId: 1 });
  assert.equal(c.calls[3].url, 'http://127.0.0.1:1/apiOpen/knowledge/list?botId=1');
  const e = thrown(() => new YiwiseClient({ baseUrl: 'http://127.0.0.1:1', ...DEMO, knowledgeBaseUrl: 'ftp://kb' }));
  assert.deepEqual([e.kind, e.field], ['validation', 'knowledgeBaseUrl']);
});

test('job.create without robotCount is sent without it (the platform takes it: the vendor demo omits it)', async () => {
  const c = cannedFetch({ code: 200, data: { robotCallJobId: 9 }, requestId: 'R' });
  const yw = new YiwiseClient({ baseUrl: 'https://yw.test', ...DEMO, fetch: c.fetch });
  const robotCallJob = { name: 'x', mode: 'MANUAL', dialogFlowId: 1001, phoneType: 'MOBILE', dailyStartTime: '09:00', dailyEndTime: '20:00' };
  await yw.job.create({ jobPhoneNumberIdList: [276], robotCallJob });
  assert.ok(!('robotCount' in JSON.parse(c.calls[0].init.body).robotCallJob));
  const { robotCallJobId } = await yiwise().job.create({ jobPhoneNumberIdList: [276], robotCallJob });
  assert.equal(typeof robotCallJobId, 'number');
});

/** SimpleDemo.createTask's RobotCallJobPO (yiwise/openapidemo@2d4ec8c), with the simulator's ids. */
const SIMPLE_DEMO_JOB = {
  tenantId: 1, dialogFlowId: 1001, name: '测试名称0110-01', mode: 'MANUAL', dailyStartTime: '09:00', dailyEndTime: '20:00',
  inactiveStartTime: '12:00', inactiveEndTime: '13:00', description: 'gthjoitjdjfdk', smsTemplateId: 1, phoneType: 'MOBILE',
  wechatAlertLevel: [], smsAlertLevel: ['A'], alertUsers: [], earlyWarningAlertUsers: [], startTime: '2018-11-07 05:05:05', wechatSendMethod: 'SENDTOALL',
};

test('the demo\'s 2018 inactiveStartTime/inactiveEndTime are refused with a pointer to inactiveTimeList; without them its body goes through', async () => {
  const yw = yiwise();
  const e = await rejection(yw.job.create({ concurrencyQuota: 1, robotCallJob: SIMPLE_DEMO_JOB, jobPhoneNumberIdList: [276] }));
  assert.equal(e.kind, 'validation');
  assert.deepEqual(e.issues.map((i) => i.field), ['robotCallJob.inactiveStartTime', 'robotCallJob.inactiveEndTime']);
  assert.match(e.message, /inactiveTimeList/);
  const { inactiveStartTime, inactiveEndTime, ...rest } = SIMPLE_DEMO_JOB;
  const { robotCallJobId } = await yw.job.create({
    concurrencyQuota: 1, jobPhoneNumberIdList: [276],
    robotCallJob: { ...rest, inactiveTimeList: [{ startTime: inactiveStartTime, endTime: inactiveEndTime }] },
  });
  assert.deepEqual((await yw.job.getJobDetail({ robotCallJobId })).robotCallJob.inactiveTimeList, [{ startTime: '12:00', endTime: '13:00' }]);
});

test('job.modify takes the vendor TestDemo body (robotCallJobId inside, codes as numbers, its extra fields) and sends it as given', async () => {
  const yw = yiwise();
  const { robotCallJobId } = await yw.job.create({
    concurrencyQuota: 1, jobPhoneNumberIdList: [348],
    robotCallJob: { name: '改前', mode: 'MANUAL', dialogFlowId: 1001, phoneType: 'LANDLINE', dailyStartTime: '09:00', dailyEndTime: '20:00' },
  });
  // TestDemo.java (yiwise/openapidemo@cf40397), its ids swapped for the simulator's.
  const body = {
    concurrencyQuota: 2, jobPhoneNumberIdList: [348],
    robotCallJob: {
      concurrencyQuota: 3, enableConcurrency: true, robotCallJobId, name: '测试2', mode: 'AUTO', dailyStartTime: '09:00', dailyEndTime: '21:00',
      inactiveTimeList: [{ startTime: '10:00', endTime: '11:00' }, { startTime: '12:00', endTime: '13:00' }], description: '任务描述信息',
      smsTemplateId: 1, robotCount: 2, wechatAlertLevelCode: ['0', '1'], wechatConditionAlertLevel: [2], wechatAlertChatDurationThreshold: 10,
      smsAlertLevel: [], alertUsers: [1, 5], startTime: '2019-11-21 04:32:56', redialCondition: ['CALL_LOSS'], redialInterval: 6, redialTimes: 6,
      transferPhoneNumber: ['1523654789', '1758426896'], dialogFlowId: 1001, phoneType: 'LANDLINE',
    },
  };
  const sent = [];
  const spy = yiwise({ fetch: async (url, init) => { sent.push(JSON.parse(init.body)); return fetch(url, init); } });
  const r = await spy.job.modify(body);
  assert.equal(r.robotCallJobId, robotCallJobId);
  // Codes stay numbers, as the demo sends them; the extra fields go along.
  assert.deepEqual(sent[0].robotCallJob.wechatConditionAlertLevel, [2]);
  assert.deepEqual(sent[0].robotCallJob.wechatAlertLevelCode, [0, 1]);
  assert.deepEqual([sent[0].robotCallJob.enableConcurrency, sent[0].robotCallJob.wechatAlertChatDurationThreshold], [true, 10]);
  const d = await yw.job.getJobDetail({ robotCallJobId });
  assert.equal(d.robotCallJob.name, '测试2');
  const e = await rejection(yw.job.modify({ ...body, robotCallJob: { ...body.robotCallJob, wechatConditionAlertLevel: [-1] } }));
  assert.deepEqual([e.kind, e.field], ['validation', 'robotCallJob.wechatConditionAlertLevel[0]']);
});

test('job.oneTimeCall (demo-only) creates a task that calls at once; its data comes back as the platform sent it', async () => {
  const yw = yiwise();
  const data = await yw.job.oneTimeCall({
    dialogFlowId: 1001, jobPhoneNumberIdList: [348], phoneType: 'LANDLINE', customerPersons: [{ name: '小红羊', phoneNumber: '15088790310' }],
  });
  assert.equal(typeof data.robotCallJobId, 'number');
  let records = [];
  for (let i = 0; i < 400 && records.length === 0; i++) {
    records = (await yw.callRecord.getCallRecordInfoList({ robotCallJobId: data.robotCallJobId })).content;
    if (!records.length) await new Promise((r) => setTimeout(r, 10));
  }
  assert.deepEqual(records.map((r) => r.calledPhoneNumber), ['15088790310']);
  const e = await rejection(yw.job.oneTimeCall({ dialogFlowId: 1001, jobPhoneNumberIdList: [348], phoneType: 'LANDLINE', customerPersons: [] }));
  assert.deepEqual([e.kind, e.field], ['validation', 'customerPersons']);
});

test('phone.updatePhoneInfo…/updatePhonePrice… (demo-only) change what getPhoneList shows', async () => {
  const yw = yiwise();
  await yw.phone.updatePhoneInfoByTenantPhoneNumberId({
    tenantPhoneNumberId: 369, areaCode: '010', province: '北京市', city: '朝阳区', deadArea: [{ prov: 'xx省', city: 'xx市' }], callOutIndustry: 'FINANCE',
  });
  await yw.phone.updatePhonePriceByTenantPhoneNumberId({ tenantPhoneNumberId: 369, localBillRate: 9999, otherBillRate: 9999 });
  const line = (await yw.phone.getPhoneList()).find((l) => l.tenantPhoneNumberId === 369);
  assert.deepEqual([line.areaCode, line.city, line.callOutIndustry, line.localBillRate], ['010', '朝阳区', 'FINANCE', 9999]);
  const e = await rejection(yw.phone.updatePhonePriceByTenantPhoneNumberId({ tenantPhoneNumberId: 369, localBillRate: -1 }));
  assert.deepEqual([e.kind, e.field], ['validation', 'localBillRate']);
});

test('the signing proxy forwards chat and the knowledge endpoints (to knowledgeBaseUrl), and the browser client reaches them through it', async () => {
  const proxy = createYiwiseProxy({ baseUrl: sim.url, ...DEMO, allow: ['chat', 'knowledge/list'], authorize: () => true });
  const viaProxy = new YiwiseClient({
    baseUrl: 'http://proxy.local', viaProxy: true,
    fetch: (url, init) => proxy(new Request(url, init)),
  });
  const turn = await viaProxy.chat.send({ botId: 1, text: '你好' });
  assert.match(turn.sessionId, /\S/);
  const page = await viaProxy.knowledge.list({ botId: 1 });
  assert.ok(page.content.length >= 1);
  const refused = await rejection(viaProxy.knowledge.create({
    botId: 1, knowledgeCategoryName: 'x', title: 'y', status: 'ENABLED', answers: [{ gateways: ['ALL'], type: 'PURE_TEXT', content: 'z' }],
  }));
  assert.equal(refused.status, 403);
  const elsewhere = [];
  const routed = createYiwiseProxy({
    baseUrl: 'https://openapi.tanyibot.com', ...DEMO, allow: ['knowledge/list'], authorize: () => true,
    fetch: async (url) => { elsewhere.push(url); return new Response(JSON.stringify({ code: 200, data: { content: [] } })); },
  });
  // A canned upstream `fetch`: the production host is only named, never reached.
  await routed(new Request('http://proxy.local/apiOpen/knowledge/list?botId=1'));
  assert.deepEqual(elsewhere, ['https://brain.yiwise.com/apiOpen/knowledge/list?botId=1']);
  for (const [extra, field] of [[{ knowledgeBaseUrl: 'ftp://kb' }, 'knowledgeBaseUrl'], [{ knowledgeBaseUrl: 7 }, 'knowledgeBaseUrl'], [{ baseUrl: undefined }, 'baseUrl']]) {
    const e = thrown(() => createYiwiseProxy({ baseUrl: sim.url, ...DEMO, allow: ['chat'], authorize: () => true, ...extra }));
    assert.deepEqual([e.kind, e.issues.map((i) => i.field)], ['validation', [field]]);
  }
});
