/**
 * Browser build of wordMessages.ts: the `word` area is deferred and loaded per language, so Word mode's first view
 * downloads none of it and the first operation (the first check's snapshot) only the language the pane shows. The
 * message for a failed download (./catalogs/word.load.ts) is registered at once, in both languages.
 */
import { wordLoad } from './catalogs/word.load';
import { DEFAULT_LANG, catalogsLoaded, deferCatalog, loadCatalogs, registerCatalog, type Lang } from './runtime';

registerCatalog(wordLoad);
deferCatalog('word', (lang) =>
  lang === 'en'
    ? import(/* webpackChunkName: "messages-word-en" */ './catalogs/word.en').then((m) => ({ en: m.wordEn }))
    : import(/* webpackChunkName: "messages-word-vi" */ './catalogs/word.vi').then((m) => ({ vi: m.wordVi })),
);

/** The languages the pane may show: those whose `ui` messages are loaded (src/taskpane/index.tsx loads them first). */
function shownLanguages(): Lang[] {
  const langs = (['vi', 'en'] as const).filter((lang) => catalogsLoaded(lang, ['ui']));
  return langs.length > 0 ? langs : [DEFAULT_LANG];
}

/**
 * Loads the `word` messages in every language the pane may show; again when the person switched language while they
 * were loading (the pane's switch loads only the areas already loaded then: src/taskpane/state/i18n.tsx). Rejects
 * when a download fails (offline); the next call tries again.
 */
export async function loadWordMessages(): Promise<void> {
  for (let pass = 0; pass < 2; pass++) {
    const missing = shownLanguages().filter((lang) => !catalogsLoaded(lang, ['word']));
    if (missing.length === 0) return;
    await Promise.all(missing.map((lang) => loadCatalogs(lang, ['word'])));
  }
}
