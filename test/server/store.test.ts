/** The SQLite outbox: durable rows, idempotency, atomic claims with leases, and the backoff arithmetic. */
import Database from 'better-sqlite3';
import { SubmissionStore } from '../../server/store';
import { backoffDelay, isPermanentSmtpError, messageIdFor } from '../../server/mailer';
import { tempDb } from './support/relay';

let db: ReturnType<typeof tempDb>;
let store: SubmissionStore;
const T0 = new Date('2026-11-25T02:00:00Z');
const input = (key: string | null, bytes = 'PK docx') => ({
  idempotencyKey: key,
  file: new TextEncoder().encode(bytes),
  fileName: 'BCTT_2026-Q4_CaNhan_NGUYEN-THI-MAI.docx',
  subject: '[BCTT Quý 4/2026] Gương điển hình tiên tiến (cá nhân): NGUYỄN THỊ MAI',
  body: 'Kính gửi: Phòng Giáo dục và Đào tạo Quận 1.',
  replyTo: null,
  period: '2026-Q4',
});

beforeEach(() => {
  db = tempDb();
  store = new SubmissionStore(db.dbPath);
});
afterEach(() => {
  store.close();
  db.cleanup();
});

describe('SubmissionStore', () => {
  it('stores a submission durably: a second connection to the file sees it, bytes and Vietnamese text intact', () => {
    const result = store.insert(input('k-000000001'), T0);
    expect(result.kind).toBe('created');
    const id = result.kind === 'created' ? result.row.id : '';
    const other = new SubmissionStore(db.dbPath);
    try {
      expect(other.get(id)).toMatchObject({
        status: 'pending',
        attempts: 0,
        createdAt: T0.toISOString(),
        subject: input(null).subject,
      });
      expect(other.file(id)?.toString()).toBe('PK docx');
    } finally {
      other.close();
    }
  });

  it('keeps the bytes out of the row the outbox updates, and moves them out of a database made with them inside', () => {
    const created = store.insert(input(null, 'PK new'), T0);
    const raw = new Database(db.dbPath, { readonly: true });
    const columns = (raw.prepare('PRAGMA table_info(submissions)').all() as Array<{ name: string }>).map((c) => c.name);
    raw.close();
    expect(columns).not.toContain('file');
    store.close();

    // A database of the earlier layout: the file as a column of submissions, one unsent row.
    const old = tempDb();
    const legacy = new Database(old.dbPath);
    legacy.exec(`CREATE TABLE submissions (id TEXT PRIMARY KEY, created_at TEXT NOT NULL, idempotency_key TEXT UNIQUE,
      file_sha256 TEXT NOT NULL, file BLOB NOT NULL, file_name TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL,
      reply_to TEXT, period TEXT NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
      next_attempt_at INTEGER NOT NULL, claim_token TEXT, claim_expires_at INTEGER, sent_at TEXT, last_error TEXT)`);
    legacy
      .prepare(`INSERT INTO submissions (id, created_at, file_sha256, file, file_name, subject, body, period, status, next_attempt_at)
        VALUES ('AAAAAAAAAAAAAAAAAAAAAA', ?, 'x', ?, 'a.docx', 'Quý 4', 'Kính gửi', '2026-Q4', 'pending', 0)`)
      .run(T0.toISOString(), Buffer.from('PK cũ'));
    legacy.close();
    try {
      store = new SubmissionStore(old.dbPath);
      const claimed = store.claimNext(T0.getTime(), 60_000);
      expect(claimed?.id).toBe('AAAAAAAAAAAAAAAAAAAAAA');
      expect(claimed?.file.toString()).toBe('PK cũ');
      expect(store.insert(input(null), T0).kind).toBe('created');
      expect(store.count()).toBe(2);
    } finally {
      store.close();
      old.cleanup();
      store = new SubmissionStore(db.dbPath); // for afterEach
    }
    expect(created.kind === 'created' && store.file(created.row.id)?.toString()).toBe('PK new');
  });

  it('returns the earlier row for the same key and bytes, and a conflict for other bytes', () => {
    const first = store.insert(input('k-000000001'), T0);
    const again = store.insert(input('k-000000001'), T0);
    expect(again.kind).toBe('replayed');
    expect(again.kind === 'replayed' && first.kind === 'created' && again.row.id === first.row.id).toBe(true);
    expect(store.insert(input('k-000000001', 'other bytes'), T0).kind).toBe('conflict');
    expect(store.count()).toBe(1);
    expect(store.insert(input(null), T0).kind).toBe('created');
    expect(store.insert(input(null), T0).kind).toBe('created');
    expect(store.count()).toBe(3);
  });

  it('claims a row once: a second claim, from this or another connection, gets nothing while the lease holds', () => {
    const created = store.insert(input(null), T0);
    const now = T0.getTime();
    const claim = store.claimNext(now, 1000);
    expect(claim).toMatchObject({ status: 'sending', attempts: 1 });
    expect(claim?.file.toString()).toBe('PK docx');
    const other = new SubmissionStore(db.dbPath);
    try {
      expect(other.claimNext(now + 999, 1000)).toBeNull();
      // The lease expired: the row can be taken over; the first claim's token no longer counts.
      const takeover = other.claimNext(now + 1000, 1000);
      expect(takeover?.id).toBe(created.kind === 'created' ? created.row.id : '');
      expect(takeover?.attempts).toBe(2);
      expect(store.markSent(claim!.id, claim!.claimToken, new Date(now + 1001))).toBe(false);
      expect(other.markSent(takeover!.id, takeover!.claimToken, new Date(now + 1002))).toBe(true);
      expect(store.get(claim!.id)).toMatchObject({ status: 'sent', sentAt: new Date(now + 1002).toISOString() });
      expect(store.claimNext(now + 10_000_000, 1000)).toBeNull();
    } finally {
      other.close();
    }
  });

  it('schedules a retry, skips rows not yet due, and fails for good when told', () => {
    store.insert(input(null), T0);
    const now = T0.getTime();
    const claim = store.claimNext(now, 1000)!;
    expect(store.markFailed(claim.id, claim.claimToken, 'ECONNREFUSED', now + 500)).toBe(true);
    expect(store.get(claim.id)).toMatchObject({
      status: 'pending',
      lastError: 'ECONNREFUSED',
      nextAttemptAt: now + 500,
    });
    expect(store.nextWake()).toBe(now + 500);
    expect(store.claimNext(now + 499, 1000)).toBeNull();
    const again = store.claimNext(now + 500, 1000)!;
    expect(store.markFailed(again.id, again.claimToken, '550 mailbox unavailable', null)).toBe(true);
    expect(store.get(again.id)).toMatchObject({ status: 'failed', attempts: 2 });
    expect(store.nextWake()).toBeNull();
    expect(store.unsentCount()).toBe(0);
  });

  it('skips rows this process is already sending', () => {
    store.insert(input(null), T0);
    const a = store.claimNext(T0.getTime(), 1)!;
    expect(store.claimNext(T0.getTime() + 5, 1, new Set([a.id]))).toBeNull();
  });
});

describe('outbox arithmetic', () => {
  it('backs off exponentially with a cap and ±20 % jitter', () => {
    expect([1, 2, 3, 4, 10].map((n) => backoffDelay(n, 1000, 5000, () => 0.5))).toEqual([1000, 2000, 4000, 5000, 5000]);
    expect(backoffDelay(1, 1000, 5000, () => 0)).toBe(800);
    expect(backoffDelay(1, 1000, 5000, () => 1)).toBe(1200);
  });

  it('treats only 550–554 as permanent SMTP refusals', () => {
    expect(isPermanentSmtpError({ responseCode: 550 })).toBe(true);
    expect(isPermanentSmtpError({ responseCode: 554 })).toBe(true);
    for (const e of [
      { responseCode: 421 },
      { responseCode: 451 },
      { responseCode: 535 },
      new Error('ECONNREFUSED'),
      null,
    ]) {
      expect(isPermanentSmtpError(e)).toBe(false);
    }
  });

  it('uses the receipt as the Message-ID', () => {
    expect(messageIdFor('abc_DEF-123')).toBe('<abc_DEF-123@relay.bao-cao-thanh-tich>');
  });
});
