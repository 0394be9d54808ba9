/**
 * Conversion tables for the two legacy Vietnamese encodings still found in school documents, as Word
 * shows them in Unicode text: each legacy byte appears as the Windows-1252 / Latin-1 character of the same code.
 *
 * TCVN3 (TCVN 5712:1993, "ABC", fonts .VnTime, .VnArial, …): one byte per letter. Lower-case letters with
 * tones, plus the capitals Ă Â Ê Ô Ơ Ư Đ, have codes in 0xA1–0xFE. Accented capitals have no code in the
 * ABC fonts: they are written in the capitals-only fonts (.VnTimeH, .VnArialH, …) whose glyphs for the
 * lower-case codes are capitals.
 *
 * VNI Windows (fonts VNI-Times, VNI-Helve, …): a base ASCII letter followed by one combining byte for the
 * vowel shape and tone (â/ê/ô with tone: one byte; ă with tone: one byte); ơ, ư, đ and the toned i's and ỵ are
 * single bytes.
 *
 * Rows are in tone order: none, huyền (grave), hỏi (hook), ngã (tilde), sắc (acute), nặng (dot below).
 * Tables were written from the published code charts and cross-checked value by value against an
 * independent public converter's table.
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

/** Combining marks in the tone order used by the rows below. */
export const TONE_MARKS = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const;

/** The twelve Vietnamese vowels (lower case, toneless) in the order of the rows below. */
export const VIETNAMESE_VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;

/** TCVN3 codes of each vowel × tone (lower case). */
const TCVN3_VOWELS: Record<(typeof VIETNAMESE_VOWELS)[number], readonly number[]> = {
  a: [0x61, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9],
  ă: [0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6],
  â: [0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb],
  e: [0x65, 0xcc, 0xce, 0xcf, 0xd0, 0xd1],
  ê: [0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6],
  i: [0x69, 0xd7, 0xd8, 0xdc, 0xdd, 0xde],
  o: [0x6f, 0xdf, 0xe1, 0xe2, 0xe3, 0xe4],
  ô: [0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9],
  ơ: [0xac, 0xea, 0xeb, 0xec, 0xed, 0xee],
  u: [0x75, 0xef, 0xf1, 0xf2, 0xf3, 0xf4],
  ư: [0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9],
  y: [0x79, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe],
};

/** TCVN3 codes of the letters that have a capital in the ABC fonts, and đ. */
const TCVN3_OTHERS: ReadonlyArray<readonly [string, number]> = [
  ['đ', 0xae],
  ['Ă', 0xa1],
  ['Â', 0xa2],
  ['Ê', 0xa3],
  ['Ô', 0xa4],
  ['Ơ', 0xa5],
  ['Ư', 0xa6],
  ['Đ', 0xa7],
];

/** VNI Windows spelling of each vowel × tone (lower case). */
const VNI_VOWELS: Record<(typeof VIETNAMESE_VOWELS)[number], readonly string[]> = {
  a: ['a', 'aø', 'aû', 'aõ', 'aù', 'aï'],
  ă: ['aê', 'aè', 'aú', 'aü', 'aé', 'aë'],
  â: ['aâ', 'aà', 'aå', 'aã', 'aá', 'aä'],
  e: ['e', 'eø', 'eû', 'eõ', 'eù', 'eï'],
  ê: ['eâ', 'eà', 'eå', 'eã', 'eá', 'eä'],
  i: ['i', 'ì', 'æ', 'ó', 'í', 'ò'],
  o: ['o', 'oø', 'oû', 'oõ', 'où', 'oï'],
  ô: ['oâ', 'oà', 'oå', 'oã', 'oá', 'oä'],
  ơ: ['ô', 'ôø', 'ôû', 'ôõ', 'ôù', 'ôï'],
  u: ['u', 'uø', 'uû', 'uõ', 'uù', 'uï'],
  ư: ['ö', 'öø', 'öû', 'öõ', 'öù', 'öï'],
  y: ['y', 'yø', 'yû', 'yõ', 'yù', 'î'],
};

function toned(vowel: string, tone: number): string {
  return (vowel + TONE_MARKS[tone]).normalize('NFC');
}

export interface LegacyTable {
  /** Legacy sequence (one or two characters) → Unicode letter (NFC). */
  decode: Map<string, string>;
  /** Unicode letter (NFC) → legacy sequence. */
  encode: Map<string, string>;
}

function buildTcvn3(): LegacyTable {
  const decode = new Map<string, string>();
  const encode = new Map<string, string>();
  for (const vowel of VIETNAMESE_VOWELS) {
    TCVN3_VOWELS[vowel].forEach((code, tone) => {
      const letter = toned(vowel, tone);
      const legacy = String.fromCharCode(code);
      encode.set(letter, legacy);
      if (code >= 0x80) decode.set(legacy, letter);
    });
  }
  for (const [letter, code] of TCVN3_OTHERS) {
    const legacy = String.fromCharCode(code);
    encode.set(letter, legacy);
    decode.set(legacy, letter);
  }
  return { decode, encode };
}

function buildVni(): LegacyTable {
  const decode = new Map<string, string>();
  const encode = new Map<string, string>();
  const add = (letter: string, legacy: string): void => {
    encode.set(letter, legacy);
    if (legacy.length > 1 || legacy.charCodeAt(0) >= 0x80) decode.set(legacy, letter);
  };
  for (const vowel of VIETNAMESE_VOWELS) {
    VNI_VOWELS[vowel].forEach((legacy, tone) => {
      const letter = toned(vowel, tone);
      add(letter, legacy);
      add(letter.toUpperCase(), legacy.toUpperCase());
    });
  }
  add('đ', 'ñ');
  add('Đ', 'Ñ');
  // Lenient decoding: a capital base with a lower-case mark (or the reverse) still reads as the letter,
  // in the case of its base. Encoding always writes matching case.
  for (const [legacy, letter] of [...decode]) {
    if (legacy.length !== 2) continue;
    const base = legacy[0];
    const mark = legacy[1];
    const other = mark === mark.toUpperCase() ? mark.toLowerCase() : mark.toUpperCase();
    if (!decode.has(base + other)) decode.set(base + other, letter);
  }
  return { decode, encode };
}

export const TCVN3_TABLE: LegacyTable = buildTcvn3();
export const VNI_TABLE: LegacyTable = buildVni();

export function tableOf(encoding: LegacyEncoding): LegacyTable {
  return encoding === 'tcvn3' ? TCVN3_TABLE : VNI_TABLE;
}
