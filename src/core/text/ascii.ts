/**
 * ASCII forms of Vietnamese text, for file names and identifiers that must survive every mail system
 * and file system: "Trường Tiểu học Đông Ba" → "Truong Tieu hoc Dong Ba".
 */

/** Letters that do not decompose under NFD but have a conventional ASCII spelling. */
const SPECIAL: Record<string, string> = {
  đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ß: 'ss', ł: 'l', Ł: 'L',
  ı: 'i', þ: 'th', Þ: 'TH',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u201c': '"', '\u201d': '"', '\u201e': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '...', '\u00ab': '"', '\u00bb': '"', '\u2039': "'", '\u203a': "'", '\u2022': '-', '\u00b7': '.',
};

const SPACE = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]/u;
const MARK = /\p{M}/u;

/**
 * Strip diacritics: every Vietnamese letter becomes its base ASCII letter (ệ → e, Ư → U, đ → d, Đ → D).
 * Typographic quotes and dashes become their ASCII forms; Unicode spaces become " ".
 * Any other non-ASCII character (emoji, CJK, …) is dropped, so the result is always ASCII.
 */
export function toAscii(text: string): string {
  const decomposed = text.normalize('NFD');
  let out = '';
  for (const char of decomposed) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) {
      out += char;
      continue;
    }
    if (MARK.test(char)) continue;
    const special = SPECIAL[char];
    if (special !== undefined) out += special;
    else if (SPACE.test(char)) out += ' ';
    // anything else: dropped
  }
  return out;
}

/**
 * An ASCII slug: letters and digits of {@link toAscii}(text), case kept, every run of other characters
 * collapsed to one "-", no leading or trailing "-", at most `maxLength` characters (cut at a separator when possible).
 * "Nguyễn Văn  An!" → "Nguyen-Van-An". Returns "" when nothing is left.
 */
export function asciiSlug(text: string, maxLength = 80): string {
  const collapsed = toAscii(text)
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (maxLength <= 0) return '';
  if (collapsed.length <= maxLength) return collapsed;
  let cut = collapsed.slice(0, maxLength);
  const lastDash = cut.lastIndexOf('-');
  // Prefer to end at a word boundary, unless that throws away more than half.
  if (collapsed[maxLength] !== '-' && lastDash > maxLength / 2) cut = cut.slice(0, lastDash);
  return cut.replace(/-+$/g, '');
}
