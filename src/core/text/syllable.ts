/**
 * A plausibility check for one Vietnamese syllable ("nghiêng", "Trường", "ạ"), used by legacy-encoding
 * detection to tell decoded Vietnamese from foreign words that happen to use the same Latin-1 letters
 * ("naïve", "Noël", "café", "hôtel"). Not a dictionary: it checks the shape initial + vowel cluster + final
 * and the tone rules, which is enough to reject nearly every non-Vietnamese word.
 */

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/gu;

const INITIAL = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])';
// Vowel clusters, longest first.
const NUCLEI = [
  'uyê', 'uyu', 'uya', 'ươi', 'ươu', 'uôi', 'iêu', 'yêu', 'oai', 'oay', 'oeo', 'uây', 'oao',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'ôi', 'ơi', 'oo',
  'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ươ', 'ưu', 'yê',
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
];
const FINAL = '(?:ch|ng|nh|[cmnpt])';
const SHAPE = new RegExp(`^(${INITIAL})?(${NUCLEI.join('|')})(${FINAL})?$`, 'u');

/** Clusters that end in a glide (i, o, u, y) and so take no final consonant. */
const OPEN_ONLY = new Set([
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'iu', 'oi', 'ôi', 'ơi', 'ui', 'ưi', 'ưu',
  'iêu', 'yêu', 'oai', 'oay', 'uây', 'uôi', 'ươi', 'ươu', 'uyu', 'oeo', 'oao', 'ia', 'ua', 'ưa', 'uya',
]);
/** Clusters that need a final consonant. */
const CLOSED_ONLY = new Set(['ă', 'â', 'oă', 'uâ', 'iê', 'yê', 'uô', 'ươ', 'uyê', 'oo']);

/** True when `word` (one syllable, any case, NFC or NFD) has the shape of a Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  if (word.length === 0 || word.length > 10) return false;
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE_MARK);
  if (tones && tones.length > 1) return false;
  const tone = tones ? tones[0] : '';
  const base = decomposed.replace(TONE_MARK, '').normalize('NFC');
  // The regex is anchored, has no nested quantifiers and runs on at most ten characters.
  const match = SHAPE.exec(base);
  if (!match) return false;
  const initial = match[1] ?? '';
  const nucleus = match[2];
  const final = match[3] ?? '';
  // "qu" owns its u: "quu" is not a syllable.
  if (initial === 'qu' && nucleus.startsWith('u')) return false;
  if (final && OPEN_ONLY.has(nucleus)) return false;
  if (!final && CLOSED_ONLY.has(nucleus)) return false;
  // Stop finals (c, ch, p, t) only carry sắc or nặng.
  if ((final === 'c' || final === 'ch' || final === 'p' || final === 't') && tone !== '' && tone !== '\u0301' && tone !== '\u0323') {
    return false;
  }
  // "k", "gh", "ngh" only before front vowels (i, e, ê, y).
  if ((initial === 'k' || initial === 'gh' || initial === 'ngh') && !/^[ieêy]/u.test(nucleus)) return false;
  return true;
}
