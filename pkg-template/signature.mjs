/**
 * `yiwiseSignature` for the package entries: the usual input (three strings, an
 * optional string `version`, a timestamp as digits or a safe whole number) goes
 * into wasm as one string, in one call; reading five properties from the wasm
 * side cost a crossing and a string copy each. Anything else, and every error,
 * goes to the module's own `yiwiseSignature`, which validates and reports.
 * The signing itself (message, SHA-256, hex) is in Rust either way.
 */
export function fastSignature(glue) {
  const full = glue.yiwiseSignature;
  return function yiwiseSignature(input) {
    if (typeof input === 'object' && input !== null) {
      try {
        const { appKey: k, appSecret: s, tenantSign: t, version: v, timestamp: ts } = input;
        if (typeof k === 'string' && typeof s === 'string' && typeof t === 'string'
          && (typeof v === 'string' || v == null)
          && (typeof ts === 'string' || (Number.isSafeInteger(ts) && ts >= 0))) {
          const sig = glue.__yiwiseSignatureOf(`${k}\0${s}\0${t}\0${v == null ? '' : `s${v}`}\0${ts}`);
          if (sig !== undefined) return sig;
        }
      } catch {
        // A getter that throws: the full path treats the field as missing.
      }
    }
    return full(input);
  };
}
