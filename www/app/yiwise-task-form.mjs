// The "create task" form of the Yiwise panel: the documented job/create fields; the SDK's
// validation issues appear next to the fields they name.
import { yiwiseEnumValues, yiwiseLabel } from '/pkg/web/index.js';
import { h, field, select, checkGroup, checkedValues, fill, statusLine } from './dom.mjs';
import { attempt } from './errors.mjs';

const PHONE_TYPES = ['MOBILE', 'LANDLINE', 'UNFIXED_CALL', 'CALL_POLICY_GROUP'];

const text = (value, props = {}) => h('input', { type: 'text', value, autocomplete: 'off', ...props });
/** '' → undefined, digits → a number, anything else as typed (the SDK says what is wrong with it). */
const num = (s) => (s === '' ? undefined : /^-?\d+$/.test(s) ? Number(s) : s);

/** "12:00-13:30, 18:00-18:30" → [{ startTime, endTime }, …] (malformed parts are passed on for the SDK to judge). */
export function parseInactive(s) {
  return s.split(/[,，;；\n]/).map((p) => p.trim()).filter(Boolean).map((p) => {
    const [startTime = '', endTime = ''] = p.split(/\s*[-~–至]\s*/);
    return { startTime, endTime };
  });
}

/**
 * Builds the form. `ctx`: `{ client(), onCreated(robotCallJobId) }`. Returns `{ el, setResources({ phones, flows }) }`.
 */
export function createTaskForm(ctx) {
  let count = 1;
  const name = text(`演示任务 ${count}`, { testid: 'job-name' });
  const mode = select(yiwiseEnumValues('JobMode').map((o) => ({ value: o.value, label: `${o.label} ${o.value}` })), { value: 'MANUAL', testid: 'job-mode' });
  const startTime = text('', { placeholder: 'yyyy-MM-dd HH:mm:ss', testid: 'job-start-time' });
  const flow = select([], { testid: 'job-dialog-flow' });
  const phoneType = select(PHONE_TYPES.map((v) => ({ value: v, label: `${yiwiseLabel('PhoneType', v)} ${v}` })), { value: 'MOBILE', testid: 'job-phone-type' });
  const quota = text('2', { inputmode: 'numeric', testid: 'job-concurrency' });
  const dailyStart = text('09:00', { placeholder: 'HH:mm', testid: 'job-daily-start' });
  const dailyEnd = text('20:00', { placeholder: 'HH:mm', testid: 'job-daily-end' });
  const inactive = text('12:00-13:00', { placeholder: '12:00-13:30, 18:00-18:30', testid: 'job-inactive' });
  const redialOn = h('input', { type: 'checkbox', testid: 'job-redial' });
  const redialConditions = checkGroup('重拨条件 Redial on',
    yiwiseEnumValues('RedialCondition').map((o) => ({ value: o.value, label: o.label, checked: ['NO_ANSWER', 'BUSY'].includes(o.value) })),
    { name: 'robotCallJob.redialCondition' });
  const redialInterval = text('10', { inputmode: 'numeric', testid: 'job-redial-interval' });
  const redialTimes = text('2', { inputmode: 'numeric', testid: 'job-redial-times' });
  const description = text('', { testid: 'job-description' });
  let lines = checkGroup('主叫线路 Caller lines', [], { name: 'jobPhoneNumberIdList' });
  const redialBox = h('div', { class: 'redial', hidden: true },
    redialConditions,
    h('div', { class: 'row' },
      field('重拨间隔(分钟) Interval, min', redialInterval, { name: 'robotCallJob.redialInterval', hint: '6–1440' }),
      field('重拨次数 Times', redialTimes, { name: 'robotCallJob.redialTimes', hint: '1–10' })));
  redialOn.addEventListener('change', () => { redialBox.hidden = !redialOn.checked; });

  const slot = h('div', { class: 'slot' });
  const done = statusLine('create-status');
  const submit = h('button', { type: 'submit', class: 'primary', testid: 'create-job' }, '创建任务 Create task');
  const linesHolder = h('div', { class: 'wide' }, lines);
  const form = h('form', { class: 'grid-form', testid: 'create-form', novalidate: true },
    field('任务名称 Name', name, { name: 'robotCallJob.name' }),
    field('任务类型 Mode', mode, { name: 'robotCallJob.mode' }),
    field('话术 Dialog flow', flow, { name: 'robotCallJob.dialogFlowId' }),
    field('线路类型 Phone type', phoneType, { name: 'robotCallJob.phoneType' }),
    linesHolder,
    field('并发数 Concurrency', quota, { name: 'concurrencyQuota', hint: '可选 (手机线路) optional for MOBILE' }),
    field('开始时间 Start time', startTime, { name: 'robotCallJob.startTime', hint: '自动任务必填 required for AUTO' }),
    field('每日开始 Daily start', dailyStart, { name: 'robotCallJob.dailyStartTime' }),
    field('每日结束 Daily end', dailyEnd, { name: 'robotCallJob.dailyEndTime' }),
    field('不可拨打时段 Inactive periods', inactive, { name: 'robotCallJob.inactiveTimeList', hint: '最多3段 at most 3, e.g. 12:00-13:30, 18:00-18:30', wide: true }),
    h('label', { class: 'check wide' }, redialOn, ' 自动重拨 Auto redial'),
    h('div', { class: 'wide' }, redialBox),
    field('备注 Description', description, { name: 'robotCallJob.description', wide: true }),
    h('div', { class: 'actions wide' }, submit, done),
    h('div', { class: 'wide' }, slot));

  const read = () => {
    const job = {
      name: name.value.trim(), mode: mode.value, dialogFlowId: num(flow.value), phoneType: phoneType.value,
      dailyStartTime: dailyStart.value.trim(), dailyEndTime: dailyEnd.value.trim(),
    };
    if (startTime.value.trim()) job.startTime = startTime.value.trim();
    const periods = parseInactive(inactive.value);
    if (periods.length) job.inactiveTimeList = periods;
    if (redialOn.checked) {
      job.redialCondition = checkedValues(redialConditions);
      job.redialInterval = num(redialInterval.value.trim());
      job.redialTimes = num(redialTimes.value.trim());
    }
    if (description.value.trim()) job.description = description.value.trim();
    const params = { jobPhoneNumberIdList: checkedValues(lines).map(Number), robotCallJob: job };
    const q = num(quota.value.trim());
    if (q !== undefined) params.concurrencyQuota = q;
    return params;
  };

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    fill(done);
    const created = await attempt(slot, () => ctx.client().job.create(read()), { form, button: submit });
    if (!created) return;
    fill(done, `已创建 Created: #${created.robotCallJobId}`);
    name.value = `演示任务 ${++count}`;
    ctx.onCreated(created.robotCallJobId);
  });

  const setResources = ({ phones, flows }) => {
    const current = flow.value;
    fill(flow, flows.map((f) => h('option', { value: String(f.dialogFlowId), text: `${f.dialogFlowId} ${f.name ?? ''} · ${yiwiseLabel('DialogFlowStatus', f.status ?? '') ?? f.status ?? ''}` })));
    const preferred = flows.find((f) => String(f.dialogFlowId) === current) ?? flows.find((f) => f.dialogFlowId === 1001)
      ?? flows.find((f) => f.status === 'APPROVED');
    if (preferred) flow.value = String(preferred.dialogFlowId);
    const checked = new Set(checkedValues(lines));
    const next = checkGroup('主叫线路 Caller lines', phones.map((p, i) => ({
      value: p.tenantPhoneNumberId,
      label: `${p.tenantPhoneNumberId} ${p.phoneNumber ?? ''} · ${yiwiseLabel('PhoneType', p.phoneType ?? '') ?? p.phoneType ?? ''}`,
      checked: checked.size ? checked.has(String(p.tenantPhoneNumberId)) : i === 0,
    })), { name: 'jobPhoneNumberIdList', testid: 'job-lines' });
    lines.replaceWith(next);
    lines = next;
  };

  const el = h('section', { class: 'card', 'aria-labelledby': 'yw-create-title' },
    h('h2', { id: 'yw-create-title', text: '新建任务 Create a task' }), form);
  return { el, setResources };
}
