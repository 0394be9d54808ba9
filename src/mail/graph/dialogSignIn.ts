/**
 * The sign-in page's logic (src/signin/signin.ts is its thin entry): runs inside the Office dialog opened by
 * ./dialogAuth.ts, signs in with MSAL.js and hands the result to the task pane with messageParent.
 *
 * The dialog is a separate browser instance ("Authenticate and authorize with the Office dialog API",
 * https://learn.microsoft.com/office/dev/add-ins/develop/auth-with-office-dialog-api): a standard (not nestable) MSAL
 * application in this page, the redirect flow (the page itself is the redirect URI, registered as a single-page
 * application redirect in Microsoft Entra; see the README), the result to the pane with `messageParent`. MSAL's own
 * popup is not used: the dialog is already the separate window.
 *
 * The request (client id, scopes, login hint) comes in the query string the first time; the sign-in redirect comes
 * back without it, so it is kept in the dialog's sessionStorage meanwhile and removed once answered. No Office import
 * (`messageParent` is passed in) and MSAL is loaded through `loadMsal`, so tests drive this with stand-ins.
 */
import { GRAPH_AUTHORITY } from './auth';
import { readSignInRequest, SIGN_IN_MESSAGE_TAG, type SignInMessage, type SignInRequest } from './dialogAuth';

/** The parts of `@azure/msal-browser` the page uses. */
export type StandardMsalModule = Pick<typeof import('@azure/msal-browser'), 'createStandardPublicClientApplication'>;

export interface SignInPageDeps {
  /** location.href. */
  href: string;
  /** window.sessionStorage of the dialog. */
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  loadMsal?: () => Promise<StandardMsalModule>;
  /** Office.context.ui.messageParent. */
  messageParent: (message: string) => void;
}

/** sessionStorage key holding the request across the sign-in redirect. */
export const SIGN_IN_STORAGE_KEY = 'bctt.signin.request';

interface Stored extends SignInRequest {
  /** The redirect to the sign-in page was already started once: a second return with no result is a failure, not a loop. */
  redirected?: boolean;
}

/** The page's own address without query or fragment: the redirect URI registered for the application. */
export function signInRedirectUri(href: string): string {
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  return url.href;
}

function readStored(storage: SignInPageDeps['storage']): Stored | null {
  try {
    const raw = storage.getItem(SIGN_IN_STORAGE_KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Stored;
    return typeof value?.clientId === 'string' && Array.isArray(value.scopes) ? value : null;
  } catch {
    return null;
  }
}

function codeOf(error: unknown): string {
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  if (typeof code === 'string' && code) return code;
  return error instanceof Error && error.message ? error.message.slice(0, 120) : 'unknown';
}

/**
 * Runs the page. Resolves with what was sent to the pane, or 'redirecting' when the page is leaving for the sign-in
 * page (it comes back here with the answer).
 */
export async function runSignInPage(deps: SignInPageDeps): Promise<SignInMessage | 'redirecting'> {
  const send = (message: SignInMessage): SignInMessage => {
    deps.storage.removeItem(SIGN_IN_STORAGE_KEY); // answered: a later dialog starts from its own query
    deps.messageParent(JSON.stringify(message));
    return message;
  };
  const fail = (error: string): SignInMessage => send({ type: SIGN_IN_MESSAGE_TAG, ok: false, error });

  const fromQuery = readSignInRequest(deps.href);
  const stored = readStored(deps.storage);
  const request: Stored | null = fromQuery ?? stored;
  if (!request) return fail('bad_request');
  if (fromQuery) deps.storage.setItem(SIGN_IN_STORAGE_KEY, JSON.stringify(fromQuery));

  try {
    const msal = await (deps.loadMsal ?? (() => import('@azure/msal-browser')))();
    const pca = await msal.createStandardPublicClientApplication({
      auth: { clientId: request.clientId, authority: GRAPH_AUTHORITY, redirectUri: signInRedirectUri(deps.href) },
      cache: { cacheLocation: 'sessionStorage' },
    });
    const ok = (result: { accessToken: string; expiresOn: Date | null; scopes: string[]; account: { username?: string } | null }): SignInMessage =>
      send({
        type: SIGN_IN_MESSAGE_TAG,
        ok: true,
        accessToken: result.accessToken,
        // MSAL gives the expiry as a Date; without one, assume the usual hour.
        expiresOn: result.expiresOn ? result.expiresOn.getTime() : Date.now() + 3600_000,
        scopes: result.scopes,
        ...(result.account?.username ? { username: result.account.username } : {}),
      });

    // Back from the sign-in page: MSAL reads the answer from this page's address.
    const redirected = await pca.handleRedirectPromise();
    if (redirected?.accessToken) return ok(redirected);

    const account = pca.getAllAccounts()[0];
    if (account) {
      try {
        return ok(await pca.acquireTokenSilent({ scopes: request.scopes, account, forceRefresh: request.forceRefresh === true }));
      } catch {
        // Interaction needed: go on to the sign-in page.
      }
    }
    if (!fromQuery && stored?.redirected) return fail('no_result');
    deps.storage.setItem(SIGN_IN_STORAGE_KEY, JSON.stringify({ ...request, redirected: true }));
    await pca.acquireTokenRedirect({
      scopes: request.scopes,
      ...(request.loginHint ? { loginHint: request.loginHint } : {}),
      ...(request.forceRefresh ? { prompt: 'login' } : {}),
    });
    return 'redirecting';
  } catch (error) {
    return fail(codeOf(error));
  }
}
