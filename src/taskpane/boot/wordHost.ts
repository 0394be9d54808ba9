/**
 * The WordHost, loaded on demand: the Word adapter (and its Office code) is only fetched in word mode,
 * so the browser/file mode never downloads it.
 */
import type { DocumentHost } from '../../core/host';
// Not the src/word barrel: it re-exports the report part's XML code, which the WordHost loads on first use only.
import { WordHost } from '../../word/WordHost';
import { fetchTemplateLoader } from '../../word/commands';
import { officeEnv } from '../../word/office';

export async function createWordHost(baseUrl: string = globalThis.location?.href ?? ''): Promise<DocumentHost> {
  return new WordHost({ env: officeEnv(), loadTemplate: fetchTemplateLoader(baseUrl) });
}
