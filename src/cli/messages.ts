/** Registers the command line's messages (and the reader's, which it reports) with the message catalog. */
import { registerCatalog } from '../core/i18n';
import { cli } from '../core/i18n/catalogs/cli';
import '../docx/messages';

registerCatalog(cli);
