/**
 * The `word` messages: registered at import in Node and tests; in the browser build loaded per language on first use
 * (src/core/i18n/wordMessages.web.ts), which the WordHost awaits with `loadWordMessages` before its first operation.
 */
export { loadWordMessages } from '../core/i18n/wordMessages';
