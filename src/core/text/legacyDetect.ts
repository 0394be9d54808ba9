/**
 * Detect text written in a legacy Vietnamese encoding (TCVN3 / VNI) that Word shows as Latin-1 "garbage":
 * "Tr­êng TiÓu häc" (TCVN3) or "Tröôøng Tieåu hoïc" (VNI) for "Trường Tiểu học".
 *
 * By font name first (".VnTime…" → TCVN3, "VNI-…" → VNI). Otherwise by patterns, word by word:
 * - a word is a run of ASCII letters and characters of the encoding;
 * - a word is a *hit* when it holds a sequence typical of the encoding (TCVN3: a character that Unicode Vietnamese
 *   never uses, such as ¸ µ ¶ · ¹ ¨ © « ¬ ® ÷ Ö Ü ñ; VNI: a vowel followed by its combining character, as in "aø", "eá",
 *   "oà", "öô", or one of æ î ñ ö) AND it decodes to a well-formed Vietnamese syllable;
 * - a word is a *miss* when it holds characters of the encoding but does not decode to a syllable
 *   ("naïve", "café", "Noël", "hôtel", "señor", "Microsoft®");
 * - words written in Unicode Vietnamese (ạ ế ư đ … or combining marks) count against legacy text.
 * Legacy text is reported when there are at least two hits, at least twice as many hits as misses and at least
 * twice as many hits as Unicode Vietnamese words. Words of only Latin-1 letters that happen to decode
 * ("có", "tôi", "gì") are neutral: they are ordinary Unicode Vietnamese too.
 * A word that is a Vietnamese syllable as written ("Toán", "Hoà Khoá": Latin-1 letters that also spell VNI "Tốn",
 * "Hồ Khố") is neutral too, so a short Unicode paragraph is never taken for VNI (the conversion would
 * garble it).
 */
import { decodeLegacy, legacyEncodingOfFont } from './legacy';
import { tableOf, type LegacyEncoding } from './legacyTables';
import { isVietnameseSyllable } from './syllable';

export interface LegacyDetection {
  encoding: LegacyEncoding;
  by: 'font' | 'pattern';
}

export interface LegacyScore {
  hits: number;
  misses: number;
}

/** Characters that are letters in the encoding (as Latin-1 characters). */
function alphabetOf(encoding: LegacyEncoding): Set<string> {
  const set = new Set<string>();
  for (const key of tableOf(encoding).decode.keys()) for (const ch of key) if (ch.charCodeAt(0) >= 0x80) set.add(ch);
  return set;
}

const ALPHABET: Record<LegacyEncoding, Set<string>> = { tcvn3: alphabetOf('tcvn3'), vni: alphabetOf('vni') };

/** The Latin-1 letters that ordinary Unicode Vietnamese uses (à á â ã è é ê ì í ò ó ô õ ù ú ý and capitals). */
const LATIN1_VIETNAMESE = new Set([...'àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ']);

/**
 * Characters of an encoding that ordinary Unicode Vietnamese never uses (TCVN3: ¸ µ ¶ · ¹ ¨ © « ¬ ® ÷ Ö Ü ñ …;
 * VNI: æ î ñ ö and capitals). Inside a word that decodes to a syllable, they betray the legacy encoding.
 */
const STRONG: Record<LegacyEncoding, Set<string>> = {
  tcvn3: new Set([...ALPHABET.tcvn3].filter((ch) => !LATIN1_VIETNAMESE.has(ch))),
  vni: new Set([...ALPHABET.vni].filter((ch) => !LATIN1_VIETNAMESE.has(ch) && !/[ØÙÛÕÏÉÈÚÜËÄÅøùûõïéèúüëäå]/u.test(ch))),
};

/** VNI: vowel + combining character pairs (the two-character keys of the table). */
const VNI_PAIRS = new Set([...tableOf('vni').decode.keys()].filter((k) => k.length === 2));

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function hasStrongTrigger(word: string, encoding: LegacyEncoding): boolean {
  const strong = STRONG[encoding];
  for (let i = 0; i < word.length; i++) {
    if (strong.has(word[i])) return true;
    if (encoding === 'vni' && i + 1 < word.length && VNI_PAIRS.has(word[i] + word[i + 1])) return true;
  }
  return false;
}

/** Score `text` as a given legacy encoding (see the module comment). Linear in the length of the text. */
export function scoreLegacy(text: string, encoding: LegacyEncoding): LegacyScore {
  const alphabet = ALPHABET[encoding];
  let hits = 0;
  let misses = 0;
  let start = -1;
  let hasLegacy = false;
  const end = (i: number): void => {
    if (start >= 0 && hasLegacy) {
      const word = text.slice(start, i);
      const decoded = decodeLegacy(word, encoding);
      // Already a Vietnamese syllable as it is ("Toán", "Hoà": Latin-1 letters that also spell VNI "Tốn", "Hồ"):
      // neutral, so a short Unicode paragraph is never converted (and garbled) as legacy text.
      if (isVietnameseSyllable(word)) {
        // neutral
      } else if (!isVietnameseSyllable(decoded)) misses++;
      else if (word.length >= 2 && hasStrongTrigger(word, encoding)) hits++;
    }
    start = -1;
    hasLegacy = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = text.charCodeAt(i);
    const legacy = code >= 0x80 && alphabet.has(ch);
    if (legacy || isAsciiLetter(code)) {
      if (start < 0) start = i;
      if (legacy) hasLegacy = true;
    } else {
      end(i);
    }
  }
  end(text.length);
  return { hits, misses };
}

/** Letters that exist only in Unicode Vietnamese (not in Latin-1), and the combining tone/vowel marks of NFD text. */
const UNICODE_VIETNAMESE = /[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323]/u;

/** Number of whitespace-separated words written in Unicode Vietnamese. */
function countUnicodeVietnameseWords(text: string): number {
  let count = 0;
  let inWord = false;
  let counted = false;
  for (const ch of text) {
    if (/\s/u.test(ch)) {
      inWord = false;
      counted = false;
      continue;
    }
    inWord = true;
    if (!counted && inWord && UNICODE_VIETNAMESE.test(ch)) {
      count++;
      counted = true;
    }
  }
  return count;
}

/** Pattern detection reads at most this many characters. */
export const SAMPLE_LENGTH = 20_000;

/**
 * Is `text` (optionally written in font `font`) in a legacy encoding? By font name first, else by character
 * patterns; null for Unicode text (Vietnamese, English, French, numbers …). See the module comment.
 */
export function detectLegacy(text: string, font?: string): LegacyDetection | null {
  if (font) {
    const byFont = legacyEncodingOfFont(font);
    if (byFont) return { encoding: byFont, by: 'font' };
  }
  if (!text) return null;
  // The first SAMPLE_LENGTH characters are plenty to decide; this bounds the cost for huge texts.
  if (text.length > SAMPLE_LENGTH) text = text.slice(0, SAMPLE_LENGTH);
  // Fast exit: legacy text always has Latin-1 characters above 0x7F.
  if (!/[\u00a1-\u00ff]/.test(text)) return null;
  const unicodeVi = countUnicodeVietnameseWords(text);
  let best: { encoding: LegacyEncoding; hits: number } | null = null;
  for (const encoding of ['tcvn3', 'vni'] as const) {
    const { hits, misses } = scoreLegacy(text, encoding);
    const plausible = hits >= 2 && hits >= 2 * misses && hits >= 2 * unicodeVi;
    if (plausible && (!best || hits > best.hits)) best = { encoding, hits };
  }
  return best ? { encoding: best.encoding, by: 'pattern' } : null;
}
