// What a bundled app does with the main entry (Vite, webpack: they emit the .wasm asset).
import * as api from 'yiwise-rongzi';
import { steps } from './steps.mjs';

window.result = await steps(api, null, new URLSearchParams(location.search).get('sim'), { browser: true });
