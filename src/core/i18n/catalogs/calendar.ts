import type { CatalogArea } from '../types';

/** Messages of the `calendar` area. Keys are prefixed with "calendar.". Both languages must have every key (tested). */
export const calendar: CatalogArea = {
  vi: {},
  en: {},
};
