/**
 * Filing a received report (relay or mailbox) and reading the quarter: the .docx is read with the pane's reader
 * (src/docx/read.ts) and checked with the pane's rules (src/core/rules) at the reception instant; the file is kept
 * once per SHA-256. A quarter's view has one row per school with its status: onTime, late (days), errors, missing.
 */
import type Database from 'better-sqlite3';
import {
  type QuarterRef,
  daysLate,
  formatIsoDate,
  lastAllowedDay,
  parseQuarterLabel,
  periodFor,
  quarterForReception,
} from '../../src/core/calendar';
import type { DeadlineReading } from '../../src/core/rules/types';
import { isAppError } from '../../src/core/errors';
import type { Lang } from '../../src/core/i18n';
import { check, isReadyToSend } from '../../src/core/rules';
import type { Finding } from '../../src/core/rules/types';
import type { DocumentSnapshot } from '../../src/core/snapshot';
import { FIELD, reportSubjectName } from '../../src/core/template';
import { readDocx } from '../../src/docx/read';
import { ID_PATTERN, newId, putFile } from './db';
import { HttpError } from './http';
import type { School } from './schools';

// The answers' shapes live once, with the page that reads them (src/inbox/types.ts, server/inbox/API.md).
import type { Status, SubmissionDetail, SubmissionSummary } from '../../src/inbox/types';
import { type FindingReport, reportFinding } from '../../src/core/rules/report';
export type { FindingReport, Status, SubmissionDetail, SubmissionSummary };
export { reportFinding };
export const STATUSES: readonly Status[] = ['onTime', 'late', 'errors', 'missing'];

export interface NewReceived {
  bytes: Uint8Array;
  fileName: string;
  schoolId: string | null;
  source: 'relay' | 'imap';
  receivedAt: Date;
  relayReceipt?: string;
  /** Mailbox messages: a stable key of the message (UIDVALIDITY/UID or Message-ID), for de-duplication. */
  messageKey?: string;
  from?: string;
  mailSubject?: string;
}

interface Row {
  id: string;
  school_id: string | null;
  quarter: string;
  received_at: string;
  received_ms: number;
  source: 'relay' | 'imap';
  file_sha256: string;
  file_name: string;
  size: number;
  ready: number;
  error_count: number;
  warning_count: number;
  kind: 'individual' | 'collective' | null;
  subject_name: string;
  shortlisted: number;
  from_addr: string | null;
  mail_subject: string | null;
}

const SUMMARY_COLUMNS = `id, school_id, quarter, received_at, received_ms, source, file_sha256, file_name, size, ready,
  error_count, warning_count, kind, subject_name, shortlisted, from_addr, mail_subject`;

/** The quarter a report received at `at` is for (src/core/calendar/reception.ts). */
export { quarterForReception };

export function parseQuarter(label: string | undefined | null): QuarterRef {
  const q = label ? parseQuarterLabel(label) : null;
  if (!q || q.year < 2000 || q.year > 2100) throw new HttpError(400, 'inbox.quarter.invalid', { value: String(label ?? '').slice(0, 20) });
  return q;
}

function summaryOf(snapshot: DocumentSnapshot): string {
  const field = snapshot.fields[FIELD.summary];
  if (!field || field.showingPlaceholder) return '';
  return field.paragraphs ? field.paragraphs.join('\n') : field.text;
}

function fieldsOf(snapshot: DocumentSnapshot): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, f] of Object.entries(snapshot.fields)) {
    if (id === FIELD.summary || id === FIELD.models || id === FIELD.photo || f.showingPlaceholder) continue;
    out[id] = f.text.slice(0, 500);
  }
  return out;
}

export interface Checked {
  findings: Finding[];
  ready: boolean;
  kind: 'individual' | 'collective' | null;
  subjectName: string;
  summary: string;
  fields: Record<string, string>;
}

/** Reads and checks a .docx at `at`; an unreadable file becomes one error finding with the reader's message. */
export async function checkReport(bytes: Uint8Array, at: Date, reading: DeadlineReading, maxBytes: number): Promise<Checked> {
  let snapshot: DocumentSnapshot;
  try {
    snapshot = await readDocx(bytes, { maxInputBytes: maxBytes });
  } catch (error) {
    const message = isAppError(error) ? { key: error.messageKey, params: error.params } : { key: 'relay.unreadable' };
    return {
      findings: [{ rule: 'template.present', severity: 'error', message }],
      ready: false,
      kind: null,
      subjectName: '',
      summary: '',
      fields: {},
    };
  }
  const findings = check(snapshot, { now: at, deadlineReading: reading });
  return {
    findings,
    ready: isReadyToSend(findings) && !!snapshot.template,
    kind: snapshot.template?.id ?? null,
    subjectName: reportSubjectName(snapshot),
    summary: summaryOf(snapshot),
    fields: fieldsOf(snapshot),
  };
}

export class Submissions {
  constructor(
    private readonly db: Database.Database,
    private readonly reading: DeadlineReading,
    private readonly maxBytes: number,
  ) {}

  /** Files a received report; returns its id (or the earlier one for the same mailbox message and file). */
  async file(input: NewReceived, checked?: Checked): Promise<string> {
    const result = checked ?? (await checkReport(input.bytes, input.receivedAt, this.reading, this.maxBytes));
    return this.insert(input, result);
  }

  /** The synchronous part of `file` (the bench uses it with a pre-computed check). */
  insert(input: NewReceived, result: Checked): string {
    const quarter = quarterForReception(input.receivedAt).label;
    return this.db.transaction(() => {
      const digest = putFile(this.db, input.bytes, input.receivedAt);
      if (input.messageKey) {
        const earlier = this.db
          .prepare('SELECT id FROM inbox_submissions WHERE message_key = ? AND file_sha256 = ?')
          .get(input.messageKey, digest) as { id: string } | undefined;
        if (earlier) return earlier.id;
      }
      const id = newId('r');
      const errors = result.findings.filter((f) => f.severity === 'error').length;
      const warnings = result.findings.filter((f) => f.severity === 'warning').length;
      this.db
        .prepare(
          `INSERT INTO inbox_submissions (id, school_id, quarter, received_at, received_ms, source, relay_receipt, message_key,
             file_sha256, file_name, size, ready, error_count, warning_count, kind, subject_name, findings, summary, fields,
             from_addr, mail_subject)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          id,
          input.schoolId,
          quarter,
          input.receivedAt.toISOString(),
          input.receivedAt.getTime(),
          input.source,
          input.relayReceipt ?? null,
          input.messageKey ?? null,
          digest,
          input.fileName.slice(0, 255),
          input.bytes.length,
          result.ready ? 1 : 0,
          errors,
          warnings,
          result.kind,
          result.subjectName.slice(0, 300),
          JSON.stringify(result.findings.map((f) => ({ rule: f.rule, severity: f.severity, field: f.field, message: f.message }))),
          result.summary,
          JSON.stringify(result.fields),
          input.from ?? null,
          input.mailSubject?.slice(0, 500) ?? null,
        );
      return id;
    })();
  }

  private chosenId(quarter: string): string | null {
    const row = this.db.prepare('SELECT submission_id FROM inbox_choices WHERE quarter = ?').get(quarter) as
      | { submission_id: string }
      | undefined;
    return row?.submission_id ?? null;
  }

  summaryOf(row: Row, chosenId: string | null): SubmissionSummary {
    return {
      id: row.id,
      receivedAt: row.received_at,
      source: row.source,
      fileName: row.file_name,
      ready: row.ready === 1,
      errorCount: row.error_count,
      warningCount: row.warning_count,
      kind: row.kind,
      subjectName: row.subject_name,
      shortlisted: row.shortlisted === 1,
      chosen: row.id === chosenId,
    };
  }

  row(id: string): Row | null {
    if (!ID_PATTERN.test(id)) return null;
    return (this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM inbox_submissions WHERE id = ?`).get(id) as Row | undefined) ?? null;
  }

  summary(id: string): SubmissionSummary | null {
    const row = this.row(id);
    return row ? this.summaryOf(row, this.chosenId(row.quarter)) : null;
  }

  detail(id: string, lang: Lang): SubmissionDetail | null {
    const row = this.row(id);
    if (!row) return null;
    const extra = this.db
      .prepare(
        `SELECT s.findings, s.summary, s.fields, sc.name AS school_name FROM inbox_submissions s
         LEFT JOIN inbox_schools sc ON sc.id = s.school_id WHERE s.id = ?`,
      )
      .get(id) as { findings: string; summary: string; fields: string; school_name: string | null };
    return {
      ...this.summaryOf(row, this.chosenId(row.quarter)),
      schoolId: row.school_id,
      schoolName: extra.school_name,
      quarter: row.quarter,
      sha256: row.file_sha256,
      size: row.size,
      from: row.from_addr,
      mailSubject: row.mail_subject,
      findings: (JSON.parse(extra.findings) as Finding[]).map((f) => reportFinding(f, lang)),
      summary: extra.summary,
      fields: JSON.parse(extra.fields) as Record<string, string>,
    };
  }

  errorFindings(id: string, lang: Lang): FindingReport[] {
    const raw = this.db.prepare('SELECT findings FROM inbox_submissions WHERE id = ?').get(id) as { findings: string };
    return (JSON.parse(raw.findings) as Finding[]).filter((f) => f.severity === 'error').map((f) => reportFinding(f, lang));
  }

  setShortlisted(id: string, on: boolean): SubmissionSummary {
    if (!this.row(id)) throw new HttpError(404, 'inbox.notFound');
    this.db.prepare('UPDATE inbox_submissions SET shortlisted = ? WHERE id = ?').run(on ? 1 : 0, id);
    return this.summary(id)!;
  }

  assign(id: string, schoolId: string | null, quarter: string | null): SubmissionSummary {
    const row = this.row(id);
    if (!row) throw new HttpError(404, 'inbox.notFound');
    if (schoolId !== null) this.db.prepare('UPDATE inbox_submissions SET school_id = ? WHERE id = ?').run(schoolId, id);
    if (quarter !== null) this.db.prepare('UPDATE inbox_submissions SET quarter = ? WHERE id = ?').run(quarter, id);
    return this.summary(id)!;
  }

  unsorted(): Array<SubmissionSummary & { from: string | null; mailSubject: string | null; quarter: string }> {
    const rows = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM inbox_submissions WHERE school_id IS NULL ORDER BY received_ms DESC LIMIT 500`)
      .all() as Row[];
    return rows.map((r) => ({ ...this.summaryOf(r, null), from: r.from_addr, mailSubject: r.mail_subject, quarter: r.quarter }));
  }

  fileRef(id: string): { sha256: string; fileName: string } | null {
    const row = this.row(id);
    return row ? { sha256: row.file_sha256, fileName: row.file_name } : null;
  }

  quarters(): string[] {
    return (this.db.prepare('SELECT DISTINCT quarter FROM inbox_submissions').all() as Array<{ quarter: string }>).map(
      (r) => r.quarter,
    );
  }

  /** The rows of a quarter for these schools (one per school), with counts. */
  quarterRows(q: QuarterRef, schools: School[], lang: Lang): QuarterRows {
    const lastDay = lastAllowedDay(q, this.reading);
    const deadline = periodFor(q, this.reading, lastDay).deadline.getTime();
    const chosenId = this.chosenId(q.label);
    const all = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM inbox_submissions WHERE quarter = ? ORDER BY received_ms, rowid`)
      .all(q.label) as Row[];
    const bySchool = new Map<string, Row[]>();
    let unsorted = 0;
    for (const r of all) {
      if (r.school_id === null) {
        unsorted += 1;
        continue;
      }
      const list = bySchool.get(r.school_id);
      if (list) list.push(r);
      else bySchool.set(r.school_id, [r]);
    }
    const counts = { total: schools.length, onTime: 0, late: 0, errors: 0, missing: 0, unsorted };
    const rows: QuarterRow[] = schools.map((school) => {
      const list = bySchool.get(school.id) ?? [];
      const latest = list.at(-1);
      const firstReady = list.find((r) => r.ready === 1);
      let status: Status;
      let lateDays: number | undefined;
      let errors: FindingReport[] | undefined;
      if (firstReady) {
        const late = daysLate(q, new Date(firstReady.received_ms), this.reading);
        if (late === 0) status = 'onTime';
        else {
          status = 'late';
          lateDays = late;
        }
      } else if (latest) {
        status = 'errors';
        errors = this.errorFindings(latest.id, lang);
      } else status = 'missing';
      counts[status] += 1;
      return {
        school: { id: school.id, name: school.name, ward: school.ward, cluster: school.cluster, emails: school.emails },
        status,
        ...(lateDays !== undefined ? { lateDays } : {}),
        ...(errors ? { errors } : {}),
        latest: latest ? this.summaryOf(latest, chosenId) : null,
        submissions: list.length,
      };
    });
    rows.sort((a, b) => (a.school.cluster ?? 9) - (b.school.cluster ?? 9));
    const shortlist = all.filter((r) => r.shortlisted === 1).map((r) => this.summaryOf(r, chosenId));
    return { lastDay: formatIsoDate(lastDay), deadline: new Date(deadline).toISOString(), counts, rows, shortlist, all };
  }

  /** Every filed submission of a quarter with its school (for the .zip). */
  latestFiles(quarter: string): Array<{ schoolId: string; sha256: string; fileName: string }> {
    return this.db
      .prepare(
        `SELECT schoolId, sha256, fileName FROM (
           SELECT school_id AS schoolId, file_sha256 AS sha256, file_name AS fileName,
             row_number() OVER (PARTITION BY school_id ORDER BY received_ms DESC, rowid DESC) AS n
           FROM inbox_submissions WHERE quarter = ? AND school_id IS NOT NULL) WHERE n = 1`,
      )
      .all(quarter) as Array<{ schoolId: string; sha256: string; fileName: string }>;
  }
}

export interface QuarterRow {
  school: { id: string; name: string; ward: string; cluster: number | null; emails: string[] };
  status: Status;
  lateDays?: number;
  errors?: FindingReport[];
  latest: SubmissionSummary | null;
  submissions: number;
}

export interface QuarterRows {
  lastDay: string;
  deadline: string;
  counts: { total: number; onTime: number; late: number; errors: number; missing: number; unsorted: number };
  rows: QuarterRow[];
  shortlist: SubmissionSummary[];
  all: Row[];
}
