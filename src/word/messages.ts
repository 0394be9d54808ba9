/** Registers the `word` messages with the message catalog when this module's area is first used. */
import { registerCatalog } from '../core/i18n';
import { word } from '../core/i18n/catalogs/word';

registerCatalog(word);
