/**
 * Sign-in for the Graph path: Nested App Authentication (NAA) with MSAL.js. Word brokers the
 * token for the user already signed in to Office, so usually nothing is shown; when consent or a
 * fresh sign-in is needed, MSAL opens a popup.
 *
 * No Office import here: the caller passes `isSetSupported` (Office.context.requirements.isSetSupported).
 * MSAL is loaded with a dynamic import on first use, so it stays out of the task pane's first bundle.
 */
import { AppError } from '../../core/errors';
import type { TokenProvider, TokenRequest } from './types';
import './messages';

export const NAA_REQUIREMENT_SET = { name: 'NestedAppAuth', version: '1.1' } as const;
export const GRAPH_AUTHORITY = 'https://login.microsoftonline.com/common';
export const DEFAULT_GRAPH_SCOPES: readonly string[] = Object.freeze(['Mail.Send']);

export type IsSetSupported = (name: string, minVersion?: string) => boolean;

/** A Microsoft Entra application (client) id: a GUID. */
export const GRAPH_CLIENT_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const GUID = GRAPH_CLIENT_ID_PATTERN;
/**
 * The Office dialog (Office.context.ui.displayDialogAsync), the sign-in used where NAA is not available
 * (./dialogAuth.ts; requirement set https://learn.microsoft.com/javascript/api/requirement-sets/common/dialog-api-requirement-sets).
 */
export const DIALOG_REQUIREMENT_SET = { name: 'DialogApi', version: '1.1' } as const;

/** How the Graph path signs in here: NAA (Office brokers the token) or the Office dialog (our sign-in page). */
export type GraphSignInMode = 'naa' | 'dialog';

function supports(isSetSupported: IsSetSupported, set: { name: string; version: string }): boolean {
  try {
    return isSetSupported(set.name, set.version) === true;
  } catch {
    return false;
  }
}

/** NAA where Office offers it, else the Office dialog where that exists, else null (outside Office). */
export function graphSignInMode(isSetSupported: IsSetSupported): GraphSignInMode | null {
  if (supports(isSetSupported, NAA_REQUIREMENT_SET)) return 'naa';
  if (supports(isSetSupported, DIALOG_REQUIREMENT_SET)) return 'dialog';
  return null;
}

/** The parts of `@azure/msal-browser` used here (kept small so tests can stand in for it). */
export type MsalModule = Pick<typeof import('@azure/msal-browser'), 'createNestablePublicClientApplication' | 'InteractionRequiredAuthError'>;

export interface MsalTokenProviderOptions {
  /** Microsoft Entra application (client) id, from settings `graphClientId`. */
  clientId: string | undefined;
  isSetSupported: IsSetSupported;
  /** Scopes used when a request names none. */
  defaultScopes?: readonly string[];
  /** Loads MSAL; defaults to a dynamic import (a separate chunk). */
  loadMsal?: () => Promise<MsalModule>;
  /**
   * The Office user's sign-in name (`Office.auth.getAuthContext()`'s userPrincipalName), used as MSAL's login hint:
   * Word on the web needs it for a silent sign-in (ssoSilent) when MSAL has no account yet.
   */
  getLoginHint?: () => Promise<string | undefined>;
}

/**
 * Why the Graph path cannot be offered here, as a message key, or undefined when it can: with NAA, or without it
 * through the Office dialog sign-in (issue 10 item 14: Microsoft 365 is not hidden where NAA is missing).
 * Use it to decide whether to show the Microsoft 365 option at all.
 */
export function graphUnavailableReason(options: Pick<MsalTokenProviderOptions, 'clientId' | 'isSetSupported'>): 'graph.naaUnsupported' | 'graph.notConfigured' | undefined {
  if (graphSignInMode(options.isSetSupported) === null) return 'graph.naaUnsupported';
  if (!options.clientId || !GUID.test(options.clientId)) return 'graph.notConfigured';
  return undefined;
}

/** MSAL errors carry `errorCode`; keep the reason short and free of tokens. */
function reasonOf(error: unknown): string {
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  if (typeof code === 'string' && code !== '') return code;
  return error instanceof Error && error.message ? error.message.slice(0, 120) : 'unknown';
}

/** Codes after which a silent request can only succeed interactively, even if not typed as InteractionRequiredAuthError. */
const NEEDS_INTERACTION = new Set(['no_account_error', 'no_tokens_found', 'consent_required', 'interaction_required', 'login_required']);

/**
 * A TokenProvider backed by MSAL NAA. Throws `graph.naaUnsupported` or `graph.notConfigured`
 * at once when the path cannot work here; sign-in problems surface from `getToken` as
 * `graph.signInFailed` (or `graph.cancelled` when the user closes the popup).
 */
export function createMsalTokenProvider(options: MsalTokenProviderOptions): TokenProvider {
  // This provider is NAA's: without it the caller uses the dialog sign-in (./dialogAuth.ts).
  const unavailable = graphSignInMode(options.isSetSupported) === 'naa' ? graphUnavailableReason(options) : 'graph.naaUnsupported';
  if (unavailable) throw new AppError(unavailable);
  const clientId = options.clientId as string;
  const defaultScopes = options.defaultScopes ?? DEFAULT_GRAPH_SCOPES;
  const loadMsal = options.loadMsal ?? (() => import('@azure/msal-browser'));

  let setup: Promise<{ msal: MsalModule; pca: Awaited<ReturnType<MsalModule['createNestablePublicClientApplication']>> }> | undefined;

  function ready() {
    setup ??= (async () => {
      const msal = await loadMsal();
      const pca = await msal.createNestablePublicClientApplication({ auth: { clientId, authority: GRAPH_AUTHORITY } });
      return { msal, pca };
    })().catch((error: unknown) => {
      setup = undefined; // let the next attempt start over
      throw new AppError('graph.signInFailed', { reason: reasonOf(error) }, error);
    });
    return setup;
  }

  return {
    async getToken(request: TokenRequest = {}): Promise<string> {
      const { msal, pca } = await ready();
      const scopes = [...(request.scopes ?? defaultScopes)];
      // No setActiveAccount/getActiveAccount: not supported under NAA
      // (https://learn.microsoft.com/office/dev/add-ins/develop/enable-nested-app-authentication-in-your-add-in);
      // MSAL's account list is the memory.
      const account = pca.getAllAccounts()[0] ?? undefined;
      const loginHint = account ? undefined : await options.getLoginHint?.().catch(() => undefined);
      try {
        // Without an account, Word on the web signs in silently only with ssoSilent and the Office user's login hint.
        const result = loginHint
          ? await pca.ssoSilent({ scopes, loginHint })
          : await pca.acquireTokenSilent({ scopes, account, forceRefresh: request.forceRefresh === true });
        return result.accessToken;
      } catch (error) {
        const interactive = error instanceof msal.InteractionRequiredAuthError || NEEDS_INTERACTION.has(reasonOf(error));
        if (!interactive) throw new AppError('graph.signInFailed', { reason: reasonOf(error) }, error);
      }
      try {
        const result = await pca.acquireTokenPopup(loginHint ? { scopes, loginHint } : { scopes });
        return result.accessToken;
      } catch (error) {
        if (reasonOf(error) === 'user_cancelled') throw new AppError('graph.cancelled', {}, error);
        throw new AppError('graph.signInFailed', { reason: reasonOf(error) }, error);
      }
    },
  };
}
