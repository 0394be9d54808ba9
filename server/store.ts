/**
 * The relay's durable outbox: one SQLite table of submissions (better-sqlite3, WAL journal).
 * A submission is written, and committed, before the upload is acknowledged; the outbox worker
 * (mailer.ts) then claims rows one at a time and records what SMTP said.
 *
 * Status: pending → sending (claimed: claim_token + claim_expires_at) → sent | pending (retry later) | failed.
 * A claim is one UPDATE guarded by the row's current state, so two workers (even in two processes sharing
 * the file) can never both hold the same row. A claim whose lease expired (its worker died) is claimable again;
 * a worker alive renews its claim (renewClaim), so the lease can be short and a crashed worker's send resumes soon.
 *
 * Knowing that we stored: a commit on a file that is no longer the one at the configured path (the
 * folder deleted or replaced while the relay runs) is not storage. Before and after every insert the file at the
 * path must still be the one opened (same device and inode) and writable; otherwise the insert throws StoreGone and
 * the relay answers 503, never 202. The health check runs the same test plus a committed write. What the open
 * connection still holds is written back to the path (VACUUM INTO) as soon as its folder can be made again, so
 * nothing acknowledged is lost by a restart.
 */
import { createHash, randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
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
  /** SHA-256 of `file`, hex, when already computed (the relay's read pool does it off the event loop). */
  fileSha256?: string;
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
-- The bytes live apart from the row the outbox reads and updates: SQLite rewrites a whole record on UPDATE and walks
-- a large value's overflow pages to reach the columns after it, so a 10 MB file in the row made every claim, retry
-- and look at the outbox read or write 10 MB per stored submission (the relay's event loop stalled).
CREATE TABLE IF NOT EXISTS submission_files (
  id               TEXT PRIMARY KEY REFERENCES submissions (id),
  file             BLOB NOT NULL
);
`;

/** Databases made before submission_files kept the bytes in submissions.file: move them out, once. */
function moveFilesOutOfRows(db: Database.Database): void {
  const columns = db.prepare('PRAGMA table_info(submissions)').all() as Array<{ name: string }>;
  if (!columns.some((c) => c.name === 'file')) return;
  db.transaction(() => {
    db.exec('INSERT OR IGNORE INTO submission_files (id, file) SELECT id, file FROM submissions');
    db.exec('ALTER TABLE submissions DROP COLUMN file');
  }).immediate();
}

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

/** The database file is not (or no longer) the one at the configured path, or cannot be written. */
export class StoreGone extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`database ${file}: ${reason}`);
    this.name = 'StoreGone';
  }
}

/** SQLite could not open the database at start (missing folder, permissions, not a database…). */
export class StoreOpenError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`cannot open database ${file}: ${detail}`);
    this.name = 'StoreOpenError';
  }
}

interface Identity {
  dev: number;
  ino: number;
}

function identityOf(file: string): Identity | null {
  try {
    const s = statSync(file);
    return { dev: s.dev, ino: s.ino };
  } catch {
    return null;
  }
}

function openDatabase(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // FULL: a commit is on disk before the upload is acknowledged, even if the machine loses power.
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  moveFilesOutOfRows(db);
  return db;
}

export class SubmissionStore {
  private db: Database.Database;
  private identity: Identity;
  /** The database file, absolute. */
  readonly dbFile: string;

  /** Throws StoreOpenError (with SQLite's detail) when the database cannot be opened. */
  constructor(file: string) {
    this.dbFile = path.resolve(file);
    try {
      this.db = openDatabase(this.dbFile);
    } catch (error) {
      throw new StoreOpenError(this.dbFile, error instanceof Error ? error.message : String(error));
    }
    const identity = identityOf(this.dbFile);
    if (!identity) {
      this.db.close();
      throw new StoreOpenError(this.dbFile, 'the file vanished as it was opened');
    }
    this.identity = identity;
  }

  /** Why the open database is not safe storage now, or null when it is (same file at the path, writable). */
  problem(): string | null {
    const now = identityOf(this.dbFile);
    if (!now) return 'the database file (or its folder) was removed';
    if (now.dev !== this.identity.dev || now.ino !== this.identity.ino) return 'the database file was replaced by another file';
    try {
      accessSync(this.dbFile, constants.W_OK);
      accessSync(path.dirname(this.dbFile), constants.W_OK);
    } catch {
      return 'the database file or its folder is read-only';
    }
    return null;
  }

  /** Throws StoreGone when the store is not safe now (after trying to recover, for the next request). */
  private assertStored(): void {
    const problem = this.problem();
    if (!problem) return;
    this.recover();
    throw new StoreGone(this.dbFile, problem);
  }

  /**
   * Stores a new submission (status pending, due now), or finds the earlier one with the same idempotency key.
   * Throws StoreGone when the file is not the one opened, before or after the commit: the caller must not acknowledge.
   */
  insert(input: NewSubmission, now: Date): InsertResult {
    this.assertStored();
    // A write that failed on this connection (the outbox's, on a failing disk) may leave its transaction open; an
    // insert inside it would only be a savepoint, never committed. Roll it back and refuse this one.
    if (this.db.inTransaction) this.abandonTransaction('an earlier write failed and left its transaction open');
    let result: InsertResult;
    try {
      result = this.insertRow(input, now);
      if (this.db.inTransaction) this.abandonTransaction('the commit did not complete');
    } catch (error) {
      // The disk failed the write (a filesystem the kernel made read-only, I/O error, full, locked too long):
      // nothing was committed, so the relay answers 503 with nothing acknowledged.
      if (error instanceof StoreGone) throw error;
      if (error instanceof Database.SqliteError && !error.code.startsWith('SQLITE_CONSTRAINT')) {
        throw new StoreGone(this.dbFile, `the write failed: ${error.code} ${error.message}`);
      }
      throw error;
    }
    // The commit (synchronous = FULL) went to the file opened: it must still be the one at the path.
    this.assertStored();
    return result;
  }

  private abandonTransaction(reason: string): never {
    try {
      this.db.exec('ROLLBACK');
    } catch {
      // the disk refuses even that: the connection is left to SQLite's own recovery
    }
    throw new StoreGone(this.dbFile, reason);
  }

  private insertRow(input: NewSubmission, now: Date): InsertResult {
    const digest = input.fileSha256 ?? sha256(input.file);
    const run = this.db.transaction((): InsertResult => {
      if (input.idempotencyKey !== null) {
        const earlier = this.db
          .prepare(`SELECT ${COLUMNS} FROM submissions WHERE idempotency_key = ?`)
          .get(input.idempotencyKey) as RawRow | undefined;
        // A replay is the same request: same bytes and the same fields (which shape the mail), else a conflict.
        if (earlier)
          return earlier.file_sha256 === digest &&
            earlier.file_name === input.fileName &&
            earlier.subject === input.subject &&
            earlier.body === input.body &&
            (earlier.reply_to ?? null) === (input.replyTo ?? null)
            ? { kind: 'replayed', row: toRow(earlier) }
            : { kind: 'conflict' };
      }
      const id = newReceipt();
      this.db
        .prepare(
          `INSERT INTO submissions (id, created_at, idempotency_key, file_sha256, file_name, subject, body, reply_to,
             period, status, attempts, next_attempt_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?)`,
        )
        .run(
          id,
          now.toISOString(),
          input.idempotencyKey,
          digest,
          input.fileName,
          input.subject,
          input.body,
          input.replyTo,
          input.period,
          now.getTime(),
        );
      this.db
        .prepare('INSERT INTO submission_files (id, file) VALUES (?, ?)')
        .run(id, Buffer.from(input.file.buffer, input.file.byteOffset, input.file.byteLength));
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
    const raw = this.db.prepare('SELECT file FROM submission_files WHERE id = ?').get(id) as { file: Buffer } | undefined;
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
      const raw = this.db.prepare(`SELECT ${COLUMNS} FROM submissions WHERE id = ?`).get(candidate.id) as RawRow;
      const { file } = this.db.prepare('SELECT file FROM submission_files WHERE id = ?').get(candidate.id) as { file: Buffer };
      return { ...toRow(raw), file, claimToken: token };
    });
    return run.immediate();
  }

  /** Extends a claim still held (the worker is alive and still sending). False when the claim was lost. */
  renewClaim(id: string, token: string, until: number): boolean {
    return (
      this.db
        .prepare(`UPDATE submissions SET claim_expires_at = ? WHERE id = ? AND status = 'sending' AND claim_token = ?`)
        .run(until, id, token).changes === 1
    );
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

  /**
   * True when the database is safe storage now (for /healthz): the file at the path is the one opened, writable,
   * and a write commits. When the file is gone, first tries to write back what the connection holds (recover).
   */
  healthy(): boolean {
    if (this.problem() && !this.recover()) return false;
    try {
      this.db.prepare('CREATE TABLE IF NOT EXISTS health (id INTEGER PRIMARY KEY, at INTEGER NOT NULL)').run();
      this.db.prepare('INSERT OR REPLACE INTO health (id, at) VALUES (1, ?)').run(Date.now());
      return this.problem() === null;
    } catch {
      return false;
    }
  }

  /**
   * When the file at the path is gone (its folder deleted), writes what the open connection still holds back to the
   * path (VACUUM INTO, after making the folder again) and continues on that file. True when the store is safe
   * storage afterwards. A file replaced by another one, or a read-only place, is left to the operator.
   */
  recover(): boolean {
    if (!this.db.open) return false;
    const problem = this.problem();
    if (problem === null) return true;
    if (existsSync(this.dbFile)) return false;
    try {
      mkdirSync(path.dirname(this.dbFile), { recursive: true });
      this.db.prepare('VACUUM INTO ?').run(this.dbFile);
      const next = openDatabase(this.dbFile);
      const identity = identityOf(this.dbFile);
      if (!identity) {
        next.close();
        return false;
      }
      this.db.close();
      this.db = next;
      this.identity = identity;
      return this.problem() === null;
    } catch {
      return false;
    }
  }

  get open(): boolean {
    return this.db.open;
  }

  /** Closes the database; a database whose file was removed is first written back to its path when possible. */
  close(): void {
    if (!this.db.open) return;
    if (this.problem()) this.recover();
    this.db.close();
  }
}
