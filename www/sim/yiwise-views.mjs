// Response shapes of the Yiwise simulator: state objects → the JSON of the docs' examples
// (same field names and nesting; date formats as each example writes them).
import { DIAL_STATUS, INTENT_LEVELS, fmtDate, fmtDateTime, fmtIso, fmtMinute } from './yiwise-state.mjs';

const round2 = (x) => Math.round(x * 100) / 100;
const withSeconds = (hhmm) => (hhmm && hhmm.length === 5 ? `${hhmm}:00` : hhmm);
const pick = (obj, keys) => Object.fromEntries(keys.map((k) => [k, obj[k] ?? null]));

/** "15600007777" → "156****7777" (the docs' toBeCalledList example masks numbers). */
export const maskPhone = (n) => (n.length >= 7 ? `${n.slice(0, 3)}****${n.slice(-4)}` : n);

export const tenantView = (t) => pick(t, ['tenantId', 'tenantName']);

export const phoneView = (p) => pick(p, [
  'tenantPhoneNumberId', 'phoneNumber', 'phoneName', 'phoneType', 'localBillRate', 'otherBillRate',
  'callOutIndustry', 'areaCode', 'province', 'city',
]);

/** Both documented shapes of getDialogFlowList (tenant.md and dialogFlow.md), merged. */
export const dialogFlowView = (d) => pick(d, ['dialogFlowId', 'name', 'intentLevelTagId', 'status', 'createTime', 'industry', 'subIndustry']);

export const dialogFlowFlagsView = (d) => pick(d, ['dialogFlowId', 'placeholderExist', 'jumpToHumanServiceExist', 'humanInterventionExist']);

export const intentLevelTagView = (t) => ({
  intentLevelTagId: t.intentLevelTagId,
  name: t.name,
  details: t.details.map(({ code, name }) => ({ code, name })),
});

export function staffGroupView(g, state) {
  return {
    createUserId: null, updateUserId: null, createTime: g.createTime, updateTime: g.createTime,
    csStaffGroupId: g.csStaffGroupId, groupName: g.groupName, dialogFlowId: g.dialogFlowId,
    groupCapacity: g.groupCapacity, tenantId: state.tenant.tenantId, groupType: 'CS', enabledStatus: 'ENABLE',
    dialogFlowName: state.dialogFlow(g.dialogFlowId)?.name ?? null, csStaffList: null,
  };
}

export const isvView = (i) => pick(i, ['tenantSign', 'appKey', 'appSecret', 'callbackUrl', 'smsCallbackUrl']);

export const policyGroupPairView = (g, state) => ({ callPolicyGroupId: g.callPolicyGroupId, tenantId: state.tenant.tenantId, name: g.name });

export function policyGroupView(g, state) {
  const tenantId = state.tenant.tenantId;
  const audit = (time) => ({ createUserId: 1, updateUserId: 1, createTime: time, updateTime: time });
  return {
    ...audit(g.createTime), updateTime: g.updateTime,
    callPolicyGroupId: g.callPolicyGroupId, tenantId, name: g.name, remark: g.remark ?? null,
    phoneType: 'NOT_MOBILE', dispatchType: g.dispatchType,
    detailList: g.detailList.map((d) => {
      const p = state.phone(d.tenantPhoneNumberId);
      return {
        ...audit(g.updateTime),
        callPolicyGroupDetailId: d.callPolicyGroupDetailId, callPolicyGroupId: g.callPolicyGroupId, tenantId,
        phoneNumberId: p.phoneNumberId, tenantPhoneNumberId: p.tenantPhoneNumberId, sort: d.sort,
        phoneNumberInfo: {
          createTime: null, updateTime: null, tenantPhoneNumberId: p.tenantPhoneNumberId,
          localBillRate: p.localBillRate, otherBillRate: p.otherBillRate, tenantId, concurrency: 0,
          phoneNumberId: p.phoneNumberId, phoneType: p.phoneType, accountFare: p.accountFare, enabledStatus: 1,
          monthlyBillRate: 0, callInLocalBillRate: 0, callInOtherBillRate: 0, callInBillMode: 'MONTHLY',
          lastHeartBeatTime: null, concurrenceLimit: p.concurrenceLimit, phoneNumber: p.phoneNumber,
          phoneName: p.phoneName, remark: null, sipAccount: '******', province: p.province, city: p.city,
          ownerName: state.tenant.tenantName, locationDisplayType: 'DEFAULT', ownerTenantId: tenantId,
        },
        lineStatus: { status: 'IDLE', isLineAvailable: true, hint: null, occupiedJobList: null },
      };
    }),
  };
}

// ---- jobs ----

export function jobListItem(job, state) {
  return {
    robotCallJobId: job.robotCallJobId, name: job.name, status: job.status,
    completedTask: state.completedCount(job), taskCallTotal: job.taskIds.length,
    createTime: fmtMinute(job.createTime), createdByUserName: job.createdByUserName, organizationName: job.organizationName,
  };
}

/** The lines of a job as `jobPhoneNumberList` items, sharing its concurrency between them. */
function lineItems(ids, job, state) {
  const phones = ids.map((i) => state.phone(i)).filter(Boolean);
  const total = Number(job.concurrencyQuota ?? phones.length) || phones.length;
  return phones.map((p, i) => ({
    tenantPhoneNumberId: p.tenantPhoneNumberId, phoneNumber: p.phoneNumber, phoneName: p.phoneName,
    enabledStatus: 1, phoneType: p.phoneType,
    concurrencyQuota: p.phoneType === 'MOBILE' ? 1 : Math.floor(total / phones.length) + (i < total % phones.length ? 1 : 0),
  }));
}

export function jobDetailView(job, state) {
  const group = job.phoneType === 'CALL_POLICY_GROUP' ? state.policyGroup(job.jobPhoneNumberIdList[0]) : null;
  return {
    robotCallJob: {
      robotCallJobId: job.robotCallJobId, tenantId: job.tenantId, dialogFlowId: job.dialogFlowId,
      dialogFlowName: state.dialogFlow(job.dialogFlowId)?.name ?? null, name: job.name, mode: job.mode,
      robotCount: job.robotCount, smsTemplateId: job.smsTemplateId, phoneType: job.phoneType,
      dailyStartTime: withSeconds(job.dailyStartTime), dailyEndTime: withSeconds(job.dailyEndTime),
      inactiveTimeList: job.inactiveTimeList, description: job.description,
      wechatAlertLevel: job.wechatAlertLevel, wechatAlertLevelCode: job.wechatAlertLevelCode,
      smsAlertLevel: job.smsAlertLevel, smsAlertLevelCode: job.smsAlertLevelCode,
      wechatConditionAlertLevel: job.wechatConditionAlertLevel, wechatConditionAlertLevelCode: job.wechatConditionAlertLevelCode,
      alertUsers: job.alertUsers, wechatSendMethod: job.wechatSendMethod, status: job.status,
      startTime: job.startTime, nextStartTime: job.nextStartTime,
      createTime: fmtDateTime(job.createTime), updateTime: fmtDateTime(job.updateTime),
      earlyWarningAlertUsers: job.earlyWarningAlertUsers, redialCondition: job.redialCondition,
      redialInterval: job.redialInterval, redialTimes: job.redialTimes, csStaffGroupId: job.csStaffGroupId,
    },
    jobPhoneNumberList: group ? [] : lineItems(job.jobPhoneNumberIdList, job, state),
    policyGroupPhoneNumberList: group ? lineItems(group.detailList.map((d) => d.tenantPhoneNumberId), job, state) : [],
    transferPhoneNumber: job.transferPhoneNumber,
    completedTask: state.completedCount(job),
    taskCallTotal: job.taskIds.length,
  };
}

/** `statsInfo` of checkAll / executeJobs items. */
export function statsInfo(job, state) {
  const records = state.jobRecords(job);
  const ab = new Set(records.filter((r) => r.intentLevel === 'A' || r.intentLevel === 'B').map((r) => r.customerPersonId));
  return {
    robotCallJobId: job.robotCallJobId, completedTask: state.completedCount(job), totalTask: job.taskIds.length,
    answeredTask: records.filter((r) => r.resultStatus === 'ANSWERED').length, ablevelCustomer: ab.size,
  };
}

export function checkItem(job, state) {
  return {
    robotCallJobId: job.robotCallJobId, robotCallJobName: job.name, createTime: fmtDateTime(job.createTime),
    createUserName: job.createdByUserName, status: job.status, hangUpType: null, hangUpReason: null,
    statsInfo: statsInfo(job, state),
  };
}

const bucket = (n, edges, names) => names[edges.findIndex((e) => n < e)] ?? names[names.length - 1];

export function jobStatsView(job, state) {
  const records = state.jobRecords(job);
  const answered = records.filter((r) => r.resultStatus === 'ANSWERED');
  const total = job.taskIds.length;
  const completed = state.completedCount(job);
  const count = (xs, key, keys) => Object.fromEntries(keys.map((k) => [k, xs.filter((x) => key(x) === k).length]));
  const rounds = ['LESS_3', 'F3_T6', 'F6_T10', 'F10_MORE'];
  const durations = ['LESS_10S', 'F10S_T1MIN', 'F1MIN_T2MIN', 'F2MIN_T3MIN', 'F3MIN_TMORE'];
  const days = [...new Set(records.map((r) => fmtDate(r.startTime)))].sort();
  const perDay = (f) => days.map((date) => ({ date, val: f(records.filter((r) => fmtDate(r.startTime) === date)) }));
  const ans = (rs) => rs.filter((r) => r.resultStatus === 'ANSWERED');
  const secs = (rs) => rs.reduce((n, r) => n + r.chatDuration, 0);
  const tag = state.intentLevelTag(state.dialogFlow(job.dialogFlowId)?.intentLevelTagId ?? 0) ?? state.intentLevelTag(0);
  return {
    taskProgress: total ? round2((completed / total) * 100) : 0,
    answeredRate: records.length ? round2((answered.length / records.length) * 100) : 0,
    intentLevel: count(records, (r) => r.intentLevel, INTENT_LEVELS),
    taskCallTotal: total,
    answeredTask: answered.length,
    chatDurationTotal: secs(records),
    completedTask: completed,
    customerConcern: [...new Set(records.flatMap((r) => r.customerConcern))],
    dialResult: count(records, (r) => r.resultStatus, Object.keys(DIAL_STATUS)),
    chatRound: count(answered, (r) => bucket(r.chatRound, [3, 6, 10], rounds), rounds),
    chatDuration: count(answered, (r) => bucket(r.chatDuration, [10, 60, 120, 180], durations), durations),
    callJobStatsBrokenLine: {
      taskCallCompletedList: perDay((rs) => rs.length),
      answeredTaskList: perDay((rs) => ans(rs).length),
      answeredTaskRateList: perDay((rs) => round2((ans(rs).length / rs.length) * 100)),
      chatDurationTotalList: perDay(secs),
      averageDurationList: perDay((rs) => (ans(rs).length ? Math.round(secs(rs) / ans(rs).length) : 0)),
      intentLevelTagDetailList: tag.details.map((d) => ({
        code: d.code, intentLevelTagDetailId: d.intentLevelTagDetailId, intentLevelTagId: tag.intentLevelTagId, name: d.name,
      })),
    },
  };
}

// ---- call records ----

const RECORD_FIELDS = [
  'hangupBy', 'callRecordId', 'tenantId', 'robotCallJobId', 'dialogFlowId', 'robotCallTaskId', 'customerPersonId',
  'calledPhoneNumber', 'phoneNumberId', 'resultStatus', 'intentLevel', 'intentLevelName', 'realIntentLevel',
  'realIntentLevelName', 'intentLevelTagId', 'customerConcern', 'fullAudioUrl', 'customerAudioUrl', 'analysisBasis',
];

export function recordListItem(r) {
  return {
    ...pick(r, RECORD_FIELDS),
    startTime: fmtDateTime(r.startTime), chatDuration: r.chatDuration, chatRound: r.chatRound,
    redialTimes: r.redialTimes ?? 0, readStatus: r.readStatus, callDetailList: r.callDetailList,
  };
}

export function customerPersonView(c, state) {
  return {
    customerPersonId: c.customerPersonId, creationTime: fmtMinute(c.creationTime), tenantId: c.tenantId,
    customerGroupId: c.customerGroupId, name: c.name, phoneNumber: c.phoneNumber, wechatNumber: c.wechatNumber,
    source: c.source, gender: c.gender, properties: c.properties, lastFollowTime: fmtDateTime(c.lastFollowTime),
    lastChatDuration: c.lastChatDuration, lastStartTime: fmtDateTime(c.lastStartTime), lastIntentLevel: c.lastIntentLevel,
    lastDialStatus: c.lastDialStatus, assignTime: fmtDateTime(c.assignTime),
    customerGroupName: state.customerGroup(c.customerGroupId)?.name ?? null,
  };
}

export function callDetailView(r, state) {
  return {
    callRecordId: r.callRecordId, customerAudioUrl: r.customerAudioUrl,
    startTime: fmtIso(r.startTime), endTime: fmtIso(r.endTime), chatRound: r.chatRound, chatDuration: r.chatDuration,
    customerPerson: customerPersonView(state.customers.get(r.customerPersonId), state),
    resultStatus: r.resultStatus, intentLevel: r.intentLevel, intentLevelName: r.intentLevelName,
    realIntentLevel: r.realIntentLevel, realIntentLevelName: r.realIntentLevelName, intentLevelTagId: r.intentLevelTagId,
    customerConcern: r.customerConcern, fullAudioUrl: r.fullAudioUrl, analysisBasis: r.analysisBasis,
    attributes: r.attributes, callDetailList: r.callDetailList, robotCallJobId: r.robotCallJobId,
    redialTimes: r.redialTimes ?? 0,
  };
}

export function toBeCalledItem(task, state) {
  const c = state.customers.get(task.customerPersonId);
  return {
    robotCallTaskId: task.robotCallTaskId, customerPersonId: c.customerPersonId, customerPersonName: c.name,
    calledPhoneNumber: maskPhone(c.phoneNumber), customerPersonGroupName: state.customerGroup(c.customerGroupId)?.name ?? '',
    status: task.status, inWhiteList: false, properties: { ...c.properties, ...task.properties }, inShareWhiteList: null,
  };
}

// ---- 专业版文本机器人 (chat.md, knowledge.md) ----

/** A knowledge item as the docs' knowledge/list, create and update examples show it (field order included). */
export function knowledgeView(k) {
  return {
    createTime: fmtDateTime(k.createTime), updateTime: fmtDateTime(k.updateTime), id: k.id, botId: k.botId,
    knowledgeCategoryName: k.knowledgeCategoryName, title: k.title, similarTitleList: [...k.similarTitleList],
    answers: k.answers.map((a) => ({
      gateways: [...a.gateways], type: a.type, content: a.content, startTime: a.startTime ?? null, endTime: a.endTime ?? null,
      associatedKnowledgeList: structuredClone(a.associatedKnowledgeList ?? []),
    })),
    status: k.status, referenceExtraId: k.referenceExtraId ?? null,
  };
}

/**
 * The `data` of a chat turn, as the docs' example (`messages`, an array, although the docs' table
 * says `message`); `tag` is passed back only when the request had one (the docs' example leaves it out).
 */
export function chatView({ chatId, session, answer, answerSource, recommends }, tag) {
  const data = { chatId, sessionId: session.sessionId, messages: [{ text: { answer, answerSource }, recommends }] };
  if (tag !== undefined && tag !== null) data.tag = tag;
  return data;
}

// ---- call cost statistics ----

/** callStats/callCostStatsInfo over the AI call records between two dates (inclusive). */
export function callCostStatsView(state, { start, end, local, phoneNumberId, type }) {
  const from = fmtDate(start);
  const to = fmtDate(end);
  const records = type !== 0 ? [] : [...state.records.values()].filter((r) => {
    const day = fmtDate(r.startTime);
    return day >= from && day <= to && (local === undefined || r.local === local)
      && (phoneNumberId === undefined || r.phoneNumberId === phoneNumberId) && state.phone(r.phoneNumberId);
  });
  const groups = new Map();
  for (const r of records) {
    const key = `${fmtDate(r.startTime)}|${r.phoneNumberId}|${r.local}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(r);
  }
  const rows = [...groups.values()].map((rs) => costRow(rs, state)).sort((a, b) => a.localDate.localeCompare(b.localDate) || a.phoneNumberId - b.phoneNumberId);
  const byDay = {};
  for (let d = new Date(start); fmtDate(d) <= to; d = new Date(d.getTime() + 86400000)) {
    const day = fmtDate(d);
    const dayRows = rows.filter((r) => r.localDate === day);
    byDay[day] = dayRows.length ? dayRows : null;
  }
  const lines = new Map(rows.map((r) => [`${r.phoneNumberId}|${r.local}`, r]));
  return {
    callCostStatsPhoneNumberList: rows,
    callCostStatsPhoneNumberChat: byDay,
    smsCostInfoList: Object.keys(byDay).filter((d) => byDay[d]).map((date) => ({ date, smsAmount: 0, smsBillAmount: 0, smsCost: 0 })),
    totalPhoneNumberLocal: [...lines.values()].map((r) => pick(r, ['phoneNumberId', 'phoneNumberName', 'phoneNumber', 'local', 'phoneType', 'tenantPhoneNumberStatus'])),
  };
}

function costRow(rs, state) {
  const r0 = rs[0];
  const phone = state.phone(r0.phoneNumberId);
  const answered = rs.filter((r) => r.resultStatus === 'ANSWERED');
  const seconds = answered.reduce((n, r) => n + r.chatDuration, 0);
  const billMinutes = answered.reduce((n, r) => n + Math.ceil(r.chatDuration / 60), 0);
  const costLi = billMinutes * (r0.local ? phone.localBillRate : phone.otherBillRate);
  return {
    localDate: fmtDate(r0.startTime), phoneNumberId: phone.tenantPhoneNumberId, phoneNumberName: phone.phoneName,
    local: r0.local, answeredCall: answered.length, chatTimeList: seconds, billChatTimeList: billMinutes,
    callCostList: costLi, phoneNumber: phone.phoneNumber, phoneType: phone.phoneType, tenantPhoneNumberStatus: 1,
    myChatTimeList: Math.ceil(seconds / 60), myCallCostList: round2(costLi / 1000),
  };
}
