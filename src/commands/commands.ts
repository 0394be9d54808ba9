/**
 * Ribbon function commands (manifest: ExecuteFunction insertIndividual / insertCollective).
 * Each handler opens the template in a new document through the Word host. A function command has no surface of its
 * own, so a failure is shown in a small Office dialog (assets/message.html) with the localised message, never only
 * logged.
 *
 * `event.completed()` is called last: after success, or after the error dialog has been closed (DialogEventReceived)
 * or could not open. Completing earlier lets Office end the function file's runtime while the dialog's callback is
 * still pending (Office.Dialog, https://learn.microsoft.com/javascript/api/office/office.dialog).
 * Office is read through src/word/office.ts.
 */
import type { AppError } from '../core/errors';
import { DEFAULT_LANG, ERROR_AREAS, loadCatalogs, registerCatalog, t } from '../core/i18n';
import { ui } from '../core/i18n/catalogs/ui';
import type { TemplateKind } from '../core/template';
import { insertTemplateCommand } from '../word/commands';
import { officeGlobal, type OfficeGlobal } from '../word/office';
import { officeEnv } from '../word/officeEnv';
import { defaultStorage, loadSettings } from '../storage/settingsStore';
import { messageDialogUrl } from './messageDialog';

registerCatalog(ui);

/** Office.EventType.DialogEventReceived and Office.AsyncResultStatus.Failed as strings (their enum values). */
const DIALOG_EVENT_RECEIVED = 'dialogEventReceived';
const FAILED = 'failed';

/** Shows `error` in the message dialog; resolves when the dialog is closed, or at once when it cannot open. */
export async function showError(office: OfficeGlobal | undefined, error: AppError, pageUrl: string): Promise<void> {
  // A host's refusal or a settings problem: their messages are loaded on demand in the browser build.
  await loadCatalogs(DEFAULT_LANG, ERROR_AREAS).catch(() => undefined);
  // The pane's language (Settings, same origin), else Vietnamese: never Office's display language.
  const lang = loadSettings(defaultStorage(), DEFAULT_LANG).settings.language;
  const text = t(error.messageKey, error.params, lang);
  const url = messageDialogUrl(pageUrl, { title: t('ui.command.failedTitle', {}, lang), text, lang });
  return new Promise<void>((resolve) => {
    const display = office?.context?.ui?.displayDialogAsync;
    if (typeof display !== 'function') {
      console.error('[bctt]', text);
      resolve();
      return;
    }
    try {
      display(url, { height: 30, width: 30, displayInIframe: true }, (result) => {
        if (String(result.status) === FAILED || !result.value) {
          // Dialogs can be blocked (e.g. another one is open); the console is the last resort only then.
          console.error('[bctt]', text);
          resolve();
          return;
        }
        // Closed by the person (or unloaded): only then is the command finished.
        result.value.addEventHandler(DIALOG_EVENT_RECEIVED as unknown as Office.EventType, () => resolve());
      });
    } catch {
      console.error('[bctt]', text);
      resolve();
    }
  });
}

/** Runs one insert and completes the event last, whatever happens. */
export async function runInsert(
  kind: TemplateKind,
  event: { completed: () => void },
  deps: { office?: OfficeGlobal; insert?: typeof insertTemplateCommand; pageUrl?: string } = {},
): Promise<void> {
  const office = deps.office ?? officeGlobal();
  try {
    const result = await (deps.insert ?? insertTemplateCommand)(kind, { env: officeEnv() });
    if (!result.ok) await showError(office, result.error, deps.pageUrl ?? globalThis.location?.href ?? '');
  } finally {
    event.completed();
  }
}

const handlers = {
  insertIndividual: (event: Office.AddinCommands.Event) => runInsert('individual', event),
  insertCollective: (event: Office.AddinCommands.Event) => runInsert('collective', event),
};

const office = officeGlobal();
void office?.onReady(() => {
  if (typeof office.actions?.associate === 'function') {
    office.actions.associate('insertIndividual', handlers.insertIndividual);
    office.actions.associate('insertCollective', handlers.insertCollective);
  } else {
    // Older Word builds look function commands up as globals of the function file.
    Object.assign(globalThis, handlers);
  }
});
