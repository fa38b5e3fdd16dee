// Every one of the 44 endpoints (41 of the 2021-01 docs, 3 of the vendor's demos), called through the built package against the
// simulator: params validate, the request is signed and routed, and the result
// decodes into the documented shape (the listed fields survive decoding).
// The docs' own request example is used where the simulator holds its ids.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { YiwiseClient } from 'yiwise-rongzi';
import { DEMO, simulator } from './helpers.mjs';

const fixture = (name) =>
  JSON.parse(readFileSync(new URL(`../fixtures/yiwise/${name}.request.json`, import.meta.url), 'utf8'));
const inventory = JSON.parse(readFileSync(new URL('../fixtures/yiwise/endpoints.json', import.meta.url), 'utf8'));

let sim;
let yw;
before(async () => {
  sim = await simulator({ callMs: 5 });
  yw = new YiwiseClient({ baseUrl: sim.url, ...DEMO });
});
after(() => sim?.close());
beforeEach(() => sim.reset());

/** Reads `a.b.0.c` out of `value`; undefined when any step is missing. */
const at = (value, path) => path.split('.').reduce((v, k) => (v == null ? undefined : v[k]), value);

// [resource.function, params, fields that must be present in the result ('' = resolves undefined), setup?]
const TABLE = [
  ['tenant.getTenant', undefined, ['tenantId', 'tenantName']],
  ['phone.getPhoneList', undefined, ['0.tenantPhoneNumberId', '0.phoneNumber', '0.phoneType', '0.localBillRate', '0.callOutIndustry']],
  ['dialogFlow.getDialogFlowList', undefined, ['0.dialogFlowId', '0.name', '0.status', '0.industry']],
  ['dialogFlow.getDialogFlowCallJobRelatedInfo', { dialogFlowId: 1001 }, ['dialogFlowId', 'placeholderExist', 'jumpToHumanServiceExist', 'humanInterventionExist']],
  ['dialogFlow.exportDialogFlowWordDoc', { dialogFlowId: 1001 }, []],
  ['callStats.callCostStatsInfo', { startDate: '2019-04-30', endDate: '2019-05-30' }, ['callCostStatsPhoneNumberList.0.localDate', 'totalPhoneNumberLocal.0.phoneNumberId']],
  ['csRobot.staffGroupList', { pageNum: 1, pageSize: 20 }, ['number', 'totalElements', 'content.0.csStaffGroupId', 'content.0.groupName']],
  ['intentLevelTag.getUsedIntentLevelTagList', undefined, ['0.intentLevelTagId', '0.name']],
  ['intentLevelTag.getIntentLevelTag', fixture('intentLevelTag/getIntentLevelTag'), ['intentLevelTagId', 'name', 'details.5.code', 'details.5.name']],
  ['isv.updateIsvInfo', { tenantSign: 'demo-tenant', callbackUrl: 'http://127.0.0.1:9/callback' }, ['']],
  ['isv.genSubAccountIsv', { tenantSign: 'demo-sub-2', phoneNumber: '16600000002' }, ['']],
  ['isv.getIsvList', undefined, ['0.tenantSign', '0.appKey']],
  ['policyGroup.getIdAndNamePairList', undefined, ['0.callPolicyGroupId', '0.tenantId', '0.name']],
  ['policyGroup.list', undefined, ['0.callPolicyGroupId', '0.name', '0.dispatchType', '0.detailList.0.sort', '0.detailList.0.phoneNumberInfo.phoneNumber']],
  ['policyGroup.create', fixture('policyGroup/create'), ['']],
  ['policyGroup.update', fixture('policyGroup/update'), ['']],
  ['job.create', fixture('job/create'), ['robotCallJobId']],
  ['job.start', { robotCallJobId: 2 }, ['']],
  ['job.pause', { robotCallJobId: 2 }, [''], () => yw.job.start({ robotCallJobId: 2 })],
  ['job.stop', { robotCallJobId: 2 }, ['']],
  ['job.delete', { robotCallJobId: '2' }, ['']],
  ['job.importCustomer', { ...fixture('job/importCustomer'), robotCallJobId: 2 }, ['']],
  ['job.updateAiCount', { ...fixture('job/updateAiCount'), robotCallJobId: 2 }, ['']],
  ['job.checkAll', { operation: 'START', robotCallJobIdSet: [1, 2] }, ['executable.0.robotCallJobId', 'executable.0.status', 'unexecutable.0.msg']],
  ['job.executeJobs', { operation: 'START', executable: [{ robotCallJobId: 2 }, { robotCallJobId: 1 }] }, ['0.robotCallJobId', '0.msg']],
  ['job.modify', { ...fixture('job/modify'), robotCallJob: { ...fixture('job/modify').robotCallJob, robotCallJobId: 2 } }, ['robotCallJobId']],
  ['job.reAddCustomerToJob', { robotCallJobId: 2, customerPersonIds: [2006001, 2006002] }, ['']],
  ['job.getJobStatsInfoList', { robotCallJobId: ['1', '2'] }, ['1.taskTotal', '1.taskCompleted', '2.taskTotal']],
  ['job.getJobs', { pageNum: 1, pageSize: 10 }, ['number', 'totalElements', 'content.0.robotCallJobId', 'content.0.name', 'content.0.status', 'content.0.createTime']],
  ['job.getJobDetail', { robotCallJobId: 1 }, ['robotCallJob.robotCallJobId', 'robotCallJob.status', 'robotCallJob.dailyStartTime', 'jobPhoneNumberList.0.tenantPhoneNumberId']],
  ['job.getJobStats', { robotCallJobId: 1 }, ['taskProgress', 'answeredRate', 'intentLevel.A', 'dialResult.ANSWERED', 'callJobStatsBrokenLine.taskCallCompletedList.0.date']],
  ['job.getJobProperties', { robotCallJobId: 2 }, ['0']],
  ['callRecord.getCallRecordInfoList', { robotCallJobId: 1, pageNum: 1, pageSize: 20 }, ['totalElements', 'content.0.callRecordId', 'content.0.resultStatus', 'content.0.calledPhoneNumber']],
  ['callRecord.callDetail', { callRecordId: 47 }, ['callRecordId', 'resultStatus', 'customerPerson.customerPersonId', 'callDetailList.0.text', 'callDetailList.0.type']],
  ['callRecord.toBeCalledList', { robotCallJobId: 1 }, ['content.0.robotCallTaskId', 'content.0.calledPhoneNumber', 'content.0.status']],
  ['callRecord.deleteRobotCallTask', { robotCallTaskId: 3033235 }, ['']],
  ['callRecord.deleteRobotCallTaskList', { robotCallJobId: 2, robotCallTaskIds: [3033301, 3033302] }, ['']],
  // The 2021-01 docs: their own examples (the docs' chat example names bot 123, which the simulator holds).
  ['chat.send', fixture('chat'), ['chatId', 'sessionId', 'messages.0.text.answer', 'messages.0.text.answerSource', 'tag']],
  ['knowledge.list', { botId: 1 }, ['number', 'totalElements', 'content.0.id', 'content.0.answers.0.gateways.0', 'content.0.status']],
  ['knowledge.create', fixture('knowledge/create'), ['id', 'createTime', 'title', 'answers.0.type']],
  ['knowledge.update', fixture('knowledge/update'), ['id', 'updateTime', 'answers.0.content'], () => yw.knowledge.create(fixture('knowledge/create'))],
  // The vendor's demos (SimpleDemo), with the simulator's ids.
  ['job.oneTimeCall', { ...fixture('job/oneTimeCall'), dialogFlowId: 1001, jobPhoneNumberIdList: [348] }, ['robotCallJobId']],
  ['phone.updatePhoneInfoByTenantPhoneNumberId', { ...fixture('phone/updatePhoneInfoByTenantPhoneNumberId'), tenantPhoneNumberId: 276 }, ['']],
  ['phone.updatePhonePriceByTenantPhoneNumberId', { ...fixture('phone/updatePhonePriceByTenantPhoneNumberId'), tenantPhoneNumberId: 276 }, ['']],
];

test('the table covers the inventory: 44 endpoints, each once', () => {
  assert.deepEqual(TABLE.map(([name]) => name).sort(), inventory.map((e) => e.js).sort());
});

for (const [name, params, fields, setup] of TABLE) {
  test(`${name} round-trips through the simulator`, async () => {
    const [resource, fn] = name.split('.');
    await setup?.();
    const result = await yw[resource][fn](params);
    if (fields.includes('')) {
      assert.equal(result, undefined, 'an action endpoint resolves undefined');
      return;
    }
    assert.notEqual(result, undefined);
    for (const f of fields) assert.notEqual(at(result, f), undefined, `${name}: ${f} is present`);
    if (name === 'dialogFlow.exportDialogFlowWordDoc') assert.match(result, /^http:\/\/127\.0\.0\.1:\d+\//);
  });
}

test('actions change the simulated state the way the docs describe', async () => {
  const before = (await yw.job.getJobs({ pageNum: 1, pageSize: 100 })).totalElements;
  const { robotCallJobId } = await yw.job.create(fixture('job/create'));
  assert.equal((await yw.job.getJobs({ pageNum: 1, pageSize: 100 })).totalElements, before + 1);
  await yw.job.updateAiCount({ robotCallJobId, robotCount: 3 });
  await yw.job.stop({ robotCallJobId });
  assert.equal((await yw.job.getJobDetail({ robotCallJobId })).robotCallJob.status, 'TERMINATE');
  await yw.job.delete({ robotCallJobId });
  assert.equal((await yw.job.getJobs({ pageNum: 1, pageSize: 100 })).totalElements, before);
});
