// The live task list, the selected task's detail and actions, its call records and their dialogue.
// Polls about every second while a task runs and stops when none does.
import { yiwiseLabel } from '/pkg/web/index.js';
import { h, fill, table, button, statusLine } from './dom.mjs';
import { attempt } from './errors.mjs';
import { importForm } from './yiwise-import.mjs';

const RUNNING = new Set(['IN_PROCESS', 'IN_QUEUE', 'RUNNABLE', 'WAITING_FOR_REDIAL', 'SYSTEM_HANG_UP']);
const PAUSED = new Set(['USER_PAUSE', 'SYSTEM_SUSPENDED']);
const FINAL = new Set(['COMPLETED', 'TERMINATE']);
/** States that change only when someone acts: polling stops when every task is in one of them. */
const SETTLED = new Set(['NOT_STARTED', ...PAUSED, ...FINAL, 'ACCOUNT_DISABLE', 'MAINTAIN']);
const POLL_MS = 1000;

const label = (enumName, v) => (v === undefined || v === null ? '—' : yiwiseLabel(enumName, v) ?? v);
/** A status badge: the Chinese label, the code in its title and data-status. */
const badge = (status, testid) => h('span', { class: `badge s-${status}`, title: status, testid, dataset: { status } }, label('JobStatus', status));

/** `ctx`: `{ client(), onTick() }`. Returns `{ el, refresh(), select(id) }`. */
export function createTasks(ctx) {
  let jobs = [];
  let total = 0;
  let selected = null; // robotCallJobId
  let detail = null;
  let records = [];
  let timer = null;
  let busy = false;
  let again = false; // a refresh was asked for while one ran

  const listSlot = h('div', { class: 'slot' });
  const listBox = h('div', { testid: 'task-list' });
  const pollNote = statusLine('poll-status');
  const detailBox = h('div', { testid: 'task-detail', class: 'detail', hidden: true });
  const detailSlot = h('div', { class: 'slot' });
  const recordsBox = h('div', { testid: 'records' });
  const dialogueBox = h('div', { testid: 'dialogue', class: 'dialogue', hidden: true });
  const actionsBox = h('div', { class: 'actions', testid: 'task-actions' });
  const importBox = importForm({ client: ctx.client, jobId: () => selected, onImported: () => refresh() });
  const detailHead = h('div', { class: 'detail-head' });

  const unsettled = (status) => status !== undefined && !SETTLED.has(status);
  const running = () => jobs.some((j) => unsettled(j.status)) || unsettled(detail?.robotCallJob?.status);

  function renderList() {
    fill(listBox, table([
      { title: 'ID', cell: (j) => String(j.robotCallJobId) },
      { title: '名称 Name', cell: (j) => button(j.name ?? '', () => select(j.robotCallJobId), { class: 'link', testid: `open-task-${j.robotCallJobId}` }) },
      { title: '状态 Status', cell: (j) => badge(j.status) },
      { title: '进度 Done', cell: (j) => `${j.completedTask ?? 0} / ${j.taskCallTotal ?? 0}`, class: 'num' },
      { title: '创建 Created', cell: (j) => j.createTime ?? '', class: 'hide-sm' },
    ], jobs, {
      empty: '暂无任务 No tasks yet',
      rowProps: (j) => ({ testid: `task-row-${j.robotCallJobId}`, dataset: { status: j.status }, class: j.robotCallJobId === selected ? 'selected' : undefined }),
    }), total > jobs.length ? h('p', { class: 'hint', text: `显示最新 ${jobs.length} / 共 ${total} 个 Showing the newest ${jobs.length} of ${total}` }) : null);
  }

  function renderDetail() {
    detailBox.hidden = !detail;
    if (!detail) return;
    const j = detail.robotCallJob ?? {};
    const done = detail.completedTask ?? 0;
    const all = detail.taskCallTotal ?? 0;
    const lines = (detail.jobPhoneNumberList ?? []).map((l) => l.phoneNumber ?? l.tenantPhoneNumberId).join(', ');
    const facts = [
      ['类型 Mode', label('JobMode', j.mode)],
      ['话术 Flow', `${j.dialogFlowId ?? ''} ${j.dialogFlowName ?? ''}`],
      ['线路 Lines', `${label('PhoneType', j.phoneType)} ${lines}`],
      ['坐席 Robots', String(j.robotCount ?? '—')],
      ['时段 Hours', `${j.dailyStartTime ?? ''}–${j.dailyEndTime ?? ''}${(j.inactiveTimeList ?? []).map((p) => `, 除 ${p.startTime}–${p.endTime}`).join('')}`],
      ['重拨 Redial', j.redialTimes ? `${j.redialTimes}× / ${j.redialInterval} min (${(j.redialCondition ?? []).map((c) => label('RedialCondition', c)).join('、')})` : '—'],
      ['开始 Started', j.startTime ?? '—'],
    ];
    fill(detailHead,
      h('h3', {}, `#${j.robotCallJobId} ${j.name ?? ''} `, badge(j.status, 'task-status')),
      h('div', { class: 'progress', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': String(all), 'aria-valuenow': String(done), 'aria-label': '进度 Progress' },
        h('span', { style: `width:${all ? Math.round((100 * done) / all) : 0}%` })),
      h('p', { class: 'hint', testid: 'task-progress', text: `已呼 Called ${done} / ${all}` }),
      h('dl', { class: 'facts' }, facts.map(([k, v]) => [h('dt', { text: k }), h('dd', { text: v })])));
    renderActions(j.status, all > done);
  }

  function renderActions(status, pending) {
    const act = (key, text, ok, fn) => button(text, (ev) => operate(ev.currentTarget, fn), { testid: `action-${key}`, disabled: !ok, class: key === 'start' ? 'primary' : key === 'delete' ? 'danger' : undefined });
    const id = () => ({ robotCallJobId: selected });
    fill(actionsBox,
      act('start', '开始 Start', status === 'NOT_STARTED' || (status === 'COMPLETED' && pending), (c) => c.job.start(id())),
      act('pause', '暂停 Pause', RUNNING.has(status), (c) => c.job.pause(id())),
      act('resume', '继续 Resume', PAUSED.has(status), (c) => c.job.start(id())),
      act('stop', '终止 Stop', !FINAL.has(status), (c) => c.job.stop(id())),
      act('delete', '删除 Delete', !RUNNING.has(status), async (c) => {
        await c.job.delete(id());
        selected = null;
        detail = null;
      }));
  }

  function renderRecords() {
    fill(recordsBox, h('h4', { text: `通话记录 Call records (${records.length})` }), table([
      { title: '开始 Start', cell: (r) => r.startTime ?? '', class: 'hide-sm' },
      { title: '号码 Number', cell: (r) => r.calledPhoneNumber ?? '' },
      { title: '结果 Result', key: 'result', cell: (r) => h('span', { title: r.resultStatus }, label('DialStatus', r.resultStatus)) },
      { title: '意向 Intent', key: 'intent', cell: (r) => (r.intentLevel ? `${r.intentLevel} ${label('IntentLevel', r.intentLevel)}` : '—') },
      { title: '时长 Duration', cell: (r) => `${r.chatDuration ?? 0} s`, class: 'num' },
      { title: '对话 Dialogue', cell: (r) => button('查看 View', (ev) => showDialogue(r, ev.currentTarget), { class: 'link', testid: `dialogue-${r.callRecordId}` }) },
    ], records, { empty: '还没有通话 No calls yet', testid: 'records-table', rowProps: (r) => ({ testid: 'record-row', dataset: { id: r.callRecordId } }) }));
  }

  async function showDialogue(record, btn) {
    const d = await attempt(detailSlot, () => ctx.client().callRecord.callDetail({ callRecordId: record.callRecordId }), { button: btn });
    if (!d) return;
    dialogueBox.hidden = false;
    fill(dialogueBox,
      h('h4', {}, `对话 Dialogue · ${record.calledPhoneNumber ?? ''} · ${label('DialStatus', d.resultStatus)} · ${d.chatDuration ?? 0} s`,
        ' ', button('关闭 Close', () => { dialogueBox.hidden = true; }, { class: 'link' })),
      d.analysisBasis ? h('p', { class: 'hint', text: `意向依据 Basis: ${d.analysisBasis}` }) : null,
      (d.callDetailList ?? []).length === 0
        ? h('p', { class: 'hint', text: '没有对话内容 No dialogue (the call was not answered)' })
        : h('ol', { class: 'bubbles' }, d.callDetailList.map((m) =>
          h('li', { class: m.type === 'ROBOT' ? 'robot' : 'person' }, h('b', { text: m.type === 'ROBOT' ? '机器人 Robot' : '客户 Customer' }), h('span', { text: m.text ?? '' })))));
  }

  async function operate(btn, fn) {
    const ok = await attempt(detailSlot, async () => { await fn(ctx.client()); return true; }, { button: btn });
    if (ok) await refresh();
  }

  /** Reloads the list (and the selected task); keeps polling while a task runs. */
  async function refresh() {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    again = false;
    clearTimeout(timer);
    timer = null;
    const ok = await attempt(listSlot, async () => {
      const c = ctx.client();
      const page = await c.job.getJobs({ pageNum: 1, pageSize: 20 });
      jobs = page.content ?? [];
      total = page.totalElements ?? jobs.length;
      if (selected !== null) {
        const [d, recs] = await Promise.all([
          c.job.getJobDetail({ robotCallJobId: selected }),
          c.callRecord.getCallRecordInfoList({ robotCallJobId: selected, pageNum: 1, pageSize: 100 }),
        ]);
        detail = d;
        records = recs.content ?? [];
      }
      return true;
    });
    renderList();
    renderDetail();
    if (detail) renderRecords();
    await ctx.onTick();
    busy = false;
    if (again) return refresh();
    if (ok && running()) {
      timer = setTimeout(refresh, POLL_MS);
      fill(pollNote, '● 自动刷新中 Live: polling every second');
    } else {
      fill(pollNote, ok ? '' : '已停止刷新 Polling stopped');
    }
  }

  function select(id) {
    selected = id;
    detail = null;
    records = [];
    dialogueBox.hidden = true;
    fill(detailSlot);
    return refresh();
  }

  fill(detailBox, detailHead, actionsBox, detailSlot, h('details', { class: 'import' }, h('summary', { text: '导入客户 Import customers' }), importBox), recordsBox, dialogueBox);
  const el = h('section', { class: 'card', 'aria-labelledby': 'yw-tasks-title' },
    h('div', { class: 'card-head' }, h('h2', { id: 'yw-tasks-title', text: '任务 Tasks' }), pollNote,
      button('刷新 Refresh', () => refresh(), { testid: 'refresh-tasks' })),
    listSlot, listBox, detailBox);
  return { el, refresh, select, openImport: () => { detailBox.querySelector('details.import').open = true; } };
}
