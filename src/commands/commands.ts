/**
 * Ribbon function commands (manifest: ExecuteFunction insertIndividual / insertCollective).
 * Each handler opens the template in a new document through the Word host and always completes the event.
 * A function command has no surface of its own, so a failure is shown in a small Office dialog
 * (assets/message.html) with the localised message, never only logged.
 */
import type { AppError } from '../core/errors';
import { DEFAULT_LANG, registerCatalog, t } from '../core/i18n';
import { ui } from '../core/i18n/catalogs/ui';
import type { TemplateKind } from '../core/template';
import { insertTemplateCommand } from '../word/commands';
import { defaultStorage, loadSettings } from '../taskpane/app/settingsStore';
import { messageDialogUrl } from './messageDialog';

registerCatalog(ui);

function showError(error: AppError): void {
  // The pane's language (Settings, same origin), else Vietnamese: never Office's display language.
  const lang = loadSettings(defaultStorage(), DEFAULT_LANG).settings.language;
  const url = messageDialogUrl(globalThis.location.href, {
    title: t('ui.command.failedTitle', {}, lang),
    text: t(error.messageKey, error.params, lang),
    lang,
  });
  Office.context.ui.displayDialogAsync(url, { height: 30, width: 30, displayInIframe: true }, (result) => {
    // Dialogs can be blocked (e.g. another one is open); the console is the last resort only then.
    if (result.status === Office.AsyncResultStatus.Failed) console.error('[bctt]', t(error.messageKey, error.params, lang));
  });
}

async function runInsert(kind: TemplateKind, event: Office.AddinCommands.Event): Promise<void> {
  try {
    const result = await insertTemplateCommand(kind);
    if (!result.ok) showError(result.error);
  } finally {
    event.completed();
  }
}

const handlers = {
  insertIndividual: (event: Office.AddinCommands.Event) => runInsert('individual', event),
  insertCollective: (event: Office.AddinCommands.Event) => runInsert('collective', event),
};

Office.onReady(() => {
  if (typeof Office.actions?.associate === 'function') {
    Office.actions.associate('insertIndividual', handlers.insertIndividual);
    Office.actions.associate('insertCollective', handlers.insertCollective);
  } else {
    // Older Word builds look function commands up as globals of the function file.
    Object.assign(globalThis, handlers);
  }
});
