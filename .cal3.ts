import { pdfBoxes } from './test/support/libreoffice';
const page = pdfBoxes('/tmp/i13cal/g/individual-150w-0r.pdf')[0];
for (const l of page.lines) console.log(l.yMin.toFixed(1), l.yMax.toFixed(1), l.xMin.toFixed(0), l.words.map((w) => w.text).join(' ').slice(0, 40));
