// Compiled with `tsc --noEmit --strict` by types.test.mjs: the package's types
// must accept documented usage and reject obvious mistakes (@ts-expect-error).
import {
  YiwiseClient,
  YiwiseRongziError,
  yiwiseSignature,
  yiwiseLabel,
  type CallOptions,
  type ErrorKind,
  type JobCreateParams,
  type JobStatus,
  type Tenant,
  type YiwiseClientOptions,
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
