/**
 * Bidirectional control characters (Unicode UAX #9): embeddings and overrides U+202A–U+202E, isolates
 * U+2066–U+2069, and the marks U+200E, U+200F, U+061C. None belongs in a Vietnamese report: a right-to-left
 * override makes "NGUYỄN THỊ MAI" show as typed in one program and reversed in another (the mail), so the text
 * checked is not the text read (the "Trojan Source" trick, CVE-2021-42574).
 */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function hasBidiControls(text: string): boolean {
  return BIDI_CONTROL.test(text);
}

/** `text` without its bidirectional control characters. */
export function removeBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** The code points found, as "U+202E" labels, in order of first appearance. */
export function bidiControlLabels(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(BIDI_CONTROLS)) out.add('U+' + m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0'));
  return [...out];
}
