/**
 * Every input of the layout model in one place, in points and millimetres: the Decree 30 page, font size, indent
 * and spacing come from their one definition (src/core/template/layout.ts); the other paragraph and table styles
 * mirror src/ooxml/styles.ts, table.ts and photoFrame.ts (a test checks that they agree).
 */
import { MODEL_COLUMNS } from '../template/columns';
import { DECREE30_LAYOUT as D30, mmToPoints } from '../template/layout';

export const PT_PER_MM = 72 / 25.4;
const twips = (t: number) => t / 20;

export interface ParagraphStyle {
  sizePt: number;
  bold: boolean;
  /** Line spacing as a multiple of the font's single line (w:line / 240 with lineRule="auto"). */
  lineMultiple: number;
  beforePt: number;
  afterPt: number;
  firstLinePt: number;
  keepNext: boolean;
  keepLines: boolean;
}

export interface LayoutParams {
  page: {
    widthMm: number;
    heightMm: number;
    topMm: number;
    bottomMm: number;
    leftMm: number;
    rightMm: number;
    headerMm: number;
  };
  styles: {
    normal: ParagraphStyle;
    title: ParagraphStyle;
    heading: ParagraphStyle;
    tableText: ParagraphStyle;
    tableHeader: ParagraphStyle;
    header: ParagraphStyle;
  };
  table: { widthsPct: readonly number[]; cellMarginLeftRightPt: number; borderPt: number };
  photo: { heightMm: number; borderPt: number };
  /** Word's default widow/orphan control (2 lines); LibreOffice applies it to our documents too. */
  widowControl: boolean;
}

const normal: ParagraphStyle = {
  sizePt: D30.font.sizePt,
  bold: false,
  lineMultiple: 324 / 240, // BODY_LINE_SPACING
  beforePt: 0,
  afterPt: D30.spaceAfterPt,
  firstLinePt: mmToPoints(D30.firstLineIndentMm),
  keepNext: false,
  keepLines: false,
};
const tableText: ParagraphStyle = {
  ...normal,
  sizePt: D30.tableSizePt,
  lineMultiple: 1,
  beforePt: twips(40),
  afterPt: twips(40),
  firstLinePt: 0,
};

export const REPORT_LAYOUT: LayoutParams = {
  page: {
    widthMm: D30.paper.widthMm,
    heightMm: D30.paper.heightMm,
    topMm: D30.marginsMm.top,
    bottomMm: D30.marginsMm.bottom,
    leftMm: D30.marginsMm.left,
    rightMm: D30.marginsMm.right,
    headerMm: D30.headerDistanceMm,
  },
  styles: {
    normal,
    title: { ...normal, bold: true, afterPt: twips(240), firstLinePt: 0, keepNext: true },
    heading: {
      ...normal,
      bold: true,
      beforePt: twips(240),
      afterPt: twips(120),
      firstLinePt: 0,
      keepNext: true,
      keepLines: true,
    },
    tableText,
    tableHeader: { ...tableText, bold: true, keepNext: true },
    header: { ...normal, lineMultiple: 1, afterPt: 0, firstLinePt: 0 },
  },
  table: { widthsPct: MODEL_COLUMNS.map((c) => c.widthPct), cellMarginLeftRightPt: twips(85), borderPt: 0.5 },
  photo: { heightMm: 60, borderPt: 0.5 },
  widowControl: true,
};
