import { birthYearValid } from '../../../src/core/rules/birthYear';
import { completeCollective, completeIndividual, config, placeholder, withFields } from '../../support/snapshots';

const cfg = config(); // 25/11/2026
const withYear = (text: string) => withFields(completeIndividual(), { sinhNam: text });
const keys = (text: string, c = cfg) => birthYearValid(withYear(text), c).map((f) => f.message.key);

describe('birthYear.valid', () => {
  it('passes a plausible four-digit year, with spaces around it', () => {
    for (const text of ['1984', ' 1984 ', '\u00a01984\u00a0', '2008', '1951']) expect({ text, k: keys(text) }).toEqual({ text, k: [] });
  });

  it('is an error, targeting the field, for a year outside working age', () => {
    const f = birthYearValid(withYear('2010'), cfg);
    expect(f).toEqual([
      {
        rule: 'birthYear.valid',
        severity: 'error',
        field: 'sinhNam',
        message: { key: 'findings.birthYear.implausible', params: { year: '2010', age: 16, minAge: 18, maxAge: 75 } },
        target: { fieldId: 'sinhNam' },
      },
    ]);
    expect(keys('1950')).toEqual(['findings.birthYear.implausible']);
  });

  it('reckons age from the configured instant in Vietnam time', () => {
    // 31/12/2026 23:30 UTC is already 2027 in Vietnam: 2009 gives 18.
    const newYear = config({ now: new Date('2026-12-31T18:30:00Z') });
    expect(keys('2009', newYear)).toEqual([]);
    expect(keys('2009', config({ now: new Date('2026-12-31T16:30:00Z') }))).toEqual(['findings.birthYear.implausible']);
  });

  it('follows the configured age range', () => {
    expect(keys('1950', config({ birthYear: { maxAge: 80 } }))).toEqual([]);
  });

  it('asks for the year only when a full date is written', () => {
    for (const text of ['12/05/1984', '12-5-1984', '12.05.1984', '1984-05-12']) {
      const f = birthYearValid(withYear(text), cfg);
      expect(f.map((x) => x.message)).toEqual([{ key: 'findings.birthYear.fullDate', params: { year: '1984' } }]);
    }
  });

  it('rejects anything that is not a four-digit year', () => {
    for (const text of ['84', '19845', 'năm 1984', '1984a', '١٩٨٤', '１９８４', '1 984', '🎂1984', '<1984>']) {
      expect({ text, k: keys(text) }).toEqual({ text, k: ['findings.birthYear.notYear'] });
    }
  });

  it('rejects a year in the future', () => {
    expect(keys('2030')).toEqual(['findings.birthYear.future']);
  });

  it('says nothing for an empty field or a collective report (field.required covers it)', () => {
    expect(keys('')).toEqual([]);
    expect(birthYearValid(withFields(completeIndividual(), { sinhNam: placeholder('sinhNam') }), cfg)).toEqual([]);
    expect(birthYearValid(withFields(completeIndividual(), { sinhNam: null }), cfg)).toEqual([]);
    expect(birthYearValid(completeCollective(), cfg)).toEqual([]);
  });
});
