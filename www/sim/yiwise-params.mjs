// Request-parameter checks of the Yiwise simulator. Each one names the field in its
// message (`robotCallJobId 不能为空`, `pageSize 不能大于100`) and throws ApiError(400).
import { INTENT_LEVELS, badRequest, parseLocal } from './yiwise-state.mjs';

const present = (v) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');

/** Whether the parameter was given (not missing, null or blank). */
export const given = (p, field) => present(p[field]);

/** A required value of any type. */
export function need(p, field) {
  if (!present(p[field])) throw badRequest(`${field} 不能为空`);
  return p[field];
}

function toInt(v, field) {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n)) throw badRequest(`${field} 必须是整数`);
  return n;
}

/** An integer (numbers or numeric strings, as query strings and the docs' examples send). */
export function int(p, field, { required = false, min, max, def } = {}) {
  if (!present(p[field])) {
    if (required) throw badRequest(`${field} 不能为空`);
    return def;
  }
  const n = toInt(p[field], field);
  if (min !== undefined && n < min) throw badRequest(`${field} 不能小于${min}`);
  if (max !== undefined && n > max) throw badRequest(`${field} 不能大于${max}`);
  return n;
}

/** A required id (integer ≥ 0). */
export const id = (p, field) => int(p, field, { required: true, min: 0 });

/** A string; numbers are accepted and turned into text. */
export function str(p, field, { required = false, max, def } = {}) {
  const v = p[field];
  if (!present(v)) {
    if (required) throw badRequest(`${field} 不能为空`);
    return v === '' ? '' : def;
  }
  if (typeof v !== 'string' && typeof v !== 'number') throw badRequest(`${field} 必须是字符串`);
  const s = String(v);
  if (max !== undefined && s.length > max) throw badRequest(`${field} 长度不能超过${max}`);
  return s;
}

/** A boolean (true/false or "true"/"false"). */
export function bool(p, field) {
  const v = p[field];
  if (!present(v)) return undefined;
  if (v === true || v === 'true') return true;
  if (v === false || v === 'false') return false;
  throw badRequest(`${field} 必须是布尔值`);
}

/** A list: a JSON array, or (query strings) "a,b,c" or a repeated key. */
export function list(p, field, { required = false } = {}) {
  const v = p[field];
  if (v === undefined || v === null || v === '') {
    if (required) throw badRequest(`${field} 不能为空`);
    return undefined;
  }
  if (Array.isArray(v)) return v.flatMap((x) => (typeof x === 'string' && x.includes(',') ? x.split(',') : [x])).map((x) => (typeof x === 'string' ? x.trim() : x)).filter((x) => x !== '');
  if (typeof v === 'string') return v.split(',').map((s) => s.trim()).filter(Boolean);
  throw badRequest(`${field} 必须是数组`);
}

/** A list of integers. */
export function intList(p, field, opts) {
  return list(p, field, opts)?.map((v, i) => toInt(v, `${field}[${i}]`));
}

/** A value that must be one of `allowed`. */
export function oneOf(value, field, allowed) {
  if (!allowed.includes(value)) throw badRequest(`${field} 取值无效: ${value}（可选值: ${allowed.join(', ')}）`);
  return value;
}

/** An optional (or required) string from an enum. */
export function enumStr(p, field, allowed, { required = false } = {}) {
  const v = str(p, field, { required });
  return v === undefined || v === '' ? undefined : oneOf(v, field, allowed);
}

/** A list of enum strings. */
export function enumList(p, field, allowed, opts) {
  return list(p, field, opts)?.map((v, i) => oneOf(String(v), `${field}[${i}]`, allowed));
}

/** A JSON array of strings (numbers turned into text; no comma splitting: the items may hold commas). */
export function strList(p, field, { required = false } = {}) {
  const v = p[field];
  if (v === undefined || v === null) {
    if (required) throw badRequest(`${field} 不能为空`);
    return undefined;
  }
  if (!Array.isArray(v)) throw badRequest(`${field} 必须是数组`);
  return v.map((x, i) => {
    if (typeof x !== 'string' && typeof x !== 'number') throw badRequest(`${field}[${i}] 必须是字符串`);
    return String(x);
  });
}

/**
 * A list of intent levels: letters A–F, or their codes 0–5 (0 = A … 5 = F) as numbers or numeric
 * strings, as the vendor's TestDemo sends `wechatConditionAlertLevel: [2]`; returned as letters.
 */
export function intentLevelList(p, field, opts) {
  return list(p, field, opts)?.map((v, i) => {
    if (typeof v === 'number' || /^\d+$/.test(String(v))) {
      const letter = INTENT_LEVELS[Number(v)];
      if (!Number.isInteger(Number(v)) || !letter) throw badRequest(`${field}[${i}] 取值无效: ${v}（可选值: ${INTENT_LEVELS.join(', ')} 或其编码 0-${INTENT_LEVELS.length - 1}）`);
      return letter;
    }
    return oneOf(String(v), `${field}[${i}]`, INTENT_LEVELS);
  });
}

/** A JSON object (not an array), or undefined when missing and not required. */
export function object(v, field, { required = true } = {}) {
  if (v === undefined || v === null) {
    if (required) throw badRequest(`${field} 不能为空`);
    return undefined;
  }
  if (typeof v !== 'object' || Array.isArray(v)) throw badRequest(`${field} 必须是JSON对象`);
  return v;
}

/** A map of string values (`properties`, `metaData`): numbers and booleans become text, null ''. */
export function stringMap(v, field, { required = false } = {}) {
  const o = object(v, field, { required });
  if (o === undefined) return undefined;
  const out = {};
  for (const [k, x] of Object.entries(o)) {
    if (x !== null && typeof x === 'object') throw badRequest(`${field}.${k} 必须是字符串`);
    out[k] = x === null || x === undefined ? '' : String(x);
  }
  return out;
}

/** A date-time "yyyy-MM-dd HH:mm:ss" exactly (the knowledge answers' startTime/endTime), as given. */
export function dateTime(p, field) {
  const v = str(p, field);
  if (v === undefined || v === '') return null;
  if (!/^\d{4}-\d{2}-\d{2} ([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/.test(v) || !parseLocal(v)) throw badRequest(`${field} 格式错误，应为 yyyy-MM-dd HH:mm:ss`);
  return v;
}

/** A LocalDate "yyyy-MM-dd" as a Date (Shanghai midnight). */
export function date(p, field, { required = false } = {}) {
  const v = str(p, field, { required });
  if (v === undefined || v === '') return undefined;
  const d = /^\d{4}-\d{2}-\d{2}$/.test(v) ? parseLocal(v) : null;
  if (!d) throw badRequest(`${field} 格式错误，应为 yyyy-MM-dd`);
  return d;
}

/** A time of day "HH:mm" (or "HH:mm:ss"), returned as "HH:mm". */
export function timeOfDay(p, field, { required = false } = {}) {
  const v = str(p, field, { required });
  if (v === undefined) return undefined;
  const m = /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/.exec(v);
  if (!m) throw badRequest(`${field} 格式错误，应为 HH:mm`);
  return `${m[1]}:${m[2]}`;
}

/** Paging parameters: pageNum (default 1) and pageSize (default 20, at most `maxSize`). */
export function paging(p, { maxSize = 100, required = false } = {}) {
  const pageNum = Math.max(1, int(p, 'pageNum', { required, def: 1 }));
  let pageSize = int(p, 'pageSize', { required, def: 20, max: maxSize });
  if (pageSize < 1) pageSize = 20;
  return { pageNum, pageSize };
}

/** The platform's page shape `{ number, pageSize, totalElements, pages, content }`. */
export function paginate(items, { pageNum, pageSize }, view = (x) => x) {
  const start = (pageNum - 1) * pageSize;
  return {
    number: pageNum,
    pageSize,
    totalElements: items.length,
    pages: Math.ceil(items.length / pageSize),
    content: items.slice(start, start + pageSize).map(view),
  };
}
