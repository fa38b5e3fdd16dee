// Hand-written SVG of decode time against page size (no plotting dependency).
// Log–log axes; one colour per decoder, solid for Rongzi customers, dashed for
// Yiwise call records. Used by bench/run.mjs.

const COLORS = { sdk: '#d1495b', jsonParse: '#2e4057', zod: '#00798c', zodFetch: '#edae49' };
const NAMES = { sdk: 'SDK (wasm, through fetch)', jsonParse: 'JSON.parse', zod: 'zod', zodFetch: 'fetch + res.json() + zod' };
const KINDS = { rongzi: { dash: '', label: 'Rongzi customer.list' }, yiwise: { dash: '6 4', label: 'Yiwise call records' } };

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `curve`: { sizes: [rows…], series: { 'rongzi.sdk': [ms…], … } }. Returns the SVG text. */
export function renderPlot(curve, { date, machine }) {
  const W = 760, H = 480, L = 70, R = 200, T = 50, B = 60;
  const pw = W - L - R, ph = H - T - B;
  const all = Object.values(curve.series).flat().filter((v) => v > 0);
  const xMin = Math.min(...curve.sizes), xMax = Math.max(...curve.sizes);
  const yMin = 10 ** Math.floor(Math.log10(Math.min(...all)));
  const yMax = 10 ** Math.ceil(Math.log10(Math.max(...all)));
  const x = (n) => L + ((Math.log10(n) - Math.log10(xMin)) / (Math.log10(xMax) - Math.log10(xMin))) * pw;
  const y = (ms) => T + ph - ((Math.log10(ms) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin))) * ph;
  const s = [];
  s.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`);
  s.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
  s.push(`<text x="${L}" y="22" font-size="15" font-weight="bold">Decoding a page: time against rows (log–log, median)</text>`);
  s.push(`<text x="${L}" y="38" fill="#555">${esc(`${date} · ${machine}`)}</text>`);
  // grid and y ticks (decades and 2×, 5×)
  for (let d = yMin; d <= yMax; d *= 10) {
    for (const m of [1, 2, 5]) {
      const v = d * m;
      if (v > yMax) break;
      const yy = y(v).toFixed(1);
      s.push(`<line x1="${L}" x2="${L + pw}" y1="${yy}" y2="${yy}" stroke="${m === 1 ? '#ccc' : '#eee'}"/>`);
      s.push(`<text x="${L - 6}" y="${yy}" text-anchor="end" dominant-baseline="middle" fill="#333">${v >= 1 ? v : v.toPrecision(1)}</text>`);
    }
  }
  for (const n of curve.sizes) {
    const xx = x(n).toFixed(1);
    s.push(`<line x1="${xx}" x2="${xx}" y1="${T}" y2="${T + ph}" stroke="#eee"/>`);
    s.push(`<text x="${xx}" y="${T + ph + 16}" text-anchor="middle" fill="#333">${n >= 1000 ? `${n / 1000}k` : n}</text>`);
  }
  s.push(`<rect x="${L}" y="${T}" width="${pw}" height="${ph}" fill="none" stroke="#888"/>`);
  s.push(`<text x="${L + pw / 2}" y="${H - 18}" text-anchor="middle">rows in the page</text>`);
  s.push(`<text transform="translate(18 ${T + ph / 2}) rotate(-90)" text-anchor="middle">ms per page</text>`);
  // series
  let ly = T + 10;
  for (const [kind, { dash, label }] of Object.entries(KINDS)) {
    s.push(`<text x="${L + pw + 16}" y="${ly}" font-weight="bold">${esc(label)}</text>`);
    ly += 18;
    for (const m of ['sdk', 'zodFetch', 'zod', 'jsonParse']) {
      const ys = curve.series[`${kind}.${m}`];
      if (!ys) continue;
      const pts = curve.sizes.map((n, i) => `${x(n).toFixed(1)},${y(ys[i]).toFixed(1)}`).join(' ');
      s.push(`<polyline points="${pts}" fill="none" stroke="${COLORS[m]}" stroke-width="2" stroke-dasharray="${dash}"/>`);
      for (const p of pts.split(' ')) {
        const [px, py] = p.split(',');
        s.push(`<circle cx="${px}" cy="${py}" r="2.5" fill="${COLORS[m]}"/>`);
      }
      s.push(`<line x1="${L + pw + 16}" x2="${L + pw + 46}" y1="${ly - 4}" y2="${ly - 4}" stroke="${COLORS[m]}" stroke-width="2" stroke-dasharray="${dash}"/>`);
      s.push(`<text x="${L + pw + 52}" y="${ly}">${NAMES[m]}</text>`);
      ly += 18;
    }
    ly += 10;
  }
  s.push('</svg>');
  return `${s.join('\n')}\n`;
}
