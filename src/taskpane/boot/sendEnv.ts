/**
 * The send view's environment, built by the boot code and passed into the app. Office is read through
 * src/word/office.ts (the one reader of the global), lazily at each call, since office.js may finish loading after
 * this module. The transports (Graph, relay) are imported only when used, so building this at boot costs the first
 * view nothing.
 */

const graph = () => import(/* webpackChunkName: "graph" */ '../../mail/graph');
const relay = () => import(/* webpackChunkName: "relay" */ '../../mail/relay');
import { AppError } from '../../core/errors';
// Not auth.ts: it registers the Graph messages (both languages), which the send view brings when it loads.
import { graphSignInMode, graphUnavailableReason } from '../../mail/graph/availability';
import type { TokenProvider } from '../../mail/graph/types';
import { officeIsSetSupported, officeLoginHint, officeOpenDialog, officeOpenHttps } from '../../word/office';
import type { SendEnv } from '../state/sendEnv';
import { copyText } from '../views/send/mailto';
import { downloadBytes } from '../ui/downloadBytes';

interface PageScope {
  location?: { href: string };
  document?: Document;
}

/**
 * Follows `url` from the page: a clicked anchor (what opens a mailto: draft in Office's webviews and browsers alike,
 * without unloading the pane), else location.href.
 */
function followLink(scope: PageScope, url: string): void {
  const doc = scope.document;
  if (doc?.body && typeof doc.createElement === 'function') {
    const link = doc.createElement('a');
    link.href = url;
    link.rel = 'noopener';
    link.style.display = 'none';
    doc.body.appendChild(link);
    try {
      link.click();
      return;
    } catch {
      // fall through to location
    } finally {
      link.remove();
    }
  }
  if (scope.location) scope.location.href = url;
}

/** `scope` is globalThis in the pane; tests pass a stand-in. */
export function defaultSendEnv(scope: object = globalThis): SendEnv {
  return {
    isSetSupported: officeIsSetSupported(scope),
    // https only: openBrowserWindow does not support mailto: (see officeOpenHttps), so a mail draft is a link.
    openBrowserWindow: officeOpenHttps(scope),
    navigate: (url) => followLink(scope as PageScope, url),
    download: (bytes, fileName) => downloadBytes(bytes, fileName),
    copy: (text) => copyText(text),
    submitToRelay: async (...args) => (await relay()).submitToRelay(...args),
    relayStatus: async (...args) => (await relay()).relayStatus(...args),
    sendViaGraph: async (...args) => (await graph()).sendReportViaGraph(...args),
    // Refuses at once, like createMsalTokenProvider, when Graph cannot be used here; MSAL itself loads on first use.
    // NAA where Office offers it; elsewhere the Office dialog sign-in (src/mail/graph/dialogAuth.ts), so Microsoft 365
    // stays offered without NAA.
    createTokenProvider: (options) => {
      const unavailable = graphUnavailableReason(options);
      if (unavailable) throw new AppError(unavailable);
      const mode = graphSignInMode(options.isSetSupported);
      const pageUrl = (scope as PageScope).location?.href ?? '';
      let provider: Promise<TokenProvider> | null = null;
      return {
        getToken: async (request) => {
          provider ??= graph().then((m) =>
            mode === 'naa'
              ? m.createMsalTokenProvider({ getLoginHint: officeLoginHint(scope), ...options })
              : m.createDialogTokenProvider({ clientId: options.clientId, pageUrl, openDialog: officeOpenDialog(scope), getLoginHint: officeLoginHint(scope) }),
          );
          return (await provider).getToken(request);
        },
      };
    },
  };
}
