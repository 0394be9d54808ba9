import { fastParseXml, parseXmlStrict, NS } from './src/docx/xml';
function med(f: () => void): number { const a: number[] = []; for (let k = 0; k < 9; k++) { const t0 = performance.now(); f(); a.push(performance.now() - t0); } a.sort((x, y) => x - y); return a[4]; }
for (const n of [10000, 20000, 40000, 80000]) {
  const attrs = Array.from({ length: n }, (_, i) => ` a${i}="v"`).join('');
  const text = (`<w:r xmlns:w="${NS.w}"` + attrs + '/>').split('').join('');
  const t = med(() => fastParseXml(text, { maxAttributes: 1e9 }));
  const t3 = med(() => parseXmlStrict(text, 'x', { maxAttributes: 1e9 }));
  console.log(n, t.toFixed(1), 'saxes', t3.toFixed(1));
}
