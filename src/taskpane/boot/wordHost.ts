/**
 * The WordHost, loaded on demand: the Word adapter (and its Office code) is only fetched in word mode,
 * so the browser/file mode never downloads it. Its operations and the template loader follow on first use.
 */
import type { DocumentHost } from '../../core/host';
// Not the src/word barrel: it re-exports the report part's XML code, which the WordHost loads on first use only.
import { deferredTemplateLoader, WordHost } from '../../word/WordHost';
import { officeEnv } from '../../word/officeEnv';

export async function createWordHost(baseUrl: string = globalThis.location?.href ?? ''): Promise<DocumentHost> {
  return new WordHost({ env: officeEnv(), loadTemplate: deferredTemplateLoader(baseUrl) });
}
