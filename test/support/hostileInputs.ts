/**
 * Crafted inputs of issue 14, at any size: one element with n attributes, n namespace declarations, n runs,
 * n send records, and a ready report holding a large white BMP (deflates about 1000:1). Used by the hostile
 * fixtures (test/fixtures/make-hostile.ts), the complexity benchmark (bench/complexity.bench.ts) and the fuzzer
 * (scripts/fuzz.ts).
 */
import JSZip from 'jszip';
import { buildDocx, documentXml, p, r } from './docxBuilder';

/** document.xml whose one paragraph mark carries `n` attributes (w:a0="1" … ). */
export function manyAttributesXml(n: number): string {
  const attrs = Array.from({ length: n }, (_, i) => ` w:a${i}="1"`).join('');
  return documentXml(`<w:p${attrs}>${r('Xin chào')}</w:p>`);
}

/** document.xml whose root declares `n` namespaces besides Word's. */
export function manyNamespacesXml(n: number): string {
  const decls = Array.from({ length: n }, (_, i) => ` xmlns:n${i}="urn:n:${i}"`).join('');
  return documentXml(p('Xin chào')).replace('<w:document ', `<w:document${decls} `);
}

/** document.xml with `n` runs of one character. */
export function manyRunsXml(n: number): string {
  return documentXml(`<w:p>${'<w:r><w:t>a</w:t></w:r>'.repeat(n)}</w:p>`);
}

/** The report part with `n` send records. */
export function manySendsXml(n: number): string {
  const send = '<bctt:send at="2026-11-25T02:00:00.000Z" path="relay" to="tquong.ql@tphcm.gov.vn" period="2026-Q4"/>';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<bctt:report xmlns:bctt="urn:bao-cao-thanh-tich:report" template="individual" version="1.0">${send.repeat(n)}</bctt:report>`
  );
}

export type HostileKind = 'attributes' | 'namespaces' | 'runs' | 'sends';

/** A .docx holding `n` of `kind`. */
export function hostileDocx(kind: HostileKind, n: number): Promise<Uint8Array> {
  switch (kind) {
    case 'attributes':
      return buildDocx({ documentXml: manyAttributesXml(n) });
    case 'namespaces':
      return buildDocx({ documentXml: manyNamespacesXml(n) });
    case 'runs':
      return buildDocx({ documentXml: manyRunsXml(n) });
    case 'sends':
      return buildDocx({ body: p('Xin chào'), report: manySendsXml(n) });
  }
}

/** A 24-bit BMP of `width` x `height` white pixels (3.2 MB at 1200 x 900). */
export function whiteBmp(width = 1200, height = 900): Uint8Array {
  const row = Math.ceil((width * 3) / 4) * 4;
  const size = 54 + row * height;
  const out = new Uint8Array(size).fill(0xff);
  const dv = new DataView(out.buffer);
  out[0] = 0x42;
  out[1] = 0x4d;
  dv.setUint32(2, size, true);
  dv.setUint32(6, 0, true);
  dv.setUint32(10, 54, true);
  dv.setUint32(14, 40, true);
  dv.setInt32(18, width, true);
  dv.setInt32(22, height, true);
  dv.setUint16(26, 1, true);
  dv.setUint16(28, 24, true);
  dv.setUint32(30, 0, true);
  dv.setUint32(34, row * height, true);
  dv.setUint32(38, 2835, true);
  dv.setUint32(42, 2835, true);
  dv.setUint32(46, 0, true);
  dv.setUint32(50, 0, true);
  return out;
}

/** `report` (a .docx) with a white BMP added as word/media/white.bmp, linked from the document, deflated at level 9. */
export async function withWhiteBmp(report: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(report);
  zip.file('word/media/white.bmp', whiteBmp(), { compression: 'DEFLATE', compressionOptions: { level: 9 } });
  const relsName = 'word/_rels/document.xml.rels';
  const rels = (await zip.file(relsName)?.async('string')) ?? '';
  zip.file(
    relsName,
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rIdWhiteBmp" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/white.bmp"/></Relationships>',
    ),
  );
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  if (!types.includes('Extension="bmp"'))
    zip.file('[Content_Types].xml', types.replace('<Default ', '<Default Extension="bmp" ContentType="image/bmp"/><Default '));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
