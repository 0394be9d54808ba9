/**
 * Subject, body and attachment name of the mail that submits a report to the district office.
 * Always in Vietnamese: it goes to a Vietnamese office. Every value is cleaned to one line first
 * (see sanitize.ts), so names cannot inject headers or hide text.
 */
import { AppError } from '../errors';
import { DEFAULT_RECIPIENT_OFFICE } from '../settings/types';
import { toUpperVi } from '../text/capitals';
import { cleanLine, truncate } from './sanitize';
import { submissionFileName } from './fileName';
import { isValidVideoLink } from './videoLink';
import type { SubmissionInput, SubmissionKind, SubmissionMail, SubmissionPeriod } from './types';

/**
 * The official letter behind the report, cited by number, date and subject only: the quarter comes from the report
 * and the office from the settings, so nothing in the body is tied to the letter's year or to one district.
 */
export const OFFICIAL_LETTER = {
  number: '1307/GDĐT',
  date: 'ngày 29 tháng 9 năm 2023',
  about: 'tuyên truyền điển hình tiên tiến',
} as const;

/** Subjects longer than this are shortened (unit name first, then the person's or collective's name). */
export const MAX_SUBJECT_LENGTH = 150;

/** Used when the recipient office is left empty (the settings' default). */
export { DEFAULT_RECIPIENT_OFFICE };

const KIND_LABEL: Record<SubmissionKind, string> = { individual: 'cá nhân', collective: 'tập thể' };

/** Throws AppError('mail.invalidPeriod') unless the period is a quarter 1–4 of a four-digit year. */
function checkPeriod(period: SubmissionPeriod): void {
  const { year, quarter } = period ?? ({} as SubmissionPeriod);
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || ![1, 2, 3, 4].includes(quarter)) {
    throw new AppError('mail.invalidPeriod', { year: String(year), quarter: String(quarter) });
  }
}

/** "Quý 4/2026". */
export function periodLabel(period: SubmissionPeriod): string {
  return `Quý ${period.quarter}/${period.year}`;
}

/** The display form of the subject's name: capitals for a person (as the template requires), as written for a collective. */
function displayName(kind: SubmissionKind, name: string): string {
  const clean = cleanLine(name);
  return kind === 'individual' ? toUpperVi(clean) : clean;
}

/**
 * "[BCTT Quý 4/2026] Trường Tiểu học Trần Hưng Đạo - Gương điển hình tiên tiến (cá nhân): NGUYỄN VĂN AN".
 * One line, at most {@link MAX_SUBJECT_LENGTH} characters; empty parts are left out.
 */
export function submissionSubject(input: Pick<SubmissionInput, 'kind' | 'subjectName' | 'unitName' | 'period'>): string {
  checkPeriod(input.period);
  const tag = `[BCTT ${periodLabel(input.period)}] `;
  const what = `Gương điển hình tiên tiến (${KIND_LABEL[input.kind]})`;
  let unit = cleanLine(input.unitName);
  let name = displayName(input.kind, input.subjectName);
  // A collective is often the unit itself: do not say it twice.
  if (input.kind === 'collective' && unit && name.toLowerCase().includes(unit.toLowerCase())) unit = '';
  const build = (): string => tag + (unit ? `${unit} - ` : '') + what + (name ? `: ${name}` : '');
  let subject = build();
  const length = (s: string): number => Array.from(s).length;
  if (length(subject) > MAX_SUBJECT_LENGTH && unit) {
    const over = length(subject) - MAX_SUBJECT_LENGTH;
    unit = truncate(unit, Math.max(30, length(unit) - over));
    subject = build();
  }
  if (length(subject) > MAX_SUBJECT_LENGTH && name) {
    const over = length(subject) - MAX_SUBJECT_LENGTH;
    name = truncate(name, Math.max(20, length(name) - over));
    subject = build();
  }
  return truncate(subject, MAX_SUBJECT_LENGTH);
}

/** The plain-text body (lines joined with "\n"). */
export function submissionBody(input: SubmissionInput, fileName: string): string {
  checkPeriod(input.period);
  const office = cleanLine(input.recipientOffice) || DEFAULT_RECIPIENT_OFFICE;
  const unit = cleanLine(input.unitName);
  const name = displayName(input.kind, input.subjectName);
  const senderName = cleanLine(input.senderName);
  const senderRole = cleanLine(input.senderRole);
  const video = input.videoLink !== undefined && isValidVideoLink(input.videoLink) ? input.videoLink.trim() : '';
  const quarter = `quý ${input.period.quarter}/${input.period.year}`;

  const lines: string[] = [
    `Kính gửi: ${office}.`,
    '',
    `Thực hiện Công văn số ${OFFICIAL_LETTER.number} ${OFFICIAL_LETTER.date} về việc ${OFFICIAL_LETTER.about}, ` +
      `${unit || 'đơn vị'} trân trọng gửi báo cáo tóm tắt thành tích giới thiệu gương điển hình tiên tiến ${quarter}:`,
    `- ${input.kind === 'individual' ? 'Cá nhân' : 'Tập thể'} được giới thiệu: ${name || '(chưa ghi tên)'}`,
    `- Tệp đính kèm: ${fileName}`,
  ];
  if (video) lines.push(`- Phim tư liệu (video): ${video}`);
  lines.push('', 'Kính đề nghị Quý cơ quan xem xét, tổng hợp.', 'Trân trọng./.', '');
  // The send view and the relay require the unit and the sender; a mail built without them is simply unsigned.
  lines.push(...[senderName, senderRole, unit].filter(Boolean));
  return lines.join('\n').replace(/\n+$/, '');
}

/**
 * Subject, body and attachment file name of a submission.
 * Throws AppError('mail.invalidPeriod') when the period is not a quarter 1–4 of a four-digit year.
 * A video link is included only when {@link isValidVideoLink} accepts it; validate it in the form first.
 */
export function submissionMail(input: SubmissionInput): SubmissionMail {
  checkPeriod(input.period);
  const fileName = submissionFileName(input);
  return { subject: submissionSubject(input), body: submissionBody(input, fileName), fileName };
}
