/**
 * Language in real Chromium (a Vietnamese browser, no Office): Vietnamese by default, English once picked in
 * Settings — every label of the shell and the views changes, the page's lang too — and the choice survives a reload
 * (settings are kept per user).
 */
import { goTo, reportStatus, screenshot, usePane } from './support';
import { VIEWS_EN, VIEWS_VI } from './support/views';

const pane = usePane({ officeJs: 'package' });

const navNames = () =>
  pane.page
    .getByRole('navigation')
    .getByRole('button')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));

test('Vietnamese by default', async () => {
  await expect(pane.page.evaluate(() => document.documentElement.lang)).resolves.toBe('vi');
  await expect(navNames()).resolves.toEqual(VIEWS_VI);
});

test('choosing English in Settings switches every label to English', async () => {
  await goTo(pane.page, 'Cài đặt');
  await pane.page.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption('en');
  await pane.page.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await pane.page.getByText('Settings saved.').waitFor();
  await expect(pane.page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
  await expect(navNames()).resolves.toEqual(VIEWS_EN);
  await expect(reportStatus(pane.page, 'Report status').innerText()).resolves.toContain('No report open');
  await expect(pane.page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Achievement report');
  await expect(pane.page.getByRole('button', { name: 'Save settings' }).isVisible()).resolves.toBe(true);
  await screenshot(pane.page, 'en-settings', 'language');

  await goTo(pane.page, 'Start');
  await expect(pane.page.getByRole('radio', { name: 'Individual' }).isChecked()).resolves.toBe(true);
  await pane.page.getByRole('button', { name: 'Create a new template' }).click();
  await reportStatus(pane.page, 'Report status')
    .filter({ hasText: /\d+ errors to fix/ })
    .waitFor();
  await expect(pane.page.getByTestId('findings-error').innerText()).resolves.toMatch(/^Errors to fix \(\d+\)/);
  await screenshot(pane.page, 'en-checklist', 'language');
});

test('the choice is kept after a reload', async () => {
  await pane.page.reload({ waitUntil: 'commit' });
  await reportStatus(pane.page, 'Report status').waitFor();
  await pane.page.getByRole('button', { name: 'Create a new template' }).waitFor();
  await expect(pane.page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
});
