/** Registers the relay's messages (client and server share them) with the message catalog. */
import { registerCatalog } from '../core/i18n';
import { relay } from '../core/i18n/catalogs/relay';

registerCatalog(relay);
