/**
 * Sign-in for the Graph path where Nested App Authentication is not available: the Office dialog.
 *
 * The documented fallback ("Authenticate and authorize with the Office dialog API",
 * https://learn.microsoft.com/office/dev/add-ins/develop/auth-with-office-dialog-api; the NAA page's "fall back to the
 * Office dialog API when NAA is unavailable", https://learn.microsoft.com/office/dev/add-ins/develop/enable-nested-app-authentication-in-your-add-in):
 * the task pane opens a page of the add-in's own domain with `Office.context.ui.displayDialogAsync` (never in an
 * iframe: sign-in pages refuse to load in one), that page signs in with MSAL.js (redirect flow, in the dialog's own
 * browser instance; see ./dialogSignIn.ts and src/signin/) and hands the result back with `messageParent`; the pane
 * receives it as DialogMessageReceived and closes the dialog. The dialog shares no storage with the pane, so the
 * token is kept here, in memory, until shortly before it expires.
 *
 * No Office import: the caller passes `openDialog` (src/word/office.ts `officeOpenDialog`), tests a stand-in.
 * The data the dialog needs travels in its query string (Office appends its own `_host_Info` parameter, which can
 * disturb a `#` fragment; see src/commands/messageDialog.ts).
 */
import { AppError } from '../../core/errors';
import { DEFAULT_GRAPH_SCOPES, GRAPH_CLIENT_ID_PATTERN } from './auth';
import type { TokenProvider, TokenRequest } from './types';
import './messages';

/** The page the dialog opens, relative to the task pane's address (built from src/signin/signin.html). */
export const SIGN_IN_PAGE = 'signin.html';

/** Marks our messages: anything else arriving from the dialog is not a sign-in result. */
export const SIGN_IN_MESSAGE_TAG = 'bctt.signin';

/** What the dialog page sends with messageParent, as JSON. */
export type SignInMessage =
  | { type: typeof SIGN_IN_MESSAGE_TAG; ok: true; accessToken: string; expiresOn: number; scopes: string[]; username?: string }
  | { type: typeof SIGN_IN_MESSAGE_TAG; ok: false; error: string };

/** What the dialog page is asked to do (in the dialog's query string). */
export interface SignInRequest {
  clientId: string;
  scopes: string[];
  loginHint?: string;
  /** The last token was refused: the page must not hand back a cached one. */
  forceRefresh?: boolean;
}

/**
 * Office dialog errors and events (Office.context.ui.displayDialogAsync reference and "Handling errors and events in
 * the Office dialog box", https://learn.microsoft.com/office/dev/add-ins/develop/dialog-handle-errors-events).
 */
export const DIALOG_CODES = {
  /** The dialog's page cannot be found or loaded. */
  pageNotFound: 12002,
  /** The dialog was pointed at a non-https address. */
  notHttps: 12003,
  /** The person closed the dialog (DialogEventReceived). */
  closedByUser: 12006,
  /** A dialog is already open from this host window. */
  alreadyOpen: 12007,
  /** The person ignored or refused the dialog's prompt (Office on the web). */
  ignored: 12009,
  /** The browser's settings block popups (Office on the web). */
  blocked: 12011,
} as const;

/** The dialog's two ways back to the pane. */
export interface DialogHandlers {
  /** DialogMessageReceived: `message` as sent with messageParent; `origin` when Office gives it (DialogApi 1.2). */
  onMessage(message: string, origin: string | undefined): void;
  /** DialogEventReceived: the dialog was closed, or its page failed (12002, 12003, 12006…). */
  onEvent(code: number): void;
}

/** An open dialog. */
export interface DialogHandle {
  close(): void;
}

/**
 * Opens `url` in an Office dialog and routes its messages and events to `handlers`. Rejects with an object carrying
 * the Office error `code` when the dialog cannot open (12007, 12009, 12011…).
 */
export type OpenDialog = (url: string, handlers: DialogHandlers) => Promise<DialogHandle>;

export interface DialogTokenProviderOptions {
  clientId: string | undefined;
  /** The task pane's own address: the sign-in page is beside it, and only its origin may answer. */
  pageUrl: string;
  openDialog: OpenDialog;
  defaultScopes?: readonly string[];
  getLoginHint?: () => Promise<string | undefined>;
  now?: () => number;
}

/** A token is reused until this long before it expires. */
export const TOKEN_EXPIRY_MARGIN_MS = 5 * 60 * 1000;

/** The dialog page's address with the request in the query (never in a fragment). */
export function signInDialogUrl(pageUrl: string, request: SignInRequest): string {
  const url = new URL(SIGN_IN_PAGE, pageUrl);
  url.hash = '';
  const query = new URLSearchParams({ clientId: request.clientId, scopes: request.scopes.join(' ') });
  if (request.loginHint) query.set('loginHint', request.loginHint);
  if (request.forceRefresh) query.set('refresh', '1');
  url.search = query.toString();
  return url.href;
}

/** The request in a sign-in page's address, or null when it is missing or malformed. */
export function readSignInRequest(href: string): SignInRequest | null {
  let query: URLSearchParams;
  try {
    query = new URL(href).searchParams;
  } catch {
    return null;
  }
  const clientId = query.get('clientId') ?? '';
  const scopes = (query.get('scopes') ?? '').split(/\s+/).filter((s) => /^[\w.:/-]+$/.test(s));
  if (!GRAPH_CLIENT_ID_PATTERN.test(clientId) || scopes.length === 0) return null;
  const loginHint = query.get('loginHint')?.trim();
  return { clientId, scopes, ...(loginHint ? { loginHint } : {}), ...(query.get('refresh') === '1' ? { forceRefresh: true } : {}) };
}

/** A message from the dialog, or null when it is not one of ours or is malformed. */
export function parseSignInMessage(text: string): SignInMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const m = value as Partial<Record<string, unknown>> | null;
  if (!m || typeof m !== 'object' || m.type !== SIGN_IN_MESSAGE_TAG) return null;
  if (m.ok === true) {
    if (typeof m.accessToken !== 'string' || m.accessToken === '' || typeof m.expiresOn !== 'number' || !Number.isFinite(m.expiresOn)) return null;
    const scopes = Array.isArray(m.scopes) ? m.scopes.filter((s): s is string => typeof s === 'string') : [];
    return {
      type: SIGN_IN_MESSAGE_TAG,
      ok: true,
      accessToken: m.accessToken,
      expiresOn: m.expiresOn,
      scopes,
      ...(typeof m.username === 'string' ? { username: m.username } : {}),
    };
  }
  if (m.ok === false) return { type: SIGN_IN_MESSAGE_TAG, ok: false, error: typeof m.error === 'string' && m.error ? m.error.slice(0, 120) : 'unknown' };
  return null;
}

/** Errors by which the person said no (closing the sign-in, refusing consent). */
const CANCELLED = new Set(['user_cancelled', 'access_denied', 'consent_required_cancelled']);

function failure(reason: string, cause?: unknown): AppError {
  return CANCELLED.has(reason) ? new AppError('graph.cancelled', {}, cause) : new AppError('graph.signInFailed', { reason }, cause);
}

function dialogOpenFailure(error: unknown): AppError {
  const code = Number((error as { code?: unknown } | null)?.code);
  if (code === DIALOG_CODES.ignored || code === DIALOG_CODES.blocked) return new AppError('graph.dialogBlocked', { code: String(code) }, error);
  if (code === DIALOG_CODES.alreadyOpen) return new AppError('graph.dialogAlreadyOpen', {}, error);
  return new AppError('graph.signInFailed', { reason: Number.isFinite(code) ? `dialog ${code}` : 'dialog' }, error);
}

/**
 * A TokenProvider that signs in through the Office dialog. One dialog at a time: concurrent requests share it.
 * Throws `graph.notConfigured` at once without a valid client id.
 */
export function createDialogTokenProvider(options: DialogTokenProviderOptions): TokenProvider {
  if (!options.clientId || !GRAPH_CLIENT_ID_PATTERN.test(options.clientId)) throw new AppError('graph.notConfigured');
  const clientId = options.clientId;
  const now = options.now ?? (() => Date.now());
  const defaultScopes = options.defaultScopes ?? DEFAULT_GRAPH_SCOPES;
  const origin = new URL(options.pageUrl).origin;
  let cached: { token: string; expiresOn: number; scopes: string } | null = null;
  let pending: { scopes: string; promise: Promise<string> } | null = null;

  function signIn(scopes: string[], loginHint: string | undefined, forceRefresh: boolean): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      let handle: DialogHandle | null = null;
      let settled = false;
      const settle = (fn: () => void): void => {
        if (settled) return;
        settled = true;
        try {
          handle?.close();
        } catch {
          // already gone
        }
        fn();
      };
      const url = signInDialogUrl(options.pageUrl, { clientId, scopes, ...(loginHint ? { loginHint } : {}), ...(forceRefresh ? { forceRefresh } : {}) });
      options
        .openDialog(url, {
          onMessage(text, from) {
            // Only our own page may answer (messageParent from another origin is not a sign-in result).
            if (from !== undefined && from !== origin) return;
            const message = parseSignInMessage(text);
            if (!message) return settle(() => reject(new AppError('graph.signInFailed', { reason: 'bad dialog message' })));
            if (!message.ok) return settle(() => reject(failure(message.error)));
            cached = { token: message.accessToken, expiresOn: message.expiresOn, scopes: scopes.join(' ') };
            settle(() => resolve(message.accessToken));
          },
          onEvent(code) {
            if (code === DIALOG_CODES.closedByUser) settle(() => reject(new AppError('graph.cancelled')));
            else settle(() => reject(new AppError('graph.signInFailed', { reason: `dialog ${code}` })));
          },
        })
        .then(
          (opened) => {
            handle = opened;
            if (settled) opened.close(); // answered before the handle came back
          },
          (error: unknown) => settle(() => reject(dialogOpenFailure(error))),
        );
    });
  }

  return {
    async getToken(request: TokenRequest = {}): Promise<string> {
      const scopes = [...(request.scopes ?? defaultScopes)];
      const key = scopes.join(' ');
      if (!request.forceRefresh && cached && cached.scopes === key && cached.expiresOn - TOKEN_EXPIRY_MARGIN_MS > now()) return cached.token;
      if (request.forceRefresh) cached = null;
      if (pending && pending.scopes === key) return pending.promise;
      const promise = (async () => {
        const loginHint = await options.getLoginHint?.().catch(() => undefined);
        return signIn(scopes, loginHint, request.forceRefresh === true);
      })().finally(() => {
        if (pending?.promise === promise) pending = null;
      });
      pending = { scopes: key, promise };
      return promise;
    },
  };
}
