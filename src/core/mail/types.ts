export type SubmissionKind = 'individual' | 'collective';

export interface SubmissionPeriod {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

export interface SubmissionInput {
  kind: SubmissionKind;
  /** The person's full name or the collective's name, as in the document. */
  subjectName: string;
  /** The sender's school or unit. */
  unitName: string;
  senderName: string;
  senderRole: string;
  /** The office the report goes to, e.g. "Phòng Giáo dục và Đào tạo Quận 1". */
  recipientOffice: string;
  period: SubmissionPeriod;
  /** Optional link to a short film (letter 1307/GDĐT); included only when {@link isValidVideoLink} accepts it. */
  videoLink?: string;
}

export interface SubmissionMail {
  /** One line, at most {@link MAX_SUBJECT_LENGTH} characters. */
  subject: string;
  /** Plain text, lines separated by "\n" (transports convert to CRLF). */
  body: string;
  /** ASCII attachment name ending in ".docx", at most 100 characters. */
  fileName: string;
}
