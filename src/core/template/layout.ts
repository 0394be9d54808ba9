/**
 * The Decree 30/2020/NĐ-CP layout, defined once, in millimetres and points: the ranges the decree allows (what
 * format.page and format.font check) and the values the templates use inside them. The .docx writer
 * (src/ooxml/layout.ts, twips), the file-mode fixes (src/docx/fixes.ts), the Word host (points) and the rules'
 * configuration (src/core/rules/config.ts) all derive from this object.
 */

export type MmRange = readonly [min: number, max: number];

export const DECREE30_LAYOUT = {
  /** A4 portrait. */
  paper: { widthMm: 210, heightMm: 297 },
  /** Margins the decree allows. */
  marginRangesMm: { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] } as Readonly<Record<'top' | 'bottom' | 'left' | 'right', MmRange>>,
  /** Margins the templates use: the smallest allowed, leaving the most room for text. */
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
  /** Distance from the page edge to the header (the page number, centred in the top margin from page 2) and footer. */
  headerDistanceMm: 10,
  footerDistanceMm: 10,
  /** Body text: Times New Roman, 13–14 pt allowed, 14 pt in the templates. */
  font: { name: 'Times New Roman', sizePt: 14, minPt: 13, maxPt: 14 },
  /** Table text size in points (still inside the 13–14 pt the decree allows). */
  tableSizePt: 13,
  /** First-line indent of body paragraphs: 1.27 cm. */
  firstLineIndentMm: 12.7,
  /** Space after each body paragraph, in points. */
  spaceAfterPt: 6,
} as const;

/** Width left for text and tables: 210 - 30 - 15 = 165 mm. */
export const TEXT_WIDTH_MM = DECREE30_LAYOUT.paper.widthMm - DECREE30_LAYOUT.marginsMm.left - DECREE30_LAYOUT.marginsMm.right;

export const MM_PER_INCH = 25.4;
export const POINTS_PER_INCH = 72;

/** Millimetres to points (1 pt = 1/72 inch). */
export function mmToPoints(mm: number): number {
  return (mm * POINTS_PER_INCH) / MM_PER_INCH;
}

/** Points to millimetres. */
export function pointsToMm(points: number): number {
  return (points * MM_PER_INCH) / POINTS_PER_INCH;
}
