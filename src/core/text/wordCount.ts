/**
 * Word counting compatible with Microsoft Word (DESIGN.md §3).
 *
 * - The text is NFC-normalised first, so NFD input counts the same as NFC input.
 * - A word is a maximal run of characters between separators. Separators: every Unicode space
 *   (ordinary space, tab, no-break space U+00A0, narrow no-break space U+202F, U+2000–U+200A,
 *   ideographic space U+3000, …), line and paragraph breaks (CR, LF, U+2028, U+2029, U+0085),
 *   zero-width space U+200B, and the control characters Word puts in its text (cell marker U+0007,
 *   manual line break U+000B, page break U+000C, column break U+000E, …).
 *   Word's non-breaking hyphen (U+001E) and optional hyphen (U+001F) are NOT separators: "hai‑ba" stays one word.
 * - A run counts only when it holds at least one letter, digit or pictographic character (emoji):
 *   runs of punctuation or symbols alone ("-", "–", "…", "...", "(", "•", "%", "©") do not count, as in Word.
 * - Decision documented here: an emoji standing alone counts as one word, because Word counts it.
 * - "1.000", "hai-ba", "e-mail", "10%" are each one word. Each Vietnamese syllable, written between spaces, is a word.
 *
 * One pass over the text, no regular expression over the whole text, no intermediate arrays.
 */
import { normalize } from './normalize';

/** Separator test for one code point. */
export function isWordSeparator(code: number): boolean {
  if (code <= 0x20) return code !== 0x1e && code !== 0x1f; // controls, space; Word hyphens excluded
  if (code < 0x85) return false;
  if (code === 0x85 || code === 0xa0 || code === 0x1680) return true;
  if (code >= 0x2000 && code <= 0x200b) return true; // en quad … hair space, zero-width space
  return code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000;
}

const COUNTS = /[\p{L}\p{N}\p{Emoji_Presentation}]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
/** 0: does not count; 1: counts; 2: counts only when followed by the emoji variation selector U+FE0F (e.g. ❤️). */
type Kind = 0 | 1 | 2;
const kindCache = new Map<number, Kind>();

function kindOf(code: number): Kind {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ? 1 : 0;
  }
  let kind = kindCache.get(code);
  if (kind === undefined) {
    const char = String.fromCodePoint(code);
    if (COUNTS.test(char)) kind = 1;
    else if (PICTOGRAPHIC.test(char)) kind = code >= 0x1f000 ? 1 : 2; // ©, ®, ™, ↔ … count only as emoji
    else kind = 0;
    if (kindCache.size < 4096) kindCache.set(code, kind);
  }
  return kind;
}

/**
 * True when a code point on its own makes its run a word: a letter, a digit or an emoji
 * (©, ®, ™ and other symbols that are emoji only with U+FE0F do not).
 */
export function isWordCharacter(code: number): boolean {
  return kindOf(code) === 1;
}

/** Number of words in `text`, counted as Microsoft Word counts them (see the module comment). */
export function countWords(text: string): number {
  if (!text) return 0;
  const s = normalize(text);
  let words = 0;
  let inRun = false;
  let runCounts = false;
  for (let i = 0; i < s.length; i++) {
    let code = s.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) {
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (isWordSeparator(code)) {
      if (inRun && runCounts) words++;
      inRun = false;
      runCounts = false;
      continue;
    }
    inRun = true;
    if (!runCounts) {
      const kind = kindOf(code);
      if (kind === 1) runCounts = true;
      else if (kind === 2 && s.charCodeAt(i + 1) === 0xfe0f) runCounts = true;
    }
  }
  if (inRun && runCounts) words++;
  return words;
}
