import { DEFAULT_RULE_CONFIG } from '../../../src/core/rules/config';
import { DECREE30_LAYOUT, TEXT_WIDTH_MM, mmToPoints, pointsToMm } from '../../../src/core/template';
import { BODY_HALF_POINTS, DECREE_PAGE } from '../../../src/docx/fixes';
import { FIRST_LINE_INDENT_TWIPS, PAGE, SPACE_AFTER_TWIPS, TEXT_WIDTH_TWIPS } from '../../../src/ooxml/layout';
import { TEMPLATE_PAGE_SETUP } from '../../../src/word/WordHost';

describe('the Decree 30 layout, defined once in millimetres', () => {
  it('gives the writer and the file fixes the same twips (A4 11906 x 16838, margins 1134/1134/1701/850)', () => {
    expect(PAGE).toEqual({
      widthTwips: 11906,
      heightTwips: 16838,
      margins: { topTwips: 1134, bottomTwips: 1134, leftTwips: 1701, rightTwips: 850, headerTwips: 567, footerTwips: 567 },
    });
    expect(DECREE_PAGE).toEqual({ w: 11906, h: 16838, top: 1134, bottom: 1134, left: 1701, right: 850, header: 567, footer: 567, gutter: 0 });
    expect(FIRST_LINE_INDENT_TWIPS).toBe(720);
    expect(SPACE_AFTER_TWIPS).toBe(120);
    expect(BODY_HALF_POINTS).toBe(28);
    expect(TEXT_WIDTH_TWIPS).toBeCloseTo((TEXT_WIDTH_MM * 1440) / 25.4, -1);
  });

  it('gives Word the same page in points', () => {
    expect(TEMPLATE_PAGE_SETUP.pageWidth).toBeCloseTo(595.28, 2);
    expect(TEMPLATE_PAGE_SETUP.pageHeight).toBeCloseTo(841.89, 2);
    expect(pointsToMm(TEMPLATE_PAGE_SETUP.leftMargin)).toBeCloseTo(30, 9);
    expect(pointsToMm(mmToPoints(12.7))).toBeCloseTo(12.7, 9);
  });

  it('gives the rules the decree’s ranges, and the templates sit inside them', () => {
    const page = DEFAULT_RULE_CONFIG.page;
    expect([page.widthMm, page.heightMm]).toEqual([210, 297]);
    expect([page.topMm, page.bottomMm, page.leftMm, page.rightMm]).toEqual([[20, 25], [20, 25], [30, 35], [15, 20]]);
    for (const side of ['top', 'bottom', 'left', 'right'] as const) {
      const [min, max] = DECREE30_LAYOUT.marginRangesMm[side];
      expect(DECREE30_LAYOUT.marginsMm[side]).toBeGreaterThanOrEqual(min);
      expect(DECREE30_LAYOUT.marginsMm[side]).toBeLessThanOrEqual(max);
    }
    expect(DEFAULT_RULE_CONFIG.font).toMatchObject({ name: 'Times New Roman', minPt: 13, maxPt: 14 });
  });
});
