/**
 * Ribbon function commands (manifest: ExecuteFunction insertIndividual / insertCollective).
 * Each handler opens the template in a new document and always completes the event, success or not,
 * so Word never shows the command as still running.
 */
import type { TemplateKind } from '../core/template';
import { insertTemplate } from './insertTemplate';

async function runInsert(kind: TemplateKind, event: Office.AddinCommands.Event): Promise<void> {
  try {
    const result = await insertTemplate(kind);
    if (!result.ok) {
      // A function command has no surface of its own; the task pane shows the same check with its message.
      console.error(`[bctt] ${result.message}`, result.cause ?? '');
    }
  } catch (cause) {
    console.error('[bctt] insertTemplate failed', cause);
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
