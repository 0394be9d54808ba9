import type { CatalogArea } from '../types';

/** Messages of the `cli` area. Keys are prefixed with "cli.". Both languages must have every key (tested). */
export const cli: CatalogArea = {
  vi: {},
  en: {},
};
