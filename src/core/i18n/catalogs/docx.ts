import type { CatalogArea } from '../types';

/** Messages of the `docx` area. Keys are prefixed with "docx.". Both languages must have every key (tested). */
export const docx: CatalogArea = {
  vi: {},
  en: {},
};
