import { formatIsoDate, formatVnDate } from '../../../src/core/calendar';

describe('formatVnDate', () => {
  it('writes day/month/year with leading zeros, as Vietnamese documents do', () => {
    expect(formatVnDate({ year: 2027, month: 1, day: 2 })).toBe('02/01/2027');
    expect(formatVnDate({ year: 2026, month: 12, day: 31 })).toBe('31/12/2026');
    expect(formatVnDate({ year: 2028, month: 2, day: 29 })).toBe('29/02/2028');
  });

  it('keeps far years readable', () => {
    expect(formatVnDate({ year: 1, month: 7, day: 2 })).toBe('02/07/0001');
    expect(formatVnDate({ year: 10000, month: 1, day: 2 })).toBe('02/01/10000');
  });
});

describe('formatIsoDate', () => {
  it('writes YYYY-MM-DD', () => {
    expect(formatIsoDate({ year: 2027, month: 4, day: 2 })).toBe('2027-04-02');
    expect(formatIsoDate({ year: 99, month: 1, day: 3 })).toBe('0099-01-03');
  });
});
