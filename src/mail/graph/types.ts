/**
 * Shared types of the Microsoft Graph delivery path. Nothing here imports Office or MSAL: the
 * client is driven through a `TokenProvider` and a `fetch`, so it runs in a task pane and in tests.
 */

/** What a caller may ask of a token provider. */
export interface TokenRequest {
  /** Delegated Graph scopes the token must carry, e.g. ["Mail.Send"]. */
  scopes?: readonly string[];
  /** Skip any cached token (the last one was refused with 401). */
  forceRefresh?: boolean;
}

/** Gives a bearer token for Microsoft Graph. The MSAL implementation is in `auth.ts`. */
export interface TokenProvider {
  getToken(request?: TokenRequest): Promise<string>;
}

/** The subset of `fetch` the client uses (the global one in browsers and Node 20). */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Waits `ms` milliseconds; rejects if `signal` aborts. Injected so tests do not wait. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** How failed requests are retried. */
export interface RetryPolicy {
  /** Attempts per request, the first included, for 429, 5xx and network errors. */
  maxAttempts: number;
  /** First backoff delay; doubled on each further attempt. */
  baseDelayMs: number;
  /** Cap on any single wait. A Retry-After longer than this is not waited out: the send fails as throttled. */
  maxDelayMs: number;
}

export interface SendReportViaGraphOptions {
  tokenProvider: TokenProvider;
  fetch?: FetchLike;
  /** Graph root, without a trailing slash. */
  baseUrl?: string;
  /** The one recipient (the district address). */
  to: string;
  subject: string;
  /** Plain-text body. */
  body: string;
  /** Attachment file name, e.g. "BCTT_Q3_2026_Truong_X.docx". */
  fileName: string;
  /** The .docx bytes. */
  bytes: Uint8Array;
  signal?: AbortSignal;
  sleep?: Sleep;
  /** Clock for Retry-After dates and the result's time stamp. */
  now?: () => Date;
  /** Jitter source in [0, 1); defaults to Math.random. */
  random?: () => number;
  retry?: Partial<RetryPolicy>;
  /** Upload-session fragment size: a multiple of 320 KiB, at most 4 MiB. */
  chunkSize?: number;
}

/** How the message went out. */
export type GraphRoute = 'sendMail' | 'uploadSession';

export interface GraphSendResult {
  route: GraphRoute;
  /** The draft's id (upload-session route only). */
  messageId?: string;
  recipient: string;
  /** ISO time at which Graph accepted the send. */
  sentAt: string;
}
