/**
 * The report grid of issue 13: summary sizes × model rows × both templates, with real prose from the corpus in
 * test/fixtures/prose (written for this project) and realistic model rows. Used by the page oracle and the bench.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ModelRow, ReportData } from '../../src/docx/reportData';
import type { LayoutInput } from '../../src/core/layout';

const CORPUS = path.join(__dirname, '..', 'fixtures', 'prose');

/** The corpus's paragraphs in order (NFC passages only). */
export function corpusParagraphs(): string[] {
  return readdirSync(CORPUS)
    .filter((f) => /^\d\d-.*\.txt$/.test(f) && !f.includes('nfd') && !f.includes('separators'))
    .sort()
    .flatMap((f) => readFileSync(path.join(CORPUS, f), 'utf8').split('\n'))
    .filter((p) => p.trim() !== '');
}

/** `words` whitespace-separated words of corpus prose, as paragraphs, starting at paragraph `offset` (cycling). */
export function realProse(words: number, offset = 0): string[] {
  const all = corpusParagraphs();
  const out: string[] = [];
  let total = 0;
  for (let i = offset; total < words; i++) {
    const tokens = all[i % all.length].split(/\s+/).filter(Boolean);
    const take = tokens.slice(0, words - total);
    out.push(take.join(' '));
    total += take.length;
  }
  return out;
}

export const MODEL_ROWS: readonly ModelRow[] = [
  {
    ten: 'Thư viện xanh – Đọc sách mỗi ngày',
    donVi: 'Tổ Văn phòng, Liên đội',
    moTa: 'Kệ sách đặt dưới tán cây, hành lang, góc cầu thang; học sinh tự mượn, tự trả.',
    loTrinh: 'Tháng 9/2023: khảo sát; tháng 10–12/2023: quyên góp sách; từ 1/2024: 15 phút đọc sách mỗi sáng thứ Tư.',
    ketQua: 'Bình quân 11,5 cuốn/ học sinh/ năm; 1.200 lượt mượn mỗi tháng; nhân rộng 5 trường.',
  },
  {
    ten: 'Lớp học đảo ngược',
    donVi: 'Tổ Toán – Tin',
    moTa: 'Học sinh xem video bài giảng ngắn ở nhà, lên lớp thảo luận nhóm.',
    loTrinh: 'Học kỳ I: xây dựng 218 video; học kỳ II: áp dụng toàn khối 8, 9.',
    ketQua: 'Học sinh yếu môn Toán giảm từ 6,2% còn 1,9%.',
  },
  {
    ten: 'Góc tư vấn tuổi dậy thì',
    donVi: 'Phòng Y tế, tổ Giáo dục công dân',
    moTa: 'Hộp thư kín nhận câu hỏi của học sinh, trả lời qua bảng tin và sinh hoạt lớp, không nêu tên người hỏi.',
    loTrinh: 'Tháng 10/2024: đặt hộp thư; mỗi tuần trả lời một lần.',
    ketQua: '126 câu hỏi được giải đáp; phụ huynh ghi nhận con cởi mở hơn.',
  },
  {
    ten: 'Đôi bạn cùng tiến',
    donVi: 'Lớp 9A3',
    moTa: 'Học sinh khá kèm bạn học yếu theo cặp.',
    loTrinh: 'Cả năm học.',
    ketQua: '37/41 em đỗ lớp 10 công lập.',
  },
  {
    ten: 'Nuôi heo đất – Góp tình thương',
    donVi: 'Liên đội',
    moTa: 'Các chi đội tiết kiệm tiền quà sáng để trao học bổng cho bạn nghèo vượt khó.',
    loTrinh: 'Từ tháng 9/2024 đến tháng 5/2025, đập heo đất vào dịp Tết và cuối năm học.',
    ketQua: '46.750.000 đồng; 55 suất học bổng.',
  },
  {
    ten: 'Đồ dùng dạy học từ vật liệu tái chế',
    donVi: 'Lớp Lá 2, tổ Mẫu giáo lớn',
    moTa: 'Học liệu tự làm từ chai nhựa, lõi giấy, nắp chai, vải vụn cho góc "Bé khám phá".',
    loTrinh: 'Thay đổi theo chủ đề từng tháng; chia sẻ qua 4 buổi sinh hoạt cụm.',
    ketQua: 'Giải Nhì hội thi cấp quận; nhiều trường bạn học tập.',
  },
  {
    ten: 'Mái ấm Công đoàn',
    donVi: 'Công đoàn cơ sở',
    moTa: 'Vận động đoàn viên góp quỹ hỗ trợ đồng nghiệp khó khăn.',
    loTrinh: 'Quý III/2025.',
    ketQua: '7 phần quà, mỗi phần 1.500.000 đồng.',
  },
  {
    ten: 'Chuyển đổi số trong quản lý nhà trường',
    donVi: 'Ban Giám hiệu, tổ Văn phòng',
    moTa: 'Sổ điểm điện tử, học bạ số, họp phụ huynh trực tuyến, công khai thu – chi trên bảng tin điện tử.',
    loTrinh: 'Tháng 8/2024: tập huấn; tháng 9/2024: triển khai toàn trường; tháng 1/2025: đánh giá, điều chỉnh.',
    ketQua: '100% giáo viên sử dụng thành thạo; giảm 60% hồ sơ giấy.',
  },
];

export const SUMMARY_SIZES = [150, 250, 400, 550, 700, 850, 1000, 1200, 1500, 2000] as const;
export const ROW_COUNTS = [0, 1, 3, 8] as const;

export interface GridCase {
  name: string;
  data: ReportData;
  input: LayoutInput;
}

const PERSON = {
  hoTen: 'NGUYỄN THỊ MAI',
  sinhNam: '1984',
  chucVuDonVi: 'Hiệu trưởng Trường Tiểu học Lê Văn Tám, Quận 1',
};
const UNIT = { tenTapThe: 'Tổ Toán – Tin, Trường THCS Nguyễn Du, Quận 1, Thành phố Hồ Chí Minh' };

/** Every case of the grid; `photo` gives the individual template its picture. */
export function gridCases(photo: ReportData['photo']): GridCase[] {
  const cases: GridCase[] = [];
  for (const kind of ['individual', 'collective'] as const) {
    for (const words of SUMMARY_SIZES) {
      for (const rows of ROW_COUNTS) {
        const summary = realProse(words, words % 17);
        const models = MODEL_ROWS.slice(0, rows);
        const fields: Record<string, string> = kind === 'individual' ? PERSON : UNIT;
        const data: ReportData =
          kind === 'individual' ? { kind, fields, summary, models, photo } : { kind, fields, summary, models };
        const input: LayoutInput = {
          kind,
          fields,
          summary,
          rows: models.map((m, i) => [
            String(i + 1),
            m.ten ?? '',
            m.donVi ?? '',
            m.moTa ?? '',
            m.loTrinh ?? '',
            m.ketQua ?? '',
          ]),
          // The 2:3 test photo is scaled to the full 4 x 6 cm frame.
          ...(kind === 'individual' && photo ? { photoHeightPt: 60 * (72 / 25.4) } : {}),
        };
        cases.push({ name: `${kind}-${words}w-${rows}r`, data, input });
      }
    }
  }
  return cases;
}
