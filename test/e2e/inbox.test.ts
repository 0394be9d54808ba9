/**
 * The office's inbox page (/inbox), end to end: real headless Chromium against the production build (dist/inbox.html,
 * built by the e2e globalSetup), served by the real relay server with its inbox (SQLite, a test SMTP server), as in
 * test/server/inbox/support.ts.
 *
 * One office session, in order: a wrong password is refused, log in; import a CSV directory (keys shown once); two
 * reports arrive by the relay with those keys and one from an unknown sender lands in "to sort" and is assigned;
 * the quarter shows counts and statuses, filters by ward; a submission opens (findings, summary, docx-preview),
 * is shortlisted and chosen; the covering letter downloads as a .docx; the .xlsx export re-reads as the page's table;
 * the .zip holds the reports; reminders go to the right schools once; English is remembered; a lost session returns
 * to the log-in screen. axe-core runs on every screen: no serious or critical violation.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { completeCollective, completeIndividual, emptyIndividual } from '../server/support/reports';
import { ADMIN, startInbox, submit, type InboxEnv } from '../server/inbox/support';
import { DIST, OUTPUT_DIR, ROOT, launchChromium, screenshot } from './support';

const WORK = path.join(OUTPUT_DIR, 'inbox');
const AXE = readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const RECIPIENT = 'tquong.ql@tphcm.gov.vn';

const NGUYEN_DU = 'Trường THCS Nguyễn Du';
const LE_VAN_TAM = 'Trường Tiểu học Lê Văn Tám';
const HOA_HONG = 'Trường Mầm non Hoa Hồng';
const KET_DOAN = 'Trường Tiểu học Kết Đoàn';
const CSV = [
  'Tên trường;Email;Phường;Khối thi đua',
  `${NGUYEN_DU};thcsnguyendu@truong.edu.vn;Phường Bến Thành;1`,
  `${LE_VAN_TAM};thlevantam@truong.edu.vn;Phường Bến Thành;2`,
  `${HOA_HONG};mnhoahong@truong.edu.vn;Phường Sài Gòn;2`,
  `${KET_DOAN};thketdoan@truong.edu.vn;Phường Sài Gòn;1`,
].join('\r\n');

let env: InboxEnv;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const keys = new Map<string, string>();

beforeAll(async () => {
  mkdirSync(WORK, { recursive: true });
  env = await startInbox({ config: { staticDir: DIST } });
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await env?.stop();
});

/** axe-core on the page as it is: the serious and critical violations (rule id and the first offending node). */
async function axeProblems(): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
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

const tab = (name: string) => page.getByRole('tab', { name });
const row = (school: string) => page.locator(`tr[data-school="${school}"]`);

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
  await page.getByText('Đã nhập: 4 trường mới, 0 trường cập nhật, 0 dòng lỗi.').waitFor();
  for (const name of [NGUYEN_DU, LE_VAN_TAM, HOA_HONG, KET_DOAN]) {
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

test('reports arrive by the relay; one from an unknown sender is sorted to a school', async () => {
  expect((await submit(env.relay.url, await completeIndividual(), keys.get(NGUYEN_DU)!)).status).toBe(202);
  expect((await submit(env.relay.url, await completeCollective(), keys.get(KET_DOAN)!)).status).toBe(202);
  // A report with errors mailed from an address no school owns (what the IMAP intake files as unsorted).
  await env.relay.inbox.submissions.file({
    bytes: await emptyIndividual(),
    fileName: 'bao-cao-hoa-hong.docx',
    schoolId: null,
    source: 'imap',
    receivedAt: new Date('2026-09-19T10:00:00+07:00'),
    from: 'hieutruong.hoahong@gmail.com',
  });
  await tab('Cần phân loại').click();
  const unsorted = page.getByRole('table', { name: 'Báo cáo cần phân loại' });
  await unsorted.getByText('hieutruong.hoahong@gmail.com').waitFor();
  expect(await axeProblems()).toEqual([]);
  await page.getByLabel('Trường của tệp bao-cao-hoa-hong.docx').selectOption({ label: HOA_HONG });
  await page.getByRole('button', { name: 'Gán', exact: true }).click();
  await page.getByText(`Đã gán báo cáo cho ${HOA_HONG}.`).waitFor();
  await page.getByText('Không có báo cáo nào cần phân loại.').waitFor();
});

test('the quarter at a glance: counts, statuses, ward filter', async () => {
  await tab('Theo quý').click();
  await row(NGUYEN_DU).waitFor();
  const count = async (k: string) => Number(await page.locator(`[data-count="${k}"] span`).first().textContent());
  expect([await count('onTime'), await count('late'), await count('errors'), await count('missing')]).toEqual([2, 0, 1, 1]);
  expect(await row(NGUYEN_DU).locator('[data-status]').textContent()).toBe('Đúng hạn');
  expect(await row(LE_VAN_TAM).locator('[data-status]').textContent()).toBe('Chưa gửi');
  expect(await row(HOA_HONG).locator('[data-status]').textContent()).toMatch(/^Gửi nhưng còn lỗi: .+/);
  expect(await axeProblems()).toEqual([]);
  await screenshot(page, 'quarter', 'inbox');

  await page.getByLabel('Phường/xã').selectOption('Phường Sài Gòn');
  await counted(page.locator('tbody tr'), 1);
  expect(await page.locator('tbody tr').first().getAttribute('data-school')).toBe(HOA_HONG);
  expect([await count('onTime'), await count('errors'), await count('missing')]).toEqual([0, 1, 0]);
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
  expect(names.filter((n) => n.endsWith('.docx'))).toHaveLength(3);
  expect(names.some((n) => n.includes(NGUYEN_DU))).toBe(true);
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
