/**
 * Office accounts: argon2id password hashes (the `argon2` package), sessions (a random token in an HttpOnly,
 * SameSite=Strict cookie; only its SHA-256 is stored), a CSRF token per session, and lock-out after repeated
 * failures per username and per client address. A failed login always costs an argon2 verification (a dummy
 * hash for an unknown username) plus a fixed delay.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import argon2 from 'argon2';
import type Database from 'better-sqlite3';
import { audit, sha256Hex } from './db';
import type { InboxConfig } from './config';
import { HttpError } from './http';

// The answers' shapes live once, with the page that reads them (src/inbox/types.ts, server/inbox/API.md).
import type { Role, User } from '../../src/inbox/types';
export type { Role, User };

export interface Session {
  user: User;
  csrfToken: string;
  tokenHash: string;
}

export const SESSION_COOKIE = 'bctt_inbox';
export const SESSION_IDLE_MS = 2 * 60 * 60_000;
export const SESSION_MAX_MS = 12 * 60 * 60_000;
export const USER_MAX_FAILURES = 5;
export const CLIENT_MAX_FAILURES = 20;
export const FAILURE_WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;
export const MIN_PASSWORD_LENGTH = 10;
export const USERNAME_PATTERN = /^[a-z0-9._@-]{3,64}$/;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface UserRow {
  username: string;
  role: Role;
  password_hash: string;
  created_at: string;
  failed_count: number;
  failed_since: number;
  locked_until: number;
  disabled: number;
}

const userOf = (r: Pick<UserRow, 'username' | 'role' | 'created_at' | 'disabled'>): User => ({
  username: r.username,
  role: r.role,
  createdAt: r.created_at,
  disabled: r.disabled === 1,
});

export class Accounts {
  private dummyHash: Promise<string> | null = null;

  constructor(
    private readonly db: Database.Database,
    private readonly config: InboxConfig,
    private readonly clock: () => number = Date.now,
  ) {}

  private hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id, ...this.config.argon2 });
  }

  /** Creates an account; throws HttpError 400/409. */
  async createUser(username: string, password: string, role: Role): Promise<User> {
    const name = username.trim().toLowerCase();
    const problems = [];
    if (!USERNAME_PATTERN.test(name)) problems.push({ field: 'username', code: 'inbox.user.usernameInvalid' });
    if (Array.from(password).length < MIN_PASSWORD_LENGTH)
      problems.push({ field: 'password', code: 'inbox.user.passwordShort', params: { min: MIN_PASSWORD_LENGTH } });
    if (problems.length) throw new HttpError(400, 'inbox.invalid', {}, { fieldProblems: problems });
    if (this.db.prepare('SELECT 1 FROM inbox_users WHERE username = ?').get(name))
      throw new HttpError(409, 'inbox.user.exists', { username: name });
    const hash = await this.hash(password);
    const createdAt = new Date(this.clock()).toISOString();
    this.db
      .prepare('INSERT INTO inbox_users (username, role, password_hash, created_at) VALUES (?, ?, ?, ?)')
      .run(name, role, hash, createdAt);
    return { username: name, role, createdAt, disabled: false };
  }

  users(): User[] {
    return (
      this.db.prepare('SELECT username, role, created_at, disabled FROM inbox_users ORDER BY username').all() as UserRow[]
    ).map(userOf);
  }

  private userRow(username: string): UserRow {
    const row = this.db.prepare('SELECT * FROM inbox_users WHERE username = ?').get(username) as UserRow | undefined;
    if (!row) throw new HttpError(404, 'inbox.notFound');
    return row;
  }

  private checkPassword(password: string): void {
    if (Array.from(password).length < MIN_PASSWORD_LENGTH)
      throw new HttpError(400, 'inbox.invalid', {}, { fieldProblems: [{ field: 'password', code: 'inbox.user.passwordShort', params: { min: MIN_PASSWORD_LENGTH } }] });
  }

  /**
   * An administrator's change to another account: disable or enable it, or set a new password (a forgotten one).
   * Both end that account's sessions. Nobody disables their own account, so one administrator always remains.
   */
  async updateUser(by: Session, username: string, change: { disabled?: boolean; password?: string }): Promise<User> {
    const row = this.userRow(username);
    if (row.username === by.user.username && change.disabled !== undefined) throw new HttpError(409, 'inbox.user.self');
    if (change.password !== undefined) this.checkPassword(change.password);
    const hash = change.password !== undefined ? await this.hash(change.password) : row.password_hash;
    const disabled = change.disabled === undefined ? row.disabled : change.disabled ? 1 : 0;
    this.db.transaction(() => {
      this.db.prepare('UPDATE inbox_users SET disabled = ?, password_hash = ? WHERE username = ?').run(disabled, hash, row.username);
      if (disabled || change.password !== undefined)
        this.db.prepare('DELETE FROM inbox_sessions WHERE username = ?').run(row.username);
    })();
    return userOf({ ...row, disabled });
  }

  /**
   * A signed-in user's own new password: the current one is checked like a sign-in (a wrong one is slow, counts
   * toward the lock-out, answers 403 inbox.password.wrong); the user's other sessions end, this one stays.
   */
  async changePassword(session: Session, current: string, next: string, client: string): Promise<void> {
    const started = this.clock();
    const row = this.userRow(session.user.username);
    let ok = false;
    try {
      ok = await argon2.verify(row.password_hash, current.slice(0, 1024));
    } catch {
      ok = false;
    }
    if (!ok) {
      this.recordFailure(row.username, client, this.clock());
      audit(this.db, row.username, 'passwordWrong', client, null, new Date(this.clock()));
      await sleep(Math.max(0, this.config.failedLoginDelayMs - (this.clock() - started)));
      throw new HttpError(403, 'inbox.password.wrong');
    }
    this.checkPassword(next);
    const hash = await this.hash(next);
    this.db.transaction(() => {
      this.db.prepare('UPDATE inbox_users SET password_hash = ? WHERE username = ?').run(hash, row.username);
      this.db.prepare('DELETE FROM inbox_sessions WHERE username = ? AND token_hash <> ?').run(row.username, session.tokenHash);
    })();
  }

  userCount(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM inbox_users').get() as { n: number }).n;
  }

  /** Seconds the username or client is still locked for, or 0. */
  private lockedFor(row: { locked_until: number } | undefined, now: number): number {
    return row && row.locked_until > now ? Math.ceil((row.locked_until - now) / 1000) : 0;
  }

  private recordFailure(username: string, client: string, now: number): void {
    const bump = (table: string, keyCol: string, key: string, max: number, insert: boolean): void => {
      const row = this.db
        .prepare(`SELECT failed_count, failed_since FROM ${table} WHERE ${keyCol} = ?`)
        .get(key) as { failed_count: number; failed_since: number } | undefined;
      if (!row && !insert) return;
      const fresh = !row || now - row.failed_since > FAILURE_WINDOW_MS;
      const count = fresh ? 1 : row.failed_count + 1;
      const since = fresh ? now : row.failed_since;
      const lockedUntil = count >= max ? now + LOCK_MS : 0;
      if (!row)
        this.db
          .prepare(`INSERT INTO ${table} (${keyCol}, failed_count, failed_since, locked_until) VALUES (?, ?, ?, ?)`)
          .run(key, count, since, lockedUntil);
      else
        this.db
          .prepare(
            `UPDATE ${table} SET failed_count = ?, failed_since = ?, locked_until = max(locked_until, ?) WHERE ${keyCol} = ?`,
          )
          .run(count, since, lockedUntil, key);
    };
    this.db.transaction(() => {
      bump('inbox_users', 'username', username, USER_MAX_FAILURES, false);
      bump('inbox_client_failures', 'client', client, CLIENT_MAX_FAILURES, true);
    })();
  }

  /**
   * Checks a password. Resolves to the user and a new session, or rejects with HttpError 401 (after at least
   * `failedLoginDelayMs`) or 429 (locked).
   */
  async login(usernameInput: string, password: string, client: string): Promise<{ session: Session; token: string }> {
    const started = this.clock();
    const username = usernameInput.trim().toLowerCase().slice(0, 64);
    const now = this.clock();
    const row = this.db.prepare('SELECT * FROM inbox_users WHERE username = ?').get(username) as UserRow | undefined;
    const clientRow = this.db
      .prepare('SELECT locked_until FROM inbox_client_failures WHERE client = ?')
      .get(client) as { locked_until: number } | undefined;
    const locked = Math.max(this.lockedFor(row, now), this.lockedFor(clientRow, now));
    if (locked > 0) {
      audit(this.db, username || null, 'loginLocked', client, null, new Date(now));
      await sleep(this.config.failedLoginDelayMs);
      throw new HttpError(429, 'inbox.auth.locked', { minutes: Math.ceil(locked / 60) }, {}, { 'Retry-After': String(locked) });
    }
    this.dummyHash ??= this.hash(randomBytes(16).toString('hex'));
    let ok = false;
    try {
      ok = await argon2.verify(row ? row.password_hash : await this.dummyHash, password.slice(0, 1024));
    } catch {
      ok = false;
    }
    // A disabled account is refused exactly like a wrong password (nothing tells it exists).
    if (!row || !ok || row.disabled) {
      this.recordFailure(username, client, this.clock());
      audit(this.db, username || null, 'loginFailed', client, null, new Date(this.clock()));
      const elapsed = this.clock() - started;
      await sleep(Math.max(0, this.config.failedLoginDelayMs - elapsed));
      throw new HttpError(401, 'inbox.auth.invalid');
    }
    this.db
      .prepare('UPDATE inbox_users SET failed_count = 0, failed_since = 0, locked_until = 0 WHERE username = ?')
      .run(username);
    const token = randomBytes(32).toString('base64url');
    const csrf = randomBytes(32).toString('base64url');
    const at = this.clock();
    const tokenHash = sha256Hex(token);
    this.db
      .prepare('INSERT INTO inbox_sessions (token_hash, username, csrf, created_at, last_seen) VALUES (?, ?, ?, ?, ?)')
      .run(tokenHash, username, csrf, at, at);
    this.db.prepare('DELETE FROM inbox_sessions WHERE last_seen < ? OR created_at < ?').run(
      at - SESSION_IDLE_MS,
      at - SESSION_MAX_MS,
    );
    audit(this.db, username, 'login', client, null, new Date(at));
    return {
      token,
      session: { user: userOf(row), csrfToken: csrf, tokenHash },
    };
  }

  /** The session of a cookie token, or null (unknown, idle too long, too old); refreshes its idle clock. */
  session(token: string | undefined): Session | null {
    if (!token || token.length > 100) return null;
    const tokenHash = sha256Hex(token);
    const row = this.db
      .prepare(
        `SELECT s.csrf, s.created_at, s.last_seen, u.username, u.role, u.created_at AS user_created
         FROM inbox_sessions s JOIN inbox_users u ON u.username = s.username WHERE s.token_hash = ? AND u.disabled = 0`,
      )
      .get(tokenHash) as
      | { csrf: string; created_at: number; last_seen: number; username: string; role: Role; user_created: string }
      | undefined;
    if (!row) return null;
    const now = this.clock();
    if (now - row.last_seen > SESSION_IDLE_MS || now - row.created_at > SESSION_MAX_MS) {
      this.db.prepare('DELETE FROM inbox_sessions WHERE token_hash = ?').run(tokenHash);
      return null;
    }
    if (now - row.last_seen > 60_000)
      this.db.prepare('UPDATE inbox_sessions SET last_seen = ? WHERE token_hash = ?').run(now, tokenHash);
    return {
      user: { username: row.username, role: row.role, createdAt: row.user_created, disabled: false },
      csrfToken: row.csrf,
      tokenHash,
    };
  }

  logout(session: Session): void {
    this.db.prepare('DELETE FROM inbox_sessions WHERE token_hash = ?').run(session.tokenHash);
  }
}

/** Constant-time comparison of the CSRF header with the session's token. */
export function csrfMatches(session: Session, header: string | string[] | undefined): boolean {
  if (typeof header !== 'string') return false;
  const a = Buffer.from(header);
  const b = Buffer.from(session.csrfToken);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function sessionCookie(token: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${SESSION_MAX_MS / 1000}${secure ? '; Secure' : ''}`;
}

export function clearedCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure ? '; Secure' : ''}`;
}
