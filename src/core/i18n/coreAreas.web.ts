/**
 * Browser build of coreAreas.ts: the small core areas are registered at once; `findings` (the rules' messages, the
 * largest) is deferred, loaded with the rule engine when a document is checked (src/taskpane/state/checks.tsx), so the
 * task pane's start view in file mode does not download it.
 */
import { calendar } from './catalogs/calendar';
import { host } from './catalogs/host';
import { mail } from './catalogs/mail';
import { settings } from './catalogs/settings';
import { deferCatalog, registerCatalog } from './runtime';

registerCatalog(calendar, host, mail, settings);
deferCatalog('findings', () => import(/* webpackChunkName: "messages-findings" */ './catalogs/findings').then((m) => m.findings));
