/**
 * The WordHost, loaded on demand: the Word adapter (and its Office code) is only fetched in word mode,
 * so the browser/file mode never downloads it.
 */
import type { DocumentHost } from '../../core/host';
import { WordHost, fetchTemplateLoader } from '../../word';
import { officeEnv } from '../../word/office';

export async function createWordHost(baseUrl: string = globalThis.location?.href ?? ''): Promise<DocumentHost> {
  return new WordHost({ env: officeEnv(), loadTemplate: fetchTemplateLoader(baseUrl) });
}
