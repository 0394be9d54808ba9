/**
 * The relay's durable outbox: one SQLite table of submissions (better-sqlite3, WAL journal).
 * A submission is written, and committed, before the upload is acknowledged; the outbox worker
 * (mailer.ts) then claims rows one at a time and records what SMTP said.
 *
 * Status: pending → sending (claimed: claim_token + claim_expires_at) → sent | pending (retry later) | failed.
 * A claim is one UPDATE guarded by the row's current state, so two workers (even in two processes sharing
 * the file) can never both hold the same row. A claim whose lease expired (its worker died) is claimable again.
 */
import { createHash, randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';

export type SubmissionStatus = 'pending' | 'sending' | 'sent' | 'failed';

export interface NewSubmission {
  idempotencyKey: string | null;
  file: Uint8Array;
  fileName: string;
  subject: string;
  body: string;
  replyTo: string | null;
  /** Reporting period the mail names, e.g. "2026-Q4" (for the add-in's send record). */
  period: string;
}

export interface SubmissionRow {
  id: string;
  createdAt: string;
  idempotencyKey: string | null;
  fileSha256: string;
  fileName: string;
  subject: string;
  body: string;
  replyTo: string | null;
  period: string;
  status: SubmissionStatus;
  attempts: number;
  nextAttemptAt: number;
  sentAt: string | null;
  lastError: string | null;
}

/** A row with its bytes, as claimed for sending. */
export interface ClaimedSubmission extends SubmissionRow {
  file: Buffer;
  claimToken: string;
}

export type InsertResult =
  | { kind: 'created'; row: SubmissionRow }
  /** The same idempotency key with the same bytes: the earlier submission. */
  | { kind: 'replayed'; row: SubmissionRow }
  /** The same idempotency key with different bytes. */
  | { kind: 'conflict' };

const SCHEMA = `
CREATE TABLE IF NOT EXISTS submissions (
  id               TEXT PRIMARY KEY,
  created_at       TEXT NOT NULL,
  idempotency_key  TEXT UNIQUE,
  file_sha256      TEXT NOT NULL,
  file             BLOB NOT NULL,
  file_name        TEXT NOT NULL,
  subject          TEXT NOT NULL,
  body             TEXT NOT NULL,
  reply_to         TEXT,
  period           TEXT NOT NULL,
  status           TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
  attempts         INTEGER NOT NULL DEFAULT 0,
  next_attempt_at  INTEGER NOT NULL,
  claim_token      TEXT,
  claim_expires_at INTEGER,
  sent_at          TEXT,
  last_error       TEXT
);
CREATE INDEX IF NOT EXISTS submissions_due ON submissions (status, next_attempt_at);
`;

/** Columns of a row without the file bytes. */
const COLUMNS = `id, created_at, idempotency_key, file_sha256, file_name, subject, body, reply_to, period, status, attempts,
  next_attempt_at, sent_at, last_error`;

interface RawRow {
  id: string;
  created_at: string;
  idempotency_key: string | null;
  file_sha256: string;
  file_name: string;
  subject: string;
  body: string;
  reply_to: string | null;
  period: string;
  status: SubmissionStatus;
  attempts: number;
  next_attempt_at: number;
  sent_at: string | null;
  last_error: string | null;
}

function toRow(raw: RawRow): SubmissionRow {
  return {
    id: raw.id,
    createdAt: raw.created_at,
    idempotencyKey: raw.idempotency_key,
    fileSha256: raw.file_sha256,
    fileName: raw.file_name,
    subject: raw.subject,
    body: raw.body,
    replyTo: raw.reply_to,
    period: raw.period,
    status: raw.status,
    attempts: raw.attempts,
    nextAttemptAt: raw.next_attempt_at,
    sentAt: raw.sent_at,
    lastError: raw.last_error,
  };
}

/** A receipt: 128 random bits, base64url (22 characters), safe in a URL path. */
export function newReceipt(): string {
  return randomBytes(16).toString('base64url');
}

export const RECEIPT_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export class SubmissionStore {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // FULL: a commit is on disk before the upload is acknowledged, even if the machine loses power.
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
  }

  /** Stores a new submission (status pending, due now), or finds the earlier one with the same idempotency key. */
  insert(input: NewSubmission, now: Date): InsertResult {
    const digest = sha256(input.file);
    const run = this.db.transaction((): InsertResult => {
      if (input.idempotencyKey !== null) {
        const earlier = this.db
          .prepare(`SELECT ${COLUMNS} FROM submissions WHERE idempotency_key = ?`)
          .get(input.idempotencyKey) as RawRow | undefined;
        if (earlier)
          return earlier.file_sha256 === digest ? { kind: 'replayed', row: toRow(earlier) } : { kind: 'conflict' };
      }
      const id = newReceipt();
      this.db
        .prepare(
          `INSERT INTO submissions (id, created_at, idempotency_key, file_sha256, file, file_name, subject, body, reply_to,
             period, status, attempts, next_attempt_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?)`,
        )
        .run(
          id,
          now.toISOString(),
          input.idempotencyKey,
          digest,
          Buffer.from(input.file),
          input.fileName,
          input.subject,
          input.body,
          input.replyTo,
          input.period,
          now.getTime(),
        );
      return { kind: 'created', row: this.get(id)! };
    });
    return run.immediate();
  }

  get(id: string): SubmissionRow | null {
    const raw = this.db.prepare(`SELECT ${COLUMNS} FROM submissions WHERE id = ?`).get(id) as RawRow | undefined;
    return raw ? toRow(raw) : null;
  }

  /** The file bytes of a submission (for tests and audits). */
  file(id: string): Buffer | null {
    const raw = this.db.prepare('SELECT file FROM submissions WHERE id = ?').get(id) as { file: Buffer } | undefined;
    return raw ? raw.file : null;
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM submissions').get() as { n: number }).n;
  }

  /**
   * Claims the submission due first (pending and due, or sending with an expired lease), except `skip`
   * (rows this process is already sending). The claim counts as an attempt. Null when nothing is due.
   */
  claimNext(now: number, leaseMs: number, skip: ReadonlySet<string> = new Set()): ClaimedSubmission | null {
    const run = this.db.transaction((): ClaimedSubmission | null => {
      const candidates = this.db
        .prepare(
          `SELECT id FROM submissions
           WHERE (status = 'pending' AND next_attempt_at <= ?) OR (status = 'sending' AND claim_expires_at <= ?)
           ORDER BY next_attempt_at, created_at LIMIT ?`,
        )
        .all(now, now, skip.size + 1) as Array<{ id: string }>;
      const candidate = candidates.find((c) => !skip.has(c.id));
      if (!candidate) return null;
      const token = randomBytes(12).toString('base64url');
      const claimed = this.db
        .prepare(
          `UPDATE submissions SET status = 'sending', claim_token = ?, claim_expires_at = ?, attempts = attempts + 1
           WHERE id = ? AND ((status = 'pending' AND next_attempt_at <= ?) OR (status = 'sending' AND claim_expires_at <= ?))`,
        )
        .run(token, now + leaseMs, candidate.id, now, now);
      if (claimed.changes !== 1) return null;
      const raw = this.db
        .prepare(`SELECT ${COLUMNS}, file FROM submissions WHERE id = ?`)
        .get(candidate.id) as RawRow & { file: Buffer };
      return { ...toRow(raw), file: raw.file, claimToken: token };
    });
    return run.immediate();
  }

  /** Records that SMTP accepted the message. False when the claim was lost (lease expired and taken over). */
  markSent(id: string, token: string, at: Date): boolean {
    return (
      this.db
        .prepare(
          `UPDATE submissions SET status = 'sent', sent_at = ?, last_error = NULL, claim_token = NULL, claim_expires_at = NULL
           WHERE id = ? AND status = 'sending' AND claim_token = ?`,
        )
        .run(at.toISOString(), id, token).changes === 1
    );
  }

  /** A failed attempt: back to pending, due at `nextAttemptAt`; or failed for good when `nextAttemptAt` is null. */
  markFailed(id: string, token: string, error: string, nextAttemptAt: number | null): boolean {
    const status: SubmissionStatus = nextAttemptAt === null ? 'failed' : 'pending';
    return (
      this.db
        .prepare(
          `UPDATE submissions SET status = ?, last_error = ?, next_attempt_at = coalesce(?, next_attempt_at),
             claim_token = NULL, claim_expires_at = NULL
           WHERE id = ? AND status = 'sending' AND claim_token = ?`,
        )
        .run(status, error.slice(0, 1000), nextAttemptAt, id, token).changes === 1
    );
  }

  /** When the outbox next has something to do (ms epoch), or null when it holds nothing unsent. */
  nextWake(): number | null {
    const row = this.db
      .prepare(
        `SELECT min(CASE status WHEN 'pending' THEN next_attempt_at ELSE claim_expires_at END) AS at
         FROM submissions WHERE status IN ('pending', 'sending')`,
      )
      .get() as { at: number | null };
    return row.at;
  }

  /** Unsent submissions (pending or sending), loaded at start so a restart resumes them. */
  unsentCount(): number {
    return (
      this.db.prepare(`SELECT count(*) AS n FROM submissions WHERE status IN ('pending', 'sending')`).get() as {
        n: number;
      }
    ).n;
  }

  /** True when the database answers (for /healthz). */
  healthy(): boolean {
    try {
      this.db.prepare('SELECT 1').get();
      return true;
    } catch {
      return false;
    }
  }

  get open(): boolean {
    return this.db.open;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
