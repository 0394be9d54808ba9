import { readFileSync } from 'node:fs';
import opentype from 'opentype.js';
import {
  type Block,
  REPORT_LAYOUT,
  bodyHeightPt,
  countLines,
  flow,
  layoutReport,
  layoutSnapshot,
  PT_PER_MM,
} from '../../../src/core/layout';
import { BOLD_WIDTHS, REGULAR_WIDTHS, UNITS_PER_EM } from '../../../src/core/layout/fontMetrics.generated';
import { advance, singleLinePt } from '../../../src/core/layout/metrics';
import { MODEL_COLUMNS } from '../../../src/core/template';
import {
  BODY_LINE_SPACING,
  BODY_SIZE_PT,
  FIRST_LINE_INDENT_TWIPS,
  PAGE,
  SPACE_AFTER_TWIPS,
  TABLE_SIZE_PT,
} from '../../../src/ooxml/layout';
import { PHOTO_FRAME } from '../../../src/ooxml/photoFrame';
import { completeIndividual } from '../../support/snapshots';
import { realProse } from '../../support/reportGrid';

const twipsToMm = (t: number) => (t / 1440) * 25.4;

describe('the layout inputs agree with the generated documents', () => {
  it('uses the Decree 30 page, margins and header distance of src/ooxml/layout.ts', () => {
    const p = REPORT_LAYOUT.page;
    expect(p.widthMm).toBeCloseTo(twipsToMm(PAGE.widthTwips), 0);
    expect(p.heightMm).toBeCloseTo(twipsToMm(PAGE.heightTwips), 0);
    expect(p.topMm).toBeCloseTo(twipsToMm(PAGE.margins.topTwips), 1);
    expect(p.bottomMm).toBeCloseTo(twipsToMm(PAGE.margins.bottomTwips), 1);
    expect(p.leftMm).toBeCloseTo(twipsToMm(PAGE.margins.leftTwips), 1);
    expect(p.rightMm).toBeCloseTo(twipsToMm(PAGE.margins.rightTwips), 1);
    expect(p.headerMm).toBeCloseTo(twipsToMm(PAGE.margins.headerTwips), 1);
  });

  it('uses the body, table and photo-frame styles of the templates', () => {
    const s = REPORT_LAYOUT.styles;
    expect(s.normal.sizePt).toBe(BODY_SIZE_PT);
    expect(s.normal.lineMultiple).toBe(BODY_LINE_SPACING / 240);
    expect(s.normal.afterPt).toBe(SPACE_AFTER_TWIPS / 20);
    expect(s.normal.firstLinePt).toBe(FIRST_LINE_INDENT_TWIPS / 20);
    expect(s.tableText.sizePt).toBe(TABLE_SIZE_PT);
    expect(REPORT_LAYOUT.table.widthsPct).toEqual(MODEL_COLUMNS.map((c) => c.widthPct));
    expect(REPORT_LAYOUT.photo.heightMm).toBe(PHOTO_FRAME.heightMm);
  });
});

describe('the width table', () => {
  const font = (file: string) => {
    const bytes = readFileSync(`/usr/share/fonts/truetype/liberation2/${file}`);
    return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  };

  it.each([
    ['LiberationSerif-Regular.ttf', REGULAR_WIDTHS],
    ['LiberationSerif-Bold.ttf', BOLD_WIDTHS],
  ])('holds exactly the advance widths of %s for every character it lists', (file, table) => {
    const f = font(file);
    expect(f.unitsPerEm).toBe(UNITS_PER_EM);
    for (const range of table) {
      for (let i = 1; i < range.length; i++) {
        const glyph = f.charToGlyph(String.fromCodePoint(range[0] + i - 1));
        expect(range[i]).toBe(glyph.index === 0 ? -1 : Math.round(glyph.advanceWidth ?? 0));
      }
    }
  });

  it('covers every precomposed Vietnamese letter and the punctuation of reports', () => {
    const letters = 'ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ–—…“”‘’';
    for (const ch of letters + letters.toUpperCase()) expect(advance(ch.charCodeAt(0), false)).toBeGreaterThan(0);
    expect(advance(0x20, false)).toBe(512);
    expect(advance('a'.charCodeAt(0), false)).toBe(909);
    expect(advance('a'.charCodeAt(0), true)).toBeGreaterThan(advance('a'.charCodeAt(0), false));
    expect(advance(0x0301, false)).toBe(0); // a combining mark left by NFD takes no room
  });

  it('gives Times New Roman 14 pt a single line of 16.1 pt (ascender + descender + line gap)', () => {
    expect(singleLinePt(14)).toBeCloseTo(16.1, 1);
  });
});

describe('line breaking', () => {
  const box = { sizePt: 14, bold: false, firstWidthPt: 400, widthPt: 400 };

  it('gives an empty paragraph one line', () => {
    expect(countLines('', box)).toBe(1);
  });

  it('breaks at spaces only when the next word does not fit', () => {
    // "a" is 909/2048 em: 14 pt -> 6.21 pt; "a a" = 6.21 + 3.5 + 6.21.
    const aWidth = (909 / 2048) * 14;
    const space = (512 / 2048) * 14;
    expect(countLines('a a', { ...box, firstWidthPt: aWidth * 2 + space + 0.1, widthPt: 1000 })).toBe(1);
    expect(countLines('a a', { ...box, firstWidthPt: aWidth * 2 + space - 0.5, widthPt: 1000 })).toBe(2);
    // Trailing and repeated spaces take no room at a line's end.
    expect(countLines('a a   ', { ...box, firstWidthPt: aWidth * 2 + space + 0.1, widthPt: 1000 })).toBe(1);
  });

  it('makes the first line shorter by the first-line indent', () => {
    const text = realProse(60).join(' ');
    const flat = countLines(text, box);
    expect(countLines(text, { ...box, firstWidthPt: 20 })).toBeGreaterThanOrEqual(flat);
  });

  it('breaks a word wider than the line by width', () => {
    expect(countLines('x'.repeat(400), { ...box, firstWidthPt: 100, widthPt: 100 })).toBeGreaterThan(10);
  });

  it('counts bold text as wider', () => {
    const text = realProse(200).join(' ');
    expect(countLines(text, { ...box, bold: true })).toBeGreaterThan(countLines(text, box));
  });
});

describe('page flow', () => {
  const para = (lines: number, extra: Partial<Extract<Block, { type: 'paragraph' }>> = {}): Block => ({
    type: 'paragraph',
    lines,
    lineHeightPt: 10,
    beforePt: 0,
    afterPt: 0,
    keepNext: false,
    keepLines: false,
    ...extra,
  });

  it('fills a page line by line and starts another', () => {
    expect(flow([para(10)], 100, true).pages).toBe(1);
    expect(flow([para(11)], 100, true).pages).toBe(2);
  });

  it('uses the larger of "after" and the next "before", and drops spacing at the top of a page', () => {
    expect(flow([para(5, { afterPt: 6 }), para(4, { beforePt: 10 })], 100, true).pages).toBe(1); // 50 + 10 + 40
    expect(flow([para(5, { afterPt: 6 }), para(4, { beforePt: 11 })], 100, true).pages).toBe(2);
    expect(flow([para(10), para(10, { beforePt: 50 })], 100, true).pages).toBe(2);
  });

  it('leaves no orphan: a paragraph whose second line does not fit moves to the next page', () => {
    const blocks = [para(9), para(3, { summary: true })];
    expect(flow(blocks, 100, true).pages).toBe(2);
    // Without widow/orphan control the first line stays behind.
    expect(flow([para(9), para(2)], 100, false).pages).toBe(2);
  });

  it('leaves no widow: one line alone on the next page pulls a line with it', () => {
    // 6 + 5 lines in a 10-line page: 4 would stay, 1 would go; widow control keeps 3 and moves 2.
    const withControl = flow([para(6), para(5, { summary: true })], 100, true);
    expect(withControl.pages).toBe(2);
    // The summary runs from line 7 of page 1 to line 2 of page 2: 0.6 pages (0.5 without widow control).
    expect(withControl.summaryPages).toBeCloseTo(0.6, 5);
    expect(flow([para(6), para(5, { summary: true })], 100, false).summaryPages).toBeCloseTo(0.5, 5);
  });

  it("keeps a heading with the next paragraph's first two lines", () => {
    const heading = para(1, { keepNext: true, keepLines: true });
    expect(flow([para(8), heading, para(5)], 100, true).pages).toBe(2);
    const page2 = flow([para(7), heading, para(5)], 100, true);
    expect(page2.pages).toBe(2);
  });

  it('repeats the header row of a table on every page and never splits a row that may not split', () => {
    const row = (h: number, cantSplit = true) => ({ heightPt: h, lineHeightPt: 10, paddingPt: 4.5, cantSplit });
    const table: Block = { type: 'table', topBorderPt: 0.5, header: row(20), rows: [row(40), row(40), row(40)] };
    // 0.5 + 20 + 40 + 40 = 100.5 > 100: each page holds the repeated header and one row.
    expect(flow([table], 100, true).pages).toBe(3);
    // With 101 pt, two rows fit under the header; the third goes to page 2 under the repeated header.
    expect(flow([table], 101, true).pages).toBe(2);
    const split: Block = { type: 'table', topBorderPt: 0.5, header: row(20), rows: [row(70, false), row(70, false)] };
    expect(flow([split], 100, true).pages).toBe(2);
  });
});

describe('the report layout', () => {
  it('lays out both empty templates on one page, with no summary extent', () => {
    for (const kind of ['individual', 'collective'] as const) {
      expect(layoutReport({ kind, fields: {}, summary: [], rows: [] })).toEqual({
        pages: 1,
        summaryPages: expect.any(Number),
      });
    }
  });

  it('never gives fewer pages for more words or more rows', () => {
    for (const kind of ['individual', 'collective'] as const) {
      let last = 0;
      for (let words = 0; words <= 2400; words += 200) {
        const pages = layoutReport({ kind, fields: {}, summary: realProse(words), rows: [] }).pages;
        expect(pages).toBeGreaterThanOrEqual(last);
        last = pages;
      }
    }
  });

  it("gives the summary's own extent in pages: about 1,000 words of real prose fill about two pages", () => {
    const { summaryPages } = layoutReport({ kind: 'collective', fields: {}, summary: realProse(1000), rows: [] });
    expect(summaryPages).toBeGreaterThan(1.7);
    expect(summaryPages).toBeLessThan(2.6);
  });

  it('counts decomposed (NFD) text like NFC', () => {
    const summary = realProse(900);
    const nfc = layoutReport({ kind: 'individual', fields: {}, summary, rows: [] });
    expect(
      layoutReport({ kind: 'individual', fields: {}, summary: summary.map((p) => p.normalize('NFD')), rows: [] }),
    ).toEqual(nfc);
  });

  it('handles a huge summary and a snapshot without a template', () => {
    const huge = layoutReport({ kind: 'collective', fields: {}, summary: realProse(100_000), rows: [] });
    expect(huge.pages).toBeGreaterThan(150);
    expect(layoutSnapshot({ ...completeIndividual(), template: null })).toBeNull();
    expect(layoutSnapshot(completeIndividual())?.pages).toBeGreaterThanOrEqual(2);
  });

  it('has an A4 body of 297 - 20 - 20 mm', () => {
    expect(bodyHeightPt()).toBeCloseTo(257 * PT_PER_MM, 1);
  });
});
