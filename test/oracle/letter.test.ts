/**
 * Layout oracle for the covering letter (server/inbox/letter.ts): LibreOffice lays it out on one A4 portrait page
 * with the Decree 30 left margin, the national title and motto at the top right, the office and number at the
 * top left, the subject line under them, "Nơi nhận" and the signature block at the bottom.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { coveringLetterDocx } from '../../server/inbox/letter';
import { tempDir } from '../cli/support/cli';
import { A4_PT, PT_PER_MM, convertToPdf, libreOfficeAvailable, pdfBoxes, pdfInfo, pdfText } from '../support/libreoffice';

jest.setTimeout(180_000);

const itIf = libreOfficeAvailable() ? test : test.skip;

itIf('the covering letter lays out as one A4 page with the national heading, subject, recipients and signature', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'cong-van.docx');
  writeFileSync(
    file,
    await coveringLetterDocx({
      office: 'Phòng Giáo dục và Đào tạo Quận 1',
      parent: 'Ủy ban nhân dân Quận 1',
      council: 'Hội đồng Thi đua - Khen thưởng Quận 1',
      year: 2026,
      quarter: 3,
      schoolName: 'Trường THCS Nguyễn Du',
      subjectName: 'NGUYỄN THỊ MAI'.normalize('NFD'),
      kind: 'individual',
      note: 'Mô hình "Thư viện xanh" & <góc đọc mở> lan tỏa cả phường.',
      date: new Date('2026-10-05T03:00:00Z'),
    }),
  );
  const [pdf] = await convertToPdf([file], dir);
  const info = pdfInfo(pdf);
  expect(info.pages).toBe(1);
  expect(info.pageWidthPt).toBeCloseTo(A4_PT.width, 0);
  expect(info.pageHeightPt).toBeCloseTo(A4_PT.height, 0);
  const text = pdfText(pdf).normalize('NFC').replace(/\s+/g, ' ');
  for (const expected of [
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN 1',
    'Số: …… /……',
    'ngày …… tháng …… năm ……',
    'V/v giới thiệu gương điển hình tiên tiến quý 3/2026',
    'Kính gửi: Hội đồng Thi đua - Khen thưởng Quận 1',
    'Cá nhân NGUYỄN THỊ MAI, Trường THCS Nguyễn Du.',
    'Mô hình "Thư viện xanh" & <góc đọc mở> lan tỏa cả phường.',
    'Nơi nhận:',
    'TRƯỞNG PHÒNG',
  ])
    expect(text).toContain(expected);

  const [page] = pdfBoxes(pdf);
  const line = (start: string) => {
    const found = page.lines.find((l) => l.words.map((w) => w.text).join(' ').normalize('NFC').startsWith(start));
    if (!found) throw new Error(`no line starting with ${start}`);
    return found;
  };
  const title = line('CỘNG HÒA');
  const office = line('PHÒNG GIÁO DỤC');
  const subject = line('V/v');
  const recipients = line('Nơi nhận');
  const signature = line('TRƯỞNG PHÒNG');
  // Heading: the national title on the right, the office on the left, on the same band at the top.
  expect(title.xMin).toBeGreaterThan(office.xMax);
  expect(Math.abs(title.yMin - office.yMin)).toBeLessThan(30);
  expect(title.yMin).toBeLessThan(20 * PT_PER_MM + 30);
  // Left margin 30 mm (± 2 mm): the office block starts at the margin or inside its cell.
  const leftMost = Math.min(...page.lines.map((l) => l.xMin));
  expect(leftMost).toBeGreaterThanOrEqual(28 * PT_PER_MM);
  expect(subject.yMin).toBeGreaterThan(office.yMax);
  // Recipients bottom left, signature bottom right, below the body.
  expect(recipients.yMin).toBeGreaterThan(line('Kính gửi').yMax);
  expect(signature.xMin).toBeGreaterThan(recipients.xMax);
  expect(Math.abs(signature.yMin - recipients.yMin)).toBeLessThan(30);
});
