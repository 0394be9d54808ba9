/** The office's reading of a reception: which quarter a report is for, and how many days late it came. */
import { daysLate, quarterForReception } from '../../../src/core/calendar';

const at = (iso: string) => new Date(iso);

test.each([
  ['2026-09-30T23:59:00+07:00', '2026-Q3'],
  ['2026-10-01T00:00:00+07:00', '2026-Q3'],
  ['2026-10-31T23:59:00+07:00', '2026-Q3'],
  ['2026-11-01T00:00:00+07:00', '2026-Q4'],
  ['2026-12-31T23:00:00+07:00', '2026-Q4'],
  ['2027-01-02T10:00:00+07:00', '2026-Q4'],
  // 31 December 20:00 UTC is already 1 January in Vietnam.
  ['2026-12-31T20:00:00Z', '2026-Q4'],
  ['2027-02-01T00:00:00+07:00', '2027-Q1'],
  ['2027-04-15T00:00:00+07:00', '2027-Q1'],
])('received %s → for %s', (iso, label) => {
  expect(quarterForReception(at(iso)).label).toBe(label);
});

test('days late count Vietnam calendar days after the last allowed day, by reading', () => {
  const q3 = { year: 2026, quarter: 3 as const };
  expect(daysLate(q3, at('2026-10-02T23:59:59+07:00'), 'strict')).toBe(0);
  expect(daysLate(q3, at('2026-10-03T00:00:00+07:00'), 'strict')).toBe(1);
  expect(daysLate(q3, at('2026-10-03T23:00:00+07:00'), 'inclusive')).toBe(0);
  expect(daysLate(q3, at('2026-10-04T00:30:00+07:00'), 'inclusive')).toBe(1);
  // 17:30 UTC on 2 October is 00:30 on the 3rd in Vietnam: one day late.
  expect(daysLate(q3, at('2026-10-02T17:30:00Z'), 'strict')).toBe(1);
  expect(daysLate(q3, at('2026-07-15T08:00:00+07:00'), 'strict')).toBe(0);
  expect(daysLate({ year: 2026, quarter: 4 }, at('2027-01-20T08:00:00+07:00'), 'strict')).toBe(18);
});
