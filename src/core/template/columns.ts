import type { ColumnSpec } from './types';

/** The six columns of the models/projects table, headers exactly as in letter 1307/GDĐT. */
export const MODEL_COLUMNS: readonly ColumnSpec[] = [
  {
    id: 'tt',
    header: 'TT',
    headerEn: 'No.',
    hint: { vi: 'Số thứ tự, được đánh tự động 1, 2, 3…', en: 'Row number, filled in automatically 1, 2, 3…' },
    widthPct: 6,
  },
  {
    id: 'ten',
    header: 'Tên mô hình/ công trình',
    headerEn: 'Model/project name',
    hint: {
      vi: 'Tên ngắn gọn của mô hình hoặc công trình thi đua, ví dụ: “Thư viện xanh thân thiện”.',
      en: 'A short name for the model or emulation project, e.g. "Green friendly library".',
    },
    widthPct: 16,
  },
  {
    id: 'donVi',
    header: 'Đơn vị thực hiện',
    headerEn: 'Implementing unit',
    hint: {
      vi: 'Tổ, khối, bộ phận hoặc đơn vị đã thực hiện (có thể phối hợp nhiều đơn vị).',
      en: 'The team, grade, department or unit that carried it out (several may share it).',
    },
    widthPct: 16,
  },
  {
    id: 'moTa',
    header: 'Mô tả mô hình/ công trình',
    headerEn: 'Description',
    hint: {
      vi: 'Mô hình là gì, nhằm mục tiêu gì, dành cho ai, cách làm mới hoặc sáng tạo ở điểm nào.',
      en: 'What the model is, its aim, who it serves, what is new or creative about it.',
    },
    widthPct: 22,
  },
  {
    id: 'loTrinh',
    header: 'Lộ trình triển khai',
    headerEn: 'Implementation roadmap',
    hint: {
      vi: 'Các bước và mốc thời gian triển khai, ví dụ: “Tháng 9/2025: khảo sát; tháng 10: thí điểm…”.',
      en: 'Steps and milestones, e.g. "September 2025: survey; October: pilot…".',
    },
    widthPct: 20,
  },
  {
    id: 'ketQua',
    header: 'Kết quả đạt được',
    headerEn: 'Results achieved',
    hint: {
      vi: 'Kết quả cụ thể, có số liệu (số học sinh, tỉ lệ, giải thưởng) và sự lan tỏa, nhân rộng.',
      en: 'Concrete results with figures (pupils reached, rates, awards) and how it spread.',
    },
    widthPct: 20,
  },
];
