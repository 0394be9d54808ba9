import type { CatalogArea } from '../types';

/**
 * Messages of the `settings` area: `settings.<field>.<problem>` for every settings field and problem code
 * (see src/core/settings), composed from a field label and a sentence per problem so both stay consistent.
 */
const FIELDS: Record<string, { vi: string; en: string }> = {
  unitName: { vi: 'Tên đơn vị', en: 'Unit name' },
  senderName: { vi: 'Họ tên người gửi', en: "Sender's name" },
  senderRole: { vi: 'Chức vụ người gửi', en: "Sender's position" },
  recipient: { vi: 'Địa chỉ nhận báo cáo', en: 'Recipient address' },
  recipientOffice: { vi: 'Cơ quan nhận báo cáo', en: 'Receiving office' },
  cityName: { vi: 'Tên thành phố', en: 'City name' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  deadlineReading: { vi: 'Cách tính hạn nộp', en: 'Deadline reading' },
  relayUrl: { vi: 'Địa chỉ máy chủ chuyển tiếp', en: 'Relay server address' },
  schoolKey: { vi: 'Mã gửi báo cáo của trường', en: "School's submission key" },
  graphClientId: { vi: 'Mã ứng dụng Microsoft 365', en: 'Microsoft 365 application id' },
};

const PROBLEMS: Record<string, { vi: string; en: string }> = {
  missing: { vi: '{label}: chưa có, đang dùng giá trị mặc định.', en: '{label}: not set; the default is used.' },
  wrongType: { vi: '{label}: giá trị không đúng kiểu, đang dùng giá trị mặc định.', en: '{label}: wrong kind of value; the default is used.' },
  invalid: { vi: '{label}: giá trị không hợp lệ, hãy kiểm tra lại.', en: '{label}: invalid value; please check it.' },
  empty: { vi: '{label}: không được để trống.', en: '{label}: cannot be empty.' },
  tooLong: { vi: '{label}: quá dài, phần thừa đã bị cắt bớt.', en: '{label}: too long; the excess was cut off.' },
  controlCharacters: {
    vi: '{label}: có ký tự điều khiển hoặc ký tự ẩn, đã được xoá.',
    en: '{label}: contained control or invisible characters, which were removed.',
  },
};

function build(lang: 'vi' | 'en'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, label] of Object.entries(FIELDS)) {
    for (const [code, sentence] of Object.entries(PROBLEMS)) {
      out[`settings.${field}.${code}`] = sentence[lang].replace('{label}', label[lang]);
    }
    out[`settings.${field}.label`] = label[lang];
  }
  return out;
}

export const settings: CatalogArea = { vi: build('vi'), en: build('en') };
