import { MODEL_COLUMNS } from '../../template/columns';
import type { CatalogArea } from '../types';

/** Messages of the `findings` area. Keys are prefixed with "findings.". Both languages must have every key (tested). */

const FIELD_NAMES_VI: Record<string, string> = {
  anh: 'khung ảnh 4x6',
  hoTen: 'ô “Họ tên”',
  sinhNam: 'ô “Sinh năm”',
  chucVuDonVi: 'ô “Chức vụ, đơn vị công tác”',
  tenTapThe: 'ô “Tên tập thể”',
  tomTat: 'phần “Tóm tắt thành tích tiêu biểu”',
  moHinh: 'bảng “Mô hình hoặc công trình thi đua tiêu biểu”',
};
const FIELD_NAMES_EN: Record<string, string> = {
  anh: 'the 4x6 photo frame',
  hoTen: 'the "Full name" field',
  sinhNam: 'the "Year of birth" field',
  chucVuDonVi: 'the "Position and unit" field',
  tenTapThe: 'the "Collective" field',
  tomTat: 'the "Summary of outstanding achievements" section',
  moHinh: 'the "Exemplary emulation models or projects" table',
};

const REQUIRED_VI: Record<string, string> = {
  hoTen: 'Chưa ghi họ tên. Ghi đầy đủ họ tên bằng chữ in hoa, không viết tắt.',
  sinhNam: 'Chưa ghi năm sinh. Ghi năm sinh bằng 4 chữ số, ví dụ 1984.',
  chucVuDonVi: 'Chưa ghi chức vụ, đơn vị công tác.',
  tenTapThe: 'Chưa ghi tên tập thể. Ghi rõ tên đơn vị đến cấp Thành phố.',
  tomTat: 'Chưa viết phần tóm tắt thành tích. Thay dòng hướng dẫn bằng nội dung tóm tắt (khoảng 1.000 chữ).',
};
const REQUIRED_EN: Record<string, string> = {
  hoTen: 'The full name is missing. Write the full name in capital letters, without abbreviations.',
  sinhNam: 'The year of birth is missing. Write it with 4 digits, e.g. 1984.',
  chucVuDonVi: 'The position and unit are missing.',
  tenTapThe: 'The collective’s name is missing. Write the unit’s name out up to city level.',
  tomTat: 'The summary is not written yet. Replace the instruction with the summary (about 1,000 words).',
};

// The models table's columns as the template heads them (their one home: src/core/template/columns.ts).
const DATA_COLUMN_SPECS = MODEL_COLUMNS.filter((c) => c.id !== 'tt');
const COLUMNS_VI: Record<string, string> = Object.fromEntries(DATA_COLUMN_SPECS.map((c) => [c.id, c.header]));
const COLUMNS_EN: Record<string, string> = Object.fromEntries(DATA_COLUMN_SPECS.map((c) => [c.id, c.headerEn]));

const DEADLINE_VI = {
  info: 'Báo cáo quý {quarter}/{year}: hạn gửi chậm nhất ngày {lastDay}, còn {days} ngày.',
  soon: 'Sắp đến hạn: báo cáo quý {quarter}/{year} phải gửi chậm nhất ngày {lastDay}, chỉ còn {days} ngày.',
  today: 'Hôm nay ({lastDay}) là ngày cuối cùng gửi báo cáo quý {quarter}/{year}.',
  oneDay: 'Sắp đến hạn: báo cáo quý {quarter}/{year} phải gửi chậm nhất ngày {lastDay}, chỉ còn 1 ngày.',
  lateOne: 'Báo cáo quý {quarter}/{year} đã quá hạn 1 ngày (hạn cuối ngày {lastDay}). Gửi ngay và báo với nơi nhận.',
  late: 'Báo cáo quý {quarter}/{year} đã quá hạn {daysLate} ngày (hạn cuối ngày {lastDay}). Gửi ngay và báo với nơi nhận.',
};
const DEADLINE_EN = {
  info: 'Q{quarter} {year} report: send it by {lastDay} at the latest, {days} days left.',
  soon: 'Deadline close: the Q{quarter} {year} report must be sent by {lastDay}, only {days} days left.',
  today: 'Today ({lastDay}) is the last day to send the Q{quarter} {year} report.',
  oneDay: 'Deadline close: the Q{quarter} {year} report must be sent by {lastDay}, only 1 day left.',
  lateOne: 'The Q{quarter} {year} report is 1 day late (the last day was {lastDay}). Send it now and tell the recipient.',
  late: 'The Q{quarter} {year} report is {daysLate} days late (the last day was {lastDay}). Send it now and tell the recipient.',
};
const ADVICE_VI = {
  weekend: ' Ngày {lastDay} là ngày nghỉ cuối tuần, nên gửi chậm nhất vào ngày làm việc {sendBy}.',
  holiday: ' Ngày {lastDay} rơi vào kỳ nghỉ lễ, nên gửi chậm nhất vào ngày làm việc {sendBy}.',
  weekendNextToHoliday: ' Ngày {lastDay} là ngày nghỉ cuối tuần liền sau kỳ nghỉ lễ, nên gửi chậm nhất vào ngày làm việc {sendBy}.',
};
const ADVICE_EN = {
  weekend: ' {lastDay} falls on a weekend; send it by the working day {sendBy} at the latest.',
  holiday: ' {lastDay} falls in a public holiday; send it by the working day {sendBy} at the latest.',
  weekendNextToHoliday: ' {lastDay} is a weekend day right after a public holiday; send it by the working day {sendBy} at the latest.',
};

function build(
  base: Record<string, string>,
  fieldNames: Record<string, string>,
  missingText: (name: string) => string,
  required: Record<string, string>,
  columns: Record<string, string>,
  cellText: (column: string) => string,
  deadline: Record<string, string>,
  advice: Record<string, string>,
): Record<string, string> {
  const out: Record<string, string> = { ...base };
  for (const [id, name] of Object.entries(fieldNames)) out[`findings.template.fieldMissing.${id}`] = missingText(name);
  for (const [id, text] of Object.entries(required)) out[`findings.field.required.${id}`] = text;
  for (const [id, column] of Object.entries(columns)) out[`findings.models.emptyCell.${id}`] = cellText(column);
  for (const [state, text] of Object.entries(deadline)) {
    out[`findings.submission.deadline.${state}`] = text;
    for (const [kind, extra] of Object.entries(advice)) out[`findings.submission.deadline.${state}.${kind}`] = text + extra;
  }
  return out;
}

export const findings: CatalogArea = {
  vi: build(
    {
      'findings.template.missing':
        'Tài liệu này không dùng mẫu báo cáo thành tích. Hãy tạo báo cáo từ mẫu Cá nhân hoặc Tập thể để được kiểm tra đầy đủ.',
      'findings.template.recovered.labels':
        'Tài liệu đã được lưu lại bằng một chương trình khác và không còn các ô nhập của mẫu: {count} mục được nhận ra theo nhãn và tiêu đề của mẫu, nội dung vẫn còn nguyên. Hãy khôi phục các ô nhập để tiếp tục được kiểm tra trực tiếp.',
      'findings.template.recovered.controls':
        'Tài liệu đã được lưu lại bằng một chương trình khác (mất mã nhận diện của các ô nhập): {count} mục được nhận ra theo tên ô nhập, nội dung vẫn còn nguyên. Hãy khôi phục các ô nhập để tiếp tục được kiểm tra trực tiếp.',
      'findings.name.uppercase': 'Họ tên phải viết bằng chữ in hoa: {suggestion}.',
      'findings.name.tooShort': 'Họ tên “{name}” chưa đầy đủ. Ghi đủ họ, tên đệm và tên.',
      'findings.name.abbreviated': 'Họ tên có phần viết tắt ({parts}). Ghi đầy đủ, không viết tắt.',
      'findings.birthYear.fullDate': 'Chỉ ghi năm sinh, không ghi ngày tháng: {year}.',
      'findings.birthYear.notYear': '“{text}” không phải năm sinh. Ghi năm sinh bằng 4 chữ số, ví dụ 1984.',
      'findings.birthYear.future': 'Năm sinh {year} chưa đến. Kiểm tra lại năm sinh.',
      'findings.birthYear.implausible':
        'Người sinh năm {year} thì năm nay {age} tuổi, ngoài độ tuổi đang công tác ({minAge}–{maxAge} tuổi). Hãy kiểm tra lại năm sinh.',
      'findings.photo.missing': 'Chưa có ảnh. Chèn ảnh chân dung 4x6 vào khung ảnh.',
      'findings.photo.ratio':
        'Ảnh có kích thước {width} x {height} mm, không đúng tỉ lệ 4x6 (2:3). Cắt ảnh theo khung dọc 4x6.',
      'findings.unit.cityAbbreviated': 'Tên đơn vị viết tắt tên thành phố (“{found}”). Ghi đầy đủ “{city}”.',
      'findings.unit.cityMissing': 'Tên đơn vị chưa ghi đến cấp thành phố. Thêm “{city}” vào cuối tên đơn vị.',
      'findings.summary.words.ok': 'Tóm tắt có {words}/{target} chữ: đạt yêu cầu.',
      'findings.summary.words.almost': 'Tóm tắt có {words}/{target} chữ: gần đủ, viết thêm khoảng {missing} chữ.',
      'findings.summary.words.short': 'Tóm tắt mới có {words}/{target} chữ: còn thiếu {missing} chữ.',
      'findings.summary.pages.short': 'Báo cáo mới có {pages} trang, cần tối thiểu {min} trang A4.',
      'findings.summary.pages.shortEstimated':
        'Báo cáo dàn trang theo mẫu được {pages} trang, cần tối thiểu {min} trang A4 (chương trình tính theo bố cục của mẫu; Word trên máy tính cho số trang thật).',
      'findings.models.columns': 'Bảng mô hình có {count} cột, mẫu có {expected} cột. Khôi phục bảng theo mẫu.',
      'findings.models.missingColumns': 'Bảng mô hình thiếu cột: {missing}. Khôi phục bảng theo mẫu.',
      'findings.models.noRows': 'Bảng mô hình, công trình thi đua chưa có dòng nào. Thêm ít nhất một mô hình.',
      'findings.models.emptyRow': 'Dòng {row} của bảng mô hình đang trống. Điền nội dung hoặc xóa dòng này.',
      'findings.models.numbering': 'Cột TT chưa được đánh số 1 đến {rows}. Đánh số lại.',
      'findings.instructions.leftover': 'Còn sót dòng hướng dẫn của mẫu: “{text}”. Xóa dòng này.',
      'findings.format.page.unavailable': 'Không đọc được khổ giấy và lề trên phiên bản Word này; hãy tự kiểm tra (A4 dọc, lề theo Nghị định 30).',
      'findings.format.page.paper': 'Khổ giấy {width} x {height} mm, không phải A4 (210 x 297 mm).',
      'findings.format.page.landscape': 'Trang đang nằm ngang ({width} x {height} mm). Chuyển sang A4 dọc.',
      'findings.format.page.margins':
        'Lề trang (trên {top}, dưới {bottom}, trái {left}, phải {right} mm) chưa đúng Nghị định 30: trên và dưới 20–25, trái 30–35, phải 15–20 mm.',
      'findings.format.font':
        '{percent}% nội dung không dùng phông {font} cỡ {min}–{max} ({details}). Đổi phông chữ cho thống nhất.',
      'findings.encoding.legacyFont.tcvn3': 'Có chữ gõ bằng phông TCVN3 cũ ({font}). Chuyển sang Unicode.',
      'findings.encoding.legacyFont.vni': 'Có chữ gõ bằng phông VNI cũ ({font}). Chuyển sang Unicode.',
      'findings.encoding.legacyPattern.tcvn3': 'Có đoạn chữ theo bảng mã TCVN3 cũ (phông {font}), dễ bị lỗi font ở máy khác. Chuyển sang Unicode.',
      'findings.encoding.legacyPattern.vni': 'Có đoạn chữ theo bảng mã VNI cũ (phông {font}), dễ bị lỗi font ở máy khác. Chuyển sang Unicode.',
      'findings.encoding.nfd': 'Một số chữ có dấu đang ở dạng tổ hợp (Unicode dựng sẵn chưa chuẩn), có thể bị đếm hoặc tìm sai. Chuẩn hóa chữ.',
      'findings.text.bidiControl': 'Có ký tự điều khiển hướng chữ ẩn ({chars}): chữ hiện trong khung này khác với chữ người nhận đọc được (ví dụ tên bị đảo ngược trong thư). Xoá các ký tự này.',
      'findings.submission.sent': 'Đã gửi báo cáo này lúc {at} đến {to}.',
      'findings.submission.sentEarlier': 'Báo cáo này đã được gửi lúc {at} đến {to} (quý {quarter}/{year}).',
    },
    FIELD_NAMES_VI,
    (name) => `${name[0].toUpperCase()}${name.slice(1)} của mẫu đã bị xóa. Khôi phục để điền tiếp.`,
    REQUIRED_VI,
    COLUMNS_VI,
    (column) => `Dòng {row} của bảng mô hình: chưa điền cột “${column}”.`,
    DEADLINE_VI,
    ADVICE_VI,
  ),
  en: build(
    {
      'findings.template.missing':
        'This document does not use the achievement report template. Create the report from the Individual or Collective template to get every check.',
      'findings.template.recovered.labels':
        'Another program saved this document and its fields are gone: {count} parts were recognised by the template’s labels and headings, with all their text. Restore the fields to keep live checks.',
      'findings.template.recovered.controls':
        'Another program saved this document and dropped the fields’ tags: {count} parts were recognised by the fields’ names, with all their text. Restore the fields to keep live checks.',
      'findings.name.uppercase': 'Write the full name in capital letters: {suggestion}.',
      'findings.name.tooShort': 'The name "{name}" is incomplete. Write the family name, middle name and given name.',
      'findings.name.abbreviated': 'The name has abbreviated parts ({parts}). Write it in full.',
      'findings.birthYear.fullDate': 'Write only the year of birth, not the full date: {year}.',
      'findings.birthYear.notYear': '"{text}" is not a year of birth. Write it with 4 digits, e.g. 1984.',
      'findings.birthYear.future': 'The year of birth {year} has not come yet. Check it.',
      'findings.birthYear.implausible':
        'Someone born in {year} is {age} this year, outside the working age ({minAge}–{maxAge}). Check the year of birth.',
      'findings.photo.missing': 'There is no photo. Insert a 4x6 portrait photo in the frame.',
      'findings.photo.ratio':
        'The photo is {width} x {height} mm, not in the 4x6 (2:3) proportion. Crop it to a portrait 4x6 frame.',
      'findings.unit.cityAbbreviated': 'The unit name abbreviates the city ("{found}"). Write "{city}" in full.',
      'findings.unit.cityMissing': 'The unit name does not reach city level. Add "{city}" at the end.',
      'findings.summary.words.ok': 'The summary has {words}/{target} words: enough.',
      'findings.summary.words.almost': 'The summary has {words}/{target} words: nearly there, add about {missing} more.',
      'findings.summary.words.short': 'The summary has only {words}/{target} words: {missing} words to go.',
      'findings.summary.pages.short': 'The report fills {pages} of the at least {min} A4 pages required.',
      'findings.summary.pages.shortEstimated':
        'Laid out as the template lays it out, the report fills {pages} of the at least {min} A4 pages required (computed from the template\'s layout; desktop Word gives its real count).',
      'findings.models.columns': 'The models table has {count} columns instead of the template’s {expected}. Restore the table.',
      'findings.models.missingColumns': 'The models table lacks columns: {missing}. Restore the table.',
      'findings.models.noRows': 'The table of emulation models or projects has no row yet. Add at least one.',
      'findings.models.emptyRow': 'Row {row} of the models table is empty. Fill it in or delete it.',
      'findings.models.numbering': 'The No. column is not numbered 1 to {rows}. Renumber it.',
      'findings.instructions.leftover': 'Template instruction text is still there: "{text}". Delete it.',
      'findings.format.page.unavailable': 'This version of Word cannot report paper size and margins; check them yourself (A4 portrait, Decree 30 margins).',
      'findings.format.page.paper': 'The paper is {width} x {height} mm, not A4 (210 x 297 mm).',
      'findings.format.page.landscape': 'The page is in landscape ({width} x {height} mm). Switch to A4 portrait.',
      'findings.format.page.margins':
        'The margins (top {top}, bottom {bottom}, left {left}, right {right} mm) do not follow Decree 30: top and bottom 20–25, left 30–35, right 15–20 mm.',
      'findings.format.font': '{percent}% of the text is not in {font} {min}–{max} pt ({details}). Make the font consistent.',
      'findings.encoding.legacyFont.tcvn3': 'Some text uses an old TCVN3 font ({font}). Convert it to Unicode.',
      'findings.encoding.legacyFont.vni': 'Some text uses an old VNI font ({font}). Convert it to Unicode.',
      'findings.encoding.legacyPattern.tcvn3': 'Some text is in the old TCVN3 encoding (font {font}) and will show garbled elsewhere. Convert it to Unicode.',
      'findings.encoding.legacyPattern.vni': 'Some text is in the old VNI encoding (font {font}) and will show garbled elsewhere. Convert it to Unicode.',
      'findings.encoding.nfd': 'Some accented letters are decomposed (not normalised Unicode) and may be counted or searched wrongly. Normalise the text.',
      'findings.text.bidiControl': 'Hidden text-direction control characters ({chars}): the text shown here differs from what the recipient reads (a name may come out reversed in the mail). Remove them.',
      'findings.submission.sent': 'This report was sent on {at} to {to}.',
      'findings.submission.sentEarlier': 'This report was sent on {at} to {to} (Q{quarter} {year}).',
    },
    FIELD_NAMES_EN,
    (name) => `${name[0].toUpperCase()}${name.slice(1)} of the template was deleted. Restore it to fill it in.`,
    REQUIRED_EN,
    COLUMNS_EN,
    (column) => `Row {row} of the models table: the "${column}" column is empty.`,
    DEADLINE_EN,
    ADVICE_EN,
  ),
};
