// Compiled with `tsc --noEmit --strict` by types.test.mjs: the package's types
// must accept documented usage and reject obvious mistakes (@ts-expect-error).
import {
  RongziClient,
  rongziLabel,
  rongziEnumValues,
  type RongziClientOptions,
  type RongziCustomer,
  type RongziExeStatus,
  type RongziLoginResult,
  type RongziPage,
  type RongziSmsMessageInput,
  YiwiseClient,
  YiwiseRongziError,
  yiwiseSignature,
  yiwiseLabel,
  type APIPromise,
  type AnswerSource,
  type ChatResult,
  type Knowledge,
  type Page,
  type CallOptions,
  type ResponseInfo,
  type ErrorKind,
  type JobCreateParams,
  type JobStatus,
  type JobSummary,
  type Tenant,
  type YiwiseClientOptions,
  type YiwiseRemoteSigningOptions,
  type YiwiseSignedHeaders,
  type YiwiseSigner,
  type YiwiseSignRequest,
  createYiwiseSigner,
} from 'yiwise-rongzi';

const options: YiwiseClientOptions = {
  baseUrl: 'http://127.0.0.1:8080',
  appKey: 'demo-app-key',
  appSecret: 'demo-app-secret',
  tenantSign: 'demo-tenant',
  timeoutMs: 5000,
};
const yw = new YiwiseClient(options);

export async function documentedUsage(signal: AbortSignal): Promise<string> {
  const callOptions: CallOptions = { signal, timeoutMs: 1000 };
  const tenant: Tenant = await yw.tenant.getTenant(undefined, callOptions);
  const name: string | undefined = tenant.tenantName;

  const params: JobCreateParams = {
    concurrencyQuota: 2,
    jobPhoneNumberIdList: [276],
    robotCallJob: {
      name: '回访任务',
      mode: 'MANUAL',
      dialogFlowId: 1001,
      phoneType: 'MOBILE',
      dailyStartTime: '09:00',
      dailyEndTime: '20:00',
    },
  };
  const { robotCallJobId } = await yw.job.create(params);
  await yw.job.importCustomer({ robotCallJobId: robotCallJobId ?? 0, customerPersons: [{ name: '张三', phoneNumber: '13800000001' }] });
  await yw.job.start({ robotCallJobId: robotCallJobId ?? 0 });

  const status: JobStatus = 'IN_PROCESS';
  const future: JobStatus = 'A_VALUE_ADDED_LATER'; // open enums keep unknown values
  const raw: unknown = await yw.request('GET', 'job/getJobs', { pageNum: 1 });

  const names: string[] = [];
  for await (const job of yw.job.getJobsAll({ status: 'IN_PROCESS' })) names.push(job.name ?? '');
  const page = await yw.job.getJobs();
  const total: number | undefined = page.totalElements;

  const sig: string = yiwiseSignature({ appKey: 'k', appSecret: 's', tenantSign: 't', timestamp: 0 });
  const label: string | undefined = yiwiseLabel('JobStatus', status);
  return [name, sig, label, future, String(raw), names.join(), total].join();
}

export function errorHandling(e: unknown): string {
  if (e instanceof YiwiseRongziError) {
    const kind: ErrorKind = e.kind;
    const fields: string[] = e.issues.map((i) => i.field);
    return `${kind} ${e.code ?? ''} ${e.requestId ?? ''} ${fields.join()}`;
  }
  return 'other';
}

export async function mistakes(): Promise<void> {
  // @ts-expect-error appSecret is required
  new YiwiseClient({ baseUrl: 'x', appKey: 'k', tenantSign: 't' });
  // @ts-expect-error robotCallJobId is required
  await yw.job.start({});
  // @ts-expect-error there is no such resource
  await yw.jobs.create();
  // @ts-expect-error the rows of getJobsAll are JobSummary, not pages
  for await (const job of yw.job.getJobsAll()) void job.content;
  // @ts-expect-error the error kind is a closed union
  const k: ErrorKind = 'oops';
  void k;
}

// The Rongzi half: the issue's "What a user gets" snippet, verbatim.
export async function whatAUserGets(): Promise<void> {
  const rz = new RongziClient({ baseUrl: 'http://127.0.0.1:8080' });
  const { userInfo } = await rz.account.login({ username: '1611', password: '123456' });
  for await (const c of rz.customer.listAll({ customerExeStatus: 'INTENT', empCode: userInfo.empCode })) {
    if (c.hasHouse && c.exeStatus === 'INTENT') await rz.customer.editComment({ customerCode: c.customerCode, comment: '已联系' });
  }
}

export async function rongziUsage(signal: AbortSignal): Promise<string> {
  const options: RongziClientOptions = {
    baseUrl: 'http://127.0.0.1:8080',
    token: null,
    timeoutMs: 5000,
    onUnauthorized: async (error) => {
      void error.kind;
      await rz.account.login({ username: '1611', passwordMd5: 'e10adc3949ba59abbe56e057f20f883e' });
    },
  };
  const rz = new RongziClient(options);
  const login: RongziLoginResult = await rz.account.login({ username: '1611', password: '123456' }, { signal });
  const token: string | null = rz.token;
  const expires: number | null = rz.tokenExpiresAt;
  const page: RongziPage<RongziCustomer> = await rz.customer.list({ empCode: login.userInfo.empCode, customerExeStatus: 'DEAL', pageIndex: 1 });
  const total: number | null = page.total;
  const first: RongziCustomer | undefined = page.rows[0];
  const status: RongziExeStatus | null = first?.exeStatus ?? null;
  const salary: number | null = first?.salary ?? null;
  const social: boolean | undefined = first?.isSecuityOrFund?.socialSecurity;
  const templates = await rz.sms.templates();
  const message: RongziSmsMessageInput = {
    sender: 'AA1611', receiver: 'AAC13031400024', senderRole: 'SALES', occurTime: '2018-09-07 06:53:41.300',
    content: '您好', receiverMobile: '13472764344', sendStatus: true,
  };
  const lastMs: number | undefined = await rz.sms.addMessages([message]);
  for await (const m of rz.sms.getMessagesAll({ customerCode: 'AAC13031400024' })) void m.occurTime;
  await rz.call.syncRecords([{ mobile: '13472764344', billSec: 40, callDate: '2018-08-30 18:30:55', empCode: 'AA1611', callStatus: 'SALES_CALLED_CONNECTED' }]);
  await rz.wechat.updateFriendStatus({ customerMobile: '18722222222', friendStatus: 'FRIEND' });
  const { friendStatus } = await rz.wechat.addFriend({ customerMobile: '18522222222' });
  rz.setToken(token);
  rz.logout();
  const label: string | undefined = rongziLabel('ExeStatus', 'INTENT');
  const codes: number[] = rongziEnumValues('CallStatus').map((v) => v.code);
  const json: { baseUrl: string; loggedIn: boolean } = rz.toJSON();
  return [token, expires, total, status, salary, social, templates.length, lastMs, friendStatus, label, codes.join(), json.loggedIn].join();
}

export async function rongziMistakes(rz: RongziClient): Promise<void> {
  // @ts-expect-error password or passwordMd5 is required
  await rz.account.login({ username: '1611' });
  // @ts-expect-error not both password and passwordMd5
  await rz.account.login({ username: '1611', password: 'x', passwordMd5: 'y' });
  // @ts-expect-error empCode is required
  await rz.customer.list({ customerExeStatus: 'INTENT' });
  // @ts-expect-error the filter has no DEAL_MEMBER (that is an exeStatus)
  await rz.customer.list({ empCode: 'AA1611', customerExeStatus: 'DEAL_MEMBER' });
  // @ts-expect-error addMessages takes a list
  await rz.sms.addMessages({ sender: 'A' });
  // @ts-expect-error updateFriendStatus takes NOT_FRIEND or FRIEND only
  await rz.wechat.updateFriendStatus({ customerMobile: '1', friendStatus: 'REQUEST_PENDING' });
  // @ts-expect-error the token getter is read-only data, not a function
  rz.token();
}

// Reliability and security (issue 6): retries, remote signing, clock offset.
export async function reliabilityUsage(signal: AbortSignal): Promise<string> {
  const serverSide: YiwiseSigner = createYiwiseSigner({ appKey: 'k', appSecret: 's', tenantSign: 't', clockOffsetMs: -250 });
  const headers: YiwiseSignedHeaders = await serverSide({ method: 'GET', path: 'tenant/getTenant', timestamp: Date.now() });
  const browserSide: YiwiseSigner = async (req: YiwiseSignRequest) =>
    (await fetch('/sign', { method: 'POST', body: JSON.stringify(req) })).json() as Promise<YiwiseSignedHeaders>;
  const remote: YiwiseRemoteSigningOptions = { baseUrl: 'https://proxy.example', appKey: 'k', signer: browserSide, maxRetries: 3 };
  const yw2 = new YiwiseClient(remote);
  const mode: 'local' | 'remote' | 'proxy' = yw2.signing;
  const local: YiwiseClientOptions = { ...options, maxRetries: 0, retryBaseMs: 0, clockOffsetMs: 1500 };
  const yw3 = new YiwiseClient(local);
  const call: CallOptions = { signal, timeoutMs: 2000, maxRetries: 1 };
  await yw3.tenant.getTenant(undefined, call);
  const rz = new RongziClient({ baseUrl: 'http://127.0.0.1:8080', maxRetries: 1, retryBaseMs: 10 });
  await rz.customer.list({ empCode: 'AA1611', customerExeStatus: 'INTENT' }, { maxRetries: 0 });
  return [headers.signature, headers.timestamp, mode].join();
}

export function reliabilityMistakes(signer: YiwiseSigner): void {
  // @ts-expect-error appSecret and signer do not go together
  new YiwiseClient({ baseUrl: 'x', appKey: 'k', appSecret: 's', tenantSign: 't', signer });
  // A signer alone is enough (its answer carries the appKey).
  new YiwiseClient({ baseUrl: 'x', signer });
  // Options first where an endpoint has no params, and per-call headers.
  void new YiwiseClient({ baseUrl: 'x', signer }).tenant.getTenant({ timeoutMs: 1000, headers: { 'X-Request-Id': 'r' } });
  // @ts-expect-error a header value is a string
  void new YiwiseClient({ baseUrl: 'x', signer }).tenant.getTenant(undefined, { headers: { 'X-A': 1 } });
  // @ts-expect-error the signer returns headers, not a string
  const bad: YiwiseSigner = async () => 'signature';
  void bad;
  // @ts-expect-error maxRetries is a number
  void ({ maxRetries: 'twice' } satisfies CallOptions);
}

// Pagination controls (limit, toArray, pages).
export async function paginationUsage(yw: YiwiseClient, rz: RongziClient): Promise<number> {
  const jobs: JobSummary[] = await yw.job.getJobsAll({ pageSize: 50 }, { limit: 100 }).toArray({ limit: 100 });
  let n = jobs.length;
  for await (const page of yw.job.getJobsAll().pages()) n += (page.content?.length ?? 0) + (page.totalElements ?? 0);
  for await (const page of rz.customer.listAll({ empCode: 'AA1611' }).pages()) n += page.rows.length;
  // @ts-expect-error toArray needs a limit
  await yw.job.getJobsAll().toArray();
  return n;
}

// Bulk import.
export async function bulkUsage(yw: YiwiseClient): Promise<number> {
  const { imported, failed } = await yw.job.importCustomers(
    { robotCallJobId: 1, customerPersons: [{ name: 'a', phoneNumber: '13800000000' }] },
    { chunkSize: 50, concurrency: 2, continueOnError: true, onProgress: (p) => console.log(p.done, p.total, p.imported, p.failed) },
  );
  for (const f of failed) console.log(f.from, f.to, f.error.kind, f.error.message);
  // @ts-expect-error chunkSize is a number
  await yw.job.importCustomers({ robotCallJobId: 1, customerPersons: [] }, { chunkSize: '50' });
  return imported;
}

// Raw responses: withResponse(), lastResponse, error.response.
export async function rawResponseUsage(yw: YiwiseClient, rz: RongziClient): Promise<number> {
  const { data, response }: { data: Tenant; response: ResponseInfo } = await yw.tenant.getTenant().withResponse();
  const trace: string | null = response.headers.get('x-trace-id');
  const id: string | null = response.requestId;
  const pending: APIPromise<RongziPage<RongziCustomer>> = rz.customer.list({ empCode: 'AA1611' });
  const page: RongziPage<RongziCustomer> = await pending;
  const { response: raw } = await yw.request('GET', 'tenant/getTenant').withResponse();
  try {
    await yw.job.start({ robotCallJobId: 1 });
  } catch (e) {
    if (e instanceof YiwiseRongziError && e.response) console.log(e.response.status, e.response.headers.get('retry-after'));
  }
  // @ts-expect-error withResponse's data is the result, not the response
  const wrong: number = (await yw.tenant.getTenant().withResponse()).data.status;
  void [trace, id, wrong];
  return page.rows.length + raw.status + response.status;
}

// The 2021-01 endpoints and the demos' ones.
export async function api2021Usage(yw: YiwiseClient): Promise<number> {
  const turn: ChatResult = await yw.chat.send({ botId: 1, text: '你好', metaData: { 姓名: '张三' } });
  const source: AnswerSource | undefined = turn.messages?.[0]?.text?.answerSource;
  const page: Page<Knowledge> = await yw.knowledge.list({ botId: 1, keyword: '营业' });
  const k: Knowledge = await yw.knowledge.create({
    botId: 1, knowledgeCategoryName: '常见问题', title: '营业时间',
    answers: [{ gateways: ['ALL'], type: 'PURE_TEXT', content: '9:00-18:00' }], status: 'ENABLED',
  });
  for await (const item of yw.knowledge.listAll({ botId: 1 })) void item.title;
  const data: unknown = await yw.job.oneTimeCall({
    dialogFlowId: 1, jobPhoneNumberIdList: [2], phoneType: 'LANDLINE', customerPersons: [{ phoneNumber: '13800000000' }],
  });
  await yw.callRecord.getCallRecordInfoList({ robotCallJobId: 1, lastCallRecord: true, redialTimes: 1, readStatus: 'NOT_READ' });
  await yw.job.modify({
    jobPhoneNumberIdList: [1],
    robotCallJob: { robotCallJobId: 1, name: 'x', mode: 'MANUAL', dialogFlowId: 1, phoneType: 'LANDLINE', dailyStartTime: '09:00', dailyEndTime: '20:00', wechatConditionAlertLevel: [2, 'A'], enableConcurrency: true },
  });
  // @ts-expect-error the 2018 no-call period is refused: use inactiveTimeList
  await yw.job.create({ jobPhoneNumberIdList: [1], robotCallJob: { name: 'x', mode: 'MANUAL', dialogFlowId: 1, phoneType: 'MOBILE', dailyStartTime: '09:00', dailyEndTime: '20:00', inactiveStartTime: '12:00' } });
  // @ts-expect-error chat needs a botId
  await yw.chat.send({ text: 'hi' });
  void [source, data];
  return (page.content?.length ?? 0) + (k.answers?.length ?? 0);
}
