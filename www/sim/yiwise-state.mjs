// In-memory state of the Yiwise simulator and the call simulation.
//
// Jobs own tasks (one per imported customer, `robotCallTaskId`); a running job dials its
// NOT_STARTED tasks in order, up to its concurrency at once; each call takes `callMs` ms
// (an unref'd timer) and leaves a call record whose outcome is a pure function of
// (seed, phone number, how many times that customer was called before), so runs are
// reproducible per seed and a number behaves the same in every job.
//
// The job state machine (Introduction.md, 流程说明 第二部分):
//   NOT_STARTED --start--> IN_PROCESS --(every task called)--> COMPLETED (ROBOT_CALL_JOB callback)
//   IN_PROCESS --pause--> IN_PROCESS with `pausing` while calls are under way --(they end)--> USER_PAUSE
//   USER_PAUSE --start--> IN_PROCESS (resume; refused while still pausing: "未完全暂停")
//   any but COMPLETED/TERMINATE --stop--> TERMINATE (final: nothing starts, pauses or imports again)
//   COMPLETED --import, then start--> IN_PROCESS
// Repeating the current operation (start a running job, pause a paused or pausing one, stop a
// terminated one) is a no-op; any other transition answers code 400 naming the status.
//
// The text bots of the 2021-01 docs (chat.md, knowledge.md) live here too: knowledge items per bot
// (`knowledge`, shared by knowledge/* and the chat answers) and chat sessions (`chatSessions`).
import { createHash } from 'node:crypto';
import { YiwiseCallbacks } from './yiwise-callbacks.mjs';
import { seedData } from './yiwise-fixtures.mjs';

/** An API-level failure: becomes the envelope `{ code, resultMsg }` (HTTP 200). */
export class ApiError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

export const badRequest = (msg) => new ApiError(400, msg);
export const notFound = (field, value) => new ApiError(404, value === undefined ? `${field} 不存在` : `${field} ${value} 不存在`);

// ---- enums (INVENTORY.md §2) ---------------------------------------------------------------

/** E3 JobStatus with labels. */
export const JOB_STATUS = Object.freeze({
  NOT_STARTED: '未开始', IN_PROCESS: '进行中', COMPLETED: '已完成', RUNNABLE: '可运行', USER_PAUSE: '用户暂停',
  SYSTEM_SUSPENDED: '系统暂停', TERMINATE: '已终止', IN_QUEUE: '排队中', SYSTEM_HANG_UP: '系统挂起',
  WAITING_FOR_REDIAL: '等待重呼', ACCOUNT_DISABLE: '账户禁用', MAINTAIN: '系统维护',
});
/** E3 ordinals (the docs' getJobs example passes `status=1`). */
export const JOB_STATUS_BY_ORDINAL = Object.freeze({
  0: 'NOT_STARTED', 1: 'IN_PROCESS', 2: 'COMPLETED', 3: 'RUNNABLE', 4: 'USER_PAUSE', 5: 'SYSTEM_SUSPENDED',
  6: 'TERMINATE', 7: 'IN_QUEUE', 10: 'SYSTEM_HANG_UP', 11: 'WAITING_FOR_REDIAL', 12: 'ACCOUNT_DISABLE', 13: 'MAINTAIN',
});
/** E4 DialStatus values 0–9 (the ones a call record can have) with labels. */
export const DIAL_STATUS = Object.freeze({
  ANSWERED: '已接听', NO_ANSWER: '无应答', BUSY: '忙线中', POWER_OFF: '关机', OUT_OF_SERVICE: '停机',
  REFUSED: '拒接', VACANT_NUMBER: '空号', CAN_NOT_CONNECT: '无法接通', FROM_PHONE_ERROR: '主叫号码不可用',
  SYSTEM_ERROR: '外呼失败',
});
export const INTENT_LEVELS = Object.freeze(['A', 'B', 'C', 'D', 'E', 'F']);
/** E17 RobotCallTaskStatus. */
export const TASK_STATUS = Object.freeze(['NOT_STARTED', 'IN_PROCESS', 'COMPLETED', 'RETRY', 'AUTO_RETRY', 'IN_CACHE']);

const RESULT_WEIGHTS = [
  ['ANSWERED', 68], ['NO_ANSWER', 12], ['BUSY', 8], ['POWER_OFF', 4], ['REFUSED', 3],
  ['OUT_OF_SERVICE', 2], ['VACANT_NUMBER', 2], ['CAN_NOT_CONNECT', 1],
];
const INTENT_WEIGHTS = [['A', 15], ['B', 25], ['C', 20], ['D', 15], ['E', 25]];
const MAX_CONCURRENCY = 20;

// ---- time (the platform's wall clock is Asia/Shanghai, UTC+8, no DST) ------------------------

const SHANGHAI_MS = 8 * 3600 * 1000;
const pad = (n, w = 2) => String(n).padStart(w, '0');

function shanghai(date) {
  const t = new Date(date.getTime() + SHANGHAI_MS);
  return {
    y: t.getUTCFullYear(), mo: pad(t.getUTCMonth() + 1), d: pad(t.getUTCDate()),
    h: pad(t.getUTCHours()), mi: pad(t.getUTCMinutes()), s: pad(t.getUTCSeconds()),
  };
}
/** "yyyy-MM-dd HH:mm:ss" */
export function fmtDateTime(date) {
  if (!date) return null;
  const p = shanghai(date);
  return `${p.y}-${p.mo}-${p.d} ${p.h}:${p.mi}:${p.s}`;
}
/** "yyyy-MM-dd HH:mm" */
export const fmtMinute = (date) => (date ? fmtDateTime(date).slice(0, 16) : null);
/** "yyyy-MM-ddTHH:mm:ss" */
export const fmtIso = (date) => (date ? fmtDateTime(date).replace(' ', 'T') : null);
/** "yyyy-MM-dd" */
export const fmtDate = (date) => (date ? fmtDateTime(date).slice(0, 10) : null);

/** Parses "yyyy-MM-dd[ HH:mm[:ss]]" (or with T) as Shanghai time; null if malformed. */
export function parseLocal(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(String(text).trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  const ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s) - SHANGHAI_MS;
  const date = new Date(ms);
  return fmtDateTime(date).startsWith(`${y}-${mo}-${d}`) ? date : null;
}

// ---- deterministic randomness ------------------------------------------------------------------

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A PRNG seeded from the hash of `parts` (same parts → same sequence). */
export function rngFor(...parts) {
  return mulberry32(createHash('sha256').update(parts.join('|')).digest().readUInt32LE(0));
}

function weighted(rng, table) {
  const total = table.reduce((n, [, w]) => n + w, 0);
  let x = rng() * total;
  for (const [value, w] of table) {
    if ((x -= w) < 0) return value;
  }
  return table[table.length - 1][0];
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** Chat text for matching: lower case, without spaces, punctuation and symbols. */
const normalizeChat = (t) => String(t).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
/** The two-character pieces of a text. */
const bigrams = (t) => {
  const chars = [...t];
  return Array.from({ length: Math.max(0, chars.length - 1) }, (_, i) => chars[i] + chars[i + 1]);
};

/** The first answer of a knowledge item in force now (startTime/endTime, "yyyy-MM-dd HH:mm:ss", null = no limit). */
function activeAnswer(k, now = new Date()) {
  return k.answers.find((a) => (!a.startTime || parseLocal(a.startTime) <= now) && (!a.endTime || now <= parseLocal(a.endTime)));
}

const randomText = (rng, alphabet, n) => Array.from({ length: n }, () => alphabet[Math.floor(rng() * alphabet.length)]).join('');

// ---- state -------------------------------------------------------------------------------------

export class YiwiseState {
  /**
   * `callMs`: how long one simulated call takes (real ms, not scaled); `callbackCrypto`:
   * `{ token, encodingAesKey, receiveId? }` to send callbacks encrypted; `timeScale` scales the
   * platform's documented minutes (callback retries; see yiwise-callbacks.mjs).
   */
  constructor({ callMs = 1500, seed = 1, callbackCrypto = null, timeScale = 1 } = {}) {
    this.callMs = Math.max(0, Number(callMs) || 0);
    this.seed = Number(seed) || 0;
    this.timers = new Set();
    this.closed = false;
    this.requestRng = mulberry32(this.seed ^ 0x5eed); // not reset: request ids stay unique per server
    this.callbacks = new YiwiseCallbacks(this, callbackCrypto, { timeScale });
    this.reset();
  }

  /** The callback delivery log (yiwise-callbacks.mjs), newest last. */
  get deliveredCallbacks() {
    return this.callbacks.log;
  }

  /** Restores the seed data and stops every running call (and callback delivery). */
  reset() {
    this.#clearTimers();
    this.callbacks.reset();
    const s = seedData();
    this.tenant = s.tenant;
    this.isvs = s.isvs;
    this.phones = s.phones;
    this.intentLevelTags = s.intentLevelTags;
    this.dialogFlows = s.dialogFlows;
    this.replies = s.replies;
    this.staffGroups = s.staffGroups;
    this.policyGroups = s.policyGroups;
    this.customerGroups = s.customerGroups;
    this.ids = s.nextIds;
    this.idRng = mulberry32(this.seed ^ 0x1d5);
    this.bots = s.chatBots;
    this.chitChat = s.chitChat;
    this.chatTexts = s.chatTexts;
    this.chatFlows = s.chatFlows;
    this.chatSessions = new Map();
    this.knowledge = new Map();
    this.knowledgeCategories = new Map();
    for (const k of s.knowledge) this.#storeKnowledge({ ...k, createTime: parseLocal(k.createTime), updateTime: parseLocal(k.updateTime) });
    this.customers = new Map();
    this.jobs = new Map();
    this.tasks = new Map();
    this.records = new Map();
    for (const c of s.customers) {
      this.customers.set(c.customerPersonId, this.#newCustomer(c, parseLocal(c.creationTime), 181));
    }
    for (const { tasks, ...fields } of s.jobs) {
      const job = this.#newJob({ ...fields, createTime: parseLocal(fields.createTime), updateTime: parseLocal(fields.updateTime) });
      for (const t of tasks) {
        const task = this.#addTask(job, this.customers.get(t.customerPersonId), {}, t.robotCallTaskId);
        if (t.seedCall) {
          task.status = 'COMPLETED';
          this.#record(job, task, parseLocal(t.seedCall.at), t.seedCall);
        }
      }
    }
  }

  /** Stops every timer; later calls start no new ones. */
  close() {
    this.closed = true;
    this.#clearTimers();
    this.callbacks.close();
  }

  #clearTimers() {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const job of this.jobs?.values() ?? []) job.active.clear();
  }

  /** An 8-letter uppercase request id. */
  nextRequestId() {
    return randomText(this.requestRng, LETTERS, 8);
  }

  // ---- lookups ----
  isvByAppKey(appKey) { return this.isvs.find((i) => i.appKey === appKey); }
  isvByTenantSign(sign) { return this.isvs.find((i) => i.tenantSign === sign); }
  phone(id) { return this.phones.find((p) => p.tenantPhoneNumberId === id); }
  dialogFlow(id) { return this.dialogFlows.find((d) => d.dialogFlowId === id); }
  intentLevelTag(id) { return this.intentLevelTags.find((t) => t.intentLevelTagId === id); }
  policyGroup(id) { return this.policyGroups.find((g) => g.callPolicyGroupId === id); }
  staffGroup(id) { return this.staffGroups.find((g) => g.csStaffGroupId === id); }
  customerGroup(id) { return this.customerGroups.find((g) => g.customerGroupId === id); }
  jobTasks(job) { return job.taskIds.map((id) => this.tasks.get(id)); }
  jobRecords(job) { return [...this.records.values()].filter((r) => r.robotCallJobId === job.robotCallJobId); }
  pendingTasks(job) { return this.jobTasks(job).filter((t) => t.status === 'NOT_STARTED'); }
  completedCount(job) { return this.jobTasks(job).filter((t) => t.status === 'COMPLETED').length; }
  bot(id) { return this.bots.find((b) => b.botId === id); }
  /** A bot's knowledge items in creation order. */
  botKnowledge(botId) { return [...this.knowledge.values()].filter((k) => k.botId === botId); }

  /** A MongoDB-ObjectId-like id: 24 lowercase hex digits (seconds, 5 seeded random bytes, a counter). */
  newObjectId() {
    const seconds = Math.floor(Date.now() / 1000).toString(16).padStart(8, '0');
    const counter = (this.ids.objectId++ & 0xffffff).toString(16).padStart(6, '0');
    return `${seconds}${randomText(this.idRng, '0123456789abcdef', 10)}${counter}`;
  }

  /** The intent-level name of `level` (A–F) in the dialog flow's tag group. */
  intentLevelName(tagId, level) {
    const tag = this.intentLevelTag(tagId) ?? this.intentLevelTag(0);
    const code = Math.min(INTENT_LEVELS.indexOf(level), tag.details.length - 1);
    return tag.details.find((d) => d.code === code)?.name ?? `${level}类`;
  }

  // ---- ISVs and policy groups ----
  createIsv({ tenantSign, phoneNumber }, parent) {
    const isv = {
      tenantSign,
      appKey: randomText(this.idRng, ALNUM, 16),
      appSecret: randomText(this.idRng, ALNUM, 32),
      callbackUrl: null,
      smsCallbackUrl: null,
      parentTenantSign: parent.tenantSign,
      phoneNumber,
    };
    this.isvs.push(isv);
    return isv;
  }

  createPolicyGroup({ name, remark, dispatchType, phoneIds }) {
    const now = fmtDateTime(new Date());
    const group = {
      callPolicyGroupId: this.ids.policyGroup++, name, remark, dispatchType,
      createTime: now, updateTime: now, detailList: this.#policyDetails(phoneIds),
    };
    this.policyGroups.push(group);
    return group;
  }

  updatePolicyGroup(group, { name, remark, dispatchType, phoneIds }) {
    if (name !== undefined) group.name = name;
    if (remark !== undefined) group.remark = remark;
    if (dispatchType !== undefined) group.dispatchType = dispatchType;
    if (phoneIds !== undefined) group.detailList = this.#policyDetails(phoneIds);
    group.updateTime = fmtDateTime(new Date());
  }

  #policyDetails(phoneIds) {
    return phoneIds.map((tenantPhoneNumberId, i) => ({
      callPolicyGroupDetailId: this.ids.policyGroupDetail++, tenantPhoneNumberId, sort: i + 1,
    }));
  }

  // ---- caller lines (the demo-only phone/update* endpoints) ----

  /** Applies validated fields (areaCode, province, city, deadArea, callOutIndustry, localBillRate, otherBillRate). */
  updatePhone(phone, fields) {
    for (const [k, v] of Object.entries(fields)) if (v !== undefined) phone[k] = v;
  }

  // ---- 专业版文本机器人: knowledge (knowledge.md) ----

  #storeKnowledge(item) {
    this.knowledge.set(item.id, item);
    if (!this.knowledgeCategories.has(item.botId)) this.knowledgeCategories.set(item.botId, new Set());
    this.knowledgeCategories.get(item.botId).add(item.knowledgeCategoryName); // a new category is created
    return item;
  }

  /**
   * The first of `phrases` (a title and its similar titles) already used as a title or similar
   * title by another knowledge item of the bot (both must be unique per bot), or null.
   */
  knowledgeConflict(botId, phrases, exceptId = null) {
    const taken = new Set(this.botKnowledge(botId).filter((k) => k.id !== exceptId).flatMap((k) => [k.title, ...k.similarTitleList]));
    return phrases.find((t) => taken.has(t)) ?? null;
  }

  /** Creates a knowledge item from validated fields (the first after a reset gets the id of the docs' create example). */
  createKnowledge(fields) {
    const now = new Date();
    const id = this.ids.knowledgeIds.shift() ?? this.newObjectId();
    return this.#storeKnowledge({ createTime: now, updateTime: now, id, ...fields });
  }

  /** Replaces the fields of a knowledge item (id, botId and createTime stay). */
  updateKnowledge(item, fields) {
    const { id, botId, createTime } = item;
    Object.assign(item, fields, { id, botId, createTime, updateTime: new Date() });
    return this.#storeKnowledge(item);
  }

  // ---- 专业版文本机器人: chat (chat.md) ----

  /** Starts a chat session with `bot`. */
  newChatSession(bot) {
    const session = { sessionId: this.newObjectId(), botId: bot.botId, turn: 0, meta: {}, pending: null, createTime: new Date() };
    this.chatSessions.set(session.sessionId, session);
    return session;
  }

  /**
   * One chat turn: merges `metaData` into the session's variables, counts the turn and answers
   * `text`. Returns `{ chatId, session, answer, answerSource, recommends }`.
   */
  chat(bot, session, text, metaData = {}) {
    Object.assign(session.meta, metaData);
    session.turn += 1;
    const reply = this.#chatAnswer(bot, session, text);
    return { chatId: this.ids.chat++, session, ...reply };
  }

  #chatAnswer(bot, session, text) {
    const T = this.chatTexts;
    const norm = normalizeChat(text);
    const fill = (template, vars = {}) => template.replace(/\$\{meta\.([^}]+)\}|\{(\w+)\}/g, (all, meta, name) => {
      if (meta !== undefined) return session.meta[meta] ?? '';
      const v = { botName: bot.name, turn: session.turn, ...vars }[name];
      return v === undefined ? all : String(v);
    });
    const say = (answerSource, template, vars, recommends = []) => ({ answer: fill(template, vars), answerSource, recommends });
    const knowledge = this.botKnowledge(bot.botId).filter((k) => k.status === 'ENABLED' && activeAnswer(k));
    const recommend = (k) => ({ knowledgeId: k.id, knowledgeTitle: k.title });

    // 1. The multi-turn flow under way: the slot it asked for, else the flow is left.
    const weather = this.chatFlows.weather;
    const cityIn = (t) => weather.cities.find((c) => t.includes(c));
    const dayIn = (t, def) => ['今天', '明天', '后天'].find((d) => t.includes(d)) ?? def;
    if (session.pending?.flow === 'weather') {
      const { day } = session.pending;
      session.pending = null;
      const city = cityIn(norm);
      if (city) return say('DIALOG_FLOW', T.weatherAnswer, { city, day: dayIn(norm, day) });
    }
    // 2. Knowledge: the text contains a title or similar title (the longest wins).
    let best = null;
    for (const k of knowledge) {
      for (const phrase of [k.title, ...k.similarTitleList]) {
        const p = normalizeChat(phrase);
        if (p.length >= 2 && norm.includes(p) && (!best || p.length > best.length)) best = { k, length: p.length };
      }
    }
    if (best) {
      const a = activeAnswer(best.k);
      const related = (a.associatedKnowledgeList ?? []).map((ref) => this.knowledge.get(typeof ref === 'object' && ref ? (ref.id ?? ref.knowledgeId) : ref))
        .filter((k) => k && k.botId === bot.botId && k.status === 'ENABLED');
      return say('KNOWLEDGE', a.content, {}, related.map(recommend));
    }
    // 3. A multi-turn flow starts: answers at once when the slot is known (text or metaData 城市), else asks.
    if (bot.flows.includes('weather') && weather.triggers.some((t) => norm.includes(t))) {
      const day = dayIn(norm, '明天');
      const city = cityIn(norm) ?? (session.meta['城市'] || undefined);
      if (city) return say('DIALOG_FLOW', T.weatherAnswer, { city, day });
      session.pending = { flow: 'weather', day };
      return say('DIALOG_FLOW', T.weatherAsk);
    }
    // 4. Chit-chat.
    const chit = this.chitChat.find((c) => c.patterns.some((p) => norm.includes(normalizeChat(p))));
    if (chit) return say('CHAT', chit.answer);
    // 5. Partial matches of titles (shared two-character pieces): one best → recommend, a tie → clarify.
    const pieces = new Set(bigrams(norm));
    const scored = knowledge
      .map((k) => ({ k, score: Math.max(...[k.title, ...k.similarTitleList].map((t) => bigrams(normalizeChat(t)).filter((b) => pieces.has(b)).length)) }))
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, 3);
    if (scored.length) {
      const top = scored.filter((x) => x.score === scored[0].score);
      const recommends = scored.map((x) => recommend(x.k));
      if (top.length === 1) return say('KNOWLEDGE_RECOMMEND', T.recommend, { title: top[0].k.title }, recommends);
      return say('CLARIFICATION', T.clarification, {}, recommends);
    }
    return say('UNKNOWN', T.unknown);
  }

  // ---- jobs ----
  #newJob(fields) {
    // `active`: calls under way (task id → timer); `pausing`: paused, waiting for them to end;
    // `peakActive`: the most calls it had under way at once (for tests).
    const job = { ...fields, taskIds: [], active: new Map(), pausing: false, peakActive: 0 };
    this.jobs.set(job.robotCallJobId, job);
    return job;
  }

  /** Creates a job (fields already validated); status NOT_STARTED. */
  createJob(fields) {
    const now = new Date();
    return this.#newJob({
      tenantId: this.tenant.tenantId, smsTemplateId: null, inactiveTimeList: [], description: null,
      wechatAlertLevel: [], wechatAlertLevelCode: [], smsAlertLevel: [], smsAlertLevelCode: [],
      wechatConditionAlertLevel: [], wechatConditionAlertLevelCode: [], alertUsers: [], earlyWarningAlertUsers: [],
      wechatSendMethod: 'SENDTOALL', startTime: null, nextStartTime: '00:00:00',
      redialCondition: [], redialInterval: null, redialTimes: null, transferPhoneNumber: [], csStaffGroupId: null,
      createdByUserName: 'OpenAPI', organizationName: this.tenant.tenantName,
      ...fields,
      robotCallJobId: this.ids.job++, status: 'NOT_STARTED', createTime: now, updateTime: now,
    });
  }

  /** Applies validated fields to a job. */
  updateJob(job, fields) {
    Object.assign(job, fields, { updateTime: new Date() });
    this.#pump(job);
  }

  /** Concurrent calls a running job makes: its robotCount, at most its concurrencyQuota (and MAX_CONCURRENCY). */
  concurrency(job) {
    const limits = [job.robotCount, job.concurrencyQuota].map(Number).filter((n) => Number.isFinite(n) && n >= 1);
    return Math.max(1, Math.min(MAX_CONCURRENCY, ...limits));
  }

  /** Why `operation` (START/PAUSE/STOP) cannot apply to the job now, or null. */
  refusal(job, operation) {
    const label = JOB_STATUS[job.status] ?? job.status;
    const ok = {
      START: ['NOT_STARTED', 'USER_PAUSE', 'SYSTEM_SUSPENDED', 'RUNNABLE', 'SYSTEM_HANG_UP', 'WAITING_FOR_REDIAL', 'IN_QUEUE'],
      PAUSE: ['IN_PROCESS', 'IN_QUEUE', 'RUNNABLE', 'WAITING_FOR_REDIAL', 'SYSTEM_SUSPENDED', 'SYSTEM_HANG_UP'],
      STOP: ['NOT_STARTED', 'IN_PROCESS', 'USER_PAUSE', 'SYSTEM_SUSPENDED', 'RUNNABLE', 'SYSTEM_HANG_UP', 'WAITING_FOR_REDIAL', 'IN_QUEUE'],
    }[operation];
    if (operation === 'START' && job.pausing) return '任务未完全暂停（正在进行的通话结束后才会暂停），暂不能恢复';
    if (ok.includes(job.status)) return null;
    if (operation === 'START' && job.status === 'COMPLETED' && this.pendingTasks(job).length > 0) return null;
    const verb = { START: '开始', PAUSE: '暂停', STOP: '终止' }[operation];
    return `该任务状态(${label})不可${verb}`;
  }

  /**
   * START / PAUSE / STOP; a repeat of the current state is a no-op. Throws ApiError(400).
   * PAUSE of a job with calls under way only marks it `pausing` (still IN_PROCESS, dialling nobody
   * new); it becomes USER_PAUSE when the last of them ends (as the docs describe). STOP is at once:
   * the calls under way still end and leave their records.
   */
  operate(job, operation) {
    const target = { START: 'IN_PROCESS', PAUSE: 'USER_PAUSE', STOP: 'TERMINATE' }[operation];
    if (operation === 'PAUSE' && job.pausing) return;
    if (job.status === target && !job.pausing) return;
    const why = this.refusal(job, operation);
    if (why) throw badRequest(why);
    job.updateTime = new Date();
    if (operation === 'PAUSE' && job.active.size > 0) {
      job.pausing = true;
      return;
    }
    job.pausing = false;
    job.status = target;
    if (operation === 'START') {
      job.startTime ??= fmtDateTime(job.updateTime);
      this.#pump(job);
    }
  }

  /** Deletes a job, its tasks and its call records. */
  deleteJob(job) {
    if (job.status === 'IN_PROCESS') throw badRequest('进行中的任务不可删除，请先暂停或终止');
    for (const t of job.active.values()) { clearTimeout(t); this.timers.delete(t); }
    for (const id of job.taskIds) this.tasks.delete(id);
    for (const r of this.jobRecords(job)) this.records.delete(r.callRecordId);
    this.jobs.delete(job.robotCallJobId);
  }

  /** Adds customers (already validated) to a job as NOT_STARTED tasks; returns the tasks. */
  importCustomers(job, persons) {
    const tasks = persons.map((p) => this.#addTask(job, this.#upsertCustomer(p), p.properties ?? {}));
    job.updateTime = new Date();
    this.#pump(job);
    return tasks;
  }

  /** Adds existing customers again (reAddCustomerToJob). */
  reAddCustomers(job, customers) {
    const tasks = customers.map((c) => this.#addTask(job, c, {}));
    job.updateTime = new Date();
    this.#pump(job);
    return tasks;
  }

  /** Throws ApiError(400) unless the task is still waiting to be called. */
  assertDeletable(task) {
    if (task.status === 'IN_PROCESS') throw badRequest(`robotCallTaskId ${task.robotCallTaskId} 正在呼叫中，不可删除`);
    if (task.status === 'COMPLETED') throw badRequest(`robotCallTaskId ${task.robotCallTaskId} 已呼叫完成，不在未呼列表中`);
  }

  /** Removes a not-yet-called task. */
  deleteTask(task) {
    this.assertDeletable(task);
    const job = this.jobs.get(task.robotCallJobId);
    job.taskIds = job.taskIds.filter((id) => id !== task.robotCallTaskId);
    this.tasks.delete(task.robotCallTaskId);
    this.#pump(job);
  }

  #upsertCustomer({ name, phoneNumber, properties }) {
    const known = [...this.customers.values()].find((c) => c.phoneNumber === phoneNumber);
    if (known) {
      if (name) known.name = name;
      Object.assign(known.properties, properties ?? {});
      return known;
    }
    const c = this.#newCustomer({ customerPersonId: this.ids.customer++, name: name ?? '', phoneNumber, properties: { ...(properties ?? {}) } }, new Date(), null);
    this.customers.set(c.customerPersonId, c);
    return c;
  }

  #newCustomer(c, creationTime, customerGroupId) {
    return {
      ...c, creationTime, tenantId: this.tenant.tenantId, customerGroupId, wechatNumber: null, calls: 0,
      source: 'UPLOADED_BY_YOURSELF', gender: 'UNKNOWN', lastFollowTime: null, lastChatDuration: null,
      lastStartTime: null, lastIntentLevel: null, lastDialStatus: null, assignTime: creationTime,
    };
  }

  #addTask(job, customer, properties, id = this.ids.task++) {
    const task = {
      robotCallTaskId: id, robotCallJobId: job.robotCallJobId, customerPersonId: customer.customerPersonId,
      status: 'NOT_STARTED', properties: { ...properties },
    };
    this.tasks.set(id, task);
    job.taskIds.push(id);
    return task;
  }

  // ---- the call simulation ----

  /** Dials pending tasks of a running job up to its concurrency; completes it when all are done. */
  #pump(job) {
    if (job.status !== 'IN_PROCESS' || this.closed) return;
    const limit = this.concurrency(job);
    const pending = this.pendingTasks(job);
    if (!job.pausing) {
      while (job.active.size < limit && pending.length > 0) this.#dial(job, pending.shift());
      job.peakActive = Math.max(job.peakActive ?? 0, job.active.size);
    }
    if (job.active.size > 0) return;
    if (pending.length === 0 && job.taskIds.length > 0) {
      job.status = 'COMPLETED';
      job.pausing = false;
      job.updateTime = new Date();
      this.callbacks.jobCompleted(job);
    } else if (job.pausing) {
      job.status = 'USER_PAUSE';
      job.pausing = false;
      job.updateTime = new Date();
    }
  }

  #dial(job, task) {
    task.status = 'IN_PROCESS';
    const startedAt = new Date();
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      job.active.delete(task.robotCallTaskId);
      if (!this.jobs.has(job.robotCallJobId) || !this.tasks.has(task.robotCallTaskId)) return;
      const record = this.#record(job, task, startedAt);
      task.status = 'COMPLETED';
      this.callbacks.callRecord(
        { ...record, startTime: fmtDateTime(record.startTime), endTime: fmtDateTime(record.endTime) },
        { ...this.customers.get(task.customerPersonId)?.properties, ...task.properties },
      );
      this.#pump(job);
    }, this.callMs);
    timer.unref?.();
    this.timers.add(timer);
    job.active.set(task.robotCallTaskId, timer);
  }

  /** Makes the call record of one finished call; `forced` fixes the outcome (seed data). */
  #record(job, task, startedAt, forced = {}) {
    const customer = this.customers.get(task.customerPersonId);
    const dialog = this.dialogFlow(job.dialogFlowId) ?? this.dialogFlows[0];
    const rng = rngFor(this.seed, 'call', customer.phoneNumber, customer.calls++);
    const resultStatus = forced.resultStatus ?? weighted(rng, RESULT_WEIGHTS);
    const answered = resultStatus === 'ANSWERED';
    const intentLevel = forced.intentLevel ?? (answered ? weighted(rng, INTENT_WEIGHTS) : 'F');
    const chatRound = answered ? 2 + Math.floor(rng() * 6) : 0;
    const chatDuration = answered ? chatRound * 8 + Math.floor(rng() * 20) : 0;
    const properties = { ...customer.properties, ...task.properties };
    const concerns = answered ? dialog.concerns.filter(() => rng() < 0.4) : [];
    const lines = job.jobPhoneNumberIdList ?? [];
    const line = lines.length ? lines[job.taskIds.indexOf(task.robotCallTaskId) % lines.length] : 0;
    const intentLevelName = this.intentLevelName(dialog.intentLevelTagId, intentLevel);
    const audio = `https://oss.sim.invalid/DialogueRecording/TenantId${job.tenantId}/CallJobId${job.robotCallJobId}/TaskId_${task.robotCallTaskId}`;
    const record = {
      callRecordId: this.ids.record++, tenantId: job.tenantId, robotCallJobId: job.robotCallJobId,
      dialogFlowId: dialog.dialogFlowId, robotCallTaskId: task.robotCallTaskId, customerPersonId: customer.customerPersonId,
      calledPhoneNumber: customer.phoneNumber, phoneNumberId: line, hangupBy: answered ? 'REMOTE_HANGUP' : null,
      resultStatus, intentLevel, intentLevelName, realIntentLevel: null, realIntentLevelName: intentLevelName,
      intentLevelTagId: dialog.intentLevelTagId, customerConcern: concerns,
      fullAudioUrl: `${audio}/ai_user.wav`, customerAudioUrl: answered ? `${audio}/user.wav` : null,
      analysisBasis: answered ? (concerns.length ? `客户关注${concerns.join('、')}` : '客户正常应答') : DIAL_STATUS[resultStatus],
      startTime: startedAt, endTime: new Date(startedAt.getTime() + chatDuration * 1000), chatDuration, chatRound,
      readStatus: 'NOT_READ', attributes: concerns.length ? ['有意向'] : [], local: rng() < 0.6,
      redialTimes: forced.redialTimes ?? 0, // automatic redial is not simulated: every record is a first attempt
      callDetailList: answered ? this.#dialogue(dialog, chatRound, properties, rng) : [],
    };
    this.records.set(record.callRecordId, record);
    Object.assign(customer, {
      lastFollowTime: record.endTime, lastChatDuration: chatDuration, lastStartTime: startedAt,
      lastIntentLevel: intentLevel, lastDialStatus: resultStatus,
    });
    return record;
  }

  /** The robot/person exchange of an answered call: `rounds` robot lines and the replies between. */
  #dialogue(dialog, rounds, properties, rng) {
    const fill = (text) => text.replace(/\{([^}]+)\}/g, (_, k) => properties[k] ?? '');
    const script = dialog.script;
    const middle = script.slice(1, -1);
    const out = [];
    for (let i = 0; i < rounds; i += 1) {
      let text = script[0];
      if (i === rounds - 1 && script.length > 1) text = script[script.length - 1];
      else if (i > 0 && middle.length) text = middle[(i - 1) % middle.length];
      out.push({ text: fill(text), type: 'ROBOT', callDetailId: this.ids.callDetail++ });
      if (i < rounds - 1) {
        const reply = this.replies[Math.floor(rng() * this.replies.length)];
        out.push({ text: reply, type: 'PERSON', callDetailId: this.ids.callDetail++ });
      }
    }
    return out;
  }
}
