// The Yiwise half of the simulator: routing of /apiOpen/{version}/{resource}/{function} (the 37
// endpoints of the 2019-07 docs, DOCS_2019_ENDPOINTS; the three the vendor's demos call, DEMO_ENDPOINTS),
// /apiOpen/v1/chat and /apiOpen/knowledge/{function} (the 2021-01 text-bot docs, NLP_ENDPOINTS);
// ENDPOINTS is all 44,
// authentication (signature, timestamp), the envelope, and one small handler per endpoint.
//
// Order of checks, as on the platform: unknown endpoint → 404, wrong method → 405,
// headers/signature/timestamp → 401, body → 400, then the handler (400/404 naming the field).
// API-level errors travel with HTTP 200 in the envelope `{ code, data, requestId, resultMsg, errorStackTrace }`.
import { BodyError, queryObject, readJsonBody, sendJson, sendText } from './http-util.mjs';
import { verifySignature } from './signature.mjs';
import { callbacksRoute } from './yiwise-callbacks.mjs';
import { signerRoute } from './yiwise-signer.mjs';
import {
  ApiError, DIAL_STATUS, INTENT_LEVELS, JOB_STATUS, JOB_STATUS_BY_ORDINAL, TASK_STATUS, badRequest, fmtDate, fmtDateTime, notFound, parseLocal,
} from './yiwise-state.mjs';
import {
  bool, date, dateTime, enumList, enumStr, given, id, int, intList, intentLevelList, list, object, oneOf, paginate, paging, str,
  stringMap, strList, timeOfDay,
} from './yiwise-params.mjs';
import * as V from './yiwise-views.mjs';

export const API_PREFIX = '/apiOpen/';
export const FILES_PREFIX = '/sim-files/';
export const VERSIONS = ['v1'];
export const MAX_SKEW_MS = 5 * 60 * 1000;
export const MAX_CUSTOMERS_PER_IMPORT = 100;

const GOT = '获取成功';
const CHANGED = '修改成功';
const reply = (data, resultMsg = GOT) => ({ data, resultMsg });

// ---- lookups that answer 404 naming the field ----

function jobOf(state, p, field = 'robotCallJobId') {
  const job = state.jobs.get(id(p, field));
  if (!job) throw notFound(field);
  return job;
}
function dialogFlowOf(state, p, field = 'dialogFlowId') {
  const d = state.dialogFlow(id(p, field));
  if (!d) throw notFound(field);
  return d;
}

// ---- tenant, phones, dialog flows, intent tags, staff groups, cost stats ----

const getTenant = (_p, { state }) => reply(V.tenantView(state.tenant));
const getPhoneList = (_p, { state }) => reply(state.phones.map(V.phoneView));
const getDialogFlowList = (_p, { state }) => reply(state.dialogFlows.map(V.dialogFlowView));
const getDialogFlowCallJobRelatedInfo = (p, { state }) => reply(V.dialogFlowFlagsView(dialogFlowOf(state, p)));

function exportDialogFlowWordDoc(p, { state, origin }) {
  const d = dialogFlowOf(state, p);
  const expires = Math.floor(Date.now() / 1000) + 3600;
  return reply(`${origin}${FILES_PREFIX}DialogFlowWordFile/dialogFlow_${d.dialogFlowId}.doc?Expires=${expires}&Signature=sim`);
}

const getUsedIntentLevelTagList = (_p, { state }) => reply(state.intentLevelTags.map(({ intentLevelTagId, name }) => ({ intentLevelTagId, name })));

function getIntentLevelTag(p, { state }) {
  const tag = state.intentLevelTag(id(p, 'intentLevelTagId'));
  if (!tag) throw notFound('intentLevelTagId');
  return reply(V.intentLevelTagView(tag));
}

function staffGroupList(p, { state }) {
  const page = paging(p, { required: true });
  return reply(paginate(state.staffGroups, page, (g) => V.staffGroupView(g, state)), '查询成功');
}

function callCostStatsInfo(p, { state }) {
  const start = date(p, 'startDate', { required: true });
  const end = date(p, 'endDate', { required: true });
  if (end < start) throw badRequest('endDate 不能早于 startDate');
  if (end - start > 366 * 86400000) throw badRequest('startDate 到 endDate 不能超过366天');
  const phoneNumberId = int(p, 'phoneNumberId', { min: 0 });
  if (phoneNumberId !== undefined && !state.phone(phoneNumberId)) throw notFound('phoneNumberId');
  const type = int(p, 'type', { min: 0, max: 4, def: 0 });
  enumStr(p, 'callInCostType', ['LOCAL_CALL_BILL', 'OTHER_CALL_BILL', 'LINE_MONTHLY_BILL', 'NONE']);
  return reply(V.callCostStatsView(state, { start, end, local: bool(p, 'local'), phoneNumberId, type }));
}

// ---- ISV accounts ----

function updateIsvInfo(p, { state }) {
  const isv = state.isvByTenantSign(str(p, 'tenantSign', { required: true }));
  if (!isv) throw notFound('tenantSign');
  for (const field of ['callbackUrl', 'smsCallbackUrl']) {
    if (p[field] !== undefined) isv[field] = str(p, field, { max: 500 }) ?? null;
  }
  if (isv.callbackUrl) state.callbacks.urlConfigured(isv.callbackUrl);
  return reply(null, CHANGED);
}

function genSubAccountIsv(p, { state, isv }) {
  const tenantSign = str(p, 'tenantSign', { required: true, max: 50 });
  const phoneNumber = str(p, 'phoneNumber', { required: true });
  if (!/^1\d{10}$/.test(phoneNumber)) throw badRequest('phoneNumber 格式错误，应为11位手机号');
  if (state.isvByTenantSign(tenantSign)) throw badRequest(`tenantSign ${tenantSign} 已存在`);
  state.createIsv({ tenantSign, phoneNumber }, isv);
  return reply(null, CHANGED);
}

function getIsvList(_p, { state, isv }) {
  const mine = state.isvs.filter((i) => i === isv || i.parentTenantSign === isv.tenantSign);
  return reply(mine.map(V.isvView));
}

// ---- call policy groups ----

/** Line ids of a policy group: `detailList: [{tenantPhoneNumberId}]` (example) or flat `tenantPhoneNumberId` (table). */
function policyLines(p, state, { required }) {
  let ids;
  if (p.detailList !== undefined) {
    const details = list(p, 'detailList', { required }) ?? [];
    ids = details.map((d, i) => id(object(d, `detailList[${i}]`), 'tenantPhoneNumberId'));
  } else if (given(p, 'tenantPhoneNumberId')) {
    ids = Array.isArray(p.tenantPhoneNumberId) ? intList(p, 'tenantPhoneNumberId') : [id(p, 'tenantPhoneNumberId')];
  }
  if (!ids?.length) {
    if (required) throw badRequest('tenantPhoneNumberId 不能为空');
    return undefined;
  }
  for (const n of ids) {
    const phone = state.phone(n);
    if (!phone) throw notFound('tenantPhoneNumberId', n);
    if (phone.phoneType === 'MOBILE') throw badRequest(`tenantPhoneNumberId ${n} 是手机线路，外呼策略组只能包含非手机线路`);
  }
  return [...new Set(ids)];
}

const DISPATCH = ['SORT_FIRST', 'LOCATION_MATCH_FIRST'];
const getIdAndNamePairList = (_p, { state }) => reply(state.policyGroups.map((g) => V.policyGroupPairView(g, state)), '执行成功');
const policyGroupList = (_p, { state }) => reply(state.policyGroups.map((g) => V.policyGroupView(g, state)), '执行成功');

function policyGroupCreate(p, { state }) {
  state.createPolicyGroup({
    name: str(p, 'name', { required: true, max: 50 }),
    remark: str(p, 'remark', { max: 200 }) ?? null,
    dispatchType: enumStr(p, 'dispatchType', DISPATCH, { required: true }),
    phoneIds: policyLines(p, state, { required: true }),
  });
  return reply(null, '创建成功');
}

function policyGroupUpdate(p, { state }) {
  const group = state.policyGroup(id(p, 'callPolicyGroupId'));
  if (!group) throw notFound('callPolicyGroupId');
  state.updatePolicyGroup(group, {
    name: given(p, 'name') ? str(p, 'name', { max: 50 }) : undefined,
    remark: p.remark !== undefined ? (str(p, 'remark', { max: 200 }) ?? null) : undefined,
    dispatchType: enumStr(p, 'dispatchType', DISPATCH),
    phoneIds: policyLines(p, state, { required: true }),
  });
  return reply(null, '更新成功');
}

// ---- jobs: the JobForm of create/modify (INVENTORY §1.2) ----

const PHONE_TYPES = ['MOBILE', 'LANDLINE', 'UNFIXED_CALL', 'CALL_POLICY_GROUP'];
const REDIAL = ['CALL_LOSS', 'NO_ANSWER', 'BUSY', 'REFUSED', 'POWER_OFF', 'OUT_OF_SERVICE', 'CAN_NOT_CONNECT', 'FROM_PHONE_ERROR', 'SYSTEM_ERROR'];

/** Validates a whole JobForm `{ concurrencyQuota, jobPhoneNumberIdList, transferPhoneNumber, robotCallJob: {...} }`. */
function jobForm(body, state) {
  const raw = object(body.robotCallJob, 'robotCallJob');
  const jp = Object.fromEntries(Object.entries(raw).map(([k, v]) => [`robotCallJob.${k}`, v]));
  const J = (k) => `robotCallJob.${k}`;
  const f = {
    name: str(jp, J('name'), { required: true, max: 50 }),
    mode: enumStr(jp, J('mode'), ['AUTO', 'MANUAL'], { required: true }),
    dailyStartTime: timeOfDay(jp, J('dailyStartTime'), { required: true }),
    dailyEndTime: timeOfDay(jp, J('dailyEndTime'), { required: true }),
    phoneType: enumStr(jp, J('phoneType'), PHONE_TYPES, { required: true }),
    description: str(jp, J('description'), { max: 1000 }) ?? null,
    smsTemplateId: int(jp, J('smsTemplateId'), { min: 0 }) ?? null,
    wechatSendMethod: enumStr(jp, J('wechatSendMethod'), ['SENDTOALL', 'SENDTOONE', 'SENDTONONE']) ?? 'SENDTOALL',
    alertUsers: intList(jp, J('alertUsers')) ?? [],
    earlyWarningAlertUsers: intList(jp, J('earlyWarningAlertUsers')) ?? [],
    // Letters, or their codes as numbers (TestDemo: `wechatConditionAlertLevel: [2]`, `smsAlertLevel: []`).
    smsAlertLevel: intentLevelList(jp, J('smsAlertLevel')) ?? [],
    wechatAlertLevel: intentLevelList(jp, J('wechatAlertLevel')) ?? [],
    wechatConditionAlertLevel: intentLevelList(jp, J('wechatConditionAlertLevel')) ?? [],
    smsAlertLevelCode: intList(jp, J('smsAlertLevelCode')) ?? [],
    wechatAlertLevelCode: intList(jp, J('wechatAlertLevelCode')) ?? [],
    wechatConditionAlertLevelCode: intList(jp, J('wechatConditionAlertLevelCode')) ?? [],
    redialCondition: enumList(jp, J('redialCondition'), REDIAL) ?? [],
    inactiveTimeList: inactiveTimes(raw.inactiveTimeList),
    // Undocumented, sent by the vendor's TestDemo inside robotCallJob: kept on the job (not shown by getJobDetail).
    enableConcurrency: (given(jp, J('enableConcurrency')) ? bool(jp, J('enableConcurrency')) : bool(body, 'enableConcurrency')) ?? null,
    wechatAlertChatDurationThreshold: (given(jp, J('wechatAlertChatDurationThreshold'))
      ? int(jp, J('wechatAlertChatDurationThreshold'), { min: 0 }) : int(body, 'wechatAlertChatDurationThreshold', { min: 0 })) ?? null,
    startTime: null,
  };
  if (f.dailyStartTime >= f.dailyEndTime) throw badRequest('robotCallJob.dailyStartTime 必须早于 robotCallJob.dailyEndTime');
  if (given(jp, J('startTime'))) {
    const start = parseLocal(str(jp, J('startTime')));
    if (!start) throw badRequest('robotCallJob.startTime 格式错误，应为 yyyy-MM-dd HH:mm:ss');
    f.startTime = str(jp, J('startTime')).length === 10 ? `${str(jp, J('startTime'))} 00:00:00` : str(jp, J('startTime')).replace('T', ' ').padEnd(19, ':00').slice(0, 19);
  }
  if (f.redialCondition.length) {
    f.redialInterval = int(jp, J('redialInterval'), { required: true, min: 6, max: 24 * 60 });
    f.redialTimes = int(jp, J('redialTimes'), { required: true, min: 1, max: 10 });
  } else {
    f.redialInterval = int(jp, J('redialInterval'), { min: 6, max: 24 * 60 }) ?? null;
    f.redialTimes = int(jp, J('redialTimes'), { min: 1, max: 10 }) ?? null;
  }
  const dialog = state.dialogFlow(id(jp, J('dialogFlowId')));
  if (!dialog) throw notFound('robotCallJob.dialogFlowId');
  if (dialog.status !== 'APPROVED') throw badRequest(`robotCallJob.dialogFlowId ${dialog.dialogFlowId} 的话术未审核通过`);
  f.dialogFlowId = dialog.dialogFlowId;
  const staff = raw.csStaffGroupId ?? body.csStaffGroupId;
  f.csStaffGroupId = int({ csStaffGroupId: staff }, 'csStaffGroupId', { required: dialog.humanInterventionExist, min: 0 }) ?? null;
  if (f.csStaffGroupId !== null && !state.staffGroup(f.csStaffGroupId)) throw notFound('csStaffGroupId');
  f.transferPhoneNumber = (list({ transferPhoneNumber: body.transferPhoneNumber ?? raw.transferPhoneNumber }, 'transferPhoneNumber', { required: dialog.jumpToHumanServiceExist }) ?? []).map(String);
  f.jobPhoneNumberIdList = intList(body, 'jobPhoneNumberIdList', { required: true });
  if (!f.jobPhoneNumberIdList.length) throw badRequest('jobPhoneNumberIdList 不能为空');
  checkLines(f.jobPhoneNumberIdList, f.phoneType, state);
  // Documented at the top level; TestDemo also sends one inside robotCallJob: the top-level one wins.
  f.concurrencyQuota = (!given(body, 'concurrencyQuota') && given(jp, J('concurrencyQuota'))
    ? int(jp, J('concurrencyQuota'), { min: 1, max: 1000 })
    : int(body, 'concurrencyQuota', { required: f.phoneType !== 'MOBILE', min: 1, max: 1000 })) ?? null;
  f.robotCount = int(jp, J('robotCount'), { min: 1, max: 1000 }) ?? (f.phoneType === 'MOBILE' ? f.jobPhoneNumberIdList.length : f.concurrencyQuota);
  return f;
}

function inactiveTimes(v) {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw badRequest('robotCallJob.inactiveTimeList 必须是数组');
  if (v.length > 3) throw badRequest('robotCallJob.inactiveTimeList 最多三个不可拨打时段');
  return v.map((w, i) => {
    const field = `robotCallJob.inactiveTimeList[${i}]`;
    object(w, field);
    const startTime = timeOfDay({ [`${field}.startTime`]: w.startTime }, `${field}.startTime`, { required: true });
    const endTime = timeOfDay({ [`${field}.endTime`]: w.endTime }, `${field}.endTime`, { required: true });
    if (startTime >= endTime) throw badRequest(`${field}.startTime 必须早于 ${field}.endTime`);
    return { startTime, endTime };
  });
}

/** The lines must exist and fit the phone type (a policy group: exactly one group id). */
function checkLines(ids, phoneType, state) {
  if (phoneType === 'CALL_POLICY_GROUP') {
    if (ids.length !== 1) throw badRequest('jobPhoneNumberIdList 在外呼策略组方式下只能包含一个外呼策略组id');
    if (!state.policyGroup(ids[0])) throw notFound('jobPhoneNumberIdList', ids[0]);
    return;
  }
  for (const n of ids) {
    const phone = state.phone(n);
    if (!phone) throw notFound('jobPhoneNumberIdList', n);
    if (phone.phoneType !== phoneType) throw badRequest(`jobPhoneNumberIdList ${n} 的线路类型是 ${phone.phoneType}，与 robotCallJob.phoneType ${phoneType} 不符`);
  }
}

/** The current job as a JobForm (so that modify can overlay just the given fields). */
function formOf(job) {
  const { concurrencyQuota, jobPhoneNumberIdList, transferPhoneNumber, csStaffGroupId } = job;
  const keys = ['name', 'mode', 'startTime', 'dailyStartTime', 'dailyEndTime', 'inactiveTimeList', 'dialogFlowId', 'phoneType',
    'description', 'smsTemplateId', 'wechatSendMethod', 'alertUsers', 'earlyWarningAlertUsers', 'smsAlertLevel', 'wechatAlertLevel',
    'wechatConditionAlertLevel', 'smsAlertLevelCode', 'wechatAlertLevelCode', 'wechatConditionAlertLevelCode', 'redialCondition',
    'redialInterval', 'redialTimes', 'robotCount', 'enableConcurrency', 'wechatAlertChatDurationThreshold'];
  return { concurrencyQuota, jobPhoneNumberIdList, transferPhoneNumber, csStaffGroupId, robotCallJob: Object.fromEntries(keys.map((k) => [k, job[k]])) };
}

// ---- jobs: handlers ----

function jobCreate(p, { state }) {
  const job = state.createJob(jobForm(p, state));
  return reply({ robotCallJobId: job.robotCallJobId }, '创建成功');
}

function jobModify(p, { state }) {
  const inner = object(p.robotCallJob, 'robotCallJob', { required: false }) ?? {};
  const jobId = given(p, 'robotCallJobId') ? p.robotCallJobId : inner.robotCallJobId;
  const job = jobOf(state, { robotCallJobId: jobId });
  if (job.status === 'IN_PROCESS') throw badRequest('任务进行中，请先暂停再修改');
  if (job.status === 'TERMINATE') throw badRequest('任务已终止，不可修改');
  const current = formOf(job);
  const { robotCallJob: _ignored, robotCallJobId: _id, ...top } = p;
  const merged = { ...current, ...top, robotCallJob: { ...current.robotCallJob, ...inner } };
  // Given inside robotCallJob only (the vendor's TestDemo), these replace the job's current top-level values.
  for (const k of ['concurrencyQuota', 'transferPhoneNumber']) {
    if (!given(top, k) && inner[k] !== undefined && inner[k] !== null) merged[k] = inner[k];
  }
  state.updateJob(job, jobForm(merged, state));
  return reply({ robotCallJobId: job.robotCallJobId }, CHANGED);
}

const operation = (op, msg) => (p, { state }) => {
  state.operate(jobOf(state, p), op);
  return reply(null, msg);
};

function jobDelete(p, { state }) {
  state.deleteJob(jobOf(state, p));
  return reply(null, '删除成功');
}

function importCustomer(p, { state }) {
  const job = jobOf(state, p);
  let persons = p.customerPersons;
  if (persons === undefined && given(p, 'phoneNumber')) persons = [{ name: p.name, phoneNumber: p.phoneNumber, properties: p.properties }];
  const valid = customerPersons(persons);
  if (job.status === 'TERMINATE') throw badRequest('任务已终止，不能导入客户');
  state.importCustomers(job, valid);
  return reply(null, '导入成功');
}

/** The `customerPersons` list of importCustomer and oneTimeCall (1 to 100 customers), validated. */
function customerPersons(persons) {
  if (persons === undefined || persons === null) throw badRequest('customerPersons 不能为空');
  if (!Array.isArray(persons)) throw badRequest('customerPersons 必须是数组');
  if (!persons.length) throw badRequest('customerPersons 不能为空');
  if (persons.length > MAX_CUSTOMERS_PER_IMPORT) throw badRequest(`customerPersons 单次导入客户数量不能大于${MAX_CUSTOMERS_PER_IMPORT}（本次 ${persons.length}）`);
  return persons.map((c, i) => customer(c, `customerPersons[${i}]`));
}

function customer(c, field) {
  object(c, field);
  const q = Object.fromEntries(Object.entries(c).map(([k, v]) => [`${field}.${k}`, v]));
  const phoneNumber = str(q, `${field}.phoneNumber`, { required: true }).trim();
  if (!/^\+?[0-9][0-9-]{2,19}$/.test(phoneNumber)) throw badRequest(`${field}.phoneNumber 格式错误`);
  const name = str(q, `${field}.name`, { max: 50 });
  const props = object(c.properties, `${field}.properties`, { required: false }) ?? {};
  const properties = {};
  for (const [k, v] of Object.entries(props)) {
    if (v !== null && typeof v === 'object') throw badRequest(`${field}.properties.${k} 必须是字符串`);
    properties[k] = v === null || v === undefined ? '' : String(v);
  }
  return { name, phoneNumber, properties };
}

function updateAiCount(p, { state }) {
  const job = jobOf(state, p);
  state.updateJob(job, { robotCount: int(p, 'robotCount', { required: true, min: 1, max: 1000 }) });
  return reply(null, CHANGED);
}

const JOB_STATUSES = Object.keys(JOB_STATUS);
const statusValue = (v, field) => oneOf(/^\d+$/.test(String(v)) ? (JOB_STATUS_BY_ORDINAL[v] ?? String(v)) : String(v), field, JOB_STATUSES);
const OPERATIONS = ['START', 'PAUSE', 'STOP'];

function checkAll(p, { state }) {
  const op = enumStr(p, 'operation', OPERATIONS, { required: true });
  const ids = intList(p, 'robotCallJobIdSet', { required: true });
  for (const n of ids) if (!state.jobs.has(n)) throw notFound('robotCallJobIdSet', n);
  const statuses = list(p, 'statusSet')?.map((s, i) => statusValue(s, `statusSet[${i}]`));
  const name = str(p, 'name');
  const from = date(p, 'beginCreateDate');
  const to = date(p, 'endCreateDate');
  const jobs = [...state.jobs.values()].filter((j) => (!ids.length || ids.includes(j.robotCallJobId))
    && (!statuses?.length || statuses.includes(j.status)) && (!name || j.name.includes(name))
    && (!from || fmtDate(j.createTime) >= fmtDate(from)) && (!to || fmtDate(j.createTime) <= fmtDate(to)));
  const executable = [];
  const unexecutable = [];
  for (const job of jobs) {
    const why = state.refusal(job, op);
    if (!why) executable.push(V.checkItem(job, state));
    else unexecutable.push({ robotCallJobId: job.robotCallJobId, robotCallJobName: job.name, msg: why, statsInfo: V.statsInfo(job, state) });
  }
  return reply({ executable, unexecutable }, '操作成功');
}

/** Applies the operation to each item; the answer lists the items that could not be done. */
function executeJobs(p, { state }) {
  const op = enumStr(p, 'operation', OPERATIONS, { required: true });
  const items = list(p, 'executable', { required: true });
  const ids = items.map((item, i) => id(object(item, `executable[${i}]`), 'robotCallJobId'));
  const failed = [];
  ids.forEach((jobId, i) => {
    const job = state.jobs.get(jobId);
    try {
      if (!job) throw notFound('robotCallJobId');
      state.operate(job, op);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      failed.push({ robotCallJobId: jobId, robotCallJobName: job?.name ?? items[i].robotCallJobName ?? null, msg: e.message });
    }
  });
  return reply(failed, '操作成功');
}

function getJobs(p, { state }) {
  const name = str(p, 'name');
  const status = given(p, 'status') ? statusValue(p.status, 'status') : undefined;
  const jobs = [...state.jobs.values()].reverse()
    .filter((j) => (!name || j.name.includes(name)) && (!status || j.status === status));
  return reply(paginate(jobs, paging(p), (j) => V.jobListItem(j, state)));
}

const getJobDetail = (p, { state }) => reply(V.jobDetailView(jobOf(state, p), state));
const getJobStats = (p, { state }) => reply(V.jobStatsView(jobOf(state, p), state));

function getJobProperties(p, { state }) {
  const job = jobOf(state, p);
  return reply(state.dialogFlow(job.dialogFlowId)?.properties ?? [], '获取自定义属性成功');
}

/** Body: `{ robotCallJobId: [...] }`, or a bare array (the docs' example is `{ [ ... ] }`). */
function getJobStatsInfoList(p, { state, body }) {
  const ids = Array.isArray(body) ? intList({ robotCallJobId: body }, 'robotCallJobId', { required: true })
    : intList(p, given(p, 'robotCallJobIds') && !given(p, 'robotCallJobId') ? 'robotCallJobIds' : 'robotCallJobId', { required: true });
  const data = {};
  for (const n of ids) {
    const job = state.jobs.get(n);
    if (!job) throw notFound('robotCallJobId', n);
    data[String(n)] = { taskTotal: job.taskIds.length, taskCompleted: state.completedCount(job) };
  }
  return reply(data);
}

// ---- call records ----

const DIAL_STATUSES = [...Object.keys(DIAL_STATUS), 'CALL_LOSS', 'TRANSFER_ARTIFICIAL'];
const FOLLOW = ['CLUE', 'AI_INITIAL_VISIT', 'PEOPLE_INITIAL_VISIT', 'AI_FOLLOW_UP', 'PEOPLE_FOLLOW_UP', 'QUOTE', 'DEAL', 'LOSS'];

/** The record filters shared by getCallRecordInfoList and reAddCustomerToJob. */
function recordFilter(p, state) {
  const resultStatuses = enumList(p, 'resultStatuses', DIAL_STATUSES);
  const intentLevels = enumList(p, 'intentLevels', INTENT_LEVELS);
  const words = str(p, 'searchWords');
  const dialogFlowId = int(p, 'dialogFlowId', { min: 0 });
  const customerGroupId = int(p, 'customerGroupId', { min: 0 });
  const hangupBy = str(p, 'hangupBy');
  return (r) => {
    const c = state.customers.get(r.customerPersonId);
    return (!resultStatuses?.length || resultStatuses.includes(r.resultStatus))
      && (!intentLevels?.length || intentLevels.includes(r.intentLevel))
      && (dialogFlowId === undefined || r.dialogFlowId === dialogFlowId)
      && (customerGroupId === undefined || c.customerGroupId === customerGroupId)
      && (!hangupBy || r.hangupBy === hangupBy)
      && (!words || r.calledPhoneNumber.includes(words) || String(r.callRecordId) === words || (c.name ?? '').includes(words));
  };
}

const READ_STATUS = ['NOT_READ', 'HAS_READ'];

/**
 * getCallRecordInfoList (callRecord.md of 2021-01): the filters of 2019-07 plus calledPhoneNumber,
 * callRecordId, customerPersonName, realIntent, customerConcern, readStatus, chatDurationMin/Max
 * (seconds, inclusive), lastCallRecord and redialTimes. With `lastCallRecord: true` only the newest
 * record of each called number of the job is kept, and then only robotCallJobId, resultStatuses,
 * intentLevels, chatDurationMin/Max and redialTimes apply (redialTimes applies only then), as the
 * docs say. Every filter is type-checked even when ignored (the platform reads the whole body first).
 */
function getCallRecordInfoList(p, { state }) {
  const job = jobOf(state, p);
  const keep = recordFilter(p, state);
  const page = paging(p);
  const resultStatuses = enumList(p, 'resultStatuses', DIAL_STATUSES);
  const intentLevels = enumList(p, 'intentLevels', INTENT_LEVELS);
  const phone = str(p, 'calledPhoneNumber');
  const callRecordId = int(p, 'callRecordId', { min: 0 });
  const name = str(p, 'customerPersonName');
  const realIntent = bool(p, 'realIntent');
  const concerns = list(p, 'customerConcern')?.map((c, i) => str({ [`customerConcern[${i}]`]: c }, `customerConcern[${i}]`));
  const readStatus = enumStr(p, 'readStatus', READ_STATUS);
  const min = int(p, 'chatDurationMin', { min: 0 });
  const max = int(p, 'chatDurationMax', { min: 0 });
  const lastCallRecord = bool(p, 'lastCallRecord') === true;
  const redialTimes = int(p, 'redialTimes', { min: 0 });
  const duration = (r) => (min === undefined || r.chatDuration >= min) && (max === undefined || r.chatDuration <= max);
  let records = state.jobRecords(job);
  if (lastCallRecord) {
    const newest = new Map();
    for (const r of records) { // the latest start wins (then the later record)
      const seen = newest.get(r.calledPhoneNumber);
      if (!seen || r.startTime >= seen.startTime) newest.set(r.calledPhoneNumber, r);
    }
    records = [...newest.values()].sort((a, b) => a.callRecordId - b.callRecordId).filter((r) => duration(r)
      && (!resultStatuses?.length || resultStatuses.includes(r.resultStatus))
      && (!intentLevels?.length || intentLevels.includes(r.intentLevel))
      && (redialTimes === undefined || (r.redialTimes ?? 0) === redialTimes));
  } else {
    records = records.filter((r) => keep(r) && duration(r)
      && (!phone || r.calledPhoneNumber.includes(phone))
      && (callRecordId === undefined || r.callRecordId === callRecordId)
      && (!name || (state.customers.get(r.customerPersonId)?.name ?? '').includes(name))
      && (realIntent === undefined || (r.realIntentLevel !== null && r.realIntentLevel !== undefined) === realIntent)
      && (!concerns?.length || concerns.some((c) => r.customerConcern.includes(c)))
      && (!readStatus || r.readStatus === readStatus));
  }
  return reply(paginate(records.reverse(), page, V.recordListItem));
}

function callDetail(p, { state }) {
  const record = state.records.get(id(p, 'callRecordId'));
  if (!record) throw notFound('callRecordId');
  record.readStatus = 'HAS_READ';
  return reply(V.callDetailView(record, state), '执行成功');
}

/** Tasks of the job matching phone/status filters; by default the ones not called yet. */
function uncalled(job, p, state) {
  const phone = str(p, 'calledPhoneNumber');
  const status = enumStr(p, 'taskStatus', TASK_STATUS);
  return state.jobTasks(job).filter((t) => (status ? t.status === status : t.status !== 'COMPLETED')
    && (!phone || state.customers.get(t.customerPersonId).phoneNumber.includes(phone)));
}

function toBeCalledList(p, { state }) {
  const job = jobOf(state, p);
  const page = paging(p, { maxSize: 1000 });
  return reply(paginate(uncalled(job, p, state), page, (t) => V.toBeCalledItem(t, state)), '执行成功');
}

function deleteRobotCallTask(p, { state }) {
  const task = state.tasks.get(id(p, 'robotCallTaskId'));
  if (!task) throw notFound('robotCallTaskId');
  state.deleteTask(task);
  return reply(null, '删除成功');
}

function deleteRobotCallTaskList(p, { state }) {
  const job = jobOf(state, p);
  const ids = intList(p, 'robotCallTaskIds') ?? [];
  let tasks;
  if (ids.length) {
    tasks = ids.map((n) => {
      const t = state.tasks.get(n);
      if (!t || t.robotCallJobId !== job.robotCallJobId) throw notFound('robotCallTaskIds', n);
      return t;
    });
    tasks.forEach((t) => state.assertDeletable(t));
  } else {
    tasks = uncalled(job, p, state).filter((t) => t.status !== 'IN_PROCESS' && t.status !== 'COMPLETED');
  }
  for (const t of tasks) state.deleteTask(t);
  return reply(null, '删除成功');
}

function reAddCustomerToJob(p, { state }) {
  const job = jobOf(state, p);
  const ids = intList(p, 'customerPersonIds', { required: true });
  enumStr(p, 'followStatus', FOLLOW);
  bool(p, 'lastCallRecord');
  const from = date(p, 'earliestCreationTime');
  const to = date(p, 'latestCreationTime');
  let customers;
  if (ids.length) {
    customers = ids.map((n) => state.customers.get(n) ?? (() => { throw notFound('customerPersonIds', n); })());
  } else {
    const keep = recordFilter(p, state);
    const inRange = (c) => (!from || fmtDate(c.creationTime) >= fmtDate(from)) && (!to || fmtDate(c.creationTime) <= fmtDate(to));
    const chosen = new Set([...state.records.values()].filter(keep).map((r) => r.customerPersonId));
    customers = [...chosen].map((n) => state.customers.get(n)).filter(inRange);
  }
  if (job.status === 'TERMINATE') throw badRequest('任务已终止，不能添加客户');
  state.reAddCustomers(job, customers);
  return reply(null, '添加成功');
}

// ---- 专业版文本机器人: chat (chat.md) and knowledge (knowledge.md), docs of 2021-01 ----

const EXECUTED = '执行成功';

function botOf(state, p) {
  const bot = state.bot(id(p, 'botId'));
  if (!bot) throw notFound('botId', p.botId);
  return bot;
}

/** One turn: `text*`, `botId*`, `sessionId?` (a new session when missing), `tag?` (passed back), `metaData?`. */
function chat(p, { state }) {
  const text = str(p, 'text', { required: true, max: 1000 });
  const bot = botOf(state, p);
  const sessionId = str(p, 'sessionId', { max: 64 });
  const tag = str(p, 'tag');
  const metaData = stringMap(p.metaData, 'metaData') ?? {};
  let session;
  if (sessionId) {
    session = state.chatSessions.get(sessionId);
    if (!session || session.botId !== bot.botId) throw notFound('sessionId', sessionId);
  } else {
    session = state.newChatSession(bot);
  }
  return reply(V.chatView(state.chat(bot, session, text, metaData), tag), EXECUTED);
}

const GATEWAYS = ['ALL', 'WEB', 'WECHAT_PUBLIC', 'WECHAT_MINI_PROGRAM', 'WEIBO'];
const ANSWER_TYPES = ['PURE_TEXT', 'RICH_TEXT'];
const KNOWLEDGE_STATUS = ['ENABLED', 'DISABLED', 'DRAFT'];

function knowledgeAnswer(a, field) {
  object(a, field);
  const q = Object.fromEntries(Object.entries(a).map(([k, v]) => [`${field}.${k}`, v]));
  const gateways = strList(q, `${field}.gateways`, { required: true });
  if (!gateways.length) throw badRequest(`${field}.gateways 不能为空`);
  gateways.forEach((g, i) => oneOf(g, `${field}.gateways[${i}]`, GATEWAYS));
  const out = {
    gateways: [...new Set(gateways)],
    type: enumStr(q, `${field}.type`, ANSWER_TYPES, { required: true }),
    content: str(q, `${field}.content`, { required: true, max: 5000 }),
    startTime: dateTime(q, `${field}.startTime`),
    endTime: dateTime(q, `${field}.endTime`),
    associatedKnowledgeList: [],
  };
  if (out.startTime && out.endTime && out.startTime >= out.endTime) throw badRequest(`${field}.startTime 必须早于 ${field}.endTime`);
  const related = a.associatedKnowledgeList;
  if (related !== undefined && related !== null) {
    if (!Array.isArray(related)) throw badRequest(`${field}.associatedKnowledgeList 必须是数组`);
    out.associatedKnowledgeList = structuredClone(related);
  }
  return out;
}

/** The Knowledge body of create and update (id, createTime and updateTime are the server's). */
function knowledgeForm(p, state, exceptId = null) {
  const bot = botOf(state, p);
  const title = str(p, 'title', { required: true, max: 200 }).trim();
  const similarTitleList = [...new Set((strList(p, 'similarTitleList') ?? []).map((t) => t.trim()).filter((t) => t && t !== title))];
  const answers = p.answers;
  if (answers === undefined || answers === null) throw badRequest('answers 不能为空');
  if (!Array.isArray(answers)) throw badRequest('answers 必须是数组');
  if (!answers.length) throw badRequest('answers 不能为空');
  const form = {
    botId: bot.botId,
    knowledgeCategoryName: str(p, 'knowledgeCategoryName', { required: true, max: 50 }).trim(),
    title,
    similarTitleList,
    answers: answers.map((a, i) => knowledgeAnswer(a, `answers[${i}]`)),
    status: enumStr(p, 'status', KNOWLEDGE_STATUS, { required: true }),
    referenceExtraId: str(p, 'referenceExtraId', { max: 100 }) ?? null,
  };
  const taken = state.knowledgeConflict(bot.botId, [title, ...similarTitleList], exceptId);
  if (taken === title) throw badRequest(`title ${title} 已存在，同一个机器人内知识标题需要唯一`);
  if (taken !== null) throw badRequest(`similarTitleList ${taken} 已存在，同一个机器人内相似句需要唯一`);
  return form;
}

function knowledgeList(p, { state }) {
  const bot = botOf(state, p);
  const page = paging(p);
  const keyword = str(p, 'keyword');
  const items = state.botKnowledge(bot.botId).filter((k) => !keyword || k.title.includes(keyword));
  return reply(paginate(items, page, V.knowledgeView), EXECUTED);
}

const knowledgeCreate = (p, { state }) => reply(V.knowledgeView(state.createKnowledge(knowledgeForm(p, state))), EXECUTED);

function knowledgeUpdate(p, { state }) {
  const knowledgeId = str(p, 'id', { required: true });
  const bot = botOf(state, p);
  const item = state.knowledge.get(knowledgeId);
  if (!item || item.botId !== bot.botId) throw notFound('id', knowledgeId);
  return reply(V.knowledgeView(state.updateKnowledge(item, knowledgeForm(p, state, item.id))), EXECUTED);
}

// ---- endpoints only the vendor's Java demos call (YIWISE-API-DELTA §4; answers are guesses) ----

/**
 * job/oneTimeCall (SimpleDemo 快速任务拨打): `{ dialogFlowId, jobPhoneNumberIdList, phoneType,
 * customerPersons: [{ name, phoneNumber }], properties? }` creates a MANUAL task with those
 * customers (top-level `properties` go to every customer, under the customer's own) and starts
 * it at once; the task then runs like any other. `concurrencyQuota` (optional here) defaults to
 * the number of customers. Answers `{ robotCallJobId }` (the simulator's guess).
 */
function oneTimeCall(p, { state }) {
  const dialog = dialogFlowOf(state, p);
  if (dialog.status !== 'APPROVED') throw badRequest(`dialogFlowId ${dialog.dialogFlowId} 的话术未审核通过`);
  const phoneType = enumStr(p, 'phoneType', PHONE_TYPES, { required: true });
  const properties = stringMap(p.properties, 'properties') ?? {};
  const persons = customerPersons(p.customerPersons).map((c) => ({ ...c, properties: { ...properties, ...c.properties } }));
  const form = jobForm({
    jobPhoneNumberIdList: p.jobPhoneNumberIdList,
    concurrencyQuota: given(p, 'concurrencyQuota') ? p.concurrencyQuota : Math.min(persons.length, 1000),
    transferPhoneNumber: p.transferPhoneNumber,
    csStaffGroupId: p.csStaffGroupId,
    robotCallJob: {
      name: `快速任务 ${fmtDateTime(new Date())}`, mode: 'MANUAL', dialogFlowId: dialog.dialogFlowId, phoneType,
      dailyStartTime: '09:00', dailyEndTime: '20:00', description: 'job/oneTimeCall',
    },
  }, state);
  const job = state.createJob(form);
  state.importCustomers(job, persons);
  state.operate(job, 'START');
  return reply({ robotCallJobId: job.robotCallJobId }, EXECUTED);
}

const INDUSTRIES = ['FINANCE', 'OTHER'];

function phoneOf(state, p) {
  const phone = state.phone(id(p, 'tenantPhoneNumberId'));
  if (!phone) throw notFound('tenantPhoneNumberId', p.tenantPhoneNumberId);
  return phone;
}

/** phone/updatePhoneInfoByTenantPhoneNumberId: the given fields of the line change; `data` null (a guess). */
function updatePhoneInfo(p, { state }) {
  const phone = phoneOf(state, p);
  const areaCode = str(p, 'areaCode');
  if (areaCode && !/^\d{3,4}$/.test(areaCode)) throw badRequest('areaCode 格式错误，应为3到4位数字区号');
  let deadArea;
  if (p.deadArea !== undefined && p.deadArea !== null) {
    if (!Array.isArray(p.deadArea)) throw badRequest('deadArea 必须是数组');
    deadArea = p.deadArea.map((d, i) => {
      const field = `deadArea[${i}]`;
      object(d, field);
      return { prov: str({ [`${field}.prov`]: d.prov }, `${field}.prov`, { max: 50 }) ?? null, city: str({ [`${field}.city`]: d.city }, `${field}.city`, { max: 50 }) ?? null };
    });
  }
  state.updatePhone(phone, {
    areaCode,
    province: str(p, 'province', { max: 50 }),
    city: str(p, 'city', { max: 50 }),
    deadArea,
    callOutIndustry: enumStr(p, 'callOutIndustry', INDUSTRIES),
  });
  return reply(null, CHANGED);
}

/** phone/updatePhonePriceByTenantPhoneNumberId: rates in 厘 per minute; `data` null (a guess). */
function updatePhonePrice(p, { state }) {
  const phone = phoneOf(state, p);
  const localBillRate = int(p, 'localBillRate', { min: 0 });
  const otherBillRate = int(p, 'otherBillRate', { min: 0 });
  if (localBillRate === undefined && otherBillRate === undefined) throw badRequest('localBillRate 和 otherBillRate 不能同时为空');
  state.updatePhone(phone, { localBillRate, otherBillRate });
  return reply(null, CHANGED);
}

// ---- the endpoint tables (the 37 of INVENTORY §1.1, the 4 of 2021-01, the 3 of the demos) ----

export const DOCS_2019_ENDPOINTS = Object.freeze({
  'GET callRecord/callDetail': callDetail,
  'POST callRecord/deleteRobotCallTask': deleteRobotCallTask,
  'GET callRecord/deleteRobotCallTaskList': deleteRobotCallTaskList,
  'POST callRecord/getCallRecordInfoList': getCallRecordInfoList,
  'GET callRecord/toBeCalledList': toBeCalledList,
  'GET callStats/callCostStatsInfo': callCostStatsInfo,
  'GET csRobot/staffGroupList': staffGroupList,
  'GET dialogFlow/exportDialogFlowWordDoc': exportDialogFlowWordDoc,
  'GET dialogFlow/getDialogFlowCallJobRelatedInfo': getDialogFlowCallJobRelatedInfo,
  'GET dialogFlow/getDialogFlowList': getDialogFlowList,
  'GET intentLevelTag/getIntentLevelTag': getIntentLevelTag,
  'GET intentLevelTag/getUsedIntentLevelTagList': getUsedIntentLevelTagList,
  'POST isv/genSubAccountIsv': genSubAccountIsv,
  'POST isv/getIsvList': getIsvList,
  'POST isv/updateIsvInfo': updateIsvInfo,
  'POST job/checkAll': checkAll,
  'POST job/create': jobCreate,
  'POST job/delete': jobDelete,
  'POST job/executeJobs': executeJobs,
  'GET job/getJobDetail': getJobDetail,
  'GET job/getJobProperties': getJobProperties,
  'GET job/getJobStats': getJobStats,
  'POST job/getJobStatsInfoList': getJobStatsInfoList,
  'GET job/getJobs': getJobs,
  'POST job/importCustomer': importCustomer,
  'PATCH job/modify': jobModify,
  'POST job/pause': operation('PAUSE', CHANGED),
  'POST job/reAddCustomerToJob': reAddCustomerToJob,
  'POST job/start': operation('START', CHANGED),
  'POST job/stop': operation('STOP', CHANGED),
  'POST job/updateAiCount': updateAiCount,
  'GET phone/getPhoneList': getPhoneList,
  'POST policyGroup/create': policyGroupCreate,
  'GET policyGroup/getIdAndNamePairList': getIdAndNamePairList,
  'GET policyGroup/list': policyGroupList,
  'POST policyGroup/update': policyGroupUpdate,
  'GET tenant/getTenant': getTenant,
});

/**
 * The endpoints the docs added in 2021-01 (专业版文本机器人). `chat` is under /apiOpen/v1/; the
 * knowledge ones are on another host in the docs (https://brain.yiwise.com/apiOpen/knowledge/…,
 * no version segment), served here on the simulator's own origin at /apiOpen/knowledge/….
 */
export const NLP_ENDPOINTS = Object.freeze({
  'POST chat': chat,
  'POST knowledge/create': knowledgeCreate,
  'GET knowledge/list': knowledgeList,
  'POST knowledge/update': knowledgeUpdate,
});

/** Paths without a version segment (`/apiOpen/knowledge/list`): their first part. */
export const UNVERSIONED_RESOURCES = Object.freeze(['knowledge']);

/** Endpoints in no docs commit, called by the vendor's Java demos (YIWISE-API-DELTA §4, App. B). */
export const DEMO_ENDPOINTS = Object.freeze({
  'POST job/oneTimeCall': oneTimeCall,
  'POST phone/updatePhoneInfoByTenantPhoneNumberId': updatePhoneInfo,
  'POST phone/updatePhonePriceByTenantPhoneNumberId': updatePhonePrice,
});

/** Every endpoint the simulator serves (`METHOD path`, as tests/fixtures/yiwise/endpoints.json): 37 + 4 + 3 = 44. */
export const ENDPOINTS = Object.freeze({ ...DOCS_2019_ENDPOINTS, ...NLP_ENDPOINTS, ...DEMO_ENDPOINTS });

// ---- auth ----

const AUTH_HEADERS = ['appKey', 'version', 'timestamp', 'signature'];
const unauthorized = (why) => new ApiError(401, `校验数据错误: ${why}`);

/** Checks the four auth headers against the ISV accounts; returns the calling ISV. */
export function authenticate(headers, state, version, now = Date.now()) {
  for (const name of AUTH_HEADERS) {
    if (!headers[name.toLowerCase()]) throw unauthorized(`缺少请求头 ${name}`);
  }
  const { appkey: appKey, version: sentVersion, timestamp, signature } = headers;
  if (sentVersion !== version) throw unauthorized(`请求头 version (${sentVersion}) 与接口版本 ${version} 不一致`);
  const isv = state.isvByAppKey(appKey);
  if (!isv) throw unauthorized(`appKey ${appKey} 不存在`);
  if (!/^\d{1,16}$/.test(timestamp)) throw unauthorized('timestamp 必须是毫秒时间戳');
  if (Math.abs(now - Number(timestamp)) > MAX_SKEW_MS) throw unauthorized('timestamp 与服务器时间相差超过5分钟');
  if (!verifySignature({ ...isv, version, timestamp }, signature)) throw unauthorized('signature 错误');
  return isv;
}

// ---- the router ----

/** Builds the Yiwise routes `[{ prefix, handle(req, res, url) }]` over `state`. */
export function createYiwiseApi(state) {
  const table = new Map(); // versioned: /apiOpen/{version}/{path}
  const unversioned = new Map(); // /apiOpen/{path} (knowledge)
  for (const [key, handler] of Object.entries(ENDPOINTS)) {
    const [method, path] = key.split(' ');
    const into = UNVERSIONED_RESOURCES.includes(path.split('/')[0]) ? unversioned : table;
    if (!into.has(path)) into.set(path, new Map());
    into.get(path).set(method, handler);
  }

  /** `{ version, path, methods }` of a request path (version null for the unversioned ones). */
  function route(pathname) {
    const segments = pathname.split('/').slice(2);
    if (UNVERSIONED_RESOURCES.includes(segments[0])) {
      const path = segments.slice(0, 2).join('/');
      return { version: null, path, methods: segments.length === 2 ? unversioned.get(path) : undefined };
    }
    const [version, resource, fn, ...rest] = segments;
    const path = fn === undefined ? resource : `${resource}/${fn}`;
    return { version, path, methods: rest.length ? undefined : table.get(path) };
  }

  const envelope = (res, code, data, resultMsg) => {
    res.apiCode = code;
    sendJson(res, 200, { code, data, requestId: state.nextRequestId(), resultMsg, errorStackTrace: null });
  };

  async function handleApi(req, res, url) {
    try {
      const { version, path, methods } = route(url.pathname);
      if (!methods) throw new ApiError(404, `资源未找到: ${url.pathname}`);
      if (version !== null && !VERSIONS.includes(version)) throw new ApiError(404, `资源未找到: 接口版本 ${version} 不存在`);
      const handler = methods.get(req.method);
      if (!handler) throw new ApiError(405, `请求方法 ${req.method} 不支持，${path} 应使用 ${[...methods.keys()].join('/')}`);
      // The knowledge paths have no version segment: they are signed with the version the header names (v1).
      const signedVersion = version ?? (VERSIONS.includes(req.headers.version) ? req.headers.version : VERSIONS[0]);
      const isv = authenticate(req.headers, state, signedVersion);
      const query = queryObject(url.searchParams);
      let body;
      let params = query;
      if (req.method !== 'GET') {
        body = await readJsonBody(req);
        if (body !== undefined && body !== null && typeof body === 'object' && !Array.isArray(body)) params = { ...query, ...body };
        else if (body !== undefined && !(Array.isArray(body) && path === 'job/getJobStatsInfoList')) throw badRequest('请求体必须是JSON对象');
      }
      const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
      const { data, resultMsg } = handler(params, { state, isv, body, origin });
      envelope(res, 200, data, resultMsg);
    } catch (e) {
      req.resume();
      if (e instanceof ApiError) envelope(res, e.code, null, e.message);
      else if (e instanceof BodyError) envelope(res, 400, null, e.message);
      else {
        console.error('yiwise simulator: unexpected error', e);
        envelope(res, 500, null, '未知错误');
      }
    }
  }

  /** The "Word document" of exportDialogFlowWordDoc: the dialog's script as text. */
  function handleFiles(req, res, url) {
    const m = /^\/sim-files\/DialogFlowWordFile\/dialogFlow_(\d+)\.doc$/.exec(url.pathname);
    const dialog = m && state.dialogFlow(Number(m[1]));
    if (!dialog || (req.method !== 'GET' && req.method !== 'HEAD')) return sendText(res, 404, 'Not Found');
    const text = [`话术: ${dialog.name} (dialogFlowId ${dialog.dialogFlowId})`, '', '主流程:', ...dialog.script.map((l, i) => `${i + 1}. ${l}`), ''].join('\n');
    return sendText(res, 200, text, 'application/msword;charset=UTF-8');
  }

  return [
    { prefix: API_PREFIX, handle: handleApi },
    { prefix: FILES_PREFIX, handle: handleFiles },
    callbacksRoute(state),
    signerRoute(state),
  ];
}
