import { YiwiseRongziError } from './errors.mjs';

/**
 * Starts a wasm-bindgen module for an auto-initialising entry: `await init()`, then registers the
 * package's error class with it (when `registerErrorClass` is given: `web/index.js`'s own `init`
 * does that itself). A .wasm that cannot be loaded (usually a bundler that does not emit assets
 * referenced by `new URL(…, import.meta.url)`) becomes an error that says what to use instead.
 */
export async function startWasm(init, registerErrorClass) {
  try {
    await init();
  } catch (cause) {
    const e = new YiwiseRongziError(
      `yiwise-rongzi: could not load yiwise_rongzi_bg.wasm (${cause?.message ?? cause}). A bundler that does not emit `
      + "assets referenced by new URL(…, import.meta.url) (esbuild; Rollup without an asset plugin) needs "
      + "'yiwise-rongzi/inline' instead; see \"Runtimes and bundlers\" in the README.",
      { cause },
    );
    e.kind = 'network';
    e.issues = [];
    throw e;
  }
  registerErrorClass?.(YiwiseRongziError);
}
