import { documentValue, formFields, validateFields, valueToWrite, withValues } from '../../../src/taskpane/ui/fieldValidation';
import { templateSnapshot } from '../../support/fakeHost';

const config = { now: new Date('2026-11-10T03:00:00Z') };
const keys = (r: Record<string, { message: { key: string } }[]>) =>
  Object.fromEntries(Object.entries(r).map(([id, list]) => [id, list.map((f) => f.message.key)]));

describe('formFields', () => {
  it('lists the text fields of each template in document order', () => {
    expect(formFields('individual').map((f) => f.id)).toEqual(['hoTen', 'sinhNam', 'chucVuDonVi']);
    expect(formFields('collective').map((f) => f.id)).toEqual(['tenTapThe']);
  });
});

describe('validateFields runs the checklist’s field rules on the form’s values', () => {
  const snapshot = templateSnapshot('individual');

  it('reports every empty required field', () => {
    expect(keys(validateFields(snapshot, {}, config))).toEqual({
      hoTen: ['findings.field.required.hoTen'],
      sinhNam: ['findings.field.required.sinhNam'],
      chucVuDonVi: ['findings.field.required.chucVuDonVi'],
    });
  });

  it('accepts good values, NFD included', () => {
    const values = { hoTen: 'NGUYỄN THỊ MAI'.normalize('NFD'), sinhNam: '1984', chucVuDonVi: 'Giáo viên' };
    expect(validateFields(snapshot, values, config)).toEqual({});
  });

  it('reports name, abbreviation and year problems on their own field', () => {
    const result = keys(validateFields(snapshot, { hoTen: 'Nguyễn T. Mai', sinhNam: '2030', chucVuDonVi: 'x' }, config));
    expect(result).toEqual({
      hoTen: ['findings.name.uppercase', 'findings.name.abbreviated'],
      sinhNam: ['findings.birthYear.future'],
    });
  });

  it('treats the instruction typed back as empty, as the checklist does', () => {
    expect(keys(validateFields(snapshot, { chucVuDonVi: '(chức vụ, đơn vị công tác)' }, config)).chucVuDonVi).toEqual([
      'findings.field.required.chucVuDonVi',
    ]);
  });

  it('checks the collective’s name against the configured city (a warning)', () => {
    const collective = templateSnapshot('collective');
    const found = validateFields(collective, { tenTapThe: 'Trường THCS Lê Lợi, TP.HCM' }, config).tenTapThe;
    expect(found.map((f) => [f.message.key, f.severity])).toEqual([['findings.unit.cityAbbreviated', 'warning']]);
    expect(validateFields(collective, { tenTapThe: 'Trường THCS Lê Lợi, Thành phố Thủ Đức' }, { ...config, cityName: 'Thành phố Thủ Đức' })).toEqual({});
  });

  it('leaves a field deleted from the document absent instead of inventing it', () => {
    const broken = templateSnapshot('individual');
    delete broken.fields.sinhNam;
    expect(withValues(broken, { sinhNam: '1984' }).fields.sinhNam).toBeUndefined();
    expect(validateFields(broken, { sinhNam: 'abc' }, config).sinhNam).toBeUndefined();
  });

  it('copes with a huge value', () => {
    const long = 'GIÁO VIÊN '.repeat(20000);
    expect(validateFields(snapshot, { chucVuDonVi: long }, config).chucVuDonVi).toBeUndefined();
  });
});

describe('document values and writing', () => {
  it('reads "" for a field showing its placeholder', () => {
    const s = templateSnapshot('individual', { hoTen: 'A B' });
    expect(documentValue(s, 'hoTen')).toBe('A B');
    expect(documentValue(s, 'sinhNam')).toBe('');
    expect(documentValue(s, 'nope')).toBe('');
  });

  it('writes NFC and nothing else changed: markup and control characters pass through', () => {
    expect(valueToWrite('Trường'.normalize('NFD'))).toBe('Trường');
    const raw = '<w:t>&amp;</w:t> "x" \u0000\u0008\t\n';
    expect(valueToWrite(raw)).toBe(raw);
  });
});
