// Shows SDK errors: every YiwiseRongziError with its kind, code, requestId and message;
// validation issues inline next to the fields they name.
import { h, fill } from './dom.mjs';

const KIND_LABELS = {
  validation: '参数校验 validation (nothing was sent)',
  api: '接口错误 API error',
  auth: '鉴权失败 auth',
  http: 'HTTP 错误',
  network: '网络错误 network',
  timeout: '超时 timeout',
  aborted: '已取消 aborted',
  decode: '响应格式错误 decode',
  signature: '签名错误 signature',
};

/** The fields of an error worth showing (works for any thrown value). */
export function describe(e) {
  if (e && typeof e === 'object' && 'kind' in e) {
    const { kind, code, status, requestId, endpoint, field, message, issues } = e;
    return { kind, code, status, requestId, endpoint, field, message, issues: issues ?? [] };
  }
  return { kind: 'unexpected', message: e instanceof Error ? e.message : String(e), issues: [] };
}

/** A box with the error's kind, code, requestId and message (and issues not shown elsewhere). */
export function errorBox(e, issues = describe(e).issues) {
  const d = describe(e);
  const meta = [
    ['kind', d.kind], ['code', d.code], ['status', d.status], ['requestId', d.requestId], ['endpoint', d.endpoint],
  ].filter(([, v]) => v !== undefined && v !== null && v !== '');
  return h('div', { class: 'error', role: 'alert', testid: 'error', dataset: { kind: d.kind } },
    h('strong', { text: KIND_LABELS[d.kind] ?? `错误 ${d.kind}` }),
    h('dl', { class: 'error-meta' }, meta.map(([k, v]) => [h('dt', { text: k }), h('dd', { testid: `error-${k}`, text: String(v) })])),
    h('p', { class: 'error-message', testid: 'error-message', text: d.message }),
    issues.length ? h('ul', { class: 'error-issues' }, issues.map((i) => h('li', {}, h('code', { text: i.field }), ` ${i.message}`))) : null);
}

/** Clears the validation messages of the fields inside `root`. */
export function clearIssues(root) {
  for (const el of root.querySelectorAll('.field .issue')) fill(el).hidden = true;
  for (const el of root.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
}

/**
 * Puts each issue next to the field whose `data-field` is the longest prefix of the issue's
 * field path (`robotCallJob.inactiveTimeList[1].endTime` → `robotCallJob.inactiveTimeList`).
 * `mapField(issue)` may rename a path first. Returns the issues no field took.
 */
export function showIssues(root, issues, mapField = (i) => i.field) {
  const fields = [...root.querySelectorAll('[data-field]')];
  const left = [];
  for (const issue of issues) {
    const path = mapField(issue);
    const target = fields
      .filter((f) => path === f.dataset.field || path.startsWith(`${f.dataset.field}.`) || path.startsWith(`${f.dataset.field}[`))
      .sort((a, b) => b.dataset.field.length - a.dataset.field.length)[0];
    if (!target) {
      left.push(issue);
      continue;
    }
    const slot = target.querySelector('.issue');
    const detail = path === target.dataset.field ? '' : `${path.slice(target.dataset.field.length).replace(/^\./, '')}: `;
    slot.append(h('span', { text: `${detail}${issue.message}` }));
    slot.hidden = false;
    target.querySelector('input, select, textarea')?.setAttribute('aria-invalid', 'true');
  }
  return left;
}

/**
 * Runs `fn` and shows what goes wrong in `slot` (cleared first). With `form`, validation issues
 * go next to its fields. `button` is disabled while it runs. Never rejects; resolves fn's value
 * (or undefined after an error).
 */
export async function attempt(slot, fn, { form, button, mapField } = {}) {
  fill(slot);
  if (form) clearIssues(form);
  if (button) button.disabled = true;
  try {
    return await fn();
  } catch (e) {
    const d = describe(e);
    const rest = form && d.kind === 'validation' ? showIssues(form, d.issues, mapField) : d.issues;
    fill(slot, errorBox(e, rest));
    return undefined;
  } finally {
    if (button) button.disabled = false;
  }
}

/** Shows errors nothing else caught (a bug in the page) in the page's banner. */
export function installGlobalHandlers(banner) {
  const show = (e) => {
    banner.hidden = false;
    banner.append(errorBox(e));
  };
  // Not prevented: the console (and the e2e test) still sees them.
  window.addEventListener('unhandledrejection', (ev) => show(ev.reason));
  window.addEventListener('error', (ev) => show(ev.error ?? ev.message));
}
