/**
 * `npm run server -- backup FILE` copies the database with SQLite's online backup while the server runs and
 * writes: the copy is consistent (integrity check), holds what was committed, and an existing file is never
 * overwritten. Files are stored once per SHA-256 and never replaced.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { completeIndividual } from '../support/reports';
import { Client, startInbox, submit, type InboxEnv } from './support';

jest.setTimeout(90_000);

let env: InboxEnv;

beforeAll(async () => {
  env = await startInbox();
});
afterAll(() => env.stop());

function server(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(__dirname, '../../../scripts/server.mjs'), ...args], {
      env: { ...process.env, RELAY_DB: env.dbPath },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

test('a backup taken while submissions arrive is consistent and holds every committed submission', async () => {
  const client = await Client.login(env.relay.url);
  const { onboarding } = await client.json<{ onboarding: { key: string } }>(
    client.post('/api/inbox/schools', { name: 'Trường THCS Nguyễn Du', emails: [], ward: 'Phường Bến Thành', cluster: 1 }),
    201,
  );
  const report = await completeIndividual();
  expect((await submit(env.relay.url, report, onboarding.key)).status).toBe(202);
  // Keep writing while the backup runs.
  const writes = (async () => {
    for (let i = 0; i < 5; i++) await submit(env.relay.url, await completeIndividual(100 + i), onboarding.key);
  })();
  const file = path.join(env.dir, 'sao-luu.sqlite');
  const result = await server(['backup', file]);
  await writes;
  expect(result.code).toBe(0);
  const copy = new Database(file, { readonly: true });
  try {
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    const n = (copy.prepare('SELECT count(*) AS n FROM inbox_submissions').get() as { n: number }).n;
    expect(n).toBeGreaterThanOrEqual(1);
    // The relay's outbox row is committed before the inbox's: the copy never has an inbox row without its outbox row.
    const relayRows = (copy.prepare('SELECT count(*) AS n FROM submissions').get() as { n: number }).n;
    expect(relayRows).toBeGreaterThanOrEqual(n);
    const digest = createHash('sha256').update(report).digest('hex');
    const stored = copy.prepare('SELECT bytes FROM inbox_files WHERE sha256 = ?').get(digest) as { bytes: Buffer };
    expect(createHash('sha256').update(stored.bytes).digest('hex')).toBe(digest);
    expect((copy.prepare('SELECT count(*) AS n FROM inbox_users').get() as { n: number }).n).toBe(1);
  } finally {
    copy.close();
  }
});

test('an existing file is never overwritten, and the same report twice is stored once', async () => {
  const file = path.join(env.dir, 'co-san.sqlite');
  writeFileSync(file, 'giữ nguyên');
  const result = await server(['backup', file]);
  expect(result.code).toBe(1);
  expect(result.err).toContain('Not overwriting');
  expect(existsSync(file)).toBe(true);
  const db = new Database(env.dbPath, { readonly: true });
  try {
    const files = db.prepare('SELECT count(*) AS n FROM inbox_files').get() as { n: number };
    const subs = db.prepare('SELECT count(DISTINCT file_sha256) AS n FROM inbox_submissions').get() as { n: number };
    expect(files.n).toBe(subs.n);
  } finally {
    db.close();
  }
  expect((await server(['backup'])).code).toBe(2);
});
