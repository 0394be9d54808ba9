/**
 * Line breaking as a word processor does it for our text: greedy, at spaces (several spaces count with their width,
 * a space at the end of a line takes no room), no hyphenation; a word wider than the line is broken by width.
 * Justification only stretches spaces, so it changes no break.
 */
import { isWordSeparator } from '../text/wordCount';
import { advance, UNITS_PER_EM } from './metrics';

export interface LineBox {
  /** Font size in points. */
  sizePt: number;
  bold: boolean;
  /** Width of the first line and of the others, in points. */
  firstWidthPt: number;
  widthPt: number;
}

/** Number of lines `text` takes (1 for an empty paragraph). `text` should be NFC. */
export function countLines(text: string, box: LineBox): number {
  const scale = UNITS_PER_EM / box.sizePt;
  const first = box.firstWidthPt * scale + 0.5;
  const rest = box.widthPt * scale + 0.5;
  const bold = box.bold;
  let lines = 1;
  let available = first;
  let lineWidth = 0; // content on the line, without trailing spaces
  let spaces = 0; // spaces since the last word
  let word = 0; // the word being read
  let inWord = false;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : 0x20;
    if (isWordSeparator(code)) {
      if (inWord) {
        if (lineWidth === 0) {
          lineWidth = word;
        } else if (lineWidth + spaces + word <= available) {
          lineWidth += spaces + word;
        } else {
          lines++;
          available = rest;
          lineWidth = word;
        }
        // A word wider than the line is broken by width.
        while (lineWidth > available) {
          lineWidth -= available;
          lines++;
          available = rest;
        }
        inWord = false;
        word = 0;
        spaces = 0;
      }
      if (i < n) spaces += code === 0x09 ? advance(0x20, bold) * 4 : advance(0x20, bold);
    } else {
      inWord = true;
      word += advance(code, bold);
    }
  }
  return lines;
}
