/** Registers the `editor` messages (summary editor, print preview) when those modules load. */
import { registerCatalog } from '../../../../core/i18n';
import { editor } from '../../../../core/i18n/catalogs/editor';

registerCatalog(editor);
