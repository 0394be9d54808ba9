import type { CatalogArea } from '../types';

/** Messages of the `ui` area. Keys are prefixed with "ui.". Both languages must have every key (tested). */
export const ui: CatalogArea = {
  vi: {
    'ui.command.failedTitle': 'Không thực hiện được',
    'ui.error.title': 'Đã xảy ra lỗi',
    'ui.error.unexpected': 'Lỗi không mong muốn: {message}. Hãy thử lại; nếu vẫn lỗi, lưu tài liệu và mở lại.',
    'ui.error.showDetails': 'Xem chi tiết',
    'ui.error.hideDetails': 'Ẩn chi tiết',
    'ui.error.dismiss': 'Đóng',
  },
  en: {
    'ui.command.failedTitle': 'Could not complete the command',
    'ui.error.title': 'Something went wrong',
    'ui.error.unexpected': 'Unexpected error: {message}. Try again; if it persists, save the document and reopen it.',
    'ui.error.showDetails': 'Show details',
    'ui.error.hideDetails': 'Hide details',
    'ui.error.dismiss': 'Dismiss',
  },
};
