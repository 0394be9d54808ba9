/**
 * Text hygiene for WordprocessingML: every piece of user text goes through `sanitizeText`
 * and then `escapeText` / `escapeAttr` before it reaches an XML string.
 */

/**
 * Characters XML 1.0 forbids: C0 controls except tab, LF and CR; U+FFFE and U+FFFF; lone surrogates.
 * With the `u` flag, `[\uD800-\uDFFF]` only matches a surrogate that is not part of a valid pair.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** Removes the characters XML 1.0 cannot carry. */
export function stripForbidden(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/**
 * The text we actually write for a user value: forbidden characters removed, CR LF and lone CR
 * turned into LF (a line break), then NFC-normalised. Idempotent.
 */
export function sanitizeText(text: string): string {
  return stripForbidden(text).replace(/\r\n?/g, '\n').normalize('NFC');
}

const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  // NEL and LINE SEPARATOR are line ends in XML 1.1, and some parsers (xmldom) normalise them even in
  // XML 1.0 documents; PARAGRAPH SEPARATOR is a line terminator to JavaScript regular expressions, which
  // regex-based readers trip on. A character reference is never normalised, so all three always survive.
  '\u0085': '&#x85;',
  '\u2028': '&#x2028;',
  '\u2029': '&#x2029;',
};

/** Escapes text for element content (`]]>` cannot survive because `>` is escaped too). */
export function escapeText(text: string): string {
  return stripForbidden(text).replace(/[&<>\u0085\u2028\u2029]/g, (c) => TEXT_ESCAPES[c]);
}

const ATTR_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\u0085': '&#x85;',
  '\u2028': '&#x2028;',
  '\u2029': '&#x2029;',
};

/** Escapes text for a double- or single-quoted attribute value; whitespace survives attribute normalisation. */
export function escapeAttr(text: string): string {
  return stripForbidden(text).replace(/[&<>"'\t\n\r\u0085\u2028\u2029]/g, (c) => ATTR_ESCAPES[c]);
}
