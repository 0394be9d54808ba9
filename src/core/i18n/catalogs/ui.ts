import type { CatalogArea } from '../types';

/** Messages of the `ui` area. Keys are prefixed with "ui.". Both languages must have every key (tested). */
export const ui: CatalogArea = {
  vi: {
    'ui.command.failedTitle': 'Không thực hiện được',
  },
  en: {
    'ui.command.failedTitle': 'Could not complete the command',
  },
};
