/**
 * Browser build of uiMessages.ts: the `ui` area is deferred and loaded per language, so the pane downloads only the
 * language it shows (the other one when the person switches). The pane awaits `loadCatalogs(lang, ['ui'])` before
 * its first render (src/taskpane/index.tsx) and on a language change (src/taskpane/state/i18n.tsx).
 * The messages only later parts show (catalogs/uiLater.ts: settings, dialogs, finding actions, progress figures) are
 * a second deferred area, LATER_UI, both languages in one load, fetched by those parts.
 */
import { LATER_UI, deferCatalog } from './runtime';

deferCatalog('ui', (lang) =>
  lang === 'en'
    ? import(/* webpackChunkName: "messages-ui-en" */ './catalogs/ui.en').then((m) => ({ en: m.uiEn }))
    : import(/* webpackChunkName: "messages-ui-vi" */ './catalogs/ui.vi').then((m) => ({ vi: m.uiVi })),
);
deferCatalog(LATER_UI[0], () => import(/* webpackChunkName: "messages-ui-later" */ './catalogs/uiLater').then((m) => m.uiLater));
