/**
 * The office inbox inside the relay: its routes (server/inbox/API.md is the contract), the relay's school-key
 * check, filing of relay submissions, the mailbox poller and the reminder schedule.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type http from 'node:http';
import type Database from 'better-sqlite3';
import { type Lang, t } from '../../src/core/i18n';
import type { RelayConfig } from '../config';
import type { MailTransport } from '../mailer';
import { Accounts, type Role, type Session, SESSION_COOKIE, clearedCookie, csrfMatches, sessionCookie } from './auth';
import { audit, auditEntries, getFile, openInboxDb } from './db';
import { xlsxExport, zipExport, printHtml } from './exports';
import {
  HttpError,
  clientAddress,
  isHttps,
  ownOrigin,
  parseCookies,
  readBody,
  readJson,
  sendDownload,
  sendError,
  sendHtml,
  sendJson,
  sendNoContent,
} from './http';
import { type PollResult, pollMailbox } from './imap';
import { coveringLetterDocx } from './letter';
import { type ReminderContext, preview, reminderLog, reminderSettings, runScheduled, saveReminderSettings, sendReminders } from './reminders';
import { Directory, type School, onboarding, readImportFile, XLSX_MIME } from './schools';
import { STATUSES, type Status, Submissions, checkReport, parseQuarter, quarterForReception, type Checked } from './submissions';
import type { QuarterRef } from '../../src/core/calendar';
import './messages';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const API = '/api/inbox';

interface Request {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  url: URL;
  lang: Lang;
  method: string;
  session: Session | null;
}

export interface SchoolKeyCheck {
  ok: boolean;
  school: School | null;
  key?: 'relay.schoolKeyMissing' | 'relay.schoolKeyInvalid';
}

export class Inbox {
  readonly db: Database.Database;
  readonly accounts: Accounts;
  readonly directory: Directory;
  readonly submissions: Submissions;
  private readonly timers: NodeJS.Timeout[] = [];
  private polling: Promise<PollResult> | null = null;
  private lastPoll: { at: string | null; error: string | null } = { at: null, error: null };
  private checker: ((bytes: Uint8Array, at: Date) => Promise<Checked>) | null = null;
  private readonly reminderCtx: ReminderContext;

  constructor(
    private readonly config: RelayConfig,
    private readonly transport: MailTransport,
    private readonly staticDir: string | null,
  ) {
    this.db = openInboxDb(config.dbPath);
    this.accounts = new Accounts(this.db, config.inbox, () => config.now().getTime());
    this.directory = new Directory(this.db, config.now);
    this.submissions = new Submissions(this.db, config.deadlineReading, config.maxUploadBytes);
    this.reminderCtx = {
      db: this.db,
      directory: this.directory,
      submissions: this.submissions,
      transport,
      from: config.from,
      to: config.to,
      office: config.recipientOffice,
      reading: config.deadlineReading,
      now: config.now,
      log: config.log,
    };
  }

  /** Starts the mailbox poller and the reminder schedule (timers do not keep the process alive). */
  start(): void {
    const { inbox } = this.config;
    if (inbox.imapUrl) {
      const timer = setInterval(() => void this.poll().catch(() => undefined), inbox.imapPollMinutes * 60_000);
      timer.unref();
      this.timers.push(timer);
    }
    if (inbox.reminderCheckMinutes > 0) {
      const run = (): void =>
        void runScheduled(this.reminderCtx).catch((e: unknown) => this.config.log(`reminders failed: ${String(e)}`));
      const timer = setInterval(run, inbox.reminderCheckMinutes * 60_000);
      timer.unref();
      this.timers.push(timer);
    }
  }

  close(): void {
    for (const timer of this.timers) clearInterval(timer);
    if (this.db.open) this.db.close();
  }

  /** The relay's check of a submission's school key (Authorization: Bearer, or X-School-Key). */
  checkSchoolKey(req: http.IncomingMessage): SchoolKeyCheck {
    const auth = req.headers.authorization;
    const bearer = typeof auth === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(auth)?.[1] : undefined;
    const header = req.headers['x-school-key'];
    const key = bearer ?? (typeof header === 'string' ? header.trim() : undefined);
    if (!key) return this.config.inbox.requireSchoolKey ? { ok: false, school: null, key: 'relay.schoolKeyMissing' } : { ok: true, school: null };
    const school = this.directory.byKey(key);
    if (!school) return { ok: false, school: null, key: 'relay.schoolKeyInvalid' };
    return { ok: true, school };
  }

  /**
   * Where received reports are read and checked: the relay gives its read pool (untrusted bytes never on the event
   * loop); without one (tests of the inbox alone), Submissions.file reads them in this process.
   */
  useChecker(checker: (bytes: Uint8Array, at: Date) => Promise<Checked>): void {
    this.checker = checker;
  }

  /** Reads and checks a received report with the server's checker (its read pool), else in this process. */
  check(bytes: Uint8Array, at: Date): Promise<Checked> {
    return this.checker ? this.checker(bytes, at) : checkReport(bytes, at, this.config.deadlineReading, this.config.maxUploadBytes);
  }

  /** Files a submission the relay accepted (it passed the checks) under its school. */
  async fileRelay(school: School | null, bytes: Uint8Array, fileName: string, receipt: string, at: Date, checked?: Checked): Promise<void> {
    await this.submissions.file({ bytes, fileName, schoolId: school?.id ?? null, source: 'relay', receivedAt: at, relayReceipt: receipt }, checked);
  }

  /** One mailbox poll at a time; a second caller shares the first's result. */
  poll(): Promise<PollResult> {
    const url = this.config.inbox.imapUrl;
    if (!url) return Promise.reject(new HttpError(409, 'inbox.mailbox.notConfigured'));
    this.polling ??= pollMailbox(
      {
        url,
        insecureTls: this.config.inbox.imapInsecureTls,
        maxBytes: this.config.maxUploadBytes,
        log: this.config.log,
        ...(this.checker ? { check: this.checker } : {}),
      },
      this.directory,
      this.submissions,
    )
      .then(
        (result) => {
          this.lastPoll = { at: this.config.now().toISOString(), error: null };
          return result;
        },
        (error: unknown) => {
          this.lastPoll = { at: this.config.now().toISOString(), error: 'inbox.mailbox.failed' };
          this.config.log(`mailbox poll failed: ${error instanceof Error ? error.message : String(error)}`);
          throw new HttpError(502, 'inbox.mailbox.failed');
        },
      )
      .finally(() => {
        this.polling = null;
      });
    return this.polling;
  }

  runReminders(): ReturnType<typeof runScheduled> {
    return runScheduled(this.reminderCtx);
  }

  private baseUrl(req: http.IncomingMessage): string {
    return this.config.inbox.publicUrl ?? ownOrigin(req, null, this.config.inbox.trustProxy);
  }

  /** Handles the inbox's addresses; false when `path` is not one of them. */
  async handle(req: http.IncomingMessage, res: http.ServerResponse, url: URL, headerLang: Lang): Promise<boolean> {
    const p = url.pathname;
    const queryLang = url.searchParams.get('lang');
    const lang: Lang = queryLang === 'en' || queryLang === 'vi' ? queryLang : headerLang;
    if (p === '/manifest.xml' && this.staticDir) return this.serveManifest(req, res);
    if ((p === '/inbox' || p === '/inbox/') && this.staticDir) return this.serveInboxPage(req, res);
    if (p !== API && !p.startsWith(`${API}/`)) return false;
    const r: Request = { req, res, url, lang, method: req.method ?? 'GET', session: null };
    try {
      await this.route(r);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      if (!res.headersSent) sendError(res, lang, error);
    }
    return true;
  }

  private async serveManifest(req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    let xml: string;
    try {
      xml = await readFile(path.join(this.staticDir!, 'manifest.xml'), 'utf8');
    } catch {
      return false;
    }
    const base = this.baseUrl(req).replace(/&/g, '&amp;');
    const text = xml.replace(/https:\/\/localhost:3000/g, base);
    res.writeHead(200, {
      'Content-Type': 'application/xml; charset=utf-8',
      'Content-Length': Buffer.byteLength(text),
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : text);
    return true;
  }

  private async serveInboxPage(req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    let html: Buffer;
    try {
      html = await readFile(path.join(this.staticDir!, 'inbox.html'));
    } catch {
      return false;
    }
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': html.length,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
    });
    res.end(req.method === 'HEAD' ? undefined : html);
    return true;
  }

  private secure(req: http.IncomingMessage): boolean {
    return isHttps(req, this.config.inbox.trustProxy) || (this.config.inbox.publicUrl?.startsWith('https:') ?? false);
  }

  /** Every address of the API with its method and role (the router's own table: tests enumerate it). */
  routes(): RouteInfo[] {
    return this.table.map(({ method, path: p, role, public: open }) => ({
      method,
      path: `${API}${p}`,
      ...(role ? { role } : {}),
      ...(open ? { public: true } : {}),
    }));
  }

  /**
   * The router: the most specific pattern matching the path wins (literal segments before `:params`); then, in
   * order, the Origin check on changes, the session (401), the CSRF token on changes (403), 404 / 405, the role.
   */
  private async route(r: Request): Promise<void> {
    const { req, method } = r;
    const changing = method !== 'GET' && method !== 'HEAD';
    if (changing) {
      const origin = req.headers.origin;
      if (origin !== undefined && origin !== ownOrigin(req, this.config.inbox.publicUrl, this.config.inbox.trustProxy))
        throw new HttpError(403, 'inbox.csrf');
    }
    const found = matchRoutes(this.table, r.url.pathname.slice(API.length));
    const wanted = method === 'HEAD' ? 'GET' : method;
    const route = found?.routes.find((x) => x.method === wanted);
    const isPublic = found?.routes.some((x) => x.public) ?? false;
    if (!isPublic) {
      r.session = this.accounts.session(parseCookies(req.headers.cookie).get(SESSION_COOKIE));
      if (!r.session) {
        req.resume();
        throw new HttpError(401, 'inbox.auth.required');
      }
      if (changing && !csrfMatches(r.session, req.headers['x-csrf-token'])) {
        req.resume();
        throw new HttpError(403, 'inbox.csrf');
      }
    }
    if (!found) {
      req.resume();
      throw new HttpError(404, 'inbox.notFound');
    }
    if (!route) {
      req.resume();
      const allowed = found.routes.map((x) => x.method).flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m]));
      throw new HttpError(405, 'inbox.methodNotAllowed', { method: method.slice(0, 10) }, {}, { Allow: allowed.join(', ') });
    }
    if (route.role && r.session?.user.role !== route.role) {
      req.resume();
      throw new HttpError(403, 'inbox.forbidden');
    }
    await route.handle(r, found.params);
  }

  /** The user signed in (every route but /login has one). */
  private user(r: Request): string {
    return r.session!.user.username;
  }

  private log(r: Request, action: string, target: string | null = null, detail: string | null = null): void {
    audit(this.db, r.session ? r.session.user.username : null, action, target, detail, this.config.now());
  }

  /** The API's addresses (server/inbox/API.md). */
  private readonly table: Route[] = [
    { method: 'POST', path: '/login', public: true, handle: (r) => this.login(r) },
    {
      method: 'GET',
      path: '/session',
      handle: (r) => sendJson(r.res, 200, { user: r.session!.user, csrfToken: r.session!.csrfToken }),
    },
    {
      method: 'POST',
      path: '/logout',
      handle: (r) => {
        this.accounts.logout(r.session!);
        this.log(r, 'logout');
        sendNoContent(r.res, { 'Set-Cookie': clearedCookie(this.secure(r.req)) });
      },
    },
    { method: 'PUT', path: '/password', handle: (r) => this.changePassword(r) },
    { method: 'GET', path: '/users', role: 'admin', handle: (r) => sendJson(r.res, 200, { users: this.accounts.users() }) },
    { method: 'POST', path: '/users', role: 'admin', handle: (r) => this.createUser(r) },
    { method: 'PUT', path: '/users/:username', role: 'admin', handle: (r, p) => this.updateUser(r, p.username) },
    {
      method: 'GET',
      path: '/audit',
      role: 'admin',
      handle: (r) => {
        const q = r.url.searchParams;
        const limit = Math.min(1000, Math.max(1, Number(q.get('limit')) || 200));
        const before = Number(q.get('before')) || undefined;
        sendJson(r.res, 200, { entries: auditEntries(this.db, limit, before) });
      },
    },
    {
      method: 'GET',
      path: '/schools',
      handle: (r) => {
        const q = r.url.searchParams;
        const cluster = q.get('cluster') ? Number(q.get('cluster')) : undefined;
        sendJson(r.res, 200, { schools: this.directory.list({ ward: q.get('ward') || undefined, cluster, q: q.get('q') || undefined }) });
      },
    },
    {
      method: 'POST',
      path: '/schools',
      handle: async (r) => {
        const { school, key } = this.directory.create(await readJson(r.req));
        this.log(r, 'schoolCreated', school.id, school.name);
        sendJson(r.res, 201, { school, onboarding: await onboarding(school, key, this.target(r.req)) });
      },
    },
    { method: 'POST', path: '/schools/import', handle: (r) => this.importSchools(r) },
    {
      method: 'GET',
      path: '/schools/:id',
      handle: (r, p) => {
        const school = this.directory.get(p.id);
        if (!school) throw new HttpError(404, 'inbox.notFound');
        sendJson(r.res, 200, { school });
      },
    },
    {
      method: 'PUT',
      path: '/schools/:id',
      handle: async (r, p) => {
        const school = this.directory.update(p.id, await readJson(r.req));
        this.log(r, 'schoolUpdated', school.id, school.name);
        sendJson(r.res, 200, { school });
      },
    },
    {
      method: 'DELETE',
      path: '/schools/:id',
      handle: (r, p) => {
        this.directory.archive(p.id);
        this.log(r, 'schoolArchived', p.id);
        sendNoContent(r.res);
      },
    },
    {
      method: 'POST',
      path: '/schools/:id/key',
      handle: async (r, p) => {
        const { school, key } = this.directory.rotateKey(p.id);
        this.log(r, 'keyIssued', school.id, school.name);
        sendJson(r.res, 200, { onboarding: await onboarding(school, key, this.target(r.req)) });
      },
    },
    {
      method: 'GET',
      path: '/quarters',
      handle: (r) => {
        const current = quarterForReception(this.config.now()).label;
        const quarters = [...new Set([current, ...this.submissions.quarters()])].sort().reverse();
        sendJson(r.res, 200, { current, quarters, wards: this.directory.wards(), clusters: [1, 2, 3, 4, 5] });
      },
    },
    { method: 'GET', path: '/quarters/:q', handle: (r, p) => this.quarterView(r, p.q) },
    { method: 'PUT', path: '/quarters/:q/choice', handle: (r, p) => this.choose(r, p.q) },
    {
      method: 'DELETE',
      path: '/quarters/:q/choice',
      handle: (r, p) => {
        const q = parseQuarter(p.q);
        this.db.prepare('DELETE FROM inbox_choices WHERE quarter = ?').run(q.label);
        this.log(r, 'unchose', q.label);
        sendNoContent(r.res);
      },
    },
    { method: 'GET', path: '/quarters/:q/letter', handle: (r, p) => this.letter(r, p.q) },
    {
      method: 'GET',
      path: '/quarters/:q/export.xlsx',
      handle: async (r, p) => {
        const { q, view } = this.view(r, p.q);
        const bytes = await xlsxExport(q, view, r.lang);
        this.log(r, 'exported', q.label, 'xlsx');
        sendDownload(r.res, bytes, XLSX_MIME, t('inbox.export.fileXlsx', quarterNames(q), r.lang));
      },
    },
    {
      method: 'GET',
      path: '/quarters/:q/export.zip',
      handle: async (r, p) => {
        const q = parseQuarter(p.q);
        const view = this.submissions.quarterRows(q, this.directory.list(), r.lang);
        const bytes = await zipExport(this.db, q, view, this.submissions.latestFiles(q.label), r.lang);
        this.log(r, 'exported', q.label, 'zip');
        sendDownload(r.res, bytes, 'application/zip', t('inbox.export.fileZip', quarterNames(q), r.lang));
      },
    },
    {
      method: 'GET',
      path: '/quarters/:q/print',
      handle: (r, p) => {
        const { q, view } = this.view(r, p.q);
        this.log(r, 'exported', q.label, 'print');
        sendHtml(r.res, printHtml(q, view, r.lang, this.config.now()));
      },
    },
    {
      method: 'GET',
      path: '/submissions/:id',
      handle: (r, p) => {
        const detail = this.submissions.detail(p.id, r.lang);
        if (!detail) throw new HttpError(404, 'inbox.notFound');
        this.log(r, 'viewed', p.id, 'submission');
        sendJson(r.res, 200, { submission: detail });
      },
    },
    {
      method: 'GET',
      path: '/submissions/:id/file',
      handle: (r, p) => {
        const ref = this.submissions.fileRef(p.id);
        const bytes = ref ? getFile(this.db, ref.sha256) : null;
        if (!ref || !bytes) throw new HttpError(404, 'inbox.notFound');
        this.log(r, 'viewed', p.id, 'file');
        sendDownload(r.res, bytes, DOCX_MIME, ref.fileName, { ETag: `"${ref.sha256}"` });
      },
    },
    {
      method: 'POST',
      path: '/submissions/:id/shortlist',
      handle: async (r, p) => {
        const body = await readJson(r.req);
        const submission = this.submissions.setShortlisted(p.id, body.shortlisted !== false);
        this.log(r, 'shortlisted', p.id, String(body.shortlisted !== false));
        sendJson(r.res, 200, { submission });
      },
    },
    { method: 'POST', path: '/submissions/:id/assign', handle: (r, p) => this.assign(r, p.id) },
    { method: 'GET', path: '/unsorted', handle: (r) => sendJson(r.res, 200, { items: this.submissions.unsorted() }) },
    { method: 'GET', path: '/reminders/settings', handle: (r) => sendJson(r.res, 200, reminderSettings(this.db)) },
    {
      method: 'PUT',
      path: '/reminders/settings',
      handle: async (r) => {
        const settings = saveReminderSettings(this.db, await readJson(r.req));
        this.log(r, 'reminderSettings', null, `${settings.enabled ? 'on' : 'off'} ${settings.daysBefore.join(',')}`);
        sendJson(r.res, 200, settings);
      },
    },
    {
      method: 'GET',
      path: '/reminders/preview',
      handle: (r) => {
        const q = parseQuarter(r.url.searchParams.get('quarter') ?? quarterForReception(this.config.now()).label);
        sendJson(r.res, 200, preview(this.reminderCtx, q, 'manual', r.lang));
      },
    },
    {
      method: 'POST',
      path: '/reminders/send',
      handle: async (r) => {
        const body = await readJson(r.req);
        const q = parseQuarter(typeof body.quarter === 'string' ? body.quarter : null);
        sendJson(r.res, 200, await sendReminders(this.reminderCtx, q, 'manual', this.user(r), r.lang));
      },
    },
    {
      method: 'GET',
      path: '/reminders/log',
      handle: (r) => {
        const quarter = r.url.searchParams.get('quarter');
        sendJson(r.res, 200, { entries: reminderLog(this.db, quarter ? parseQuarter(quarter).label : null) });
      },
    },
    {
      method: 'GET',
      path: '/mailbox',
      handle: (r) =>
        sendJson(r.res, 200, {
          configured: !!this.config.inbox.imapUrl,
          lastPollAt: this.lastPoll.at,
          lastError: this.lastPoll.error,
          intervalMinutes: this.config.inbox.imapPollMinutes,
        }),
    },
    {
      method: 'POST',
      path: '/mailbox/poll',
      handle: async (r) => {
        r.req.resume();
        const result = await this.poll();
        this.log(r, 'mailboxPolled', null, JSON.stringify(result));
        sendJson(r.res, 200, result);
      },
    },
  ];

  private async login(r: Request): Promise<void> {
    const body = await readJson(r.req, 16 * 1024);
    const username = typeof body.username === 'string' ? body.username : '';
    const password = typeof body.password === 'string' ? body.password : '';
    if (!username || !password) throw new HttpError(400, 'inbox.badRequest');
    const client = clientAddress(r.req, this.config.inbox.trustProxy);
    const { session, token } = await this.accounts.login(username, password, client);
    sendJson(r.res, 200, { user: session.user, csrfToken: session.csrfToken }, { 'Set-Cookie': sessionCookie(token, this.secure(r.req)) });
  }

  private async createUser(r: Request): Promise<void> {
    const body = await readJson(r.req);
    const role = body.role === 'admin' || body.role === 'staff' ? body.role : null;
    if (!role) throw new HttpError(400, 'inbox.invalid', {}, { fieldProblems: [{ field: 'role', code: 'inbox.user.roleInvalid' }] });
    const user = await this.accounts.createUser(String(body.username ?? ''), String(body.password ?? ''), role);
    this.log(r, 'userCreated', user.username, role);
    sendJson(r.res, 201, { user });
  }

  private async updateUser(r: Request, username: string): Promise<void> {
    const body = await readJson(r.req);
    const change: { disabled?: boolean; password?: string } = {};
    if (typeof body.disabled === 'boolean') change.disabled = body.disabled;
    if (typeof body.password === 'string') change.password = body.password;
    if (change.disabled === undefined && change.password === undefined) throw new HttpError(400, 'inbox.badRequest');
    const user = await this.accounts.updateUser(r.session!, username, change);
    if (change.disabled !== undefined) this.log(r, change.disabled ? 'userDisabled' : 'userEnabled', user.username);
    if (change.password !== undefined) this.log(r, 'passwordReset', user.username);
    sendJson(r.res, 200, { user });
  }

  private async changePassword(r: Request): Promise<void> {
    const body = await readJson(r.req, 16 * 1024);
    const current = typeof body.current === 'string' ? body.current : '';
    const password = typeof body.password === 'string' ? body.password : '';
    if (!current) throw new HttpError(400, 'inbox.badRequest');
    await this.accounts.changePassword(r.session!, current, password, clientAddress(r.req, this.config.inbox.trustProxy));
    this.log(r, 'passwordChanged', this.user(r));
    sendNoContent(r.res);
  }

  private target(req: http.IncomingMessage): { baseUrl: string; to: string; office: string } {
    return { baseUrl: this.baseUrl(req), to: this.config.to, office: this.config.recipientOffice };
  }

  private async importSchools(r: Request): Promise<void> {
    const type = (r.req.headers['content-type'] ?? '').toLowerCase();
    if (!type.startsWith(XLSX_MIME) && !/^text\/(csv|plain)\b/.test(type)) {
      r.req.resume();
      throw new HttpError(415, 'inbox.unsupportedType');
    }
    const rows = await readImportFile(await readBody(r.req, 5 * 1024 * 1024), type);
    const outcome = this.directory.importRows(rows);
    this.log(r, 'imported', null, `${outcome.created.length} created, ${outcome.updated} updated`);
    const target = this.target(r.req);
    sendJson(r.res, 200, {
      created: outcome.created.length,
      updated: outcome.updated,
      errors: outcome.errors.map((e) => ({ row: e.row, code: e.code, error: t(e.code, e.params ?? {}, r.lang) })),
      onboarding: await Promise.all(outcome.created.map((c) => onboarding(c.school, c.key, target))),
    });
  }

  private filteredSchools(q: URLSearchParams): School[] {
    const cluster = q.get('cluster') ? Number(q.get('cluster')) : undefined;
    return this.directory.list({ ward: q.get('ward') || undefined, cluster });
  }

  private view(r: Request, label: string) {
    const q = parseQuarter(label);
    const params = r.url.searchParams;
    const view = this.submissions.quarterRows(q, this.filteredSchools(params), r.lang);
    const status = params.get('status');
    if (status && STATUSES.includes(status as Status)) view.rows = view.rows.filter((row) => row.status === status);
    return { q, view };
  }

  private choice(quarter: string): Record<string, unknown> | null {
    const row = this.db
      .prepare(
        `SELECT c.quarter, c.submission_id AS submissionId, s.school_id AS schoolId, sc.name AS schoolName, c.note,
           c.by_user AS "by", c.at FROM inbox_choices c JOIN inbox_submissions s ON s.id = c.submission_id
           LEFT JOIN inbox_schools sc ON sc.id = s.school_id WHERE c.quarter = ?`,
      )
      .get(quarter) as Record<string, unknown> | undefined;
    return row ?? null;
  }

  private quarterView(r: Request, label: string): void {
    const now = this.config.now();
    const { q, view } = this.view(r, label);
    this.log(r, 'viewed', q.label, 'quarter');
    const lastDay = view.lastDay;
    const today = new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
    const daysLeft = Math.round((Date.parse(lastDay) - Date.parse(today)) / 86_400_000);
    sendJson(r.res, 200, {
      quarter: q.label,
      lastDay,
      deadline: view.deadline,
      daysLeft,
      counts: view.counts,
      rows: view.rows,
      choice: this.choice(q.label),
      shortlist: view.shortlist,
    });
  }

  private async choose(r: Request, label: string): Promise<void> {
    const q = parseQuarter(label);
    const body = await readJson(r.req);
    const submissionId = typeof body.submissionId === 'string' ? body.submissionId : '';
    const note = typeof body.note === 'string' ? body.note.normalize('NFC').trim() : '';
    if (note.length > 2000)
      throw new HttpError(400, 'inbox.invalid', {}, { fieldProblems: [{ field: 'note', code: 'inbox.school.tooLong', params: { max: 2000 } }] });
    const row = this.submissions.row(submissionId);
    if (!row) throw new HttpError(404, 'inbox.notFound');
    if (row.quarter !== q.label) throw new HttpError(409, 'inbox.choice.wrongQuarter');
    if (!row.ready) throw new HttpError(409, 'inbox.choice.notReady');
    if (!row.school_id) throw new HttpError(409, 'inbox.choice.unsorted');
    this.db
      .prepare(
        `INSERT INTO inbox_choices (quarter, submission_id, note, by_user, at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(quarter) DO UPDATE SET submission_id = excluded.submission_id, note = excluded.note,
           by_user = excluded.by_user, at = excluded.at`,
      )
      .run(q.label, submissionId, note, this.user(r), this.config.now().toISOString());
    this.log(r, 'chose', q.label, submissionId);
    sendJson(r.res, 200, { choice: this.choice(q.label) });
  }

  private async letter(r: Request, label: string): Promise<void> {
    const q = parseQuarter(label);
    const choice = this.choice(q.label);
    if (!choice) throw new HttpError(409, 'inbox.choice.none');
    const sub = this.submissions.row(String(choice.submissionId))!;
    const bytes = await coveringLetterDocx({
      office: this.config.recipientOffice,
      parent: this.config.inbox.parentBody,
      council: this.config.inbox.council,
      year: q.year,
      quarter: q.quarter,
      schoolName: String(choice.schoolName ?? ''),
      subjectName: sub.subject_name,
      kind: sub.kind,
      note: String(choice.note ?? ''),
      date: this.config.now(),
    });
    this.log(r, 'exported', q.label, 'letter');
    sendDownload(r.res, bytes, DOCX_MIME, t('inbox.export.fileLetter', quarterNames(q), r.lang));
  }

  private async assign(r: Request, id: string): Promise<void> {
    const body = await readJson(r.req);
    let schoolId: string | null = null;
    if (body.schoolId !== undefined) {
      const school = typeof body.schoolId === 'string' ? this.directory.get(body.schoolId) : null;
      if (!school) throw new HttpError(404, 'inbox.notFound');
      schoolId = school.id;
    }
    const quarter = body.quarter !== undefined ? parseQuarter(String(body.quarter)).label : null;
    const submission = this.submissions.assign(id, schoolId, quarter);
    this.log(r, 'assigned', id, `${schoolId ?? ''} ${quarter ?? ''}`.trim());
    sendJson(r.res, 200, { submission });
  }
}

/** The file names' parameters for a quarter. */
function quarterNames(q: QuarterRef): { quarter: number; year: string } {
  return { quarter: q.quarter, year: String(q.year) };
}

type Params = Record<string, string>;

interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Below /api/inbox; `:name` matches one path segment. */
  path: string;
  /** Only this role may call it (403 inbox.forbidden otherwise). */
  role?: Role;
  /** Answers without a session (only /login). */
  public?: boolean;
  handle(r: Request, params: Params): Promise<void> | void;
}

/** An address of the API as the router knows it (Inbox.routes()). */
export interface RouteInfo {
  method: Route['method'];
  path: string;
  role?: Role;
  public?: boolean;
}

/**
 * The routes whose pattern matches `sub` (below /api/inbox), keeping only the most specific pattern (most literal
 * segments), with its parameters; null when none matches or a segment is not valid percent-encoding.
 */
function matchRoutes(table: readonly Route[], sub: string): { routes: Route[]; params: Params } | null {
  let segs: string[];
  try {
    segs = sub.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
  } catch {
    return null;
  }
  let best: { routes: Route[]; params: Params; literal: number } | null = null;
  for (const route of table) {
    const parts = route.path.split('/').filter(Boolean);
    if (parts.length !== segs.length) continue;
    const params: Params = {};
    let literal = 0;
    const ok = parts.every((part, i) => {
      if (part.startsWith(':')) {
        params[part.slice(1)] = segs[i];
        return true;
      }
      literal += 1;
      return part === segs[i];
    });
    if (!ok) continue;
    if (!best || literal > best.literal) best = { routes: [route], params, literal };
    else if (literal === best.literal) best.routes.push(route);
  }
  return best && { routes: best.routes, params: best.params };
}
