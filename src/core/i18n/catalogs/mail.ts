import type { CatalogArea } from '../types';

/** Messages of the `mail` area. Keys are prefixed with "mail.". Both languages must have every key (tested). */
export const mail = {
  vi: {
    'mail.invalidPeriod': 'Kỳ báo cáo không hợp lệ (quý {quarter} năm {year}). Quý phải từ 1 đến 4 và năm có 4 chữ số.',
  },
  en: {
    'mail.invalidPeriod': 'Invalid reporting period (quarter {quarter} of {year}). The quarter must be 1 to 4 and the year four digits.',
  },
} satisfies CatalogArea;
