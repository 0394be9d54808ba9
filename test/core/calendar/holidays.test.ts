import { HUNG_KINGS_DATES, holidaysOn, isWorkingDay, nonWorkingDay, publicHolidays } from '../../../src/core/calendar';
import { hungKingsDay, tetDay } from './support/lunarOracle';

const iso = (d: { year: number; month: number; day: number }): string =>
  `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

describe('the lunar-calendar oracle used to check the table', () => {
  it('reproduces Tết dates published for 2008–2022', () => {
    const known = ['2008-02-07', '2009-01-26', '2010-02-14', '2011-02-03', '2012-01-23', '2013-02-10', '2014-01-31', '2015-02-19', '2016-02-08', '2017-01-28', '2018-02-16', '2019-02-05', '2020-01-25', '2021-02-12', '2022-02-01'];
    expect(known.map((k) => iso(tetDay(Number(k.slice(0, 4)))))).toEqual(known);
  });

  it('reproduces published Hùng Kings days', () => {
    const known = ['2020-04-02', '2021-04-21', '2022-04-10', '2023-04-29', '2024-04-18', '2025-04-07', '2026-04-26'];
    expect(known.map((k) => iso(hungKingsDay(Number(k.slice(0, 4)))))).toEqual(known);
  });
});

describe('Hùng Kings table', () => {
  it('covers 2020–2035 and agrees with the lunar calendar computed at UTC+7 for every year', () => {
    const years = Object.keys(HUNG_KINGS_DATES).map(Number);
    expect(years).toEqual(Array.from({ length: 16 }, (_, i) => 2020 + i));
    for (const year of years) {
      expect({ year, ...HUNG_KINGS_DATES[year] }).toEqual(hungKingsDay(year));
    }
  });

  it('leaves the holiday out of years it does not know rather than guessing', () => {
    expect(publicHolidays(2036).some((h) => h.id === 'hungKings')).toBe(false);
    expect(publicHolidays(2019).some((h) => h.id === 'hungKings')).toBe(false);
  });
});

describe('publicHolidays', () => {
  it('lists the fixed days of an ordinary year in date order', () => {
    expect(publicHolidays(2025).map((h) => `${h.id}${h.observed ? '*' : ''} ${iso(h.date)}`)).toEqual([
      'newYear 2025-01-01',
      'hungKings 2025-04-07',
      'reunification 2025-04-30',
      'labourDay 2025-05-01',
      'nationalDay 2025-09-02',
    ]);
  });

  it('moves a holiday that falls on a weekend to the next working day (nghỉ bù)', () => {
    const observed = (year: number): string[] => publicHolidays(year).filter((h) => h.observed).map((h) => `${h.id} ${iso(h.date)}`);
    expect(observed(2022)).toEqual(['newYear 2022-01-03', 'hungKings 2022-04-11', 'reunification 2022-05-02', 'labourDay 2022-05-03']);
    expect(observed(2023)).toEqual(['newYear 2023-01-02', 'hungKings 2023-05-02', 'reunification 2023-05-03', 'nationalDay 2023-09-04']);
    expect(observed(2017)).toEqual(['newYear 2017-01-02', 'reunification 2017-05-02', 'nationalDay 2017-09-04']);
    expect(observed(2026)).toEqual(['hungKings 2026-04-27']);
    expect(observed(2033)).toEqual(['newYear 2033-01-03', 'hungKings 2033-04-11', 'reunification 2033-05-02', 'labourDay 2033-05-03']);
  });

  it('reports holidays on a given day', () => {
    expect(holidaysOn({ year: 2027, month: 1, day: 1 })).toEqual([{ id: 'newYear', date: { year: 2027, month: 1, day: 1 }, observed: false }]);
    expect(holidaysOn({ year: 2023, month: 1, day: 2 })).toEqual([{ id: 'newYear', date: { year: 2023, month: 1, day: 2 }, observed: true }]);
    expect(holidaysOn({ year: 2027, month: 1, day: 4 })).toEqual([]);
  });
});

describe('nonWorkingDay / isWorkingDay', () => {
  it('an ordinary weekday is a working day', () => {
    expect(nonWorkingDay({ year: 2026, month: 4, day: 2 })).toBeNull();
    expect(isWorkingDay({ year: 2026, month: 4, day: 2 })).toBe(true);
  });

  it('explains weekends, holidays and both', () => {
    expect(nonWorkingDay({ year: 2027, month: 1, day: 2 })).toEqual({ date: { year: 2027, month: 1, day: 2 }, weekday: 6, weekend: true, holidays: [] });
    expect(nonWorkingDay({ year: 2027, month: 1, day: 1 })).toEqual({ date: { year: 2027, month: 1, day: 1 }, weekday: 5, weekend: false, holidays: [{ id: 'newYear', observed: false }] });
    expect(nonWorkingDay({ year: 2023, month: 1, day: 1 })).toEqual({ date: { year: 2023, month: 1, day: 1 }, weekday: 0, weekend: true, holidays: [{ id: 'newYear', observed: false }] });
    expect(isWorkingDay({ year: 2031, month: 4, day: 1 })).toBe(false);
  });

  it('does not model Tết or the yearly second National Day (documented), so they count as working days here', () => {
    expect(isWorkingDay({ year: 2027, month: 2, day: 8 })).toBe(true);
    expect(isWorkingDay({ year: 2026, month: 9, day: 1 })).toBe(true);
  });
});
