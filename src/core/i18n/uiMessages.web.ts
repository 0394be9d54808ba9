/**
 * Browser build of uiMessages.ts: the `ui` area is deferred and loaded per language, so the pane downloads only the
 * language it shows (the other one when the person switches). The pane awaits `loadCatalogs(lang, ['ui'])` before
 * its first render (src/taskpane/index.tsx) and on a language change (src/taskpane/state/i18n.tsx).
 */
import { deferCatalog } from './runtime';

deferCatalog('ui', (lang) =>
  lang === 'en'
    ? import(/* webpackChunkName: "messages-ui-en" */ './catalogs/ui.en').then((m) => ({ en: m.uiEn }))
    : import(/* webpackChunkName: "messages-ui-vi" */ './catalogs/ui.vi').then((m) => ({ vi: m.uiVi })),
);
