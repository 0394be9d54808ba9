/**
 * The reporting period: which quarter's report is being prepared, and its deadline.
 *
 * Letter 1307/GDĐT: each quarter's report goes to the district "trước ngày 03 của tháng đầu quý
 * kế tiếp" — before the 3rd day of the first month of the next quarter, Vietnam time.
 * - strict reading (default): "before the 3rd" — the 2nd is the last allowed day;
 * - inclusive reading: the 3rd still counts.
 * The deadline is the last instant (23:59:59.999, UTC+7) of the last allowed day.
 */
import { type DeadlineAdvice, deadlineAdvice } from './advice';
import { type CivilDate, compareCivilDates, daysBetween } from './civilDate';
import { type QuarterNumber, type QuarterRef, nextQuarter, previousQuarter, quarterBounds, quarterOfDate, quarterRef } from './quarter';
import { endOfVietnamDay, vietnamDateOf } from './vietnamTime';

/**
 * How "before the 3rd day of the next quarter's first month" is read: 'strict' (the 2nd is the last day) or
 * 'inclusive' (the 3rd still counts).
 */
export type DeadlineReading = 'strict' | 'inclusive';

export interface ReportingPeriod {
  year: number;
  quarter: QuarterNumber;
  /** e.g. "2026-Q4". */
  label: string;
  /** Which reading of "trước ngày 03" produced `lastDay` and `deadline`. */
  reading: DeadlineReading;
  /** First and last calendar days of the quarter reported on. */
  start: CivilDate;
  end: CivilDate;
  /** The last instant allowed: 23:59:59.999 Vietnam time on `lastDay`. */
  deadline: Date;
  /** The last allowed calendar day, in Vietnam. */
  lastDay: CivilDate;
  /** Whole Vietnam calendar days from the Vietnam day of `at` to `lastDay`; 0 on the last day itself. */
  daysLeft: number;
  /** Present when `lastDay` is a weekend day or a holiday: the latest working day to send by. */
  advice?: DeadlineAdvice;
}

export interface ReportingPeriodOptions {
  reading?: DeadlineReading;
}

/** The last allowed day for the report of quarter `q`: the 2nd (strict) or 3rd (inclusive) of the next quarter's first month. */
export function lastAllowedDay(q: Pick<QuarterRef, 'year' | 'quarter'>, reading: DeadlineReading = 'strict'): CivilDate {
  const next = nextQuarter(q);
  return { year: next.year, month: (next.quarter - 1) * 3 + 1, day: reading === 'inclusive' ? 3 : 2 };
}

/** The deadline instant for the report of quarter `q`. */
export function deadlineOf(q: Pick<QuarterRef, 'year' | 'quarter'>, reading: DeadlineReading = 'strict'): Date {
  return endOfVietnamDay(lastAllowedDay(q, reading));
}

function normaliseReading(reading: unknown): DeadlineReading {
  return reading === 'inclusive' ? 'inclusive' : 'strict';
}

/**
 * The quarter whose report is being prepared at `at`: the earliest quarter whose deadline has not
 * passed. On 1–2 January (strict) it is still the previous year's Q4; from 3 January 00:00 (UTC+7)
 * it is Q1. Throws AppError("calendar.invalidDate") for an invalid Date.
 */
export function reportingPeriod(at: Date, options: ReportingPeriodOptions = {}): ReportingPeriod {
  const reading = normaliseReading(options.reading);
  const today = vietnamDateOf(at);
  const current = quarterOfDate(today);
  const previous = previousQuarter(current);
  const previousLastDay = lastAllowedDay(previous, reading);
  const q: QuarterRef = compareCivilDates(today, previousLastDay) <= 0 ? previous : current;
  return periodFor(q, reading, today);
}

/**
 * The quarter a new report is written for, recorded in it when the template is made: the quarter whose deadline
 * comes next, i.e. the one just ended during the first days of a quarter (until its deadline), else the current one.
 */
export function defaultReportPeriod(at: Date, reading: DeadlineReading = 'strict'): string {
  return reportingPeriod(at, { reading }).label;
}

/** The period of a given quarter, with `daysLeft` counted from `today` (may be negative once past). */
export function periodFor(q: Pick<QuarterRef, 'year' | 'quarter'>, reading: DeadlineReading, today: CivilDate): ReportingPeriod {
  const ref = quarterRef(q.year, q.quarter);
  const lastDay = lastAllowedDay(ref, reading);
  const { first, last } = quarterBounds(ref);
  const advice = deadlineAdvice(lastDay);
  return {
    year: ref.year,
    quarter: ref.quarter,
    label: ref.label,
    reading,
    start: first,
    end: last,
    deadline: endOfVietnamDay(lastDay),
    lastDay,
    daysLeft: daysBetween(today, lastDay),
    ...(advice ? { advice } : {}),
  };
}
