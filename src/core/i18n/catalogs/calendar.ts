import type { CatalogArea } from '../types';

/** Messages of the `calendar` area. Keys are prefixed with "calendar.". Both languages must have every key (tested). */
export const calendar = {
  vi: {
    'calendar.invalidDate': 'Ngày giờ không hợp lệ: {value}. Hãy nhập theo dạng 2026-12-31 hoặc 2026-12-31T08:00+07:00.',
  },
  en: {
    'calendar.invalidDate': 'Invalid date or time: {value}. Use a form such as 2026-12-31 or 2026-12-31T08:00+07:00.',
  },
} satisfies CatalogArea;
