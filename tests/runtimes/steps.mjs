// The four steps every runtime and bundler of the matrix runs (tests/node/runtimes.test.mjs),
// plus the server kit where the runtime is a server: signing, a Yiwise call, a Rongzi login and
// page, a validation error that is `instanceof YiwiseRongziError`. Imports nothing itself: each
// runner passes the package's API as its runtime loads it.
export async function steps(api, kit, simUrl, { browser = false } = {}) {
  const { yiwiseSignature, YiwiseClient, RongziClient, YiwiseRongziError } = api;
  const out = {};
  out.sig = yiwiseSignature({ appKey: 'k', appSecret: 's', tenantSign: 't', version: 'v1', timestamp: 0 });
  const demo = { baseUrl: simUrl, appKey: 'demo-app-key', appSecret: 'demo-app-secret', tenantSign: 'demo-tenant' };
  if (browser) {
    // A browser refuses the secret unless told otherwise (servers do not: they get here without it).
    try {
      new YiwiseClient(demo);
      out.guard = 'no error';
    } catch (e) {
      out.guard = e instanceof YiwiseRongziError ? `${e.kind} ${e.field} ${/viaProxy/.test(e.message)}` : String(e);
    }
  }
  const yw = new YiwiseClient({ ...demo, dangerouslyAllowBrowser: browser });
  const seen = [];
  yw.on('response', (e) => seen.push(`${e.method} ${e.endpoint} ${e.status}`));
  out.tenant = (await yw.tenant.getTenant()).tenantName;
  out.events = seen.join();
  const rz = new RongziClient({ baseUrl: simUrl });
  const { userInfo } = await rz.account.login({ username: '1611', password: '123456' });
  out.rows = (await rz.customer.list({ empCode: userInfo.empCode, pageIndex: 1, pageSize: 2 })).rows.length;
  try {
    await yw.job.start({});
    out.validation = 'resolved';
  } catch (e) {
    out.validation = e instanceof YiwiseRongziError ? `${e.kind} ${e.field}` : `not a YiwiseRongziError: ${e}`;
  }
  if (kit) {
    const seen = [];
    const callbacks = kit.createYiwiseCallbackHandler({ onJob: (job) => { seen.push(job.robotCallJobId); } });
    const ack = await callbacks(new Request('http://receiver.test/yiwise/callback', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ dataType: 'ROBOT_CALL_JOB', data: { robotCallJobId: 43, status: 'COMPLETED' } }),
    }));
    out.callback = `${ack.status} ${await ack.text()} ${seen.join()}`;
    const proxy = kit.createYiwiseProxy({
      baseUrl: simUrl, appKey: 'demo-app-key', appSecret: 'demo-app-secret', tenantSign: 'demo-tenant',
      allow: ['tenant/getTenant'], authorize: () => true,
    });
    const proxied = await proxy(new Request('http://app.test/yiwise/apiOpen/v1/tenant/getTenant'));
    out.proxy = `${proxied.status} ${(await proxied.json()).data.tenantName}`;
  }
  return out;
}
