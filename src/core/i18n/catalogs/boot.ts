import type { CatalogArea } from '../types';

/**
 * Messages of the `boot` area: the task pane's first paint, before the app and its messages have loaded
 * (src/taskpane/index.tsx). Kept apart from `ui` so that first paint carries two short strings, not the whole area.
 */
export const boot = {
  vi: { 'boot.starting': 'Đang khởi động…' },
  en: { 'boot.starting': 'Starting…' },
} satisfies CatalogArea;
