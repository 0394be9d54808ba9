/**
 * Which quarter a received report is for, and whether it came on time: the office's reading (server/inbox and
 * `check --xlsx`). Reports are due by the 2nd (strict) or 3rd (inclusive) of a quarter's first month, so a report
 * received in the first month of a quarter is for the previous quarter (late after the last allowed day); one
 * received in the second or third month is for that calendar quarter.
 */
import type { DeadlineReading } from './period';
import { daysBetween } from './civilDate';
import { lastAllowedDay } from './period';
import { type QuarterRef, previousQuarter, quarterOfDate } from './quarter';
import { endOfVietnamDay, vietnamDateOf } from './vietnamTime';

export function quarterForReception(at: Date): QuarterRef {
  const day = vietnamDateOf(at);
  const q = quarterOfDate(day);
  return day.month % 3 === 1 ? previousQuarter(q) : q;
}

/** 0 when `at` is by the deadline of `q`, else the Vietnam calendar days after its last allowed day (≥ 1). */
export function daysLate(q: Pick<QuarterRef, 'year' | 'quarter'>, at: Date, reading: DeadlineReading): number {
  const lastDay = lastAllowedDay(q, reading);
  if (at.getTime() <= endOfVietnamDay(lastDay).getTime()) return 0;
  return Math.max(1, daysBetween(lastDay, vietnamDateOf(at)));
}
