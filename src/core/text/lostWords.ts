/**
 * Which words of a text are gone from another: the guard that keeps every fix, restore, insert and table write from
 * removing what the person wrote without a confirmation showing it. Words are compared as Word counts them
 * (runs of non-space characters), NFC; a multiset difference, so a word written twice and kept once counts as lost.
 * Bidirectional control characters are invisible formatting, not words: they are left out of the comparison, so
 * removing them (the text.bidiControl fix) loses nothing.
 */
import { removeBidiControls } from './bidi';

export interface LostWordsOptions {
  /** Compare without case (a fix whose purpose is capitals changes only case). */
  caseless?: boolean;
  /** Words to disregard (e.g. the table's automatic TT numbers). */
  ignore?: (word: string) => boolean;
}

function words(text: string, options: LostWordsOptions): string[] {
  const out: string[] = [];
  for (const w of removeBidiControls(text).normalize('NFC').split(/[\s\u00a0\u2028\u2029]+/)) {
    if (!w) continue;
    const key = options.caseless ? w.toLocaleLowerCase('vi') : w;
    if (options.ignore?.(key)) continue;
    out.push(key);
  }
  return out;
}

/** The words of `before` missing from `after`, in the order they appeared in `before`. */
export function lostWords(before: string, after: string, options: LostWordsOptions = {}): string[] {
  const remaining = new Map<string, number>();
  for (const w of words(after, options)) remaining.set(w, (remaining.get(w) ?? 0) + 1);
  const lost: string[] = [];
  for (const w of words(before, options)) {
    const n = remaining.get(w) ?? 0;
    if (n > 0) remaining.set(w, n - 1);
    else lost.push(w);
  }
  return lost;
}

/** The first words of a list of lost words, for a message that names them ("… " when there are more than `max`). */
export function lostWordsPreview(words: readonly string[], max = 30): string {
  const head = words.slice(0, max).join(' ');
  return words.length > max ? `${head} …` : head;
}
