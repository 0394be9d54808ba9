import type { CatalogArea } from '../types';

/** Messages of the `ui` area. Keys are prefixed with "ui.". Both languages must have every key (tested). */
export const ui: CatalogArea = {
  vi: {},
  en: {},
};
