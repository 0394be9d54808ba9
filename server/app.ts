/**
 * The relay's HTTP(S) server on node:http (no framework: four routes do not need one).
 *
 *   POST /api/submissions            multipart/form-data: `file` (.docx) + optional text fields → 202 {receipt}
 *   GET  /api/submissions/:receipt   status of a submission (no file bytes)
 *   GET  /healthz                    {status: "ok"} when the database is safe storage (same file, writable, a write commits); 503 otherwise
 *   GET  /…                          the built add-in (dist/), when configured
 *
 * Refusals are `{error, code, params?, findings?}` with `error` localised by Accept-Language (vi by default).
 */
import { existsSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type Lang, t } from '../src/core/i18n';
import { type RelayConfig, validateConfig } from './config';
import { Outbox, createTransport, type MailTransport } from './mailer';
import { PoolRefusal, ReadPool } from './readPool';
import { RateLimiter } from './rateLimit';
import { serveStatic } from './static';
import { Refusal, type UploadAnswer, type UploadJob, checkSettings, fromAnswer, reportFinding } from './submission';
import { RECEIPT_PATTERN, StoreGone, SubmissionStore, type SubmissionRow } from './store';
import { UploadError, discardRest, readBody } from './upload';
import { Inbox } from './inbox';
import type { Checked } from './inbox/submissions';
import { clientAddress } from './inbox/http';
import '../src/mail/relayMessages';

/** Idempotency-Key: 8–128 URL-safe characters (a UUID fits). */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,128}$/;
const MAX_FIELD_BYTES = 8 * 1024;
const MAX_FIELDS = 20;

/** The language of the answer: the first of vi/en in Accept-Language by preference, else vi. */
export function langOf(header: string | undefined): Lang {
  if (!header) return 'vi';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q[1]) : 1, index };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === 'vi' || tag.startsWith('vi-')) return 'vi';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'vi';
}

export interface StatusAnswer {
  receipt: string;
  status: SubmissionRow['status'];
  to: string;
  createdAt: string;
  sentAt?: string;
  attempts: number;
  fileName: string;
  subject: string;
  /** Reporting period of the mail, e.g. "2026-Q4". */
  period: string;
}

function statusAnswer(row: SubmissionRow, to: string): StatusAnswer {
  return {
    receipt: row.id,
    status: row.status,
    to,
    createdAt: row.createdAt,
    ...(row.sentAt ? { sentAt: row.sentAt } : {}),
    attempts: row.attempts,
    fileName: row.fileName,
    subject: row.subject,
    period: row.period,
  };
}

interface Context {
  config: RelayConfig;
  store: SubmissionStore;
  outbox: Outbox;
  limiter: RateLimiter;
  staticDir: string | null;
  pool: ReadPool;
  inbox: Inbox;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

function refuse(
  res: http.ServerResponse,
  lang: Lang,
  status: number,
  key: string,
  params: Record<string, string | number> = {},
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): void {
  const hasParams = Object.keys(params).length > 0;
  sendJson(
    res,
    status,
    { error: t(key, params, lang), code: key, ...(hasParams ? { params } : {}), ...extra },
    headers,
  );
}

function corsHeaders(config: RelayConfig, origin: string | undefined): Record<string, string> {
  if (!origin || !config.allowedOrigins.includes(origin)) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': 'Retry-After, Idempotent-Replayed, WWW-Authenticate',
    Vary: 'Origin',
  };
}

function clientOf(req: http.IncomingMessage, config: RelayConfig): string {
  return clientAddress(req, config.inbox.trustProxy);
}

async function handleSubmission(
  ctx: Context,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  lang: Lang,
): Promise<void> {
  const { config } = ctx;
  const drain = (): void => discardRest(req, config.maxUploadBytes);

  const rate = ctx.limiter.take(clientOf(req, config));
  if (!rate.allowed) {
    drain();
    refuse(
      res,
      lang,
      429,
      'relay.rateLimited',
      { seconds: rate.retryAfterSeconds },
      {},
      { 'Retry-After': String(rate.retryAfterSeconds) },
    );
    return;
  }
  // The school's key (server/inbox/API.md): who sent this, or 401 before reading the upload.
  const keyCheck = ctx.inbox.checkSchoolKey(req);
  if (!keyCheck.ok) {
    drain();
    refuse(res, lang, 401, keyCheck.key!, {}, {}, { 'WWW-Authenticate': 'Bearer realm="bctt"' });
    return;
  }
  const type = req.headers['content-type'] ?? '';
  if (!/^multipart\/form-data\s*;/i.test(type)) {
    drain();
    refuse(res, lang, 415, 'relay.notMultipart');
    return;
  }
  const declared = Number(req.headers['content-length']);
  const maxMb = Math.round((config.maxUploadBytes / 1048576) * 10) / 10;
  // Room for the multipart framing and the text fields around the file.
  const maxBody = config.maxUploadBytes + MAX_FIELDS * MAX_FIELD_BYTES + 64 * 1024;
  if (Number.isFinite(declared) && declared > maxBody) {
    req.socket.setTimeout(5_000, () => req.socket.destroy());
    drain();
    refuse(res, lang, 413, 'relay.tooLarge', { maxMb }, {}, { Connection: 'close' });
    return;
  }
  const keyHeader = req.headers['idempotency-key'];
  const idempotencyKey = typeof keyHeader === 'string' ? keyHeader.trim() : null;
  if (idempotencyKey !== null && !IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey)) {
    drain();
    refuse(res, lang, 400, 'relay.badIdempotencyKey');
    return;
  }

  // The event loop only gathers the bytes (capped); everything else about them happens in the read pool.
  let body: Uint8Array;
  try {
    body = await readBody(req, maxBody, config.maxUploadBytes);
  } catch (error) {
    if (!(error instanceof UploadError)) throw error;
    drain();
    refuse(res, lang, error.status, error.key, error.params, {}, { Connection: 'close' });
    return;
  }

  try {
    // One job per upload: multipart parsing, the text fields, one reading of the .docx for the relay's
    // checks and the inbox's, and the SHA-256, all in the pool. A full pool is a 503 with nothing acknowledged.
    const receivedAt = config.now();
    const job: UploadJob = {
      upload: {
        body,
        contentType: type,
        limits: { maxFileBytes: config.maxUploadBytes, maxFieldBytes: MAX_FIELD_BYTES, maxFields: MAX_FIELDS },
        settings: checkSettings(config, receivedAt),
      },
    };
    const { ok: prepared, file, sha256 } = fromAnswer(await ctx.pool.run<UploadAnswer>(job, [body.buffer as ArrayBuffer]));
    const result = ctx.store.insert(
      {
        idempotencyKey,
        file,
        fileSha256: sha256,
        fileName: prepared.mail.fileName,
        subject: prepared.mail.subject,
        body: prepared.mail.body,
        replyTo: prepared.replyTo,
        period: prepared.period,
      },
      new Date(),
    );
    if (result.kind === 'conflict') {
      refuse(res, lang, 409, 'relay.idempotencyConflict');
      return;
    }
    const replayed = result.kind === 'replayed';
    if (!replayed) {
      config.log(`submission ${result.row.id} stored (${file.length} bytes)`);
      await ctx.inbox.fileRelay(keyCheck.school, file, prepared.mail.fileName, result.row.id, receivedAt, prepared.checked, sha256);
    }
    sendJson(
      res,
      202,
      { ...statusAnswer(result.row, config.to), replayed },
      replayed ? { 'Idempotent-Replayed': 'true' } : {},
    );
    ctx.outbox.kick();
  } catch (error) {
    if (error instanceof PoolRefusal) {
      if (error.key === 'relay.busy') {
        const seconds = ctx.pool.retryAfterSeconds;
        refuse(res, lang, 503, 'relay.busy', { seconds }, {}, { 'Retry-After': String(seconds) });
      } else refuse(res, lang, 400, error.key, error.params);
      return;
    }
    if (error instanceof StoreGone) {
      config.log(`submission refused: ${error.message}`);
      refuse(res, lang, 503, 'relay.storeUnavailable', {}, {}, { 'Retry-After': '60' });
      return;
    }
    if (!(error instanceof Refusal)) throw error;
    const findings = error.findings?.map((f) => reportFinding(f, lang));
    refuse(res, lang, error.status, error.key, error.params, findings ? { findings } : {});
  }
}

/** 405 for a method the address does not take, naming the ones it does in Allow. */
function refuseMethod(req: http.IncomingMessage, res: http.ServerResponse, lang: Lang, allow: string): void {
  refuse(res, lang, 405, 'relay.methodNotAllowed', { method: req.method ?? '' }, {}, { Allow: allow });
}

async function handle(ctx: Context, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const lang = langOf(req.headers['accept-language']);
  const url = new URL(req.url ?? '/', 'http://relay.invalid');
  const path = url.pathname;
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  if (ctx.config.tls) res.setHeader('Strict-Transport-Security', 'max-age=31536000');

  if (path === '/healthz') {
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuseMethod(req, res, lang, 'GET, HEAD');
    const ok = ctx.store.healthy();
    return sendJson(res, ok ? 200 : 503, { status: ok ? 'ok' : 'unavailable' });
  }

  if (await ctx.inbox.handle(req, res, url, lang)) return;

  if (path.startsWith('/api/')) {
    const origin = req.headers.origin;
    const cors = corsHeaders(ctx.config, origin);
    for (const [name, value] of Object.entries(cors)) res.setHeader(name, value);
    if (req.method === 'OPTIONS') {
      if (!cors['Access-Control-Allow-Origin'])
        return refuse(res, lang, 403, 'relay.originNotAllowed', { origin: origin ?? '' });
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Accept-Language, Authorization, X-School-Key',
        'Access-Control-Max-Age': '600',
      });
      res.end();
      return;
    }
    // A page from another origin may still POST a form without a preflight: refuse it here.
    if (origin !== undefined && !cors['Access-Control-Allow-Origin']) {
      discardRest(req, ctx.config.maxUploadBytes);
      return refuse(res, lang, 403, 'relay.originNotAllowed', { origin });
    }
    if (path === '/api/submissions') {
      if (req.method !== 'POST') return refuseMethod(req, res, lang, 'POST, OPTIONS');
      return handleSubmission(ctx, req, res, lang);
    }
    const m = /^\/api\/submissions\/([^/]+)$/.exec(path);
    if (m) {
      if (req.method !== 'GET') return refuseMethod(req, res, lang, 'GET, OPTIONS');
      const row = RECEIPT_PATTERN.test(m[1]) ? ctx.store.get(m[1]) : null;
      if (!row) return refuse(res, lang, 404, 'relay.receiptNotFound');
      return sendJson(res, 200, statusAnswer(row, ctx.config.to));
    }
    return refuse(res, lang, 404, 'relay.notFound');
  }

  if (ctx.staticDir && (req.method === 'GET' || req.method === 'HEAD')) {
    if (await serveStatic(ctx.staticDir, req, res, path)) return;
  }
  return refuse(res, lang, 404, 'relay.notFound');
}

export interface RunningRelay {
  /** Base address, e.g. http://127.0.0.1:8787 (no trailing slash). */
  url: string;
  store: SubmissionStore;
  /** The office inbox (server/inbox). */
  inbox: Inbox;
  outbox: Outbox;
  pool: ReadPool;
  /**
   * Stops the server. `graceful` (default): waits for sends in flight to finish and be recorded.
   * `graceful: false` behaves like a crash for the outbox: sends in flight are abandoned to their lease.
   */
  close(options?: { graceful?: boolean }): Promise<void>;
}

/** Starts the relay: database, outbox worker (resuming unsent submissions) and the HTTP(S) server. */
export async function startRelay(
  config: RelayConfig,
  options: { transport?: MailTransport; readWorker?: string } = {},
): Promise<RunningRelay> {
  validateConfig(config);
  const store = new SubmissionStore(config.dbPath);
  const pool = new ReadPool({
    // From the sources (tsx) the worker is readWorker.ts; in the production bundle (dist/server/main.cjs, built by
    // scripts/build-server.mjs) it is readWorker.cjs beside it.
    module: options.readWorker ?? path.join(__dirname, __filename.endsWith('.cjs') ? 'readWorker.cjs' : 'readWorker.ts'),
    workers: config.read.workers,
    queue: config.read.queue,
    timeBudgetMs: config.read.timeBudgetMs,
    heapMb: config.read.heapMb,
  });
  const transport = options.transport ?? createTransport(config);
  const outbox = new Outbox(store, transport, config);
  const staticDir = config.staticDir && existsSync(config.staticDir) ? config.staticDir : null;
  const ctx: Context = {
    config,
    store,
    outbox,
    limiter: new RateLimiter(config.rateLimit.capacity, config.rateLimit.perMinute),
    staticDir,
    pool,
    inbox: new Inbox(config, transport, staticDir),
  };
  // The inbox reads received reports (relay uploads, mailbox attachments) in the read pool as well.
  ctx.inbox.useChecker((bytes, at) =>
    pool.run<Checked>({ inboxCheck: { bytes, at, reading: config.deadlineReading, maxBytes: config.maxUploadBytes } }),
  );

  const listener: http.RequestListener = (req, res) => {
    handle(ctx, req, res).catch((error: unknown) => {
      config.log(`request ${req.method} ${req.url} failed: ${error instanceof Error ? error.stack : String(error)}`);
      if (!res.headersSent) refuse(res, langOf(req.headers['accept-language']), 500, 'relay.internal');
      else res.destroy();
    });
  };
  const server = config.tls
    ? https.createServer({ cert: config.tls.cert, key: config.tls.key }, listener)
    : http.createServer(listener);
  server.requestTimeout = 120_000;
  server.headersTimeout = 30_000;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await pool.close();
    store.close();
    throw error;
  }
  outbox.start();
  ctx.inbox.start();

  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' || address.address.includes(':') ? `[${address.address}]` : address.address;
  const url = `${config.tls ? 'https' : 'http'}://${host}:${address.port}`;
  let closing: Promise<void> | null = null;
  return {
    url,
    store,
    inbox: ctx.inbox,
    outbox,
    pool,
    close(closeOptions = {}) {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        await outbox.stop(closeOptions.graceful ?? true);
        server.closeAllConnections();
        await stopped;
        await pool.close();
        store.close();
        ctx.inbox.close();
        transport.close();
      })();
      return closing;
    },
  };
}
