import { pdfBoxes } from './test/support/libreoffice';
import { gridCases } from './test/support/reportGrid';
import { pngPhoto } from './test/cli/support/cli';
import { reportBlocks } from './src/core/layout';
const name = process.argv[2];
const c = gridCases({ bytes: pngPhoto(80, 120) }).find((x) => x.name === name)!;
const model = reportBlocks(c.input).filter((b) => b.type === 'paragraph').map((b) => (b as { lines: number }).lines);
const lo: number[] = [];
for (const page of pdfBoxes(`/tmp/i13cal/g/${name}.pdf`)) {
  for (const l of page.lines) {
    if (l.yMin < 50 || l.xMin > 84 && l.xMin < 86 === false && l.xMin < 120) { if (l.yMin < 50) continue; }
    if (l.xMin > 84 && l.xMin < 86) { lo[lo.length - 1]++; } else if (l.xMin < 300) lo.push(1);
  }
}
console.log('model', model.join(' '));
console.log('lo   ', lo.join(' '));
