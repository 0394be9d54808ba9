/**
 * Vietnamese-aware capitals. The individual template asks for the full name "bằng chữ in hoa":
 * every letter a capital, tone marks kept ("NGUYỄN THỊ ĐÀO").
 */
import { normalize } from './normalize';

/** Upper-case Vietnamese text: NFC in (NFD accepted), NFC out; đ → Đ, every tone and vowel mark kept. */
export function toUpperVi(text: string): string {
  return normalize(normalize(text).toUpperCase());
}

/** Lower-case counterpart of {@link toUpperVi}. */
export function toLowerVi(text: string): string {
  return normalize(normalize(text).toLowerCase());
}

const LOWER = /[\p{Ll}\p{Lt}]/u;
const LETTER = /\p{L}/u;

/**
 * The first letter of `text` that is not a capital, with its index in the NFC form of `text`, or null.
 * Digits, spaces and punctuation are ignored. Works the same for NFC and NFD input.
 */
export function firstLowercaseLetter(text: string): { index: number; char: string } | null {
  const s = normalize(text);
  let index = 0;
  for (const char of s) {
    if (LOWER.test(char)) return { index, char };
    index += char.length;
  }
  return null;
}

/**
 * True when `text` has at least one letter and every letter is a capital ("NGUYỄN VĂN AN", "ĐỖ THỊ Ý").
 * Digits, spaces and punctuation are ignored; NFC and NFD input give the same answer.
 */
export function isUppercaseName(text: string): boolean {
  const s = normalize(text);
  let letters = 0;
  for (const char of s) {
    if (!LETTER.test(char)) continue;
    if (LOWER.test(char)) return false;
    letters++;
  }
  return letters > 0;
}
