import type { CatalogArea } from '../types';

/**
 * Messages of the `host` area: refusals of a DocumentHost that do not depend on the platform, the same key whether
 * the document is open in Word (WordHost) or a .docx in the browser (FileHost). Keys are prefixed with "host.".
 */
export const host = {
  vi: {
    'host.fieldMissing': 'Không tìm thấy ô “{field}” trong tài liệu (có thể đã bị xóa). Hãy dùng nút “Khôi phục” trong danh sách kiểm tra.',
    'host.tableMissing': 'Không tìm thấy bảng mô hình, công trình trong tài liệu. Hãy dùng nút “Khôi phục” để chèn lại bảng.',
    'host.tableColumns': 'Bảng mô hình, công trình trong tài liệu thiếu cột: {missing}. Không ghi gì vào bảng; hãy khôi phục bảng theo mẫu.',
    'host.invalidRow': 'Dòng {row} của bảng có dữ liệu không hợp lệ. Không ghi gì vào bảng.',
    'host.invalidArgument': 'Dữ liệu gửi vào không hợp lệ ({name}). Tài liệu không bị thay đổi.',
    'host.notEmpty': 'Tài liệu đang có nội dung. Dùng mẫu mới sẽ thay thế toàn bộ nội dung hiện có. Bạn có muốn tiếp tục?',
    'host.wouldRemoveText': 'Thao tác này sẽ xoá {count} chữ bạn đã viết ({text}). Tài liệu không bị thay đổi.',
    'host.removalDeclined': 'Đã huỷ: tài liệu không bị thay đổi, {count} chữ bạn đã viết vẫn được giữ nguyên.',
    'host.noTemplate': 'Tài liệu này chưa dùng mẫu báo cáo thành tích. Hãy chèn mẫu trước.',
    'host.editUnsupported': 'Không thể ghi nội dung dạng văn bản vào ô “{field}”. Hãy dùng biểu mẫu dành cho ô này.',
    'host.photoNotInTemplate': 'Mẫu “{kind}” không có khung ảnh; chỉ mẫu cá nhân có ảnh 4x6.',
    'host.fixUnsupported': 'Không thể tự sửa lỗi này ({kind}). Hãy sửa trực tiếp trong tài liệu.',
  },
  en: {
    'host.fieldMissing': 'The field "{field}" is not in the document (it may have been deleted). Use "Restore" in the check list.',
    'host.tableMissing': 'The models/projects table is not in the document. Use "Restore" to insert it again.',
    'host.tableColumns': 'The models/projects table in the document lacks columns: {missing}. Nothing was written; restore the table from the template.',
    'host.invalidRow': 'Row {row} of the table holds invalid data. Nothing was written to the table.',
    'host.invalidArgument': 'The data given is not valid ({name}). The document was not changed.',
    'host.notEmpty': 'The document already has content. Using a new template replaces all of it. Continue?',
    'host.wouldRemoveText': 'This would delete {count} words you wrote ({text}). The document was not changed.',
    'host.removalDeclined': 'Cancelled: the document was not changed; the {count} words you wrote are kept.',
    'host.noTemplate': 'This document does not use the achievement report template yet. Insert the template first.',
    'host.editUnsupported': 'Text cannot be written into the field "{field}". Use the form made for it.',
    'host.photoNotInTemplate': 'The "{kind}" template has no photo frame; only the individual template has a 4x6 photo.',
    'host.fixUnsupported': 'This problem cannot be fixed automatically ({kind}). Fix it directly in the document.',
  },
} satisfies CatalogArea;
