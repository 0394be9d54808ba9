import type { CatalogArea } from '../types';

/** Messages of the `findings` area. Keys are prefixed with "findings.". Both languages must have every key (tested). */
export const findings: CatalogArea = {
  vi: {},
  en: {},
};
