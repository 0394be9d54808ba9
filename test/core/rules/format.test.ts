import { formatFont, formatPage } from '../../../src/core/rules/format';
import type { FontUsage, PageSetup } from '../../../src/core/snapshot';
import { completeIndividual, config } from '../../support/snapshots';

const cfg = config();
const page = (widthMm: number, heightMm: number, topMm = 20, bottomMm = 20, leftMm = 30, rightMm = 15): PageSetup => ({
  widthMm,
  heightMm,
  margins: { topMm, bottomMm, leftMm, rightMm },
});
const withPage = (pageSetup: PageSetup | null, unavailable: string[] = []) => ({ ...completeIndividual(), pageSetup, unavailable });
const font = (name: string, sizePt: number | null, chars: number, sample = 'Báo cáo'): FontUsage => ({ name, sizePt, chars, sample });
const withFonts = (fonts: FontUsage[]) => ({ ...completeIndividual(), fonts });

describe('format.page', () => {
  it('passes A4 portrait with margins in range, including the range ends and Word rounding', () => {
    expect(formatPage(withPage(page(210, 297)), cfg)).toEqual([]);
    expect(formatPage(withPage(page(209.9, 297.04, 25, 25, 35, 20)), cfg)).toEqual([]);
    expect(formatPage(withPage(page(211.5, 295.5, 19.95, 20, 30, 15)), cfg)).toEqual([]);
  });

  it('says nothing when the page setup is unknown, and an information when the host could not read it', () => {
    expect(formatPage(withPage(null), cfg)).toEqual([]);
    expect(formatPage(withPage(null, ['pageSetup']), cfg)).toEqual([
      { rule: 'format.page', severity: 'info', message: { key: 'findings.format.page.unavailable' } },
    ]);
  });

  it('warns about another paper size, with the fix', () => {
    expect(formatPage(withPage(page(215.9, 279.4)), cfg)).toEqual([
      {
        rule: 'format.page',
        severity: 'warning',
        message: { key: 'findings.format.page.paper', params: { width: 215.9, height: 279.4 } },
        fix: { kind: 'applyPageSetup' },
      },
    ]);
  });

  it('warns about landscape A4', () => {
    expect(formatPage(withPage(page(297, 210)), cfg).map((f) => f.message.key)).toEqual(['findings.format.page.landscape']);
  });

  it('warns about margins out of range, listing them rounded to one decimal', () => {
    const f = formatPage(withPage(page(210, 297, 20, 20, 25.4, 25.4)), cfg);
    expect(f).toEqual([
      {
        rule: 'format.page',
        severity: 'warning',
        message: { key: 'findings.format.page.margins', params: { top: 20, bottom: 20, left: 25.4, right: 25.4 } },
        fix: { kind: 'applyPageSetup' },
      },
    ]);
    for (const m of [page(210, 297, 19), page(210, 297, 20, 26), page(210, 297, 20, 20, 36), page(210, 297, 20, 20, 30, 14.5)]) {
      expect(formatPage(withPage(m), cfg)).toHaveLength(1);
    }
  });

  it('reports paper and margins separately when both are wrong', () => {
    expect(formatPage(withPage(page(216, 279, 25.4, 25.4, 25.4, 25.4)), cfg).map((f) => f.message.key)).toEqual([
      'findings.format.page.paper',
      'findings.format.page.margins',
    ]);
  });
});

describe('format.font', () => {
  it('passes Times New Roman 13–14 pt, whatever the case of the name', () => {
    expect(formatFont(withFonts([font('Times New Roman', 14, 5000), font('times new roman', 13, 100)]), cfg)).toEqual([]);
  });

  it('says nothing when fonts are unknown', () => {
    expect(formatFont(withFonts([]), cfg)).toEqual([]);
    expect(formatFont(withFonts([font('Arial', 11, 0)]), cfg)).toEqual([]);
  });

  it('tolerates a small share of other fonts and sizes (headings, symbols)', () => {
    expect(formatFont(withFonts([font('Times New Roman', 14, 960), font('Arial', 16, 40)]), cfg)).toEqual([]);
  });

  it('warns beyond the tolerance, naming the main offenders, with the fix', () => {
    const f = formatFont(withFonts([font('Times New Roman', 14, 800), font('Arial', 11, 150), font('Times New Roman', 12, 50)]), cfg);
    expect(f).toEqual([
      {
        rule: 'format.font',
        severity: 'warning',
        message: {
          key: 'findings.format.font',
          params: { details: 'Arial 11 pt, Times New Roman 12 pt', percent: 20, font: 'Times New Roman', min: 13, max: 14 },
        },
        fix: { kind: 'applyBodyFont' },
      },
    ]);
  });

  it('does not count unknown sizes as wrong', () => {
    expect(formatFont(withFonts([font('Times New Roman', null, 1000)]), cfg)).toEqual([]);
  });

  it('leaves legacy fonts to encoding.legacy', () => {
    expect(formatFont(withFonts([font('Times New Roman', 14, 100), font('.VnTime', 14, 900), font('VNI-Times', 13, 900)]), cfg)).toEqual([]);
  });

  it('follows the configured font', () => {
    expect(formatFont(withFonts([font('Arial', 12, 1000)]), config({ font: { name: 'Arial', minPt: 12 } }))).toEqual([]);
  });
});
