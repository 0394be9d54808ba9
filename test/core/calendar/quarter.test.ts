import {
  nextQuarter,
  parseQuarterLabel,
  previousQuarter,
  quarterBounds,
  quarterLabel,
  quarterOf,
  vietnamDateOf,
} from '../../../src/core/calendar';

describe('quarterOf (Vietnam time)', () => {
  it.each([
    ['2026-03-31T23:59:59.999+07:00', '2026-Q1'],
    ['2026-04-01T00:00:00+07:00', '2026-Q2'],
    ['2026-06-30T23:59:59.999+07:00', '2026-Q2'],
    ['2026-07-01T00:00:00+07:00', '2026-Q3'],
    ['2026-09-30T23:59:59.999+07:00', '2026-Q3'],
    ['2026-10-01T00:00:00+07:00', '2026-Q4'],
    ['2026-12-31T23:59:59.999+07:00', '2026-Q4'],
    ['2027-01-01T00:00:00+07:00', '2027-Q1'],
  ])('%s is in %s', (at, label) => {
    expect(quarterOf(new Date(at)).label).toBe(label);
  });

  it('uses the Vietnam day, not the UTC day: 31 Dec 17:00 UTC is already 1 January in Vietnam', () => {
    const at = new Date('2026-12-31T17:00:00Z');
    expect(vietnamDateOf(at)).toEqual({ year: 2027, month: 1, day: 1 });
    expect(quarterOf(at)).toEqual({ year: 2027, quarter: 1, label: '2027-Q1' });
    expect(quarterOf(new Date('2026-12-31T16:59:59.999Z')).label).toBe('2026-Q4');
  });

  it('rejects an invalid Date with a typed error', () => {
    expect(() => quarterOf(new Date('not a date'))).toThrow(expect.objectContaining({ messageKey: 'calendar.invalidDate' }));
  });
});

describe('quarter helpers', () => {
  it('steps across year ends', () => {
    expect(nextQuarter({ year: 2026, quarter: 4 })).toEqual({ year: 2027, quarter: 1, label: '2027-Q1' });
    expect(previousQuarter({ year: 2027, quarter: 1 })).toEqual({ year: 2026, quarter: 4, label: '2026-Q4' });
    expect(nextQuarter({ year: 2026, quarter: 2 }).label).toBe('2026-Q3');
  });

  it('gives each quarter its first and last day', () => {
    expect(quarterBounds({ year: 2026, quarter: 1 })).toEqual({ first: { year: 2026, month: 1, day: 1 }, last: { year: 2026, month: 3, day: 31 } });
    expect(quarterBounds({ year: 2026, quarter: 2 }).last).toEqual({ year: 2026, month: 6, day: 30 });
    expect(quarterBounds({ year: 2026, quarter: 3 }).last).toEqual({ year: 2026, month: 9, day: 30 });
    expect(quarterBounds({ year: 2026, quarter: 4 })).toEqual({ first: { year: 2026, month: 10, day: 1 }, last: { year: 2026, month: 12, day: 31 } });
  });

  it('labels quarters with a four-digit year and parses labels back', () => {
    expect(quarterLabel(2026, 4)).toBe('2026-Q4');
    expect(quarterLabel(99, 1)).toBe('0099-Q1');
    expect(parseQuarterLabel('2026-Q4')).toEqual({ year: 2026, quarter: 4, label: '2026-Q4' });
    expect(parseQuarterLabel(' 2027-Q1 ')?.label).toBe('2027-Q1');
    expect(parseQuarterLabel('2026-Q5')).toBeNull();
    expect(parseQuarterLabel('Quý 4/2026')).toBeNull();
    expect(parseQuarterLabel('')).toBeNull();
  });
});
