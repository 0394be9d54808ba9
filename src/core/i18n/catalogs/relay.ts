import type { CatalogArea } from '../types';

/**
 * Messages of the `relay` area (keys prefixed with "relay."): the relay server's answers to uploads
 * (`relay.<reason>`), its start-up configuration problems (`relay.config.*`) and the browser-side
 * relay client's errors (`relay.client.*`). Both languages must have every key (tested).
 */
export const relay = {
  vi: {
    'relay.schoolKeyMissing': 'Thiếu mã gửi báo cáo của trường. Vui lòng nhập mã do phòng cấp trong Cài đặt.',
    'relay.schoolKeyInvalid': 'Mã gửi báo cáo của trường không đúng hoặc đã được thay. Vui lòng liên hệ phòng để nhận mã mới.',
    'relay.config.publicUrl': 'PUBLIC_URL không phải địa chỉ http(s) hợp lệ: {value}.',
    'relay.config.imapUrl': 'IMAP_URL phải có dạng imaps://tài-khoản:mật-khẩu@máy-chủ:993/INBOX.',
    'relay.notFound': 'Không tìm thấy địa chỉ này trên máy chủ chuyển tiếp.',
    'relay.receiptNotFound': 'Không tìm thấy lần gửi có mã biên nhận này.',
    'relay.methodNotAllowed': 'Máy chủ chuyển tiếp không nhận yêu cầu {method} ở địa chỉ này.',
    'relay.originNotAllowed': 'Máy chủ chuyển tiếp không nhận yêu cầu từ trang {origin}.',
    'relay.notMultipart': 'Yêu cầu phải gửi tệp theo dạng multipart/form-data.',
    'relay.malformed': 'Dữ liệu tải lên bị hỏng hoặc không đúng dạng multipart/form-data.',
    'relay.tooLarge': 'Tệp quá lớn: máy chủ chuyển tiếp chỉ nhận tệp đến {maxMb} MB.',
    'relay.noFile': 'Không có tệp .docx nào trong trường “file” của yêu cầu.',
    'relay.tooManyFiles': 'Mỗi lần chỉ gửi được một tệp .docx.',
    'relay.unexpectedFile':
      'Tệp được gửi trong trường “{field}” không được nhận; tệp .docx phải nằm trong trường “file”.',
    'relay.tooManyFields': 'Yêu cầu có quá nhiều trường dữ liệu.',
    'relay.fieldTooLong': 'Trường “{field}” quá dài (tối đa {max} ký tự).',
    'relay.duplicateField': 'Trường “{field}” xuất hiện nhiều lần.',
    'relay.invalidField': 'Giá trị của trường “{field}” không hợp lệ.',
    'relay.emptyFile': 'Tệp tải lên trống.',
    'relay.unreadable': 'Không đọc được tệp .docx.',
    'relay.notReady': 'Báo cáo chưa thể gửi: còn {count} lỗi cần sửa.',
    'relay.senderMissing':
      'Thiếu tên trường (đơn vị) hoặc họ tên người gửi: máy chủ chuyển tiếp chỉ nhận báo cáo ghi rõ đơn vị và người gửi. Hãy ghi các thông tin này rồi gửi lại.',
    'relay.rateLimited': 'Đã gửi quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau {seconds} giây.',
    'relay.badIdempotencyKey':
      'Khóa chống gửi trùng (Idempotency-Key) không hợp lệ: dùng 8–128 ký tự chữ, số, “-” hoặc “_”.',
    'relay.idempotencyConflict': 'Khóa chống gửi trùng này đã được dùng cho một tệp khác.',
    'relay.internal': 'Máy chủ chuyển tiếp gặp lỗi nội bộ. Vui lòng thử lại sau.',
    'relay.busy': 'Máy chủ chuyển tiếp đang bận đọc các báo cáo khác. Vui lòng thử lại sau {seconds} giây.',
    'relay.storeUnavailable':
      'Máy chủ chuyển tiếp không lưu được báo cáo (cơ sở dữ liệu không còn hoặc chỉ đọc), nên báo cáo CHƯA được nhận. Vui lòng thử lại sau và báo cho người quản trị.',
    'relay.storeOpen':
      'Không mở được cơ sở dữ liệu SQLite của máy chủ chuyển tiếp tại “{path}” ({detail}). Kiểm tra biến RELAY_DB: thư mục phải tồn tại và ghi được, tệp phải là cơ sở dữ liệu SQLite.',
    'relay.config.invalid': 'Cấu hình máy chủ chuyển tiếp không hợp lệ:',
    'relay.config.port': 'PORT phải là số nguyên từ 0 đến 65535 (đang là “{value}”).',
    'relay.config.number': '{name} phải là số nguyên dương (đang là “{value}”).',
    'relay.config.smtpUrlMissing': 'Thiếu SMTP_URL (ví dụ smtp://tai-khoan:mat-khau@may-chu:587).',
    'relay.config.smtpUrl': 'SMTP_URL không hợp lệ: cần dạng smtp://… hoặc smtps://… có tên máy chủ.',
    'relay.config.to': 'RELAY_TO phải là đúng một địa chỉ email (đang là “{value}”).',
    'relay.config.from': 'RELAY_FROM phải là một địa chỉ email, có thể kèm tên hiển thị (đang là “{value}”).',
    'relay.config.fromMissing': 'Thiếu RELAY_FROM: địa chỉ email người gửi mà máy chủ SMTP cho phép.',
    'relay.config.tlsPair': 'TLS_CERT và TLS_KEY phải được khai báo cùng nhau.',
    'relay.config.tlsRead': 'Không đọc được tệp {name} ({file}).',
    'relay.config.plainHttpPublic':
      'Không có TLS_CERT/TLS_KEY thì máy chủ chỉ được chạy HTTP trên máy này (127.0.0.1, ::1, localhost), không được mở ở địa chỉ {host}.',
    'relay.config.origins':
      'RELAY_ALLOWED_ORIGINS có nguồn không hợp lệ: “{value}” (cần dạng https://ten-mien[:cong]).',
    'relay.client.invalidUrl':
      'Địa chỉ máy chủ chuyển tiếp không hợp lệ: cần https://… (hoặc http://localhost khi thử nghiệm).',
    'relay.client.network': 'Không kết nối được máy chủ chuyển tiếp sau {attempts} lần thử. Kiểm tra mạng rồi gửi lại.',
    'relay.client.server':
      'Máy chủ chuyển tiếp đang gặp sự cố (mã {status}) sau {attempts} lần thử. Vui lòng thử lại sau.',
    'relay.client.badResponse': 'Máy chủ chuyển tiếp trả lời không đúng dạng (mã {status}).',
    'relay.client.refused': 'Máy chủ chuyển tiếp từ chối tệp (mã {status}): {message}',
    'relay.client.aborted': 'Đã hủy việc gửi.',
  },
  en: {
    'relay.schoolKeyMissing': "The school's submission key is missing. Enter the key the office gave you in Settings.",
    'relay.schoolKeyInvalid': "The school's submission key is wrong or has been replaced. Ask the office for a new one.",
    'relay.config.publicUrl': 'PUBLIC_URL is not a valid http(s) address: {value}.',
    'relay.config.imapUrl': 'IMAP_URL must look like imaps://user:password@host:993/INBOX.',
    'relay.notFound': 'There is nothing at this address on the relay server.',
    'relay.receiptNotFound': 'No submission has this receipt.',
    'relay.methodNotAllowed': 'The relay server does not accept {method} requests at this address.',
    'relay.originNotAllowed': 'The relay server does not accept requests from the page {origin}.',
    'relay.notMultipart': 'The request must send the file as multipart/form-data.',
    'relay.malformed': 'The upload is damaged or is not valid multipart/form-data.',
    'relay.tooLarge': 'The file is too large: the relay server accepts files up to {maxMb} MB.',
    'relay.noFile': 'The request has no .docx file in its "file" field.',
    'relay.tooManyFiles': 'Only one .docx file can be sent at a time.',
    'relay.unexpectedFile': 'A file in the field "{field}" is not accepted; the .docx must be in the field "file".',
    'relay.tooManyFields': 'The request has too many fields.',
    'relay.fieldTooLong': 'The field "{field}" is too long (at most {max} characters).',
    'relay.duplicateField': 'The field "{field}" appears more than once.',
    'relay.invalidField': 'The value of the field "{field}" is not valid.',
    'relay.emptyFile': 'The uploaded file is empty.',
    'relay.unreadable': 'The .docx file could not be read.',
    'relay.notReady': 'The report cannot be sent yet: {count} errors remain to be fixed.',
    'relay.senderMissing':
      "The school (unit) or the sender's name is missing: the relay server only accepts a report that names its unit and sender. Enter them and send again.",
    'relay.rateLimited': 'Too many uploads in a short time. Please try again in {seconds} seconds.',
    'relay.badIdempotencyKey': 'Invalid Idempotency-Key: use 8–128 letters, digits, "-" or "_".',
    'relay.idempotencyConflict': 'This Idempotency-Key was already used for a different file.',
    'relay.internal': 'The relay server had an internal error. Please try again later.',
    'relay.busy': 'The relay server is busy reading other reports. Please retry in {seconds} seconds.',
    'relay.storeUnavailable':
      'The relay server cannot store the report (its database is gone or read-only), so the report was NOT received. Please retry later and tell the administrator.',
    'relay.storeOpen':
      'Cannot open the relay server\'s SQLite database at "{path}" ({detail}). Check RELAY_DB: its folder must exist and be writable, and the file must be an SQLite database.',
    'relay.config.invalid': 'The relay server configuration is not valid:',
    'relay.config.port': 'PORT must be a whole number from 0 to 65535 (it is "{value}").',
    'relay.config.number': '{name} must be a positive whole number (it is "{value}").',
    'relay.config.smtpUrlMissing': 'SMTP_URL is missing (for example smtp://user:password@host:587).',
    'relay.config.smtpUrl': 'SMTP_URL is not valid: it must be smtp://… or smtps://… with a host name.',
    'relay.config.to': 'RELAY_TO must be exactly one email address (it is "{value}").',
    'relay.config.from': 'RELAY_FROM must be an email address, optionally with a display name (it is "{value}").',
    'relay.config.fromMissing': 'RELAY_FROM is missing: the sender address the SMTP server allows.',
    'relay.config.tlsPair': 'TLS_CERT and TLS_KEY must be given together.',
    'relay.config.tlsRead': 'Cannot read the {name} file ({file}).',
    'relay.config.plainHttpPublic':
      'Without TLS_CERT/TLS_KEY the server only serves plain HTTP on this machine (127.0.0.1, ::1, localhost), not on {host}.',
    'relay.config.origins': 'RELAY_ALLOWED_ORIGINS has an invalid origin: "{value}" (expected https://domain[:port]).',
    'relay.client.invalidUrl':
      'The relay server address is not valid: it must be https://… (or http://localhost for testing).',
    'relay.client.network':
      'Could not reach the relay server after {attempts} attempts. Check the network and send again.',
    'relay.client.server':
      'The relay server is having trouble (status {status}) after {attempts} attempts. Please try again later.',
    'relay.client.badResponse': 'The relay server gave an answer in an unexpected form (status {status}).',
    'relay.client.refused': 'The relay server refused the file (status {status}): {message}',
    'relay.client.aborted': 'Sending was cancelled.',
  },
} satisfies CatalogArea;
