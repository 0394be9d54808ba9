/**
 * The core's own message areas, registered at import (Node, the command line, tests). The browser build replaces
 * this module with coreAreas.web.ts (webpack.config.js: a sibling `*.web.ts` replaces a module of src/core/i18n).
 */
import { calendar } from './catalogs/calendar';
import { host } from './catalogs/host';
import { findings } from './catalogs/findings';
import { mail } from './catalogs/mail';
import { settings } from './catalogs/settings';
import { registerCatalog } from './runtime';

registerCatalog(calendar, host, findings, mail, settings);
