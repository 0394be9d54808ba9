/** Registers the `forms` messages with the message catalog when this module's area is first used. */
import { registerCatalog } from '../../core/i18n';
import { forms } from '../../core/i18n/catalogs/forms';

registerCatalog(forms);
