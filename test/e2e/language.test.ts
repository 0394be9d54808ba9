/**
 * Language in real Chromium (a Vietnamese browser, no Office): Vietnamese by default, English once picked in
 * Settings — every label of the shell and the views changes, the page's lang too — and the choice survives a reload
 * (settings are kept per user).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  DIST,
  goTo,
  launchChromium,
  newPaneContext,
  openPane,
  reportStatus,
  routeOfficeJs,
  screenshot,
  startStaticServer,
  type StaticServer,
} from './support';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startStaticServer(DIST);
  browser = await launchChromium();
  context = await newPaneContext(browser);
  page = await context.newPage();
  await routeOfficeJs(page, 'package');
  await openPane(page, `${server.url}taskpane.html`);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const navNames = () =>
  page
    .getByRole('navigation')
    .getByRole('button')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));

test('Vietnamese by default', async () => {
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('vi');
  await expect(navNames()).resolves.toEqual([
    'Bắt đầu',
    'Kiểm tra',
    'Thông tin',
    'Ảnh 4x6',
    'Hướng dẫn viết',
    'Mô hình, công trình',
    'Gửi báo cáo',
    'Cài đặt',
  ]);
});

test('choosing English in Settings switches every label to English', async () => {
  await goTo(page, 'Cài đặt');
  await page.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption('en');
  await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await page.getByText('Settings saved.').waitFor();
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
  await expect(navNames()).resolves.toEqual([
    'Start',
    'Checklist',
    'Details',
    '4x6 photo',
    'Writing guide',
    'Models and projects',
    'Send the report',
    'Settings',
  ]);
  await expect(reportStatus(page, 'Report status').innerText()).resolves.toContain('No report open');
  await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Achievement report');
  await expect(page.getByRole('button', { name: 'Save settings' }).isVisible()).resolves.toBe(true);
  await screenshot(page, 'en-settings', 'language');

  await goTo(page, 'Start');
  await expect(page.getByRole('radio', { name: 'Individual' }).isChecked()).resolves.toBe(true);
  await page.getByRole('button', { name: 'Create a new template' }).click();
  await reportStatus(page, 'Report status')
    .filter({ hasText: /\d+ errors to fix/ })
    .waitFor();
  await expect(page.getByTestId('findings-error').innerText()).resolves.toMatch(/^Errors to fix \(\d+\)/);
  await screenshot(page, 'en-checklist', 'language');
});

test('the choice is kept after a reload', async () => {
  await page.reload({ waitUntil: 'commit' });
  await reportStatus(page, 'Report status').waitFor();
  await page.getByRole('button', { name: 'Create a new template' }).waitFor();
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
});
