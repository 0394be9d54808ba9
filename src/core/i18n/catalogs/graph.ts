import type { CatalogArea } from '../types';

/**
 * Messages of the `graph` area: sending the report through Microsoft 365 (Microsoft Graph).
 * Every failure says what the user can do instead: the relay server or the manual path.
 * Keys are prefixed with "graph.". Both languages must have every key (tested).
 */
export const graph = {
  vi: {
    'graph.naaUnsupported':
      'Phiên bản Word này chưa cho phần bổ trợ đăng nhập Microsoft 365 (cần bộ API NestedAppAuth 1.1 hoặc DialogApi 1.1), nên không gửi qua Microsoft 365 được. Hãy gửi qua máy chủ chuyển tiếp, hoặc gửi thủ công: tải tệp về rồi tự gửi bằng hộp thư của bạn.',
    'graph.notConfigured':
      'Chưa cấu hình gửi qua Microsoft 365 (thiếu hoặc sai mã ứng dụng Microsoft Entra trong phần Cài đặt). Hãy nhờ quản trị viên cấu hình, hoặc gửi qua máy chủ chuyển tiếp hay gửi thủ công.',
    'graph.signInFailed':
      'Không đăng nhập được Microsoft 365 ({reason}). Hãy thử lại và cho phép cửa sổ đăng nhập bật lên; nếu vẫn không được, hãy gửi qua máy chủ chuyển tiếp hoặc gửi thủ công.',
    'graph.unauthorized':
      'Microsoft 365 không chấp nhận phiên đăng nhập, kể cả sau khi đăng nhập lại. Hãy đăng xuất rồi đăng nhập lại Office, hoặc gửi qua máy chủ chuyển tiếp hay gửi thủ công.',
    'graph.forbidden':
      'Tài khoản Microsoft 365 này không được phép gửi thư từ phần bổ trợ (có thể quản trị viên chưa cấp quyền Mail.Send). Hãy nhờ quản trị viên cấp quyền, hoặc gửi qua máy chủ chuyển tiếp hay gửi thủ công.',
    'graph.noMailbox':
      'Tài khoản đang đăng nhập không có hộp thư Microsoft 365 (Exchange Online). Hãy gửi qua máy chủ chuyển tiếp, hoặc gửi thủ công bằng hộp thư bạn đang dùng.',
    'graph.badRequest':
      'Microsoft 365 từ chối thư (mã {status}: {code}). Hãy kiểm tra địa chỉ người nhận trong Cài đặt; nếu vẫn lỗi, hãy gửi qua máy chủ chuyển tiếp hoặc gửi thủ công.',
    'graph.tooLarge':
      'Tệp quá lớn để gửi qua Microsoft 365 ({size} byte). Hãy giảm dung lượng (ví dụ nén ảnh trong tài liệu) rồi gửi lại, hoặc gửi thủ công.',
    'graph.throttled':
      'Microsoft 365 đang tạm giới hạn số lần gửi; cần chờ khoảng {seconds} giây. Hãy thử lại sau ít phút, hoặc gửi qua máy chủ chuyển tiếp.',
    'graph.unavailable':
      'Dịch vụ Microsoft 365 đang gặp sự cố (mã {status}) và vẫn lỗi sau {attempts} lần thử. Thư chưa được gửi. Hãy thử lại sau, hoặc gửi qua máy chủ chuyển tiếp hay gửi thủ công.',
    'graph.network':
      'Không kết nối được tới Microsoft 365 sau {attempts} lần thử. Thư chưa được gửi. Hãy kiểm tra kết nối mạng rồi thử lại, hoặc gửi thủ công.',
    'graph.outcomeUnknown':
      'Mất kết nối ngay khi đang gửi, nên không biết thư đã đi hay chưa. Hãy mở thư mục Thư đã gửi (Sent Items) trong Outlook để kiểm tra trước khi gửi lại, để Phòng không nhận hai lần.',
    'graph.uploadFailed':
      'Tải tệp đính kèm lên Microsoft 365 không thành công ({reason}). Thư chưa được gửi; bản nháp có thể còn trong thư mục Thư nháp. Hãy thử lại, hoặc gửi qua máy chủ chuyển tiếp hay gửi thủ công.',
    'graph.unexpectedResponse':
      'Microsoft 365 trả lời không như mong đợi ({reason}). Thư có thể chưa được gửi: hãy kiểm tra thư mục Thư đã gửi, rồi gửi qua máy chủ chuyển tiếp hoặc gửi thủ công nếu cần.',
    'graph.requestRefused':
      'Microsoft 365 từ chối yêu cầu (mã {status}: {code}). Thư chưa được gửi. Hãy gửi qua máy chủ chuyển tiếp hoặc gửi thủ công.',
    'graph.emptyFile': 'Tệp báo cáo rỗng, không có gì để gửi. Hãy lưu lại tài liệu rồi thử lại.',
    'graph.invalidRecipient': 'Địa chỉ người nhận “{address}” không hợp lệ. Hãy sửa trong Cài đặt rồi gửi lại.',
    'graph.cancelled': 'Đã huỷ việc gửi qua Microsoft 365. Thư chưa được gửi.',
    'graph.dialogBlocked':
      'Cửa sổ đăng nhập Microsoft 365 không mở được (mã {code}): trình duyệt đã chặn cửa sổ bật lên, hoặc lời nhắc mở cửa sổ đã bị bỏ qua. Hãy cho phép cửa sổ bật lên của trang này, bấm Gửi lại và chọn “Cho phép”; hoặc gửi qua máy chủ chuyển tiếp hay gửi thủ công.',
    'graph.dialogAlreadyOpen':
      'Một cửa sổ của phần bổ trợ đang mở. Hãy đóng cửa sổ đó rồi bấm Gửi lại.',
  },
  en: {
    'graph.naaUnsupported':
      'This version of Word does not let add-ins sign in to Microsoft 365 (the NestedAppAuth 1.1 or DialogApi 1.1 API set is required), so the report cannot be sent through Microsoft 365. Send it through the relay server, or manually: download the file and send it from your own mailbox.',
    'graph.notConfigured':
      'Sending through Microsoft 365 is not configured (the Microsoft Entra application id in Settings is missing or invalid). Ask your administrator to configure it, or send through the relay server or manually.',
    'graph.signInFailed':
      'Could not sign in to Microsoft 365 ({reason}). Try again and allow the sign-in window to open; if it still fails, send through the relay server or manually.',
    'graph.unauthorized':
      'Microsoft 365 did not accept the sign-in, even after signing in again. Sign out of Office and back in, or send through the relay server or manually.',
    'graph.forbidden':
      'This Microsoft 365 account is not allowed to send mail from the add-in (an administrator may not have granted Mail.Send). Ask your administrator to grant it, or send through the relay server or manually.',
    'graph.noMailbox':
      'The signed-in account has no Microsoft 365 (Exchange Online) mailbox. Send through the relay server, or manually from the mailbox you use.',
    'graph.badRequest':
      'Microsoft 365 refused the message (status {status}: {code}). Check the recipient address in Settings; if it still fails, send through the relay server or manually.',
    'graph.tooLarge':
      'The file is too large to send through Microsoft 365 ({size} bytes). Make it smaller (for example, compress the pictures in the document) and send again, or send it manually.',
    'graph.throttled':
      'Microsoft 365 is limiting how often you can send; it asks to wait about {seconds} seconds. Try again in a few minutes, or send through the relay server.',
    'graph.unavailable':
      'The Microsoft 365 service is having problems (status {status}) and still failed after {attempts} attempts. The message was not sent. Try again later, or send through the relay server or manually.',
    'graph.network':
      'Could not reach Microsoft 365 after {attempts} attempts. The message was not sent. Check your network connection and try again, or send manually.',
    'graph.outcomeUnknown':
      'The connection dropped while sending, so it is not known whether the message went out. Open Sent Items in Outlook to check before sending again, so the office does not receive it twice.',
    'graph.uploadFailed':
      'Uploading the attachment to Microsoft 365 failed ({reason}). The message was not sent; a draft may remain in your Drafts folder. Try again, or send through the relay server or manually.',
    'graph.unexpectedResponse':
      'Microsoft 365 gave an unexpected answer ({reason}). The message may not have been sent: check Sent Items, then send through the relay server or manually if needed.',
    'graph.requestRefused':
      'Microsoft 365 refused the request (status {status}: {code}). The message was not sent. Send through the relay server or manually.',
    'graph.emptyFile': 'The report file is empty; there is nothing to send. Save the document and try again.',
    'graph.invalidRecipient': 'The recipient address “{address}” is not valid. Correct it in Settings and send again.',
    'graph.cancelled': 'Sending through Microsoft 365 was cancelled. The message was not sent.',
    'graph.dialogBlocked':
      'The Microsoft 365 sign-in window could not open (code {code}): the browser blocked the popup, or its prompt was dismissed. Allow popups for this page, press Send again and choose “Allow”; or send through the relay server or manually.',
    'graph.dialogAlreadyOpen': 'A window of the add-in is already open. Close it, then press Send again.',
  },
} satisfies CatalogArea;
