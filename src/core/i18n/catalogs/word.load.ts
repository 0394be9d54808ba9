import type { CatalogArea } from '../types';

/**
 * The one `word` message the task pane holds before the rest of the area is loaded (src/core/i18n/wordMessages.web.ts):
 * the Word host's operations and these messages could not be downloaded (offline), so it must not depend on them.
 */
export const wordLoad = {
  vi: {
    'word.codeLoad': 'Chưa tải được thành phần cần cho thao tác này (có thể do mất kết nối mạng). Tài liệu không bị thay đổi; hãy kiểm tra kết nối mạng rồi thử lại.',
  },
  en: {
    'word.codeLoad': 'A component this needs could not be downloaded (the network may be down). The document was not changed; check the network connection and try again.',
  },
} satisfies CatalogArea;
