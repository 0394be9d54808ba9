/**
 * Ribbon command adapter: what src/commands should call instead of touching Word itself.
 *
 *   Office.actions.associate('insertIndividual', (event) => insertTemplateCommand('individual').finally(() => event.completed()));
 *
 * Result objects, not exceptions, because a ribbon command has nowhere to throw to: the caller shows
 * `t(result.error.messageKey, result.error.params)` in a notification (or the task pane).
 */
import { defaultReportPeriod } from '../core/calendar/period';
import { AppError, isAppError } from '../core/errors';
import type { TemplateKind } from '../core/template';
import { defaultOfficeEnv, type OfficeEnv } from './env';
import { WordHost } from './WordHost';

export type CommandResult = { ok: true } | { ok: false; error: AppError };

/** Path of a template, relative to the add-in's pages. */
export function templatePath(kind: TemplateKind): string {
  return `assets/templates/${kind}.docx`;
}

/**
 * The report's own quarter written into a template's bytes (the quarter whose deadline comes next, or the one just
 * ended during the first days of a quarter), so a new document made from it carries its quarter like the file-mode
 * and command-line ones. The .docx editor loads only here; if it cannot, the bytes go as they are (the pane lets the
 * person set the quarter).
 */
async function withReportPeriod(bytes: Uint8Array, at: Date): Promise<Uint8Array> {
  try {
    const { editDocx } = await import(/* webpackChunkName: "docx-edit" */ '../docx/edit');
    return await editDocx(bytes, { setPeriod: defaultReportPeriod(at) });
  } catch {
    return bytes;
  }
}

/** A loadTemplate for WordHost that fetches assets/templates/<kind>.docx relative to `baseUrl`, stamped with its quarter. */
export function fetchTemplateLoader(
  baseUrl: string,
  fetcher: typeof fetch = (input, init) => fetch(input, init),
  now: () => Date = () => new Date(),
) {
  return async (kind: TemplateKind): Promise<Uint8Array> => {
    const url = new URL(templatePath(kind), baseUrl).href;
    let response: Response;
    try {
      response = await fetcher(url, { cache: 'no-cache' });
    } catch (cause) {
      throw new AppError('word.templateLoad', { kind }, cause);
    }
    if (!response.ok) throw new AppError('word.templateLoad', { kind, status: response.status });
    return withReportPeriod(new Uint8Array(await response.arrayBuffer()), now());
  };
}

export interface CommandDeps {
  env?: OfficeEnv;
  loadTemplate?: (kind: TemplateKind) => Promise<Uint8Array>;
}

/** Open the template as a new document (it keeps page setup, styles, header and the task pane auto-open setting). */
export async function insertTemplateCommand(kind: TemplateKind, deps: CommandDeps = {}): Promise<CommandResult> {
  try {
    const env = deps.env ?? defaultOfficeEnv();
    const loadTemplate = deps.loadTemplate ?? fetchTemplateLoader(globalThis.location?.href ?? '');
    await new WordHost({ env, loadTemplate }).insertTemplate(kind, 'newDocument');
    return { ok: true };
  } catch (error) {
    return { ok: false, error: isAppError(error) ? error : new AppError('word.unknown', { code: '-', message: String(error) }, error) };
  }
}
