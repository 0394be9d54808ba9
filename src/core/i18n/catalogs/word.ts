import type { CatalogArea } from '../types';
import { wordEn } from './word.en';
import { wordLoad } from './word.load';
import { wordVi } from './word.vi';

/**
 * Messages of the `word` area. Keys are prefixed with "word.". Both languages must have every key (tested). Each
 * language is its own module so the task pane downloads only the language it shows, with the Word host's operations
 * (src/core/i18n/wordMessages.web.ts); the message for a failed download is held at once (./word.load.ts).
 */
export const word = { vi: { ...wordLoad.vi, ...wordVi }, en: { ...wordLoad.en, ...wordEn } } satisfies CatalogArea;
