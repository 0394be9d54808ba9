import type { CatalogArea } from '../types';

/** Messages of the `word` area. Keys are prefixed with "word.". Both languages must have every key (tested). */
export const word: CatalogArea = {
  vi: {},
  en: {},
};
