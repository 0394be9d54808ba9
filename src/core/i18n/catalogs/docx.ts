import type { CatalogArea } from '../types';

/** Messages of the `docx` area. Keys are prefixed with "docx.". Both languages must have every key (tested). */
export const docx = {
  vi: {
    'docx.empty': 'Tệp trống (0 byte). Hãy chọn lại tệp .docx đã lưu từ Word.',
    'docx.notZip': 'Tệp này không phải tệp Word .docx. Hãy mở tệp trong Word và lưu lại dưới dạng "Word Document (*.docx)".',
    'docx.truncated': 'Tệp .docx bị hỏng hoặc chưa tải về đầy đủ. Hãy tải lại hoặc xin gửi lại tệp gốc.',
    'docx.tooLarge': 'Tệp quá lớn ({sizeMb} MB, tối đa {limitMb} MB). Hãy nén ảnh trong Word (Nén ảnh) rồi lưu lại.',
    'docx.zipBomb': 'Tệp .docx có nội dung nén bất thường (giải nén quá lớn) nên không được mở. Hãy lưu lại tệp từ Word rồi thử lại.',
    'docx.tooManyEntries': 'Tệp .docx chứa quá nhiều thành phần ({count}, tối đa {limit}) nên không được mở. Hãy lưu lại tệp từ Word rồi thử lại.',
    'docx.noDocument': 'Tệp .docx không có phần nội dung văn bản (word/document.xml). Hãy mở tệp trong Word và lưu lại.',
    'docx.doctype': 'Tệp chứa khai báo DOCTYPE/thực thể XML không an toàn nên bị từ chối. Hãy lưu lại tệp từ Word rồi thử lại.',
    'docx.tooDeep': 'Tệp có cấu trúc XML lồng nhau quá sâu (quá {limit} cấp) nên không được mở. Hãy lưu lại tệp từ Word rồi thử lại.',
    'docx.badXml': 'Phần {part} của tệp .docx bị lỗi XML ({detail}). Hãy mở tệp trong Word và lưu lại.',
    'docx.encrypted': 'Tệp được đặt mật khẩu hoặc là định dạng .doc cũ. Hãy bỏ mật khẩu hoặc lưu lại dưới dạng .docx trong Word.',
    'docx.kindMismatch': 'Dữ liệu dành cho mẫu "{actual}" nhưng đang tạo mẫu "{expected}". Hãy chọn đúng loại mẫu (cá nhân hoặc tập thể).',
    'docx.photoUnsupported': 'Ảnh không đọc được hoặc không phải JPEG/PNG. Hãy chọn ảnh .jpg hoặc .png.',
    // File mode (FileHost): the .docx edited in the browser.
    'docx.insertHere': 'Khi làm việc với tệp .docx trong trình duyệt, chỉ có thể tạo báo cáo mới từ mẫu, không chèn mẫu vào giữa tài liệu.',
  },
  en: {
    'docx.empty': 'The file is empty (0 bytes). Choose the .docx file saved from Word again.',
    'docx.notZip': 'This is not a Word .docx file. Open it in Word and save it as "Word Document (*.docx)".',
    'docx.truncated': 'The .docx file is damaged or was not downloaded completely. Download it again or ask for the original file.',
    'docx.tooLarge': 'The file is too large ({sizeMb} MB, at most {limitMb} MB). Compress the pictures in Word (Compress Pictures) and save again.',
    'docx.zipBomb': 'The .docx file has abnormal compressed content (it expands far too much), so it was not opened. Save it again from Word and retry.',
    'docx.tooManyEntries': 'The .docx file has too many parts ({count}, at most {limit}), so it was not opened. Save it again from Word and retry.',
    'docx.noDocument': 'The .docx file has no document body (word/document.xml). Open it in Word and save it again.',
    'docx.doctype': 'The file contains an unsafe XML DOCTYPE/entity declaration and was refused. Save it again from Word and retry.',
    'docx.tooDeep': 'The file nests XML too deeply (more than {limit} levels), so it was not opened. Save it again from Word and retry.',
    'docx.badXml': 'Part {part} of the .docx file is not valid XML ({detail}). Open the file in Word and save it again.',
    'docx.encrypted': 'The file is password-protected or in the old .doc format. Remove the password or save it as .docx in Word.',
    'docx.kindMismatch': 'The data is for the "{actual}" template but the "{expected}" template is being made. Choose the right kind (individual or collective).',
    'docx.photoUnsupported': 'The photo cannot be read or is not a JPEG/PNG. Choose a .jpg or .png picture.',
    'docx.insertHere': 'When working on a .docx file in the browser, a report can only be created anew from the template, not inserted into the document.',
  },
} satisfies CatalogArea;
