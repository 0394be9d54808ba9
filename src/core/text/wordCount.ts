/**
 * Word counting as Microsoft Word counts (DESIGN.md §3).
 *
 * - The text is NFC-normalised first, so NFD input counts the same as NFC input.
 * - A word is a maximal run of non-separator characters. Every run counts, punctuation and symbols alone included:
 *   a spaced dash "thầy cô – những người", a list marker "- Thứ nhất", "GD & ĐT", "…" each add one word, as in Word
 *   (and in LibreOffice once its "additional separators" are emptied; see test/oracle/wordCount.test.ts).
 *   A dash inside a token ("2020–2025", "hai-ba") stays one word.
 * - Separators: every Unicode space (ordinary space, tab, no-break space U+00A0, narrow no-break space U+202F,
 *   U+2000–U+200A, ideographic space U+3000, …), line and paragraph breaks (CR, LF, U+2028, U+2029, U+0085),
 *   zero-width space U+200B, and the control characters Word puts in its text (cell marker U+0007, manual line break
 *   U+000B, page break U+000C, column break U+000E, …). Word's non-breaking hyphen (U+001E) and optional hyphen (U+001F)
 *   are NOT separators: "hai‑ba" stays one word.
 * - "1.000", "hai-ba", "e-mail", "10%" are each one word. Each Vietnamese syllable, written between spaces, is a word.
 *
 * One pass over the text, no regular expression, no intermediate arrays.
 */
import { normalize } from './normalize';

/** Separator test for one UTF-16 code unit (no separator lies outside the BMP). */
export function isWordSeparator(code: number): boolean {
  if (code <= 0x20) return code !== 0x1e && code !== 0x1f; // controls, space; Word hyphens excluded
  if (code < 0x85) return false;
  if (code === 0x85 || code === 0xa0 || code === 0x1680) return true;
  if (code >= 0x2000 && code <= 0x200b) return true; // en quad … hair space, zero-width space
  return code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000;
}

/** Number of words in `text`, counted as Microsoft Word counts them (see the module comment). */
export function countWords(text: string): number {
  if (!text) return 0;
  const s = normalize(text);
  let words = 0;
  let inRun = false;
  for (let i = 0; i < s.length; i++) {
    if (isWordSeparator(s.charCodeAt(i))) {
      inRun = false;
    } else if (!inRun) {
      inRun = true;
      words++;
    }
  }
  return words;
}
