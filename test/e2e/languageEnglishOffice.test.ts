/**
 * Language in Word mode (issue 12 §3), in real Chromium whose locale is English, with Office's display language
 * English (the scripted Word stand-in reports Office.context.displayLanguage = 'en-US', as an English Office on a
 * Vietnamese school computer does): the first view and the checks are Vietnamese; English only once chosen in
 * Settings, and that choice survives a reload of the pane; back to Vietnamese the same way.
 */
import { goTo, reportStatus, usePane } from './support';
import { VIEWS_EN, VIEWS_VI } from './support/views';

const pane = usePane({ officeJs: 'word', officeDisplayLanguage: 'en-US', context: { locale: 'en-US' } });

const navNames = () =>
  pane.page
    .getByRole('navigation')
    .getByRole('button')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));

test('Word and the browser say English; the pane opens in Word mode, in Vietnamese, findings included', async () => {
  expect(pane.info.mode).toBe('word');
  expect(pane.routing.served).toContain('wordStandIn.js');
  await expect(pane.page.evaluate(() => navigator.language)).resolves.toBe('en-US');
  await expect(
    pane.page.evaluate(() => (window as unknown as { Office: { context: { displayLanguage: string } } }).Office.context.displayLanguage),
  ).resolves.toBe('en-US');
  await expect(pane.page.evaluate(() => document.documentElement.lang)).resolves.toBe('vi');
  await expect(navNames()).resolves.toEqual(VIEWS_VI);
  await pane.page.getByText(/Họ tên phải viết bằng chữ in hoa/).first().waitFor();
  await reportStatus(pane.page).waitFor();
  expect(pane.pageErrors).toEqual([]);
});

test('English once picked in Settings, kept across a reload of the pane in Word', async () => {
  await goTo(pane.page, 'Cài đặt');
  await pane.page.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption('en');
  await pane.page.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await pane.page.getByText('Settings saved.').waitFor();
  await expect(navNames()).resolves.toEqual(VIEWS_EN);
  await pane.page.reload({ waitUntil: 'commit' });
  await reportStatus(pane.page, 'Report status').waitFor();
  await expect(pane.page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
  await expect(navNames()).resolves.toEqual(VIEWS_EN);
  await goTo(pane.page, 'Checklist');
  await pane.page.getByText(/Write the full name in capital letters/).first().waitFor();
});

test('back to Vietnamese in Settings, also kept', async () => {
  await goTo(pane.page, 'Settings');
  await pane.page.getByRole('combobox', { name: 'Language' }).selectOption('vi');
  await pane.page.getByRole('button', { name: 'Save settings' }).click();
  await pane.page.getByText('Đã lưu cài đặt.').waitFor();
  await pane.page.reload({ waitUntil: 'commit' });
  await reportStatus(pane.page).waitFor();
  await expect(navNames()).resolves.toEqual(VIEWS_VI);
});
