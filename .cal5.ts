import { pdfBoxes } from './test/support/libreoffice';
import { gridCases } from './test/support/reportGrid';
import { pngPhoto } from './test/cli/support/cli';
import { reportBlocks, bodyHeightPt } from './src/core/layout';
import type { Block } from './src/core/layout';
const name = process.argv[2];
const c = gridCases({ bytes: pngPhoto(80, 120) }).find((x) => x.name === name)!;
let pi = -1; let li = 0;
pdfBoxes(`/tmp/i13cal/g/${name}.pdf`).forEach((page, n) => {
  let first = true;
  for (const l of page.lines) {
    if (l.yMin < 50) continue;
    if (l.xMin > 84 && l.xMin < 86) li++; else if (l.xMin < 300) { pi++; li = 0; }
    if (first) { console.log(`LO page ${n + 1} starts at para ${pi} line ${li} y=${l.yMin.toFixed(1)}`); first = false; }
  }
  const last = page.lines[page.lines.length - 1];
  console.log(`   last y=${last.yMin.toFixed(1)}`);
});
// model trace
const blocks = reportBlocks(c.input); const H = bodyHeightPt();
let y = 0, page = 1, pend = 0, p = -1;
for (let i = 0; i < blocks.length; i++) { const b = blocks[i] as Block; if (b.type !== 'paragraph') { console.log('model', b.type, 'page', page, 'y', y.toFixed(1)); continue; } p++;
  let gap = y === 0 ? 0 : Math.max(pend, b.beforePt); let rem = b.lines; let first = true;
  if (b.keepNext && y > 0) { const nx = blocks[i+1] as any; const need = gap + b.lines*b.lineHeightPt + Math.max(b.afterPt, nx?.beforePt ?? 0) + Math.min(nx?.lines ?? 0, 2) * (nx?.lineHeightPt ?? 0); if (y + need > H + 0.01) { page++; y = 0; gap = 0; console.log(`model page ${page} starts at para ${p} (keepNext)`);} }
  while (rem > 0) { const fit = Math.floor((H - y - gap + 0.01) / b.lineHeightPt); if (fit >= rem) { y += gap + rem * b.lineHeightPt; rem = 0; break; }
    let k = Math.max(0, fit); if (b.keepLines) k = 0; if (rem >= 2) { if (rem - k === 1) k--; if (first && k < 2) k = 0; }
    if (k > 0) { y += gap + k * b.lineHeightPt; rem -= k; first = false; }
    page++; console.log(`model page ${page} starts at para ${p} line ${b.lines - rem} (prev y=${y.toFixed(1)})`); y = 0; gap = 0; }
  pend = b.afterPt; }
