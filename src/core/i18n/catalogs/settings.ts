import type { CatalogArea } from '../types';

/** Messages of the `settings` area. Keys are prefixed with "settings.". Both languages must have every key (tested). */
export const settings: CatalogArea = {
  vi: {},
  en: {},
};
