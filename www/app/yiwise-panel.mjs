// The Yiwise (一知 AI outbound calls) panel: credentials, tenant, caller lines and dialog flows,
// then the create form, the tasks and the callbacks.
import { YiwiseClient, yiwiseLabel } from '/pkg/web/index.js';
import { h, field, fill, table, statusLine } from './dom.mjs';
import { attempt } from './errors.mjs';
import { createTaskForm } from './yiwise-task-form.mjs';
import { createTasks } from './yiwise-tasks.mjs';
import { createCallbacks } from './yiwise-callbacks.mjs';

const DEMO = { appKey: 'demo-app-key', appSecret: 'demo-app-secret', tenantSign: 'demo-tenant' };

/** Asks the server for the signed headers of one request (see www/sim/yiwise-signer.mjs). */
async function remoteSign(appKey) {
  const res = await fetch('/sim/sign', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ appKey }) });
  const body = await res.json();
  if (!res.ok) throw new Error(`signing failed: ${body.error ?? res.status}`);
  return body;
}

export function yiwisePanel() {
  let client = null;
  const input = (value, props = {}) => h('input', { type: 'text', value, autocomplete: 'off', spellcheck: 'false', ...props });
  const baseUrl = input(location.origin, { type: 'url', testid: 'yw-base-url' });
  const appKey = input(DEMO.appKey, { testid: 'yw-app-key' });
  const appSecret = input(DEMO.appSecret, { type: 'password', testid: 'yw-app-secret', autocomplete: 'new-password' });
  const tenantSign = input(DEMO.tenantSign, { testid: 'yw-tenant-sign' });
  // Remote signing: the page holds no appSecret; the server's /sim/sign (what your backend would
  // do with createYiwiseSigner) returns the four signed headers for each request.
  const remote = h('input', { type: 'checkbox', testid: 'yw-remote-signing' });
  // Through a proxy: the page holds no credential at all; the demo server's createYiwiseProxy
  // (www/backend.mjs, the SDK's server kit) signs and forwards the endpoints it allows.
  const viaProxy = h('input', { type: 'checkbox', testid: 'yw-via-proxy' });
  const sync = () => {
    appSecret.disabled = remote.checked || viaProxy.checked;
    appKey.disabled = viaProxy.checked;
    tenantSign.disabled = viaProxy.checked;
    remote.disabled = viaProxy.checked;
  };
  remote.addEventListener('change', sync);
  viaProxy.addEventListener('change', sync);
  const connect = h('button', { type: 'submit', class: 'primary', testid: 'yw-connect' }, '连接 Connect');
  const connected = statusLine('yw-tenant');
  const slot = h('div', { class: 'slot' });
  const resources = h('div', { class: 'resources', testid: 'yw-resources' });

  const ctx = {
    client: () => {
      if (!client) throw Object.assign(new Error('先连接 Connect first'), { kind: 'validation', issues: [] });
      return client;
    },
    base: () => baseUrl.value.replace(/\/+$/, ''),
    tenantSign: () => tenantSign.value.trim(),
  };
  const callbacks = createCallbacks(ctx);
  const tasks = createTasks({ ...ctx, onTick: () => callbacks.refresh() });
  const taskForm = createTaskForm({
    ...ctx,
    onCreated: async (id) => {
      await tasks.select(id);
      tasks.openImport();
    },
  });

  const form = h('form', { class: 'grid-form', novalidate: true, testid: 'yw-credentials' },
    field('Base URL', baseUrl, { name: 'baseUrl' }),
    field('appKey', appKey, { name: 'appKey' }),
    field('appSecret', appSecret, { name: 'appSecret' }),
    field('tenantSign 公司签名', tenantSign, { name: 'tenantSign' }),
    h('label', { class: 'wide check' }, remote, ' 服务器签名 Sign on the server (no appSecret in the page: the SDK\'s signer option)'),
    h('label', { class: 'wide check' }, viaProxy, ' 通过代理 Through a proxy (no credentials in the page: createYiwiseProxy at /app/yiwise)'),
    h('div', { class: 'actions wide' }, connect, connected),
    h('div', { class: 'wide' }, slot));

  function renderResources(tenant, phones, flows) {
    fill(connected, `公司 Tenant: ${tenant.tenantName ?? ''} (id ${tenant.tenantId ?? '?'})`);
    fill(resources,
      h('details', {}, h('summary', { text: `主叫线路 Caller lines (${phones.length})` }), table([
        { title: 'ID', cell: (p) => String(p.tenantPhoneNumberId ?? '') },
        { title: '号码 Number', cell: (p) => p.phoneNumber ?? '' },
        { title: '名称 Name', cell: (p) => p.phoneName ?? '', class: 'hide-sm' },
        { title: '类型 Type', cell: (p) => yiwiseLabel('PhoneType', p.phoneType ?? '') ?? p.phoneType ?? '' },
        { title: '归属 Area', cell: (p) => `${p.province ?? ''} ${p.city ?? ''}`, class: 'hide-sm' },
      ], phones, { testid: 'yw-phones' })),
      h('details', {}, h('summary', { text: `话术 Dialog flows (${flows.length})` }), table([
        { title: 'ID', cell: (f) => String(f.dialogFlowId ?? '') },
        { title: '名称 Name', cell: (f) => f.name ?? '' },
        { title: '状态 Status', cell: (f) => yiwiseLabel('DialogFlowStatus', f.status ?? '') ?? f.status ?? '' },
      ], flows, { testid: 'yw-flows' })));
  }

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    fill(connected);
    const ok = await attempt(slot, async () => {
      client = null;
      const key = appKey.value.trim();
      let c;
      if (viaProxy.checked) c = new YiwiseClient({ baseUrl: `${ctx.base()}/app/yiwise`, viaProxy: true });
      else if (remote.checked) c = new YiwiseClient({ baseUrl: ctx.base(), appKey: key, signer: () => remoteSign(key) });
      // Only because this page talks to a local simulator with demo credentials (see the note above).
      else c = new YiwiseClient({ baseUrl: ctx.base(), appKey: key, appSecret: appSecret.value, tenantSign: ctx.tenantSign(), dangerouslyAllowBrowser: true });
      const [tenant, phones, flows] = await Promise.all([c.tenant.getTenant(), c.phone.getPhoneList(), c.dialogFlow.getDialogFlowList()]);
      client = c;
      renderResources(tenant, phones, flows);
      taskForm.setResources({ phones, flows });
      return true;
    }, { form, button: connect });
    if (ok) await tasks.refresh();
  });

  const el = h('div', { class: 'panel', id: 'panel-yiwise', role: 'tabpanel', 'aria-labelledby': 'tab-yiwise', testid: 'panel-yiwise' },
    h('div', { class: 'col' },
      h('section', { class: 'card', 'aria-labelledby': 'yw-conn-title' },
        h('h2', { id: 'yw-conn-title', text: '连接 Connection' }), form, resources),
      taskForm.el),
    h('div', { class: 'col' }, tasks.el, callbacks.el));
  return { el, start: () => form.requestSubmit() };
}
