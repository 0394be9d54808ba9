/**
 * The office's inbox page (/inbox), end to end: real headless Chromium against the production build (dist/inbox.html,
 * built by the e2e globalSetup), served by the real relay server with its inbox (SQLite, a test SMTP server), as in
 * test/server/inbox/support.ts.
 *
 * One office session, in order: a wrong password is refused, log in; import a CSV directory (keys shown once); two
 * reports arrive by the relay with those keys; two arrive by email in a real IMAP mailbox (Debian's dovecot, started
 * here): "check mailbox now" on the page files one under the school whose address sent it (its row changes) and one
 * from an unknown sender in "to sort", where it is assigned; the quarter shows counts and statuses, filters by ward;
 * a submission opens (findings, summary, docx-preview), is shortlisted and chosen; the covering letter downloads as a
 * .docx that LibreOffice lays out on A4 with the national heading; the .xlsx export re-reads as the page's table;
 * the .zip holds the reports; the printable view opens; the reminder schedule is edited; reminders go to the right
 * schools once (a test SMTP server); accounts are created, disabled and enabled, the own password changed; the audit
 * log shows who viewed, chose, exported and reminded; English is remembered; a lost session returns to the log-in
 * screen. axe-core runs on every screen: no serious or critical violation.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { ImapFlow } from 'imapflow';
import JSZip from 'jszip';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { completeCollective, completeIndividual, emptyIndividual } from '../server/support/reports';
import { IMAP_PASSWORD, IMAP_USER, TestDovecot, dovecotAvailable } from '../server/support/dovecot';
import { ADMIN, Client, startInbox, submit, type InboxEnv } from '../server/inbox/support';
import { A4_PT, convertToPdf, libreOfficeAvailable, pdfInfo, pdfText } from '../support/libreoffice';
import { DIST, OUTPUT_DIR, ROOT, launchChromium, screenshot } from './support';

const WORK = path.join(OUTPUT_DIR, 'inbox');
const AXE = readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const RECIPIENT = 'tquong.ql@tphcm.gov.vn';

const NGUYEN_DU = 'Trường THCS Nguyễn Du';
const LE_VAN_TAM = 'Trường Tiểu học Lê Văn Tám';
const HOA_HONG = 'Trường Mầm non Hoa Hồng';
const KET_DOAN = 'Trường Tiểu học Kết Đoàn';
const VAN_LANG = 'Trường THCS Văn Lang';
const CSV = [
  'Tên trường;Email;Phường;Khối thi đua',
  `${NGUYEN_DU};thcsnguyendu@truong.edu.vn;Phường Bến Thành;1`,
  `${LE_VAN_TAM};thlevantam@truong.edu.vn;Phường Bến Thành;2`,
  `${HOA_HONG};mnhoahong@truong.edu.vn;Phường Sài Gòn;2`,
  `${KET_DOAN};thketdoan@truong.edu.vn;Phường Sài Gòn;1`,
  `${VAN_LANG};thcsvanlang@truong.edu.vn;Phường Sài Gòn;3`,
].join('\r\n');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
// This whole file needs the real IMAP server (CI runs as root with dovecot-imapd installed, see .ci/run).
const describeIf = dovecotAvailable() ? describe : describe.skip;

let env: InboxEnv;
let dovecot: TestDovecot;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const keys = new Map<string, string>();

beforeAll(async () => {
  mkdirSync(WORK, { recursive: true });
  if (!dovecotAvailable()) return;
  dovecot = await TestDovecot.start();
  env = await startInbox({ config: { staticDir: DIST }, inbox: { imapUrl: dovecot.url } });
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await env?.stop();
  await dovecot?.stop();
});

/** axe-core on the page as it is: the serious and critical violations (rule id and the first offending node). */
async function axeProblems(on: Page = page): Promise<string[]> {
  await on.addScriptTag({ content: AXE });
  const violations = await on.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    // Fluent's focus manager (tabster) adds hidden focus sentinels `<i data-tabster-dummy tabindex=0 aria-hidden>`
    // that pass focus on at once; axe's aria-hidden-focus flags them (a known false positive: microsoft/tabster#288,
    // microsoft/fluentui#25133), so they are left out. Everything else on the page is checked.
    const result = await axe.run({ exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, target: v.nodes[0]?.target.join(' ') }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}) at ${v.target}`);
}

async function download(locator: ReturnType<Page['getByRole']>, name: string): Promise<{ file: string; suggested: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), locator.click()]);
  const file = path.join(WORK, name);
  await dl.saveAs(file);
  return { file, suggested: dl.suggestedFilename(), bytes: readFileSync(file) };
}

/** Waits until the locator matches `n` elements (the test's timeout bounds it). */
async function counted(locator: ReturnType<Page['locator']>, n: number): Promise<void> {
  while ((await locator.count()) !== n) await page.waitForTimeout(100);
}

/** A mail with .docx attachments, put into the office's mailbox with IMAP APPEND (as a mail server delivers it). */
async function deliver(from: string, subject: string, files: Array<{ filename: string; content: Uint8Array }>, at: Date): Promise<void> {
  const raw = await new MailComposer({
    from,
    to: RECIPIENT,
    subject,
    text: 'Kính gửi Phòng, trường gửi báo cáo quý.',
    attachments: files.map((f) => ({ filename: f.filename, content: Buffer.from(f.content), contentType: DOCX })),
  })
    .compile()
    .build();
  const c = new ImapFlow({ host: '127.0.0.1', port: dovecot.port, secure: false, auth: { user: IMAP_USER, pass: IMAP_PASSWORD }, logger: false });
  await c.connect();
  try {
    await c.append('INBOX', raw, [], at);
  } finally {
    await c.logout();
  }
}

const tab = (name: string) => page.getByRole('tab', { name });
const row = (school: string) => page.locator(`tr[data-school="${school}"]`);

describeIf('the office inbox in Chromium', () => {
  test('log in: a wrong password is refused with the API message; the right one opens the quarter', async () => {
    await page.goto(`${env.relay.url}/inbox`);
    await page.getByLabel('Tên đăng nhập').fill(ADMIN.username);
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau-roi');
    expect(await axeProblems()).toEqual([]);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('alert').filter({ hasText: 'Tên đăng nhập hoặc mật khẩu không đúng.' }).waitFor();
    await page.getByLabel('Mật khẩu').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Báo cáo Quý 3/2026' }).waitFor();
    await page.getByText('Không có trường nào khớp bộ lọc.').waitFor();
  });

  test('import a CSV directory: the schools are listed with their one-time keys, links and QR codes', async () => {
    await tab('Danh sách trường').click();
    await page.getByText('Chưa có trường nào. Hãy nhập danh sách.').waitFor();
    await page.locator('input[type=file]').setInputFiles({ name: 'truong.csv', mimeType: 'text/csv', buffer: Buffer.from('\uFEFF' + CSV, 'utf8') });
    await page.getByText('Đã nhập: 5 trường mới, 0 trường cập nhật, 0 dòng lỗi.').waitFor();
    for (const name of [NGUYEN_DU, LE_VAN_TAM, HOA_HONG, KET_DOAN, VAN_LANG]) {
      const card = page.locator(`[data-onboarding="${name}"]`);
      const key = (await card.locator('span').last().textContent()) ?? '';
      expect(key).toMatch(/^bctt_[A-Za-z0-9_-]{43}$/);
      keys.set(name, key);
      expect(await card.getByRole('img', { name: `Mã QR đường dẫn của ${name}` }).count()).toBe(1);
      expect(await card.getByRole('link', { name: 'Đường dẫn cài đặt cho trường' }).getAttribute('href')).toContain(`bctt_key=${key}`);
      await row(name).waitFor();
    }
    expect(await axeProblems()).toEqual([]);
    await screenshot(page, 'schools', 'inbox');

    // Editing a school: its ward changes in the directory.
    await page.getByRole('button', { name: `Sửa ${KET_DOAN}` }).click();
    const form = page.getByRole('form', { name: `Sửa ${KET_DOAN}` });
    await form.getByLabel('Phường/xã').fill('Phường Cầu Ông Lãnh');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await row(KET_DOAN).getByText('Phường Cầu Ông Lãnh').waitFor();
  });

  test('reports arrive by the relay: the schools\' rows change', async () => {
    await tab('Theo quý').click();
    await row(NGUYEN_DU).waitFor();
    expect(await row(NGUYEN_DU).locator('[data-status]').textContent()).toBe('Chưa gửi');
    expect((await submit(env.relay.url, await completeIndividual(), keys.get(NGUYEN_DU)!)).status).toBe(202);
    expect((await submit(env.relay.url, await completeCollective(), keys.get(KET_DOAN)!)).status).toBe(202);
    // The page shows what arrived when the quarter is loaded again (here: choosing the quarter tab again).
    await tab('Danh sách trường').click();
    await tab('Theo quý').click();
    await row(NGUYEN_DU).locator('[data-status="onTime"]').waitFor();
    await row(KET_DOAN).locator('[data-status="onTime"]').waitFor();
    expect(await row(NGUYEN_DU).getByRole('button').textContent()).toMatch(/\.docx \(.*\d{2}\/\d{2}\/2026/);
  });

  test('reports arrive by email (a real IMAP mailbox): "check mailbox now" files one under its school, one to sort', async () => {
    await row(VAN_LANG).waitFor();
    expect(await row(VAN_LANG).locator('[data-status]').textContent()).toBe('Chưa gửi');
    // A ready report mailed from the address the directory has for Văn Lang (in another case), and a report with
    // errors mailed from an address no school owns.
    await deliver('"Hiệu trưởng" <THCSVanLang@truong.edu.vn>', 'Báo cáo quý 3', [{ filename: 'bao-cao-van-lang.docx', content: await completeIndividual(2) }], new Date('2026-09-18T08:00:00+07:00'));
    await deliver('hieutruong.hoahong@gmail.com', 'Báo cáo của trường', [{ filename: 'bao-cao-hoa-hong.docx', content: await emptyIndividual() }], new Date('2026-09-19T10:00:00+07:00'));

    await tab('Cần phân loại').click();
    await page.getByText('Không có báo cáo nào cần phân loại.').waitFor();
    await page.getByRole('button', { name: 'Kiểm tra hộp thư ngay' }).click();
    await page.getByText('Đã đọc hộp thư: 1 báo cáo mới, 1 cần phân loại.').waitFor();
    const unsorted = page.getByRole('table', { name: 'Báo cáo cần phân loại' });
    await unsorted.getByText('hieutruong.hoahong@gmail.com').waitFor();
    await unsorted.getByText('Báo cáo của trường').waitFor();
    expect(await axeProblems()).toEqual([]);
    await screenshot(page, 'unsorted', 'inbox');
    await page.getByLabel('Trường của tệp bao-cao-hoa-hong.docx').selectOption({ label: HOA_HONG });
    await page.getByRole('button', { name: 'Gán', exact: true }).click();
    await page.getByText(`Đã gán báo cáo cho ${HOA_HONG}.`).waitFor();
    await page.getByText('Không có báo cáo nào cần phân loại.').waitFor();

    // The mailed report is Văn Lang's, on time, from the mailbox; a second check imports nothing again.
    await tab('Theo quý').click();
    await row(VAN_LANG).locator('[data-status="onTime"]').waitFor();
    expect(await row(VAN_LANG).getByRole('button').textContent()).toMatch(/^bao-cao-van-lang\.docx \(.*18\/09\/2026/);
    await tab('Cần phân loại').click();
    await page.getByRole('button', { name: 'Kiểm tra hộp thư ngay' }).click();
    await page.getByText('Đã đọc hộp thư: 0 báo cáo mới, 0 cần phân loại.').waitFor();
    await page.getByText(/Lần đọc gần nhất: .*\d{2}\/\d{2}\/2026/).waitFor();
  });

  test('the quarter at a glance: counts, statuses, ward filter', async () => {
    await tab('Theo quý').click();
    await row(NGUYEN_DU).waitFor();
    const count = async (k: string) => Number(await page.locator(`[data-count="${k}"] span`).first().textContent());
    expect([await count('onTime'), await count('late'), await count('errors'), await count('missing')]).toEqual([3, 0, 1, 1]);
    expect(await count('unsorted')).toBe(0);
    expect(await row(NGUYEN_DU).locator('[data-status]').textContent()).toBe('Đúng hạn');
    expect(await row(VAN_LANG).locator('[data-status]').textContent()).toBe('Đúng hạn');
    expect(await row(LE_VAN_TAM).locator('[data-status]').textContent()).toBe('Chưa gửi');
    expect(await row(HOA_HONG).locator('[data-status]').textContent()).toMatch(/^Gửi nhưng còn lỗi: .+/);
    expect(await axeProblems()).toEqual([]);
    await screenshot(page, 'quarter', 'inbox');

    await page.getByLabel('Phường/xã').selectOption('Phường Sài Gòn');
    await counted(page.locator('tbody tr'), 2);
    expect(await page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-school')))).toEqual([HOA_HONG, VAN_LANG]);
    expect([await count('onTime'), await count('errors'), await count('missing')]).toEqual([1, 1, 0]);
    await page.getByLabel('Khối thi đua', { exact: true }).selectOption('3');
    expect(await page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-school')))).toEqual([VAN_LANG]);
    await page.getByLabel('Khối thi đua', { exact: true }).selectOption('');
    await page.getByLabel('Phường/xã').selectOption('');
    await page.getByLabel('Tình trạng', { exact: true }).selectOption('missing');
    expect(await page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-school')))).toEqual([LE_VAN_TAM]);
    await page.getByLabel('Tình trạng', { exact: true }).selectOption('');
  });

  test('a submission opens to its findings, summary and print preview; it is shortlisted, chosen, and the letter is a .docx', async () => {
    await row(NGUYEN_DU).getByRole('button').click();
    await page.getByRole('heading', { name: NGUYEN_DU }).waitFor();
    await page.locator('[data-preview="done"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-preview="done"] section.docx').count()).toBeGreaterThan(0);
    expect((await page.getByRole('region', { name: 'Tóm tắt thành tích' }).textContent())!.length).toBeGreaterThan(1000);
    expect(await axeProblems()).toEqual([]);
    await screenshot(page, 'submission', 'inbox');

    await page.getByRole('switch', { name: 'Đưa vào danh sách rút gọn' }).click();
    await page.getByText('Đã đưa vào danh sách rút gọn.').waitFor();
    expect(await page.getByRole('switch', { name: 'Đưa vào danh sách rút gọn' }).isChecked()).toBe(true);
    await page.getByLabel('Ghi chú khi chọn').fill('Báo cáo đầy đủ, số liệu rõ ràng.');
    await page.getByRole('button', { name: 'Chọn cho quý này' }).click();
    await page.getByText('Đã chọn báo cáo này cho quý.').waitFor();

    const letter = await download(page.getByRole('link', { name: 'Tải công văn giới thiệu (.docx)' }), 'cong-van.docx');
    expect(letter.suggested).toMatch(/\.docx$/);
    const zip = await JSZip.loadAsync(letter.bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('giới thiệu gương điển hình tiên tiến quý 3/2026');
    expect(xml).toContain(NGUYEN_DU);
    // LibreOffice (the layout oracle) lays the downloaded letter out on A4 portrait with the Decree 30 heading.
    if (libreOfficeAvailable()) {
      const [pdf] = await convertToPdf([letter.file], WORK);
      const info = pdfInfo(pdf);
      expect(info.pageWidthPt).toBeCloseTo(A4_PT.width, 0);
      expect(info.pageHeightPt).toBeCloseTo(A4_PT.height, 0);
      const text = pdfText(pdf).normalize('NFC').replace(/\s+/g, ' ');
      for (const expected of [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'V/v giới thiệu gương điển hình tiên tiến quý 3/2026',
        NGUYEN_DU,
        'Báo cáo đầy đủ, số liệu rõ ràng.',
        'Nơi nhận:',
      ])
        expect(text).toContain(expected);
    }

    await page.getByRole('button', { name: '← Quay lại' }).click();
    await page.getByText(`Đã chọn báo cáo của ${NGUYEN_DU}`).waitFor();
  });

  test('exports: the .xlsx re-reads as the table the page shows; the .zip holds every report', async () => {
    const shown = await page.locator('tbody tr').evaluateAll((rows) =>
      rows.map((r) => [r.getAttribute('data-school') ?? '', r.querySelector('[data-status]')?.textContent ?? '']),
    );
    const xlsx = await download(page.getByRole('link', { name: 'Tải bảng tổng hợp (.xlsx)' }), 'tong-hop.xlsx');
    expect(xlsx.suggested).toBe('tong-hop-quy-3-2026.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    const inSheet: string[][] = [];
    for (let r = 2; r <= sheet.rowCount; r++) inSheet.push([sheet.getCell(r, 2).text, sheet.getCell(r, 5).text]);
    // The page adds the error findings after the status ("which"); the sheet has them in their own column.
    expect(inSheet).toEqual(shown.map(([school, status]) => [school, status.split(':')[0]]));

    const zipFile = await download(page.getByRole('link', { name: 'Tải tất cả báo cáo (.zip)' }), 'bao-cao.zip');
    const zip = await JSZip.loadAsync(zipFile.bytes);
    const names = Object.keys(zip.files);
    expect(names.filter((n) => n.endsWith('.docx'))).toHaveLength(4);
    expect(names.some((n) => n.includes(NGUYEN_DU))).toBe(true);
    expect(names.some((n) => n.includes(VAN_LANG))).toBe(true);

    // The printable view opens in its own tab: the same rows. Its own CSP forbids scripts, so axe looks at it in a
    // second context that bypasses CSP, with the same session cookie.
    const [printed] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Bản in' }).click()]);
    await printed.waitForLoadState();
    for (const name of [NGUYEN_DU, LE_VAN_TAM, HOA_HONG, KET_DOAN, VAN_LANG]) expect(await printed.getByText(name).count()).toBeGreaterThan(0);
    const printUrl = printed.url();
    await printed.close();
    const checking = await browser.newContext({ bypassCSP: true, locale: 'vi-VN' });
    try {
      await checking.addCookies(await context.cookies());
      const view = await checking.newPage();
      await view.goto(printUrl);
      await view.getByText(VAN_LANG).first().waitFor();
      expect(await axeProblems(view)).toEqual([]);
    } finally {
      await checking.close();
    }
  });

  test('the reminder schedule (days before the deadline) is edited on the page and kept by the server', async () => {
    await tab('Nhắc gửi').click();
    const form = page.getByRole('form', { name: 'Lịch nhắc tự động' });
    const days = form.getByLabel('Nhắc trước hạn (số ngày)');
    await page.getByRole('list', { name: 'Các trường sẽ được nhắc' }).waitFor();
    expect(await days.inputValue()).toBe('7, 2');
    expect(await form.getByRole('switch', { name: 'Tự động nhắc trước hạn' }).isChecked()).toBe(true);
    await days.fill('99');
    await form.getByRole('button', { name: 'Lưu lịch nhắc' }).click();
    await form.getByText('Nhập tối đa 5 số nguyên từ 0 đến 60, cách nhau bằng dấu phẩy.').waitFor();
    expect(await days.getAttribute('aria-invalid')).toBe('true');
    await days.fill('3 10;3');
    await form.getByRole('button', { name: 'Lưu lịch nhắc' }).click();
    await form.getByText('Đã lưu lịch nhắc.').waitFor();
    expect(await days.inputValue()).toBe('10, 3');
    expect(await axeProblems()).toEqual([]);
    const api = await Client.login(env.relay.url);
    expect(await api.json(api.get('/api/inbox/reminders/settings'))).toEqual({ daysBefore: [10, 3], enabled: true });
    // Kept across a reload of the screen.
    await tab('Theo quý').click();
    await tab('Nhắc gửi').click();
    await page.getByRole('form', { name: 'Lịch nhắc tự động' }).getByLabel('Nhắc trước hạn (số ngày)').waitFor();
    expect(await page.getByRole('form', { name: 'Lịch nhắc tự động' }).getByLabel('Nhắc trước hạn (số ngày)').inputValue()).toBe('10, 3');
  });

  test('reminders go to the schools without a ready report, once each', async () => {
    await tab('Nhắc gửi').click();
    const list = page.getByRole('list', { name: 'Các trường sẽ được nhắc' });
    await list.waitFor();
    expect((await list.locator('li').evaluateAll((items) => items.map((i) => i.getAttribute('data-school')))).sort()).toEqual(
      [HOA_HONG, LE_VAN_TAM].sort(),
    );
    expect(await axeProblems()).toEqual([]);
    const before = env.smtp.accepted.length;
    await page.getByRole('button', { name: 'Gửi thư nhắc ngay' }).click();
    await page.getByText('Đã gửi 2 thư nhắc; 0 thư không gửi được.').waitFor();
    const reminders = env.smtp.accepted.slice(before).filter((m) => !m.rcptTo.includes(RECIPIENT));
    expect(reminders.map((m) => m.rcptTo.join(',')).sort()).toEqual(['mnhoahong@truong.edu.vn', 'thlevantam@truong.edu.vn']);
    // Each school once: nobody is left to remind, the button is off, and the log has the two sends.
    await page.getByText('Không có trường nào cần nhắc.').waitFor();
    expect(await page.getByRole('button', { name: 'Gửi thư nhắc ngay' }).isDisabled()).toBe(true);
    await counted(page.getByRole('table', { name: 'Nhật ký nhắc' }).locator('tbody tr'), 2);
    expect(env.smtp.accepted.slice(before).filter((m) => !m.rcptTo.includes(RECIPIENT))).toHaveLength(2);
    // Sending again (the API the button calls) reminds nobody a second time.
    const api = await Client.login(env.relay.url);
    const again = await api.json<{ sent: unknown[]; skipped: Array<{ reason: string }> }>(api.post('/api/inbox/reminders/send', { quarter: '2026-Q3' }));
    expect(again.sent).toEqual([]);
    expect(again.skipped.map((s) => s.reason)).toEqual(['alreadyReminded', 'alreadyReminded']);
    expect(env.smtp.accepted.slice(before).filter((m) => !m.rcptTo.includes(RECIPIENT))).toHaveLength(2);
  });

  test('accounts: an administrator creates a staff account, disables and enables it; everyone changes their own password', async () => {
    await tab('Tài khoản').click();
    const users = page.getByRole('table', { name: 'Danh sách tài khoản' });
    await users.locator('tr[data-user="admin"]').waitFor();
    expect(await users.locator('tr[data-user="admin"]').textContent()).toContain('(bạn)');

    const create = page.getByRole('form', { name: 'Thêm tài khoản' });
    await create.getByLabel('Tên đăng nhập').fill('VanThu');
    await create.getByLabel('Mật khẩu').fill('ngắn');
    await create.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await page.getByRole('alert').filter({ hasText: 'Mật khẩu cần ít nhất 10 ký tự.' }).waitFor();
    await create.getByLabel('Mật khẩu').fill('mật-khẩu-văn-thư-1');
    await create.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await page.getByText('Đã tạo tài khoản vanthu.').waitFor();
    const vanthu = users.locator('tr[data-user="vanthu"]');
    expect(await vanthu.locator('[data-disabled]').textContent()).toBe('Đang dùng');
    expect(await vanthu.textContent()).toContain('Chuyên viên');
    expect(await axeProblems()).toEqual([]);
    await screenshot(page, 'accounts', 'inbox');

    const staff = await Client.login(env.relay.url, { username: 'vanthu', password: 'mật-khẩu-văn-thư-1' });
    await page.getByRole('button', { name: 'Khóa tài khoản vanthu' }).click();
    await page.getByText('Đã khóa tài khoản vanthu.').waitFor();
    await vanthu.locator('[data-disabled="true"]').waitFor();
    expect((await staff.get('/api/inbox/schools')).status).toBe(401);
    expect((await new Client(env.relay.url).post('/api/inbox/login', { username: 'vanthu', password: 'mật-khẩu-văn-thư-1' })).status).toBe(401);
    await page.getByRole('button', { name: 'Mở khóa tài khoản vanthu' }).click();
    await page.getByText('Đã mở khóa tài khoản vanthu.').waitFor();
    expect((await new Client(env.relay.url).post('/api/inbox/login', { username: 'vanthu', password: 'mật-khẩu-văn-thư-1' })).status).toBe(200);

    // The administrator's own password: the wrong current one is refused; then changed, and this session stays.
    const own = page.getByRole('form', { name: 'Đổi mật khẩu của bạn' });
    await own.getByLabel('Mật khẩu hiện tại').fill('không-phải-mật-khẩu');
    await own.getByLabel(/^Mật khẩu mới/).fill('mật-khẩu-mới-của-admin');
    await own.getByLabel('Nhập lại mật khẩu mới').fill('mật-khẩu-khác');
    await own.getByText('Hai lần nhập mật khẩu mới không khớp.').waitFor();
    expect(await own.getByRole('button', { name: 'Đổi mật khẩu' }).isDisabled()).toBe(true);
    await own.getByLabel('Nhập lại mật khẩu mới').fill('mật-khẩu-mới-của-admin');
    await own.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await own.getByRole('alert').filter({ hasText: 'Mật khẩu hiện tại không đúng.' }).waitFor();
    await own.getByLabel('Mật khẩu hiện tại').fill(ADMIN.password);
    await own.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText('Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.').waitFor();
    expect((await new Client(env.relay.url).post('/api/inbox/login', { username: 'admin', password: 'mật-khẩu-mới-của-admin' })).status).toBe(200);
    expect(await axeProblems()).toEqual([]);
  });

  test('the audit log shows who viewed, chose, exported and reminded', async () => {
    await tab('Nhật ký').click();
    const log = page.getByRole('table', { name: 'Nhật ký hoạt động' });
    await log.waitFor();
    expect(await axeProblems()).toEqual([]);
    await screenshot(page, 'audit', 'inbox');
    const shown = () => log.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [r.children[1].textContent, r.querySelector('[data-action]')?.getAttribute('data-action'), r.children[3].textContent]));
    const filter = page.getByLabel('Loại hoạt động');
    for (const [group, action, target] of [
      ['Xem', 'viewed', '2026-Q3 · quarter'],
      ['Chọn', 'chose', '2026-Q3'],
      ['Xuất', 'exported', '2026-Q3 · letter'],
      ['Nhắc', 'reminded', '2026-Q3/manual'],
    ]) {
      await filter.selectOption({ label: group });
      const rows = await shown();
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every(([user]) => user === 'admin')).toBe(true);
      expect(rows.some(([, a, on]) => a === action && on!.includes(target))).toBe(true);
    }
    await filter.selectOption({ label: 'Xuất' });
    expect((await shown()).map(([, , on]) => on!.split(' · ')[1]).sort()).toEqual(expect.arrayContaining(['letter', 'print', 'xlsx', 'zip']));
    await filter.selectOption({ label: 'Tài khoản' });
    expect((await shown()).map(([, a, on]) => `${a} ${on}`)).toEqual(
      expect.arrayContaining(['userCreated vanthu · staff', 'userDisabled vanthu', 'userEnabled vanthu']),
    );
    await filter.selectOption({ label: 'Tất cả' });
  });

  test('English is chosen in the settings and remembered; a lost session goes back to the log-in screen', async () => {
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await page.getByRole('tab', { name: 'By quarter' }).click();
    await page.getByRole('heading', { name: 'Reports, Quarter 3/2026' }).waitFor();
    expect(await row(NGUYEN_DU).locator('[data-status]').textContent()).toBe('On time');
    await page.reload();
    await page.getByRole('heading', { name: 'Reports, Quarter 3/2026' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await context.clearCookies();
    await page.getByRole('tab', { name: 'Schools' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.getByLabel('Username').isVisible()).toBe(true);
  });
});
