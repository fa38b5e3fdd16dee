// One Rongzi customer: decoded fields, SMS (templates, record a message, the messages with this
// customer) and syncing a call record.
import { rongziEnumValues, rongziLabel } from '/pkg/web/index.js';
import { h, field, fill, table, select, dateTime, statusLine } from './dom.mjs';
import { attempt } from './errors.mjs';

const yesNo = (v, yes, no) => (v === true ? yes : v === false ? no : '—');
/** The decoded fields as words. */
export const words = {
  house: (c) => yesNo(c.hasHouse, '有房', '无房'),
  car: (c) => yesNo(c.hasCars, '有车', '无车'),
  policy: (c) => yesNo(c.hasPolicy, '有担保', '无担保'),
  fund: ({ isSecuityOrFund: f }) => (!f ? '—' : f.socialSecurity && f.housingFund ? '社保+公积金'
    : f.socialSecurity ? '有社保' : f.housingFund ? '有公积金' : '无社保无公积金'),
  label: (name, v) => (v === null || v === undefined ? '—' : rongziLabel(name, v) ?? String(v)),
};

/** `ctx`: `{ client(), user() }`. Returns `{ el, show(customer), hide() }`. */
export function customerCard(ctx) {
  let customer = null;
  let templates = [];
  const head = h('div');
  const slot = h('div', { class: 'slot' });

  // SMS
  const template = select([], { testid: 'rz-sms-template' });
  const content = h('textarea', { rows: 2, testid: 'rz-sms-content' });
  const smsSend = h('button', { type: 'submit', testid: 'rz-sms-add' }, '记录短信 Record SMS');
  const smsDone = statusLine('rz-sms-status');
  const smsSlot = h('div', { class: 'slot' });
  const messages = h('div', { testid: 'rz-messages' });
  const smsForm = h('form', { class: 'grid-form', novalidate: true },
    field('模板 Template', template, { wide: true }),
    field('内容 Content', content, { name: '[0].content', wide: true }),
    h('div', { class: 'actions wide' }, smsSend, smsDone), h('div', { class: 'wide' }, smsSlot));
  template.addEventListener('change', () => { content.value = templates.find((t) => t.id === template.value)?.content ?? ''; });

  // Call sync
  const mobile = h('input', { type: 'text', inputmode: 'numeric', testid: 'rz-call-mobile' });
  const billSec = h('input', { type: 'text', inputmode: 'numeric', value: '45', testid: 'rz-call-billsec' });
  const callDate = h('input', { type: 'text', testid: 'rz-call-date' });
  const callStatus = select(rongziEnumValues('CallStatus').map((o) => ({ value: o.value, label: o.label })), { value: 'SALES_CALLED_CONNECTED', testid: 'rz-call-status' });
  const callSend = h('button', { type: 'submit', testid: 'rz-call-sync' }, '同步通话 Sync call');
  const callDone = statusLine('rz-call-done');
  const callSlot = h('div', { class: 'slot' });
  const callForm = h('form', { class: 'grid-form', novalidate: true, testid: 'rz-call-form' },
    field('客户手机 Mobile', mobile, { name: '[0].mobile' }),
    field('时长(秒) Seconds', billSec, { name: '[0].billSec' }),
    field('拨打时间 Date', callDate, { name: '[0].callDate', hint: 'yyyy-MM-dd HH:mm:ss' }),
    field('类型 Kind', callStatus, { name: '[0].callStatus' }),
    h('div', { class: 'actions wide' }, callSend, callDone), h('div', { class: 'wide' }, callSlot));

  async function loadMessages() {
    await attempt(smsSlot, async () => {
      const { rows, total } = await ctx.client().sms.getMessages({ empCode: ctx.user().empCode, customerCode: customer.customerCode, pageSize: 20 });
      fill(messages, h('h4', { text: `短信 Messages (${total ?? rows.length})` }), table([
        { title: '时间 Time', cell: (m) => (m.occurTime ?? '').slice(0, 16) },
        { title: '谁 Who', cell: (m) => rongziLabel('SenderRole', m.senderRole ?? '') ?? String(m.senderRole ?? '') },
        { title: '内容 Content', cell: (m) => `${m.signature ?? ''}${m.content ?? ''}` },
        { title: '状态 Status', cell: (m) => `${m.sendStatus === true ? '成功' : m.sendStatus === false ? '失败' : '—'} · ${m.isRead === true ? '已读' : m.isRead === false ? '未读' : '—'}`, class: 'hide-sm' },
      ], rows, { empty: '没有短信 No messages with this customer', rowProps: () => ({ testid: 'rz-message-row' }) }));
    });
  }

  smsForm.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    fill(smsDone);
    const u = ctx.user();
    const ok = await attempt(smsSlot, async () => {
      await ctx.client().sms.addMessages([{
        sender: u.empCode, receiver: customer.customerCode, senderRole: 'SALES', occurTime: dateTime(), content: content.value,
        receiverMobile: customer.mobile ?? '', senderName: u.empName ?? '', receiverName: customer.name ?? '', sendStatus: true,
      }]);
      return true;
    }, { form: smsForm, button: smsSend });
    if (!ok) return;
    fill(smsDone, '已记录 Recorded');
    await loadMessages();
  });

  callForm.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    fill(callDone);
    const at = await attempt(callSlot, () => ctx.client().call.syncRecords([{
      mobile: mobile.value.trim(), billSec: /^\d+$/.test(billSec.value.trim()) ? Number(billSec.value.trim()) : billSec.value.trim(),
      callDate: callDate.value.trim(), empCode: ctx.user().empCode, empWorkMobile: ctx.user().empWorkMobile ?? '', callStatus: callStatus.value,
    }]), { form: callForm, button: callSend });
    if (at !== undefined) fill(callDone, `已同步 Synced${typeof at === 'number' ? ` · ${dateTime(new Date(at))}` : ''}`);
  });

  async function show(c) {
    customer = c;
    el.hidden = false;
    mobile.value = c.mobile ?? '';
    callDate.value = dateTime();
    fill(callDone);
    fill(smsDone);
    const facts = [
      ['手机 Mobile', c.mobile], ['进程 Stage', words.label('ExeStatus', c.exeStatus)], ['拨打 Call', words.label('ContactStatus', c.contactStatus)],
      ['微信 WeChat', words.label('WechatFriendStatus', c.wechatFriendStatus)], ['房产 House', words.house(c)], ['车产 Car', words.car(c)],
      ['担保 Guarantee', words.policy(c)], ['社保/公积金', words.fund(c)], ['工作 Job', `${c.job ?? '—'} · ${c.workPlace ?? ''}`],
      ['月薪 Salary', c.salary ?? '—'], ['借款 Loan', `${c.rqrAmount ?? '—'} · ${c.rqrDuration ?? '—'}期 · ${c.paymentDate ?? ''}`],
    ];
    fill(head, h('h2', { text: c.name && c.name !== c.customerCode ? `${c.name} · ${c.customerCode}` : c.customerCode }),
      h('dl', { class: 'facts', testid: 'rz-facts' }, facts.map(([k, v]) => [h('dt', { text: k }), h('dd', { text: String(v ?? '—') })])));
    await attempt(slot, async () => {
      templates = await ctx.client().sms.templates();
      fill(template, templates.map((t) => h('option', { value: t.id ?? '', text: `${t.title ?? ''}: ${t.content ?? ''}` })));
      content.value = templates[0]?.content ?? '';
    });
    await loadMessages();
  }

  const el = h('section', { class: 'card', testid: 'rz-customer', hidden: true, 'aria-label': '客户详情 Customer' },
    head, slot,
    h('h3', { text: '短信 SMS' }), smsForm, messages,
    h('h3', { text: '同步通话记录 Sync a call record' }), callForm);
  return { el, show, hide: () => { el.hidden = true; } };
}
