/**
 * One Graph request with these retry rules:
 * - 401 once: a fresh token (forceRefresh) and one more try;
 * - 429, 503, 504: wait what Retry-After asks (capped), else back off;
 * - other 5xx and network errors: exponential backoff, a bounded number of attempts;
 * - other 4xx: reported at once.
 * Every failure ends as an AppError with a `graph.*` key.
 */
import { AppError } from '../../core/errors';
import { backoffDelay, parseRetryAfter, RETRY_AFTER_STATUSES } from './retry';
import type { FetchLike, RetryPolicy, Sleep, TokenProvider } from './types';

export interface GraphContext {
  fetch: FetchLike;
  tokenProvider: TokenProvider;
  sleep: Sleep;
  now: () => Date;
  random: () => number;
  policy: RetryPolicy;
  signal?: AbortSignal;
}

/**
 * What to do when the connection fails with no answer:
 * - 'retry': the call is safe to repeat (reads, creating a draft or an upload session);
 * - 'outcomeUnknown': repeating could send twice; fail with graph.outcomeUnknown unless the
 *   connection was never made;
 * - 'raise': throw a `GraphNetworkError` for the caller to handle (upload fragments resume).
 */
export type OnNetworkError = 'retry' | 'outcomeUnknown' | 'raise';

export interface GraphCall {
  method: 'GET' | 'POST' | 'PUT';
  url: string;
  /** Delegated scopes for the bearer token; omit for the pre-authenticated upload URL (no Authorization header). */
  scopes?: readonly string[];
  json?: unknown;
  body?: Uint8Array<ArrayBuffer>;
  headers?: Record<string, string>;
  /** Success statuses. */
  expect: readonly number[];
  onNetworkError: OnNetworkError;
}

/** A request that got no HTTP answer (connection refused, reset, dropped). */
export class GraphNetworkError extends AppError {
  /** True when the connection was never established, so the server cannot have acted on the request. */
  readonly neverConnected: boolean;
  constructor(cause: unknown) {
    super('graph.network', { attempts: 1 }, cause);
    this.neverConnected = neverConnected(cause);
  }
}

/** Failure details kept in AppError.cause. The upload URL's query (it holds a token) is never kept. */
export interface GraphFailure {
  method: string;
  url: string;
  status?: number;
  code?: string;
  message?: string;
  error?: unknown;
}

const CONNECT_FAILURES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

function neverConnected(error: unknown): boolean {
  // Node's fetch (undici) says why in `cause.code`; browsers say nothing, so everything there is ambiguous.
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === 'string' && CONNECT_FAILURES.has(cause.code);
}

export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q) + '?…';
}

function cancelled(ctx: GraphContext): AppError {
  return new AppError('graph.cancelled', {}, ctx.signal?.reason);
}

async function readGraphError(response: Response): Promise<{ code?: string; message?: string }> {
  try {
    const data = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    const code = typeof data?.error?.code === 'string' ? data.error.code : undefined;
    const message = typeof data?.error?.message === 'string' ? data.error.message : undefined;
    return { code, message };
  } catch {
    return {};
  }
}

const NO_MAILBOX_CODES = new Set(['MailboxNotEnabledForRESTAPI', 'MailboxNotFound', 'ErrorNonExistentMailbox']);

/** The AppError for a final HTTP refusal. */
export function refusal(status: number, code: string | undefined, failure: GraphFailure, sizeBytes?: number): AppError {
  const params = { status, code: code ?? '—' };
  if (code && NO_MAILBOX_CODES.has(code)) return new AppError('graph.noMailbox', {}, failure);
  if (status === 401) return new AppError('graph.unauthorized', {}, failure);
  if (status === 403) return new AppError('graph.forbidden', {}, failure);
  if (status === 413) return new AppError('graph.tooLarge', { size: sizeBytes ?? 0 }, failure);
  if (status === 400) return new AppError('graph.badRequest', params, failure);
  return new AppError('graph.requestRefused', params, failure);
}

export interface GraphRequester {
  request(call: GraphCall): Promise<Response>;
}

/** Makes requests for one send; `sizeBytes` only feeds the "too large" message. */
export function createRequester(ctx: GraphContext, sizeBytes?: number): GraphRequester {
  async function wait(ms: number): Promise<void> {
    try {
      await ctx.sleep(ms, ctx.signal);
    } catch (error) {
      if (ctx.signal?.aborted) throw cancelled(ctx);
      throw error;
    }
    if (ctx.signal?.aborted) throw cancelled(ctx);
  }

  async function token(scopes: readonly string[], forceRefresh: boolean): Promise<string> {
    try {
      return await ctx.tokenProvider.getToken({ scopes, forceRefresh });
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (ctx.signal?.aborted) throw cancelled(ctx);
      throw new AppError('graph.signInFailed', { reason: error instanceof Error ? error.message : String(error) }, error);
    }
  }

  async function request(call: GraphCall): Promise<Response> {
    let attempt = 0;
    let refreshed = false;
    let forceRefresh = false;
    for (;;) {
      if (ctx.signal?.aborted) throw cancelled(ctx);
      attempt += 1;
      const headers: Record<string, string> = { ...call.headers };
      if (call.scopes) headers.Authorization = `Bearer ${await token(call.scopes, forceRefresh)}`;
      let body: string | Uint8Array<ArrayBuffer> | undefined = call.body;
      if (call.json !== undefined) {
        headers['Content-Type'] = 'application/json';
        body = JSON.stringify(call.json);
      }
      const failure: GraphFailure = { method: call.method, url: redactUrl(call.url) };

      let response: Response;
      try {
        response = await ctx.fetch(call.url, { method: call.method, headers, body, signal: ctx.signal });
      } catch (error) {
        if (ctx.signal?.aborted) throw cancelled(ctx);
        const networkError = new GraphNetworkError(error);
        if (call.onNetworkError === 'raise') throw networkError;
        if (call.onNetworkError === 'outcomeUnknown' && !networkError.neverConnected) {
          throw new AppError('graph.outcomeUnknown', {}, { ...failure, error });
        }
        if (attempt >= ctx.policy.maxAttempts) throw new AppError('graph.network', { attempts: attempt }, { ...failure, error });
        await wait(backoffDelay(attempt, ctx.policy, ctx.random));
        continue;
      }

      if (call.expect.includes(response.status)) return response;

      const status = response.status;
      const { code, message } = await readGraphError(response);
      const detailed: GraphFailure = { ...failure, status, code, message };

      if (status === 401 && call.scopes && !refreshed) {
        // The token expired or was revoked: one fresh token, one more try (not counted as an attempt).
        refreshed = true;
        forceRefresh = true;
        attempt -= 1;
        continue;
      }
      forceRefresh = false;

      if (RETRY_AFTER_STATUSES.has(status) || (status >= 500 && status <= 599)) {
        const asked = RETRY_AFTER_STATUSES.has(status) ? parseRetryAfter(response.headers.get('Retry-After'), ctx.now()) : undefined;
        const seconds = Math.ceil((asked ?? 0) / 1000);
        const giveUp = attempt >= ctx.policy.maxAttempts || (asked !== undefined && asked > ctx.policy.maxDelayMs);
        if (giveUp) {
          if (status === 429) throw new AppError('graph.throttled', { seconds }, detailed);
          throw new AppError('graph.unavailable', { status, attempts: attempt }, detailed);
        }
        await wait(asked ?? backoffDelay(attempt, ctx.policy, ctx.random));
        continue;
      }

      throw refusal(status, code, detailed, sizeBytes);
    }
  }

  return { request };
}
