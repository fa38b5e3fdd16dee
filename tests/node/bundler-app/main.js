// A minimal app as a Vite user would write it: the bare package name, no setup.
import { YiwiseClient, YiwiseRongziError, yiwiseLabel } from 'yiwise-rongzi';

const sim = new URLSearchParams(location.search).get('sim');
const yw = new YiwiseClient({ baseUrl: sim, appKey: 'demo-app-key', appSecret: 'demo-app-secret', tenantSign: 'demo-tenant', dangerouslyAllowBrowser: true });

window.result = (async () => {
  const { tenantName } = await yw.tenant.getTenant();
  const err = await yw.job.start({ robotCallJobId: 987654 }).catch((e) => e);
  return { tenantName, label: yiwiseLabel('JobStatus', 'COMPLETED'), errorClass: err instanceof YiwiseRongziError, kind: err.kind };
})();
