/**
 * Advice for a deadline that falls on a day off: the latest working day to send by.
 * Codes only; the UI turns them into words (src/core/i18n).
 */
import { type CivilDate, addDays } from './civilDate';
import { type NonWorkingDay, nonWorkingDay } from './holidays';

export interface DeadlineAdvice {
  /**
   * 'holiday' when the last day itself is a public holiday or a compensatory day; 'weekendNextToHoliday' when it is a
   * weekend day in a run of days off that holds a holiday (02/01/2027: a Saturday after the 1 January holiday);
   * else 'weekend'.
   */
  kind: 'weekend' | 'holiday' | 'weekendNextToHoliday';
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
    kind: !days.some((x) => x.holidays.length > 0)
      ? 'weekend'
      : days[days.length - 1].holidays.length > 0
        ? 'holiday'
        : 'weekendNextToHoliday',
    sendBy: d,
    lastDay: { year: lastDay.year, month: lastDay.month, day: lastDay.day },
    nonWorkingDays: days,
  };
}
