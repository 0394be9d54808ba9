/**
 * The one module that reads the `Office` and `Word` globals. The boot code (src/taskpane/boot), the ribbon commands
 * (src/commands) and the Word host's environment (./env.ts) get Office through these functions; components never.
 *
 * office.js may be missing (blocked, offline: file mode), partial or late (it can finish loading after our bundle),
 * so every read happens at call time, is typed loosely and never throws. Type-only imports: this module adds nothing
 * of Office to a bundle.
 */
import type { OfficeDocumentLike, OfficeEnv } from './env';

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

/** `Office.context.platform` as a string ('PC', 'Mac', 'OfficeOnline', 'iOS', …), '' when unknown. */
export function officePlatform(scope: object = globalThis): string {
  const platform = officeGlobal(scope)?.context?.platform;
  return typeof platform === 'string' ? platform : '';
}

/** The Word host's environment over the real globals (`Word.run`, requirements, the common-API document). */
export function officeEnv(scope: object = globalThis): OfficeEnv {
  const run = <T>(...args: unknown[]): Promise<T> => {
    const word = (scope as { Word?: { run?: (...args: unknown[]) => Promise<unknown> } }).Word;
    if (typeof word?.run !== 'function') return Promise.reject(new Error('Word is not available'));
    return word.run(...args) as Promise<T>;
  };
  const isSet = officeIsSetSupported(scope);
  return {
    run: (batch) => run(batch),
    // Word.run(context, batch): a new batch on an earlier context, as the events page removes handlers
    // (https://learn.microsoft.com/office/dev/add-ins/word/word-add-ins-events); @types/office-js lacks that overload.
    runOn: (context, batch) => run(context, batch),
    isSetSupported: (name, version) => isSet(name, version),
    document: officeGlobal(scope)?.context?.document as OfficeDocumentLike,
    settings: (officeGlobal(scope)?.context?.document as { settings?: OfficeEnv['settings'] } | undefined)?.settings,
    platform: officePlatform(scope),
  };
}
