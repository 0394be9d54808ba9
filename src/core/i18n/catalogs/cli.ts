import type { CatalogArea } from '../types';

/** Messages of the `cli` area. Keys are prefixed with "cli.". Both languages must have every key (tested). */
export const cli = {
  vi: {
    'cli.usage':
      'Cách dùng:\n' +
      '  bao-cao-thanh-tich new --kind individual|collective [--data bao-cao.json] --out bao-cao.docx [--force]\n' +
      '  bao-cao-thanh-tich check TỆP_HOẶC_THƯ_MỤC... [--json] [--at NGÀY-GIỜ-ISO] [--lang vi|en] [--inclusive] [--progress] [--xlsx TỆP]\n' +
      '  bao-cao-thanh-tich --help | --version\n' +
      '\n' +
      'Lệnh:\n' +
      '  new     Tạo mẫu báo cáo thành tích (cá nhân hoặc tập thể), để trống hoặc điền sẵn từ tệp JSON.\n' +
      '  check   Kiểm tra các tệp .docx (thư mục được quét đệ quy) theo Công văn 1307/GDĐT.\n' +
      '\n' +
      'Tùy chọn:\n' +
      '  --kind         individual (cá nhân) hoặc collective (tập thể)\n' +
      '  --data         tệp JSON chứa nội dung để điền vào mẫu; đường dẫn ảnh tính từ thư mục của tệp JSON\n' +
      '  --out          tệp .docx sẽ tạo\n' +
      '  --force        ghi đè tệp --out nếu đã có\n' +
      '  --json         in kết quả dạng JSON (mỗi tệp một đối tượng)\n' +
      '  --at           thời điểm dùng để tính hạn nộp, ví dụ 2026-12-20 hoặc 2026-12-20T08:00:00+07:00 (ngày không kèm giờ: 0 giờ, giờ Việt Nam)\n' +
      '  --inclusive    hiểu hạn nộp là “đến hết ngày 03” thay vì “trước ngày 03”\n' +
      '  --lang         ngôn ngữ thông báo: vi (mặc định) hoặc en\n' +
      '  --progress     luôn in tiến độ ra stderr khi kiểm tra nhiều tệp\n' +
      '  --xlsx TỆP     ghi thêm bảng tổng hợp quý (.xlsx) như hộp thư của phòng, mỗi tệp một dòng\n' +
      '\n' +
      'Mã thoát của check: 0 = mọi tệp sẵn sàng gửi; 1 = có tệp còn lỗi; 2 = sai cú pháp lệnh hoặc có tệp không đọc được.',
    'cli.error.prefix': 'Lỗi: {message}',
    'cli.error.unknownCommand': 'Không có lệnh “{command}”.',
    'cli.error.noCommand': 'Chưa nêu lệnh (new hoặc check).',
    'cli.error.badOption': 'Tùy chọn không hợp lệ: {detail}',
    'cli.error.badLang': 'Ngôn ngữ “{value}” không được hỗ trợ; hãy dùng vi hoặc en.',
    'cli.error.badKind': 'Loại mẫu “{value}” không hợp lệ; hãy dùng individual (cá nhân) hoặc collective (tập thể).',
    'cli.error.missingKind': 'Hãy nêu loại mẫu bằng --kind individual hoặc --kind collective.',
    'cli.error.kindMismatch': 'Tệp JSON ghi loại mẫu “{data}” nhưng --kind là “{option}”.',
    'cli.error.missingOut': 'Hãy nêu tệp cần tạo bằng --out bao-cao.docx.',
    'cli.error.outExists': 'Tệp “{file}” đã có; không ghi đè. Thêm --force nếu muốn ghi đè.',
    'cli.error.outIsDirectory': '“{file}” là một thư mục, không phải tệp.',
    'cli.error.unexpectedArgs': 'Lệnh new không nhận thêm tham số: {args}',
    'cli.error.badAt': 'Thời điểm --at “{value}” không hợp lệ; ví dụ đúng: 2026-12-20 hoặc 2026-12-20T08:00:00+07:00.',
    'cli.error.noInputs': 'Hãy nêu ít nhất một tệp .docx hoặc một thư mục cần kiểm tra.',
    'cli.error.noDocx': 'Không tìm thấy tệp .docx nào để kiểm tra.',
    'cli.error.dataNotFound': 'Không tìm thấy tệp dữ liệu “{file}”.',
    'cli.error.dataUnreadable': 'Không đọc được tệp dữ liệu “{file}”: {reason}',
    'cli.error.dataTooLarge': 'Tệp dữ liệu “{file}” quá lớn ({size} MB, tối đa {max} MB).',
    'cli.error.jsonSyntax': 'Tệp JSON “{file}” sai cú pháp ở dòng {line}, cột {column}: {reason}',
    'cli.error.jsonSyntaxNoPosition': 'Tệp JSON “{file}” sai cú pháp: {reason}',
    'cli.error.jsonNotObject': 'Tệp JSON “{file}” phải chứa một đối tượng {…}.',
    'cli.error.jsonProblems': 'Tệp JSON “{file}” có {count} vấn đề:',
    'cli.error.photoNotFound': 'Không tìm thấy ảnh “{file}” (đường dẫn tính từ thư mục của tệp JSON).',
    'cli.error.photoTooLarge': 'Ảnh “{file}” quá lớn ({size} MB, tối đa {max} MB).',
    'cli.error.photoFormat': 'Ảnh “{file}” không phải tệp PNG hoặc JPEG.',
    'cli.error.writeFailed': 'Không ghi được tệp “{file}”: {reason}',
    'cli.error.internal': 'Lỗi không mong đợi: {reason}',
    'cli.new.written': 'Đã tạo {file} (mẫu {kind}).',
    'cli.kind.individual': 'cá nhân',
    'cli.kind.collective': 'tập thể',
    'cli.check.fileNotFound': 'không tìm thấy tệp hoặc thư mục',
    'cli.check.notAFile': 'không phải tệp thông thường',
    'cli.check.tooLarge': 'tệp quá lớn ({size} MB, tối đa {max} MB)',
    'cli.check.unreadable': 'không đọc được tệp: {reason}',
    'cli.check.progress': 'Đang kiểm tra {index}/{total}: {file}',
    'cli.check.col.file': 'Tệp',
    'cli.check.col.template': 'Mẫu',
    'cli.check.col.errors': 'Lỗi',
    'cli.check.col.warnings': 'Cảnh báo',
    'cli.check.col.words': 'Số chữ',
    'cli.check.col.pages': 'Số trang',
    'cli.check.col.summaryPages': 'Trang tóm tắt',
    'cli.check.deadlineHeader': 'Hạn gửi (theo quý ghi trong từng báo cáo):',
    'cli.check.deadlineFiles': '({files} tệp)',
    'cli.check.col.status': 'Kết quả',
    'cli.check.template.individual': 'Cá nhân',
    'cli.check.template.collective': 'Tập thể',
    'cli.check.template.none': '(không rõ)',
    'cli.check.status.ready': 'Sẵn sàng gửi',
    'cli.check.status.notReady': 'Còn lỗi',
    'cli.check.status.unreadable': 'Không đọc được',
    'cli.check.estimatedNote':
      'Số trang có dấu “~” do chương trình tính theo bố cục của mẫu (như LibreOffice dàn trang), vì tệp chưa được Word lưu lại nên không có số trang thật. “Trang tóm tắt”: phần tóm tắt dài bao nhiêu trang.',
    'cli.check.severity.error': 'LỖI',
    'cli.check.severity.warning': 'CẢNH BÁO',
    'cli.check.severity.info': 'THÔNG TIN',
    'cli.check.fileHeader': '{file}: {status}',
    'cli.check.noFindings': 'Không có nhận xét nào.',
    'cli.check.sent': 'Đã gửi lúc {at} tới {to} (cách gửi: {path})',
    'cli.check.sentPeriod': 'Đã gửi lúc {at} tới {to} (cách gửi: {path}, kỳ {period})',
    'cli.check.sendPath.graph': 'Microsoft 365',
    'cli.check.sendPath.relay': 'máy chủ chuyển tiếp',
    'cli.check.sendPath.manual': 'tự gửi',
    'cli.check.summary': 'Tổng cộng {total} tệp: {ready} sẵn sàng gửi, {failing} còn lỗi, {unreadable} không đọc được.',
  },
  en: {
    'cli.usage':
      'Usage:\n' +
      '  bao-cao-thanh-tich new --kind individual|collective [--data report.json] --out report.docx [--force]\n' +
      '  bao-cao-thanh-tich check FILE_OR_DIR... [--json] [--at ISO-DATE] [--lang vi|en] [--inclusive] [--progress] [--xlsx FILE]\n' +
      '  bao-cao-thanh-tich --help | --version\n' +
      '\n' +
      'Commands:\n' +
      '  new     Write an achievement report template (individual or collective), empty or filled from a JSON file.\n' +
      '  check   Check .docx files (directories are scanned recursively) against letter 1307/GDĐT.\n' +
      '\n' +
      'Options:\n' +
      '  --kind         individual or collective\n' +
      '  --data         JSON file with the content to fill in; the photo path is relative to the JSON file\n' +
      '  --out          the .docx file to write\n' +
      '  --force        overwrite --out if it exists\n' +
      '  --json         print the results as JSON (one object per file)\n' +
      '  --at           the instant used for deadlines, e.g. 2026-12-20 or 2026-12-20T08:00:00+07:00 (a date alone: midnight, Vietnam time)\n' +
      '  --inclusive    read the deadline as "up to and including the 3rd" instead of "before the 3rd"\n' +
      '  --lang         message language: vi (default) or en\n' +
      '  --progress     always print progress on stderr when checking many files\n' +
      '  --xlsx FILE    also write the quarter table (.xlsx) as the office inbox does, one row per file\n' +
      '\n' +
      'Exit status of check: 0 = every file is ready to send; 1 = some file has an error; 2 = bad usage or a file could not be read.',
    'cli.error.prefix': 'Error: {message}',
    'cli.error.unknownCommand': 'There is no command "{command}".',
    'cli.error.noCommand': 'No command given (new or check).',
    'cli.error.badOption': 'Invalid option: {detail}',
    'cli.error.badLang': 'Language "{value}" is not supported; use vi or en.',
    'cli.error.badKind': 'Template kind "{value}" is not valid; use individual or collective.',
    'cli.error.missingKind': 'Give the template kind with --kind individual or --kind collective.',
    'cli.error.kindMismatch': 'The JSON file says kind "{data}" but --kind is "{option}".',
    'cli.error.missingOut': 'Give the file to write with --out report.docx.',
    'cli.error.outExists': 'File "{file}" already exists; not overwriting it. Add --force to overwrite.',
    'cli.error.outIsDirectory': '"{file}" is a directory, not a file.',
    'cli.error.unexpectedArgs': 'The new command takes no further arguments: {args}',
    'cli.error.badAt': 'The --at instant "{value}" is not valid; for example: 2026-12-20 or 2026-12-20T08:00:00+07:00.',
    'cli.error.noInputs': 'Give at least one .docx file or directory to check.',
    'cli.error.noDocx': 'No .docx file found to check.',
    'cli.error.dataNotFound': 'Data file "{file}" not found.',
    'cli.error.dataUnreadable': 'Cannot read data file "{file}": {reason}',
    'cli.error.dataTooLarge': 'Data file "{file}" is too large ({size} MB, at most {max} MB).',
    'cli.error.jsonSyntax': 'JSON file "{file}" has a syntax error at line {line}, column {column}: {reason}',
    'cli.error.jsonSyntaxNoPosition': 'JSON file "{file}" has a syntax error: {reason}',
    'cli.error.jsonNotObject': 'JSON file "{file}" must hold one object {…}.',
    'cli.error.jsonProblems': 'JSON file "{file}" has {count} problem(s):',
    'cli.error.photoNotFound': 'Photo "{file}" not found (the path is relative to the JSON file\'s directory).',
    'cli.error.photoTooLarge': 'Photo "{file}" is too large ({size} MB, at most {max} MB).',
    'cli.error.photoFormat': 'Photo "{file}" is not a PNG or JPEG file.',
    'cli.error.writeFailed': 'Cannot write "{file}": {reason}',
    'cli.error.internal': 'Unexpected error: {reason}',
    'cli.new.written': 'Wrote {file} ({kind} template).',
    'cli.kind.individual': 'individual',
    'cli.kind.collective': 'collective',
    'cli.check.fileNotFound': 'no such file or directory',
    'cli.check.notAFile': 'not a regular file',
    'cli.check.tooLarge': 'file too large ({size} MB, at most {max} MB)',
    'cli.check.unreadable': 'cannot read the file: {reason}',
    'cli.check.progress': 'Checking {index}/{total}: {file}',
    'cli.check.col.file': 'File',
    'cli.check.col.template': 'Template',
    'cli.check.col.errors': 'Errors',
    'cli.check.col.warnings': 'Warnings',
    'cli.check.col.words': 'Words',
    'cli.check.col.pages': 'Pages',
    'cli.check.col.summaryPages': 'Summary pages',
    'cli.check.deadlineHeader': 'Deadlines (from the quarter recorded in each report):',
    'cli.check.deadlineFiles': '({files} files)',
    'cli.check.col.status': 'Result',
    'cli.check.template.individual': 'Individual',
    'cli.check.template.collective': 'Collective',
    'cli.check.template.none': '(unknown)',
    'cli.check.status.ready': 'Ready to send',
    'cli.check.status.notReady': 'Has errors',
    'cli.check.status.unreadable': 'Unreadable',
    'cli.check.estimatedNote':
      'Pages marked "~" are computed from the template\'s layout (as LibreOffice lays it out): the file has not been saved by Word, so it carries no real page count. "Summary pages": how many pages the summary itself fills.',
    'cli.check.severity.error': 'ERROR',
    'cli.check.severity.warning': 'WARNING',
    'cli.check.severity.info': 'INFO',
    'cli.check.fileHeader': '{file}: {status}',
    'cli.check.noFindings': 'Nothing to report.',
    'cli.check.sent': 'Sent at {at} to {to} (via {path})',
    'cli.check.sentPeriod': 'Sent at {at} to {to} (via {path}, period {period})',
    'cli.check.sendPath.graph': 'Microsoft 365',
    'cli.check.sendPath.relay': 'relay server',
    'cli.check.sendPath.manual': 'sent by hand',
    'cli.check.summary': '{total} file(s) in all: {ready} ready to send, {failing} with errors, {unreadable} unreadable.',
  },
} satisfies CatalogArea;
