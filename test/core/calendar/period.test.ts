import { deadlineOf, lastAllowedDay, periodFor, reportingPeriod } from '../../../src/core/calendar';

const at = (iso: string): Date => new Date(iso);

describe('reportingPeriod: which report is being prepared', () => {
  it('on 1 January 2027 (Vietnam) it is still 2026-Q4, due by the end of 2 January', () => {
    const p = reportingPeriod(at('2027-01-01T08:00:00+07:00'));
    expect(p.label).toBe('2026-Q4');
    expect(p.year).toBe(2026);
    expect(p.quarter).toBe(4);
    expect(p.reading).toBe('strict');
    expect(p.lastDay).toEqual({ year: 2027, month: 1, day: 2 });
    expect(p.deadline.toISOString()).toBe('2027-01-02T16:59:59.999Z');
    expect(p.daysLeft).toBe(1);
    expect(p.start).toEqual({ year: 2026, month: 10, day: 1 });
    expect(p.end).toEqual({ year: 2026, month: 12, day: 31 });
  });

  it('from 3 January 2027 00:00 (Vietnam) it becomes 2027-Q1', () => {
    const p = reportingPeriod(at('2027-01-03T00:00:00+07:00'));
    expect(p.label).toBe('2027-Q1');
    expect(p.lastDay).toEqual({ year: 2027, month: 4, day: 2 });
    expect(p.start).toEqual({ year: 2027, month: 1, day: 1 });
  });

  it('the deadline is the last allowed instant: one millisecond later the next quarter starts', () => {
    for (const reading of ['strict', 'inclusive'] as const) {
      for (let year = 2024; year <= 2035; year++) {
        for (const quarter of [1, 2, 3, 4] as const) {
          const deadline = deadlineOf({ year, quarter }, reading);
          const onTime = reportingPeriod(deadline, { reading });
          expect([onTime.year, onTime.quarter, onTime.daysLeft]).toEqual([year, quarter, 0]);
          expect(onTime.deadline.getTime()).toBe(deadline.getTime());
          const late = reportingPeriod(new Date(deadline.getTime() + 1), { reading });
          const next = quarter === 4 ? [year + 1, 1] : [year, quarter + 1];
          expect([late.year, late.quarter]).toEqual(next);
          expect(late.daysLeft).toBeGreaterThanOrEqual(88);
          expect(late.daysLeft).toBeLessThanOrEqual(92);
        }
      }
    }
  });

  it('reads "trước ngày 03" strictly by default and inclusively on request', () => {
    const moment = at('2026-10-03T10:00:00+07:00');
    expect(reportingPeriod(moment).label).toBe('2026-Q4');
    expect(reportingPeriod(moment, { reading: 'strict' }).label).toBe('2026-Q4');
    const inclusive = reportingPeriod(moment, { reading: 'inclusive' });
    expect(inclusive.label).toBe('2026-Q3');
    expect(inclusive.reading).toBe('inclusive');
    expect(inclusive.lastDay).toEqual({ year: 2026, month: 10, day: 3 });
    expect(inclusive.deadline.toISOString()).toBe('2026-10-03T16:59:59.999Z');
    expect(inclusive.daysLeft).toBe(0);
  });

  it('treats an unknown reading (e.g. from stale settings) as strict', () => {
    const p = reportingPeriod(at('2026-10-03T10:00:00+07:00'), { reading: 'lenient' as never });
    expect(p.reading).toBe('strict');
    expect(p.label).toBe('2026-Q4');
  });

  it('counts whole Vietnam calendar days, not 24-hour spans', () => {
    // 00:00 and 23:59 on the same Vietnam day give the same count.
    expect(reportingPeriod(at('2026-12-31T00:00:00+07:00')).daysLeft).toBe(2);
    expect(reportingPeriod(at('2026-12-31T23:59:59+07:00')).daysLeft).toBe(2);
    // 20:00 UTC on 1 January is already 2 January in Vietnam: the last day.
    expect(reportingPeriod(at('2027-01-01T20:00:00Z')).daysLeft).toBe(0);
    // First day after a deadline: the whole next quarter lies ahead (1 Apr → 2 Jul = 92 days in 2026).
    expect(reportingPeriod(at('2026-04-03T00:00:00+07:00')).daysLeft).toBe(90);
  });

  it('never reports a negative count or a quarter that is not current or just past', () => {
    const start = Date.parse('2026-12-20T00:00:00+07:00');
    let previousLabel = '';
    for (let t = start; t < start + 400 * 86_400_000; t += 5 * 3_600_000) {
      const p = reportingPeriod(new Date(t));
      expect(p.daysLeft).toBeGreaterThanOrEqual(0);
      expect(p.daysLeft).toBeLessThanOrEqual(92);
      expect(p.deadline.getTime()).toBeGreaterThanOrEqual(t);
      expect(p.label >= previousLabel).toBe(true);
      previousLabel = p.label;
    }
  });

  it('works for far past and far future years', () => {
    const past = reportingPeriod(at('-000500-03-01T00:00:00+07:00'));
    expect(past.label).toBe('-500-Q1');
    expect(past.lastDay).toEqual({ year: -500, month: 4, day: 2 });
    expect(past.daysLeft).toBe(32);
    // 2 Jan 200001 17:00 UTC = 3 Jan 00:00 in Vietnam: the Q4 report of 200000 is already due.
    const future = reportingPeriod(new Date(Date.UTC(200_001, 0, 2, 17, 0, 0)));
    expect(future.label).toBe('200001-Q1');
    expect(future.lastDay).toEqual({ year: 200_001, month: 4, day: 2 });
    expect(future.daysLeft).toBe(28 + 28 + 31 + 2);
    expect(reportingPeriod(new Date(Date.UTC(200_001, 0, 2, 16, 59, 59, 999))).label).toBe('200000-Q4');
  });

  it('rejects an invalid Date with a typed error', () => {
    expect(() => reportingPeriod(new Date(Number.NaN))).toThrow(expect.objectContaining({ name: 'AppError', messageKey: 'calendar.invalidDate' }));
  });
});

describe('deadline helpers', () => {
  it('put the last allowed day in the first month of the next quarter', () => {
    expect(lastAllowedDay({ year: 2026, quarter: 1 })).toEqual({ year: 2026, month: 4, day: 2 });
    expect(lastAllowedDay({ year: 2026, quarter: 2 }, 'inclusive')).toEqual({ year: 2026, month: 7, day: 3 });
    expect(lastAllowedDay({ year: 2026, quarter: 3 })).toEqual({ year: 2026, month: 10, day: 2 });
    expect(lastAllowedDay({ year: 2026, quarter: 4 })).toEqual({ year: 2027, month: 1, day: 2 });
  });

  it('periodFor counts negative days once a deadline has passed', () => {
    const p = periodFor({ year: 2026, quarter: 3 }, 'strict', { year: 2026, month: 10, day: 5 });
    expect(p.label).toBe('2026-Q3');
    expect(p.daysLeft).toBe(-3);
  });
});
