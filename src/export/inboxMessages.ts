/** Registers the inbox's messages (server answers, exports, reminders, `check --xlsx`) with the message catalog. */
import { registerCatalog } from '../core/i18n';
import { inbox } from '../core/i18n/catalogs/inbox';

registerCatalog(inbox);
