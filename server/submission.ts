/**
 * From an upload to a mail: read the .docx safely, run the add-in's checks with the server's clock,
 * and build subject, body and file name with src/core/mail. Pure of HTTP; app.ts turns refusals into answers.
 */
import { AppError, isAppError, type MessageKey, type MessageParams } from '../src/core/errors';
import { reportingPeriod } from '../src/core/calendar';
import { cleanLine, isValidVideoLink, submissionMail, type SubmissionMail } from '../src/core/mail';
import { check, isReadyToSend } from '../src/core/rules';
import type { Finding } from '../src/core/rules/types';
import { isValidEmail } from '../src/core/settings/email';
import type { DocumentSnapshot } from '../src/core/snapshot';
import { reportSubjectName } from '../src/core/template';
import { readDocx } from '../src/docx/read';
import type { RelayConfig } from './config';
import '../src/mail/relayMessages';

/** Optional text fields of an upload and their longest value, in characters. Other fields are ignored. */
export const TEXT_FIELDS = {
  unitName: 300,
  senderName: 120,
  senderRole: 120,
  videoLink: 2048,
  replyTo: 254,
} as const;
export type TextField = keyof typeof TEXT_FIELDS;

/** A finding as the relay reports it: the localised message, plus its key and parameters for the add-in. */
export { type FindingReport, reportFinding } from '../src/core/rules/report';

/** A refused submission: an HTTP status and a message key (an AppError), with the findings when it is not ready. */
export class Refusal extends AppError {
  constructor(
    readonly status: number,
    key: MessageKey,
    params: MessageParams = {},
    readonly findings?: Finding[],
  ) {
    super(key, params);
  }

  /** The message key (AppError.messageKey), as the server's answers name it. */
  get key(): MessageKey {
    return this.messageKey;
  }
}

export interface PreparedSubmission {
  mail: SubmissionMail;
  replyTo: string | null;
  /** e.g. "2026-Q4". */
  period: string;
}

/** The cleaned, validated text fields; throws Refusal(400) for a value too long or malformed. */
export function readFields(raw: ReadonlyMap<string, string>): Partial<Record<TextField, string>> {
  const out: Partial<Record<TextField, string>> = {};
  for (const [name, max] of Object.entries(TEXT_FIELDS) as Array<[TextField, number]>) {
    const value = raw.get(name);
    if (value === undefined) continue;
    const clean = cleanLine(value);
    if (Array.from(clean).length > max) throw new Refusal(400, 'relay.fieldTooLong', { field: name, max });
    if (clean === '') continue;
    if (name === 'videoLink' && !isValidVideoLink(clean)) throw new Refusal(400, 'relay.invalidField', { field: name });
    if (name === 'replyTo' && !isValidEmail(clean)) throw new Refusal(400, 'relay.invalidField', { field: name });
    out[name] = clean;
  }
  return out;
}

/** The fields a submission cannot go without: the mail names the school and is signed by the sender. */
export const REQUIRED_FIELDS: readonly TextField[] = ['unitName', 'senderName'];

/** Throws Refusal(422, 'relay.senderMissing') unless the (cleaned) fields name the unit and the sender. */
export function requireSender(fields: Partial<Record<TextField, string>>): void {
  const missing = REQUIRED_FIELDS.filter((name) => !fields[name]);
  if (missing.length > 0) throw new Refusal(422, 'relay.senderMissing', { fields: missing.join(', ') });
}

/** What reading and checking needs from the configuration: plain data, so it can cross to a worker thread. */
export interface CheckSettings {
  /** The server's "now", ISO 8601. */
  now: string;
  deadlineReading: RelayConfig['deadlineReading'];
  recipientOffice: string;
  maxUploadBytes: number;
}

export function checkSettings(config: RelayConfig): CheckSettings {
  return {
    now: config.now().toISOString(),
    deadlineReading: config.deadlineReading,
    recipientOffice: config.recipientOffice,
    maxUploadBytes: config.maxUploadBytes,
  };
}

/** A job for the read pool (server/readWorker.ts) and its answer. */
export interface CheckJob {
  bytes: Uint8Array;
  fields: Partial<Record<TextField, string>>;
  settings: CheckSettings;
}
export type CheckAnswer =
  | { ok: PreparedSubmission }
  | { refusal: { status: number; key: MessageKey; params: Record<string, string | number>; findings?: Finding[] } };

/** Runs prepareSubmission and turns a refusal into data (for the worker thread). */
export async function checkJob(job: CheckJob): Promise<CheckAnswer> {
  try {
    return { ok: await prepareSubmission(job.bytes, job.fields, job.settings) };
  } catch (error) {
    if (error instanceof Refusal)
      return { refusal: { status: error.status, key: error.key, params: error.params, ...(error.findings ? { findings: error.findings } : {}) } };
    throw error;
  }
}

/** The refusal a CheckAnswer carries, as the Refusal app.ts answers; the prepared submission otherwise. */
export function fromAnswer(answer: CheckAnswer): PreparedSubmission {
  if ('ok' in answer) return answer.ok;
  const { status, key, params, findings } = answer.refusal;
  throw new Refusal(status, key, params, findings);
}

/**
 * Checks the fields and the report; throws Refusal(422) without the unit or the sender's name, Refusal(400) when the
 * file is not a readable .docx (with the reader's message) and Refusal(422) with the findings when it has errors.
 * Untrusted bytes: the relay runs this in its read pool (server/readPool.ts), never on its event loop.
 */
export async function prepareSubmission(
  bytes: Uint8Array,
  fields: Partial<Record<TextField, string>>,
  settings: CheckSettings,
): Promise<PreparedSubmission> {
  if (bytes.length === 0) throw new Refusal(400, 'relay.emptyFile');
  requireSender(fields);
  let snapshot: DocumentSnapshot;
  try {
    snapshot = await readDocx(bytes, { maxInputBytes: settings.maxUploadBytes });
  } catch (error) {
    if (isAppError(error)) throw new Refusal(400, error.messageKey, error.params);
    throw new Refusal(400, 'relay.unreadable');
  }
  const now = new Date(settings.now);
  const findings = check(snapshot, { now, deadlineReading: settings.deadlineReading });
  if (!isReadyToSend(findings) || !snapshot.template) {
    const errors = findings.filter((f) => f.severity === 'error').length;
    throw new Refusal(422, 'relay.notReady', { count: errors }, findings);
  }
  const period = reportingPeriod(now, { reading: settings.deadlineReading });
  let mail: SubmissionMail;
  try {
    mail = submissionMail({
      kind: snapshot.template.id,
      subjectName: reportSubjectName(snapshot),
      unitName: fields.unitName ?? '',
      senderName: fields.senderName ?? '',
      senderRole: fields.senderRole ?? '',
      recipientOffice: settings.recipientOffice,
      period: { year: period.year, quarter: period.quarter },
      ...(fields.videoLink ? { videoLink: fields.videoLink } : {}),
    });
  } catch (error) {
    if (error instanceof AppError) throw new Refusal(400, error.messageKey, error.params);
    throw error;
  }
  return { mail, replyTo: fields.replyTo ?? null, period: period.label };
}
