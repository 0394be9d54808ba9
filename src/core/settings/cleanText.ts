/**
 * Cleaning of one-line text typed or pasted into a setting: NFC, no control characters, single
 * spaces, trimmed, capped in length.
 */

/** C0 and C1 controls other than whitespace, DEL, bidi embeddings/overrides/isolates, marks, BOM. */
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
/** Tab, line breaks, NEL, no-break and other spaces, line/paragraph separators: all become one space. */
const SPACES = /[\s\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

export interface CleanedText {
  text: string;
  /** Control or invisible direction characters were removed. */
  removedControls: boolean;
  /** The text was cut to `maxLength` code points. */
  truncated: boolean;
}

export function cleanText(value: string, maxLength: number): CleanedText {
  const withoutControls = value.replace(CONTROLS, '');
  const removedControls = withoutControls.length !== value.length;
  const text = withoutControls.normalize('NFC').replace(SPACES, ' ').trim();
  const codePoints = Array.from(text);
  if (codePoints.length <= maxLength) return { text, removedControls, truncated: false };
  return { text: codePoints.slice(0, maxLength).join('').normalize('NFC').trimEnd(), removedControls, truncated: true };
}
