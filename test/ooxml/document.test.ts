import fc from 'fast-check';
import { MODEL_COLUMNS, TEMPLATES, tagOf } from '../../src/core/template';
import type { TemplateKind } from '../../src/core/template';
import { documentXml } from '../../src/ooxml/document';
import type { DocumentContent } from '../../src/ooxml/document';
import type { ModelRowCells } from '../../src/ooxml/table';
import { hostileString } from './arbitraries';
import { child, children, elements, paragraphTexts, parseXml, runText, sdtByTag, wAttr } from './xmlTestUtils';
import type { Element as XElement } from '@xmldom/xmldom';

const RELS = { headerDefault: 'rId4', headerFirst: 'rId5' };
const KINDS: TemplateKind[] = ['individual', 'collective'];
const CELL_IDS = MODEL_COLUMNS.filter((c) => c.id !== 'tt').map((c) => c.id as keyof ModelRowCells);

/** What the document must hold for a value: forbidden XML characters removed, CR LF -> LF, NFC. */
function expected(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

function textFieldIds(kind: TemplateKind): string[] {
  return TEMPLATES[kind].fields.filter((f) => f.kind === 'text' || f.kind === 'year').map((f) => f.id);
}

function instructionOf(kind: TemplateKind, id: string): string {
  return TEMPLATES[kind].fields.find((f) => f.id === id)!.instruction;
}

function content(sdt: XElement): XElement {
  return child(sdt, 'sdtContent')!;
}

function showsPlaceholder(sdt: XElement): boolean {
  return child(child(sdt, 'sdtPr')!, 'showingPlcHdr') !== undefined;
}

function build(kind: TemplateKind, c: DocumentContent) {
  return parseXml(documentXml(kind, c, RELS));
}

const rowArb: fc.Arbitrary<ModelRowCells> = fc.record(
  { ten: hostileString, donVi: hostileString, moTa: hostileString, loTrinh: hostileString, ketQua: hostileString },
  { requiredKeys: [] },
);

describe.each(KINDS)('documentXml (%s): no input can break the XML or leave its field', (kind) => {
  it('round-trips arbitrary text in every field, summary paragraph and table cell', () => {
    const fieldIds = textFieldIds(kind);
    fc.assert(
      fc.property(
        fc.tuple(...fieldIds.map(() => hostileString)),
        fc.array(hostileString, { maxLength: 5 }),
        fc.array(rowArb, { maxLength: 3 }),
        (values, summary, models) => {
          const fields = Object.fromEntries(fieldIds.map((id, i) => [id, values[i]]));
          const doc = build(kind, { fields, summary, models });

          // Exactly the template's controls, each once: nothing injected, nothing lost.
          const tags = elements(doc, 'sdt').map((s) => wAttr(child(child(s, 'sdtPr')!, 'tag'), 'val'));
          expect(tags).toEqual(TEMPLATES[kind].fields.map((f) => tagOf(f.id)));

          for (const id of fieldIds) {
            const sdt = sdtByTag(doc, tagOf(id))!;
            const want = expected(fields[id]);
            if (want === '') {
              expect(showsPlaceholder(sdt)).toBe(true);
              expect(runText(content(sdt))).toBe(instructionOf(kind, id));
            } else {
              expect(showsPlaceholder(sdt)).toBe(false);
              expect(runText(content(sdt))).toBe(want);
            }
          }

          const summarySdt = sdtByTag(doc, tagOf('tomTat'))!;
          const paragraphs = summary.map(expected);
          if (paragraphs.some((p) => p !== '')) {
            expect(showsPlaceholder(summarySdt)).toBe(false);
            expect(paragraphTexts(content(summarySdt))).toEqual(paragraphs);
          } else {
            expect(showsPlaceholder(summarySdt)).toBe(true);
            expect(paragraphTexts(content(summarySdt))).toEqual([instructionOf(kind, 'tomTat')]);
          }

          const table = elements(content(sdtByTag(doc, tagOf('moHinh'))!), 'tbl')[0];
          const rows = children(table, 'tr').slice(1);
          expect(rows).toHaveLength(Math.max(1, models.length));
          rows.forEach((tr, i) => {
            const cells = children(tr, 'tc').map((tc) => paragraphTexts(tc).join('\n'));
            expect(cells[0]).toBe(String(i + 1));
            CELL_IDS.forEach((id, j) => expect(cells[j + 1]).toBe(expected(models[i]?.[id] ?? '')));
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('documentXml: the empty individual template', () => {
  const doc = build('individual', {});
  const body = elements(doc, 'body')[0];

  it('follows the official order: title, photo frame, name, birth year, position, summary, models', () => {
    const blocks = children(body).map((el) => {
      if (el.localName === 'sdt') return wAttr(child(child(el, 'sdtPr')!, 'tag'), 'val');
      if (el.localName === 'tbl')
        return `tbl:${elements(el, 'tag')
          .map((t) => wAttr(t, 'val'))
          .join(',')}`;
      return `${el.localName}:${runText(el)}`;
    });
    expect(blocks).toEqual([
      'p:BÁO CÁO THÀNH TÍCH CÁ NHÂN',
      'tbl:bctt.anh',
      'p:- Họ tên: (ghi đầy đủ bằng chữ in hoa, không viết tắt)',
      'p:- Sinh năm: (năm sinh, ví dụ: 1984)',
      'p:- Chức vụ, đơn vị công tác: (chức vụ, đơn vị công tác)',
      'p:TÓM TẮT THÀNH TÍCH TIÊU BIỂU',
      'bctt.tomTat',
      'p:MÔ HÌNH HOẶC CÔNG TRÌNH THI ĐUA TIÊU BIỂU',
      'bctt.moHinh',
      'p:',
      'sectPr:',
    ]);
  });

  it('styles the title Title and the two headings Heading1', () => {
    const styles = children(body, 'p').map((p) => wAttr(child(child(p, 'pPr') ?? p, 'pStyle'), 'val'));
    expect(styles.filter((s) => s === 'Title')).toHaveLength(1);
    expect(styles.filter((s) => s === 'Heading1')).toHaveLength(2);
  });

  it('shows every instruction as grey placeholder text, with showingPlcHdr, except the always-numbered table', () => {
    for (const f of TEMPLATES.individual.fields) {
      const sdt = sdtByTag(doc, tagOf(f.id))!;
      expect(showsPlaceholder(sdt)).toBe(f.kind !== 'table');
      if (f.kind !== 'table') {
        const runs = elements(content(sdt), 'r');
        expect(runs.length).toBeGreaterThan(0);
        for (const r of runs) expect(wAttr(child(child(r, 'rPr')!, 'rStyle'), 'val')).toBe('PlaceholderText');
      }
    }
  });

  it('makes every field a rich-text control (no plain-text or picture type), locked against deletion', () => {
    // Rich text is what Word's contentControls collection lists on every platform (office-js #2160, #6144, #3434).
    for (const kind of ['individual', 'collective'] as const) {
      const d = build(kind, {});
      for (const field of TEMPLATES[kind].fields) {
        const pr = child(sdtByTag(d, tagOf(field.id))!, 'sdtPr')!;
        const typed = ['text', 'picture', 'richText', 'comboBox', 'dropDownList', 'date', 'checkbox'].filter((t) => child(pr, t));
        expect({ field: field.id, typed }).toEqual({ field: field.id, typed: [] });
        expect(wAttr(child(pr, 'lock'), 'val')).toBe('sdtLocked');
        expect(wAttr(child(child(pr, 'placeholder')!, 'docPart'), 'val')).toBe(`BCTT_${field.id}`);
      }
    }
  });

  it('holds the filled photo as an inline picture inside the rich-text control', () => {
    const d = build('individual', { photo: { relId: 'rIdPhoto', widthEmu: 1440000, heightEmu: 2160000 } });
    const sdt = sdtByTag(d, tagOf('anh'))!;
    expect(showsPlaceholder(sdt)).toBe(false);
    expect(elements(content(sdt), 'drawing')).toHaveLength(1);
    expect(child(child(sdt, 'sdtPr')!, 'picture')).toBeUndefined();
  });

  it('puts the photo control inside a bordered 4 x 6 cm frame', () => {
    const frame = children(body, 'tbl')[0];
    expect(wAttr(child(child(frame, 'tblPr')!, 'tblW'), 'w')).toBe('2268');
    const height = elements(frame, 'trHeight')[0];
    expect(wAttr(height, 'val')).toBe('3402');
    expect(wAttr(height, 'hRule')).toBe('atLeast');
    expect(elements(frame, 'tblBorders')).toHaveLength(1);
  });

  it('uses inline controls for text fields and block controls for the summary and the table', () => {
    const parentOf = (id: string) => (sdtByTag(doc, tagOf(id))!.parentNode as XElement).localName;
    expect(parentOf('hoTen')).toBe('p');
    expect(parentOf('anh')).toBe('p');
    expect(parentOf('tomTat')).toBe('body');
    expect(parentOf('moHinh')).toBe('body');
  });
});

describe('documentXml: the collective template', () => {
  it('has the title, "Tên tập thể: […]" without a dash, then the two sections and no photo', () => {
    const doc = build('collective', { fields: { tenTapThe: 'Trường Tiểu học Kết Đoàn, Quận 1, TP. Hồ Chí Minh' } });
    const paragraphs = children(elements(doc, 'body')[0], 'p').map(runText);
    expect(paragraphs.slice(0, 4)).toEqual([
      'BÁO CÁO THÀNH TÍCH TẬP THỂ',
      'Tên tập thể: Trường Tiểu học Kết Đoàn, Quận 1, TP. Hồ Chí Minh',
      'TÓM TẮT THÀNH TÍCH TIÊU BIỂU',
      'MÔ HÌNH HOẶC CÔNG TRÌNH THI ĐUA TIÊU BIỂU',
    ]);
    expect(sdtByTag(doc, tagOf('anh'))).toBeUndefined();
    expect(elements(doc, 'drawing')).toHaveLength(0);
  });
});

describe('documentXml: filled values', () => {
  it('writes a filled field without showingPlcHdr and without the placeholder style', () => {
    const doc = build('individual', { fields: { hoTen: 'NGUYỄN THỊ MAI' } });
    const sdt = sdtByTag(doc, tagOf('hoTen'))!;
    expect(showsPlaceholder(sdt)).toBe(false);
    expect(runText(content(sdt))).toBe('NGUYỄN THỊ MAI');
    expect(elements(content(sdt), 'rStyle')).toHaveLength(0);
    // The other fields stay empty.
    expect(showsPlaceholder(sdtByTag(doc, tagOf('sinhNam'))!)).toBe(true);
  });

  it('treats a value of only forbidden characters as empty', () => {
    const doc = build('individual', { fields: { hoTen: '\u0000\u0001\uFFFF' } });
    expect(showsPlaceholder(sdtByTag(doc, tagOf('hoTen'))!)).toBe(true);
  });

  it('writes tabs as w:tab and line breaks as w:br inside the rich-text control', () => {
    const doc = build('individual', { fields: { chucVuDonVi: 'Hiệu trưởng\tTrường A\r\nQuận 1' } });
    const sdt = sdtByTag(doc, tagOf('chucVuDonVi'))!;
    expect(elements(content(sdt), 'tab')).toHaveLength(1);
    expect(elements(content(sdt), 'br')).toHaveLength(1);
    expect(child(child(sdt, 'sdtPr')!, 'text')).toBeUndefined();
  });

  it('keeps leading and trailing spaces (xml:space="preserve")', () => {
    const doc = build('individual', { fields: { hoTen: '  A  ' } });
    const t = elements(content(sdtByTag(doc, tagOf('hoTen'))!), 't')[0];
    expect(t.getAttribute('xml:space')).toBe('preserve');
    expect(t.textContent).toBe('  A  ');
  });

  it('writes one paragraph per summary paragraph, NFC-normalised', () => {
    const nfd = 'Thành tích nổi bật'.normalize('NFD');
    const doc = build('individual', { summary: [nfd, 'Đoạn hai.'] });
    expect(paragraphTexts(content(sdtByTag(doc, tagOf('tomTat'))!))).toEqual(['Thành tích nổi bật', 'Đoạn hai.']);
  });

  it('embeds a given photo as an inline drawing referencing its relationship', () => {
    const doc = build('individual', { photo: { relId: 'rId8', widthEmu: 1440000, heightEmu: 2160000 } });
    const sdt = sdtByTag(doc, tagOf('anh'))!;
    expect(showsPlaceholder(sdt)).toBe(false);
    const extent = elements(
      content(sdt),
      'extent',
      'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
    )[0];
    expect([extent.getAttribute('cx'), extent.getAttribute('cy')]).toEqual(['1440000', '2160000']);
    const blip = elements(content(sdt), 'blip', 'http://schemas.openxmlformats.org/drawingml/2006/main')[0];
    expect(blip.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'embed')).toBe(
      'rId8',
    );
  });

  it('gives every control a unique w:id', () => {
    const doc = build('individual', {});
    const ids = elements(doc, 'sdtPr').map((pr) => wAttr(child(pr, 'id'), 'val'));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('documentXml: separators that regex-based XML readers trip on', () => {
  it.each(['\u2028', '\u2029', '\u0085', 'a\u2029b'])('keeps %j in a table cell as written', (value) => {
    const doc = build('individual', { models: [{ loTrinh: value }] });
    const table = elements(content(sdtByTag(doc, tagOf('moHinh'))!), 'tbl')[0];
    const cells = children(children(table, 'tr')[1], 'tc').map((tc) => paragraphTexts(tc).join('\n'));
    expect(cells[4]).toBe(value);
  });
});

describe('documentXml: the replacement character', () => {
  it('keeps U+FFFD, which people paste from badly converted text', () => {
    const doc = build('individual', { models: [{ donVi: 'a\uFFFDb' }] });
    const table = elements(content(sdtByTag(doc, tagOf('moHinh'))!), 'tbl')[0];
    expect(children(children(table, 'tr')[1], 'tc').map((tc) => paragraphTexts(tc).join('\n'))[2]).toBe('a\uFFFDb');
  });
});
