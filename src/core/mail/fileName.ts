/**
 * The attachment's file name: ASCII only, safe for every mail system and file system, at most 100 characters,
 * ending in ".docx". Example: "BCTT_2026-Q4_CaNhan_NGUYEN-VAN-AN_Truong-TH-Tran-Hung-Dao.docx".
 */
import { asciiSlug } from '../text/ascii';
import { toUpperVi } from '../text/capitals';
import { cleanLine } from './sanitize';
import type { SubmissionKind, SubmissionPeriod } from './types';

export const MAX_FILE_NAME_LENGTH = 100;

/** Usual abbreviations of school levels and offices, applied to unit names in file names only. */
const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/trung học phổ thông/giu, 'THPT'],
  [/trung học cơ sở/giu, 'THCS'],
  [/tiểu học/giu, 'TH'],
  [/mầm non/giu, 'MN'],
  [/mẫu giáo/giu, 'MG'],
  [/giáo dục thường xuyên/giu, 'GDTX'],
  [/giáo dục và đào tạo/giu, 'GDĐT'],
  [/thành phố hồ chí minh/giu, 'TPHCM'],
  [/(?:ủy|uỷ) ban nhân dân/giu, 'UBND'],
];

/** "Trường Tiểu học Trần Hưng Đạo" → "Trường TH Trần Hưng Đạo". */
export function abbreviateUnitName(name: string): string {
  let out = cleanLine(name);
  for (const [pattern, short] of ABBREVIATIONS) out = out.replace(pattern, short);
  return out;
}

export function periodCode(period: SubmissionPeriod): string {
  return `${period.year}-Q${period.quarter}`;
}

export interface FileNameInput {
  kind: SubmissionKind;
  subjectName: string;
  unitName: string;
  period: SubmissionPeriod;
}

/** The attachment's file name for a submission (see the module comment). Empty names are left out. */
export function submissionFileName(input: FileNameInput): string {
  const extension = '.docx';
  const head = ['BCTT', periodCode(input.period), input.kind === 'individual' ? 'CaNhan' : 'TapThe'].join('_');
  let room = MAX_FILE_NAME_LENGTH - head.length - extension.length;

  const subject = cleanLine(input.subjectName);
  const nameSource = input.kind === 'individual' ? toUpperVi(subject) : abbreviateUnitName(subject);
  const name = asciiSlug(nameSource, Math.min(50, room - 1));
  if (name) room -= name.length + 1;

  let unit = asciiSlug(abbreviateUnitName(input.unitName), room - 1);
  // A collective is often the unit itself: do not repeat it.
  if (unit && name && name.toLowerCase().includes(unit.toLowerCase())) unit = '';
  if (unit.length < 3) unit = '';

  return [head, name, unit].filter(Boolean).join('_') + extension;
}
