import { YiwiseRongziError } from './errors.mjs';

/**
 * The error an auto-initialising entry throws when its .wasm file cannot be loaded: usually a
 * bundler that does not emit assets referenced by `new URL(…, import.meta.url)`.
 */
export function wasmLoadError(cause) {
  const e = new YiwiseRongziError(
    `yiwise-rongzi: could not load yiwise_rongzi_bg.wasm (${cause?.message ?? cause}). A bundler that does not emit `
    + "assets referenced by new URL(…, import.meta.url) (esbuild; Rollup without an asset plugin) needs "
    + "'yiwise-rongzi/inline' instead; see \"Runtimes and bundlers\" in the README.",
    { cause },
  );
  e.kind = 'network';
  e.issues = [];
  return e;
}
