/**
 * The task pane's `ui` messages, registered at import (tests, Node). The browser build replaces this module with
 * uiMessages.web.ts, which loads one language at a time.
 */
import { ui } from './catalogs/ui';
import { registerCatalog } from './runtime';

registerCatalog(ui);
