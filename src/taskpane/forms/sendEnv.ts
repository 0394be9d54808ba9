/**
 * What the send view needs from outside React: the Office requirement check (for the Microsoft 365 path), how a
 * mail draft is opened, the download and the clipboard, and the two transports. Components get it from context
 * and never import Office (DESIGN.md §5.3); the Office-reading default is in src/taskpane/boot/sendEnv.ts, and
 * tests provide their own.
 */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { IsSetSupported, TokenProvider, createMsalTokenProvider, sendReportViaGraph } from '../../mail/graph';
import type { relayStatus, submitToRelay } from '../../mail/relay';
import { defaultSendEnv } from '../boot/sendEnv';

export interface SendEnv {
  /** Office.context.requirements.isSetSupported; answers false outside Office. */
  isSetSupported: IsSetSupported;
  /**
   * Opens a URL outside the task pane (Word: Office.context.ui.openBrowserWindow). Returns false when that is not
   * possible here; the view then falls back to {@link SendEnv.navigate}.
   */
  openBrowserWindow: (url: string) => boolean;
  /** Follows a link from the page itself (location.href): a mailto: link opens the mail program. */
  navigate: (url: string) => void;
  /** Saves bytes as a file (a Blob download). */
  download: (bytes: Uint8Array, fileName: string) => void;
  copy: (text: string) => Promise<boolean>;
  submitToRelay: typeof submitToRelay;
  relayStatus: typeof relayStatus;
  sendViaGraph: typeof sendReportViaGraph;
  createTokenProvider: typeof createMsalTokenProvider;
}

export type { TokenProvider };

const SendEnvContext = createContext<SendEnv | null>(null);

/** Provides a send environment to the view (tests, or a host with other means). */
export function SendEnvProvider({ env, children }: { env: SendEnv; children?: ReactNode }) {
  return createElement(SendEnvContext.Provider, { value: env }, children);
}

let fallback: SendEnv | null = null;

/** The provided environment, else the default one (Office when present, the browser otherwise). */
export function useSendEnv(): SendEnv {
  const provided = useContext(SendEnvContext);
  if (provided) return provided;
  fallback ??= defaultSendEnv();
  return fallback;
}
