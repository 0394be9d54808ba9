/**
 * The whole job in file mode, in real headless Chromium against the production build:
 * open a generated empty template and see its errors; open the same template once the summary is written; fill the
 * name, birth year, position and unit through the Fields form, insert a photo through the Photo view, fill two rows
 * of the models table through the Models form; see "Sẵn sàng gửi"; download the file; the command line's `check`
 * accepts it (exit 0). A screenshot of each step goes to test-output/flow/.
 *
 * Where the summary comes from: the pane has no form for the ~1,000-word summary, which people write in Word itself
 * (the pane only guides it). The test therefore stands in for "the person wrote the summary in Word and saved": the
 * command line makes the same empty template with ONLY the summary paragraphs filled (support/report.ts), and the
 * pane opens that file after showing the empty template's errors. Nothing else is pre-filled: the other four errors
 * are fixed through the pane's forms.
 *
 * Clock: the pane uses the real clock for the deadline; the browser's clock is fixed to AT and `check --at AT` uses
 * the same instant, so both read the same quarter.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readDocx } from '../../src/docx/read';
import { FIELDS, MODELS, summaryParagraphs } from './support/report';
import { OUTPUT_DIR, goTo, portraitPng, reportStatus, runCli, screenshot, usePane } from './support';

const AT = '2026-11-25T09:00:00+07:00';
const WORK = path.join(OUTPUT_DIR, 'flow');

const pane = usePane({ officeJs: 'package', fixedTime: new Date(AT) });
const shot = (name: string) => screenshot(pane.page, name, 'flow');

const emptyDocx = path.join(WORK, 'input-empty.docx');
const summaryDocx = path.join(WORK, 'input-summary-written-in-word.docx');
const photoPng = path.join(WORK, 'input-portrait-600x900.png');
const downloaded = path.join(WORK, 'downloaded.docx');

beforeAll(async () => {
  mkdirSync(WORK, { recursive: true });
  const summaryJson = path.join(WORK, 'input-summary.json');
  writeFileSync(summaryJson, JSON.stringify({ kind: 'individual', summary: summaryParagraphs() }, null, 2));
  writeFileSync(photoPng, portraitPng(600, 900));
  const made = await Promise.all([
    runCli(['new', '--kind', 'individual', '--out', emptyDocx, '--force']),
    runCli(['new', '--kind', 'individual', '--data', summaryJson, '--out', summaryDocx, '--force']),
  ]);
  for (const r of made) expect(r).toMatchObject({ code: 0 });
  expect(pane.info.mode).toBe('file');
});

const status = () => reportStatus(pane.page);
async function expectStatus(text: string, state: string): Promise<void> {
  await status().filter({ hasText: text }).waitFor();
  await expect(status().getAttribute('data-state')).resolves.toBe(state);
}
async function errorRules(): Promise<string[]> {
  const rules = await pane.page
    .getByTestId('findings-error')
    .locator('li[data-rule]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-rule') ?? ''));
  return rules.sort();
}

test('01 the Start view of file mode, clock fixed to the report quarter', async () => {
  await expectStatus('Chưa mở báo cáo nào', 'noDocument');
  await expect(pane.page.evaluate(() => new Date().toISOString())).resolves.toBe(new Date(AT).toISOString());
  await shot('01-start');
});

test('02 opening the generated empty template lists its eight errors in the checklist', async () => {
  await pane.page.getByTestId('open-file-input').first().setInputFiles(emptyDocx);
  await expectStatus('Còn 8 lỗi cần sửa', 'errors');
  await expect(pane.page.getByTestId('file-name').innerText()).resolves.toContain('input-empty.docx');
  await pane.page.getByTestId('findings-error').waitFor();
  expect(await errorRules()).toEqual([
    'field.required',
    'field.required',
    'field.required',
    'field.required',
    'models.table',
    'photo.present',
    'summary.pages',
    'summary.words',
  ]);
  await expect(pane.page.getByTestId('findings-error').innerText()).resolves.toContain('Chưa ghi họ tên');
  await expect(pane.page.getByTestId('progress-panel').innerText()).resolves.toMatch(/0\s*\/\s*1\.000/);
  await shot('02-empty-template-errors');
});

test('03 the same template with the summary written in Word: five errors left, the word gauge passes 1,000', async () => {
  await pane.page.getByRole('button', { name: 'Mở tệp .docx' }).first().waitFor();
  await pane.page.getByTestId('open-file-input').first().setInputFiles(summaryDocx);
  await expectStatus('Còn 5 lỗi cần sửa', 'errors');
  expect(await errorRules()).toEqual([
    'field.required',
    'field.required',
    'field.required',
    'models.table',
    'photo.present',
  ]);
  await expect(pane.page.getByTestId('progress-panel').innerText()).resolves.toMatch(/1\.376\s*\/\s*1\.000/);
  await shot('03-summary-written');
});

test('04 the Fields form writes name, birth year, position and unit into the document', async () => {
  await goTo(pane.page, 'Thông tin');
  await pane.page.getByRole('textbox', { name: /^Họ tên/ }).fill(FIELDS.hoTen);
  await pane.page.keyboard.press('Tab');
  await pane.page.getByRole('textbox', { name: /^Sinh năm/ }).fill(FIELDS.sinhNam);
  await pane.page.keyboard.press('Tab');
  await pane.page.getByRole('textbox', { name: /^Chức vụ, đơn vị công tác/ }).fill(FIELDS.chucVuDonVi);
  await pane.page.getByRole('button', { name: 'Lưu vào tài liệu' }).click();
  await pane.page.getByText('Mọi thông tin đã được lưu vào tài liệu.').waitFor();
  await expectStatus('Còn 2 lỗi cần sửa', 'errors');
  // Each box says it was saved (Fluent Field's success message), none shows an error.
  await expect(pane.page.getByText('Đã lưu vào tài liệu.').count()).resolves.toBe(3);
  await expect(pane.page.locator('[data-field][aria-invalid="true"]').count()).resolves.toBe(0);
  await shot('04-fields-saved');
});

test('05 the Photo view frames a 2:3 portrait and inserts it into the 4x6 frame', async () => {
  await goTo(pane.page, 'Ảnh 4x6');
  await pane.page.getByLabel('Tệp ảnh (JPEG hoặc PNG)').setInputFiles(photoPng);
  await pane.page.getByTestId('photo-frame').waitFor();
  await pane.page.getByText(/Đủ nét để in cỡ 4x6 cm/).waitFor();
  await shot('05-photo-framed');
  await pane.page.getByRole('button', { name: 'Chèn ảnh' }).click();
  await pane.page.getByText('Đã chèn ảnh vào khung 4x6 của tài liệu.').waitFor();
  await expectStatus('Còn 1 lỗi cần sửa', 'errors');
  await shot('06-photo-inserted');
});

test('06 the Models form writes two rows into the table', async () => {
  await goTo(pane.page, 'Mô hình, công trình');
  // An empty table opens with one empty card, ready to type in; "Thêm mô hình" adds the next.
  for (const [i, row] of MODELS.entries()) {
    if (i > 0) await pane.page.getByRole('button', { name: 'Thêm mô hình' }).click();
    const card = pane.page.getByRole('group', { name: `Mô hình ${i + 1}`, exact: true });
    await card.waitFor();
    for (const [column, value] of Object.entries(row)) await card.locator(`[data-column="${column}"]`).fill(value);
  }
  await expect(pane.page.getByRole('group', { name: /^Mô hình \d+$/ }).count()).resolves.toBe(MODELS.length);
  await shot('07-models-filled');
  await pane.page.getByRole('button', { name: 'Ghi vào tài liệu' }).click();
  await pane.page.getByText('Đã ghi 2 mô hình vào tài liệu.').waitFor();
  await expectStatus('Sẵn sàng gửi', 'ready');
  await shot('08-models-written');
});

test('07 the checklist says the report is ready to send', async () => {
  await goTo(pane.page, 'Kiểm tra');
  await pane.page.getByText('Không còn lỗi nào. Báo cáo đã sẵn sàng gửi.').waitFor();
  await expect(pane.page.getByTestId('findings-error').count()).resolves.toBe(0);
  await expectStatus('Sẵn sàng gửi', 'ready');
  await shot('09-ready');
});

test('08 the downloaded file passes the command line check (exit 0) at the same instant', async () => {
  const [download] = await Promise.all([
    pane.page.waitForEvent('download'),
    pane.page.getByRole('button', { name: 'Tải tệp về' }).click(),
  ]);
  // Saved under the name the Send view shows (src/core/mail/fileName.ts), not the name it was opened with.
  expect(download.suggestedFilename()).toBe('BCTT_2026-Q4_CaNhan_NGUYEN-THI-THANH-HUONG.docx');
  await download.saveAs(downloaded);
  await shot('10-downloaded');

  const check = await runCli(['check', downloaded, '--at', AT]);
  writeFileSync(path.join(WORK, 'check.txt'), `${check.stdout}${check.stderr}`);
  expect(check.stdout).toContain('Sẵn sàng gửi');
  expect(check.code).toBe(0);

  // What the forms wrote is in the file (read back with the add-in's own .docx reader).
  const snapshot = await readDocx(new Uint8Array(readFileSync(downloaded)));
  expect(snapshot.template?.id).toBe('individual');
  for (const [id, value] of Object.entries(FIELDS)) expect(snapshot.fields[id]?.text).toBe(value);
  expect(snapshot.fields.anh?.picture).toBeTruthy();
  expect(snapshot.table?.rows).toEqual(
    MODELS.map((m, i) => [String(i + 1), m.ten, m.donVi, m.moTa, m.loTrinh, m.ketQua]),
  );
});
