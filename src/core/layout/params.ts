/**
 * Every input of the layout model in one place, in points and millimetres: the Decree 30 page and the templates'
 * paragraph and table styles. They mirror src/ooxml/layout.ts, styles.ts, table.ts and photoFrame.ts (a test checks
 * that they agree); when the layout moves to one millimetre definition in src/core/template, point these at it.
 */
import { MODEL_COLUMNS } from '../template/columns';

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
  sizePt: 14,
  bold: false,
  lineMultiple: 324 / 240, // BODY_LINE_SPACING
  beforePt: 0,
  afterPt: twips(120), // SPACE_AFTER_TWIPS
  firstLinePt: twips(720), // FIRST_LINE_INDENT_TWIPS
  keepNext: false,
  keepLines: false,
};
const tableText: ParagraphStyle = {
  ...normal,
  sizePt: 13,
  lineMultiple: 1,
  beforePt: twips(40),
  afterPt: twips(40),
  firstLinePt: 0,
};

export const REPORT_LAYOUT: LayoutParams = {
  page: { widthMm: 210, heightMm: 297, topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15, headerMm: 10 },
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
