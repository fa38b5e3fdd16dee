// Seed data of the Yiwise simulator, shaped like the examples of the 2019-07 docs
// (ids reuse the docs' example ids where that makes the docs' request examples work:
// phones 276/348/369/512/675/743, dialog flows 1/2/96/136, policy groups 18/62).
// `seedData()` returns a fresh deep copy every time: state.reset() relies on it.

/** The demo ISV account (README, tests/node/helpers.mjs). */
export const DEMO_CREDENTIALS = Object.freeze({
  appKey: 'demo-app-key',
  appSecret: 'demo-app-secret',
  tenantSign: 'demo-tenant',
});

const TENANT = { tenantId: 1, tenantName: '杭州一知智能科技有限公司' };

const ISVS = [
  { ...DEMO_CREDENTIALS, callbackUrl: null, smsCallbackUrl: null, parentTenantSign: null },
  {
    tenantSign: 'demo-tenant-sub1',
    appKey: 'demo-sub1-app-key',
    appSecret: 'demo-sub1-app-secret',
    callbackUrl: null,
    smsCallbackUrl: null,
    parentTenantSign: 'demo-tenant',
  },
];

// Tenant phone lines (tenantPhoneNumberId) with the physical line behind each (phoneNumberId).
const PHONES = [
  {
    tenantPhoneNumberId: 276, phoneNumberId: 101, phoneNumber: '15700000276', phoneName: '手机线路-276',
    phoneType: 'MOBILE', localBillRate: 60, otherBillRate: 60, callOutIndustry: 'FINANCE',
    areaCode: '0571', province: '浙江', city: '杭州', concurrenceLimit: 1, accountFare: 50000,
  },
  {
    tenantPhoneNumberId: 277, phoneNumberId: 102, phoneNumber: '15700000277', phoneName: '手机线路-277',
    phoneType: 'MOBILE', localBillRate: 60, otherBillRate: 60, callOutIndustry: 'OTHER',
    areaCode: '0571', province: '浙江', city: '杭州', concurrenceLimit: 1, accountFare: 50000,
  },
  {
    tenantPhoneNumberId: 348, phoneNumberId: 103, phoneNumber: '057128204503', phoneName: '杭州固话-1',
    phoneType: 'LANDLINE', localBillRate: 50, otherBillRate: 70, callOutIndustry: 'OTHER',
    areaCode: '0571', province: '浙江', city: '杭州', concurrenceLimit: 10, accountFare: 100000,
  },
  {
    tenantPhoneNumberId: 369, phoneNumberId: 104, phoneNumber: '057128204504', phoneName: '杭州固话-2',
    phoneType: 'LANDLINE', localBillRate: 50, otherBillRate: 70, callOutIndustry: 'OTHER',
    areaCode: '0571', province: '浙江', city: '杭州', concurrenceLimit: 10, accountFare: 100000,
  },
  {
    tenantPhoneNumberId: 512, phoneNumberId: 106, phoneNumber: '057100000512', phoneName: '无主叫固话',
    phoneType: 'UNFIXED_CALL', localBillRate: 40, otherBillRate: 60, callOutIndustry: 'OTHER',
    areaCode: '0571', province: '浙江', city: '杭州', concurrenceLimit: 20, accountFare: 100000,
  },
  {
    tenantPhoneNumberId: 675, phoneNumberId: 105, phoneNumber: '02160001234', phoneName: '上海固话',
    phoneType: 'LANDLINE', localBillRate: 80, otherBillRate: 120, callOutIndustry: 'FINANCE',
    areaCode: '021', province: '上海', city: '上海', concurrenceLimit: 5, accountFare: 80000,
  },
  {
    tenantPhoneNumberId: 743, phoneNumberId: 433, phoneNumber: '057156781234', phoneName: '阿里云固话',
    phoneType: 'LANDLINE', localBillRate: 230, otherBillRate: 500, callOutIndustry: 'OTHER',
    areaCode: '0571', province: '浙江', city: '杭州', concurrenceLimit: 5, accountFare: 10000,
  },
];

const INTENT_LEVEL_TAGS = [
  {
    intentLevelTagId: 0,
    name: '内置意向分类标签',
    details: ['A类', 'B类', 'C类', 'D类', 'E类', 'F类'].map((name, code) => ({ code, name, intentLevelTagDetailId: code + 1 })),
  },
  {
    intentLevelTagId: 1,
    name: '自定义标签分组',
    details: ['很好', '好', '一般', '较差'].map((name, code) => ({ code, name, intentLevelTagDetailId: 825 + code })),
  },
];

// Dialog flows (话术). `properties` are the dialog's variables, `script` the robot's lines
// (`{变量}` is replaced by the customer's property), `replies` what simulated people say.
const DIALOG_FLOWS = [
  {
    dialogFlowId: 1, name: '金融行业体验demo-优化版', industry: 'FINANCE', subIndustry: 'LOAN',
    intentLevelTagId: 0, status: 'APPROVED', createTime: '2019-04-24 20:28:17',
    placeholderExist: false, jumpToHumanServiceExist: false, humanInterventionExist: false,
    properties: [],
    concerns: ['利率', '额度', '还款方式', '审批时间'],
    script: [
      '喂，您好，这里是一知金融，想问下您最近有资金周转的需要吗？',
      '我们的产品审批快，最快当天到账，您想了解一下额度吗？',
      '好的，稍后会有客户经理和您联系，祝您生活愉快，再见。',
    ],
  },
  {
    dialogFlowId: 2, name: '商业综合体推介', industry: 'REALTY', subIndustry: 'COMPLEX',
    intentLevelTagId: 0, status: 'APPROVED', createTime: '2019-04-26 10:02:45',
    placeholderExist: false, jumpToHumanServiceExist: true, humanInterventionExist: false,
    properties: [],
    concerns: ['价格', '位置', '交通', '安全'],
    script: [
      '喂，您好, （停顿2s），您好，想问下您位于江北纬七路隧道附近，均价17000的高端商业综合体，我可以给您介绍一下吗？',
      '项目紧邻地铁口，周边配套齐全，您对哪个方面比较关注呢？',
      '好的，我让置业顾问稍后给您详细介绍，再见。',
    ],
  },
  {
    dialogFlowId: 96, name: '金融理财--行业体验demo', industry: 'FINANCE', subIndustry: 'FINICING',
    intentLevelTagId: 0, status: 'APPROVED', createTime: '2019-03-02 15:40:11',
    placeholderExist: false, jumpToHumanServiceExist: false, humanInterventionExist: true,
    properties: [],
    concerns: ['收益', '风险', '期限'],
    script: [
      '您好，这里是一知理财，我们近期有一款稳健型理财产品，您有兴趣了解一下吗？',
      '产品期限灵活，风险等级较低，需要我为您转接理财顾问吗？',
      '好的，感谢您的接听，再见。',
    ],
  },
  {
    dialogFlowId: 136, name: '测试变量', industry: 'FINANCE', subIndustry: 'DEBT_COLLECTION',
    intentLevelTagId: 1, status: 'APPROVED', createTime: '2019-05-10 09:12:33',
    placeholderExist: true, jumpToHumanServiceExist: false, humanInterventionExist: false,
    properties: ['欠款金额', '最后还款日期'],
    concerns: ['还款方式', '逾期费用'],
    script: [
      '您好，提醒您本期账单欠款金额为{欠款金额}元，最后还款日期是{最后还款日期}。',
      '请您按时还款，以免影响个人信用，请问您什么时候方便还款呢？',
      '好的，感谢您的配合，再见。',
    ],
  },
  {
    dialogFlowId: 1001, name: '模拟器演示话术', industry: 'COMPANY', subIndustry: 'ADVERTISING',
    intentLevelTagId: 0, status: 'APPROVED', createTime: '2019-06-01 09:00:00',
    placeholderExist: true, jumpToHumanServiceExist: false, humanInterventionExist: false,
    properties: ['城市'],
    concerns: ['价格', '服务', '效果'],
    script: [
      '您好，这里是一知智能，我们在{城市}推出了智能外呼服务，想占用您一分钟时间介绍一下可以吗？',
      '机器人可以自动拨打电话并识别客户意向，帮您节省大量人力，您平时需要电话营销吗？',
      '好的，我们稍后把资料发给您，祝您工作顺利，再见。',
    ],
  },
  {
    dialogFlowId: 1002, name: '草稿话术（未审核）', industry: 'OTHER', subIndustry: 'OTHER',
    intentLevelTagId: 0, status: 'DRAFT', createTime: '2019-06-20 17:45:00',
    placeholderExist: false, jumpToHumanServiceExist: false, humanInterventionExist: false,
    properties: [],
    concerns: [],
    script: ['您好，这是一个尚未审核的话术。'],
  },
];

const REPLIES = ['嗯', '你说', '多少钱？', '在哪里？', '可以，你继续说', '我考虑一下', '不需要，谢谢', '好的'];

const STAFF_GROUPS = [
  { csStaffGroupId: 1, groupName: 'CS坐席组1', dialogFlowId: 96, groupCapacity: 10, createTime: '2019-01-11 17:09:04' },
  { csStaffGroupId: 2, groupName: 'CS坐席组2', dialogFlowId: 96, groupCapacity: 5, createTime: '2019-02-20 11:30:00' },
];

const POLICY_GROUPS = [
  {
    callPolicyGroupId: 18, name: '杭州线路集合', remark: '杭州固话线路', dispatchType: 'SORT_FIRST',
    createTime: '2019-03-20 10:00:00', updateTime: '2019-03-20 10:00:00',
    detailList: [
      { callPolicyGroupDetailId: 301, tenantPhoneNumberId: 348, sort: 1 },
      { callPolicyGroupDetailId: 302, tenantPhoneNumberId: 369, sort: 2 },
    ],
  },
  {
    callPolicyGroupId: 62, name: 'openapi-test1', remark: null, dispatchType: 'LOCATION_MATCH_FIRST',
    createTime: '2019-05-08 18:36:36', updateTime: '2019-05-08 18:41:31',
    detailList: [{ callPolicyGroupDetailId: 378, tenantPhoneNumberId: 743, sort: 1 }],
  },
];

const CUSTOMER_GROUPS = [{ customerGroupId: 181, name: '研发' }];

// Customers (customerPersonId), and the jobs that call them. A task's `seedCall` is a call
// that already happened (replayed into a call record by the state at reset).
const CUSTOMERS = [
  { customerPersonId: 2006001, name: '王先生', phoneNumber: '18817501728', properties: {}, creationTime: '2019-05-22 16:39:00' },
  { customerPersonId: 2006002, name: '赵女士', phoneNumber: '13900001111', properties: {}, creationTime: '2019-05-22 16:39:00' },
  { customerPersonId: 2006003, name: '空号', phoneNumber: '18673125007', properties: { ss: 'test' }, creationTime: '2019-05-22 16:39:00' },
  { customerPersonId: 2006004, name: '不要拨打', phoneNumber: '15600007777', properties: { 尾号数_单个: '1' }, creationTime: '2019-05-22 16:39:00' },
  { customerPersonId: 2006005, name: '张三', phoneNumber: '13800000011', properties: { 城市: '杭州' }, creationTime: '2019-06-01 09:31:00' },
  { customerPersonId: 2006006, name: '李四', phoneNumber: '13800000012', properties: { 城市: '上海' }, creationTime: '2019-06-01 09:31:00' },
];

const BASE_JOB = {
  tenantId: 1, smsTemplateId: null, inactiveTimeList: [{ startTime: '12:00', endTime: '13:00' }], description: null,
  wechatAlertLevel: [], wechatAlertLevelCode: [], smsAlertLevel: [], smsAlertLevelCode: [],
  wechatConditionAlertLevel: [], wechatConditionAlertLevelCode: [], alertUsers: [], earlyWarningAlertUsers: [],
  wechatSendMethod: 'SENDTOALL', startTime: null, nextStartTime: '00:00:00',
  redialCondition: [], redialInterval: null, redialTimes: null, transferPhoneNumber: [], csStaffGroupId: null,
  createdByUserName: '超管', organizationName: '一知智能',
};

const JOBS = [
  {
    ...BASE_JOB,
    robotCallJobId: 1, dialogFlowId: 2, name: 'dialog测试', mode: 'MANUAL', robotCount: 5, phoneType: 'LANDLINE',
    dailyStartTime: '09:00', dailyEndTime: '20:00', status: 'TERMINATE',
    concurrencyQuota: 5, jobPhoneNumberIdList: [675], transferPhoneNumber: ['1523654789', '1758426896'],
    redialCondition: ['CALL_LOSS', 'FROM_PHONE_ERROR', 'POWER_OFF', 'OUT_OF_SERVICE', 'REFUSED', 'CAN_NOT_CONNECT'],
    redialInterval: 6, redialTimes: 1,
    createTime: '2019-05-22 16:35:12', updateTime: '2019-05-23 11:20:00',
    tasks: [
      { robotCallTaskId: 3033231, customerPersonId: 2006001, seedCall: { at: '2019-05-23 10:15:02', resultStatus: 'ANSWERED', intentLevel: 'A' } },
      { robotCallTaskId: 3033232, customerPersonId: 2006002, seedCall: { at: '2019-05-23 10:17:40', resultStatus: 'NO_ANSWER', intentLevel: 'F' } },
      { robotCallTaskId: 3033233, customerPersonId: 2006003, seedCall: { at: '2019-05-23 10:18:10', resultStatus: 'VACANT_NUMBER', intentLevel: 'F' } },
      { robotCallTaskId: 3033235, customerPersonId: 2006004 },
    ],
  },
  {
    ...BASE_JOB,
    robotCallJobId: 2, dialogFlowId: 1001, name: '测试API任务', mode: 'MANUAL', robotCount: 1, phoneType: 'MOBILE',
    dailyStartTime: '09:00', dailyEndTime: '20:00', status: 'NOT_STARTED', description: '模拟器自带的演示任务',
    concurrencyQuota: 1, jobPhoneNumberIdList: [276],
    createTime: '2019-06-01 09:30:00', updateTime: '2019-06-01 09:31:00',
    tasks: [
      { robotCallTaskId: 3033301, customerPersonId: 2006005 },
      { robotCallTaskId: 3033302, customerPersonId: 2006006 },
    ],
  },
];

// ---- 专业版文本机器人 (chat.md, knowledge.md, docs of 2021-01) ----
//
// Text bots (botId) answer POST /apiOpen/v1/chat from, in this order: the multi-turn flow
// under way in the session (DIALOG_FLOW), a knowledge item whose title or similar title the
// text contains (KNOWLEDGE), a multi-turn flow's trigger word (DIALOG_FLOW), chit-chat
// (CHAT), a partial match of knowledge titles (one best item: KNOWLEDGE_RECOMMEND, several:
// CLARIFICATION), else the refusal (UNKNOWN). `${meta.<key>}` in an answer is the session's
// metaData value; `{botName}` and `{turn}` are the bot's name and the session's turn number.

const CHAT_BOTS = [
  { botId: 1, name: '一知智能客服', flows: ['weather'] },
  { botId: 38, name: '售后服务机器人', flows: [] },
  { botId: 123, name: '天气助手', flows: ['weather'] },
];

/** Chit-chat (闲聊): the text contains one of `patterns` (after knowledge and flows). */
const CHIT_CHAT = [
  { patterns: ['第几轮'], answer: '这是我们本次会话的第{turn}轮对话。' },
  { patterns: ['你是谁', '你叫什么'], answer: '我是{botName}，很高兴为您服务。' },
  { patterns: ['你好', '您好', '哈喽', 'hello', 'hi', '在吗'], answer: '哈喽，人见人爱的我来啦，有啥我可以帮您的吗~' },
  { patterns: ['谢谢', '感谢'], answer: '不客气，${meta.姓名}能帮到您是我的荣幸~' },
  { patterns: ['再见', '拜拜'], answer: '再见，祝您生活愉快！' },
];

const CHAT_TEXTS = {
  unknown: '抱歉，这个问题我还不太懂，您可以换个问法试试~',
  clarification: '请问您想咨询的是以下哪个问题？',
  recommend: '您是不是想问「{title}」？',
  weatherAsk: '请问您想查询哪个城市的天气？',
  weatherAnswer: '{city}{day}多云转晴，气温18~26℃，${meta.姓名}出门记得带伞哦。',
};

/** The multi-turn flows (多轮对话): `triggers` start one; `slots` are asked for until known. */
const CHAT_FLOWS = {
  weather: { triggers: ['天气'], cities: ['杭州', '上海', '北京', '深圳', '广州', '南京', '苏州', '宁波'] },
};

const answer = (content, extra = {}) => ({
  gateways: ['ALL'], type: 'PURE_TEXT', content, startTime: null, endTime: null, associatedKnowledgeList: [], ...extra,
});

/** Seed knowledge (问答知识); the first one is the docs' knowledge/list example. */
const KNOWLEDGE = [
  {
    createTime: '2020-04-01 16:27:00', updateTime: '2020-04-01 16:27:00', id: '5e8450544fce3e3e4405ae7a', botId: 1,
    knowledgeCategoryName: '测试类目', title: '测试知识', similarTitleList: ['测试类目相似句'],
    answers: [answer('测试知识答案')], status: 'ENABLED', referenceExtraId: null,
  },
  {
    createTime: '2020-04-02 09:00:00', updateTime: '2020-04-02 09:00:00', id: '5e8538d04fce3e3e4405ae80', botId: 1,
    knowledgeCategoryName: '常见问题', title: '营业时间', similarTitleList: ['你们几点上班', '什么时候营业'],
    answers: [answer('我们的营业时间是每天 9:00-18:00，节假日照常营业。')], status: 'ENABLED', referenceExtraId: null,
  },
  {
    createTime: '2020-04-02 09:01:00', updateTime: '2020-04-02 09:01:00', id: '5e85390c4fce3e3e4405ae81', botId: 1,
    knowledgeCategoryName: '常见问题', title: '公司地址', similarTitleList: ['你们在哪里', '公司在哪'],
    answers: [answer('我们位于杭州市西湖区西斗门路3号天堂软件园，${meta.姓名}欢迎来访。')], status: 'ENABLED', referenceExtraId: 'addr-001',
  },
  {
    createTime: '2020-04-02 09:02:00', updateTime: '2020-04-02 09:02:00', id: '5e8539484fce3e3e4405ae82', botId: 1,
    knowledgeCategoryName: '产品咨询', title: '会员价格', similarTitleList: ['会员多少钱', 'VIP价格'],
    answers: [answer('会员价格为每月 30 元，年付 298 元。', { associatedKnowledgeList: ['5e8539844fce3e3e4405ae83'] })], status: 'ENABLED', referenceExtraId: null,
  },
  {
    createTime: '2020-04-02 09:03:00', updateTime: '2020-04-02 09:03:00', id: '5e8539844fce3e3e4405ae83', botId: 1,
    knowledgeCategoryName: '产品咨询', title: '课程价格', similarTitleList: ['课程多少钱'],
    answers: [answer('单节课程 99 元，套餐课程请咨询人工客服。')], status: 'ENABLED', referenceExtraId: null,
  },
  {
    createTime: '2020-04-02 09:04:00', updateTime: '2020-04-02 09:04:00', id: '5e8539c04fce3e3e4405ae84', botId: 1,
    knowledgeCategoryName: '产品咨询', title: '新品预告', similarTitleList: [],
    answers: [answer('新品将于下月发布，敬请期待。')], status: 'DRAFT', referenceExtraId: null,
  },
  {
    createTime: '2020-04-03 10:00:00', updateTime: '2020-04-03 10:00:00', id: '5e86a2204fce3e3e4405ae90', botId: 38,
    knowledgeCategoryName: '售后', title: '保修期限', similarTitleList: ['保修多久', '质保期'],
    answers: [answer('整机保修一年，主要部件保修三年。')], status: 'ENABLED', referenceExtraId: null,
  },
  {
    createTime: '2020-04-03 10:01:00', updateTime: '2020-04-03 10:01:00', id: '5e86a25c4fce3e3e4405ae91', botId: 38,
    knowledgeCategoryName: '售后', title: '如何退款', similarTitleList: ['怎么退款', '退款流程'],
    answers: [answer('您可以在“我的订单”中申请退款，款项将在 3 个工作日内原路退回。')], status: 'ENABLED', referenceExtraId: null,
  },
  {
    createTime: '2020-04-03 11:00:00', updateTime: '2020-04-03 11:00:00', id: '5e86b0304fce3e3e4405aea0', botId: 123,
    knowledgeCategoryName: '关于', title: '天气数据来源', similarTitleList: ['天气准不准'],
    answers: [answer('天气数据来自模拟器，仅供测试使用。')], status: 'ENABLED', referenceExtraId: null,
  },
];

/** A fresh copy of all seed data, plus the first ids to hand out. */
export function seedData() {
  return structuredClone({
    tenant: TENANT,
    isvs: ISVS,
    phones: PHONES,
    intentLevelTags: INTENT_LEVEL_TAGS,
    dialogFlows: DIALOG_FLOWS,
    replies: REPLIES,
    staffGroups: STAFF_GROUPS,
    policyGroups: POLICY_GROUPS,
    customerGroups: CUSTOMER_GROUPS,
    customers: CUSTOMERS,
    jobs: JOBS,
    chatBots: CHAT_BOTS,
    chitChat: CHIT_CHAT,
    chatTexts: CHAT_TEXTS,
    chatFlows: CHAT_FLOWS,
    knowledge: KNOWLEDGE,
    nextIds: {
      job: 100,
      task: 3034000,
      customer: 2007000,
      record: 47,
      callDetail: 1000,
      policyGroup: 100,
      policyGroupDetail: 1000,
      chat: 2450, // the docs' chat example's chatId
      objectId: 0x1000,
      // The id of the docs' knowledge/create example, handed to the first item created after a
      // reset, so that the docs' update example (which names it) works after the create example.
      knowledgeIds: ['5e8586a763b52f68ed372c5c'],
    },
  });
}
