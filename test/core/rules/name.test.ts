import { abbreviatedPart, nameNoAbbreviation, nameUppercase } from '../../../src/core/rules/name';
import { completeCollective, completeIndividual, config, nfd, placeholder, withFields } from '../../support/snapshots';

const cfg = config();
const withName = (name: string) => withFields(completeIndividual(), { hoTen: name });

describe('name.uppercase', () => {
  it('passes a name in capitals, with Vietnamese marks', () => {
    for (const name of ['NGUYỄN THỊ MAI', 'ĐỖ THỊ Ý', 'TRƯƠNG VĂN ĐỨC', 'Y BHIM NIÊ', 'H’HEN NIÊ']) {
      expect(nameUppercase(withName(name), cfg)).toEqual([]);
    }
  });

  it('is an error for a name not in capitals, with a fix and the capitalised suggestion', () => {
    expect(nameUppercase(withName('Nguyễn Thị Mai'), cfg)).toEqual([
      {
        rule: 'name.uppercase',
        severity: 'error',
        field: 'hoTen',
        message: { key: 'findings.name.uppercase', params: { suggestion: 'NGUYỄN THỊ MAI' } },
        target: { fieldId: 'hoTen' },
        fix: { kind: 'uppercaseName', fieldId: 'hoTen' },
      },
    ]);
  });

  it('catches a single lower-case letter with a Vietnamese mark', () => {
    expect(nameUppercase(withName('NGUYỄN THỊ ĐàO'), cfg)[0].message.params).toEqual({ suggestion: 'NGUYỄN THỊ ĐÀO' });
    expect(nameUppercase(withName('đỖ VĂN AN'), cfg)).toHaveLength(1);
  });

  it('reads NFD input: capitals pass, and the suggestion is NFC', () => {
    expect(nameUppercase(withName(nfd('NGUYỄN THỊ MAI')), cfg)).toEqual([]);
    const f = nameUppercase(withName(nfd('Nguyễn Thị Mai')), cfg);
    expect(f[0].message.params!.suggestion).toBe('NGUYỄN THỊ MAI');
    expect(String(f[0].message.params!.suggestion).normalize('NFC')).toBe(f[0].message.params!.suggestion);
  });

  it('collapses no-break spaces in the suggestion', () => {
    expect(nameUppercase(withName('Lê\u00a0Văn\u00a0Tám'), cfg)[0].message.params).toEqual({ suggestion: 'LÊ VĂN TÁM' });
  });

  it('says nothing for an empty name, a placeholder, or a collective report', () => {
    expect(nameUppercase(withName('  '), cfg)).toEqual([]);
    expect(nameUppercase(withFields(completeIndividual(), { hoTen: placeholder('hoTen') }), cfg)).toEqual([]);
    expect(nameUppercase(completeCollective(), cfg)).toEqual([]);
  });
});

describe('name.noAbbreviation', () => {
  it('passes full names, including one-letter syllables that are real names', () => {
    for (const name of ['NGUYỄN THỊ MAI', 'NGUYỄN NHƯ Ý', 'Y BHIM NIÊ', 'Y NGỌC', 'KSOR H’BLOANH', 'NGUYỄN-TRẦN MINH', 'LÊ VĂN Ư']) {
      expect({ name, findings: nameNoAbbreviation(withName(name), cfg) }).toEqual({ name, findings: [] });
    }
  });

  it.each([
    ['NGUYỄN T. MAI', 'T.'],
    ['NG. VĂN AN', 'NG.'],
    ['NGUYỄN V A', 'V, A'],
    ['TRẦN T.T. HÀ', 'T.T.'],
    ['LÊ TH HÀ', 'TH'],
    ['NGUYỄN VĂN B', 'B'],
    ['Y. BHIM', 'Y.'],
  ])('is an error for "%s", naming the abbreviated parts', (name, parts) => {
    expect(nameNoAbbreviation(withName(name), cfg)).toEqual([
      {
        rule: 'name.noAbbreviation',
        severity: 'error',
        field: 'hoTen',
        message: { key: 'findings.name.abbreviated', params: { parts } },
        target: { fieldId: 'hoTen' },
      },
    ]);
  });

  it('is an error for a single word', () => {
    const f = nameNoAbbreviation(withName('MAI'), cfg);
    expect(f.map((x) => x.message)).toEqual([{ key: 'findings.name.tooShort', params: { name: 'MAI' } }]);
  });

  it('reads NFD and no-break spaces like NFC and spaces', () => {
    expect(nameNoAbbreviation(withName(nfd('NGUYỄN\u00a0THỊ\u00a0MAI')), cfg)).toEqual([]);
    expect(nameNoAbbreviation(withName(nfd('NGUYỄN T. MAI')), cfg)).toHaveLength(1);
    expect(nameNoAbbreviation(withName('NGUYỄN\u00a0THỊ'), cfg)).toEqual([]);
  });

  it('does not count a trailing space as a part', () => {
    expect(nameNoAbbreviation(withName(' NGUYỄN   THỊ MAI  '), cfg)).toEqual([]);
  });

  it('tells single parts apart', () => {
    expect(abbreviatedPart('Y')).toBe(false);
    expect(abbreviatedPart('Ý')).toBe(false);
    expect(abbreviatedPart('A')).toBe(true);
    expect(abbreviatedPart('Đ')).toBe(true);
    expect(abbreviatedPart('NGHIÊNG')).toBe(false);
    expect(abbreviatedPart('🙂')).toBe(true);
  });
});
