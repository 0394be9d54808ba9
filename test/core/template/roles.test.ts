import {
  ALL_FIELD_IDS,
  COLLECTIVE,
  FIELD,
  INDIVIDUAL,
  fieldDisplayName,
  findFieldSpec,
  inferTemplate,
  isFieldId,
  subjectName,
  templateOf,
} from '../../../src/core/template';
import { emptySnapshot } from '../../../src/core/snapshot';

describe('the templates’ roles, one home', () => {
  it('names each template’s subject field, and every role is a field of some template', () => {
    expect(INDIVIDUAL.subjectField).toBe(FIELD.fullName);
    expect(COLLECTIVE.subjectField).toBe(FIELD.collectiveName);
    for (const id of Object.values(FIELD)) expect(findFieldSpec(id)?.id).toBe(id);
    expect([...ALL_FIELD_IDS].sort()).toEqual([...new Set(Object.values(FIELD))].sort());
    expect(isFieldId('hoTen')).toBe(true);
    expect(isFieldId('hoten')).toBe(false);
    expect(isFieldId(undefined)).toBe(false);
  });

  it('infers the template from the fields found, the same answer for every host', () => {
    expect(inferTemplate(['hoTen', 'tomTat'])).toBe('individual');
    expect(inferTemplate(['anh'])).toBe('individual');
    expect(inferTemplate(['tenTapThe', 'moHinh'])).toBe('collective');
    // Shared fields alone say nothing; unknown ids neither.
    expect(inferTemplate(['tomTat', 'moHinh', 'bctt.x'])).toBeNull();
    expect(inferTemplate([])).toBeNull();
    // More of one template's own fields wins; a tie goes to the template whose subject is present.
    expect(inferTemplate(['tenTapThe', 'anh', 'sinhNam'])).toBe('individual');
    expect(inferTemplate(['tenTapThe', 'anh'])).toBe('collective');
    expect(inferTemplate(new Map([['tenTapThe', 1]]).keys())).toBe('collective');
  });

  it('prefers the recorded template over the fields', () => {
    const s = { ...emptySnapshot(), template: { id: 'collective' as const, version: '1.0' }, fields: { hoTen: { id: 'hoTen', text: '', showingPlaceholder: true } } };
    expect(templateOf(s)).toBe('collective');
    expect(templateOf({ ...s, template: null })).toBe('individual');
  });

  it('gives each field the name people know it by, in Vietnamese or English', () => {
    expect(fieldDisplayName('hoTen')).toBe('Họ tên');
    expect(fieldDisplayName('hoTen', 'en')).toBe('Full name');
    expect(fieldDisplayName('tomTat')).toBe('TÓM TẮT THÀNH TÍCH TIÊU BIỂU');
    expect(fieldDisplayName('moHinh', 'en')).toBe('EXEMPLARY EMULATION MODELS OR PROJECTS');
    expect(fieldDisplayName('anh')).toBe('Hình 4x6');
    expect(fieldDisplayName('khongCo')).toBe('khongCo');
  });

  it('reads the report’s subject, empty while the field shows its placeholder or is missing', () => {
    const fields = {
      hoTen: { id: 'hoTen', text: 'NGUYỄN VĂN AN', showingPlaceholder: false },
      tenTapThe: { id: 'tenTapThe', text: '', showingPlaceholder: true },
    };
    expect(subjectName({ fields }, 'individual')).toBe('NGUYỄN VĂN AN');
    expect(subjectName({ fields }, 'collective')).toBe('');
    expect(subjectName({ fields: {} }, 'individual')).toBe('');
  });
});
