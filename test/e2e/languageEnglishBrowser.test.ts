/**
 * Language in real Chromium whose locale is English (en-US, common on Vietnamese school computers), no Office: the
 * first view is still Vietnamese; English only once chosen in Settings, and that choice survives a reload.
 */
import { goTo, reportStatus, usePane } from './support';
import { VIEWS_EN, VIEWS_VI } from './support/views';

const pane = usePane({ officeJs: 'package', context: { locale: 'en-US' } });

const navNames = () =>
  pane.page
    .getByRole('navigation')
    .getByRole('button')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));

test('the browser really is English, and the first view is Vietnamese', async () => {
  await expect(pane.page.evaluate(() => navigator.language)).resolves.toBe('en-US');
  await expect(pane.page.evaluate(() => document.documentElement.lang)).resolves.toBe('vi');
  await expect(navNames()).resolves.toEqual(VIEWS_VI);
  await expect(pane.page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Báo cáo thành tích');
  await reportStatus(pane.page).waitFor();
});

test('English once picked in Settings, kept across a reload', async () => {
  await goTo(pane.page, 'Cài đặt');
  await pane.page.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption('en');
  await pane.page.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await pane.page.getByText('Settings saved.').waitFor();
  await expect(navNames()).resolves.toEqual(VIEWS_EN);
  await pane.page.reload({ waitUntil: 'commit' });
  await reportStatus(pane.page, 'Report status').waitFor();
  await expect(pane.page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
  await expect(navNames()).resolves.toEqual(VIEWS_EN);
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
