/**
 * Store before acknowledging, and know that you stored (issue 14): the relay answers 202 only for a submission
 * committed to the database file at RELAY_DB. With that file's folder deleted while the relay runs, uploads are
 * answered 503 (never 202) and the health check fails while the folder cannot be made again; what was acknowledged
 * is written back and survives a restart. SQLite start-up errors name RELAY_DB and the path, in both languages.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { completeIndividual } from './support/reports';
import { type TestRelay, startTestRelay, tempDb, upload, waitForStatus } from './support/relay';
import { TestSmtp } from './support/smtp';

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '..', '..');

describe('the database folder deleted while the relay runs', () => {
  let smtp: TestSmtp;
  let db: ReturnType<typeof tempDb>;
  const relays: TestRelay[] = [];

  beforeEach(async () => {
    smtp = await TestSmtp.start();
    db = tempDb();
  });
  afterEach(async () => {
    for (const relay of relays.splice(0)) await relay.close();
    await smtp.stop();
    db.cleanup();
  });

  it('answers 503 (never 202), fails its health check, and a restart loses nothing it acknowledged', async () => {
    const folder = path.join(db.dir, 'data');
    mkdirSync(folder);
    const dbPath = path.join(folder, 'relay.sqlite');
    smtp.mode = 'tempfail'; // SMTP down: acknowledged submissions wait in the database
    const relay = await startTestRelay(smtp.url, dbPath);
    relays.push(relay);
    const report = await completeIndividual();

    const first = await upload(relay.url, report);
    expect(first.status).toBe(202);
    const { receipt } = (await first.json()) as { receipt: string };
    expect((await fetch(`${relay.url}/healthz`)).status).toBe(200);

    // The folder goes, and a file takes its name so that it cannot be made again.
    rmSync(folder, { recursive: true, force: true });
    writeFileSync(folder, 'not a folder');
    const refused = await upload(relay.url, report);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('60');
    expect(((await refused.json()) as { code: string }).code).toBe('relay.storeUnavailable');
    const health = await fetch(`${relay.url}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'unavailable' });

    // Once the place is free again, the relay writes back what it holds and is healthy.
    rmSync(folder);
    expect((await fetch(`${relay.url}/healthz`)).status).toBe(200);
    await relay.close();
    relays.pop();

    // A restart on the same RELAY_DB, SMTP back: the acknowledged submission is delivered; the refused one never existed.
    smtp.mode = 'accept';
    const again = await startTestRelay(smtp.url, dbPath);
    relays.push(again);
    expect(again.store.count()).toBe(1);
    await waitForStatus(again.url, receipt, 'sent', 30_000);
    expect(smtp.accepted.map((m) => m.raw.includes(receipt))).toEqual([true]);
  });

  it('answers 503 while the folder is gone even before any health check, then recovers for the next upload', async () => {
    const folder = path.join(db.dir, 'data');
    mkdirSync(folder);
    const dbPath = path.join(folder, 'relay.sqlite');
    smtp.mode = 'tempfail';
    const relay = await startTestRelay(smtp.url, dbPath);
    relays.push(relay);
    const report = await completeIndividual();
    const first = (await (await upload(relay.url, report)).json()) as { receipt: string };
    rmSync(folder, { recursive: true, force: true });
    expect((await upload(relay.url, report)).status).toBe(503);
    // The refusal wrote the database back: the next upload is stored in the file at the path.
    const third = await upload(relay.url, report);
    expect(third.status).toBe(202);
    await relay.close();
    relays.pop();
    const again = await startTestRelay(smtp.url, dbPath);
    relays.push(again);
    expect(again.store.count()).toBe(2);
    expect(again.store.get(first.receipt)).not.toBeNull();
  });
});

describe('start-up errors of SQLite', () => {
  it('name RELAY_DB and the path, in Vietnamese then English, and exit 1', () => {
    const missing = path.join(tempDb().dir, 'no-such-folder', 'relay.sqlite');
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server', 'main.ts')], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        PORT: '0',
        SMTP_URL: 'smtp://127.0.0.1:2525',
        RELAY_FROM: 'relay@truong.edu.vn',
        RELAY_DB: missing,
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('Không mở được cơ sở dữ liệu SQLite');
    expect(lines[1]).toContain('Cannot open the relay server');
    for (const line of lines) {
      expect(line).toContain('RELAY_DB');
      expect(line).toContain(missing);
    }
  });
});
