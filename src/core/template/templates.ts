import type { FieldSpec, TemplateKind, TemplateSpec } from './types';

/** Content-control tags are `bctt.<fieldId>`. */
export const TAG_PREFIX = 'bctt.';

export function tagOf(fieldId: string): string {
  return TAG_PREFIX + fieldId;
}

/** The field id of a tag, or null when the tag is not one of ours. */
export function fieldIdOfTag(tag: string): string | null {
  return tag.startsWith(TAG_PREFIX) && tag.length > TAG_PREFIX.length ? tag.slice(TAG_PREFIX.length) : null;
}

/** The summary instruction, identical in both forms of the letter. */
export const SUMMARY_INSTRUCTION =
  '(Trình bày tóm tắt khoảng 1.000 chữ tương đương 02 trang giấy A4 về những thành tích xuất sắc, tiêu biểu trong các phong trào thi đua. Hiệu quả được thừa nhận, suy tôn và sự lan tỏa tại cơ quan, đơn vị, địa phương, doanh nghiệp)';

const SUMMARY_INSTRUCTION_EN =
  '(Summarise in about 1,000 words, equal to two A4 pages, the outstanding, exemplary achievements in the emulation movements; the results recognised and honoured, and how they spread in the agency, unit, locality or enterprise.)';

const HEADINGS = {
  summary: 'TÓM TẮT THÀNH TÍCH TIÊU BIỂU',
  models: 'MÔ HÌNH HOẶC CÔNG TRÌNH THI ĐUA TIÊU BIỂU',
};
const HEADINGS_EN = {
  summary: 'SUMMARY OF OUTSTANDING ACHIEVEMENTS',
  models: 'EXEMPLARY EMULATION MODELS OR PROJECTS',
};

const summaryField: FieldSpec = {
  id: 'tomTat',
  kind: 'richText',
  required: true,
  label: null,
  instruction: SUMMARY_INSTRUCTION,
  instructionEn: SUMMARY_INSTRUCTION_EN,
};

const modelsField: FieldSpec = {
  id: 'moHinh',
  kind: 'table',
  required: true,
  label: null,
  instruction: 'Bảng mô hình hoặc công trình thi đua tiêu biểu',
  instructionEn: 'Table of exemplary emulation models or projects',
};

export const INDIVIDUAL: TemplateSpec = {
  id: 'individual',
  version: '1.0',
  formTitle: 'MẪU BÁO CÁO THÀNH TÍCH CÁ NHÂN',
  title: { vi: 'BÁO CÁO THÀNH TÍCH CÁ NHÂN', en: 'INDIVIDUAL ACHIEVEMENT REPORT' },
  description: {
    vi: 'Giới thiệu một cá nhân điển hình: ảnh 4x6, họ tên, năm sinh, chức vụ và đơn vị.',
    en: 'Introduce one exemplary person: 4x6 photo, full name, birth year, position and unit.',
  },
  fields: [
    {
      id: 'anh',
      kind: 'picture',
      required: true,
      label: null,
      instruction: 'Hình 4x6',
      instructionEn: '4x6 photo',
    },
    {
      id: 'hoTen',
      kind: 'text',
      required: true,
      label: { vi: 'Họ tên', en: 'Full name' },
      instruction: '(ghi đầy đủ bằng chữ in hoa, không viết tắt)',
      instructionEn: '(in full, in capital letters, no abbreviations)',
    },
    {
      id: 'sinhNam',
      kind: 'year',
      required: true,
      label: { vi: 'Sinh năm', en: 'Year of birth' },
      instruction: '(năm sinh, ví dụ: 1984)',
      instructionEn: '(year of birth, e.g. 1984)',
    },
    {
      id: 'chucVuDonVi',
      kind: 'text',
      required: true,
      label: { vi: 'Chức vụ, đơn vị công tác', en: 'Position and unit' },
      instruction: '(chức vụ, đơn vị công tác)',
      instructionEn: '(position and workplace)',
    },
    summaryField,
    modelsField,
  ],
  subjectField: 'hoTen',
  headings: HEADINGS,
  headingsEn: HEADINGS_EN,
};

export const COLLECTIVE: TemplateSpec = {
  id: 'collective',
  version: '1.0',
  formTitle: 'MẪU BÁO CÁO THÀNH TÍCH TẬP THỂ',
  title: { vi: 'BÁO CÁO THÀNH TÍCH TẬP THỂ', en: 'COLLECTIVE ACHIEVEMENT REPORT' },
  description: {
    vi: 'Giới thiệu một tập thể điển hình: tên đơn vị ghi rõ đến cấp Thành phố.',
    en: 'Introduce one exemplary collective: the unit name written out up to city level.',
  },
  fields: [
    {
      id: 'tenTapThe',
      kind: 'text',
      required: true,
      label: { vi: 'Tên tập thể', en: 'Collective' },
      instruction: '(ghi rõ tên đơn vị đến cấp Thành phố)',
      instructionEn: '(the unit name written out up to city level)',
    },
    summaryField,
    modelsField,
  ],
  subjectField: 'tenTapThe',
  headings: HEADINGS,
  headingsEn: HEADINGS_EN,
};

export const TEMPLATES: Readonly<Record<TemplateKind, TemplateSpec>> = {
  individual: INDIVIDUAL,
  collective: COLLECTIVE,
};

export function isTemplateKind(value: unknown): value is TemplateKind {
  return value === 'individual' || value === 'collective';
}

/** The field's spec in `kind`'s template only (see findFieldSpec in ./roles.ts to look across templates). */
export function fieldSpec(kind: TemplateKind, fieldId: string): FieldSpec | undefined {
  return TEMPLATES[kind].fields.find((f) => f.id === fieldId);
}

/**
 * Instruction texts that must not remain in a finished report: every field's instruction
 * plus the form titles ("MẪU …"), which belong to the letter, not to a report.
 */
export function instructionTexts(kind: TemplateKind): string[] {
  const spec = TEMPLATES[kind];
  return [...spec.fields.filter((f) => f.kind !== 'table').map((f) => f.instruction), spec.formTitle];
}
