/**
 * Advance widths of Times New Roman (Liberation Serif's, identical by design), from the generated table.
 * Lookup by UTF-16 code unit; text is NFC first, so Vietnamese letters are single code units.
 */
import { BOLD_WIDTHS, REGULAR_WIDTHS, UNITS_PER_EM, VERTICAL } from './fontMetrics.generated';

const SIZE = 0x2200;

function table(ranges: readonly (readonly number[])[]): Uint16Array {
  const out = new Uint16Array(SIZE);
  let sum = 0;
  let n = 0;
  for (const range of ranges) {
    for (let i = 1; i < range.length; i++) {
      if (range[i] > 0) {
        sum += range[i];
        n++;
      }
    }
  }
  const average = Math.round(sum / n);
  out.fill(average);
  for (const range of ranges) {
    for (let i = 1; i < range.length; i++) {
      const code = range[0] + i - 1;
      if (code < SIZE) out[code] = range[i] >= 0 ? range[i] : average;
    }
  }
  // Combining marks (NFD leftovers) take no room.
  for (let c = 0x300; c <= 0x36f; c++) out[c] = 0;
  return out;
}

const REGULAR = table(REGULAR_WIDTHS);
const BOLD = table(BOLD_WIDTHS);
const DEFAULT_REGULAR = REGULAR[0x6e]; // 'n'
const DEFAULT_BOLD = BOLD[0x6e];

/** Width of one code unit in font units (1/UNITS_PER_EM of the font size). */
export function advance(code: number, bold: boolean): number {
  if (code < SIZE) return bold ? BOLD[code] : REGULAR[code];
  if (code >= 0xdc00 && code <= 0xdfff) return 0; // low surrogate: the pair was measured at its high half
  return bold ? DEFAULT_BOLD : DEFAULT_REGULAR;
}

export { UNITS_PER_EM };

/** The font's descent (hhea descender) in points at `sizePt`. */
export function descentPt(sizePt: number): number {
  return (-VERTICAL.descender / UNITS_PER_EM) * sizePt;
}

/** The font's single line height in points at `sizePt` (hhea ascender + descender + line gap, as LibreOffice and Word use). */
export function singleLinePt(sizePt: number): number {
  return ((VERTICAL.ascender - VERTICAL.descender + VERTICAL.lineGap) / UNITS_PER_EM) * sizePt;
}
