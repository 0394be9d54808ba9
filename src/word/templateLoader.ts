/**
 * Where the Word host gets a template's bytes: assets/templates/<kind>.docx next to the add-in's pages, stamped with
 * the report's quarter. Used by the ribbon commands (./commands.ts) and by the task pane's WordHost, which loads it
 * with its operations on the first insertion (src/taskpane/boot/wordHost.ts).
 */
import { defaultReportPeriod } from '../core/calendar/period';
import { AppError } from '../core/errors';
import type { TemplateKind } from '../core/template';

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
