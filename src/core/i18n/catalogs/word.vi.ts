/** Messages of the `word` area in Vietnamese (keys prefixed with "word."); src/core/i18n/catalogs/word.ts joins both languages. */
export const wordVi = {
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
  'word.notAllowed': 'Word trên nền tảng này không cho phép thao tác này (mã NotAllowed). Tài liệu không bị thay đổi; hãy thử trong Word trên máy tính.',
  'word.fileNetwork': 'Word trên web không gửi được tệp tài liệu cho phần bổ trợ (lỗi mạng 11001, thường gặp với tài liệu lưu ở SharePoint, Dropbox hoặc nơi lưu trữ khác). Hãy thử lại; nếu vẫn lỗi, chọn Tệp > Tải xuống bản sao rồi gửi thủ công, hoặc mở tài liệu bằng Word trên máy tính.',
  'word.photoLegacyControl': 'Khung ảnh trong tài liệu này thuộc loại cũ mà Word trên web không cho chèn ảnh. Hãy mở tài liệu bằng Word trên máy tính để chèn ảnh, hoặc xóa khung ảnh rồi dùng nút “Khôi phục”.',
  // What a Word version cannot read or do, and the fallback used.
  'word.unavailable.pages': 'Số trang được ước tính vì Word trên nền tảng này không cho biết bố cục trang (cần WordApiDesktop 1.2).',
  'word.unavailable.pageSetup': 'Chưa kiểm tra được khổ giấy và lề vì Word trên nền tảng này không cho đọc (cần WordApiDesktop 1.3). Hãy tự kiểm tra: A4, lề trên 20, dưới 20, trái 30, phải 15 mm.',
  'word.unavailable.template': 'Phiên bản Word này không đọc được thông tin mẫu lưu trong tài liệu (cần WordApi 1.4); mẫu được nhận ra qua các ô nhập.',
  'word.unavailable.sendHistory': 'Phiên bản Word này không đọc được lịch sử gửi lưu trong tài liệu (cần WordApi 1.4).',
  'word.unavailable.liveEvents': 'Phiên bản Word này không báo thay đổi nội dung; danh sách kiểm tra được cập nhật khi bạn di chuyển con trỏ.',
} satisfies Record<`word.${string}`, string>;
