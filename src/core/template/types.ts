/** The official templates (letter 1307/GDĐT) as data. */

export type TemplateKind = 'individual' | 'collective';

export type FieldKind = 'text' | 'year' | 'picture' | 'richText' | 'table';

export type ColumnId = 'tt' | 'ten' | 'donVi' | 'moTa' | 'loTrinh' | 'ketQua';

/** Every field of the two templates; by role in FIELD (./roles.ts). */
export type FieldId = 'anh' | 'hoTen' | 'sinhNam' | 'chucVuDonVi' | 'tenTapThe' | 'tomTat' | 'moHinh';

export interface Localized {
  vi: string;
  en: string;
}

export interface FieldSpec {
  /** Stable id; the content control's tag is `bctt.<id>`; also the key in the command line's JSON. */
  id: FieldId;
  kind: FieldKind;
  required: boolean;
  /** Static label printed before the control ("Họ tên"), exactly as in the letter; null when the field has none. */
  label: Localized | null;
  /**
   * The official instruction for this field, exactly as written in the letter (Vietnamese).
   * It is the control's placeholder text and must not remain in a finished report.
   */
  instruction: string;
  /** English rendering of the instruction, for the English UI. */
  instructionEn: string;
}

export interface ColumnSpec {
  id: ColumnId;
  /** Official header, exactly as in the letter. */
  header: string;
  headerEn: string;
  /** Guidance shown in the table form for this column. */
  hint: Localized;
  /** Relative width in the document table (sums to 100). */
  widthPct: number;
}

export interface TemplateSpec {
  id: TemplateKind;
  /** Bumped whenever the generated document changes in a way readers must know about. */
  version: string;
  /** The form's heading in the letter ("MẪU BÁO CÁO THÀNH TÍCH CÁ NHÂN"). */
  formTitle: string;
  /** Title printed on the report itself. */
  title: Localized;
  /** Short description for the start view. */
  description: Localized;
  /** Fields in document order. */
  fields: FieldSpec[];
  /** The field naming the report's subject (the person or the collective): the draft key, the mail's subject. */
  subjectField: FieldId;
  /** Section headings exactly as in the letter. */
  headings: { summary: string; models: string };
  headingsEn: { summary: string; models: string };
}
