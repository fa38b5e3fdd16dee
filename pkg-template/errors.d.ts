import type { ErrorKind, Issue, ResponseInfo } from './node/yiwise_rongzi.js';

/**
 * The one error class of yiwise-rongzi: every rejected call and every thrown
 * constructor error is a `YiwiseRongziError`.
 *
 * @example
 * try { await yw.job.start({ robotCallJobId: 42 }); }
 * catch (e) { if (e instanceof YiwiseRongziError && e.kind === 'api') console.log(e.code, e.requestId); }
 */
export declare class YiwiseRongziError extends Error {
  name: 'YiwiseRongziError';
  /** What went wrong, coarsely. */
  kind: ErrorKind;
  /** The API's own error code (Yiwise 401/403/404/412/500 …), when the server answered with one. */
  code?: number;
  /** The HTTP status, when a response arrived. */
  status?: number;
  /** The server's request id, when it sent one: quote it to the vendor's support. */
  requestId?: string;
  /** The call, e.g. `"yiwise job/create"`. */
  endpoint?: string;
  /** The first offending field, e.g. `robotCallJob.dailyStartTime`. */
  field?: string;
  /** Every broken constraint (validation errors); empty otherwise. */
  issues: Issue[];
  /**
   * The HTTP response of the failing attempt, when it was answered (an `api`, `auth`, `http` or
   * `decode` error): status, headers, requestId, url. Non-enumerable, and not in `toJSON()`.
   *
   * @example
   * catch (e) { if (e.response) console.log(e.response.status, e.response.headers.get('retry-after')); }
   */
  response?: ResponseInfo;
  toJSON(): Record<string, unknown>;
}
