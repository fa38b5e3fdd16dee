// Callbacks: set the tenant's callbackUrl (isv.updateIsvInfo), list what the simulator
// delivered (GET /sim/callbacks: every request it made, to loopback URLs only, with its status)
// and what the demo's receiver (createYiwiseCallbackHandler in www/backend.mjs) handled.
import { yiwiseLabel } from '/pkg/web/index.js';
import { h, field, fill, table, button, statusLine } from './dom.mjs';
import { attempt } from './errors.mjs';

const STATUS = { delivered: '已送达 delivered', retrying: '重试中 retrying', failed: '失败 failed', skipped: '已跳过 skipped', pending: '发送中 pending' };

function summary(payload) {
  const d = payload?.data ?? {};
  if (payload?.dataType === 'ROBOT_CALL_RECORD') {
    return `#${d.robotCallJobId} ${d.calledPhoneNumber ?? ''} ${yiwiseLabel('DialStatus', d.resultStatus ?? '') ?? d.resultStatus ?? ''} ${d.intentLevel ?? ''}`;
  }
  if (payload?.dataType === 'ROBOT_CALL_JOB') return `#${d.robotCallJobId} ${yiwiseLabel('JobStatus', d.status ?? '') ?? d.status ?? ''}`;
  return '';
}

/** `ctx`: `{ client(), base(), tenantSign() }`. Returns `{ el, refresh() }`. */
export function createCallbacks(ctx) {
  const url = h('input', { type: 'url', placeholder: 'http://127.0.0.1:3000/yiwise/callback', testid: 'callback-url', autocomplete: 'off' });
  const useReceiver = h('button', { type: 'button', testid: 'callback-use-receiver', hidden: true }, '用演示接收端 Use the demo receiver');
  useReceiver.addEventListener('click', async () => {
    const sim = await fetch(`${ctx.base()}/sim/callbacks`).then((r) => r.json()).catch(() => ({}));
    url.value = `${ctx.base()}/app/callbacks/${sim.encrypted ? 'encrypted' : 'plain'}`;
  });
  const receivedList = h('div', { testid: 'received' });
  const save = h('button', { type: 'submit', testid: 'callback-save' }, '保存 Save');
  const saved = statusLine('callback-status');
  const slot = h('div', { class: 'slot' });
  const listSlot = h('div', { class: 'slot' });
  const list = h('div', { testid: 'callbacks' });
  const form = h('form', { class: 'inline-form', novalidate: true },
    field('回调地址 Callback URL', url, { name: 'callbackUrl', hint: '你的接收端须回复 success · your receiver must answer "success" (see docs/production.md); the simulator posts to loopback URLs only' }),
    h('div', { class: 'actions' }, save, useReceiver, saved));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    fill(saved);
    const ok = await attempt(slot, async () => {
      await ctx.client().isv.updateIsvInfo({ tenantSign: ctx.tenantSign(), callbackUrl: url.value.trim() });
      return true;
    }, { form, button: save });
    if (ok) fill(saved, url.value.trim() ? '已保存 Saved' : '已清除 Cleared');
  });

  let lastReceived = '';
  let demoBackend = false; // from GET /sim/callbacks: does this server have the demo's receivers?
  async function refreshReceived() {
    if (!demoBackend) return;
    const res = await fetch(`${ctx.base()}/app/callbacks/received`).catch(() => null);
    if (!res || !res.ok) {
      fill(receivedList);
      return;
    }
    const { received = [] } = await res.json();
    const key = JSON.stringify(received.map((r) => r.dedupeKey + r.at));
    if (key === lastReceived) return;
    lastReceived = key;
    fill(receivedList,
      h('h3', { text: `接收端收到 Your receiver handled (${received.length})` }),
      table([
        { title: '类型 Type', cell: (r) => r.dataType },
        { title: '加密 Encrypted', cell: (r) => (r.encrypted ? '是 yes' : '否 no') },
        { title: '内容 Data', cell: (r) => summary({ dataType: r.dataType, data: r.data }) },
        { title: 'dedupeKey', cell: (r) => r.dedupeKey, class: 'hide-sm url' },
      ], received.slice(-50).reverse(), { empty: '还没有 Nothing yet', rowProps: (r) => ({ testid: 'received-row', dataset: { type: r.dataType, encrypted: String(r.encrypted) } }) }));
  }

  let last = '';
  async function refresh() {
    await attempt(listSlot, async () => {
      const res = await fetch(`${ctx.base()}/sim/callbacks`);
      if (res.status === 404) {
        fill(list, h('p', { class: 'hint', text: '此服务器不是模拟器 This server has no /sim/callbacks (not the simulator).' }));
        return;
      }
      if (!res.ok) throw new Error(`GET /sim/callbacks: HTTP ${res.status}`);
      const { deliveredCallbacks = [], encrypted, demoBackend: hasBackend } = await res.json();
      demoBackend = Boolean(hasBackend);
      useReceiver.hidden = !demoBackend;
      await refreshReceived();
      const key = JSON.stringify(deliveredCallbacks.map((c) => [c.id, c.status, c.attempts]));
      if (key === last) return;
      last = key;
      const rows = deliveredCallbacks.slice(-50).reverse();
      fill(list,
        h('p', { class: 'hint', text: `${deliveredCallbacks.length} 次回调 callbacks${encrypted ? ' (加密 encrypted)' : ''}` }),
        table([
          { title: '#', cell: (c) => String(c.id), class: 'num' },
          { title: '类型 Type', cell: (c) => c.dataType },
          { title: '状态 Status', cell: (c) => h('span', { class: `cb-${c.status}`, title: c.error ?? '' }, STATUS[c.status] ?? c.status) },
          { title: '次数 Tries', cell: (c) => String(c.attempts), class: 'num hide-sm' },
          { title: '内容 Data', cell: (c) => summary(c.payload) },
          { title: 'URL', cell: (c) => c.url, class: 'hide-sm url' },
        ], rows, { empty: '还没有回调 No callbacks yet: set a callback URL, then run a task', rowProps: (c) => ({ testid: 'callback-row', dataset: { type: c.dataType, status: c.status } }) }));
    });
  }

  const el = h('section', { class: 'card', 'aria-labelledby': 'yw-cb-title' },
    h('div', { class: 'card-head' }, h('h2', { id: 'yw-cb-title', text: '回调 Callbacks' }),
      button('刷新 Refresh', () => refresh(), { testid: 'refresh-callbacks' })),
    form, slot, listSlot, list, receivedList);
  return { el, refresh };
}
