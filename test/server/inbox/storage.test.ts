/**
 * Storage (issue 15, item 8): every received file is kept under its SHA-256 and nothing received is ever
 * overwritten — a second upload of the same report or of a different one adds, never replaces, and SQLite itself
 * refuses to change or delete a stored file — and `npm run server -- backup FILE` makes a consistent copy while
 * another process keeps writing (SQLite's online backup, taken in one step so a busy database cannot keep
 * restarting it).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openInboxDb, putFile } from '../../../server/inbox/db';
import { completeIndividual } from '../support/reports';
import { Client, startInbox, submit, type InboxEnv } from './support';

jest.setTimeout(300_000);

const ROOT = path.join(__dirname, '../../..');
const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function serverCommand(args: string[], dbPath: string): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/server.mjs'), ...args], {
      env: { ...process.env, RELAY_DB: dbPath },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

describe('received files', () => {
  let env: InboxEnv;
  let key: string;
  let client: Client;

  beforeAll(async () => {
    env = await startInbox();
    client = await Client.login(env.relay.url);
    const { onboarding } = await client.json<{ onboarding: { key: string } }>(
      client.post('/api/inbox/schools', { name: 'Trường Tiểu học Lê Ngọc Hân', emails: [], ward: 'Phường Bến Thành', cluster: 2 }),
      201,
    );
    key = onboarding.key;
  });
  afterAll(() => env.stop());

  const files = () =>
    env.relay.inbox.db.prepare('SELECT sha256, size, bytes, created_at AS createdAt FROM inbox_files ORDER BY created_at, sha256').all() as Array<{
      sha256: string;
      size: number;
      bytes: Buffer;
      createdAt: string;
    }>;
  const submissions = () =>
    env.relay.inbox.db.prepare('SELECT id, file_sha256 AS sha256, received_at AS receivedAt FROM inbox_submissions ORDER BY received_ms, id').all() as Array<{
      id: string;
      sha256: string;
      receivedAt: string;
    }>;

  test('the same report sent twice is one stored file and two submissions; a different report adds a file and changes neither', async () => {
    const first = await completeIndividual(41);
    expect((await submit(env.relay.url, first, key)).status).toBe(202);
    const afterFirst = files();
    expect(afterFirst).toHaveLength(1);
    expect(afterFirst[0].sha256).toBe(sha(first));
    expect(sha(afterFirst[0].bytes)).toBe(afterFirst[0].sha256);

    // Identical bytes again, a day later: a second submission, the same stored file, untouched (same time stamp).
    env.clock.now = new Date(env.clock.now.getTime() + 86_400_000);
    expect((await submit(env.relay.url, first, key)).status).toBe(202);
    const afterSame = files();
    expect(afterSame).toEqual(afterFirst);
    const subsAfterSame = submissions();
    expect(subsAfterSame.map((s) => s.sha256)).toEqual([sha(first), sha(first)]);
    expect(subsAfterSame[0].receivedAt).not.toBe(subsAfterSame[1].receivedAt);

    // A different report (same school, same upload name "bao-cao.docx"): a new file beside the first.
    env.clock.now = new Date(env.clock.now.getTime() + 86_400_000);
    const second = await completeIndividual(42);
    expect(sha(second)).not.toBe(sha(first));
    expect((await submit(env.relay.url, second, key)).status).toBe(202);
    const afterDifferent = files();
    expect(afterDifferent).toHaveLength(2);
    expect(afterDifferent.find((f) => f.sha256 === sha(first))).toEqual(afterFirst[0]);
    expect(sha(afterDifferent.find((f) => f.sha256 === sha(second))!.bytes)).toBe(sha(second));
    const subs = submissions();
    expect(subs.slice(0, 2)).toEqual(subsAfterSame);
    expect(subs[2].sha256).toBe(sha(second));

    // Each submission downloads the bytes it was received with (a new session: two days have passed).
    client = await Client.login(env.relay.url);
    for (const [s, bytes] of [
      [subs[0], first],
      [subs[2], second],
    ] as const) {
      const res = await client.get(`/api/inbox/submissions/${s.id}/file`);
      expect(res.status).toBe(200);
      expect(sha(new Uint8Array(await res.arrayBuffer()))).toBe(sha(bytes));
    }
  });

  test('the database refuses to overwrite or delete a stored file, or to delete or re-point a submission', () => {
    const { db } = env.relay.inbox;
    const [file] = files();
    const [sub] = submissions();
    expect(() => db.prepare('UPDATE inbox_files SET bytes = ? WHERE sha256 = ?').run(Buffer.from('khác'), file.sha256)).toThrow(/never overwritten/);
    expect(() => db.prepare('UPDATE inbox_files SET created_at = ? WHERE sha256 = ?').run('2000-01-01T00:00:00.000Z', file.sha256)).toThrow(/never overwritten/);
    expect(() => db.prepare('DELETE FROM inbox_files WHERE sha256 = ?').run(file.sha256)).toThrow(/never deleted/);
    // INSERT OR REPLACE would delete and re-insert: the row already stored is kept instead.
    db.prepare('INSERT OR REPLACE INTO inbox_files (sha256, size, bytes, created_at) VALUES (?, 1, ?, ?)').run(file.sha256, Buffer.from('x'), 'now');
    expect(files()[0]).toEqual(file);
    expect(() => db.prepare('DELETE FROM inbox_submissions WHERE id = ?').run(sub.id)).toThrow(/never deleted/);
    expect(() => db.prepare('UPDATE inbox_submissions SET file_sha256 = ? WHERE id = ?').run(files()[1].sha256, sub.id)).toThrow(/keeps the file/);
    expect(() => db.prepare('UPDATE inbox_submissions SET received_at = ? WHERE id = ?').run('2000-01-01T00:00:00.000Z', sub.id)).toThrow(/keeps the file/);
    // What the office may change still changes: the shortlist flag (and the school or quarter a report is filed under).
    db.prepare('UPDATE inbox_submissions SET shortlisted = 1 WHERE id = ?').run(sub.id);
    expect(files()[0]).toEqual(file);
    expect(submissions()[0]).toEqual(sub);
  });

  test('putFile of bytes already stored keeps the first row (time stamp included)', () => {
    const { db } = env.relay.inbox;
    const before = files();
    const again = putFile(db, before[0].bytes, new Date('2030-01-01T00:00:00Z'));
    expect(again).toBe(before[0].sha256);
    expect(files()).toEqual(before);
  });
});

/**
 * A writer in another process: each transaction stores a new random file and a submission pointing at it, as the
 * intake does; it prints the count of committed pairs after each commit and runs until killed. It commits about
 * every millisecond (no fsync: its durability is not what is tested, and the machine is shared), far more often
 * than a backup in 100-page steps can finish between two commits.
 */
const WRITER = `
const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
const { createHash, randomBytes } = require('node:crypto');
const db = new Database(process.argv[1]);
db.pragma('journal_mode = WAL');
db.pragma('busy_timeout = 30000');
db.pragma('synchronous = OFF');
const putFile = db.prepare('INSERT INTO inbox_files (sha256, size, bytes, created_at) VALUES (?, ?, ?, ?)');
const putSub = db.prepare(\`INSERT INTO inbox_submissions (id, school_id, quarter, received_at, received_ms, source,
  file_sha256, file_name, size, ready, error_count, warning_count, findings) VALUES (?, NULL, '2026-Q3', ?, ?, 'relay', ?, ?, ?, 1, 0, 0, '[]')\`);
const pair = db.transaction((n) => {
  const bytes = randomBytes(16384);
  const digest = createHash('sha256').update(bytes).digest('hex');
  const at = new Date();
  putFile.run(digest, bytes.length, bytes, at.toISOString());
  putSub.run('w_' + n + '_' + digest.slice(0, 12), at.toISOString(), at.getTime(), digest, 'ghi-' + n + '.docx', bytes.length);
});
let n = 0;
(function loop() { pair(++n); process.stdout.write(n + '\\n'); setTimeout(loop, 1); })();
`;

describe('backup while another process writes', () => {
  let env: InboxEnv;
  let writer: ChildProcess | null = null;

  beforeAll(async () => {
    env = await startInbox();
  });
  afterAll(async () => {
    writer?.kill('SIGKILL');
    await env.stop();
  });

  test('the copy is a consistent state: every submission with its file, the bytes matching their hash', async () => {
    // A database of some size (about 25 MB of files), so that a backup in many small steps would see writes between them.
    const db = openInboxDb(env.dbPath);
    const fill = db.transaction(() => {
      for (let i = 0; i < 100; i++) putFile(db, randomBytes(256 * 1024), new Date());
    });
    fill();
    db.close();

    let committed = 0;
    writer = spawn(process.execPath, ['-e', WRITER, env.dbPath], { stdio: ['ignore', 'pipe', 'pipe'] });
    let writerErr = '';
    writer.stderr!.on('data', (c: Buffer) => (writerErr += c.toString()));
    // A writer that stops (SQLITE_BUSY…) fails the test with its message instead of leaving it waiting.
    const writerDied = new Promise<never>((_, reject) =>
      writer!.on('exit', (code, signal) => reject(new Error(`the writer stopped (${code ?? signal}): ${writerErr}`))),
    );
    writerDied.catch(() => undefined);
    const lines: Array<(n: number) => void> = [];
    let partial = '';
    writer.stdout!.on('data', (chunk: Buffer) => {
      partial += chunk.toString();
      const parts = partial.split('\n');
      partial = parts.pop()!;
      if (parts.length) committed = Number(parts[parts.length - 1]);
      for (const waiter of lines.splice(0)) waiter(committed);
    });
    const committedAtLeast = (n: number) =>
      Promise.race([
        new Promise<void>((resolve) => {
          const check = () => (committed >= n ? resolve() : lines.push(check));
          check();
        }),
        writerDied,
      ]);
    await committedAtLeast(20);

    const before = committed;
    const file = path.join(env.dir, 'sao-luu-dang-ghi.sqlite');
    const result = await serverCommand(['backup', file], env.dbPath);
    const after = committed;
    await committedAtLeast(after + 1); // the writer was still writing when the backup ended
    writer.removeAllListeners('exit');
    writer.kill('SIGKILL');
    writer = null;
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(after).toBeGreaterThan(before); // writes went on while the backup ran

    const copy = new Database(file, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.pragma('foreign_key_check')).toEqual([]);
      const written = (copy.prepare("SELECT count(*) AS n FROM inbox_submissions WHERE id LIKE 'w\\_%' ESCAPE '\\'").get() as { n: number }).n;
      // A committed state between the backup's start and end: every pair whole, none half-written.
      expect(written).toBeGreaterThanOrEqual(before);
      expect(written).toBeLessThanOrEqual(after + 1);
      const orphans = copy
        .prepare('SELECT count(*) AS n FROM inbox_submissions s LEFT JOIN inbox_files f ON f.sha256 = s.file_sha256 WHERE f.sha256 IS NULL')
        .get() as { n: number };
      expect(orphans.n).toBe(0);
      const rows = copy.prepare('SELECT sha256, bytes FROM inbox_files').iterate() as IterableIterator<{ sha256: string; bytes: Buffer }>;
      let count = 0;
      for (const row of rows) {
        expect(sha(row.bytes)).toBe(row.sha256);
        count++;
      }
      expect(count).toBe(100 + written);
      // The triggers that keep files from being overwritten come along in the copy.
      const names = (copy.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as Array<{ name: string }>).map((r) => r.name);
      expect(names).toEqual(expect.arrayContaining(['inbox_files_never_updated', 'inbox_files_never_deleted', 'inbox_submissions_never_deleted']));
    } finally {
      copy.close();
    }
  });
});
