import type { CatalogArea } from '../types';

/** Messages of the `editor` area: the browser's summary editor and the print preview beside the pane (file mode). */
const vi: Record<string, string> = {
  'editor.title': 'Viết phần tóm tắt',
  'editor.intro':
    'Viết phần tóm tắt ngay tại đây. Nội dung được lưu vào tài liệu theo đúng định dạng của mẫu trong khi bạn gõ. Có thể dán từ Word hoặc trang web: chỉ giữ đoạn văn, đề mục, chữ đậm, chữ nghiêng và danh sách.',
  'editor.label': 'Tóm tắt thành tích',
  'editor.toolbar': 'Định dạng phần tóm tắt',
  'editor.heading': 'Đề mục',
  'editor.bold': 'Đậm',
  'editor.italic': 'Nghiêng',
  'editor.bulletList': 'Gạch đầu dòng',
  'editor.orderedList': 'Đánh số',
  'editor.insertHeadings': 'Chèn các đề mục hướng dẫn',
  'editor.words': '{words}/{target} chữ',
  'editor.pages': '{pages} trang (tối thiểu {min})',
  'editor.pagesEstimated': 'Khoảng {pages} trang (tối thiểu {min}, ước tính)',
  'editor.saving': 'Đang lưu vào tài liệu…',
  'editor.saved': 'Đã lưu vào tài liệu.',
  'editor.loading': 'Đang mở trình soạn thảo…',
  'editor.notAvailable': 'Tài liệu này không có phần tóm tắt của mẫu báo cáo, nên không soạn được ở đây.',
  'editor.preview': 'Bản xem trước khi in',
  'editor.previewPages': '{pages} trang A4',
  'editor.previewLoading': 'Đang dựng bản xem trước…',
  'editor.previewError': 'Không dựng được bản xem trước: {message}',
  'editor.previewPage': 'Trang {page}',
};

const en: Record<string, string> = {
  'editor.title': 'Write the summary',
  'editor.intro':
    'Write the summary right here. It is saved into the document in the template’s formatting as you type. You can paste from Word or a web page: only paragraphs, headings, bold, italic and lists are kept.',
  'editor.label': 'Achievement summary',
  'editor.toolbar': 'Summary formatting',
  'editor.heading': 'Heading',
  'editor.bold': 'Bold',
  'editor.italic': 'Italic',
  'editor.bulletList': 'Bullets',
  'editor.orderedList': 'Numbering',
  'editor.insertHeadings': 'Insert the guide’s headings',
  'editor.words': '{words}/{target} words',
  'editor.pages': '{pages} pages (at least {min})',
  'editor.pagesEstimated': 'About {pages} pages (at least {min}, estimated)',
  'editor.saving': 'Saving to the document…',
  'editor.saved': 'Saved to the document.',
  'editor.loading': 'Opening the editor…',
  'editor.notAvailable': 'This document has no summary of the report template, so it cannot be written here.',
  'editor.preview': 'Print preview',
  'editor.previewPages': 'A4 pages: {pages}',
  'editor.previewLoading': 'Laying out the preview…',
  'editor.previewError': 'The preview could not be laid out: {message}',
  'editor.previewPage': 'Page {page}',
};

export const editor: CatalogArea = { vi, en };
