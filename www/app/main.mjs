// The demo page: loads the SDK's wasm (the package's `web` entry), then mounts the two panels.
import init from '/pkg/web/index.js';
import { h, $, fill } from './dom.mjs';
import { errorBox, installGlobalHandlers } from './errors.mjs';
import { yiwisePanel } from './yiwise-panel.mjs';
import { rongziPanel } from './rongzi-panel.mjs';

const banner = $('#banner');
installGlobalHandlers(banner);

/** Tabs: #yiwise / #rongzi in the address, so a reload keeps the tab. */
function tabs(panels) {
  const buttons = Object.keys(panels).map((key) => $(`#tab-${key}`));
  const show = (key) => {
    for (const b of buttons) b.setAttribute('aria-selected', String(b.id === `tab-${key}`));
    for (const [k, p] of Object.entries(panels)) p.hidden = k !== key;
  };
  for (const b of buttons) {
    b.addEventListener('click', () => {
      const key = b.id.slice(4);
      history.replaceState(null, '', `#${key}`);
      show(key);
    });
  }
  show(location.hash === '#rongzi' ? 'rongzi' : 'yiwise');
}

try {
  await init();
  const yiwise = yiwisePanel();
  const rongzi = rongziPanel();
  fill($('#app'), yiwise.el, rongzi.el);
  tabs({ yiwise: yiwise.el, rongzi: rongzi.el });
  document.body.dataset.ready = 'true';
  yiwise.start(); // connect with the pre-filled demo credentials
} catch (e) {
  fill($('#app'), h('section', { class: 'card' }, h('h2', { text: '无法加载 SDK · Could not load the SDK' }),
    h('p', { text: 'Run ./scripts/build (pkg/ is served under /pkg/).' }), errorBox(e)));
}
