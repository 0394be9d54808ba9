import { unitCityLevel } from '../../../src/core/rules/unit';
import { completeCollective, completeIndividual, config, nfd, placeholder, withFields } from '../../support/snapshots';

const cfg = config();
const withUnit = (text: string) => withFields(completeCollective(), { tenTapThe: text });
const messages = (text: string, c = cfg) => unitCityLevel(withUnit(text), c).map((f) => f.message);

describe('unit.cityLevel', () => {
  it('passes a unit name written out to the city, old or new administrative structure', () => {
    for (const text of [
      'Trường Tiểu học Lê Ngọc Hân, Quận 1, Thành phố Hồ Chí Minh',
      'Trường Tiểu học Lê Ngọc Hân, Phường Sài Gòn, Thành phố Hồ Chí Minh',
      'Trường Mầm non Hoa Sen, phường Bến Thành, thành phố Hồ Chí Minh',
      'TRƯỜNG THCS MINH ĐỨC, THÀNH PHỐ HỒ CHÍ MINH',
      nfd('Trường THCS Minh Đức, Thành phố Hồ Chí Minh'),
      'Trường THCS Minh Đức,\u00a0Thành\u00a0phố  Hồ Chí\u00a0Minh',
    ]) {
      expect({ text, m: messages(text) }).toEqual({ text, m: [] });
    }
  });

  it.each([
    ['Trường THCS Minh Đức, Quận 1, TP.HCM', 'TP.HCM'],
    ['Trường THCS Minh Đức, Quận 1, TP HCM', 'TP HCM'],
    ['Trường THCS Minh Đức, Tp. Hồ Chí Minh', 'Tp. Hồ Chí Minh'],
    ['Trường THCS Minh Đức TPHCM', 'TPHCM'],
    ['Trường THCS Minh Đức, T.P. Hồ Chí Minh', 'T.P. Hồ Chí Minh'],
    ['Trường THCS Minh Đức, thành phố HCM', 'thành phố HCM'],
    ['Trường THCS Minh Đức, Hồ Chí Minh', 'Hồ Chí Minh'],
    ['Trường THCS Minh Đức, H.C.M', 'H.C.M'],
  ])('warns that "%s" abbreviates the city', (text, found) => {
    expect(unitCityLevel(withUnit(text), cfg)).toEqual([
      {
        rule: 'unit.cityLevel',
        severity: 'warning',
        field: 'tenTapThe',
        message: { key: 'findings.unit.cityAbbreviated', params: { found, city: 'Thành phố Hồ Chí Minh' } },
        target: { fieldId: 'tenTapThe' },
      },
    ]);
  });

  it('finds an abbreviation in NFD text', () => {
    expect(messages(nfd('Trường THCS Minh Đức, Tp. Hồ Chí Minh'))[0].key).toBe('findings.unit.cityAbbreviated');
  });

  it('warns when the city is missing', () => {
    expect(messages('Trường Tiểu học Lê Ngọc Hân, Quận 1')).toEqual([
      { key: 'findings.unit.cityMissing', params: { city: 'Thành phố Hồ Chí Minh' } },
    ]);
    // Letters of the abbreviation inside other words are not an abbreviation.
    expect(messages('Trường THCS Chu Văn An, Phường Thạnh Mỹ Lợi')[0].key).toBe('findings.unit.cityMissing');
  });

  it('follows the configured city', () => {
    const hn = config({ cityName: 'Thành phố Hà Nội' });
    expect(messages('Trường THCS Chu Văn An, Thành phố Hà Nội', hn)).toEqual([]);
    expect(messages('Trường THCS Chu Văn An, TP. Hà Nội', hn)[0].key).toBe('findings.unit.cityAbbreviated');
    expect(messages('Trường THCS Chu Văn An, Thành phố Hồ Chí Minh', hn)[0].key).toBe('findings.unit.cityMissing');
  });

  it('handles XML special characters, emoji and a very long name', () => {
    expect(messages('Trường <A> & "B" 🏫, Thành phố Hồ Chí Minh')).toEqual([]);
    expect(messages('Trường '.repeat(20000) + 'TP.HCM')[0].key).toBe('findings.unit.cityAbbreviated');
  });

  it('says nothing for an empty field or an individual report', () => {
    expect(messages('   ')).toEqual([]);
    expect(unitCityLevel(withFields(completeCollective(), { tenTapThe: placeholder('tenTapThe') }), cfg)).toEqual([]);
    expect(unitCityLevel(completeIndividual(), cfg)).toEqual([]);
  });
});
