/**
 * The browser is a complete way to write and send the report (issue 12), end to end in real headless Chromium whose
 * language is English (locale en-US), against the production build, the real relay (server/app.ts) and a real SMTP
 * server started here:
 *
 * a person creates an individual report in file mode, writes a 1,050-word summary in the summary editor (headings,
 * bold, a list, a paste from Word), fills every field, the photo and two rows of the models table, and sends it
 * through the relay; the delivered attachment passes `check` with the same word count. In a wide tab the print
 * preview beside the pane shows the document on A4 pages (at least two); axe-core finds no serious or critical
 * violation after each dialog and view; at 350 px nothing overflows and no preview is shown.
 *
 * Strings are the catalogs' own (src/core/i18n) in the language the pane shows, so the test follows wording changes.
 * Clock: the browser's clock is fixed to AT, the relay's `now` is the same instant, and `check --at AT`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { t as translate, type Lang } from '../../src/core/i18n';
import '../../src/core/i18n/uiMessages';
import '../../src/taskpane/ui/messages';
import '../../src/taskpane/views/guide/editor/messages';
import { countWords } from '../../src/core/text';
import { instructionTexts } from '../../src/core/template';
import { FileHost } from '../../src/docx/fileHost';
import { readDocx } from '../../src/docx/read';
import { NOW } from '../server/support/reports';
import { RECIPIENT, startTestRelay, tempDb, type TestRelay } from '../server/support/relay';
import { TestSmtp, parseMail } from '../server/support/smtp';
import { vietnameseProse } from '../support/prose';
import { FIELDS, MODELS } from './support/report';
import { settleAnimations } from './support/axe';
import {
  OUTPUT_DIR,
  horizontalOverflow,
  portraitPng,
  reportStatus,
  runCli,
  screenshot,
  shell,
  usePane,
} from './support';

const AT = NOW.toISOString();
const WORK = path.join(OUTPUT_DIR, 'browser-report');
const photoPng = path.join(WORK, 'input-portrait-600x900.png');
const delivered = path.join(WORK, 'delivered.docx');
const downloaded = path.join(WORK, 'downloaded.docx');
const withLeftover = path.join(WORK, 'bao-cao-con-huong-dan.docx');
/** The file name the Send view shows (read in step 06). */
let shownFileName = '';
const AXE = require.resolve('axe-core/axe.min.js');

const WIDE = { width: 1366, height: 900 };
const pane = usePane({ officeJs: 'package', fixedTime: new Date(AT), context: { locale: 'en-US', viewport: WIDE } });
let smtp: TestSmtp;
let relay: TestRelay;
let db: ReturnType<typeof tempDb>;
let lang: Lang = 'vi';
const shot = (name: string) => screenshot(pane.page, name, 'browser-report');
const t = (key: string, params?: Record<string, string | number>) => translate(key, params, lang);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const startsWith = (s: string) => new RegExp(`^${escape(s)}`);

// ---------------------------------------------------------------- the summary the person writes

const HEADINGS = [
  '1. Thành tích xuất sắc, tiêu biểu trong các phong trào thi đua',
  '2. Hiệu quả được thừa nhận, suy tôn',
  '3. Sự lan tỏa tại cơ quan, đơn vị, địa phương',
];
const LIST = ['Góc đọc sách của lớp với 215 cuốn sách', 'Ngày hội đọc sách toàn khối năm'];
const BOLD = 'Thư viện xanh trong lớp học';
/**
 * What a copy from Word puts on the clipboard: the head with Word's style sheet, a paragraph with fonts, sizes, a
 * theme colour and a highlight, a blank paragraph (<o:p>&nbsp;</o:p>) and a list paragraph with its typed marker.
 */
const WORD_PASTE = {
  html:
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">' +
    '<head><meta name=ProgId content=Word.Document><style><!-- p.MsoNormal {font-size:14.0pt;font-family:"Times New Roman",serif;} --></style></head>' +
    '<body lang=EN-US><!--StartFragment-->' +
    '<p class=MsoNormal style="text-align:justify;font-family:Arial;color:red"><b style="mso-bidi-font-weight:normal"><span lang=VI style="font-size:16.0pt;background:yellow;mso-highlight:yellow">Kết quả</span></b><span lang=VI style="font-size:14.0pt;font-family:&quot;Calibri&quot;,sans-serif;color:#C00000;mso-themecolor:accent2"> được phụ huynh ghi nhận</span><o:p></o:p></p>' +
    '<p class=MsoNormal><span lang=VI><o:p>&nbsp;</o:p></span></p>' +
    '<p class=MsoListParagraph style="text-indent:-18.0pt;mso-list:l0 level1 lfo1"><![if !supportLists]><span style="mso-list:Ignore">-<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;</span></span><![endif]>97% ý kiến hài lòng<o:p></o:p></p>' +
    '<!--EndFragment--></body></html>',
  texts: ['Kết quả được phụ huynh ghi nhận', '97% ý kiến hài lòng'],
};
const FIXED_TEXTS = [...HEADINGS, `Mô hình ${BOLD} là cách làm tiêu biểu.`, ...LIST, ...WORD_PASTE.texts];
const FIXED_WORDS = FIXED_TEXTS.reduce((n, s) => n + countWords(s), 0);
const TARGET_WORDS = 1050;
const PROSE = vietnameseProse(TARGET_WORDS - FIXED_WORDS, 1212);
const SUMMARY_WORDS = FIXED_WORDS + PROSE.reduce((n, s) => n + countWords(s), 0);

// ---------------------------------------------------------------- helpers

/**
 * axe-core over the whole page: serious and critical violations, as "rule: target (html)" lines. The print preview's
 * pages are the document itself, drawn with its own colours (Word's grey placeholder style among them): colour
 * contrast is checked everywhere else, every other rule everywhere.
 */
async function axeSerious(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  await settleAnimations(page);
  const violations = await page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[]; html: string }[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<Result> } }).axe;
    // Tabster's focus sentinels (<i data-tabster-dummy tabindex="0" aria-hidden="true">, Fluent UI's focus management)
    // are focusable and aria-hidden by design (microsoft/tabster#288), as in test/e2e/support/axe.ts.
    const all = await axe.run({ exclude: [['[data-tabster-dummy]']] }, {
      resultTypes: ['violations'],
      rules: { 'color-contrast': { enabled: false } },
    });
    const contrast = await axe.run(
      { exclude: [['[data-testid="print-preview-pages-box"]'], ['[data-tabster-dummy]']] },
      { resultTypes: ['violations'], runOnly: { type: 'rule', values: ['color-contrast'] } },
    );
    return [...all.violations, ...contrast.violations].map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.targets.join(' | ')}`);
}

async function expectAccessible(step: string): Promise<void> {
  const found = await axeSerious(pane.page);
  writeFileSync(path.join(WORK, `axe-${step}.json`), JSON.stringify(found, null, 2));
  expect({ step, violations: found }).toEqual({ step, violations: [] });
  // Nothing (a closed dialog in particular) leaves the pane hidden from assistive technology.
  await expect(
    pane.page.locator('#root[aria-hidden="true"], #root [aria-hidden="true"]:has([data-testid="shell"])').count(),
  ).resolves.toBe(0);
}

async function goTo(view: string): Promise<void> {
  const name = t(`ui.nav.${view}`);
  await pane.page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
  await pane.page.locator('[data-testid="shell"] main > h2', { hasText: name }).waitFor();
}

async function expectStatus(key: string, params?: Record<string, string | number>): Promise<void> {
  await reportStatus(pane.page, t('ui.status.label'))
    .filter({ hasText: t(key, params) })
    .waitFor({ timeout: 20_000 });
}

function previewPages() {
  return pane.page.getByTestId('print-preview').locator('section[data-page]');
}

// ---------------------------------------------------------------- setup

beforeAll(async () => {
  mkdirSync(WORK, { recursive: true });
  writeFileSync(photoPng, portraitPng(600, 900));
  smtp = await TestSmtp.start();
  db = tempDb();
  relay = await startTestRelay(smtp.url, db.dbPath, {
    allowedOrigins: [new URL(pane.server.url).origin],
    now: () => new Date(AT),
  });
  expect(pane.info.mode).toBe('file');
  lang = (await pane.page.evaluate(() => document.documentElement.lang)) as Lang;
});

afterAll(async () => {
  await relay?.close();
  await smtp?.stop();
  db?.cleanup();
});

// ---------------------------------------------------------------- the flow

test('01 the pane opens in a browser set to English; settings hold the relay, the school and the sender', async () => {
  // Vietnamese by default, whatever the browser's language (English here) until English is chosen in Settings.
  expect(lang).toBe('vi');
  expect(SUMMARY_WORDS).toBe(TARGET_WORDS);
  await expect(pane.page.evaluate(() => navigator.language)).resolves.toBe('en-US');
  await expectAccessible('01-start');
  // No document yet: the wide tab shows no preview.
  await expect(pane.page.getByTestId('print-preview').count()).resolves.toBe(0);

  await goTo('settings');
  await pane.page
    .getByRole('textbox', { name: startsWith(t('settings.unitName.label')) })
    .fill('Trường Tiểu học Nguyễn Bỉnh Khiêm, Phường Sài Gòn, Thành phố Hồ Chí Minh');
  await pane.page.getByRole('textbox', { name: startsWith(t('settings.senderName.label')) }).fill('Lê Thị Hoa');
  await pane.page.getByRole('textbox', { name: startsWith(t('settings.senderRole.label')) }).fill('Hiệu trưởng');
  await pane.page.getByRole('button', { name: t('ui.settings.showAdvanced') }).click();
  await pane.page.getByRole('textbox', { name: startsWith(t('settings.relayUrl.label')) }).fill(relay.url);
  await pane.page.getByRole('button', { name: t('ui.settings.save') }).click();
  await pane.page.getByText(t('ui.settings.saved')).waitFor();
  await expectAccessible('02-settings');
});

test('02 a new individual report opens with the print preview beside the pane', async () => {
  await goTo('start');
  await pane.page.getByRole('radio', { name: startsWith(t('ui.start.individual')) }).check();
  await pane.page
    .getByRole('button', { name: t('ui.start.createFile') })
    .first()
    .click();
  await expectStatus('ui.status.errors', { count: 8 }).catch(async () => {
    // The exact count is the checklist's business; any "not ready" state will do here.
    await reportStatus(pane.page, t('ui.status.label')).waitFor();
  });
  await previewPages().first().waitFor({ timeout: 30_000 });
  await shot('01-new-report-with-preview');
});

test('03 the summary is written in the editor: headings, bold, a list, a paste from Word, then prose to 1,050 words', async () => {
  // "Đi tới" on the summary's word count opens the editor, ready to type (the cursor in it).
  await goTo('checklist');
  await pane.page
    .locator('li[data-rule="summary.words"]')
    .getByRole('button', { name: t('ui.checklist.goTo') })
    .click();
  await pane.page.locator('[data-testid="shell"] main > h2', { hasText: t('ui.nav.guide') }).waitFor();
  const box = pane.page.getByRole('textbox', { name: t('editor.label'), exact: true });
  await box.waitFor({ timeout: 30_000 });
  await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await expectAccessible('03-editor-open');
  await box.click();
  const kb = pane.page.keyboard;
  const heading = pane.page.getByRole('button', { name: t('editor.heading'), exact: true });

  // Heading 1, typed with the toolbar's heading button.
  await heading.click();
  await kb.insertText(HEADINGS[0]);
  await kb.press('Enter');
  await expect(heading.getAttribute('aria-pressed')).resolves.toBe('false');
  // A paragraph with a bold phrase (Ctrl+B).
  await kb.insertText('Mô hình ');
  await kb.press('Control+b');
  await kb.insertText(BOLD);
  await kb.press('Control+b');
  await kb.insertText(' là cách làm tiêu biểu.');
  await kb.press('Enter');
  // A bulleted list from the toolbar; Enter on an empty item ends it.
  await pane.page.getByRole('button', { name: t('editor.bulletList'), exact: true }).click();
  for (const item of LIST) {
    await kb.insertText(item);
    await kb.press('Enter');
  }
  await kb.press('Enter');
  // Prose of the first point.
  const half = Math.ceil(PROSE.length / 2);
  for (const p of PROSE.slice(0, half)) {
    await kb.insertText(p);
    await kb.press('Enter');
  }
  // Headings 2 and 3 from the toolbar's "insert the guide's headings" would add all three; type them instead.
  for (const [i, h] of HEADINGS.slice(1).entries()) {
    await heading.click();
    await kb.insertText(h);
    await kb.press('Enter');
    if (i === 0) {
      // Pasted from Word: its fonts and colours go, its list stays a list.
      await box.evaluate((el, html) => {
        const data = new DataTransfer();
        data.setData('text/html', html);
        data.setData('text/plain', '');
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, WORD_PASTE.html);
      await kb.press('Enter');
      await kb.press('Enter');
    }
  }
  for (const p of PROSE.slice(half)) {
    await kb.insertText(p);
    await kb.press('Enter');
  }
  await kb.press('Backspace'); // no empty paragraph at the end

  const words = pane.page.getByTestId('summary-editor-words');
  await words
    .filter({ hasText: t('editor.words', { words: SUMMARY_WORDS, target: 1000 }) })
    .waitFor({ timeout: 20_000 });
  await pane.page
    .getByTestId('summary-editor-save')
    .filter({ hasText: t('editor.saved') })
    .waitFor({ timeout: 20_000 });
  await expect(box.locator('h2').allInnerTexts()).resolves.toEqual(HEADINGS);
  await expect(box.locator('strong').allInnerTexts()).resolves.toContain(BOLD);
  await expect(box.locator('ul > li').allInnerTexts()).resolves.toEqual([...LIST, WORD_PASTE.texts[1]]);
  await expect(box.locator('[style]').count()).resolves.toBe(0);
  await expect(box.locator('strong').allInnerTexts()).resolves.toContain('Kết quả');
  // No blank paragraph came with the paste (Word's <o:p>&nbsp;</o:p>), none was left by the typing.
  const blank = await box.locator('p').evaluateAll((ps) => ps.filter((p) => (p.textContent ?? '').trim() === '').length);
  expect(blank).toBe(0);
  // The page figure beside the editor: the summary alone fills two pages.
  await expect(pane.page.getByTestId('summary-editor-pages').innerText()).resolves.toMatch(/[2-9]/);
  await shot('02-summary-written');
});

test('04 the preview shows the report on at least two A4 pages', async () => {
  // Updated after the editor saved: the last typed sentence is on the last page.
  const lastWords = PROSE[PROSE.length - 1].split(' ').slice(-4).join(' ').replace(/\.$/, '');
  await pane.page
    .getByTestId('print-preview')
    .getByText(lastWords, { exact: false })
    .first()
    .waitFor({ timeout: 30_000 });
  const sizes = await previewPages().evaluateAll((els) =>
    els.map((e) => ({ w: e.getBoundingClientRect().width, h: e.getBoundingClientRect().height })),
  );
  expect(sizes.length).toBeGreaterThanOrEqual(2);
  for (const { w, h } of sizes.slice(0, -1)) {
    expect(w).toBeGreaterThan(700); // 210 mm at 96 dpi = 794 px
    expect(Math.abs(h / w - 297 / 210)).toBeLessThan(0.01);
  }
  await expect(pane.page.getByTestId('print-preview-pages').innerText()).resolves.toBe(
    t('editor.previewPages', { pages: sizes.length }),
  );
  await shot('03-preview-pages');
});

test('05 every field, the photo and two table rows are filled through the forms', async () => {
  await goTo('fields');
  await pane.page.getByRole('textbox', { name: startsWith(t('forms.field.hoTen.label')) }).fill(FIELDS.hoTen);
  await pane.page.getByRole('textbox', { name: startsWith(t('forms.field.sinhNam.label')) }).fill(FIELDS.sinhNam);
  await pane.page
    .getByRole('textbox', { name: startsWith(t('forms.field.chucVuDonVi.label')) })
    .fill(FIELDS.chucVuDonVi);
  await pane.page.getByRole('button', { name: t('forms.fields.save') }).click();
  await pane.page.getByText(t('forms.fields.allSaved')).waitFor();
  // The preview follows the form.
  await pane.page.getByTestId('print-preview').getByText(FIELDS.hoTen).first().waitFor({ timeout: 30_000 });

  await goTo('photo');
  await pane.page.getByLabel(t('forms.photo.fileLabel')).setInputFiles(photoPng);
  await pane.page.getByTestId('photo-frame').waitFor();
  await pane.page.getByRole('button', { name: t('forms.photo.insert') }).click();
  await pane.page.getByText(t('forms.photo.inserted')).waitFor();

  await goTo('models');
  for (const [i, row] of MODELS.entries()) {
    if (i > 0) await pane.page.getByRole('button', { name: t('forms.models.add') }).click();
    const card = pane.page.getByRole('group', { name: t('forms.models.card', { n: i + 1 }), exact: true });
    await card.waitFor();
    for (const [column, value] of Object.entries(row)) await card.locator(`[data-column="${column}"]`).fill(value);
  }
  await pane.page.getByRole('button', { name: t('forms.models.write') }).click();
  await pane.page.getByText(t('forms.models.written', { rows: 2 })).waitFor();
  await expectStatus('ui.status.ready');
  await pane.page.getByTestId('print-preview').getByText(MODELS[1].ten).first().waitFor({ timeout: 30_000 });
  await expect(previewPages().count()).resolves.toBeGreaterThanOrEqual(2);
  await expectAccessible('04-ready');
  await shot('04-ready');
});

test('06 it is sent through the relay; the delivered attachment passes check with the same word count', async () => {
  await goTo('send');
  await pane.page.getByRole('radio', { name: t('forms.send.path.relay') }).check();
  const send = pane.page.getByRole('button', { name: t('forms.send.viaRelay'), exact: true });
  await send.waitFor();
  await expect(send.isEnabled()).resolves.toBe(true);
  shownFileName = await pane.page.getByRole('textbox', { name: t('forms.send.fileName'), exact: true }).inputValue();
  expect(shownFileName).toMatch(/^BCTT_2026-Q4_CaNhan_.+\.docx$/);
  await send.click();
  await pane.page.getByText(t('forms.send.sentTitle'), { exact: true }).waitFor({ timeout: 30_000 });
  await shot('05-sent');

  await smtp.waitFor(() => smtp.accepted.length === 1, 30_000);
  expect(smtp.accepted[0].rcptTo).toEqual([RECIPIENT]);
  const mail = await parseMail(smtp.accepted[0]);
  expect(mail.attachments).toHaveLength(1);
  expect(mail.attachments[0].filename).toBe(shownFileName);
  writeFileSync(delivered, mail.attachments[0].content);

  const check = await runCli(['check', delivered, '--at', AT, '--json']);
  writeFileSync(path.join(WORK, 'check-delivered.json'), `${check.stdout}${check.stderr}`);
  expect(check.code).toBe(0);
  const [report] = JSON.parse(check.stdout) as {
    ready: boolean;
    stats: { summaryWords: number; pages: number };
  }[];
  expect(report.ready).toBe(true);
  expect(report.stats.summaryWords).toBe(SUMMARY_WORDS);
  expect(report.stats.pages).toBeGreaterThanOrEqual(2);

  // What was typed is in the file as written: headings in the heading style, the list as list paragraphs.
  const snapshot = await readDocx(new Uint8Array(readFileSync(delivered)));
  expect(snapshot.fields.tomTat.paragraphs?.slice(0, 4)).toEqual([
    HEADINGS[0],
    `Mô hình ${BOLD} là cách làm tiêu biểu.`,
    ...LIST,
  ]);
  // The Send view after the send (its history included) is accessible too.
  await expectAccessible('05-sent');

  // "Tải tệp về" saves under the very name the Send view shows and the office receives.
  const [download] = await Promise.all([
    pane.page.waitForEvent('download'),
    pane.page.getByRole('button', { name: t('ui.file.download') }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(shownFileName);
  await download.saveAs(downloaded);
  const again = await runCli(['check', downloaded, '--at', AT, '--json']);
  expect((JSON.parse(again.stdout) as { stats: { summaryWords: number } }[])[0].stats.summaryWords).toBe(SUMMARY_WORDS);
});

test('07 at 350 px: no preview, and nothing overflows, the editor included', async () => {
  await pane.page.setViewportSize({ width: 350, height: 900 });
  await pane.page.getByTestId('print-preview').waitFor({ state: 'detached' });
  for (const view of ['guide', 'send', 'checklist', 'fields', 'models', 'settings']) {
    await goTo(view);
    if (view === 'guide') await pane.page.getByRole('textbox', { name: t('editor.label'), exact: true }).waitFor();
    await shell(pane.page).waitFor();
    const { scrollWidth, offenders } = await horizontalOverflow(pane.page, 350);
    expect({ view, offenders }).toEqual({ view, offenders: [] });
    // Text boxes grow with their text: none hides the start (or the end) of what it holds behind a scroll.
    const cut = await pane.page.locator('main textarea').evaluateAll((els) =>
      (els as HTMLTextAreaElement[])
        .filter((el) => el.value.length > 0 && el.scrollHeight > el.clientHeight + 2)
        .map((el) => `${el.getAttribute('aria-label') ?? el.id}: ${el.scrollHeight} > ${el.clientHeight}`),
    );
    expect({ view, cut }).toEqual({ view, cut: [] });
    expect(scrollWidth).toBeLessThanOrEqual(350);
    await shot(`06-narrow-${view}`);
  }
  await expectAccessible('08-narrow');
});

test('08 the "send again?" dialog, declined, leaves the pane to assistive technology', async () => {
  await goTo('send');
  const send = pane.page.getByRole('button', { name: t('forms.send.viaRelay'), exact: true });
  await send.click();
  const dialog = pane.page.getByRole('alertdialog');
  await dialog.waitFor();
  // While the modal dialog is open the pane behind it is hidden from assistive technology (as it should be): axe
  // looks at what is exposed, the dialog.
  const open = await axeSerious(pane.page);
  writeFileSync(path.join(WORK, 'axe-06-dialog-open.json'), JSON.stringify(open, null, 2));
  expect({ step: '06-dialog-open', violations: open }).toEqual({ step: '06-dialog-open', violations: [] });
  // The safe answer is the default: it has the focus, so Enter (or Space) declines.
  const safe = dialog.getByRole('button', { name: t('forms.send.againCancel') });
  await expect(safe.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await pane.page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  // Tabster gives the pane back to assistive technology when the dialog's close completes, just after the dialog
  // leaves the DOM: wait for that (a pane left hidden fails here) before axe looks.
  await pane.page.locator('#root[aria-hidden="true"]').waitFor({ state: 'detached', timeout: 10_000 });
  await expectAccessible('07-dialog-closed');
  await expect(pane.page.getByRole('button').count()).resolves.toBeGreaterThan(5);
  expect(smtp.accepted).toHaveLength(1);
});

test('09 a report reopened from disk: the editor reads its summary back, and "Đi tới" on leftover instruction text opens it there', async () => {
  // The delivered report with the summary's own instruction left in the middle of the summary (as happens when a
  // person writes around it), made with the same FileHost the pane uses.
  const host = await FileHost.open(new Uint8Array(readFileSync(delivered)));
  const blocks = await host.readSummary();
  const instruction = instructionTexts('individual')
    .find((s) => s.includes('1.000 chữ'))!
    .replace(/^\(|\)$/g, '');
  const middle = Math.floor(blocks.length / 2);
  await host.writeSummary([
    ...blocks.slice(0, middle),
    { kind: 'paragraph', runs: [{ text: instruction }] },
    ...blocks.slice(middle),
  ]);
  writeFileSync(withLeftover, await host.fileBytes());

  // One more sentence in the editor, not downloaded: opening another file asks first (a dialog, then axe).
  await goTo('guide');
  const editor = pane.page.getByRole('textbox', { name: t('editor.label'), exact: true });
  await editor.click();
  await pane.page.keyboard.press('Control+End');
  await pane.page.keyboard.insertText(' Thêm một câu.');
  await pane.page
    .getByTestId('summary-editor-save')
    .filter({ hasText: t('editor.saved') })
    .waitFor({ timeout: 20_000 });
  await pane.page.getByTestId('open-file-input').first().setInputFiles(withLeftover);
  const ask = pane.page.getByTestId('guard-replace');
  await ask.waitFor();
  const asked = await axeSerious(pane.page);
  expect({ step: '09-replace-asked', violations: asked }).toEqual({ step: '09-replace-asked', violations: [] });
  await ask.getByRole('button', { name: t('ui.guard.replaceConfirm') }).click();
  await ask.waitFor({ state: 'detached' });
  await pane.page.locator('#root[aria-hidden="true"]').waitFor({ state: 'detached', timeout: 10_000 });
  await expectAccessible('09-replace-answered');

  await pane.page.getByTestId('file-name').filter({ hasText: path.basename(withLeftover) }).waitFor({ timeout: 30_000 });
  await goTo('checklist');
  const leftover = pane.page.locator('li[data-rule="instructions.leftover"]').first();
  await leftover.waitFor({ timeout: 20_000 });
  await leftover.getByRole('button', { name: t('ui.checklist.goTo') }).click();

  const box = pane.page.getByRole('textbox', { name: t('editor.label'), exact: true });
  await box.waitFor({ timeout: 30_000 });
  // Read back from the file: the headings, the bold phrase and the list as they were typed.
  await expect(box.locator('h2').allInnerTexts()).resolves.toEqual(HEADINGS);
  await expect(box.locator('strong').allInnerTexts()).resolves.toContain(BOLD);
  // The instruction is selected, and scrolled into view inside the editor's box.
  await pane.page.waitForFunction(
    (want) => (window.getSelection()?.toString() ?? '').includes(want),
    instruction.split(' ').slice(0, 8).join(' '),
    { timeout: 20_000 },
  );
  const where = await box.evaluate((el) => {
    let scroller: HTMLElement | null = el.parentElement;
    while (scroller && getComputedStyle(scroller).overflowY !== 'auto') scroller = scroller.parentElement;
    const range = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
    const view = scroller!.getBoundingClientRect();
    return { focused: el === document.activeElement, scrolled: scroller!.scrollTop, top: range.top - view.top, bottom: view.bottom - range.top };
  });
  expect(where.focused).toBe(true);
  expect(where.scrolled).toBeGreaterThan(0);
  expect(where.top).toBeGreaterThanOrEqual(0);
  expect(where.bottom).toBeGreaterThan(0);
  await shot('09-go-to-leftover');
  await expectAccessible('09-reopened');
});
