import type { CivilDate } from './civilDate';

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
