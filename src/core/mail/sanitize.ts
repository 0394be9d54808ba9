/**
 * Cleaning of the values that go into a mail: each becomes one line of NFC text, so a name with a line break
 * can never add a header to the subject, and invisible characters cannot disguise it.
 */
import { normalize } from '../text/normalize';

/**
 * Control characters (C0, DEL, C1), line/paragraph separators, bidirectional overrides and isolates,
 * zero-width characters and the BOM.
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/gu;

/**
 * One clean line: NFC; tabs, line breaks and every other control character become a space; bidi and zero-width
 * characters are removed; runs of spaces collapse to one; no leading or trailing space.
 */
export function cleanLine(text: string | null | undefined): string {
  if (!text) return '';
  return normalize(text)
    .replace(/[\t\n\r\u000b\u000c\u0085\u2028\u2029]/g, ' ')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .trim();
}

/** `text` cut to at most `max` characters (code points), ending in "…" when cut, at a word boundary when one is near. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  if (max <= 1) return max === 1 ? '…' : '';
  let kept = chars.slice(0, max - 1);
  // End at a word boundary when one is close, rather than in the middle of a word.
  if (chars[max - 1] !== ' ') {
    const space = kept.lastIndexOf(' ');
    if (space > 0 && space >= kept.length - 15) kept = kept.slice(0, space);
  }
  return kept.join('').trimEnd() + '…';
}
