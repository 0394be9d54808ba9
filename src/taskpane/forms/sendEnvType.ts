/**
 * The send view's environment, as a type only: the context in ./sendEnv.ts provides it and the boot code
 * (src/taskpane/boot/sendEnv.ts) builds the default, so neither imports the other's module.
 */
import type { IsSetSupported, createMsalTokenProvider, sendReportViaGraph } from '../../mail/graph';
import type { relayStatus, submitToRelay } from '../../mail/relay';

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
