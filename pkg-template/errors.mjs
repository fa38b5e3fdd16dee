/**
 * The one error class of yiwise-rongzi. Every rejected call and every thrown
 * constructor error is a `YiwiseRongziError`.
 *
 * Fields (set by the SDK): `kind` ('validation' | 'api' | 'auth' | 'http' |
 * 'network' | 'timeout' | 'aborted' | 'decode' | 'signature'), and where known
 * `code` (the API's own code), `status` (HTTP), `requestId`, `endpoint`
 * ("yiwise job/create"), `field` (the first offending field) and `issues`
 * (every broken constraint, for validation errors).
 *
 * @example
 * try { await yw.job.start({ robotCallJobId: 42 }); }
 * catch (e) { if (e instanceof YiwiseRongziError && e.kind === 'api') console.log(e.code, e.requestId); }
 */
export class YiwiseRongziError extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = 'YiwiseRongziError';
  }

  /** A plain object with every field, for logs (`JSON.stringify(err)`). */
  toJSON() {
    const { name, message, kind, code, status, requestId, endpoint, field, issues } = this;
    return { name, message, kind, code, status, requestId, endpoint, field, issues };
  }
}
