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
  async fileRelay(
    school: School | null,
    bytes: Uint8Array,
    fileName: string,
    receipt: string,
    at: Date,
    checked?: Checked,
    sha256?: string,
  ): Promise<void> {
    await this.submissions.file(
      { bytes, fileName, schoolId: school?.id ?? null, source: 'relay', receivedAt: at, relayReceipt: receipt, ...(sha256 ? { sha256 } : {}) },
      checked,
    );
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

  private async route(r: Request): Promise<void> {
    const { req, method } = r;
    const sub = r.url.pathname.slice(API.length) || '/';
    const changing = method !== 'GET' && method !== 'HEAD';
    if (changing) {
      const origin = req.headers.origin;
      if (origin !== undefined && origin !== ownOrigin(req, this.config.inbox.publicUrl, this.config.inbox.trustProxy))
        throw new HttpError(403, 'inbox.csrf');
    }
    if (sub === '/login') {
      this.allow(r, ['POST']);
      return this.login(r);
    }
    const token = parseCookies(req.headers.cookie).get(SESSION_COOKIE);
    r.session = this.accounts.session(token);
    if (!r.session) {
      req.resume();
      throw new HttpError(401, 'inbox.auth.required');
    }
    if (changing && !csrfMatches(r.session, req.headers['x-csrf-token'])) {
      req.resume();
      throw new HttpError(403, 'inbox.csrf');
    }
    const user = r.session.user.username;
    const seg = sub.split('/').filter(Boolean).map((s) => decodeURIComponent(s));

    switch (seg[0]) {
      case 'session':
        this.allow(r, ['GET']);
        return sendJson(r.res, 200, { user: r.session.user, csrfToken: r.session.csrfToken });
      case 'logout':
        this.allow(r, ['POST']);
        this.accounts.logout(r.session);
        audit(this.db, user, 'logout', null, null, this.config.now());
        return sendNoContent(r.res, { 'Set-Cookie': clearedCookie(this.secure(req)) });
      case 'users':
        return this.users(r, seg);
      case 'audit': {
        this.allow(r, ['GET']);
        this.requireRole(r, 'admin');
        const limit = Math.min(1000, Math.max(1, Number(r.url.searchParams.get('limit')) || 200));
        const before = Number(r.url.searchParams.get('before')) || undefined;
        return sendJson(r.res, 200, { entries: auditEntries(this.db, limit, before) });
      }
      case 'schools':
        return this.schools(r, seg);
      case 'quarters':
        return this.quarters(r, seg);
      case 'submissions':
        return this.submissionRoutes(r, seg);
      case 'unsorted':
        this.allow(r, ['GET']);
        return sendJson(r.res, 200, { items: this.submissions.unsorted() });
      case 'reminders':
        return this.reminders(r, seg);
      case 'mailbox':
        return this.mailbox(r, seg);
      default:
        throw new HttpError(404, 'inbox.notFound');
    }
  }

  private allow(r: Request, methods: string[]): void {
    const allowed = methods.includes('GET') ? [...methods, 'HEAD'] : methods;
    if (!allowed.includes(r.method)) {
      r.req.resume();
      throw new HttpError(405, 'inbox.methodNotAllowed', { method: r.method.slice(0, 10) }, {}, { Allow: allowed.join(', ') });
    }
  }

  private requireRole(r: Request, role: Role): void {
    if (r.session?.user.role !== role) throw new HttpError(403, 'inbox.forbidden');
  }

  private async login(r: Request): Promise<void> {
    const body = await readJson(r.req, 16 * 1024);
    const username = typeof body.username === 'string' ? body.username : '';
    const password = typeof body.password === 'string' ? body.password : '';
    if (!username || !password) throw new HttpError(400, 'inbox.badRequest');
    const client = clientAddress(r.req, this.config.inbox.trustProxy);
    const { session, token } = await this.accounts.login(username, password, client);
    sendJson(r.res, 200, { user: session.user, csrfToken: session.csrfToken }, { 'Set-Cookie': sessionCookie(token, this.secure(r.req)) });
  }

  private async users(r: Request, seg: string[]): Promise<void> {
    this.requireRole(r, 'admin');
    if (seg.length !== 1) throw new HttpError(404, 'inbox.notFound');
    this.allow(r, ['GET', 'POST']);
    if (r.method !== 'POST') return sendJson(r.res, 200, { users: this.accounts.users() });
    const body = await readJson(r.req);
    const role = body.role === 'admin' || body.role === 'staff' ? body.role : null;
    if (!role) throw new HttpError(400, 'inbox.invalid', {}, { fieldProblems: [{ field: 'role', code: 'inbox.user.roleInvalid' }] });
    const user = await this.accounts.createUser(String(body.username ?? ''), String(body.password ?? ''), role);
    audit(this.db, r.session!.user.username, 'userCreated', user.username, role, this.config.now());
    return sendJson(r.res, 201, { user });
  }

  private target(req: http.IncomingMessage): { baseUrl: string; to: string; office: string } {
    return { baseUrl: this.baseUrl(req), to: this.config.to, office: this.config.recipientOffice };
  }

  private async schools(r: Request, seg: string[]): Promise<void> {
    const user = r.session!.user.username;
    const now = this.config.now();
    if (seg.length === 1) {
      this.allow(r, ['GET', 'POST']);
      if (r.method === 'GET') {
        const q = r.url.searchParams;
        const cluster = q.get('cluster') ? Number(q.get('cluster')) : undefined;
        return sendJson(r.res, 200, {
          schools: this.directory.list({ ward: q.get('ward') || undefined, cluster, q: q.get('q') || undefined }),
        });
      }
      const { school, key } = this.directory.create(await readJson(r.req));
      audit(this.db, user, 'schoolCreated', school.id, school.name, now);
      return sendJson(r.res, 201, { school, onboarding: await onboarding(school, key, this.target(r.req)) });
    }
    if (seg[1] === 'import' && seg.length === 2) {
      this.allow(r, ['POST']);
      const type = (r.req.headers['content-type'] ?? '').toLowerCase();
      if (!type.startsWith(XLSX_MIME) && !/^text\/(csv|plain)\b/.test(type)) {
        r.req.resume();
        throw new HttpError(415, 'inbox.unsupportedType');
      }
      const rows = await readImportFile(await readBody(r.req, 5 * 1024 * 1024), type);
      const outcome = this.directory.importRows(rows);
      audit(this.db, user, 'imported', null, `${outcome.created.length} created, ${outcome.updated} updated`, now);
      const target = this.target(r.req);
      return sendJson(r.res, 200, {
        created: outcome.created.length,
        updated: outcome.updated,
        errors: outcome.errors.map((e) => ({ row: e.row, code: e.code, error: t(e.code, e.params ?? {}, r.lang) })),
        onboarding: await Promise.all(outcome.created.map((c) => onboarding(c.school, c.key, target))),
      });
    }
    const id = seg[1];
    if (seg.length === 3 && seg[2] === 'key') {
      this.allow(r, ['POST']);
      const { school, key } = this.directory.rotateKey(id);
      audit(this.db, user, 'keyIssued', school.id, school.name, now);
      return sendJson(r.res, 200, { onboarding: await onboarding(school, key, this.target(r.req)) });
    }
    if (seg.length !== 2) throw new HttpError(404, 'inbox.notFound');
    this.allow(r, ['GET', 'PUT', 'DELETE']);
    if (r.method === 'GET') {
      const school = this.directory.get(id);
      if (!school) throw new HttpError(404, 'inbox.notFound');
      return sendJson(r.res, 200, { school });
    }
    if (r.method === 'PUT') {
      const school = this.directory.update(id, await readJson(r.req));
      audit(this.db, user, 'schoolUpdated', school.id, school.name, now);
      return sendJson(r.res, 200, { school });
    }
    this.directory.archive(id);
    audit(this.db, user, 'schoolArchived', id, null, now);
    return sendNoContent(r.res);
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

  private async quarters(r: Request, seg: string[]): Promise<void> {
    const user = r.session!.user.username;
    const now = this.config.now();
    if (seg.length === 1) {
      this.allow(r, ['GET']);
      const current = quarterForReception(now).label;
      const quarters = [...new Set([current, ...this.submissions.quarters()])].sort().reverse();
      return sendJson(r.res, 200, { current, quarters, wards: this.directory.wards(), clusters: [1, 2, 3, 4, 5] });
    }
    const label = seg[1];
    const action = seg[2];
    if (seg.length === 2) {
      this.allow(r, ['GET']);
      const { q, view } = this.view(r, label);
      audit(this.db, user, 'viewed', q.label, 'quarter', now);
      const lastDay = view.lastDay;
      const today = new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
      const daysLeft = Math.round((Date.parse(lastDay) - Date.parse(today)) / 86_400_000);
      return sendJson(r.res, 200, {
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
    if (seg.length !== 3) throw new HttpError(404, 'inbox.notFound');
    const q = parseQuarter(label);
    const names = { quarter: q.quarter, year: String(q.year) };
    switch (action) {
      case 'choice': {
        this.allow(r, ['PUT', 'DELETE']);
        if (r.method === 'DELETE') {
          this.db.prepare('DELETE FROM inbox_choices WHERE quarter = ?').run(q.label);
          audit(this.db, user, 'unchose', q.label, null, now);
          return sendNoContent(r.res);
        }
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
          .run(q.label, submissionId, note, user, now.toISOString());
        audit(this.db, user, 'chose', q.label, submissionId, now);
        return sendJson(r.res, 200, { choice: this.choice(q.label) });
      }
      case 'letter': {
        this.allow(r, ['GET']);
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
          date: now,
        });
        audit(this.db, user, 'exported', q.label, 'letter', now);
        return sendDownload(r.res, bytes, DOCX_MIME, t('inbox.export.fileLetter', names, r.lang));
      }
      case 'export.xlsx': {
        this.allow(r, ['GET']);
        const { view } = this.view(r, label);
        const bytes = await xlsxExport(q, view, r.lang);
        audit(this.db, user, 'exported', q.label, 'xlsx', now);
        return sendDownload(r.res, bytes, XLSX_MIME, t('inbox.export.fileXlsx', names, r.lang));
      }
      case 'export.zip': {
        this.allow(r, ['GET']);
        const view = this.submissions.quarterRows(q, this.directory.list(), r.lang);
        const bytes = await zipExport(this.db, q, view, this.submissions.latestFiles(q.label), r.lang);
        audit(this.db, user, 'exported', q.label, 'zip', now);
        return sendDownload(r.res, bytes, 'application/zip', t('inbox.export.fileZip', names, r.lang));
      }
      case 'print': {
        this.allow(r, ['GET']);
        const { view } = this.view(r, label);
        audit(this.db, user, 'exported', q.label, 'print', now);
        return sendHtml(r.res, printHtml(q, view, r.lang, now));
      }
      default:
        throw new HttpError(404, 'inbox.notFound');
    }
  }

  private async submissionRoutes(r: Request, seg: string[]): Promise<void> {
    const user = r.session!.user.username;
    const now = this.config.now();
    const id = seg[1] ?? '';
    if (seg.length === 2) {
      this.allow(r, ['GET']);
      const detail = this.submissions.detail(id, r.lang);
      if (!detail) throw new HttpError(404, 'inbox.notFound');
      audit(this.db, user, 'viewed', id, 'submission', now);
      return sendJson(r.res, 200, { submission: detail });
    }
    if (seg.length !== 3) throw new HttpError(404, 'inbox.notFound');
    switch (seg[2]) {
      case 'file': {
        this.allow(r, ['GET']);
        const ref = this.submissions.fileRef(id);
        const bytes = ref ? getFile(this.db, ref.sha256) : null;
        if (!ref || !bytes) throw new HttpError(404, 'inbox.notFound');
        audit(this.db, user, 'viewed', id, 'file', now);
        return sendDownload(r.res, bytes, DOCX_MIME, ref.fileName, { ETag: `"${ref.sha256}"` });
      }
      case 'shortlist': {
        this.allow(r, ['POST']);
        const body = await readJson(r.req);
        const submission = this.submissions.setShortlisted(id, body.shortlisted !== false);
        audit(this.db, user, 'shortlisted', id, String(body.shortlisted !== false), now);
        return sendJson(r.res, 200, { submission });
      }
      case 'assign': {
        this.allow(r, ['POST']);
        const body = await readJson(r.req);
        let schoolId: string | null = null;
        if (body.schoolId !== undefined) {
          const school = typeof body.schoolId === 'string' ? this.directory.get(body.schoolId) : null;
          if (!school) throw new HttpError(404, 'inbox.notFound');
          schoolId = school.id;
        }
        const quarter = body.quarter !== undefined ? parseQuarter(String(body.quarter)).label : null;
        const submission = this.submissions.assign(id, schoolId, quarter);
        audit(this.db, user, 'assigned', id, `${schoolId ?? ''} ${quarter ?? ''}`.trim(), now);
        return sendJson(r.res, 200, { submission });
      }
      default:
        throw new HttpError(404, 'inbox.notFound');
    }
  }

  private async reminders(r: Request, seg: string[]): Promise<void> {
    const user = r.session!.user.username;
    switch (seg[1]) {
      case 'settings':
        this.allow(r, ['GET', 'PUT']);
        if (r.method === 'GET') return sendJson(r.res, 200, reminderSettings(this.db));
        return sendJson(r.res, 200, saveReminderSettings(this.db, await readJson(r.req)));
      case 'preview': {
        this.allow(r, ['GET']);
        const q = parseQuarter(r.url.searchParams.get('quarter') ?? quarterForReception(this.config.now()).label);
        return sendJson(r.res, 200, preview(this.reminderCtx, q, 'manual', r.lang));
      }
      case 'send': {
        this.allow(r, ['POST']);
        const body = await readJson(r.req);
        const q = parseQuarter(typeof body.quarter === 'string' ? body.quarter : null);
        return sendJson(r.res, 200, await sendReminders(this.reminderCtx, q, 'manual', user, r.lang));
      }
      case 'log': {
        this.allow(r, ['GET']);
        const quarter = r.url.searchParams.get('quarter');
        return sendJson(r.res, 200, { entries: reminderLog(this.db, quarter ? parseQuarter(quarter).label : null) });
      }
      default:
        throw new HttpError(404, 'inbox.notFound');
    }
  }

  private async mailbox(r: Request, seg: string[]): Promise<void> {
    if (seg.length === 1) {
      this.allow(r, ['GET']);
      return sendJson(r.res, 200, {
        configured: !!this.config.inbox.imapUrl,
        lastPollAt: this.lastPoll.at,
        lastError: this.lastPoll.error,
        intervalMinutes: this.config.inbox.imapPollMinutes,
      });
    }
    if (seg[1] !== 'poll' || seg.length !== 2) throw new HttpError(404, 'inbox.notFound');
    this.allow(r, ['POST']);
    r.req.resume();
    const result = await this.poll();
    audit(this.db, r.session!.user.username, 'mailboxPolled', null, JSON.stringify(result), this.config.now());
    return sendJson(r.res, 200, result);
  }
}
