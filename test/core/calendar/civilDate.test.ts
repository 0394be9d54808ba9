import {
  addDays,
  compareCivilDates,
  daysBetween,
  daysInMonth,
  fromEpochDay,
  isLeapYear,
  isValidCivilDate,
  isWeekend,
  toEpochDay,
  weekdayOf,
} from '../../../src/core/calendar';

describe('civil date arithmetic', () => {
  it('counts days from 1970-01-01', () => {
    expect(toEpochDay({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(toEpochDay({ year: 1969, month: 12, day: 31 })).toBe(-1);
    expect(toEpochDay({ year: 2027, month: 1, day: 2 })).toBe(Date.UTC(2027, 0, 2) / 86_400_000);
  });

  it('agrees with Date.UTC over four centuries of days, both ways', () => {
    const start = Date.UTC(1900, 0, 1) / 86_400_000;
    for (let n = start; n < start + 146_097; n += 37) {
      const d = new Date(n * 86_400_000);
      const civil = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
      expect(fromEpochDay(n)).toEqual(civil);
      expect(toEpochDay(civil)).toBe(n);
      expect(weekdayOf(civil)).toBe(d.getUTCDay());
    }
  });

  it('handles years 0–99 and negative years without the Date.UTC remapping', () => {
    expect(fromEpochDay(toEpochDay({ year: 99, month: 12, day: 31 }))).toEqual({ year: 99, month: 12, day: 31 });
    expect(addDays({ year: 99, month: 12, day: 31 }, 1)).toEqual({ year: 100, month: 1, day: 1 });
    expect(addDays({ year: 0, month: 1, day: 1 }, -1)).toEqual({ year: -1, month: 12, day: 31 });
    expect(addDays({ year: 200_000, month: 2, day: 28 }, 1)).toEqual({ year: 200_000, month: 2, day: 29 });
    expect(addDays({ year: 275_000, month: 2, day: 28 }, 1)).toEqual({ year: 275_000, month: 3, day: 1 });
  });

  it('knows leap years (Gregorian rule)', () => {
    expect([2024, 2028, 2000, 2400].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([2026, 2100, 1900, 2027].map(isLeapYear)).toEqual([false, false, false, false]);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('validates calendar days', () => {
    expect(isValidCivilDate({ year: 2028, month: 2, day: 29 })).toBe(true);
    expect(isValidCivilDate({ year: 2027, month: 2, day: 29 })).toBe(false);
    expect(isValidCivilDate({ year: 2026, month: 13, day: 1 })).toBe(false);
    expect(isValidCivilDate({ year: 2026, month: 4, day: 31 })).toBe(false);
    expect(isValidCivilDate({ year: 2026, month: 1, day: 1.5 })).toBe(false);
    expect(isValidCivilDate({ year: 2026, month: 1, day: 0 })).toBe(false);
  });

  it('measures and orders days across a year end and a leap day', () => {
    expect(daysBetween({ year: 2026, month: 12, day: 31 }, { year: 2027, month: 1, day: 2 })).toBe(2);
    expect(daysBetween({ year: 2028, month: 2, day: 28 }, { year: 2028, month: 3, day: 1 })).toBe(2);
    expect(daysBetween({ year: 2027, month: 2, day: 28 }, { year: 2027, month: 3, day: 1 })).toBe(1);
    expect(compareCivilDates({ year: 2027, month: 1, day: 2 }, { year: 2026, month: 12, day: 31 })).toBeGreaterThan(0);
    expect(compareCivilDates({ year: 2027, month: 1, day: 2 }, { year: 2027, month: 1, day: 2 })).toBe(0);
  });

  it('names weekends: 2 January 2027 is a Saturday, 3 January a Sunday, 4 January a Monday', () => {
    expect(weekdayOf({ year: 2027, month: 1, day: 2 })).toBe(6);
    expect(isWeekend({ year: 2027, month: 1, day: 2 })).toBe(true);
    expect(isWeekend({ year: 2027, month: 1, day: 3 })).toBe(true);
    expect(isWeekend({ year: 2027, month: 1, day: 4 })).toBe(false);
  });
});
