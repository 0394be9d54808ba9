/**
 * The inbox page's pure logic: status labels, the ward/cluster/status filters and the counts at the top of the
 * quarter. Messages come from the `inbox` area (status names shared with the server's exports) and `inboxPage`.
 */
import { hasMessage, registerCatalog, t, type Lang } from '../core/i18n/runtime';
import { inbox } from '../core/i18n/catalogs/inbox';
import { inboxPage } from '../core/i18n/catalogs/inboxPage';
import type { Counts, QuarterRow, Status } from './types';

registerCatalog(inbox, inboxPage);

export const STATUSES: readonly Status[] = ['onTime', 'late', 'errors', 'missing'];

/** "Đúng hạn", "Trễ 3 ngày", "Gửi nhưng còn lỗi", "Chưa gửi" (or English). */
export function statusLabel(row: Pick<QuarterRow, 'status' | 'lateDays'>, lang: Lang): string {
  if (row.status === 'late') return t('inbox.status.late', { days: row.lateDays ?? 1 }, lang);
  return t(`inbox.status.${row.status}`, undefined, lang);
}

/** The status label followed by the error findings ("which"), for a row sent with errors. */
export function statusDetail(row: Pick<QuarterRow, 'status' | 'lateDays' | 'errors'>, lang: Lang): string {
  const label = statusLabel(row, lang);
  if (row.status !== 'errors' || !row.errors?.length) return label;
  return `${label}: ${row.errors.map((e) => e.message).join('; ')}`;
}

export interface RowFilters {
  ward: string;
  cluster: number | null;
  status: Status | '';
}

export const NO_FILTERS: RowFilters = { ward: '', cluster: null, status: '' };

/** Compares wards the way the office reads them: NFC, case-insensitive, surrounding spaces ignored. */
function sameText(a: string, b: string): boolean {
  return a.normalize('NFC').trim().toLocaleLowerCase('vi') === b.normalize('NFC').trim().toLocaleLowerCase('vi');
}

export function filterRows(rows: readonly QuarterRow[], filters: RowFilters): QuarterRow[] {
  return rows.filter(
    (row) =>
      (!filters.ward || sameText(row.school.ward ?? '', filters.ward)) &&
      (filters.cluster === null || row.school.cluster === filters.cluster) &&
      (!filters.status || row.status === filters.status),
  );
}

/** Counts of the shown rows (the server's `unsorted` is quarter-wide and kept). */
export function countRows(rows: readonly QuarterRow[], unsorted = 0): Counts {
  const counts: Counts = { total: rows.length, onTime: 0, late: 0, errors: 0, missing: 0, unsorted };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

/** "2026-Q3" → "Quý 3/2026" / "Quarter 3/2026"; anything else is shown as it is. */
export function quarterLabel(quarter: string, lang: Lang): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  return m ? t('inboxPage.quarter.label', { quarter: m[2], year: m[1] }, lang) : quarter;
}

/** An instant in Vietnam time, as the office reads it: "02/10/2026 08:30". */
export function formatInstant(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);
}

/** A calendar day "2026-10-02" → "02/10/2026". */
export function formatDay(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : day;
}

/** The emails of a directory form field: separated by commas, semicolons or spaces; empty parts dropped. */
export function parseEmails(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((e) => e.trim())
    .filter(Boolean);
}

/**
 * The reminder days typed on the page ("7, 2", "7 2", "7;2"): whole numbers 0–60, at most five, duplicates dropped,
 * largest first (as the server stores them); an empty text is no scheduled reminder. Null when a value is not valid.
 */
export function parseReminderDays(text: string): number[] | null {
  const parts = text
    .split(/[\s,;]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.every((p) => /^\d{1,2}$/.test(p) && Number(p) <= 60)) return null;
  const days = [...new Set(parts.map(Number))].sort((a, b) => b - a);
  return days.length <= 5 ? days : null;
}

/** The kinds of action the audit log is filtered by (the "who viewed, chose, exported and reminded", and the rest). */
export const AUDIT_GROUPS = ['viewed', 'chose', 'exported', 'reminded', 'signIn', 'accounts', 'directory'] as const;
export type AuditGroup = (typeof AUDIT_GROUPS)[number];

const AUDIT_GROUP_OF: Record<string, AuditGroup> = {
  viewed: 'viewed',
  chose: 'chose',
  unchose: 'chose',
  shortlisted: 'chose',
  exported: 'exported',
  reminded: 'reminded',
  reminderSettings: 'reminded',
  login: 'signIn',
  loginFailed: 'signIn',
  loginLocked: 'signIn',
  logout: 'signIn',
  passwordChanged: 'signIn',
  passwordWrong: 'signIn',
  userCreated: 'accounts',
  userDisabled: 'accounts',
  userEnabled: 'accounts',
  passwordReset: 'accounts',
};

/** The group of an audit action; actions on schools and submissions (import, keys, sorting, mailbox) are `directory`. */
export function auditGroupOf(action: string): AuditGroup {
  return AUDIT_GROUP_OF[action] ?? 'directory';
}

/** An audit action as the office reads it ("Đã xem", "Đã chọn"…); an action the page does not know is shown as it is. */
export function auditActionLabel(action: string, lang: Lang): string {
  const key = `inboxPage.audit.action.${action}`;
  return hasMessage(key) ? t(key, undefined, lang) : action;
}
