/**
 * The server's maintenance commands as an office runs them on a new machine (README "Deployment"): a wrong
 * RELAY_DB is said in Vietnamese and English with the path before any password is asked; a backup into a missing
 * folder says so and leaves nothing behind; a backup appears whole under its name, with no temporary file left.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import Database from 'better-sqlite3';
import { runCommand } from '../../../server/inbox/commands';

jest.setTimeout(60_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bctt-commands-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], env: Record<string, string>, input = ''): Promise<{ code: number; out: string; err: string }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  stdin.end(input);
  const code = await runCommand(args, { env, cwd: dir, stdin, stdout, stderr });
  return { code, out, err };
}

test('create-admin with RELAY_DB in a folder that does not exist says so, naming the path, before asking a password', async () => {
  const dbPath = path.join(dir, 'chua-tao', 'relay.sqlite');
  const result = await run(['create-admin', 'admin'], { RELAY_DB: dbPath }, 'mật-khẩu-đủ-dài-2026\n');
  expect(result.code).toBe(1);
  expect(result.out).toBe('');
  expect(result.err).toContain(`Không mở được cơ sở dữ liệu SQLite của máy chủ chuyển tiếp tại “${dbPath}”`);
  expect(result.err).toContain(`Cannot open the relay server's SQLite database at "${dbPath}"`);
  expect(existsSync(path.dirname(dbPath))).toBe(false);
});

test('create-admin from a pipe ends its prompt line, creates the account, and a backup of it is whole with nothing left over', async () => {
  const dbPath = path.join(dir, 'relay.sqlite');
  const created = await run(['create-admin', 'quantri'], { RELAY_DB: dbPath }, 'mật-khẩu-đủ-dài-2026\n');
  expect(created.code).toBe(0);
  expect(created.out).toBe(`Mật khẩu / Password: \nadmin "quantri" created in ${dbPath}\n`);

  const backup = await run(['backup', 'sao-luu.sqlite'], { RELAY_DB: dbPath });
  expect(backup).toEqual({ code: 0, out: 'backup written: sao-luu.sqlite\n', err: '' });
  expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
  // One self-contained file, readable by its owner only (it holds password hashes and every report).
  expect(statSync(path.join(dir, 'sao-luu.sqlite')).mode & 0o777).toBe(0o600);
  const copy = new Database(path.join(dir, 'sao-luu.sqlite'), { readonly: true });
  try {
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.prepare('SELECT username, role FROM inbox_users').all()).toEqual([{ username: 'quantri', role: 'admin' }]);
  } finally {
    copy.close();
  }
  expect(readdirSync(dir).filter((f) => f.startsWith('sao-luu'))).toEqual(['sao-luu.sqlite']);
});

test('a backup into a folder that does not exist fails with a message in both languages and writes nothing', async () => {
  const dbPath = path.join(dir, 'relay.sqlite');
  expect((await run(['create-admin', 'quantri'], { RELAY_DB: dbPath }, 'mật-khẩu-đủ-dài-2026\n')).code).toBe(0);
  const target = path.join(dir, 'khong-co', 'sao-luu.sqlite');
  const result = await run(['backup', target], { RELAY_DB: dbPath });
  expect(result.code).toBe(1);
  expect(result.err).toMatch(/^Không ghi được bản sao lưu .* \/ Could not write the backup /);
  expect(existsSync(path.dirname(target))).toBe(false);
  expect(readdirSync(dir).sort()).toEqual(['relay.sqlite', 'relay.sqlite-shm', 'relay.sqlite-wal'].filter((f) => existsSync(path.join(dir, f))));
});

test('backup without a database at RELAY_DB names the path and creates none', async () => {
  const dbPath = path.join(dir, 'khong-co.sqlite');
  const result = await run(['backup', 'sao-luu.sqlite'], { RELAY_DB: dbPath });
  expect(result.code).toBe(1);
  expect(result.err).toContain(dbPath);
  expect(existsSync(dbPath)).toBe(false);
  expect(existsSync(path.join(dir, 'sao-luu.sqlite'))).toBe(false);
});
