/**
 * Ribbon command adapter: what src/commands should call instead of touching Word itself.
 *
 *   Office.actions.associate('insertIndividual', (event) => insertTemplateCommand('individual').finally(() => event.completed()));
 *
 * Result objects, not exceptions, because a ribbon command has nowhere to throw to: the caller shows
 * `t(result.error.messageKey, result.error.params)` in a notification (or the task pane).
 */
import { AppError, isAppError } from '../core/errors';
import type { TemplateKind } from '../core/template';
import { defaultOfficeEnv, type OfficeEnv } from './env';
import { deferredTemplateLoader, WordHost } from './WordHost';

export { fetchTemplateLoader, templatePath } from './templateLoader';

export type CommandResult = { ok: true } | { ok: false; error: AppError };

export interface CommandDeps {
  env?: OfficeEnv;
  loadTemplate?: (kind: TemplateKind) => Promise<Uint8Array>;
}

/** Open the template as a new document (it keeps page setup, styles, header and the task pane auto-open setting). */
export async function insertTemplateCommand(kind: TemplateKind, deps: CommandDeps = {}): Promise<CommandResult> {
  try {
    const env = deps.env ?? defaultOfficeEnv();
    const loadTemplate = deps.loadTemplate ?? deferredTemplateLoader(globalThis.location?.href ?? '');
    await new WordHost({ env, loadTemplate }).insertTemplate(kind, 'newDocument');
    return { ok: true };
  } catch (error) {
    return { ok: false, error: isAppError(error) ? error : new AppError('word.unknown', { code: '-', message: String(error) }, error) };
  }
}
