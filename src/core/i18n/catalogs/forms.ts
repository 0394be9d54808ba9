import type { CatalogArea } from '../types';

/** Messages of the `forms` area (fields, photo, writing guide, models table and send views). Keys are prefixed with "forms.". */
export const forms: CatalogArea = {
  vi: {},
  en: {},
};
