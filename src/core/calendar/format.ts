import type { CivilDate } from './civilDate';
import { vietnamDateOf } from './vietnamTime';

const two = (n: number): string => String(n).padStart(2, '0');

/** Vietnamese day-first form with leading zeros: { 2027, 1, 2 } -> "02/01/2027". */
export function formatVnDate(d: CivilDate): string {
  const year = d.year >= 0 ? String(d.year).padStart(4, '0') : String(d.year);
  return `${two(d.day)}/${two(d.month)}/${year}`;
}

/** ISO 8601 calendar date: { 2027, 1, 2 } -> "2027-01-02" (years 0–9999). */
export function formatIsoDate(d: CivilDate): string {
  return `${String(d.year).padStart(4, '0')}-${two(d.month)}-${two(d.day)}`;
}

/** "dd/mm/yyyy HH:mm" in Vietnam time (UTC+7) for an instant: the one Vietnam-time formatter of the product. */
export function formatVnDateTime(at: Date): string {
  const day = vietnamDateOf(at);
  const minutes = Math.floor((at.getTime() / 60_000 + 7 * 60) % (24 * 60));
  const positive = (minutes + 24 * 60) % (24 * 60);
  return `${formatVnDate(day)} ${two(Math.floor(positive / 60))}:${two(positive % 60)}`;
}
