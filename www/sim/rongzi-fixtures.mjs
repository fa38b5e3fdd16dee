// Seed data of the Rongzi Assistant (融助手) simulator, shaped like the examples of the doc
// (shared/seeds/002): the doc's login (1611 / 123456 → AA1611 刘超), its three example
// customers, its SMS example between AA0396 and AFC14101000001, its SMS templates with
// space-padded keys, and the mobiles of its wechat examples.
//
// Customers are generated deterministically (a fixed-seed PRNG, independent of `--seed`), so
// the counts below are stable: AA1611 has 300 customers, 72 of them with exeStatus 1 — the
// doc's example request `{ customerExeStatus: 1, empCode: "AA1611", pageSize: 10, pageIndex: 1 }`
// answers total "72" with the doc's three customers first (rows are ordered by customerCode).
// `seedData()` returns a fresh deep copy every time: state.reset() relies on it.
import { createHash } from 'node:crypto';
import { mulberry32 } from './yiwise-state.mjs';

const md5 = (text) => createHash('md5').update(text, 'utf8').digest('hex');

export const DEFAULT_SIGNATURE = '【东方融资网】';

/** Demo logins (plain passwords; the API receives their lowercase MD5 hex). */
export const RONGZI_DEMO_ACCOUNTS = Object.freeze([
  Object.freeze({ username: '1611', password: '123456', empCode: 'AA1611' }),
  Object.freeze({ username: '0396', password: '654321', empCode: 'AA0396' }),
  Object.freeze({ username: '2048', password: '123456', empCode: 'AB2048' }),
]);

// userInfo keys in the order of the doc's second login example.
const USER_INFOS = {
  AA1611: {
    accountName: 'liuchao', cityCode: 'SUZHOU', cityName: '苏州市', dprCode: '', dprName: '', empCode: 'AA1611',
    empName: '刘超[AA1611]', empWechatId: 'wxid_slhv0lqkbac222', empWorkMobile: '18516431436', roleCode: '', roleName: '',
  },
  AA0396: {
    accountName: 'zhaojing', cityCode: 'SUZHOU', cityName: '苏州市', dprCode: 'SZ01', dprName: '苏州一部', empCode: 'AA0396',
    empName: '赵静[AA0396]', empWechatId: 'wxid_zhaojing0396', empWorkMobile: '18516430396', roleCode: 'MGR', roleName: '销售经理',
  },
  AB2048: {
    accountName: 'huangpu', cityCode: 'SHANGHAI', cityName: '上海市', dprCode: '', dprName: '', empCode: 'AB2048',
    empName: '黄埔[AB2048]', empWechatId: 'wxid_xbeakwi8vj9q22', empWorkMobile: '18511111111', roleCode: '', roleName: '',
  },
};

const ACCOUNTS = RONGZI_DEMO_ACCOUNTS.map(({ username, password, empCode }) => ({
  username, passwordMd5: md5(password), userInfo: USER_INFOS[empCode],
}));

/** The doc's two templates, keys padded with spaces exactly as the doc prints them. */
const SMS_TEMPLATES = [
  { ' id ': '0', ' title ': '回访模板', ' content ': '恭喜你成功放款一个亿' },
  { ' id ': '1', ' title ': '回访模板1', ' content ': '恭喜你成功放款三个亿' },
];

// ---- customers ----

/** The doc's three example customers (AA1611, exeStatus 1), verbatim. */
const DOC_CUSTOMERS = [
  {
    wechatFriendStatus: 3, customerWechatId: '', mobile: '13472764344', rqrAmount: 2500, customerCode: 'AAC13031400024',
    salary: 5000, exeStatus: 1, hasPolicy: 1, contactStatus: 2, hasHouse: 2, name: 'AAC13031400024', comment: '',
    hasCars: 1, job: '企业主', paymentDate: '2018-08-28 14:49:20', rqrDuration: 12, isSecuityOrFund: 1, workPlace: '苏州市',
  },
  {
    wechatFriendStatus: 3, customerWechatId: '', mobile: '15051711562', rqrAmount: 2, customerCode: 'AAC13040300071',
    salary: 0, exeStatus: 1, hasPolicy: 0, contactStatus: 2, hasHouse: 2, name: 'AAC13040300071', comment: '下周一联系212344561234',
    hasCars: 2, job: '企业主', paymentDate: '2018-03-08 00:00:00', rqrDuration: 0, isSecuityOrFund: 0, workPlace: '苏州市',
  },
  {
    wechatFriendStatus: 1, customerWechatId: '', mobile: '13771986452', rqrAmount: 50, customerCode: 'AAC13070404916',
    salary: '', exeStatus: 1, hasPolicy: 2, contactStatus: 2, hasHouse: 1, name: 'AAC13070404916', comment: '需要',
    hasCars: 1, job: '企业主', paymentDate: '2016-08-10 00:00:00', rqrDuration: 12, isSecuityOrFund: 0, workPlace: '苏州市',
  },
];

/** Customers the other doc examples name (SMS between AA0396 and AFC14101000001; the wechat examples' mobiles). */
const NAMED_CUSTOMERS = {
  AA0396: [{ customerCode: 'AFC14101000001', mobile: '13906509892', name: 'AFC14101000001', exeStatus: 2 }],
  AB2048: [
    { customerCode: 'ABC15060100001', mobile: '18522222222', name: '普陀', exeStatus: 1 },
    { customerCode: 'ABC15060100002', mobile: '18722222222', name: '静安', exeStatus: 2 },
  ],
};

/** Customers per sales rep: code prefix, first code date, and how many of each exeStatus (1–6). */
const BOOKS = [
  { empCode: 'AA1611', prefix: 'AAC', from: '2013-08-01', exeCounts: { 1: 72, 2: 60, 3: 45, 4: 40, 5: 43, 6: 40 } },
  { empCode: 'AA0396', prefix: 'AFC', from: '2014-01-01', exeCounts: { 1: 15, 2: 12, 3: 10, 4: 8, 5: 8, 6: 7 } },
  { empCode: 'AB2048', prefix: 'ABC', from: '2015-01-01', exeCounts: { 1: 3, 2: 3, 3: 2, 4: 2, 5: 1, 6: 1 } },
];
const LAST_CODE_DATE = '2018-09-15';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平', '刚', '桂英', '建华', '文', '晓东', '志强', '海燕', '国庆', '玉兰', '春梅'];
const JOBS = ['企业主', '上班族', '个体户', '自由职业', '公务员', '事业单位'];
const PLACES = ['苏州市', '苏州市', '苏州市', '无锡市', '上海市', '常州市', '昆山市', '南京市'];
const COMMENTS = ['需要', '下周一联系', '考虑中，月底再联系', '已加微信', '资料已收齐', '客户要求降低利率', '号码是家人的，晚上再打', '已签合同，等放款', '暂不需要'];
const AMOUNTS = [2, 5, 10, 20, 30, 50, 80, 100, 200, 500, 1000, 2500, 5000];
const DURATIONS = [0, 3, 6, 12, 18, 24, 36];
const SALARIES = [0, 3000, 4500, 5000, 6000, 6500.5, 8000, 12000, 20000, 35000];
const MOBILE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '157', '158', '159', '170', '176', '177', '180', '181', '182', '186', '187', '188', '189', '199'];

const DAY_MS = 86400000;
const pad = (n, w = 2) => String(n).padStart(w, '0');
const utcDate = (ymd) => Date.UTC(+ymd.slice(0, 4), +ymd.slice(5, 7) - 1, +ymd.slice(8, 10));
const ymdOf = (ms) => new Date(ms).toISOString().slice(0, 10);

/** Generates the seed customers (the doc's and named ones included), ordered by customerCode. */
function generateCustomers() {
  const rng = mulberry32(0x1611);
  const int = (n) => Math.floor(rng() * n);
  const pick = (values) => values[int(values.length)];
  // The first rows of a book walk through every value once, so every code is in use.
  const cover = (i, values) => (i < values.length ? values[i] : pick(values));
  const weighted = (table) => {
    let x = rng() * table.reduce((n, [, w]) => n + w, 0);
    for (const [v, w] of table) if ((x -= w) < 0) return v;
    return table[table.length - 1][0];
  };

  const mobiles = new Set([...DOC_CUSTOMERS.map((c) => c.mobile), ...Object.values(NAMED_CUSTOMERS).flat().map((c) => c.mobile)]);
  const newMobile = () => {
    for (;;) {
      const m = pick(MOBILE_PREFIXES) + pad(int(1e8), 8);
      if (!mobiles.has(m)) { mobiles.add(m); return m; }
    }
  };
  const codes = new Set([...DOC_CUSTOMERS.map((c) => c.customerCode), ...Object.values(NAMED_CUSTOMERS).flat().map((c) => c.customerCode)]);
  const newCode = (prefix, from) => {
    const span = (utcDate(LAST_CODE_DATE) - utcDate(from)) / DAY_MS;
    for (;;) {
      const ymd = ymdOf(utcDate(from) + int(span + 1) * DAY_MS);
      const code = `${prefix}${ymd.slice(2, 4)}${ymd.slice(5, 7)}${ymd.slice(8, 10)}${pad(1 + int(99999), 5)}`;
      if (!codes.has(code)) { codes.add(code); return code; }
    }
  };

  const out = [];
  for (const { empCode, prefix, from, exeCounts } of BOOKS) {
    const fixed = empCode === 'AA1611' ? DOC_CUSTOMERS.map((c) => ({ ...c })) : [];
    const named = NAMED_CUSTOMERS[empCode] ?? [];
    const statuses = Object.entries(exeCounts).flatMap(([s, n]) => Array(n).fill(Number(s)));
    for (const c of [...fixed, ...named]) statuses.splice(statuses.indexOf(c.exeStatus), 1);
    for (let i = statuses.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [statuses[i], statuses[j]] = [statuses[j], statuses[i]];
    }
    const rows = fixed;
    const total = statuses.length + named.length;
    for (let i = 0; i < total; i++) {
      const given = named[i] ?? {};
      const customerCode = given.customerCode ?? newCode(prefix, from);
      const wechatFriendStatus = cover(i, [1, 2, 3, 4, 5, 6, 1, 6, 1, 6, 3, 1]);
      const exeStatus = given.exeStatus ?? statuses.pop();
      const paymentDay = ymdOf(utcDate('2016-01-01') + int(1000) * DAY_MS);
      rows.push({
        wechatFriendStatus,
        customerWechatId: wechatFriendStatus === 6 ? `wxid_${Array.from({ length: 14 }, () => pick('abcdefghijklmnopqrstuvwxyz0123456789')).join('')}` : '',
        mobile: given.mobile ?? newMobile(),
        rqrAmount: pick(AMOUNTS),
        customerCode,
        // Documented as a Double; the doc's own example has "" (and 0).
        salary: i === 1 ? '' : weighted([['', 8], [0, 6], [pick(SALARIES), 86]]),
        exeStatus,
        // Documented 1/2; the doc's example has 0.
        hasPolicy: i < 3 ? [0, 1, 2][i] : weighted([[1, 45], [2, 45], [0, 10]]),
        contactStatus: i < 3 ? i : weighted([[0, 30], [1, 40], [2, 30]]),
        hasHouse: cover(i, [1, 2]),
        name: given.name ?? (rng() < 0.3 ? customerCode : pick(SURNAMES) + pick(GIVEN)),
        comment: rng() < 0.7 ? '' : pick(COMMENTS),
        hasCars: cover(i, [2, 1]),
        job: pick(JOBS),
        paymentDate: `${paymentDay} ${rng() < 0.75 ? '00:00:00' : `${pad(8 + int(12))}:${pad(int(60))}:${pad(int(60))}`}`,
        rqrDuration: pick(DURATIONS),
        // The table spells it IsSecuityOrFund, the example isSecuityOrFund: the simulator answers like the example.
        isSecuityOrFund: i < 5 ? [0, 1, 2, 4, 8][i] : weighted([[0, 10], [1, 30], [2, 35], [4, 15], [8, 10]]),
        workPlace: pick(PLACES),
        owner: empCode,
      });
    }
    for (const row of rows) row.owner = empCode;
    out.push(...rows);
  }
  return out.sort((a, b) => (a.customerCode < b.customerCode ? -1 : a.customerCode > b.customerCode ? 1 : 0));
}

// ---- SMS ----

/** The doc's addMessages example (AA0396 赵静 and customer AFC14101000001), verbatim. */
const DOC_MESSAGES = [
  {
    sender: 'AFC14101000001', receiver: 'AA0396', senderRole: 2, occurTime: '2018-09-07 07:53:41.300', content: '1111客户给销售发短信测试',
    senderMobile: '13906509892', receiverMobile: '', senderName: 'AFC14101000001', receiverName: '赵静[AA0396]',
    signature: DEFAULT_SIGNATURE, sendStatus: 1, isRead: 1,
  },
  {
    sender: 'AA0396', receiver: 'AFC14101000001', senderRole: 1, occurTime: '2018-09-07 06:53:41.300', content: '22222销售给客户发短信测试',
    senderMobile: '', receiverMobile: '13906509892', senderName: '赵静[AA0396]', receiverName: 'AFC14101000001',
    signature: DEFAULT_SIGNATURE, sendStatus: 1, isRead: 1,
  },
];

const SALES_TEXTS = ['您好，我是东方融资网的客户经理，请问您还有借款需求吗？', '您的资料已收到，请留意审核电话。', '明天上午十点方便来门店面谈吗？', '合同已寄出，请注意查收。', '您好，放款已完成，请查收。'];
const CUSTOMER_TEXTS = ['好的，谢谢', '利率是多少？', '下周再说吧', '明天可以', '收到', '请问需要准备哪些材料？'];

/**
 * 30 messages between AA1611 and its first six customers (by code; the doc's three first),
 * 2018-08-20 … 2018-09-17, in the order they were synced (oldest first). Milliseconds are written
 * like the doc: mostly `.SSS`, some `.SS` (the doc's getMessages example has `.30`), some none.
 */
function generateMessages(customers) {
  const rng = mulberry32(0x5350);
  const int = (n) => Math.floor(rng() * n);
  const emp = USER_INFOS.AA1611;
  const mine = customers.filter((c) => c.owner === 'AA1611').slice(0, 6);
  let t = Date.UTC(2018, 7, 20, 1, 0, 0); // 2018-08-20 09:00 in Shanghai
  const out = [];
  for (let i = 0; i < 30; i++) {
    t += (3 + int(20)) * 3600000 + int(3600000);
    const c = mine[i % mine.length];
    const local = new Date(t + 8 * 3600000).toISOString().replace('T', ' ').slice(0, 23);
    const occurTime = i % 7 === 3 ? local.slice(0, 22) : i % 11 === 5 ? local.slice(0, 19) : local;
    const fromSales = i % 3 !== 1;
    out.push(fromSales
      ? {
        sender: emp.empCode, receiver: c.customerCode, senderRole: 1, occurTime, content: SALES_TEXTS[int(SALES_TEXTS.length)],
        senderMobile: '', receiverMobile: c.mobile, senderName: emp.empName, receiverName: c.name,
        signature: DEFAULT_SIGNATURE, sendStatus: i % 13 === 12 ? 0 : 1, isRead: 1,
      }
      : {
        sender: c.customerCode, receiver: emp.empCode, senderRole: 2, occurTime, content: CUSTOMER_TEXTS[int(CUSTOMER_TEXTS.length)],
        senderMobile: c.mobile, receiverMobile: '', senderName: c.name, receiverName: emp.empName,
        signature: DEFAULT_SIGNATURE, sendStatus: 1, isRead: i % 4 === 0 ? 0 : 1,
      });
  }
  return out;
}

const CUSTOMERS = generateCustomers();
const MESSAGES = [...DOC_MESSAGES, ...generateMessages(CUSTOMERS)];

/** A fresh copy of all seed data. Customers carry their sales rep in `owner` (not part of the API's rows). */
export function seedData() {
  return structuredClone({
    accounts: ACCOUNTS,
    smsTemplates: SMS_TEMPLATES,
    customers: CUSTOMERS,
    messages: MESSAGES,
    calls: [],
  });
}
