/**
 * The server's maintenance commands (`npm run server -- <command>`):
 *   create-admin USERNAME   creates an administrator; the password is asked twice on a terminal, or read as the
 *                           first line of stdin when piped (no default password, no password in argv)
 *   backup FILE             a consistent copy of the database while the server runs (SQLite online backup)
 * The database is RELAY_DB (default ./relay.sqlite), as for the server.
 */
import { chmodSync, existsSync, linkSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import path from 'node:path';
import readline from 'node:readline';
import { Writable } from 'node:stream';
import { Accounts } from './auth';
import { defaultInboxConfig } from './config';
import { openInboxDb } from './db';
import { HttpError } from './http';
import { t } from '../../src/core/i18n';
import { DEFAULT_DB } from '../config';
import './messages';

export const COMMANDS = ['create-admin', 'backup'] as const;

function dbPathOf(env: Record<string, string | undefined>, cwd: string): string {
  return path.resolve(cwd, env.RELAY_DB?.trim() || DEFAULT_DB);
}

/** Opens the database, or says why not (Vietnamese, then English, naming RELAY_DB and the path) and returns null. */
function openOrSay(dbPath: string, stderr: NodeJS.WritableStream): Database.Database | null {
  try {
    return openInboxDb(dbPath);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    for (const lang of ['vi', 'en'] as const) stderr.write(`${t('relay.storeOpen', { path: dbPath, detail }, lang)}\n`);
    return null;
  }
}

/** Reads one line; on a terminal without echo. */
function ask(prompt: string, input: NodeJS.ReadableStream & { isTTY?: boolean }, output: NodeJS.WritableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    let muted = false;
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        if (!muted) output.write(chunk);
        done();
      },
    });
    const rl = readline.createInterface({ input, output: sink, terminal: !!input.isTTY });
    let answered = false;
    rl.question(prompt, (answer) => {
      answered = true;
      rl.close();
      if (input.isTTY) output.write('\n');
      resolve(answer);
    });
    muted = true;
    rl.on('close', () => {
      if (!answered) reject(new Error('no password given on stdin'));
    });
  });
}

export async function runCommand(
  argv: string[],
  io: {
    env: Record<string, string | undefined>;
    cwd: string;
    stdin: NodeJS.ReadableStream & { isTTY?: boolean };
    stdout: NodeJS.WritableStream;
    stderr: NodeJS.WritableStream;
  },
): Promise<number> {
  const [command, arg] = argv;
  const dbPath = dbPathOf(io.env, io.cwd);
  if (command === 'create-admin') {
    if (!arg) {
      io.stderr.write('usage: npm run server -- create-admin USERNAME  (password on stdin or asked)\n');
      return 2;
    }
    // Opened first, so a wrong RELAY_DB is said before a password is asked for.
    const db = openOrSay(dbPath, io.stderr);
    if (!db) return 1;
    let password: string;
    try {
      password = await ask('Mật khẩu / Password: ', io.stdin, io.stdout).catch(() => '');
    } catch (error) {
      db.close();
      throw error;
    }
    if (io.stdin.isTTY) {
      const again = await ask('Nhập lại / Again: ', io.stdin, io.stdout);
      if (again !== password) {
        db.close();
        io.stderr.write('Hai mật khẩu không khớp. / The passwords differ.\n');
        return 1;
      }
    } else io.stdout.write('\n');
    password = password.replace(/\r$/, '');
    try {
      const user = await new Accounts(db, defaultInboxConfig()).createUser(arg, password, 'admin');
      io.stdout.write(`admin "${user.username}" created in ${dbPath}\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      const problems = (error.extra.fieldProblems as Array<{ code: string; params?: Record<string, string | number> }> | undefined) ?? [
        { code: error.key, params: error.params },
      ];
      for (const lang of ['vi', 'en'] as const)
        for (const p of problems) io.stderr.write(`${t(p.code, p.params ?? {}, lang)}\n`);
      return 1;
    } finally {
      db.close();
    }
  }
  if (command === 'backup') {
    if (!arg) {
      io.stderr.write('usage: npm run server -- backup FILE\n');
      return 2;
    }
    const target = path.resolve(io.cwd, arg);
    if (existsSync(target)) {
      io.stderr.write(`Tệp đã có, không ghi đè. / Not overwriting an existing file: ${arg}\n`);
      return 1;
    }
    if (!existsSync(dbPath)) {
      io.stderr.write(`Không thấy cơ sở dữ liệu tại RELAY_DB (${dbPath}). / No database at RELAY_DB (${dbPath}).\n`);
      return 1;
    }
    const db = openOrSay(dbPath, io.stderr);
    if (!db) return 1;
    // Written beside the target under a temporary name, then linked to it: the target appears whole or not at
    // all, and link() fails rather than replace a file made meanwhile (never overwrites, even racing another copy).
    const partial = `${target}.${process.pid}.partial`;
    try {
      // better-sqlite3's db.backup: SQLite's online backup API. A write by another connection between two steps
      // restarts the copy, so the default 100 pages a step never ends while the server keeps writing (seen with a
      // writer committing in a loop: test/server/inbox/storage.test.ts). After the first step, copy every remaining
      // page in one step: one read transaction, a consistent snapshot, and WAL lets the server go on writing.
      await db.backup(partial, { progress: () => 0x7fffffff });
      // A single self-contained file: the copy leaves WAL mode (opening it, even read-only, then makes no -wal or
      // -shm beside it; the server turns WAL back on when a restored copy is opened as RELAY_DB). It holds
      // password hashes and every report: readable by its owner only.
      const copy = new Database(partial);
      try {
        copy.pragma('journal_mode = DELETE');
      } finally {
        copy.close();
      }
      chmodSync(partial, 0o600);
      linkSync(partial, target);
      io.stdout.write(`backup written: ${arg}\n`);
      return 0;
    } catch (error) {
      const detail = (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'EEXIST' : error instanceof Error ? error.message : String(error);
      io.stderr.write(`Không ghi được bản sao lưu ${arg} (${detail}). / Could not write the backup ${arg} (${detail}).\n`);
      return 1;
    } finally {
      db.close();
      rmSync(partial, { force: true });
    }
  }
  io.stderr.write(`unknown command: ${command}\n`);
  return 2;
}
