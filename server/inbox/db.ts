/**
 * The inbox's tables, in the relay's SQLite file (a second better-sqlite3 connection; WAL lets the relay's
 * outbox and the inbox write in turn). Files are stored once per SHA-256 and never overwritten
 * (`INSERT OR IGNORE`, and triggers that make SQLite refuse any UPDATE or DELETE of a file or any DELETE of a
 * submission); submissions, choices, reminders and the audit log only ever add rows or flags.
 */
import { createHash, randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
// The audit log's answer shape lives once, with the page that reads it (src/inbox/types.ts).
import type { AuditEntry } from '../../src/inbox/types';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS inbox_users (
  username      TEXT PRIMARY KEY,
  role          TEXT NOT NULL CHECK (role IN ('admin', 'staff')),
  password_hash TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  failed_count  INTEGER NOT NULL DEFAULT 0,
  failed_since  INTEGER NOT NULL DEFAULT 0,
  locked_until  INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS inbox_client_failures (
  client       TEXT PRIMARY KEY,
  failed_count INTEGER NOT NULL,
  failed_since INTEGER NOT NULL,
  locked_until INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS inbox_sessions (
  token_hash TEXT PRIMARY KEY,
  username   TEXT NOT NULL REFERENCES inbox_users(username),
  csrf       TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  last_seen  INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS inbox_schools (
  id            TEXT PRIMARY KEY,
  name          TEXT NOT NULL,
  name_key      TEXT NOT NULL,
  ward          TEXT NOT NULL DEFAULT '',
  cluster       INTEGER,
  emails        TEXT NOT NULL DEFAULT '[]',
  key_hash      TEXT UNIQUE,
  key_issued_at TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  archived      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS inbox_schools_name ON inbox_schools (name_key);
CREATE TABLE IF NOT EXISTS inbox_school_emails (
  email     TEXT PRIMARY KEY,
  school_id TEXT NOT NULL REFERENCES inbox_schools(id)
);
CREATE TABLE IF NOT EXISTS inbox_files (
  sha256     TEXT PRIMARY KEY,
  size       INTEGER NOT NULL,
  bytes      BLOB NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS inbox_submissions (
  id            TEXT PRIMARY KEY,
  school_id     TEXT REFERENCES inbox_schools(id),
  quarter       TEXT NOT NULL,
  received_at   TEXT NOT NULL,
  received_ms   INTEGER NOT NULL,
  source        TEXT NOT NULL CHECK (source IN ('relay', 'imap')),
  relay_receipt TEXT,
  message_key   TEXT,
  file_sha256   TEXT NOT NULL REFERENCES inbox_files(sha256),
  file_name     TEXT NOT NULL,
  size          INTEGER NOT NULL,
  ready         INTEGER NOT NULL,
  error_count   INTEGER NOT NULL,
  warning_count INTEGER NOT NULL,
  kind          TEXT,
  subject_name  TEXT NOT NULL DEFAULT '',
  findings      TEXT NOT NULL,
  summary       TEXT NOT NULL DEFAULT '',
  fields        TEXT NOT NULL DEFAULT '{}',
  from_addr     TEXT,
  mail_subject  TEXT,
  shortlisted   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS inbox_submissions_quarter ON inbox_submissions (quarter, school_id, received_ms);
CREATE UNIQUE INDEX IF NOT EXISTS inbox_submissions_message ON inbox_submissions (message_key, file_sha256)
  WHERE message_key IS NOT NULL;
CREATE TABLE IF NOT EXISTS inbox_choices (
  quarter       TEXT PRIMARY KEY,
  submission_id TEXT NOT NULL REFERENCES inbox_submissions(id),
  note          TEXT NOT NULL,
  by_user       TEXT NOT NULL,
  at            TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS inbox_reminders (
  quarter   TEXT NOT NULL,
  reminder  TEXT NOT NULL,
  school_id TEXT NOT NULL REFERENCES inbox_schools(id),
  at        TEXT NOT NULL,
  to_addrs  TEXT NOT NULL,
  by_user   TEXT,
  PRIMARY KEY (quarter, reminder, school_id)
);
CREATE TABLE IF NOT EXISTS inbox_settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
-- Nothing received is ever overwritten or removed: a file row is written once (INSERT OR IGNORE) and the database
-- itself refuses to change or delete it (an INSERT OR REPLACE of stored bytes is skipped, keeping the first row), or
-- to delete a submission or point it at other bytes.
CREATE TRIGGER IF NOT EXISTS inbox_files_first_kept BEFORE INSERT ON inbox_files
  WHEN EXISTS (SELECT 1 FROM inbox_files WHERE sha256 = NEW.sha256) BEGIN SELECT RAISE(IGNORE); END;
CREATE TRIGGER IF NOT EXISTS inbox_files_never_updated BEFORE UPDATE ON inbox_files
  BEGIN SELECT RAISE(ABORT, 'inbox_files rows are never overwritten'); END;
CREATE TRIGGER IF NOT EXISTS inbox_files_never_deleted BEFORE DELETE ON inbox_files
  BEGIN SELECT RAISE(ABORT, 'inbox_files rows are never deleted'); END;
CREATE TRIGGER IF NOT EXISTS inbox_submissions_never_deleted BEFORE DELETE ON inbox_submissions
  BEGIN SELECT RAISE(ABORT, 'inbox_submissions rows are never deleted'); END;
CREATE TRIGGER IF NOT EXISTS inbox_submissions_file_fixed
  BEFORE UPDATE OF file_sha256, file_name, size, received_at, received_ms, source ON inbox_submissions
  BEGIN SELECT RAISE(ABORT, 'a submission keeps the file and reception it was received with'); END;
CREATE TABLE IF NOT EXISTS inbox_audit (
  id       INTEGER PRIMARY KEY AUTOINCREMENT,
  at       TEXT NOT NULL,
  username TEXT,
  action   TEXT NOT NULL,
  target   TEXT,
  detail   TEXT
);
`;

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** An opaque id: a prefix and 96 random bits, base64url. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}

export const ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

export function openInboxDb(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  // Added after the first release: a disabled account keeps its name in the audit log but cannot sign in.
  const userColumns = db.prepare('PRAGMA table_info(inbox_users)').all() as Array<{ name: string }>;
  if (!userColumns.some((c) => c.name === 'disabled'))
    db.exec('ALTER TABLE inbox_users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0');
  return db;
}

/** Stores a file once per content; never overwrites. Returns its SHA-256. */
export function putFile(db: Database.Database, bytes: Uint8Array, now: Date): string {
  const digest = sha256Hex(bytes);
  db.prepare('INSERT OR IGNORE INTO inbox_files (sha256, size, bytes, created_at) VALUES (?, ?, ?, ?)').run(
    digest,
    bytes.length,
    Buffer.from(bytes),
    now.toISOString(),
  );
  return digest;
}

export function getFile(db: Database.Database, digest: string): Buffer | null {
  const row = db.prepare('SELECT bytes FROM inbox_files WHERE sha256 = ?').get(digest) as { bytes: Buffer } | undefined;
  return row ? row.bytes : null;
}

export function getSetting<T>(db: Database.Database, key: string, fallback: T): T {
  const row = db.prepare('SELECT value FROM inbox_settings WHERE key = ?').get(key) as { value: string } | undefined;
  if (!row) return fallback;
  try {
    return JSON.parse(row.value) as T;
  } catch {
    return fallback;
  }
}

export function setSetting(db: Database.Database, key: string, value: unknown): void {
  db.prepare(
    'INSERT INTO inbox_settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(value));
}

export type { AuditEntry };

export function audit(
  db: Database.Database,
  username: string | null,
  action: string,
  target: string | null = null,
  detail: string | null = null,
  at: Date = new Date(),
): void {
  db.prepare('INSERT INTO inbox_audit (at, username, action, target, detail) VALUES (?, ?, ?, ?, ?)').run(
    at.toISOString(),
    username,
    action,
    target,
    detail,
  );
}

export function auditEntries(db: Database.Database, limit: number, before?: number): AuditEntry[] {
  return db
    .prepare(
      `SELECT id, at, username, action, target, detail FROM inbox_audit WHERE id < ? ORDER BY id DESC LIMIT ?`,
    )
    .all(before ?? Number.MAX_SAFE_INTEGER, limit) as AuditEntry[];
}
