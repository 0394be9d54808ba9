/**
 * Start-up outside Word, in real headless Chromium against the production build: whether office.js loads (answered
 * from the @microsoft/office-js package at its CDN address) or is blocked entirely (offline), the pane starts in
 * file mode, never on an error.
 */
import { newPaneContext, openPane, paneUrl, reportStatus, routeOfficeJs, screenshot, useBrowser } from './support';

const env = useBrowser();

describe.each([
  ['package', 'office.js loaded from the package, no Office host'],
  ['blocked', 'office.js blocked entirely (offline)'],
] as const)('task pane start-up with %s', (mode, description) => {
  test(`${description}: file mode with the Start view, the file bar and no error`, async () => {
    const context = await newPaneContext(env.browser);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    try {
      const routing = await routeOfficeJs(page, mode);
      const pane = await openPane(page, paneUrl(env.server));

      expect(pane.mode).toBe('file');
      // How fast the first view shows is measured by `npm run bench -- taskpane`, never asserted here (the
      // machine may be busy with other work).
      if (mode === 'package') {
        expect(routing.served).toContain('office.js');
        expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe('object');
      } else {
        expect(routing.aborted.some((u) => u.endsWith('/office.js'))).toBe(true);
        expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe('undefined');
      }

      await expect(page.getByRole('button', { name: 'Tạo mẫu mới' }).isVisible()).resolves.toBe(true);
      await expect(page.getByRole('button', { name: 'Mở tệp .docx' }).count()).resolves.toBe(2);
      await expect(page.getByRole('button', { name: 'Tải tệp về' }).isDisabled()).resolves.toBe(true);
      await expect(page.getByRole('radio', { name: 'Cá nhân' }).isChecked()).resolves.toBe(true);
      await expect(reportStatus(page).getAttribute('data-state')).resolves.toBe('noDocument');
      await expect(reportStatus(page).innerText()).resolves.toContain('Chưa mở báo cáo nào');
      await expect(page.getByRole('alert').count()).resolves.toBe(0);
      await expect(page.getByRole('navigation').getByRole('button').count()).resolves.toBe(8);
      expect(pageErrors).toEqual([]);
      await screenshot(page, `boot-${mode}`);
    } finally {
      await context.close();
    }
  });
});

test('while the bundles load (a slow development server), the page shows a loading state, not a white page', async () => {
  const context = await newPaneContext(env.browser);
  const page = await context.newPage();
  try {
    await routeOfficeJs(page, 'blocked');
    // Hold every script of the build until the loading state has been seen.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\.js(\?.*)?$/, async (route) => {
      if (!route.request().url().startsWith(env.server.url)) return route.fallback();
      await held;
      await route.fallback();
    });
    await page.goto(paneUrl(env.server), { waitUntil: 'commit' });
    const loading = page.getByTestId('html-loading');
    await loading.waitFor({ state: 'visible' });
    await expect(loading.getAttribute('role')).resolves.toBe('status');
    await expect(loading.innerText()).resolves.toBe('Đang khởi động…');
    await screenshot(page, 'boot-loading-html');
    release();
    // React replaces it with the pane.
    await page.getByRole('button', { name: 'Tạo mẫu mới' }).waitFor();
    await expect(page.getByTestId('html-loading').count()).resolves.toBe(0);
  } finally {
    await context.close();
  }
});
