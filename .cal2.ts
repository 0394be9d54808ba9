import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeTemplateDocx } from './src/docx/write';
import { convertToPdf, pdfBoxes, pdfInfo } from './test/support/libreoffice';
import { gridCases } from './test/support/reportGrid';
import { pngPhoto } from './test/cli/support/cli';
import { reportBlocks, bodyHeightPt } from './src/core/layout';
(async () => {
  const dir = '/tmp/i13cal/g'; mkdirSync(dir, { recursive: true });
  const cases = gridCases({ bytes: pngPhoto(80, 120) }).filter((c) => ['collective-1500w-0r', 'individual-150w-0r'].includes(c.name));
  const files = [];
  for (const c of cases) { const f = path.join(dir, c.name + '.docx'); writeFileSync(f, await writeTemplateDocx(c.data.kind, c.data)); files.push(f); }
  const pdfs = await convertToPdf(files, dir);
  cases.forEach((c, i) => {
    console.log(c.name, pdfInfo(pdfs[i]).pages, 'H', bodyHeightPt());
    const blocks = reportBlocks(c.input);
    console.log(blocks.map((b) => b.type === 'paragraph' ? `p${b.lines}` : b.type === 'table' ? `t[${b.header.heightPt.toFixed(1)};${b.rows.map((r) => r.heightPt.toFixed(1)).join(',')}]` : `f${b.heightPt.toFixed(1)}`).join(' '));
    for (const page of pdfBoxes(pdfs[i])) { console.log('--page', page.lines.length); const ls = page.lines; for (const l of ls.slice(-6)) console.log(l.yMin.toFixed(1), l.xMin.toFixed(0), l.words.map((w) => w.text).join(' ').slice(0, 50)); }
  });
})();
