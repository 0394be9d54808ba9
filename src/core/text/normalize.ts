/**
 * Unicode normalisation helpers. Vietnamese typed with some keyboards arrives decomposed (NFD):
 * "ệ" as "e" + U+0302 + U+0323. Everything the product compares or counts is NFC first.
 */

/** NFC form of `text`. */
export function normalize(text: string): string {
  return text.normalize('NFC');
}

/** True when `text` is already in NFC. */
export function isNfc(text: string): boolean {
  return text === text.normalize('NFC');
}

/** True for a combining mark (general category M). Cheap check for the common block first. */
function isCombiningMark(code: number): boolean {
  if (code >= 0x0300 && code <= 0x036f) return true;
  if (code < 0x0483) return false;
  return /\p{M}/u.test(String.fromCodePoint(code));
}

/**
 * How many letters of `text` are not in NFC: each base character with the combining marks that follow it
 * counts once when that cluster changes under NFC (e.g. NFD "Việt" counts 1, NFD "Nguyễn Văn" counts 2).
 * Linear in the length of the text; 0 for NFC text.
 */
export function countNonNfc(text: string): number {
  if (isNfc(text)) return 0;
  let count = 0;
  let start = 0;
  let hasMark = false;
  const flush = (end: number): void => {
    if (hasMark && end > start) {
      const cluster = text.slice(start, end);
      if (cluster !== cluster.normalize('NFC')) count++;
    }
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isCombiningMark(code)) {
      hasMark = true;
      continue;
    }
    flush(i);
    start = i;
    hasMark = false;
  }
  flush(text.length);
  return count;
}

/**
 * The first letter of `text` that is not in NFC, as written (decomposed), with its UTF-16 index, or null.
 * Useful for a finding that shows the person where decomposed text is.
 */
export function firstNonNfc(text: string): { index: number; text: string } | null {
  if (isNfc(text)) return null;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : -1;
    if (code >= 0 && isCombiningMark(code)) continue;
    if (i > start) {
      const cluster = text.slice(start, i);
      if (cluster !== cluster.normalize('NFC')) return { index: start, text: cluster };
    }
    start = i;
  }
  return null;
}
