/**
 * Advice for a deadline that falls on a day off: the latest working day to send by.
 * Codes only; the UI turns them into words (src/core/i18n).
 */
import { type CivilDate, addDays } from './civilDate';
import { type NonWorkingDay, nonWorkingDay } from './holidays';

export interface DeadlineAdvice {
  /** 'holiday' when any of the days off is a public holiday or a compensatory day, else 'weekend'. */
  kind: 'weekend' | 'holiday';
  /** The latest working day on or before the last allowed day. */
  sendBy: CivilDate;
  /** The last allowed day itself (a day off). */
  lastDay: CivilDate;
  /** The days off from the day after `sendBy` to `lastDay`, in date order. */
  nonWorkingDays: NonWorkingDay[];
}

/** No run of days off is anywhere near this long; a guard against a malformed holiday table. */
const MAX_LOOKBACK_DAYS = 14;

/** Advice when `lastDay` is not a working day; undefined when it is. */
export function deadlineAdvice(lastDay: CivilDate): DeadlineAdvice | undefined {
  const days: NonWorkingDay[] = [];
  let d = lastDay;
  for (let i = 0; i < MAX_LOOKBACK_DAYS; i++) {
    const off = nonWorkingDay(d);
    if (!off) break;
    days.unshift(off);
    d = addDays(d, -1);
  }
  if (days.length === 0) return undefined;
  return {
    kind: days.some((x) => x.holidays.length > 0) ? 'holiday' : 'weekend',
    sendBy: d,
    lastDay: { year: lastDay.year, month: lastDay.month, day: lastDay.day },
    nonWorkingDays: days,
  };
}
