/**
 * What the send view shows, from a check result and the settings: whether the report may be sent, the errors that
 * block it, and the submission's subject, body (with the optional video link) and file name (src/core/mail).
 */
import { AppError, isAppError } from '../../../core/errors';
import { isReadyToSend, type Finding } from '../../../core/rules';
import { formatVnDateTime as formatInstant } from '../../../core/calendar/format';
import { submissionMail, type SubmissionMail } from '../../../core/mail';
import type { Settings } from '../../../core/settings';
import type { DocumentSnapshot } from '../../../core/snapshot';
import { subjectName, type TemplateKind } from '../../../core/template';

export interface SendPlan {
  /** No error finding and a mail could be built. */
  ready: boolean;
  /** The error findings, in checklist order. */
  blocking: Finding[];
  mail: SubmissionMail | null;
  /** Why the mail could not be built, localised by the UI. */
  problem: AppError | null;
}

/** The person's or collective's name as written in the document: one home in src/core/template/roles.ts. */
export { subjectName };

export function sendPlan(
  result: {
    snapshot: DocumentSnapshot;
    findings: readonly Finding[];
    period: { year: number; quarter: 1 | 2 | 3 | 4 };
  },
  kind: TemplateKind,
  settings: Pick<Settings, 'unitName' | 'senderName' | 'senderRole' | 'recipientOffice'>,
  options: { videoLink?: string } = {},
): SendPlan {
  const blocking = result.findings.filter((f) => f.severity === 'error');
  let mail: SubmissionMail | null = null;
  let problem: AppError | null = null;
  try {
    mail = submissionMail({
      kind,
      subjectName: subjectName(result.snapshot, kind),
      unitName: settings.unitName,
      senderName: settings.senderName,
      senderRole: settings.senderRole,
      recipientOffice: settings.recipientOffice,
      period: { year: result.period.year, quarter: result.period.quarter },
      // submissionMail leaves an invalid link out; the view blocks sending while the link is invalid.
      ...(options.videoLink?.trim() ? { videoLink: options.videoLink.trim() } : {}),
    });
  } catch (e) {
    problem = isAppError(e) ? e : new AppError('ui.error.unexpected', { message: String(e) }, e);
  }
  return { ready: isReadyToSend(result.findings) && mail !== null, blocking, mail, problem };
}

/** "dd/mm/yyyy HH:mm" in Vietnam time (UTC+7) for a recorded ISO instant; the text itself when it is not a date. */
export function formatSendTime(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : formatInstant(at);
}
