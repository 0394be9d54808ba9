import { deadlineAdvice, reportingPeriod } from '../../../src/core/calendar';

const d = (s: string) => {
  const [year, month, day] = s.split('-').map(Number);
  return { year, month, day };
};
const summary = (lastDay: string) => {
  const a = deadlineAdvice(d(lastDay));
  if (!a) return undefined;
  return {
    kind: a.kind,
    sendBy: a.sendBy,
    days: a.nonWorkingDays.map((n) => [n.weekday, n.weekend, n.holidays.map((h) => (h.observed ? `${h.id}*` : h.id)).join(',')]),
  };
};

describe('deadline advice', () => {
  it('no advice when the last allowed day is a working day (Thu 2 April 2026)', () => {
    expect(deadlineAdvice(d('2026-04-02'))).toBeUndefined();
    expect('advice' in reportingPeriod(new Date('2026-03-15T09:00:00+07:00'))).toBe(false);
  });

  it('2026-Q4 report: Sat 2 Jan 2027, after the New Year holiday on Fri 1 Jan → send by Thu 31 Dec 2026', () => {
    // A Saturday next to the 1 January holiday: said so, not "falls in a public holiday" (issue 13).
    expect(summary('2027-01-02')).toEqual({
      kind: 'weekendNextToHoliday',
      sendBy: d('2026-12-31'),
      days: [
        [5, false, 'newYear'],
        [6, true, ''],
      ],
    });
    const p = reportingPeriod(new Date('2026-12-15T10:00:00+07:00'));
    expect(p.advice?.sendBy).toEqual(d('2026-12-31'));
    expect(p.advice?.lastDay).toEqual(d('2027-01-02'));
    // Inclusive reading: Sun 3 Jan is one more day off, same advice.
    const inclusive = reportingPeriod(new Date('2026-12-15T10:00:00+07:00'), { reading: 'inclusive' });
    expect(inclusive.advice?.sendBy).toEqual(d('2026-12-31'));
    expect(inclusive.advice?.nonWorkingDays).toHaveLength(3);
  });

  it('2022-Q1 report: Sat 2 April 2022 → send by Fri 1 April (weekend)', () => {
    expect(summary('2022-04-02')).toEqual({ kind: 'weekend', sendBy: d('2022-04-01'), days: [[6, true, '']] });
    expect(summary('2022-04-03')).toEqual({ kind: 'weekend', sendBy: d('2022-04-01'), days: [[6, true, ''], [0, true, '']] });
  });

  it('2022-Q2 report: Sat 2 July 2022 → send by Fri 1 July', () => {
    expect(summary('2022-07-02')?.sendBy).toEqual(d('2022-07-01'));
  });

  it('2022-Q3 report: Sun 2 October 2022 → back to Fri 30 September, in the quarter itself; inclusive Mon 3 Oct needs no advice', () => {
    expect(summary('2022-10-02')).toEqual({ kind: 'weekend', sendBy: d('2022-09-30'), days: [[6, true, ''], [0, true, '']] });
    expect(summary('2022-10-03')).toBeUndefined();
  });

  it('2028-Q1 report: Sun 2 April 2028 → send by Fri 31 March', () => {
    expect(summary('2028-04-02')).toEqual({ kind: 'weekend', sendBy: d('2028-03-31'), days: [[6, true, ''], [0, true, '']] });
  });

  it('2021-Q4 report: New Year on Sat 1 Jan 2022, compensatory day Mon 3 Jan → send by Fri 31 Dec 2021', () => {
    expect(summary('2022-01-02')).toEqual({ kind: 'weekendNextToHoliday', sendBy: d('2021-12-31'), days: [[6, true, 'newYear'], [0, true, '']] });
    expect(summary('2022-01-03')).toEqual({
      kind: 'holiday',
      sendBy: d('2021-12-31'),
      days: [[6, true, 'newYear'], [0, true, ''], [1, false, 'newYear*']],
    });
  });

  it('2022-Q4 report: Mon 2 Jan 2023 is the day off for New Year on Sunday → send by Fri 30 Dec 2022', () => {
    expect(summary('2023-01-02')).toEqual({
      kind: 'holiday',
      sendBy: d('2022-12-30'),
      days: [[6, true, ''], [0, true, 'newYear'], [1, false, 'newYear*']],
    });
    expect(summary('2023-01-03')).toBeUndefined();
  });

  it('2020-Q1 report: Hùng Kings on Thu 2 April 2020 → send by Wed 1 April', () => {
    expect(summary('2020-04-02')).toEqual({ kind: 'holiday', sendBy: d('2020-04-01'), days: [[4, false, 'hungKings']] });
  });

  it('2031-Q1 report: Hùng Kings on Tue 1 April 2031 does not matter while Wed 2 April is a working day', () => {
    expect(summary('2031-04-02')).toBeUndefined();
  });

  it('2026-Q3 report, inclusive reading: Sat 3 October 2026 → send by Fri 2 October', () => {
    const p = reportingPeriod(new Date('2026-09-01T00:00:00+07:00'), { reading: 'inclusive' });
    expect(p.advice).toEqual(expect.objectContaining({ kind: 'weekend', sendBy: d('2026-10-02') }));
    expect('advice' in reportingPeriod(new Date('2026-09-01T00:00:00+07:00'))).toBe(false);
  });
});
