/**
 * Layout oracle: the generated templates, laid out by real LibreOffice (metric-compatible Liberation fonts),
 * must give A4 portrait pages with the Decree 30 margins, about 500 words of summary per page, and every
 * field's text back intact. All documents are converted in one LibreOffice run to save its start-up time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeTemplateDocx } from '../../src/docx/write';
import type { ReportData } from '../../src/docx/reportData';
import { pngPhoto, tempDir } from '../cli/support/cli';
import { countWords, vietnameseProse } from '../support/prose';
import { A4_PT, PT_PER_MM, convertToPdf, libreOfficeAvailable, pdfBoxes, pdfInfo, pdfText } from '../support/libreoffice';

jest.setTimeout(240_000);

const MODEL = {
  ten: 'Thư viện xanh thân thiện',
  donVi: 'Tổ Ngữ văn',
  moTa: 'Góc đọc mở giữa sân trường.',
  loTrinh: 'Tháng 9/2025: thí điểm.',
  ketQua: '1.200 lượt mượn sách mỗi tháng.',
};
const PERSON = { hoTen: 'NGUYỄN THỊ MAI', sinhNam: '1984', chucVuDonVi: 'Hiệu trưởng Trường Tiểu học Lê Văn Tám, Quận 1' };

/** Text full of XML special characters and Vietnamese diacritics; given decomposed (NFD) to the writer. */
const SPECIAL = {
  hoTen: 'TRẦN "ĐỨC" <ANH> & CON\'S',
  chucVuDonVi: 'Phó hiệu trưởng <Trường THCS> "Nguyễn Du" & Tổ \'Toán – Tin\', Quận 1',
  tenTapThe: 'Tổ Văn <Anh> & "Sử" \'Địa\', Trường THPT Lê Quý Đôn, Quận 3, Thành phố Hồ Chí Minh',
  summary: 'Ước mơ của tôi: <học sinh> & "phụ huynh" cùng đọc sách; \'điểm sáng\' là Đoàn trường.',
  model: {
    ten: 'Mô hình <A&B>',
    donVi: 'Tổ "Khoa học" & Đoàn',
    moTa: 'Học sinh tự quản; \'sáng tạo\' < 5 phút',
    loTrinh: 'Bước 1 > Bước 2 > Bước 3',
    ketQua: 'Đạt 98% & "Giải nhất" cấp Thành phố',
  },
};

const nfd = (s: string) => s.normalize('NFD');

let dir: string;
const pdfs: Record<string, string> = {};

async function write(name: string, kind: 'individual' | 'collective', data?: ReportData): Promise<string> {
  const file = path.join(dir, `${name}.docx`);
  writeFileSync(file, await writeTemplateDocx(kind, data));
  return file;
}

function individual(words: number, seed: number): ReportData {
  return { kind: 'individual', fields: PERSON, summary: vietnameseProse(words, seed), models: [MODEL], photo: { bytes: pngPhoto(80, 120) } };
}

beforeAll(async () => {
  if (!libreOfficeAvailable()) {
    throw new Error('LibreOffice (soffice) and poppler-utils (pdfinfo, pdftotext) are needed for the layout oracle; .ci/run installs them.');
  }
  dir = tempDir('bctt-oracle-');
  const files = [
    await write('empty-individual', 'individual'),
    await write('empty-collective', 'collective'),
    // The collective form: the individual form's photo frame and three fields take about 40 % of page 1.
    await write('words-350', 'collective', { kind: 'collective', fields: { tenTapThe: 'Tổ Toán, Trường THCS Nguyễn Du, Quận 1, Thành phố Hồ Chí Minh' }, summary: vietnameseProse(350, 1) }),
    await write('words-350-model', 'collective', { kind: 'collective', fields: { tenTapThe: 'Tổ Toán, Trường THCS Nguyễn Du, Quận 1, Thành phố Hồ Chí Minh' }, summary: vietnameseProse(350, 1), models: [MODEL] }),
    await write('words-1000', 'individual', individual(1000, 2)),
    await write('words-1600', 'individual', individual(1600, 3)),
    await write('special-individual', 'individual', {
      kind: 'individual',
      fields: { hoTen: nfd(SPECIAL.hoTen), sinhNam: '1984', chucVuDonVi: nfd(SPECIAL.chucVuDonVi) },
      summary: [nfd(SPECIAL.summary)],
      models: [Object.fromEntries(Object.entries(SPECIAL.model).map(([k, v]) => [k, nfd(v)]))],
    }),
    await write('special-collective', 'collective', { kind: 'collective', fields: { tenTapThe: nfd(SPECIAL.tenTapThe) }, summary: [SPECIAL.summary] }),
  ];
  const out = path.join(dir, 'pdf');
  mkdirSync(out);
  const converted = await convertToPdf(files, out);
  files.forEach((f, i) => (pdfs[path.basename(f, '.docx')] = converted[i]));
});

const mm = (pt: number) => pt / PT_PER_MM;

describe('the empty templates', () => {
  it.each(['empty-individual', 'empty-collective'])('%s opens and lays out on A4 portrait', (name) => {
    const info = pdfInfo(pdfs[name]);
    expect(info.pages).toBeGreaterThanOrEqual(1);
    expect(info.pageWidthPt).toBeCloseTo(A4_PT.width, 0);
    expect(info.pageHeightPt).toBeCloseTo(A4_PT.height, 0);
    expect(info.pageHeightPt).toBeGreaterThan(info.pageWidthPt);
  });

  it('show their titles and instructions', () => {
    expect(pdfText(pdfs['empty-individual'])).toContain('BÁO CÁO THÀNH TÍCH CÁ NHÂN');
    expect(pdfText(pdfs['empty-collective'])).toContain('BÁO CÁO THÀNH TÍCH TẬP THỂ');
    expect(pdfText(pdfs['empty-individual'])).toContain('Hình 4x6');
  });
});

describe('margins (Decree 30: top 20, left 30, right 15 mm)', () => {
  /** Body lines of page 2 of a long report: summary only, justified, below the page number. */
  function bodyLines() {
    const page = pdfBoxes(pdfs['words-1600'])[1];
    // The page number sits in the top margin (header at 10 mm); body text starts at the top margin.
    const body = page.lines.filter((l) => mm(l.yMin) > 15);
    return { page, body };
  }

  it('puts the left text edge 30 mm from the page edge', () => {
    const { body } = bodyLines();
    const left = Math.min(...body.map((l) => l.xMin));
    expect(mm(left)).toBeGreaterThan(29);
    expect(mm(left)).toBeLessThan(31);
  });

  it('ends justified lines no further than 15 mm from the right edge, and close to it', () => {
    const { page, body } = bodyLines();
    const right = Math.max(...body.map((l) => l.xMax));
    const fromRight = mm(page.width - right);
    expect(fromRight).toBeGreaterThanOrEqual(14.5);
    expect(fromRight).toBeLessThan(17);
    // Justified: most full lines reach the right edge.
    const full = body.filter((l) => mm(page.width - l.xMax) < 16);
    expect(full.length / body.length).toBeGreaterThan(0.7);
  });

  it('starts body text 20 mm from the top, with the page number in the top margin, centred', () => {
    const { page, body } = bodyLines();
    expect(mm(Math.min(...body.map((l) => l.yMin)))).toBeGreaterThan(19);
    expect(mm(Math.min(...body.map((l) => l.yMin)))).toBeLessThan(22);
    const number = page.lines.find((l) => mm(l.yMin) <= 15);
    expect(number?.words.map((w) => w.text).join('')).toBe('2');
    const centre = (number!.xMin + number!.xMax) / 2;
    const textCentre = (PT_PER_MM * 30 + page.width - PT_PER_MM * 15) / 2;
    expect(Math.abs(mm(centre - textCentre))).toBeLessThan(3);
  });

  it('has no page number on the first page', () => {
    const first = pdfBoxes(pdfs['words-1600'])[0];
    expect(first.lines.filter((l) => mm(l.yMin) <= 15)).toEqual([]);
  });
});

describe('words per page', () => {
  it('fits 450–550 words of summary on a page that holds only summary', () => {
    // Page 2 of a 1,600-word report: the summary started on page 1 and goes on past page 2.
    expect(pdfInfo(pdfs['words-1600']).pages).toBeGreaterThanOrEqual(3);
    const page2 = pdfText(pdfs['words-1600'], { firstPage: 2, lastPage: 2 });
    expect(page2).not.toContain('TÓM TẮT THÀNH TÍCH');
    expect(page2).not.toContain('MÔ HÌNH HOẶC CÔNG TRÌNH');
    const words = countWords(page2.replace(/^\s*2\s*$/m, ''));
    expect(words).toBeGreaterThanOrEqual(450);
    expect(words).toBeLessThanOrEqual(550);
  });

  it('lays out a report with 1,000 words of summary on at least two pages', () => {
    expect(pdfInfo(pdfs['words-1000']).pages).toBeGreaterThanOrEqual(2);
  });

  it('lays out a (collective) report with 350 words of summary on one page', () => {
    expect(pdfInfo(pdfs['words-350']).pages).toBe(1);
  });

  it('keeps all 350 words of summary on page 1 when a model row follows', () => {
    const page1 = pdfText(pdfs['words-350-model'], { firstPage: 1, lastPage: 1 }).replace(/\s+/g, ' ');
    const summary = vietnameseProse(350, 1);
    expect(page1).toContain(summary[summary.length - 1].split(' ').slice(-12).join(' '));
  });

  it('keeps every word of the summary', () => {
    const text = pdfText(pdfs['words-1000']);
    const summary = vietnameseProse(1000, 2).join(' ');
    const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
    expect(collapse(text)).toContain(collapse(summary.slice(0, 200)));
    expect(collapse(text)).toContain(collapse(summary.slice(-200)));
  });
});

describe('field text comes back from the PDF intact and in NFC', () => {
  const collapse = (s: string) => s.replace(/\s+/g, ' ');

  it.each([
    ['hoTen', SPECIAL.hoTen],
    ['chucVuDonVi', SPECIAL.chucVuDonVi],
    ['summary', SPECIAL.summary],
    ...Object.entries(SPECIAL.model),
  ])('individual %s', (_field, value) => {
    const text = collapse(pdfText(pdfs['special-individual'], { raw: true }));
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toContain(value.normalize('NFC'));
  });

  it('collective tenTapThe and summary', () => {
    const text = collapse(pdfText(pdfs['special-collective'], { raw: true }));
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toContain(SPECIAL.tenTapThe);
    expect(text).toContain(SPECIAL.summary);
  });

  it('keeps the table headers exactly as in the letter', () => {
    const text = collapse(pdfText(pdfs['words-350-model'], { raw: true }));
    for (const header of ['TT', 'Tên mô hình/ công trình', 'Đơn vị thực hiện', 'Mô tả mô hình/ công trình', 'Lộ trình triển khai', 'Kết quả đạt được']) {
      expect(text).toContain(header);
    }
  });
});
