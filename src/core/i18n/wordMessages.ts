/**
 * The `word` messages (the Word host's refusals and Word's errors), registered at import in Node and tests. The browser
 * build replaces this module with wordMessages.web.ts, which loads one language at a time with the Word host's
 * operations (src/word/WordHost.ts awaits `loadWordMessages` before the first operation).
 */
import { word } from './catalogs/word';
import { registerCatalog } from './runtime';

registerCatalog(word);

/** Resolves when the `word` messages are there in the languages the pane may show: at once here (all registered). */
export function loadWordMessages(): Promise<void> {
  return Promise.resolve();
}
