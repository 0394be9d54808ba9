/** Registers the `graph` messages with the message catalog when this module's area is first used. */
import { registerCatalog } from '../../core/i18n';
import { graph } from '../../core/i18n/catalogs/graph';

registerCatalog(graph);
