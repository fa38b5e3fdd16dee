// What a bundled app does with the inline entry (esbuild, Rollup, iife builds: no asset, no
// top-level await in the package).
import * as api from 'yiwise-rongzi/inline';
import { steps } from './steps.mjs';

steps(api, null, new URLSearchParams(location.search).get('sim'), { browser: true }).then((r) => { window.result = r; }, (e) => { window.result = { error: String(e) }; });
