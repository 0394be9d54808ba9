/** Calendar quarters, reckoned in Vietnam time. */
import type { CivilDate } from './civilDate';
import { vietnamDateOf } from './vietnamTime';

export type QuarterNumber = 1 | 2 | 3 | 4;

export interface QuarterRef {
  year: number;
  quarter: QuarterNumber;
  /** e.g. "2026-Q4" (the form stored in SendRecord.period). */
  label: string;
}

/** Year as at least four digits ("0099", "2026", "-0044" stays "-44"). */
function yearText(year: number): string {
  return year >= 0 ? String(year).padStart(4, '0') : String(year);
}

export function quarterLabel(year: number, quarter: QuarterNumber): string {
  return `${yearText(year)}-Q${quarter}`;
}

export function quarterRef(year: number, quarter: QuarterNumber): QuarterRef {
  return { year, quarter, label: quarterLabel(year, quarter) };
}

/** The quarter containing calendar day `d`. */
export function quarterOfDate(d: CivilDate): QuarterRef {
  return quarterRef(d.year, (Math.floor((d.month - 1) / 3) + 1) as QuarterNumber);
}

/** The calendar quarter containing the instant `at`, in Vietnam time. */
export function quarterOf(at: Date): QuarterRef {
  return quarterOfDate(vietnamDateOf(at));
}

export function nextQuarter(q: Pick<QuarterRef, 'year' | 'quarter'>): QuarterRef {
  return q.quarter === 4 ? quarterRef(q.year + 1, 1) : quarterRef(q.year, (q.quarter + 1) as QuarterNumber);
}

export function previousQuarter(q: Pick<QuarterRef, 'year' | 'quarter'>): QuarterRef {
  return q.quarter === 1 ? quarterRef(q.year - 1, 4) : quarterRef(q.year, (q.quarter - 1) as QuarterNumber);
}

/** First and last calendar days of a quarter. */
export function quarterBounds(q: Pick<QuarterRef, 'year' | 'quarter'>): { first: CivilDate; last: CivilDate } {
  const firstMonth = (q.quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = lastMonth === 3 || lastMonth === 12 ? 31 : 30;
  return { first: { year: q.year, month: firstMonth, day: 1 }, last: { year: q.year, month: lastMonth, day: lastDay } };
}

/** Parses "2026-Q4" (as produced by `quarterLabel`); null when malformed. */
export function parseQuarterLabel(label: string): QuarterRef | null {
  const m = /^(-?\d{1,6})-Q([1-4])$/.exec(label.trim());
  if (!m) return null;
  return quarterRef(Number(m[1]), Number(m[2]) as QuarterNumber);
}
