/**
 * Sending through the relay, end to end: real headless Chromium in file mode against the production
 * build, the real relay (server/app.ts) and a real SMTP server (`smtp-server`) in this process.
 *
 * - The relay URL is set in the pane's Settings; the relay allows the static server's origin (CORS).
 * - An incomplete report: the Send view's button is disabled with the reason, and the relay refuses the same file
 *   posted directly (422 with findings).
 * - A complete report: sent from the Send view; the SMTP server receives it; the delivered attachment passes the
 *   command line's `check` (exit 0); the send is shown in the history and recorded in the document itself.
 *
 * - Before the first send the Send view asks for the school (unit), the sender's name and position, the unit prefilled
 *   from the report; after the send-again dialog is cancelled nothing is left aria-hidden and axe-core finds no serious
 *   or critical violation; at 350 px the history is a list that does not overflow, even with a 5,000-character recipient.
 *
 * Clock: the browser's clock is fixed to AT (page.clock), the relay's `now` is the same instant, and `check --at AT`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readDocx } from '../../src/docx/read';
import { completeIndividual, emptyIndividual, NOW } from '../server/support/reports';
import { RECIPIENT, startTestRelay, tempDb, upload, type TestRelay } from '../server/support/relay';
import { TestSmtp, parseMail } from '../server/support/smtp';
import { FileHost } from '../../src/docx/fileHost';
import { OUTPUT_DIR, axeCheck, goTo, horizontalOverflow, reportStatus, runCli, screenshot, usePane } from './support';

const AT = NOW.toISOString();
const WORK = path.join(OUTPUT_DIR, 'send-relay');
const completeDocx = path.join(WORK, 'input-complete.docx');
const emptyDocx = path.join(WORK, 'input-empty.docx');
const delivered = path.join(WORK, 'delivered.docx');
const downloaded = path.join(WORK, 'downloaded-after-send.docx');

const pane = usePane({ officeJs: 'package', fixedTime: new Date(AT) });
let smtp: TestSmtp;
let relay: TestRelay;
let db: ReturnType<typeof tempDb>;
let emptyBytes: Uint8Array;
const shot = (name: string) => screenshot(pane.page, name, 'send-relay');

const SEND = 'Gửi qua máy chủ chuyển tiếp';

beforeAll(async () => {
  mkdirSync(WORK, { recursive: true });
  const [complete, empty] = await Promise.all([completeIndividual(), emptyIndividual()]);
  emptyBytes = empty;
  writeFileSync(completeDocx, complete);
  writeFileSync(emptyDocx, empty);

  smtp = await TestSmtp.start();
  db = tempDb();
  relay = await startTestRelay(smtp.url, db.dbPath, {
    allowedOrigins: [new URL(pane.server.url).origin],
    now: () => new Date(AT),
  });
  expect(pane.info.mode).toBe('file');
});

afterAll(async () => {
  await relay?.close();
  await smtp?.stop();
  db?.cleanup();
});

/** Waits (up to 5 s) until nothing above the pane's content is aria-hidden; returns what is still hidden. */
async function noHiddenRoot(): Promise<string[]> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const hidden = (await axeCheck(pane.page)).hiddenRoots;
    if (hidden.length === 0 || Date.now() > deadline) return hidden;
    await new Promise((r) => setTimeout(r, 200));
  }
}

function sendButton() {
  return pane.page.getByRole('button', { name: SEND, exact: true });
}

async function actionHint(): Promise<string> {
  const id = await sendButton().getAttribute('aria-describedby');
  return pane.page.locator(`[id="${id}"]`).innerText();
}

test('01 the relay address is set in Settings', async () => {
  await expect(pane.page.evaluate(() => new Date().toISOString())).resolves.toBe(AT);
  await goTo(pane.page, 'Cài đặt');
  await pane.page.getByRole('button', { name: 'Hiện phần nâng cao' }).click();
  await pane.page.getByRole('textbox', { name: 'Địa chỉ máy chủ chuyển tiếp' }).fill(relay.url);
  await pane.page.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await pane.page.getByText('Đã lưu cài đặt.').waitFor();
});

test('02 an incomplete report cannot be sent from the pane, and the relay refuses it when posted directly', async () => {
  await pane.page.getByTestId('open-file-input').first().setInputFiles(emptyDocx);
  await reportStatus(pane.page)
    .filter({ hasText: /Còn \d+ lỗi cần sửa/ })
    .waitFor();
  await goTo(pane.page, 'Gửi báo cáo');
  await expect(pane.page.getByRole('radio', { name: 'Máy chủ chuyển tiếp' }).isChecked()).resolves.toBe(true);
  await pane.page.getByText(/Chưa gửi được: còn \d+ lỗi cần sửa\./).waitFor();
  await expect(sendButton().isDisabled()).resolves.toBe(true);
  await expect(actionHint()).resolves.toBe('Nút gửi chỉ bật khi tài liệu không còn lỗi.');
  await shot('01-incomplete-blocked');

  const res = await upload(relay.url, emptyBytes);
  expect(res.status).toBe(422);
  const body = (await res.json()) as { code: string; findings: Array<{ rule: string; severity: string }> };
  expect(body.code).toBe('relay.notReady');
  expect(body.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toContain('field.required');
  expect(smtp.dataSeen).toHaveLength(0);
});

test('03 a complete report goes through the relay to the SMTP server, and the delivered file passes check', async () => {
  await pane.page.getByTestId('open-file-input').first().setInputFiles(completeDocx);
  await reportStatus(pane.page).filter({ hasText: 'Sẵn sàng gửi' }).waitFor();
  // Opening a file may switch views: come back to the Send view.
  await goTo(pane.page, 'Gửi báo cáo');
  await pane.page.getByRole('main').getByText('Sẵn sàng gửi', { exact: true }).waitFor();

  // First send: the school and the sender are asked here, the unit prefilled from the report.
  const sender = pane.page.getByRole('form', { name: 'Trường (đơn vị) và người gửi' });
  await sender.waitFor();
  await expect(actionHint()).resolves.toBe('Hãy ghi tên trường (đơn vị), họ tên và chức vụ người gửi ở trên trước khi gửi.');
  await expect(sender.getByRole('textbox', { name: /Tên đơn vị/ }).inputValue()).resolves.toBe('Trường Tiểu học Lê Văn Tám, Quận 1');
  await shot('02a-sender-asked');
  await sender.getByRole('textbox', { name: /Họ tên người gửi/ }).fill('Trần Văn Bình');
  await sender.getByRole('textbox', { name: /Chức vụ người gửi/ }).fill('Văn thư');
  await sender.getByRole('button', { name: 'Lưu thông tin người gửi' }).click();
  await pane.page.getByText('Người gửi: Trần Văn Bình (Văn thư), Trường Tiểu học Lê Văn Tám, Quận 1').waitFor();
  await expect(actionHint()).resolves.toBe('Tài liệu được kiểm tra lại ngay trước khi gửi.');
  await shot('02-ready');
  await sendButton().click();

  const accepted = pane.page.getByText(/Máy chủ chuyển tiếp đã nhận báo cáo\. Mã xác nhận: ([A-Za-z0-9_-]+)\./);
  await accepted.waitFor({ timeout: 20_000 });
  const receipt = /Mã xác nhận: ([A-Za-z0-9_-]+)\./.exec(await accepted.innerText())![1];
  await shot('03-sent');

  await smtp.waitFor(() => smtp.accepted.length === 1, 20_000);
  const mail = await parseMail(smtp.accepted[0]);
  expect(smtp.accepted[0].rcptTo).toEqual([RECIPIENT]);
  expect(mail.subject).toBe('[BCTT Quý 4/2026] Trường Tiểu học Lê Văn Tám, Quận 1 - Gương điển hình tiên tiến (cá nhân): NGUYỄN THỊ MAI');
  expect(mail.text).toMatch(/Trân trọng\.\/\.\s+Trần Văn Bình\s+Văn thư\s+Trường Tiểu học Lê Văn Tám, Quận 1\s*$/);
  expect(mail.attachments).toHaveLength(1);
  const attachment = mail.attachments[0];
  expect(attachment.filename).toMatch(/^BCTT_2026-Q4_CaNhan_.*\.docx$/);
  writeFileSync(delivered, attachment.content);

  const check = await runCli(['check', delivered, '--at', AT]);
  writeFileSync(path.join(WORK, 'check-delivered.txt'), `${check.stdout}${check.stderr}`);
  expect(check.code).toBe(0);

  // The history shows the send (Vietnam time, path, recipient, receipt); its status can be asked.
  const row = pane.page.getByTestId('send-history').getByRole('listitem').filter({ hasText: receipt });
  await row.waitFor();
  await expect(row.innerText()).resolves.toMatch(
    /^25\/11\/2026 09:00\s+Máy chủ chuyển tiếp\s+Người nhận\s+tquong\.ql@tphcm\.gov\.vn\s+Mã xác nhận\s+/,
  );
  await row.getByRole('button', { name: `Kiểm tra trạng thái của mã ${receipt}` }).click();
  await row.filter({ hasText: '(đã gửi)' }).waitFor();
  await shot('04-history-sent');

  // The record is in the document itself: download it and read it back.
  const [download] = await Promise.all([
    pane.page.waitForEvent('download'),
    pane.page.getByRole('button', { name: 'Tải tệp về' }).click(),
  ]);
  // Saved under the name the Send view shows and the relay delivered.
  expect(download.suggestedFilename()).toBe(attachment.filename);
  await download.saveAs(downloaded);
  const snapshot = await readDocx(new Uint8Array(readFileSync(downloaded)));
  expect(snapshot.sendHistory).toEqual([{ at: AT, path: 'relay', to: RECIPIENT, receipt, period: '2026-Q4' }]);
});

test('04 sending the same report again in the quarter asks first; declining sends nothing', async () => {
  await sendButton().click();
  const dialog = pane.page.getByRole('alertdialog');
  await dialog.waitFor();
  await expect(dialog.innerText()).resolves.toContain(
    '25/11/2026 09:00 (giờ Việt Nam), Máy chủ chuyển tiếp, đến tquong.ql@tphcm.gov.vn',
  );
  await shot('05-ask-before-sending-again');
  // The safe answer is the default: it comes first, is the primary button and has the focus.
  await expect(dialog.getByRole('button').allInnerTexts()).resolves.toEqual(['Không gửi', 'Vẫn gửi lại']);
  await expect(pane.page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Không gửi');
  await dialog.getByRole('button', { name: 'Không gửi' }).click();
  await dialog.waitFor({ state: 'detached' });
  await new Promise((r) => setTimeout(r, 500));
  expect(smtp.dataSeen).toHaveLength(1);
  // Nothing is left hidden from assistive technology: the pane's buttons are in the accessibility tree again.
  expect(await noHiddenRoot()).toEqual([]);
  const axe = await axeCheck(pane.page);
  expect(axe.serious).toEqual([]);
  await expect(pane.page.getByRole('button', { name: SEND, exact: true }).isVisible()).resolves.toBe(true);
});

test('05 Escape closes the dialog the same way: nothing sent, nothing left hidden', async () => {
  await sendButton().click();
  const dialog = pane.page.getByRole('alertdialog');
  await dialog.waitFor();
  await pane.page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  expect(await noHiddenRoot()).toEqual([]);
  expect((await axeCheck(pane.page)).serious).toEqual([]);
  expect(smtp.dataSeen).toHaveLength(1);
});

test('06 at 350 px the history is a list that fits, even with a 5,000-character recipient', async () => {
  // A report whose history holds a normal send and one to an absurdly long address.
  const host = await FileHost.open(new Uint8Array(readFileSync(downloaded)));
  await host.recordSend({ at: '2026-11-26T01:02:03Z', path: 'manual', to: `${'a'.repeat(4990)}@pgd.vn`, period: '2026-Q4' });
  const huge = path.join(WORK, 'input-huge-recipient.docx');
  writeFileSync(huge, await host.fileBytes());
  await pane.page.setViewportSize({ width: 350, height: 900 });
  await pane.page.getByTestId('open-file-input').first().setInputFiles(huge);
  // The open report recorded its sends and was not downloaded since: the pane asks before replacing it (issue 11).
  await pane.page.getByTestId('guard-replace').getByRole('button', { name: 'Thay thế' }).click({ timeout: 15_000 }).catch(() => undefined);
  await reportStatus(pane.page).filter({ hasText: 'Sẵn sàng gửi' }).waitFor();
  await goTo(pane.page, 'Gửi báo cáo');
  const list = pane.page.getByTestId('send-history');
  await list.getByRole('listitem').nth(1).waitFor();
  const overflow = await horizontalOverflow(pane.page, 350);
  expect(overflow.offenders).toEqual([]);
  expect(overflow.scrollWidth).toBeLessThanOrEqual(350);
  // Dates are whole on one line; the huge address takes a few lines, not the page.
  const times = await list.locator('time').evaluateAll((els) => els.map((e) => e.getClientRects().length));
  expect(times).toEqual([1, 1]);
  const hugeItem = list.getByRole('listitem').first();
  const box = await hugeItem.boundingBox();
  expect(box!.height).toBeLessThan(200);
  await shot('06-history-350px');
  expect((await axeCheck(pane.page)).serious).toEqual([]);
});
