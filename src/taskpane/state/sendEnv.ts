/**
 * What the send view needs from outside React: the Office requirement check (for the Microsoft 365 path), how a
 * mail draft is opened, the download and the clipboard, and the two transports. Components get it from context
 * and never import Office (DESIGN.md §5.3); the Office-reading default is in src/taskpane/boot/sendEnv.ts (loaded
 * when the send view first needs it), and tests provide their own.
 */
import { createContext, createElement, useContext, useMemo, type ReactNode } from 'react';
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

/**
 * Builds the environment on first use: the pane's boot code passes one, so the first view does not download the
 * send environment's code (first-view budget, DESIGN.md §7).
 */
export type SendEnvLoader = () => Promise<SendEnv>;

/** A loader's one result, shared by every reader under the provider. */
class LoadedSendEnv {
  private value: SendEnv | null = null;
  private pending: Promise<void> | null = null;
  private failure: { error: unknown } | null = null;

  constructor(private readonly load: SendEnvLoader) {}

  /**
   * The environment, or a thrown promise while it loads (React Suspense). A failed load is thrown to the view's error
   * boundary at every read (as React.lazy does) until {@link LoadedSendEnv.retry}: no loop of downloads offline.
   */
  read(): SendEnv {
    if (this.value) return this.value;
    if (this.failure) throw this.failure.error;
    this.pending ??= this.load().then(
      (env) => {
        this.value = env;
      },
      (error: unknown) => {
        this.failure = { error };
        this.pending = null;
      },
    );
    throw this.pending;
  }

  /** After a failed load: the next read loads anew. */
  retry(): void {
    this.failure = null;
  }
}

const SendEnvContext = createContext<SendEnv | LoadedSendEnv | null>(null);

/**
 * Provides a send environment to the view: an object (tests, or a host with other means), or a loader called when the
 * send view first reads it (the view waits behind the shell's Suspense; a failed load reaches the view's error
 * boundary, whose "try again" loads it anew through {@link useSendEnvRetry}).
 */
export function SendEnvProvider({ env, children }: { env: SendEnv | SendEnvLoader; children?: ReactNode }) {
  const value = useMemo(() => (typeof env === 'function' ? new LoadedSendEnv(env) : env), [env]);
  return createElement(SendEnvContext.Provider, { value }, children);
}

/** For the shell's "try again": forgets a failed load of the send environment (nothing otherwise). */
export function useSendEnvRetry(): () => void {
  const provided = useContext(SendEnvContext);
  return () => {
    if (provided instanceof LoadedSendEnv) provided.retry();
  };
}

/** The environment the boot code provided (src/taskpane/boot/sendEnv.ts); there is no hidden default. */
export function useSendEnv(): SendEnv {
  const provided = useContext(SendEnvContext);
  if (!provided) throw new Error('useSendEnv outside SendEnvProvider');
  return provided instanceof LoadedSendEnv ? provided.read() : provided;
}
