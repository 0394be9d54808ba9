/**
 * The pane's Word path in real Chromium: office.js is replaced by a scripted Office/Word stand-in
 * (support/wordStandIn.js, profile 'api13': Word on Windows at WordApi 1.3, the manifest's floor) holding an
 * individual report whose name is not in capitals. The pane must start in Word mode, check the document in one batch
 * (live checks on selection events), go to the field and apply the fix through WordHost (the finding clears), write
 * the models table, put the photo into its rich-text control, and open the template as a new document; and the
 * stand-in, strict like the unit tests' platform profiles, must have refused nothing the pane asked.
 * Word on the web (insert here, send and the Office dialog sign-in) is in wordModeWeb.test.ts.
 */
import { goTo, OUTPUT_DIR, portraitPng, reportStatus, screenshot, usePane } from './support';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const pane = usePane({ officeJs: 'word', wordStandIn: { profile: 'api13', document: 'draft' } });

interface StandIn {
  profile: string;
  selected: string | null;
  syncs: number;
  handlers: string[];
  controls: Array<{ tag: string; text: string; table?: string[][]; picture?: { width: number; height: number } | null }>;
  opened: Array<{ zip: boolean; base64Length: number }>;
  pictures: Array<{ tag: string; png: boolean; width: number; height: number }>;
  refused: Array<{ api: string; code: string }>;
  settings: Record<string, { value: unknown; saved: boolean }>;
}

const standIn = () => pane.page.evaluate(() => (window as unknown as { __wordStandIn: StandIn }).__wordStandIn);

/** Waits (up to a generous limit, not a speed check) until the stand-in's state gives `want`. */
async function until<T>(read: (s: StandIn) => T, want: T, limitMs = 15_000): Promise<T> {
  const end = Date.now() + limitMs;
  let got = read(await standIn());
  while (got !== want && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    got = read(await standIn());
  }
  return got;
}

test('starts in Word mode on the check list, with findings read from the document', async () => {
  expect(pane.info.mode).toBe('word');
  expect(pane.routing.served).toContain('wordStandIn.js');
  const finding = pane.page.getByText(/Họ tên phải viết bằng chữ in hoa/);
  await finding.first().waitFor();
  await expect(reportStatus(pane.page).getAttribute('data-state')).resolves.not.toBe('noDocument');
  expect((await standIn()).handlers).toContain('documentSelectionChanged'); // live checks listen (no 1.5/1.6 events here)
  expect(pane.pageErrors).toEqual([]);
  await screenshot(pane.page, 'word-mode-checklist');
});

test('goes to the name field in the document', async () => {
  const item = pane.page.getByRole('listitem').filter({ hasText: /Họ tên phải viết bằng chữ in hoa/ });
  await item.getByRole('button', { name: 'Đi tới' }).click();
  expect(await until((s) => s.selected, 'cc:bctt.hoTen')).toBe('cc:bctt.hoTen');
});

test('capitalises the name through the Word host, and the finding clears', async () => {
  const item = pane.page.getByRole('listitem').filter({ hasText: /Họ tên phải viết bằng chữ in hoa/ });
  await item.getByRole('button', { name: 'Viết in hoa' }).click();
  const name = (s: StandIn) => s.controls.find((c) => c.tag === 'bctt.hoTen')?.text;
  expect(await until(name, 'NGUYỄN THỊ MAI')).toBe('NGUYỄN THỊ MAI');
  await pane.page.getByText(/Họ tên phải viết bằng chữ in hoa/).first().waitFor({ state: 'detached', timeout: 15_000 });
  expect(pane.pageErrors).toEqual([]);
  await screenshot(pane.page, 'word-mode-fixed');
});

test('writes a second model into the table through the Word host (TT numbered)', async () => {
  await goTo(pane.page, 'Mô hình, công trình');
  await pane.page.getByRole('group', { name: 'Mô hình 1', exact: true }).waitFor();
  await pane.page.getByRole('button', { name: 'Thêm mô hình' }).click();
  const card = pane.page.getByRole('group', { name: 'Mô hình 2', exact: true });
  const row = { ten: 'Góc đọc sách lớp học', donVi: 'Tổ 2', moTa: 'Mỗi lớp một góc sách do học sinh quản lý', loTrinh: 'Học kỳ I', ketQua: '35 lớp có góc đọc' };
  for (const [column, value] of Object.entries(row)) await card.locator(`[data-column="${column}"]`).fill(value);
  await pane.page.getByRole('button', { name: 'Ghi vào tài liệu' }).click();
  await pane.page.getByText('Đã ghi 2 mô hình vào tài liệu.').waitFor();
  const table = (s: StandIn) => JSON.stringify(s.controls.find((c) => c.tag === 'bctt.moHinh')?.table);
  const want = JSON.stringify([
    ['TT', 'Tên mô hình/ công trình', 'Đơn vị thực hiện', 'Mô tả mô hình/ công trình', 'Lộ trình triển khai', 'Kết quả đạt được'],
    ['1', 'Thư viện xanh', 'Tổ 1', 'Mô tả', 'Tháng 9', '120 học sinh'],
    ['2', row.ten, row.donVi, row.moTa, row.loTrinh, row.ketQua],
  ]);
  expect(await until(table, want)).toBe(want);
  await screenshot(pane.page, 'word-mode-models-written');
});

test('puts the photo into the rich-text 4x6 control, framed to 4x6 cm, and the photo finding clears', async () => {
  const dir = path.join(OUTPUT_DIR, 'word-mode');
  mkdirSync(dir, { recursive: true });
  const photo = path.join(dir, 'input-portrait-600x900.png');
  writeFileSync(photo, portraitPng(600, 900));
  await goTo(pane.page, 'Ảnh 4x6');
  await pane.page.getByLabel('Tệp ảnh (JPEG hoặc PNG)').setInputFiles(photo);
  await pane.page.getByTestId('photo-frame').waitFor();
  await pane.page.getByRole('button', { name: 'Chèn ảnh' }).click();
  await pane.page.getByText('Đã chèn ảnh vào khung 4x6 của tài liệu.').waitFor();
  const s = await standIn();
  expect(s.pictures).toHaveLength(1);
  expect(s.pictures[0].tag).toBe('bctt.anh');
  // 4x6 cm in points (113.4 x 170.1), within rounding.
  expect(Math.abs(s.pictures[0].width - 113.4)).toBeLessThan(1.5);
  expect(Math.abs(s.pictures[0].height - 170.1)).toBeLessThan(1.5);
  await goTo(pane.page, 'Kiểm tra');
  await pane.page.getByText(/Chưa có ảnh\. Chèn ảnh chân dung/).first().waitFor({ state: 'detached', timeout: 15_000 });
  await screenshot(pane.page, 'word-mode-photo');
});

test('opens the template as a new document (createDocument, WordApi 1.3) and tags nothing in this one', async () => {
  await goTo(pane.page, 'Bắt đầu');
  await pane.page.getByRole('button', { name: 'Tạo tài liệu mới từ mẫu' }).click();
  await pane.page.getByText('Đã mở tài liệu mới từ mẫu. Hãy tiếp tục trong cửa sổ Word vừa mở.').waitFor();
  const s = await standIn();
  expect(s.opened).toHaveLength(1);
  expect(s.opened[0].zip).toBe(true); // the .docx bytes (a zip), base64
  expect(s.opened[0].base64Length).toBeGreaterThan(10_000);
});

test('the stand-in (strict, WordApi 1.3) refused nothing the pane asked for, and no page error happened', async () => {
  const s = await standIn();
  expect(s.profile).toBe('api13');
  expect(s.refused).toEqual([]);
  expect(pane.pageErrors).toEqual([]);
});
