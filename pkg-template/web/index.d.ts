export * from './yiwise_rongzi.js';
export { YiwiseRongziError } from '../errors.js';
import type { InitInput, InitOutput, SyncInitInput } from './yiwise_rongzi.js';
/** Loads the WebAssembly module (idempotent). */
export default function init(moduleOrPath?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
/** Synchronous variant for an already compiled module or bytes. */
export declare function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;
