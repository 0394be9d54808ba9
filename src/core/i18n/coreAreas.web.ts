/**
 * Browser build of coreAreas.ts: the small core areas are registered at once; the others are deferred, loaded when
 * the pane needs them, so the first view downloads none of them:
 *   - `findings` (the rules' messages, the largest): with the rule engine when a document is checked
 *     (src/taskpane/state/checks.tsx);
 *   - `host` (a host's refusals) and `settings` (settings problems): by the views that show them
 *     (src/taskpane/app/registry.ts), with the rule engine, and before any error is shown (ERROR_AREAS,
 *     src/taskpane/ui/ErrorMessage.tsx).
 * Each loads both languages at once (a language switch needs nothing more).
 */
import { calendar } from './catalogs/calendar';
import { mail } from './catalogs/mail';
import { deferCatalog, registerCatalog } from './runtime';

registerCatalog(calendar, mail);
deferCatalog('findings', () => import(/* webpackChunkName: "messages-findings" */ './catalogs/findings').then((m) => m.findings));
deferCatalog('host', () => import(/* webpackChunkName: "messages-host" */ './catalogs/host').then((m) => m.host));
deferCatalog('settings', () => import(/* webpackChunkName: "messages-settings" */ './catalogs/settings').then((m) => m.settings));
