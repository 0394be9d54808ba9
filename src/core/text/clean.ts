/** Cleaning and comparing text as a person reads it: NFC, whitespace collapsed, blank tests. */

/**
 * Whitespace that needs rewriting: any run that is not a single ordinary space (tabs, line breaks, no-break and
 * other Unicode spaces, zero-width space, repeated spaces). Single spaces are left alone, so ordinary prose has
 * almost no matches: replacing every space is several times slower on a 100,000-word text.
 */
const ODD_SPACES = /(?: [\s\u200b]|[^\S ]|\u200b)[\s\u200b]*/g;
const NON_SPACE = /[^\s\u200b]/;

/** NFC, whitespace (no-break spaces too) collapsed to one space, trimmed. */
export function clean(text: string): string {
  return text.normalize('NFC').replace(ODD_SPACES, ' ').trim();
}

/** True when `text` has nothing but whitespace (no-break and zero-width spaces included). */
export function isBlank(text: string): boolean {
  return !NON_SPACE.test(text);
}

/** Like `clean`, lower-cased, for case-insensitive comparison. */
export function fold(text: string): string {
  return clean(text).toLowerCase();
}

/** The words of a text, split on any whitespace. */
export function tokens(text: string): string[] {
  const c = clean(text);
  return c === '' ? [] : c.split(' ');
}

/**
 * Characters that are NFC whatever surrounds them: below U+0300 (no combining mark), precomposed Vietnamese
 * letters, general punctuation. A text made only of these is NFC without the cost of normalising a copy of it.
 */
const SURELY_NFC = /^[\u0000-\u02ff\u1ea0-\u1ef9\u2010-\u2027\u2030-\u205e]*$/;

/** True when `text` is NFC. Cheap for ordinary Vietnamese text: no copy of a long text is made. */
export function isNfcText(text: string): boolean {
  return SURELY_NFC.test(text) || text === text.normalize('NFC');
}

/** `text` in NFC, returning the same string when it already is. */
export function toNfc(text: string): string {
  return isNfcText(text) ? text : text.normalize('NFC');
}
