/**
 * The one module that reads the `Office` and `Word` globals. The boot code (src/taskpane/boot), the ribbon commands
 * (src/commands) and the Word host's environment (./env.ts) get Office through these functions; components never.
 *
 * office.js may be missing (blocked, offline: file mode), partial or late (it can finish loading after our bundle),
 * so every read happens at call time, is typed loosely and never throws. Type-only imports: this module adds nothing
 * of Office to a bundle.
 */

/** The parts of the `Office` global the add-in uses. */
export interface OfficeGlobal {
  onReady(callback?: (info: { host: unknown; platform: unknown }) => void): Promise<{ host: unknown; platform: unknown }>;
  HostType?: { Word?: unknown };
  context?: {
    displayLanguage?: string;
    officeTheme?: Partial<Office.OfficeTheme> | null;
    platform?: unknown;
    requirements?: { isSetSupported?: (name: string, minVersion?: string) => boolean };
    ui?: {
      openBrowserWindow?: (url: string) => void;
      displayDialogAsync?: (url: string, options: object, callback?: (result: Office.AsyncResult<Office.Dialog>) => void) => void;
      messageParent?: (message: string, options?: object) => void;
    };
    document?: unknown;
  };
  actions?: { associate?: (name: string, handler: (event: Office.AddinCommands.Event) => void) => void };
}

/** The `Office` global of `scope` when it looks like office.js (has onReady), else undefined. */
export function officeGlobal(scope: object = globalThis): OfficeGlobal | undefined {
  const candidate = (scope as { Office?: unknown }).Office;
  if (!candidate || typeof candidate !== 'object' || typeof (candidate as OfficeGlobal).onReady !== 'function') return undefined;
  return candidate as OfficeGlobal;
}

/** `Office.context.requirements.isSetSupported`, false outside Office or when it throws. */
export function officeIsSetSupported(scope: object = globalThis): (name: string, minVersion?: string) => boolean {
  return (name, minVersion) => {
    const requirements = officeGlobal(scope)?.context?.requirements;
    if (typeof requirements?.isSetSupported !== 'function') return false;
    try {
      return requirements.isSetSupported(name, minVersion) === true;
    } catch {
      return false;
    }
  };
}

/**
 * Opens an https address in the person's browser with `Office.context.ui.openBrowserWindow`. Its reference says
 * only https is supported (https://learn.microsoft.com/javascript/api/office/office.ui#office-office-ui-openbrowserwindow-member(1)):
 * anything else (mailto: included) is refused here with false, so the caller uses a link instead. Office gives no
 * result either way, so true only means "handed to Office".
 */
export function officeOpenHttps(scope: object = globalThis): (url: string) => boolean {
  return (url) => {
    if (!/^https:\/\//i.test(url)) return false;
    const ui = officeGlobal(scope)?.context?.ui;
    if (typeof ui?.openBrowserWindow !== 'function') return false;
    try {
      ui.openBrowserWindow(url);
      return true;
    } catch {
      return false;
    }
  };
}

/**
 * The Office user's sign-in name from `Office.auth.getAuthContext()` (NestedAppAuth), for MSAL's login hint;
 * undefined where Office does not offer it.
 */
export function officeLoginHint(scope: object = globalThis): () => Promise<string | undefined> {
  return async () => {
    const auth = (officeGlobal(scope) as { auth?: { getAuthContext?: () => Promise<{ userPrincipalName?: string }> } } | undefined)?.auth;
    if (typeof auth?.getAuthContext !== 'function') return undefined;
    try {
      const context = await auth.getAuthContext();
      return typeof context?.userPrincipalName === 'string' && context.userPrincipalName ? context.userPrincipalName : undefined;
    } catch {
      return undefined;
    }
  };
}

/** An Office dialog's messages and events (the shape src/mail/graph/dialogAuth.ts's OpenDialog expects). */
export interface OfficeDialogHandlers {
  onMessage(message: string, origin: string | undefined): void;
  onEvent(code: number): void;
}
export type OfficeOpenDialog = (url: string, handlers: OfficeDialogHandlers) => Promise<{ close(): void }>;

/** Office.EventType values and Office.AsyncResultStatus.Failed as strings (equal to the enum values). */
const DIALOG_MESSAGE_RECEIVED = 'dialogMessageReceived';
const DIALOG_EVENT_RECEIVED = 'dialogEventReceived';
const ASYNC_FAILED = 'failed';

/**
 * Opens an Office dialog (`Office.context.ui.displayDialogAsync`) for a sign-in: a separate window, never
 * `displayInIframe` (sign-in pages refuse iframes; "Authenticate and authorize with the Office dialog API",
 * https://learn.microsoft.com/office/dev/add-ins/develop/auth-with-office-dialog-api). Messages (DialogMessageReceived,
 * with the sender's origin where Office gives it) and events (DialogEventReceived: closed, page failed) go to the
 * handlers; a dialog that cannot open rejects with its Office error code (12007, 12009, 12011…).
 */
export function officeOpenDialog(scope: object = globalThis): OfficeOpenDialog {
  return (url, handlers) =>
    new Promise<{ close(): void }>((resolve, reject) => {
      const display = officeGlobal(scope)?.context?.ui?.displayDialogAsync;
      if (typeof display !== 'function') {
        reject(Object.assign(new Error('displayDialogAsync is not available'), { code: -1 }));
        return;
      }
      try {
        display(url, { height: 60, width: 30, displayInIframe: false }, (result) => {
          const dialog = result.value;
          if (String(result.status) === ASYNC_FAILED || !dialog) {
            reject(result.error ?? Object.assign(new Error('displayDialogAsync failed'), { code: -1 }));
            return;
          }
          dialog.addEventHandler(DIALOG_MESSAGE_RECEIVED as unknown as Office.EventType, (arg: unknown) => {
            const a = arg as { message?: unknown; origin?: unknown };
            handlers.onMessage(typeof a.message === 'string' ? a.message : '', typeof a.origin === 'string' ? a.origin : undefined);
          });
          dialog.addEventHandler(DIALOG_EVENT_RECEIVED as unknown as Office.EventType, (arg: unknown) => {
            handlers.onEvent(Number((arg as { error?: unknown }).error));
          });
          resolve({ close: () => dialog.close() });
        });
      } catch (error) {
        reject(error);
      }
    });
}

/** `Office.context.ui.messageParent` (the dialog page's way back to the pane); throws when Office does not offer it. */
export function officeMessageParent(scope: object = globalThis): (message: string) => void {
  return (message) => {
    const ui = officeGlobal(scope)?.context?.ui;
    if (typeof ui?.messageParent !== 'function') throw new Error('messageParent is not available');
    ui.messageParent(message);
  };
}

/** `Office.context.platform` as a string ('PC', 'Mac', 'OfficeOnline', 'iOS', …), '' when unknown. */
export function officePlatform(scope: object = globalThis): string {
  const platform = officeGlobal(scope)?.context?.platform;
  return typeof platform === 'string' ? platform : '';
}

/** `Word.run` over the real `Word` global: a rejected promise when Word is not there. */
export function officeWordRun(scope: object = globalThis): <T>(...args: unknown[]) => Promise<T> {
  return <T>(...args: unknown[]): Promise<T> => {
    const word = (scope as { Word?: { run?: (...args: unknown[]) => Promise<unknown> } }).Word;
    if (typeof word?.run !== 'function') return Promise.reject(new Error('Word is not available'));
    return word.run(...args) as Promise<T>;
  };
}

