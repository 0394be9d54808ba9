/**
 * Property (issue 11): for generated reports, re-saved the ways other programs do, every fix and every restore keeps
 * every word the person wrote; fixes whose purpose is to change words change only those (capitals: only case; NFC:
 * only the encoding of the same letters; legacy conversion: nothing in a Unicode report).
 *
 * The re-saves are simulated here (so the property runs fast and without LibreOffice), as the real programs do them
 * (test/fixtures/resaved/ holds the real ones, test/docx/resaved.test.ts reads them):
 *   - "dropTags": every w:tag removed (LibreOffice keeps w:alias and the placeholder docPart);
 *   - "dropControls": every content control unwrapped, its text kept in place (pandoc, Google Docs).
 */
import fc from 'fast-check';
import JSZip from 'jszip';
import type { FixDescriptor } from '../../src/core/rules/types';
import { TEMPLATES, type TemplateKind } from '../../src/core/template';
import { lostWords } from '../../src/core/text';
import { FileHost } from '../../src/docx/fileHost';
import { writeTemplateDocx } from '../../src/docx/write';
import type { ReportData } from '../../src/docx/reportData';

jest.setTimeout(240_000);

type Resave = 'none' | 'dropTags' | 'dropControls';

async function rewrite(bytes: Uint8Array, change: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  zip.file('word/document.xml', change(xml));
  return zip.generateAsync({ type: 'uint8array' });
}

function resaved(bytes: Uint8Array, way: Resave): Promise<Uint8Array> {
  if (way === 'none') return Promise.resolve(bytes);
  if (way === 'dropTags') return rewrite(bytes, (xml) => xml.replace(/<w:tag w:val="[^"]*"\/>/g, ''));
  return rewrite(bytes, (xml) =>
    xml
      .replace(/<w:sdtPr>.*?<\/w:sdtPr>/g, '')
      .replace(/<w:sdtEndPr>.*?<\/w:sdtEndPr>/g, '')
      .replace(/<\/?w:sdt>|<\/?w:sdtContent>/g, ''),
  );
}

const syllable = fc.constantFrom(
  'Nguyễn', 'thị', 'Thanh', 'Hương', 'trường', 'học', 'giáo', 'viên', 'lớp', 'đọc', 'sách', 'phong', 'trào', 'thi', 'đua',
  'Quận', '1', '2025', '62%', '"xanh"', 'A&B', '<STEM>', 'hiệu', 'quả', 'Tổ', 'Toán', 'e\u0302\u0301', 'Đặng',
);
const words = (min: number, max: number) => fc.array(syllable, { minLength: min, maxLength: max }).map((w) => w.join(' '));
const row = fc.record({ ten: words(1, 4), donVi: words(1, 4), moTa: words(1, 8), loTrinh: words(1, 6), ketQua: words(1, 6) });

function report(kind: TemplateKind): fc.Arbitrary<ReportData> {
  const fields =
    kind === 'individual'
      ? fc.record({ hoTen: words(2, 4), sinhNam: fc.constantFrom('1984', '1990', '2001'), chucVuDonVi: words(2, 8) })
      : fc.record({ tenTapThe: words(3, 10) });
  return fc.record({
    kind: fc.constant(kind),
    fields,
    summary: fc.array(words(1, 25), { minLength: 1, maxLength: 5 }),
    models: fc.array(row, { minLength: 1, maxLength: 3 }),
  }) as fc.Arbitrary<ReportData>;
}

const FIXES: FixDescriptor[] = [
  { kind: 'restoreControls' },
  ...[...new Set([...TEMPLATES.individual.fields, ...TEMPLATES.collective.fields].map((f) => f.id))].map((fieldId) => ({ kind: 'restoreField' as const, fieldId })),
  { kind: 'uppercaseName', fieldId: 'hoTen' },
  { kind: 'renumberTable' },
  { kind: 'normalizeNfc' },
  { kind: 'applyPageSetup' },
  { kind: 'applyBodyFont' },
  { kind: 'convertLegacy', encoding: 'tcvn3' },
  { kind: 'convertLegacy', encoding: 'vni' },
];

/** How a fix may change the words: not at all, only their case, or only their Unicode form. */
function compareAs(fix: FixDescriptor): { caseless?: boolean } {
  return fix.kind === 'uppercaseName' ? { caseless: true } : {};
}

function nfc(text: string): string {
  return text.normalize('NFC');
}

describe('every fix and restore keeps every word the person wrote', () => {
  it.each(['individual', 'collective'] as const)('%s reports, as written and re-saved', async (kind) => {
    await fc.assert(
      fc.asyncProperty(report(kind), fc.constantFrom<Resave>('none', 'dropTags', 'dropControls'), fc.constantFrom(...FIXES), async (data, way, fix) => {
        const bytes = await resaved(await writeTemplateDocx(kind, data), way);
        const host = await FileHost.open(bytes);
        const before = await host.snapshot();
        const rowsBefore = await host.readTable();
        // No confirmer: an edit that would remove a word is refused (host.wouldRemoveText) and fails the property.
        await host.applyFix(fix).catch((e: { messageKey?: string }) => {
          // A fix that does not apply to this document (a field of the other template) may refuse; nothing changes.
          if (e.messageKey !== 'host.fieldMissing' && e.messageKey !== 'host.noTemplate') throw e;
        });
        const after = await host.snapshot();
        expect(lostWords(nfc(before.bodyText), nfc(after.bodyText), compareAs(fix))).toEqual([]);
        // Only words the fix is about appear: nothing of the person's is duplicated or invented either.
        expect(lostWords(nfc(after.bodyText), nfc(before.bodyText), compareAs(fix))).toEqual([]);
        // And the table's rows, by cell, stay the person's.
        const rowsAfter = await host.readTable();
        if (fix.kind === 'normalizeNfc') expect(JSON.stringify(rowsAfter).normalize('NFC')).toBe(JSON.stringify(rowsBefore).normalize('NFC'));
        else expect(rowsAfter).toEqual(rowsBefore);
      }),
      { numRuns: 25 },
    );
  });
});
