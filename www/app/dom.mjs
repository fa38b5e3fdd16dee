// Tiny DOM helpers for the demo page (no framework).

/**
 * Creates an element. `props`: `class`, `text`, `testid` (→ data-testid), `on` ({ click: fn }),
 * `dataset`, DOM properties that exist on the element (value, checked, disabled, hidden, …)
 * and any other attribute. Children may be strings, nodes, arrays, null or false.
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key === 'testid') el.dataset.testid = value;
    else if (key === 'on') for (const [type, fn] of Object.entries(value)) el.addEventListener(type, fn);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key in el && typeof value !== 'string') el[key] = value;
    else if (key === 'value' || key === 'checked') el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : String(child));
  }
}

/** `document.querySelector` inside `root`. */
export const $ = (selector, root = document) => root.querySelector(selector);

/** Replaces the children of `el`. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

let nextId = 1;
/** A unique element id for label/input pairs. */
export const uid = (prefix = 'f') => `${prefix}-${nextId++}`;

/**
 * A labelled form field: `<div class="field"><label>…</label>{input}<small class="issue"></small></div>`.
 * `name` is the SDK's field path (e.g. `robotCallJob.dailyStartTime`): validation issues whose
 * field starts with it are shown in the field's issue slot (see errors.mjs showIssues).
 */
export function field(label, input, { name, hint, wide } = {}) {
  input.id ||= uid();
  const issue = h('small', { class: 'issue', role: 'alert', testid: name ? `issue-${name}` : undefined, hidden: true });
  if (name) input.setAttribute('aria-describedby', `${input.id}-issue`);
  issue.id = `${input.id}-issue`;
  return h('div', { class: `field${wide ? ' wide' : ''}`, dataset: name ? { field: name } : undefined },
    h('label', { for: input.id, text: label }),
    input,
    hint ? h('small', { class: 'hint', text: hint }) : null,
    issue);
}

/** A `<select>` of `{ value, label }` options. */
export function select(options, { value, ...props } = {}) {
  const el = h('select', props, options.map((o) => h('option', { value: String(o.value), text: o.label })));
  if (value !== undefined) el.value = String(value);
  return el;
}

/** A button; `onClick` gets the event. */
export const button = (text, onClick, props = {}) =>
  h('button', { type: 'button', ...props, on: { click: onClick } }, text);

/** A table from column specs `{ title, cell(row) → node|string, class? }`; `rowProps(row)` adds attributes. */
export function table(columns, rows, { rowProps = () => ({}), empty = '—', ...props } = {}) {
  return h('div', { class: 'table-wrap' },
    h('table', props,
      h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col', class: c.class, text: c.title })))),
      h('tbody', {}, rows.length === 0
        ? h('tr', {}, h('td', { colspan: columns.length, class: 'empty', text: empty }))
        : rows.map((r) => h('tr', rowProps(r), columns.map((c) => h('td', { class: c.class, dataset: { col: c.key ?? '', label: c.title } }, c.cell(r))))))));
}

/** "yyyy-MM-dd HH:mm:ss" of a Date in local time. */
export function dateTime(d = new Date()) {
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/** A short status line (`<p class="note">`) whose text can be set later. */
export const statusLine = (testid) => h('p', { class: 'status', testid, role: 'status' });

/** A group of checkboxes (`{ value, label, checked }`) as a field: a fieldset with a legend and an issue slot. */
export function checkGroup(legend, items, { name, testid } = {}) {
  return h('fieldset', { class: 'field checks', testid, dataset: name ? { field: name } : undefined },
    h('legend', { text: legend }),
    h('div', { class: 'check-list' }, items.map((it) =>
      h('label', { class: 'check' }, h('input', { type: 'checkbox', value: String(it.value), checked: it.checked }), ` ${it.label}`))),
    h('small', { class: 'issue', role: 'alert', testid: name ? `issue-${name}` : undefined, hidden: true }));
}

/** The values of the checked boxes inside `root`. */
export const checkedValues = (root) => [...root.querySelectorAll('input[type=checkbox]:checked')].map((i) => i.value);
