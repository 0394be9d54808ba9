import type { CatalogArea } from '../types';

/** Messages of the `word` area. Keys are prefixed with "word.". Both languages must have every key (tested). */
export const word = {
  vi: {
    // Errors reported by Word (OfficeExtension.Error codes).
    'word.general': 'Word gặp lỗi khi thực hiện thao tác. Tài liệu không bị thay đổi; hãy thử lại sau giây lát.',
    'word.itemNotFound': 'Không tìm thấy phần cần thao tác trong tài liệu (có thể đã bị xóa). Hãy kiểm tra lại rồi thử lại.',
    'word.accessDenied': 'Word không cho phép sửa tài liệu này (tài liệu chỉ đọc, đang được bảo vệ hoặc đang ở chế độ xem). Hãy bật chỉnh sửa rồi thử lại.',
    'word.invalidArgument': 'Word từ chối dữ liệu được gửi vào. Tài liệu không bị thay đổi.',
    'word.invalidRequest': 'Word không thể thực hiện thao tác này lúc này. Hãy đóng hộp thoại đang mở (nếu có) rồi thử lại.',
    'word.apiNotFound': 'Phiên bản Word này chưa hỗ trợ thao tác này. Hãy cập nhật Office hoặc dùng Word trên máy tính.',
    'word.busy': 'Word đang bận. Hãy thử lại sau giây lát.',
    'word.tooLarge': 'Dữ liệu quá lớn để Word xử lý một lần (ví dụ ảnh quá nặng). Hãy dùng tệp nhỏ hơn.',
    'word.stale': 'Tài liệu đã thay đổi trong lúc thao tác. Hãy thử lại.',
    'word.unknown': 'Word báo lỗi không xác định (mã {code}). Tài liệu không bị thay đổi.',
    // Our own refusals.
    'word.unsupported': 'Phiên bản Word này không hỗ trợ thao tác này (cần bộ API {set}). Hãy cập nhật Office, dùng Word trên máy tính hoặc làm thủ công.',
    'word.templateLoad': 'Không tải được mẫu báo cáo. Hãy kiểm tra kết nối mạng rồi thử lại.',
    'word.imageInvalid': 'Tệp ảnh không đọc được. Hãy chọn ảnh JPEG, PNG hoặc GIF.',
    'word.file': 'Không lấy được tệp tài liệu từ Word: {message}',
    'word.textNotFound': 'Không tìm thấy đoạn văn bản này trong tài liệu (có thể đã được sửa).',
    'word.notFoundInDocument': 'Không tìm thấy vị trí này trong tài liệu.',
    // What a Word version cannot read or do, and the fallback used.
    'word.unavailable.pages': 'Số trang được ước tính vì Word trên nền tảng này không cho biết bố cục trang (cần WordApiDesktop 1.2).',
    'word.unavailable.pageSetup': 'Chưa kiểm tra được khổ giấy và lề vì Word trên nền tảng này không cho đọc (cần WordApiDesktop 1.3). Hãy tự kiểm tra: A4, lề trên 20, dưới 20, trái 30, phải 15 mm.',
    'word.unavailable.template': 'Phiên bản Word này không đọc được thông tin mẫu lưu trong tài liệu (cần WordApi 1.4); mẫu được nhận ra qua các ô nhập.',
    'word.unavailable.sendHistory': 'Phiên bản Word này không đọc được lịch sử gửi lưu trong tài liệu (cần WordApi 1.4).',
    'word.unavailable.liveEvents': 'Phiên bản Word này không báo thay đổi nội dung; danh sách kiểm tra được cập nhật khi bạn di chuyển con trỏ.',
  },
  en: {
    'word.general': 'Word ran into an error. The document was not changed; try again in a moment.',
    'word.itemNotFound': 'The part of the document to work on was not found (it may have been deleted). Check and try again.',
    'word.accessDenied': 'Word does not allow editing this document (read-only, protected or in view mode). Enable editing and try again.',
    'word.invalidArgument': 'Word rejected the data it was given. The document was not changed.',
    'word.invalidRequest': 'Word cannot do this right now. Close any open dialog and try again.',
    'word.apiNotFound': 'This version of Word does not support this action yet. Update Office or use Word on the desktop.',
    'word.busy': 'Word is busy. Try again in a moment.',
    'word.tooLarge': 'The data is too large for Word to take in one go (for example a very heavy picture). Use a smaller file.',
    'word.stale': 'The document changed while working on it. Try again.',
    'word.unknown': 'Word reported an unknown error (code {code}). The document was not changed.',
    'word.unsupported': 'This version of Word cannot do this (needs the {set} API set). Update Office, use Word on the desktop or do it by hand.',
    'word.templateLoad': 'Could not load the report template. Check the network connection and try again.',
    'word.imageInvalid': 'The picture file cannot be read. Choose a JPEG, PNG or GIF picture.',
    'word.file': 'Could not get the document file from Word: {message}',
    'word.textNotFound': 'This text was not found in the document (it may have been edited).',
    'word.notFoundInDocument': 'This place was not found in the document.',
    'word.unavailable.pages': 'The page count is estimated because Word on this platform does not report its layout (needs WordApiDesktop 1.2).',
    'word.unavailable.pageSetup': 'Paper size and margins could not be checked because Word on this platform does not expose them (needs WordApiDesktop 1.3). Check by hand: A4, margins top 20, bottom 20, left 30, right 15 mm.',
    'word.unavailable.template': 'This version of Word cannot read the template information stored in the document (needs WordApi 1.4); the template is recognised from its fields.',
    'word.unavailable.sendHistory': 'This version of Word cannot read the send history stored in the document (needs WordApi 1.4).',
    'word.unavailable.liveEvents': 'This version of Word does not report content changes; the check list updates when you move the cursor.',
  },
} satisfies CatalogArea;
