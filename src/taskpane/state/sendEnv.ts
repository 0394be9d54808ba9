/**
 * What the send view needs from outside React: the Office requirement check (for the Microsoft 365 path), how a
 * mail draft is opened, the download and the clipboard, and the two transports. Components get it from context
 * and never import Office (DESIGN.md §5.3); the Office-reading default is in src/taskpane/boot/sendEnv.ts, and
 * tests provide their own.
 */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { IsSetSupported, TokenProvider, createMsalTokenProvider, sendReportViaGraph } from '../../mail/graph';
import type { relayStatus, submitToRelay } from '../../mail/relay';

export interface SendEnv {
  /** Office.context.requirements.isSetSupported; answers false outside Office. */
  isSetSupported: IsSetSupported;
  /**
   * Opens an https URL outside the task pane (Word: Office.context.ui.openBrowserWindow, which supports https only).
   * Returns false when that is not possible here, and always for other schemes (mailto:); the view then falls back
   * to {@link SendEnv.navigate}.
   */
  openBrowserWindow: (url: string) => boolean;
  /** Follows a link from the page itself (a clicked anchor, else location.href): a mailto: link opens the mail program. */
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

/** The environment the boot code provided (src/taskpane/boot/sendEnv.ts); there is no hidden default. */
export function useSendEnv(): SendEnv {
  const provided = useContext(SendEnvContext);
  if (!provided) throw new Error('useSendEnv outside SendEnvProvider');
  return provided;
}
