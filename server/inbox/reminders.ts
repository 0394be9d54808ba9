/**
 * Reminders: a configurable number of days before each quarter's last allowed day (and "send now"), mail every
 * school without a ready report for the quarter through the relay's SMTP transport (server/mailer.ts). Each
 * (quarter, reminder, school) is recorded before it is sent, so a school gets each reminder once, even when two
 * runs overlap; a send that fails is un-recorded so the next run tries again.
 */
import type Database from 'better-sqlite3';
import { type QuarterRef, daysBetween, formatVnDate, lastAllowedDay, quarterOf, nextQuarter, vietnamDateOf } from '../../src/core/calendar';
import type { DeadlineReading } from '../../src/core/rules/types';
import { type Lang, t } from '../../src/core/i18n';
import type { MailTransport } from '../mailer';
import { audit, getSetting, setSetting } from './db';
import { HttpError } from './http';
import type { Directory } from './schools';
import { type QuarterRow, type Submissions, quarterForReception } from './submissions';
// The settings' shape lives once, with the page that edits them (src/inbox/types.ts).
import type { ReminderSettings } from '../../src/inbox/types';

export type { ReminderSettings };

export const DEFAULT_REMINDERS: ReminderSettings = { daysBefore: [7, 2], enabled: true };

export interface ReminderContext {
  db: Database.Database;
  directory: Directory;
  submissions: Submissions;
  transport: MailTransport;
  from: string;
  to: string;
  office: string;
  reading: DeadlineReading;
  now: () => Date;
  log: (line: string) => void;
}

export interface PreviewEntry {
  id: string;
  name: string;
  emails: string[];
  status: QuarterRow['status'];
  errors?: string[];
}

export interface Preview {
  quarter: string;
  reminder: string;
  schools: PreviewEntry[];
  skipped: Array<{ id: string; name: string; reason: 'noEmail' | 'alreadyReminded' }>;
  subject: string;
  body: string;
}

export function reminderSettings(db: Database.Database): ReminderSettings {
  return getSetting(db, 'reminders', DEFAULT_REMINDERS);
}

export function saveReminderSettings(db: Database.Database, raw: Record<string, unknown>): ReminderSettings {
  const days = raw.daysBefore;
  if (
    !Array.isArray(days) ||
    days.length > 5 ||
    !days.every((d) => Number.isInteger(d) && (d as number) >= 0 && (d as number) <= 60)
  )
    throw new HttpError(400, 'inbox.invalid', {}, { fieldProblems: [{ field: 'daysBefore', code: 'inbox.badRequest' }] });
  const settings = {
    daysBefore: [...new Set(days as number[])].sort((a, b) => b - a),
    enabled: raw.enabled !== false,
  };
  setSetting(db, 'reminders', settings);
  return settings;
}

function alreadyReminded(db: Database.Database, quarter: string, reminder: string): Set<string> {
  return new Set(
    (
      db.prepare('SELECT school_id FROM inbox_reminders WHERE quarter = ? AND reminder = ?').all(quarter, reminder) as Array<{
        school_id: string;
      }>
    ).map((r) => r.school_id),
  );
}

function mailText(ctx: ReminderContext, q: QuarterRef, school: PreviewEntry | null, lang: Lang): { subject: string; body: string } {
  const lastDay = lastAllowedDay(q, ctx.reading);
  const daysLeft = Math.max(0, daysBetween(vietnamDateOf(ctx.now()), lastDay));
  const params = {
    quarter: q.quarter,
    year: String(q.year),
    date: formatVnDate(lastDay),
    daysLeft,
    school: school?.name ?? '…',
    office: ctx.office,
    to: ctx.to,
  };
  let body = t('inbox.reminder.body', params, lang);
  if (school?.errors?.length)
    body += '\n\n' + t('inbox.reminder.bodyErrors', { errors: school.errors.map((e) => `- ${e}`).join('\n') }, lang);
  return { subject: t('inbox.reminder.subject', params, lang), body };
}

/** Who a reminder would go to (schools missing or with errors, not yet reminded with this reminder, with an address). */
export function preview(ctx: ReminderContext, q: QuarterRef, reminder: string, lang: Lang = 'vi'): Preview {
  const view = ctx.submissions.quarterRows(q, ctx.directory.list(), lang);
  const done = alreadyReminded(ctx.db, q.label, reminder);
  const schools: PreviewEntry[] = [];
  const skipped: Preview['skipped'] = [];
  for (const row of view.rows) {
    if (row.status !== 'missing' && row.status !== 'errors') continue;
    const entry = { id: row.school.id, name: row.school.name };
    if (done.has(row.school.id)) skipped.push({ ...entry, reason: 'alreadyReminded' });
    else if (row.school.emails.length === 0) skipped.push({ ...entry, reason: 'noEmail' });
    else
      schools.push({
        ...entry,
        emails: row.school.emails,
        status: row.status,
        ...(row.errors ? { errors: row.errors.map((e) => e.message) } : {}),
      });
  }
  const text = mailText(ctx, q, null, lang);
  return { quarter: q.label, reminder, schools, skipped, ...text };
}

export interface SendResult {
  sent: Array<{ schoolId: string; to: string[] }>;
  skipped: Preview['skipped'];
  failed: Array<{ schoolId: string; code: string; error: string }>;
}

/** Sends one reminder of a quarter to every school the preview lists; records each before sending. */
export async function sendReminders(
  ctx: ReminderContext,
  q: QuarterRef,
  reminder: string,
  by: string | null,
  lang: Lang = 'vi',
): Promise<SendResult> {
  const plan = preview(ctx, q, reminder, 'vi');
  const result: SendResult = { sent: [], skipped: plan.skipped, failed: [] };
  const claim = ctx.db.prepare(
    'INSERT OR IGNORE INTO inbox_reminders (quarter, reminder, school_id, at, to_addrs, by_user) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const release = ctx.db.prepare('DELETE FROM inbox_reminders WHERE quarter = ? AND reminder = ? AND school_id = ?');
  for (const school of plan.schools) {
    const claimed = claim.run(q.label, reminder, school.id, ctx.now().toISOString(), school.emails.join(', '), by);
    if (claimed.changes !== 1) {
      result.skipped.push({ id: school.id, name: school.name, reason: 'alreadyReminded' });
      continue;
    }
    // Reminders are official mail to schools: always Vietnamese.
    const text = mailText(ctx, q, school, 'vi');
    try {
      await ctx.transport.sendMail({
        from: ctx.from,
        to: school.emails,
        subject: text.subject,
        text: text.body,
        headers: { 'X-Bctt-Reminder': `${q.label}/${reminder}` },
      });
      result.sent.push({ schoolId: school.id, to: school.emails });
      audit(ctx.db, by, 'reminded', school.id, `${q.label}/${reminder}`, ctx.now());
    } catch {
      release.run(q.label, reminder, school.id);
      ctx.log(`reminder ${q.label}/${reminder} to school ${school.id} failed`);
      result.failed.push({ schoolId: school.id, code: 'inbox.reminder.failed', error: t('inbox.reminder.failed', {}, lang) });
    }
  }
  return result;
}

/** The scheduled reminders due now: for the quarter being reported on, each `dN` whose day has come. */
export async function runScheduled(ctx: ReminderContext): Promise<SendResult | null> {
  const settings = reminderSettings(ctx.db);
  if (!settings.enabled || settings.daysBefore.length === 0) return null;
  const now = ctx.now();
  const today = vietnamDateOf(now);
  // The quarter whose deadline is next: the one reported on at `now` (previous quarter in its first month).
  const reception = quarterForReception(now);
  const q = daysBetween(today, lastAllowedDay(reception, ctx.reading)) >= 0 ? reception : nextQuarter(quarterOf(now));
  const left = daysBetween(today, lastAllowedDay(q, ctx.reading));
  // The latest reminder whose day has come (a server down on that day still sends it later, once).
  const due = settings.daysBefore.filter((d) => left <= d && left >= 0).sort((a, b) => a - b)[0];
  if (due === undefined) return null;
  return sendReminders(ctx, q, `d${due}`, null);
}

export interface ReminderLogEntry {
  at: string;
  quarter: string;
  reminder: string;
  schoolId: string;
  schoolName: string;
  to: string;
  by: string | null;
}

export function reminderLog(db: Database.Database, quarter: string | null): ReminderLogEntry[] {
  return db
    .prepare(
      `SELECT r.at, r.quarter, r.reminder, r.school_id AS schoolId, s.name AS schoolName, r.to_addrs AS "to", r.by_user AS "by"
       FROM inbox_reminders r JOIN inbox_schools s ON s.id = r.school_id
       WHERE ? IS NULL OR r.quarter = ? ORDER BY r.at DESC, r.rowid DESC LIMIT 2000`,
    )
    .all(quarter, quarter) as ReminderLogEntry[];
}
