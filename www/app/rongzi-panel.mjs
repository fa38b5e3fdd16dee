// The Rongzi (融助手) panel: login, the customer list (exeStatus filter, paging, codes shown as
// words), editing a comment inline; a customer's SMS and call sync live in rongzi-customer.mjs.
import { RongziClient, rongziEnumValues } from '/pkg/web/index.js';
import { h, field, fill, table, button, select, statusLine } from './dom.mjs';
import { attempt } from './errors.mjs';
import { customerCard, words } from './rongzi-customer.mjs';

const SAVED = 'yiwise-rongzi-demo:rongzi'; // sessionStorage: { baseUrl, token, userInfo } survives a reload
const MAX_COMMENT = 500;

export function rongziPanel() {
  let client = null;
  let user = null;
  let page = 1;
  let total = 0;
  let rows = [];
  const saved = JSON.parse(sessionStorage.getItem(SAVED) ?? 'null');

  const baseUrl = h('input', { type: 'url', value: saved?.baseUrl ?? location.origin, testid: 'rz-base-url', autocomplete: 'off' });
  const username = h('input', { type: 'text', value: '1611', testid: 'rz-username', autocomplete: 'username' });
  const password = h('input', { type: 'password', value: '123456', testid: 'rz-password', autocomplete: 'current-password' });
  const login = h('button', { type: 'submit', class: 'primary', testid: 'rz-login' }, '登录 Log in');
  const who = statusLine('rz-user');
  const logout = button('退出 Log out', () => { client?.logout(); client = null; user = null; sessionStorage.removeItem(SAVED); render(); }, { testid: 'rz-logout', hidden: true });
  const loginSlot = h('div', { class: 'slot' });
  const loginForm = h('form', { class: 'grid-form', novalidate: true, testid: 'rz-login-form' },
    field('Base URL', baseUrl, { name: 'baseUrl', wide: true }),
    field('工号 Username', username, { name: 'username' }),
    field('密码 Password', password, { name: 'password' }),
    h('div', { class: 'actions wide' }, login, logout, who),
    h('div', { class: 'wide' }, loginSlot));

  const filter = select(rongziEnumValues('CustomerExeStatus').map((o) => ({ value: o.value, label: `${o.label} ${o.value}` })), { value: 'ALL', testid: 'rz-filter', id: 'rz-filter' });
  const size = select([10, 20, 50].map((n) => ({ value: n, label: `${n} / 页 page` })), { value: 10, testid: 'rz-page-size', id: 'rz-page-size' });
  const prev = button('‹ 上一页 Prev', () => load(page - 1), { testid: 'rz-prev' });
  const next = button('下一页 Next ›', () => load(page + 1), { testid: 'rz-next' });
  const pageInfo = h('span', { class: 'page-info', testid: 'rz-page-info', 'aria-live': 'polite' });
  const listSlot = h('div', { class: 'slot' });
  const listBox = h('div', { testid: 'rz-customers' });
  filter.addEventListener('change', () => load(1));
  size.addEventListener('change', () => load(1));

  const onUnauthorized = async () => {
    // The token expired: log in again with the form's credentials (the call is then retried once).
    await client.account.login({ username: username.value.trim(), password: password.value });
    remember();
  };
  const makeClient = (token) => new RongziClient({ baseUrl: baseUrl.value.replace(/\/+$/, ''), token, onUnauthorized });
  const remember = () => sessionStorage.setItem(SAVED, JSON.stringify({ baseUrl: baseUrl.value, token: client.token, userInfo: user }));
  const detail = customerCard({ client: () => client, user: () => user });

  loginForm.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const ok = await attempt(loginSlot, async () => {
      const c = makeClient(null);
      const res = await c.account.login({ username: username.value.trim(), password: password.value });
      client = c;
      user = res.userInfo;
      remember();
      return true;
    }, { form: loginForm, button: login });
    if (!ok) return;
    render();
    await load(1);
  });

  function commentCell(c) {
    const text = h('span', { class: 'comment', testid: 'rz-comment', text: c.comment || '' });
    const edit = button('编辑 Edit', () => fill(cell, commentEditor(c, () => fill(cell, text, ' ', edit))), { class: 'link', testid: 'rz-edit-comment', 'aria-label': `编辑备注 Edit comment of ${c.name ?? c.customerCode}` });
    const cell = h('div', { class: 'comment-cell' }, text, ' ', edit);
    return cell;
  }

  function commentEditor(c, cancel) {
    const area = h('textarea', { rows: 3, testid: 'rz-comment-input', 'aria-label': '备注 Comment' });
    area.value = c.comment ?? '';
    const count = h('small', { class: 'counter', testid: 'rz-comment-count', 'aria-live': 'polite' });
    const counted = () => {
      const n = [...area.value].length; // characters, as the API counts them
      fill(count, `${n} / ${MAX_COMMENT}`);
      count.classList.toggle('over', n > MAX_COMMENT);
    };
    area.addEventListener('input', counted);
    counted();
    const slot = h('div', { class: 'slot' });
    const save = h('button', { type: 'submit', class: 'primary', testid: 'rz-comment-save' }, '保存 Save');
    const form = h('form', { class: 'comment-form', novalidate: true },
      h('div', { class: 'field', dataset: { field: 'comment' } }, area, count, h('small', { class: 'issue', role: 'alert', testid: 'issue-comment', hidden: true })),
      h('div', { class: 'actions' }, save, button('取消 Cancel', cancel, { testid: 'rz-comment-cancel' })), slot);
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const ok = await attempt(slot, async () => {
        await client.customer.editComment({ customerCode: c.customerCode, comment: area.value });
        return true;
      }, { form, button: save });
      if (ok) await load(page); // read it back from the server
    });
    queueMicrotask(() => area.focus());
    return form;
  }

  function renderList() {
    const pages = Math.max(1, Math.ceil(total / Number(size.value)));
    fill(pageInfo, `第 ${page} / ${pages} 页 · 共 ${total} 条 · Page ${page} of ${pages}, ${total} customers`);
    prev.disabled = page <= 1;
    next.disabled = page >= pages;
    fill(listBox, table([
      { title: '客户 Customer', cell: (c) => [button(c.name ?? c.customerCode, () => detail.show(c), { class: 'link strong', testid: 'rz-details', title: '详情 Details' }), h('br'), h('small', { text: c.mobile ?? '' })] },
      { title: '进程 Stage', key: 'exe', cell: (c) => words.label('ExeStatus', c.exeStatus) },
      { title: '拨打 Call', cell: (c) => words.label('ContactStatus', c.contactStatus), class: 'hide-sm' },
      { title: '资产 Assets', key: 'assets', cell: (c) => `${words.house(c)} · ${words.car(c)} · ${words.policy(c)}` },
      { title: '社保/公积金', key: 'fund', cell: (c) => words.fund(c) },
      { title: '月薪 Salary', cell: (c) => (c.salary === null ? '—' : String(c.salary)), class: 'num hide-sm' },
      { title: '借款 Loan', cell: (c) => (c.rqrAmount === null ? '—' : `${c.rqrAmount} · ${c.rqrDuration ?? '?'}期`), class: 'hide-sm' },
      { title: '备注 Comment', key: 'comment', cell: commentCell },
    ], rows, { class: 'cards-sm', empty: '没有客户 No customers', rowProps: (c) => ({ testid: `rz-row-${c.customerCode}`, dataset: { code: c.customerCode, exe: c.exeStatus ?? '' } }) }));
  }

  async function load(n) {
    const ok = await attempt(listSlot, async () => {
      if (!client) throw Object.assign(new Error('请先登录 Log in first'), { kind: 'auth' });
      const res = await client.customer.list({ empCode: user.empCode, customerExeStatus: filter.value, pageIndex: n, pageSize: Number(size.value) });
      page = n;
      total = res.total ?? res.rows.length;
      rows = res.rows;
      remember(); // the hook may have renewed the token
      return true;
    });
    if (ok) renderList();
  }

  function render() {
    logout.hidden = !client;
    fill(who, user ? `已登录 Logged in: ${user.empName ?? user.empCode} · ${user.cityName ?? ''}` : '');
    listCard.hidden = !client;
    if (!client) detail.hide();
  }

  const listCard = h('section', { class: 'card', 'aria-labelledby': 'rz-list-title', hidden: true },
    h('div', { class: 'card-head' }, h('h2', { id: 'rz-list-title', text: '客户 Customers' }),
      h('label', { for: 'rz-filter', text: '进程 Stage' }), filter, h('label', { for: 'rz-page-size', class: 'sr-only', text: '每页 Page size' }), size),
    listSlot, listBox, h('div', { class: 'pager' }, prev, pageInfo, next));

  // Three areas: login and the customer on the left, the list on the right (on a phone: login, list, customer).
  listCard.classList.add('area-list');
  detail.el.classList.add('area-detail');
  const el = h('div', { class: 'panel rongzi', id: 'panel-rongzi', role: 'tabpanel', 'aria-labelledby': 'tab-rongzi', testid: 'panel-rongzi' },
    h('section', { class: 'card area-login', 'aria-labelledby': 'rz-login-title' }, h('h2', { id: 'rz-login-title', text: '登录 Login' }), loginForm),
    listCard, detail.el);

  // Back from a reload: the saved token still works (or the hook logs in again).
  if (saved?.token && saved.userInfo) {
    client = makeClient(saved.token);
    user = saved.userInfo;
    queueMicrotask(() => { render(); load(1); });
  }
  return { el };
}
