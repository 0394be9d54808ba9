/** What the Word host searches for when it goes to a text (Word.Body.search). */

/** Word's search takes at most 255 characters. */
const SEARCH_LIMIT = 255;
/**
 * A search string Word accepts: at most 255 characters, on one line. Without wildcards Word still reads `^` as the
 * start of a special character (`^p` paragraph mark, `^t` tab, `^?` any character…); a literal caret is `^^`
 * ("Use search options to find text in your Word add-in", https://learn.microsoft.com/office/dev/add-ins/word/search-option-guidance).
 * The limit counts the escaped string, and an escape is never cut in half.
 */
export function searchPrefix(text: string): string {
  const firstLine = (text.split(/[\r\n\u000b]/).find((line) => line.trim() !== '') ?? '').trim();
  let out = '';
  for (const ch of firstLine) {
    const piece = ch === '^' ? '^^' : ch;
    if (out.length + piece.length > SEARCH_LIMIT) break;
    out += piece;
  }
  return out;
}
