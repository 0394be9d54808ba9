/**
 * Vietnam's public holidays, as far as they can touch the report windows (the first days of
 * January, April, July and October).
 *
 * Modelled:
 * - Fixed statutory days (Bộ luật Lao động 2019, Điều 112): 1 January (Tết Dương lịch),
 *   30 April (Ngày Chiến thắng), 1 May (Quốc tế Lao động), 2 September (Quốc khánh).
 * - Hùng Kings' Commemoration (Giỗ Tổ Hùng Vương, 10th day of the 3rd lunar month) for the years of
 *   `HUNG_KINGS_DATES` only (2020–2035); other years leave it out. It can fall in early April
 *   (2 April 2020, 1 April 2031), i.e. in the Q1 report window.
 * - Compensatory days off (nghỉ bù, Bộ luật Lao động 2019, Điều 111 khoản 3): a holiday falling on
 *   Saturday or Sunday (the weekly rest of state offices and schools) is taken on the next working
 *   day. E.g. 1 Jan 2023 was a Sunday, so Monday 2 Jan 2023 was a day off.
 *
 * Not modelled, on purpose:
 * - The second National Day holiday (1 or 3 September, "01 ngày liền kề"), which the Prime
 *   Minister decides each year; likewise the yearly swaps of working days around holidays.
 * - Tết Nguyên Đán (lunar new year, late January–February), which never reaches 1–3 January or any
 *   other report window.
 * So `isWorkingDay` is accurate for the report windows, not a general-purpose holiday calendar.
 */
import { type CivilDate, type Weekday, addDays, compareCivilDates, isWeekend, sameCivilDate, weekdayOf } from './civilDate';

export type HolidayId = 'newYear' | 'hungKings' | 'reunification' | 'labourDay' | 'nationalDay';

export interface HolidayOccurrence {
  id: HolidayId;
  date: CivilDate;
  /** True for a compensatory day off (nghỉ bù) given because the holiday itself fell on a weekend. */
  observed: boolean;
}

/**
 * Hùng Kings' Commemoration (10/3 lunar) in the Gregorian calendar, 2020–2035.
 * Sources:
 * - 2020–2023: the dates listed by the python-holidays project's Vietnam tests (2020-04-02,
 *   2021-04-21, 2022-04-10 directly; 2023-04-29 through its compensatory day 2023-05-02).
 * - 2024-04-18, 2025-04-07, 2026-04-26: the dates of the Government's announced holiday schedules.
 * - 2027–2035: the Vietnamese lunar calendar computed at UTC+7 with Hồ Ngọc Đức's published method
 *   (Meeus' new-moon and solar-longitude formulas); no official announcement exists yet.
 * The test suite recomputes every entry with an independent implementation of that method
 * (test/core/calendar/support/lunarOracle.ts), which also reproduces Tết 2008–2022.
 * Years outside this table are not guessed: the holiday is simply left out.
 */
export const HUNG_KINGS_DATES: Readonly<Record<number, { month: number; day: number }>> = Object.freeze({
  2020: { month: 4, day: 2 },
  2021: { month: 4, day: 21 },
  2022: { month: 4, day: 10 },
  2023: { month: 4, day: 29 },
  2024: { month: 4, day: 18 },
  2025: { month: 4, day: 7 },
  2026: { month: 4, day: 26 },
  2027: { month: 4, day: 16 },
  2028: { month: 4, day: 4 },
  2029: { month: 4, day: 23 },
  2030: { month: 4, day: 12 },
  2031: { month: 4, day: 1 },
  2032: { month: 4, day: 19 },
  2033: { month: 4, day: 9 },
  2034: { month: 4, day: 28 },
  2035: { month: 4, day: 17 },
});

function statutoryHolidays(year: number): HolidayOccurrence[] {
  const list: HolidayOccurrence[] = [{ id: 'newYear', date: { year, month: 1, day: 1 }, observed: false }];
  const hung = HUNG_KINGS_DATES[year];
  if (hung) list.push({ id: 'hungKings', date: { year, ...hung }, observed: false });
  list.push(
    { id: 'reunification', date: { year, month: 4, day: 30 }, observed: false },
    { id: 'labourDay', date: { year, month: 5, day: 1 }, observed: false },
    { id: 'nationalDay', date: { year, month: 9, day: 2 }, observed: false },
  );
  return list.sort((a, b) => compareCivilDates(a.date, b.date));
}

const cache = new Map<number, readonly HolidayOccurrence[]>();

/** The modelled holidays of `year`, with their compensatory days, in date order. */
export function publicHolidays(year: number): readonly HolidayOccurrence[] {
  const cached = cache.get(year);
  if (cached) return cached;
  const statutory = statutoryHolidays(year);
  const taken = (d: CivilDate, extra: HolidayOccurrence[]): boolean =>
    statutory.some((h) => sameCivilDate(h.date, d)) || extra.some((h) => sameCivilDate(h.date, d));
  const observed: HolidayOccurrence[] = [];
  for (const h of statutory) {
    if (!isWeekend(h.date)) continue;
    let d = addDays(h.date, 1);
    while (isWeekend(d) || taken(d, observed)) d = addDays(d, 1);
    observed.push({ id: h.id, date: d, observed: true });
  }
  const all = Object.freeze([...statutory, ...observed].sort((a, b) => compareCivilDates(a.date, b.date)));
  if (cache.size > 64) cache.clear();
  cache.set(year, all);
  return all;
}

/** Holidays (and compensatory days off) falling on day `d`; empty on an ordinary day. */
export function holidaysOn(d: CivilDate): HolidayOccurrence[] {
  return publicHolidays(d.year).filter((h) => sameCivilDate(h.date, d));
}

export interface NonWorkingDay {
  date: CivilDate;
  weekday: Weekday;
  /** Saturday or Sunday. */
  weekend: boolean;
  /** Holidays or compensatory days off on this day (possibly together with the weekend). */
  holidays: { id: HolidayId; observed: boolean }[];
}

/** Why `d` is not a working day for a school or a district office, or null when it is one. */
export function nonWorkingDay(d: CivilDate): NonWorkingDay | null {
  const weekend = isWeekend(d);
  const holidays = holidaysOn(d).map(({ id, observed }) => ({ id, observed }));
  if (!weekend && holidays.length === 0) return null;
  return { date: { year: d.year, month: d.month, day: d.day }, weekday: weekdayOf(d), weekend, holidays };
}

export function isWorkingDay(d: CivilDate): boolean {
  return nonWorkingDay(d) === null;
}
