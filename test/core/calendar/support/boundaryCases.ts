/**
 * Quarter and deadline boundary cases, written out by hand (instants as ISO strings with an explicit
 * +07:00 offset, so they do not depend on this module's own arithmetic). Shared by the in-process
 * tests and by the child processes that rerun them under other TZ settings.
 */
import { quarterOf, reportingPeriod } from '../../../../src/core/calendar';

type Expect = { label: string; lastDay: string; daysLeft: number; deadline: string };

export interface BoundaryCase {
  at: string;
  quarterOf: string;
  strict: Expect;
  inclusive: Expect;
}

/** ISO 8601 needs the expanded "+YYYYYY" form for years past 9999. */
const expandedYear = (date: string): string => (/^\d{5}-/.test(date) ? `+0${date}` : date);

const p = (label: string, lastDay: string, daysLeft: number): Expect => ({
  label,
  lastDay,
  daysLeft,
  // The last instant of lastDay in Vietnam, as a UTC ISO string.
  deadline: new Date(`${expandedYear(lastDay)}T23:59:59.999+07:00`).toISOString(),
});

export const BOUNDARY_CASES: BoundaryCase[] = [
  // 31 Mar / 1 Apr, then the Q1 deadline (2 Apr strict, 3 Apr inclusive).
  { at: '2026-03-31T23:59:00+07:00', quarterOf: '2026-Q1', strict: p('2026-Q1', '2026-04-02', 2), inclusive: p('2026-Q1', '2026-04-03', 3) },
  { at: '2026-04-01T00:00:00+07:00', quarterOf: '2026-Q2', strict: p('2026-Q1', '2026-04-02', 1), inclusive: p('2026-Q1', '2026-04-03', 2) },
  { at: '2026-04-02T23:59:00+07:00', quarterOf: '2026-Q2', strict: p('2026-Q1', '2026-04-02', 0), inclusive: p('2026-Q1', '2026-04-03', 1) },
  { at: '2026-04-02T23:59:59.999+07:00', quarterOf: '2026-Q2', strict: p('2026-Q1', '2026-04-02', 0), inclusive: p('2026-Q1', '2026-04-03', 1) },
  { at: '2026-04-03T00:00:00+07:00', quarterOf: '2026-Q2', strict: p('2026-Q2', '2026-07-02', 90), inclusive: p('2026-Q1', '2026-04-03', 0) },
  { at: '2026-04-03T23:59:00+07:00', quarterOf: '2026-Q2', strict: p('2026-Q2', '2026-07-02', 90), inclusive: p('2026-Q1', '2026-04-03', 0) },
  { at: '2026-04-04T00:00:00+07:00', quarterOf: '2026-Q2', strict: p('2026-Q2', '2026-07-02', 89), inclusive: p('2026-Q2', '2026-07-03', 90) },
  // 30 Jun / 1 Jul, then the Q2 deadline.
  { at: '2026-06-30T23:59:00+07:00', quarterOf: '2026-Q2', strict: p('2026-Q2', '2026-07-02', 2), inclusive: p('2026-Q2', '2026-07-03', 3) },
  { at: '2026-07-01T00:00:00+07:00', quarterOf: '2026-Q3', strict: p('2026-Q2', '2026-07-02', 1), inclusive: p('2026-Q2', '2026-07-03', 2) },
  { at: '2026-07-02T23:59:00+07:00', quarterOf: '2026-Q3', strict: p('2026-Q2', '2026-07-02', 0), inclusive: p('2026-Q2', '2026-07-03', 1) },
  { at: '2026-07-03T00:00:00+07:00', quarterOf: '2026-Q3', strict: p('2026-Q3', '2026-10-02', 91), inclusive: p('2026-Q2', '2026-07-03', 0) },
  { at: '2026-07-03T23:59:00+07:00', quarterOf: '2026-Q3', strict: p('2026-Q3', '2026-10-02', 91), inclusive: p('2026-Q2', '2026-07-03', 0) },
  { at: '2026-07-04T00:00:00+07:00', quarterOf: '2026-Q3', strict: p('2026-Q3', '2026-10-02', 90), inclusive: p('2026-Q3', '2026-10-03', 91) },
  // 30 Sep / 1 Oct, then the Q3 deadline.
  { at: '2026-09-30T23:59:00+07:00', quarterOf: '2026-Q3', strict: p('2026-Q3', '2026-10-02', 2), inclusive: p('2026-Q3', '2026-10-03', 3) },
  { at: '2026-10-01T00:00:00+07:00', quarterOf: '2026-Q4', strict: p('2026-Q3', '2026-10-02', 1), inclusive: p('2026-Q3', '2026-10-03', 2) },
  { at: '2026-10-02T23:59:00+07:00', quarterOf: '2026-Q4', strict: p('2026-Q3', '2026-10-02', 0), inclusive: p('2026-Q3', '2026-10-03', 1) },
  { at: '2026-10-03T00:00:00+07:00', quarterOf: '2026-Q4', strict: p('2026-Q4', '2027-01-02', 91), inclusive: p('2026-Q3', '2026-10-03', 0) },
  { at: '2026-10-03T23:59:00+07:00', quarterOf: '2026-Q4', strict: p('2026-Q4', '2027-01-02', 91), inclusive: p('2026-Q3', '2026-10-03', 0) },
  { at: '2026-10-04T00:00:00+07:00', quarterOf: '2026-Q4', strict: p('2026-Q4', '2027-01-02', 90), inclusive: p('2026-Q4', '2027-01-03', 91) },
  // 31 Dec / 1 Jan (year change), then the Q4 deadline.
  { at: '2026-12-31T23:59:00+07:00', quarterOf: '2026-Q4', strict: p('2026-Q4', '2027-01-02', 2), inclusive: p('2026-Q4', '2027-01-03', 3) },
  { at: '2027-01-01T00:00:00+07:00', quarterOf: '2027-Q1', strict: p('2026-Q4', '2027-01-02', 1), inclusive: p('2026-Q4', '2027-01-03', 2) },
  { at: '2027-01-02T23:59:00+07:00', quarterOf: '2027-Q1', strict: p('2026-Q4', '2027-01-02', 0), inclusive: p('2026-Q4', '2027-01-03', 1) },
  { at: '2027-01-02T23:59:59.999+07:00', quarterOf: '2027-Q1', strict: p('2026-Q4', '2027-01-02', 0), inclusive: p('2026-Q4', '2027-01-03', 1) },
  { at: '2027-01-03T00:00:00+07:00', quarterOf: '2027-Q1', strict: p('2027-Q1', '2027-04-02', 89), inclusive: p('2026-Q4', '2027-01-03', 0) },
  { at: '2027-01-03T23:59:00+07:00', quarterOf: '2027-Q1', strict: p('2027-Q1', '2027-04-02', 89), inclusive: p('2026-Q4', '2027-01-03', 0) },
  { at: '2027-01-04T00:00:00+07:00', quarterOf: '2027-Q1', strict: p('2027-Q1', '2027-04-02', 88), inclusive: p('2027-Q1', '2027-04-03', 89) },
  // Leap years: February 29 lengthens the Q1 window (2028 leap, 2100 not, 2000 yes).
  { at: '2028-01-03T00:00:00+07:00', quarterOf: '2028-Q1', strict: p('2028-Q1', '2028-04-02', 90), inclusive: p('2027-Q4', '2028-01-03', 0) },
  { at: '2028-02-29T12:00:00+07:00', quarterOf: '2028-Q1', strict: p('2028-Q1', '2028-04-02', 33), inclusive: p('2028-Q1', '2028-04-03', 34) },
  { at: '2100-02-01T00:00:00+07:00', quarterOf: '2100-Q1', strict: p('2100-Q1', '2100-04-02', 60), inclusive: p('2100-Q1', '2100-04-03', 61) },
  { at: '2000-02-01T00:00:00+07:00', quarterOf: '2000-Q1', strict: p('2000-Q1', '2000-04-02', 61), inclusive: p('2000-Q1', '2000-04-03', 62) },
  // Far past and far future.
  { at: '0001-06-15T12:00:00+07:00', quarterOf: '0001-Q2', strict: p('0001-Q2', '0001-07-02', 17), inclusive: p('0001-Q2', '0001-07-03', 18) },
  { at: '9999-12-31T23:59:00+07:00', quarterOf: '9999-Q4', strict: p('9999-Q4', '10000-01-02', 2), inclusive: p('9999-Q4', '10000-01-03', 3) },
];

export interface CaseResult {
  at: string;
  quarterOf: string;
  strict: Expect;
  inclusive: Expect;
}

const iso = (d: { year: number; month: number; day: number }): string =>
  `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** Runs the module under test on every case and returns what it computed, in the shape of the expectations. */
export function evaluateBoundaryCases(): CaseResult[] {
  return BOUNDARY_CASES.map((c) => {
    const at = new Date(c.at);
    const run = (reading: 'strict' | 'inclusive'): Expect => {
      const r = reportingPeriod(at, { reading });
      return { label: r.label, lastDay: iso(r.lastDay), daysLeft: r.daysLeft, deadline: r.deadline.toISOString() };
    };
    return { at: c.at, quarterOf: quarterOf(at).label, strict: run('strict'), inclusive: run('inclusive') };
  });
}
