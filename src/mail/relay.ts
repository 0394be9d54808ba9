/**
 * The browser-side client of the project's relay server (server/): uploads the .docx as multipart/form-data
 * to `${relayUrl}/api/submissions` and returns the receipt, or throws a typed, localised error.
 *
 * - Retries a dropped connection, a timeout and 5xx answers with exponential backoff (Retry-After honoured
 *   on 503); never retries a 4xx: the relay has judged the file or the request and would answer the same.
 * - Every attempt carries the same Idempotency-Key, so an upload the relay stored but whose answer was lost
 *   is not stored twice: the retry gets the same receipt.
 * - A refusal becomes a RelayRefusal (an AppError) with the relay's findings as core `Finding`s, so the
 *   task pane can show them like its own checks.
 *
 * Browser and Node 18+ alike (fetch, FormData, Blob, crypto.getRandomValues); no Office, no DOM.
 */
import { AppError, type MessageKey } from '../core/errors';
import { hasMessage } from '../core/i18n';
import { DOCX_MIME } from '../core/mail/docxFile';
import type { Lang } from '../core/i18n';
import type { Finding, RuleId, Severity } from '../core/rules/types';
import { isValidRelayUrl } from '../core/settings/relayUrl';
import './relayMessages';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Optional text fields the relay uses for the mail (validated there too). */
export interface RelayFields {
  unitName?: string;
  senderName?: string;
  senderRole?: string;
  /** A http(s) link to a short film, included in the mail body. */
  videoLink?: string;
  /** The sender's address, used as Reply-To. */
  replyTo?: string;
}

export interface RelaySubmission {
  /** The .docx bytes. */
  file: Uint8Array | Blob;
  /** Name given to the upload (the relay names the attachment itself). */
  fileName?: string;
  fields?: RelayFields;
  /**
   * Makes a retried upload idempotent. Defaults to a new random key per call; pass one kept with the
   * document's send attempt to make a repeated click idempotent too.
   */
  idempotencyKey?: string;
  /** The school's key from the office (server/inbox/API.md), sent as `Authorization: Bearer`. */
  schoolKey?: string;
}

export type RelayStatusValue = 'pending' | 'sending' | 'sent' | 'failed';

export interface RelayReceipt {
  receipt: string;
  status: RelayStatusValue;
  /** The relay's only recipient (for the send record). */
  to: string;
  createdAt: string;
  sentAt?: string;
  fileName: string;
  subject: string;
  /** Reporting period named in the mail, e.g. "2026-Q4" (SendRecord.period). */
  period: string;
  /** True when the relay already had this upload (same Idempotency-Key and bytes). */
  replayed: boolean;
}

export interface RelayClientOptions {
  /** Language of the relay's messages (Accept-Language); default vi. */
  lang?: Lang;
  /** Attempts in all, including the first; default 4. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Per attempt; default 60 s. */
  timeoutMs?: number;
  fetch?: FetchLike;
  sleep?: (ms: number) => Promise<void>;
  signal?: AbortSignal;
}

/** A relay finding: a core Finding (message key and params) plus the relay's localised text. */
export interface RelayFinding extends Finding {
  text: string;
}

/** The relay refused the upload (4xx): `messageKey` is the relay's reason, `findings` what its checks found. */
export class RelayRefusal extends AppError {
  readonly status: number;
  readonly findings: RelayFinding[];
  /** The relay's own localised message. */
  readonly serverMessage: string;
  /** For 429: seconds to wait before trying again. */
  readonly retryAfterSeconds?: number;

  constructor(
    status: number,
    messageKey: MessageKey,
    params: Record<string, string | number>,
    serverMessage: string,
    findings: RelayFinding[],
    retryAfterSeconds?: number,
  ) {
    super(messageKey, params);
    this.name = 'RelayRefusal';
    this.status = status;
    this.findings = findings;
    this.serverMessage = serverMessage;
    if (retryAfterSeconds !== undefined) this.retryAfterSeconds = retryAfterSeconds;
  }
}

const DEFAULTS = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 8_000, timeoutMs: 60_000 };
const RECEIPT = /^[A-Za-z0-9_-]{8,64}$/;

/** A random key of 32 hexadecimal characters (128 bits), from the platform's secure generator. */
export function newIdempotencyKey(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function apiUrl(relayUrl: string, path: string): string {
  if (!isValidRelayUrl(relayUrl)) throw new AppError('relay.client.invalidUrl');
  return relayUrl.replace(/\/+$/, '') + path;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function delayFor(
  attempt: number,
  options: Required<Pick<RelayClientOptions, 'baseDelayMs' | 'maxDelayMs'>>,
  retryAfter: string | null,
): number {
  const exponential = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  const asked = retryAfter !== null && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) * 1000 : NaN;
  if (Number.isFinite(asked)) return Math.min(options.maxDelayMs, asked);
  return Math.round(exponential * (0.5 + Math.random() / 2));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toFinding(raw: unknown): RelayFinding | null {
  if (!isRecord(raw) || typeof raw.rule !== 'string' || typeof raw.severity !== 'string' || typeof raw.key !== 'string')
    return null;
  const severity = raw.severity as Severity;
  if (severity !== 'error' && severity !== 'warning' && severity !== 'info') return null;
  const params = isRecord(raw.params) ? (raw.params as Record<string, string | number>) : undefined;
  return {
    rule: raw.rule as RuleId,
    severity,
    ...(typeof raw.field === 'string' ? { field: raw.field, target: { fieldId: raw.field } } : {}),
    message: params ? { key: raw.key, params } : { key: raw.key },
    text: typeof raw.message === 'string' ? raw.message : '',
  };
}

async function readJson(res: Response): Promise<unknown> {
  try {
    return await res.json();
  } catch {
    return undefined;
  }
}

/** The AppError for a 4xx answer. */
function refusalOf(res: Response, body: unknown): RelayRefusal {
  const record = isRecord(body) ? body : {};
  const serverMessage = typeof record.error === 'string' ? record.error : '';
  // The relay's reasons ("relay.*") and the reader's ("docx.*") are in the add-in's catalogs too, so the
  // error is shown in the add-in's language; anything else is shown as the relay wrote it.
  const known = typeof record.code === 'string' && hasMessage(record.code) ? record.code : null;
  const params = isRecord(record.params) ? (record.params as Record<string, string | number>) : {};
  const findings = Array.isArray(record.findings)
    ? record.findings.map(toFinding).filter((f): f is RelayFinding => f !== null)
    : [];
  const retryAfter = Number(res.headers.get('retry-after'));
  const key: MessageKey = known ?? 'relay.client.refused';
  const keyParams = known ? params : { status: res.status, message: serverMessage };
  return new RelayRefusal(
    res.status,
    key,
    keyParams,
    serverMessage,
    findings,
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
  );
}

function receiptOf(body: unknown, replayedHeader: string | null): RelayReceipt | null {
  if (!isRecord(body) || typeof body.receipt !== 'string' || !RECEIPT.test(body.receipt)) return null;
  const status = body.status;
  return {
    receipt: body.receipt,
    status: status === 'sending' || status === 'sent' || status === 'failed' ? status : 'pending',
    to: typeof body.to === 'string' ? body.to : '',
    createdAt: typeof body.createdAt === 'string' ? body.createdAt : '',
    ...(typeof body.sentAt === 'string' ? { sentAt: body.sentAt } : {}),
    fileName: typeof body.fileName === 'string' ? body.fileName : '',
    subject: typeof body.subject === 'string' ? body.subject : '',
    period: typeof body.period === 'string' ? body.period : '',
    replayed: body.replayed === true || replayedHeader === 'true',
  };
}

/**
 * One request with retries: `build` makes a fresh init per attempt (a body can only be read once).
 * Returns the first non-retryable response; throws AppError after the last failed attempt.
 */
async function withRetries(url: string, build: () => RequestInit, options: RelayClientOptions): Promise<Response> {
  const maxAttempts = Math.max(1, options.maxAttempts ?? DEFAULTS.maxAttempts);
  const timing = {
    baseDelayMs: options.baseDelayMs ?? DEFAULTS.baseDelayMs,
    maxDelayMs: options.maxDelayMs ?? DEFAULTS.maxDelayMs,
  };
  const doFetch: FetchLike = options.fetch ?? ((u, init) => fetch(u, init));
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt++) {
    if (options.signal?.aborted) throw new AppError('relay.client.aborted', {}, options.signal.reason);
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), options.timeoutMs ?? DEFAULTS.timeoutMs);
    const onAbort = (): void => timeout.abort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    let res: Response | null = null;
    let failure: unknown = null;
    try {
      res = await doFetch(url, { ...build(), signal: timeout.signal });
    } catch (error) {
      failure = error;
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    }
    if (options.signal?.aborted) throw new AppError('relay.client.aborted', {}, options.signal.reason);
    if (res && res.status < 500) return res;
    if (attempt >= maxAttempts) {
      if (res) throw new AppError('relay.client.server', { status: res.status, attempts: attempt });
      throw new AppError('relay.client.network', { attempts: attempt }, failure);
    }
    // Read and drop the failed answer's body so the connection can be reused.
    if (res) await res.arrayBuffer().catch(() => undefined);
    await sleep(delayFor(attempt, timing, res?.headers.get('retry-after') ?? null));
  }
}

/**
 * Uploads a report to the relay. Resolves with the receipt (HTTP 202). Throws RelayRefusal for a 4xx
 * (with the relay's findings for an incomplete report), AppError('relay.client.network' | 'relay.client.server')
 * when every attempt failed, AppError('relay.client.invalidUrl') for a bad address, 'relay.client.badResponse'
 * for an answer that is not the relay's.
 */
export async function submitToRelay(
  relayUrl: string,
  submission: RelaySubmission,
  options: RelayClientOptions = {},
): Promise<RelayReceipt> {
  const url = apiUrl(relayUrl, '/api/submissions');
  const key = submission.idempotencyKey ?? newIdempotencyKey();
  const blob =
    submission.file instanceof Blob
      ? submission.file
      : new Blob([submission.file as Uint8Array<ArrayBuffer>], {
          type: DOCX_MIME,
        });
  const build = (): RequestInit => {
    const form = new FormData();
    for (const [name, value] of Object.entries(submission.fields ?? {}))
      if (typeof value === 'string' && value !== '') form.append(name, value);
    form.append('file', blob, submission.fileName ?? 'bao-cao-thanh-tich.docx');
    return {
      method: 'POST',
      body: form,
      headers: {
        'Idempotency-Key': key,
        'Accept-Language': options.lang ?? 'vi',
        Accept: 'application/json',
        ...(submission.schoolKey ? { Authorization: `Bearer ${submission.schoolKey}` } : {}),
      },
    };
  };
  const res = await withRetries(url, build, options);
  const body = await readJson(res);
  if (res.status === 202 || res.status === 200) {
    const receipt = receiptOf(body, res.headers.get('idempotent-replayed'));
    if (receipt) return receipt;
    throw new AppError('relay.client.badResponse', { status: res.status });
  }
  if (res.status >= 400 && isRecord(body) && typeof body.error === 'string') throw refusalOf(res, body);
  throw new AppError('relay.client.badResponse', { status: res.status });
}

/** The status of an earlier submission (GET /api/submissions/:receipt), e.g. to show "đã gửi". */
export async function relayStatus(
  relayUrl: string,
  receipt: string,
  options: RelayClientOptions = {},
): Promise<RelayReceipt> {
  if (!RECEIPT.test(receipt)) throw new AppError('relay.client.badResponse', { status: 0 });
  const url = apiUrl(relayUrl, `/api/submissions/${receipt}`);
  const res = await withRetries(
    url,
    () => ({ method: 'GET', headers: { 'Accept-Language': options.lang ?? 'vi', Accept: 'application/json' } }),
    options,
  );
  const body = await readJson(res);
  if (res.status === 200) {
    const answer = receiptOf(body, null);
    if (answer) return answer;
  }
  if (res.status >= 400 && isRecord(body) && typeof body.error === 'string') throw refusalOf(res, body);
  throw new AppError('relay.client.badResponse', { status: res.status });
}
