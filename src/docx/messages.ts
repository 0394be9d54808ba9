/** Registers the `docx` messages with the message catalog when this module's area is first used. */
import { registerCatalog } from '../core/i18n';
import { docx } from '../core/i18n/catalogs/docx';

registerCatalog(docx);
