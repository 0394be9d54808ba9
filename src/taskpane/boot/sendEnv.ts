/**
 * The send view's default environment (see src/taskpane/forms/sendEnv.ts): reads the `Office` global lazily,
 * at each call, since office.js may finish loading after this module; never imports Office itself.
 */
import { createMsalTokenProvider, sendReportViaGraph } from '../../mail/graph';
import { relayStatus, submitToRelay } from '../../mail/relay';
import type { SendEnv } from '../forms/sendEnvType';
import { copyText, downloadBytes } from '../forms/mailto';

/** The parts of the Office global used here, typed loosely (office.js may be missing or partial). */
interface OfficeSendLike {
  context?: {
    requirements?: { isSetSupported?: (name: string, minVersion?: string) => boolean };
    ui?: { openBrowserWindow?: (url: string) => void };
  };
}

function office(scope: object): OfficeSendLike | undefined {
  const candidate = (scope as { Office?: unknown }).Office;
  return candidate && typeof candidate === 'object' ? (candidate as OfficeSendLike) : undefined;
}

/** `scope` is globalThis in the pane; tests pass a stand-in. */
export function defaultSendEnv(scope: object = globalThis): SendEnv {
  return {
    isSetSupported: (name, minVersion) => {
      const check = office(scope)?.context?.requirements?.isSetSupported;
      if (typeof check !== 'function') return false;
      try {
        return check.call(office(scope)?.context?.requirements, name, minVersion) === true;
      } catch {
        return false;
      }
    },
    openBrowserWindow: (url) => {
      const ui = office(scope)?.context?.ui;
      if (typeof ui?.openBrowserWindow !== 'function') return false;
      try {
        ui.openBrowserWindow(url);
        return true;
      } catch {
        return false;
      }
    },
    navigate: (url) => {
      const location = (scope as { location?: { href: string } }).location;
      if (location) location.href = url;
    },
    download: (bytes, fileName) => downloadBytes(bytes, fileName),
    copy: (text) => copyText(text),
    submitToRelay,
    relayStatus,
    sendViaGraph: sendReportViaGraph,
    createTokenProvider: createMsalTokenProvider,
  };
}
