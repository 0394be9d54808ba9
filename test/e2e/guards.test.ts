/**
 * No work lost in the browser, and other programs' re-saves (issue 11), in real headless Chromium against the
 * production build, file mode:
 *   - a ready report re-saved by LibreOffice (directly, or as .odt then .docx) or by pandoc is still ready in the pane,
 *     with the same summary word count, and the recovery as information;
 *   - restoring its controls (one click) changes the document: closing the tab (page.close with runBeforeUnload) or
 *     leaving the page now warns (beforeunload), and the pane stays when the warning is dismissed;
 *   - a reload warns too, and afterwards the working copy saved in IndexedDB is offered back with its time;
 *     recovering it brings the document back;
 *   - opening another file asks before replacing the changes (cancel keeps them, confirm replaces);
 *   - a table write that would remove written words shows them in a dialog first;
 *   - the tab closed for good with changes: a new tab offers the working copy back, with the change in it.
 */
import path from 'node:path';
import type { Dialog, Page } from 'playwright-core';
import { goTo, openPane, paneUrl, reportStatus, routeOfficeJs, screenshot, usePane } from './support';

const AT = '2026-11-25T09:00:00+07:00';
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'resaved');
const resaved = path.join(FIXTURES, 'individual-libreoffice.docx');
const other = path.join(FIXTURES, 'collective-ready.docx');

const pane = usePane({ officeJs: 'package', fixedTime: new Date(AT) });
const shot = (name: string) => screenshot(pane.page, name, 'guards');

async function expectStatus(page: Page, text: string): Promise<void> {
  await reportStatus(page).filter({ hasText: text }).waitFor();
}

/** Waits until `read` gives a value `ok` accepts (polls every 50 ms; a generous limit only to report what was seen). */
async function until<T>(read: () => T | Promise<T>, ok: (v: T) => boolean, limitMs = 30_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() - start > limitMs) throw new Error(`still ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Runs `action` and returns the dialogs (type) the page raised meanwhile, answering each with `accept`. */
async function withDialogs(page: Page, accept: boolean, action: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const handler = (d: Dialog) => {
    seen.push(d.type());
    void (accept ? d.accept() : d.dismiss());
  };
  page.on('dialog', handler);
  try {
    await action();
  } finally {
    page.off('dialog', handler);
  }
  return seen;
}

/** The pane's summary word count ("Tóm tắt: N/1000 chữ") of the open report. */
async function summaryWords(page: Page): Promise<string> {
  const text = await page.getByTestId('progress-panel').innerText();
  const m = /Tóm tắt:\s*([\d.,]+)\s*\/\s*[\d.,]+\s*chữ/.exec(text);
  if (!m) throw new Error(`no word count in: ${text}`);
  return m[1];
}

test('00 re-saved by LibreOffice as .odt then .docx, or by pandoc: the same report, ready, with the same words', async () => {
  await pane.page.getByTestId('open-file-input').first().setInputFiles(path.join(FIXTURES, 'individual-ready.docx'));
  await expectStatus(pane.page, 'Sẵn sàng gửi');
  const words = await summaryWords(pane.page);
  expect(Number(words.replace(/[.,]/g, ''))).toBeGreaterThanOrEqual(1000);
  for (const way of ['libreoffice-odt', 'pandoc']) {
    await pane.page.getByTestId('open-file-input').first().setInputFiles(path.join(FIXTURES, `individual-${way}.docx`));
    await until(() => pane.page.getByTestId('file-name').innerText(), (t) => t.includes(way));
    await expectStatus(pane.page, 'Sẵn sàng gửi');
    await expect(summaryWords(pane.page)).resolves.toBe(words);
    await expect(pane.page.getByTestId('findings-error').count()).resolves.toBe(0);
    // Recognised by the template's labels and headings: information, not deleted fields.
    await expect(pane.page.locator('li[data-rule="template.intact"]').innerText()).resolves.toContain('nhãn');
  }
});

test('01 a ready report re-saved by LibreOffice is still ready, the recovery shown as information', async () => {
  await pane.page.getByTestId('open-file-input').first().setInputFiles(resaved);
  await until(() => pane.page.getByTestId('file-name').innerText(), (t) => t.includes('individual-libreoffice.docx'));
  await expectStatus(pane.page, 'Sẵn sàng gửi');
  await pane.page.getByTestId('findings-error').waitFor({ state: 'detached' }).catch(() => undefined);
  await expect(pane.page.getByTestId('findings-error').count()).resolves.toBe(0);
  const info = pane.page.locator('li[data-rule="template.intact"]');
  await info.waitFor();
  await expect(info.innerText()).resolves.toContain('chương trình khác');
  await shot('01-resaved-ready');
});

test('02 restoring the controls keeps it ready; closing the tab now asks first', async () => {
  await pane.page.getByRole('button', { name: 'Khôi phục ô nhập' }).click();
  await pane.page.locator('li[data-rule="template.intact"]').waitFor({ state: 'detached' });
  await expectStatus(pane.page, 'Sẵn sàng gửi');
  // Changed and not downloaded: closing the tab raises the browser's beforeunload warning (page.close with
  // runBeforeUnload runs the page's beforeunload handlers, https://playwright.dev/docs/api/class-page#page-close);
  // dismissed, the tab stays open with the pane in it.
  const url = pane.page.url();
  const closing = await withDialogs(pane.page, false, async () => {
    const asked = pane.page.waitForEvent('dialog', { timeout: 15_000 });
    await pane.page.close({ runBeforeUnload: true });
    await asked;
  });
  expect(closing).toEqual(['beforeunload']);
  expect(pane.page.isClosed()).toBe(false);
  await expectStatus(pane.page, 'Sẵn sàng gửi');
  // Going elsewhere in the same tab warns the same way.
  const dialogs = await withDialogs(pane.page, false, () => pane.page.goto('about:blank', { timeout: 5_000 }).catch(() => undefined));
  expect(dialogs).toEqual(['beforeunload']);
  expect(pane.page.url()).toBe(url);
  await expectStatus(pane.page, 'Sẵn sàng gửi');
  await shot('02-restored');
});

test('03 a reload warns, then the working copy is offered back with the time it was saved, and recovered', async () => {
  const dialogs = await withDialogs(pane.page, true, () => pane.page.reload({ waitUntil: 'commit' }));
  expect(dialogs).toEqual(['beforeunload']);
  const bar = pane.page.getByTestId('recovery-bar');
  await bar.waitFor();
  const text = await bar.innerText();
  expect(text).toContain('individual-libreoffice.docx');
  // The time it was saved, in Vietnam's time zone (the browser's clock is fixed to AT).
  expect(text).toMatch(/\d{1,2}:\d{2}/);
  await shot('03-offered');
  await bar.getByRole('button', { name: 'Khôi phục' }).click();
  await expectStatus(pane.page, 'Sẵn sàng gửi');
  await expect(pane.page.getByTestId('file-name').innerText()).resolves.toContain('individual-libreoffice.docx');
  // Recovered with the restored controls: nothing left to recover.
  await expect(pane.page.locator('li[data-rule="template.intact"]').count()).resolves.toBe(0);
});

test('04 opening another file asks before replacing changes not downloaded', async () => {
  // The recovered copy was never downloaded: replacing it asks.
  await pane.page.getByTestId('open-file-input').first().setInputFiles(other);
  const ask = pane.page.getByTestId('guard-replace');
  await ask.waitFor();
  await shot('04-replace-asked');
  await ask.getByRole('button', { name: 'Huỷ' }).click();
  await ask.waitFor({ state: 'detached' });
  await expect(pane.page.getByTestId('file-name').innerText()).resolves.toContain('individual-libreoffice.docx');
  await pane.page.getByTestId('open-file-input').first().setInputFiles(other);
  await pane.page.getByTestId('guard-replace').getByRole('button', { name: 'Thay thế' }).click();
  await until(() => pane.page.getByTestId('file-name').innerText(), (t) => t.includes('collective-ready.docx'));
});

test('05 a table write that would remove written words shows them first', async () => {
  await shot('05-before');
  await goTo(pane.page, 'Mô hình, công trình');
  const view = pane.page.locator('main');
  await view.getByRole('button', { name: 'Xóa mô hình 1' }).click();
  await view.getByRole('button', { name: 'Ghi vào tài liệu' }).click();
  const ask = pane.page.getByTestId('guard-remove');
  await ask.waitFor();
  await expect(ask.getByTestId('removed-text').innerText()).resolves.toContain('Câu lạc bộ Toán học vui');
  await shot('05-remove-asked');
  await ask.getByRole('button', { name: 'Huỷ' }).click();
  await ask.waitFor({ state: 'detached' });
});

test('06 the tab closed for good with changes: a new tab offers the working copy back, with the change in it', async () => {
  // The table write test 05 cancelled, now confirmed: a change not downloaded.
  const view = pane.page.locator('main');
  await view.getByRole('button', { name: 'Ghi vào tài liệu' }).click();
  const ask = pane.page.getByTestId('guard-remove');
  await ask.getByRole('button', { name: 'Vẫn xoá' }).click();
  await ask.waitFor({ state: 'detached' });
  await pane.page.getByText('Đã ghi').first().waitFor();
  // Closing asks; accepted, the tab closes.
  const closed = pane.page.waitForEvent('close', { timeout: 15_000 });
  const dialogs = await withDialogs(pane.page, true, async () => {
    const asked = pane.page.waitForEvent('dialog', { timeout: 15_000 });
    await pane.page.close({ runBeforeUnload: true });
    await asked;
    await closed;
  });
  expect(dialogs).toEqual(['beforeunload']);
  expect(pane.page.isClosed()).toBe(true);
  // A new tab of the same browser profile: the working copy saved in IndexedDB is offered with its time.
  const page = await pane.context.newPage();
  pane.page = page;
  await page.clock.setFixedTime(new Date(AT));
  await routeOfficeJs(page, 'package');
  await openPane(page, paneUrl(pane.server));
  const bar = page.getByTestId('recovery-bar');
  await bar.waitFor();
  await expect(bar.innerText()).resolves.toContain('collective-ready.docx');
  await shot('06-offered-after-close');
  await bar.getByRole('button', { name: 'Khôi phục' }).click();
  await until(() => page.getByTestId('file-name').innerText(), (t) => t.includes('collective-ready.docx'));
  await goTo(page, 'Mô hình, công trình');
  await page.locator('main').getByRole('button', { name: 'Ghi vào tài liệu' }).waitFor();
  await expect(page.locator('main').innerText()).resolves.not.toContain('Câu lạc bộ Toán học vui');
});
