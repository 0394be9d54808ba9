/**
 * Opens a new Word document from one of the generated templates (assets/templates/<kind>.docx).
 *
 * Application.createDocument(base64) keeps the template's styles, headers and page setup (insertFileFromBase64
 * would drop them) and needs WordApi 1.3, the manifest's floor; it is still checked at run time because
 * older clients may load the add-in anyway. This lives here until the Word host (src/word) takes it over.
 */
import type { TemplateKind } from '../core/template';

export type InsertTemplateResult =
  { ok: true } | { ok: false; reason: 'unsupported' | 'download' | 'word'; message: string; cause?: unknown };

export interface InsertTemplateDeps {
  fetch: typeof fetch;
  /** Base URL the template path is resolved against (the commands page). */
  baseUrl: string;
}

/** Path of a template, relative to the add-in's pages. */
export function templatePath(kind: TemplateKind): string {
  return `assets/templates/${kind}.docx`;
}

/** Base64 of bytes, in chunks so large files do not overflow the argument list of String.fromCharCode. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export async function insertTemplate(
  kind: TemplateKind,
  deps: InsertTemplateDeps = { fetch: (input, init) => fetch(input, init), baseUrl: window.location.href },
): Promise<InsertTemplateResult> {
  if (!Office.context.requirements.isSetSupported('WordApi', '1.3')) {
    return {
      ok: false,
      reason: 'unsupported',
      message:
        'Phiên bản Word này không hỗ trợ mở mẫu (cần WordApi 1.3). / This Word version cannot open templates (needs WordApi 1.3).',
    };
  }
  const url = new URL(templatePath(kind), deps.baseUrl).href;
  let base64: string;
  try {
    const response = await deps.fetch(url, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
    base64 = toBase64(new Uint8Array(await response.arrayBuffer()));
  } catch (cause) {
    return {
      ok: false,
      reason: 'download',
      message: `Không tải được mẫu ${kind} (${url}). / Could not download the ${kind} template.`,
      cause,
    };
  }
  try {
    await Word.run(async (context) => {
      context.application.createDocument(base64).open();
      await context.sync();
    });
    return { ok: true };
  } catch (cause) {
    return { ok: false, reason: 'word', message: 'Word không mở được mẫu. / Word could not open the template.', cause };
  }
}
