// Importing customers into a task: pasted `name,phone` lines or a CSV whose header names the
// columns (extra columns become the customer's properties, i.e. the dialog flow's variables).
import { h, field, fill, statusLine } from './dom.mjs';
import { attempt } from './errors.mjs';

const NAME_COLS = ['name', '姓名', '客户名称', '名称', '客户'];
const PHONE_COLS = ['phone', 'phonenumber', 'mobile', '电话', '手机', '手机号', '号码', '电话号码'];
const BATCH = 100; // job/importCustomer takes at most 100 customers per call

/** Splits one CSV line (quotes and doubled quotes supported; comma or tab separated). */
export function csvCells(line) {
  const cells = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (c === '"') quoted = false; else cur += c;
    } else if (c === '"' && cur.trim() === '') { quoted = true; cur = ''; } else if (c === ',' || c === '\t' || c === '，') {
      cells.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  cells.push(cur.trim());
  return cells;
}

/**
 * Parses the text into `{ persons, lineOf }`: `persons` for job.importCustomer and `lineOf[i]`,
 * the 1-based text line of person i (to point at the line a validation issue names).
 * A first line naming a phone column (phone/电话/手机 …) is a header; otherwise each line is
 * `name,phone` (or just a phone number), and `key=value` cells after them are properties.
 */
export function parseCustomers(text) {
  const rows = text.split(/\r?\n/).map((l, i) => ({ cells: csvCells(l), line: i + 1 })).filter((r) => r.cells.some((c) => c !== ''));
  const persons = [];
  const lineOf = [];
  if (rows.length === 0) return { persons, lineOf };
  const header = rows[0].cells.map((c) => c.toLowerCase());
  const phoneCol = header.findIndex((c) => PHONE_COLS.includes(c));
  if (phoneCol >= 0) {
    const nameCol = header.findIndex((c) => NAME_COLS.includes(c));
    for (const { cells, line } of rows.slice(1)) {
      const p = { phoneNumber: cells[phoneCol] ?? '' };
      if (nameCol >= 0 && cells[nameCol]) p.name = cells[nameCol];
      const props = {};
      rows[0].cells.forEach((key, i) => { if (i !== phoneCol && i !== nameCol && key && cells[i]) props[key] = cells[i]; });
      if (Object.keys(props).length) p.properties = props;
      persons.push(p);
      lineOf.push(line);
    }
    return { persons, lineOf };
  }
  for (const { cells, line } of rows) {
    const plain = cells.filter((c) => !c.includes('='));
    const p = plain.length === 1 ? { phoneNumber: plain[0] } : { name: plain[0], phoneNumber: plain[1] ?? '' };
    const props = Object.fromEntries(cells.filter((c) => c.includes('=')).map((c) => c.split('=').map((s) => s.trim())));
    if (Object.keys(props).length) p.properties = props;
    persons.push(p);
    lineOf.push(line);
  }
  return { persons, lineOf };
}

export const SAMPLE = ['姓名,电话,城市', '张三,13800000001,杭州', '李四,13800000002,上海', '王五,13800000003,北京',
  '赵六,13800000004,深圳', '钱七,13800000005,苏州', '孙八,13800000006,南京'].join('\n');

/** The import form; `ctx`: `{ client(), jobId(), onImported() }`. */
export function importForm(ctx) {
  const area = h('textarea', { rows: 5, testid: 'import-text', spellcheck: 'false', placeholder: '张三,13800000001\n或 CSV: 姓名,电话,城市' });
  area.value = SAMPLE;
  const file = h('input', { type: 'file', accept: '.csv,text/csv,text/plain', testid: 'import-file' });
  const slot = h('div', { class: 'slot' });
  const done = statusLine('import-status');
  const submit = h('button', { type: 'submit', testid: 'import-submit' }, '导入客户 Import');
  const form = h('form', { class: 'import-form', testid: 'import-form', novalidate: true },
    field('客户 Customers (name,phone 每行一个 one per line, or CSV with a header)', area, { name: 'customerPersons', wide: true }),
    h('div', { class: 'actions' }, h('label', { class: 'file' }, 'CSV 文件 file ', file), submit, done),
    slot);
  file.addEventListener('change', () => attempt(slot, async () => {
    if (file.files?.[0]) area.value = await file.files[0].text();
  }));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    fill(done);
    const { persons, lineOf } = parseCustomers(area.value);
    let sent = 0;
    // Issues name `customerPersons[i]…` of the batch: show them as "line N".
    const mapField = (offset) => (issue) => issue.field.replace(/^customerPersons\[(\d+)\]/, (_, i) => `customerPersons.第${lineOf[offset + Number(i)]}行 line ${lineOf[offset + Number(i)]}`);
    let offset = 0;
    const ok = await attempt(slot, async () => {
      if (persons.length === 0) await ctx.client().job.importCustomer({ robotCallJobId: ctx.jobId(), customerPersons: [] });
      for (offset = 0; offset < persons.length; offset += BATCH) {
        await ctx.client().job.importCustomer({ robotCallJobId: ctx.jobId(), customerPersons: persons.slice(offset, offset + BATCH) });
        sent = Math.min(persons.length, offset + BATCH);
      }
      return true;
    }, { form, button: submit, mapField: (issue) => mapField(offset)(issue) });
    if (sent) fill(done, `已导入 Imported ${sent} / ${persons.length}`);
    if (sent) ctx.onImported();
    return ok;
  });
  return form;
}
