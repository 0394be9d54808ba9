import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeTemplateDocx } from './src/docx/write';
import { convertToPdf, pdfBoxes, pdfInfo } from './test/support/libreoffice';
import { vietnameseProse } from './test/support/prose';
const MODEL = { ten: 'Thư viện xanh thân thiện', donVi: 'Tổ Ngữ văn', moTa: 'Góc đọc mở giữa sân trường, học sinh tự mượn tự trả sách theo tinh thần tự giác.', loTrinh: 'Tháng 9/2025: thí điểm.', ketQua: '1.200 lượt mượn sách mỗi tháng.' };
(async () => {
  const dir = '/tmp/i13cal/out'; mkdirSync(dir, { recursive: true });
  const f1 = path.join(dir, 'c.docx');
  writeFileSync(f1, await writeTemplateDocx('collective', { kind: 'collective', fields: { tenTapThe: 'Tổ Toán, Trường THCS Nguyễn Du, Quận 1, Thành phố Hồ Chí Minh' }, summary: vietnameseProse(700, 1), models: [MODEL, MODEL, MODEL] }));
  const f2 = path.join(dir, 'i.docx');
  writeFileSync(f2, await writeTemplateDocx('individual', { kind: 'individual', fields: { hoTen: 'NGUYỄN THỊ MAI', sinhNam: '1984', chucVuDonVi: 'Hiệu trưởng' }, summary: vietnameseProse(300, 1), models: [MODEL] }));
  const [p1, p2] = await convertToPdf([f1, f2], dir);
  for (const p of [p1, p2]) {
    console.log(p, pdfInfo(p).pages);
    for (const page of pdfBoxes(p)) { console.log('--page'); for (const l of page.lines) console.log(l.yMin.toFixed(2), l.yMax.toFixed(2), l.xMin.toFixed(1), l.xMax.toFixed(1), l.words.map(w => w.text).join(' ').slice(0, 60)); }
  }
})();
