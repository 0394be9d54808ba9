import type { CatalogArea } from '../types';

/** Messages of the `mail` area. Keys are prefixed with "mail.". Both languages must have every key (tested). */
export const mail: CatalogArea = {
  vi: {},
  en: {},
};
