/**
 * Page layout of the templates in WordprocessingML units (twips), derived from the one definition of the
 * Decree 30/2020/NĐ-CP layout in millimetres (src/core/template/layout.ts): A4 portrait, margins top 20, bottom 20,
 * left 30, right 15 mm, body text Times New Roman 14 pt, justified, first-line indent 1.27 cm, 6 pt after, page
 * numbers centred in the top margin from page 2.
 */
import { DECREE30_LAYOUT as L } from '../core/template/layout';
import { mmToTwips } from './units';

export const PAGE = {
  /** A4 in twips (210 x 297 mm = 11906 x 16838). */
  widthTwips: mmToTwips(L.paper.widthMm),
  heightTwips: mmToTwips(L.paper.heightMm),
  margins: {
    topTwips: mmToTwips(L.marginsMm.top), // 1134
    bottomTwips: mmToTwips(L.marginsMm.bottom), // 1134
    leftTwips: mmToTwips(L.marginsMm.left), // 1701
    rightTwips: mmToTwips(L.marginsMm.right), // 850
    /** Distance from the page edge to the header (page number) and to the footer: 10 mm. */
    headerTwips: mmToTwips(L.headerDistanceMm), // 567
    footerTwips: mmToTwips(L.footerDistanceMm), // 567
  },
} as const;

/** Width available to text and tables: 210 - 30 - 15 = 165 mm. */
export const TEXT_WIDTH_TWIPS = PAGE.widthTwips - PAGE.margins.leftTwips - PAGE.margins.rightTwips;

export const BODY_FONT = L.font.name;
/** Body text size in points. */
export const BODY_SIZE_PT = L.font.sizePt;
/** Table text size in points (still inside the 13–14 pt the decree allows for body text). */
export const TABLE_SIZE_PT = L.tableSizePt;
/** First-line indent 1.27 cm (720 twips). */
export const FIRST_LINE_INDENT_TWIPS = mmToTwips(L.firstLineIndentMm);
/** 6 pt after each paragraph (120 twips). */
export const SPACE_AFTER_TWIPS = L.spaceAfterPt * 20;

/**
 * Body line spacing, in 240ths of a line (`w:spacing w:line`, `w:lineRule="auto"`).
 * Chosen inside the decree's range (single = 240 to 1.5 lines = 360) so that a full page of
 * ordinary Vietnamese prose holds 450–550 words, i.e. 1,000 words lay out to about two pages.
 * Measured with LibreOffice 7.4 and Liberation Serif (metric-compatible with Times New Roman).
 * Measured (scripts/measure-line-spacing.ts): 240 -> ~680 words/page, 276 (1.15) -> ~590, 312 (1.3) -> ~523,
 * 324 (1.35) -> ~507, 336 (1.4) -> ~491, 360 (1.5) -> ~460. Chosen: 324 = 1.35 lines, ~507 words per page.
 */
export const BODY_LINE_SPACING = 324;

/** `w:sectPr` for the single section: page size, margins, title page, header references. */
export function sectPr(headerRelIds: { default: string; first: string }): string {
  const m = PAGE.margins;
  return (
    '<w:sectPr>' +
    `<w:headerReference w:type="default" r:id="${headerRelIds.default}"/>` +
    `<w:headerReference w:type="first" r:id="${headerRelIds.first}"/>` +
    `<w:pgSz w:w="${PAGE.widthTwips}" w:h="${PAGE.heightTwips}"/>` +
    `<w:pgMar w:top="${m.topTwips}" w:right="${m.rightTwips}" w:bottom="${m.bottomTwips}" w:left="${m.leftTwips}" ` +
    `w:header="${m.headerTwips}" w:footer="${m.footerTwips}" w:gutter="0"/>` +
    '<w:cols w:space="720"/>' +
    '<w:titlePg/>' +
    '<w:docGrid w:linePitch="360"/>' +
    '</w:sectPr>'
  );
}
