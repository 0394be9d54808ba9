/**
 * Fluent's themes in real headless Chromium against the production build. The light theme is a stylesheet inlined
 * in taskpane.html (scripts/fluent-light-theme.cjs, made from webLightTheme at build time): the first view and the
 * portals mounted under <body> (a dialog here) read exactly webLightTheme's values, and no provider declares them.
 * The dark theme (Office dark, or a browser that prefers dark) is the lazy "theme-dark" chunk given to the provider:
 * its values win over the stylesheet's on the pane and in its dialogs, and switching back gives the light ones.
 */
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { goTo, newPaneContext, openPane, paneUrl, routeOfficeJs, screenshot, shell, useBrowser } from './support';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lightThemeCss, STYLE_ID } = require('../../scripts/fluent-light-theme.cjs') as {
  lightThemeCss: () => string;
  STYLE_ID: string;
};

const env = useBrowser();

/** The computed value of the CSS variable `--name` on `element`. */
function cssVar(element: Locator, name: string): Promise<string> {
  return element.evaluate((el, n) => getComputedStyle(el).getPropertyValue(`--${n}`).trim(), name);
}

/** Opens the pane in a fresh context (Word stand-in when `word` is given, else file mode with office.js blocked). */
async function open(
  options: { context?: BrowserContextOptions; word?: { dark: boolean } } = {},
): Promise<{ page: Page; errors: string[]; requests: () => string[]; close: () => Promise<void> }> {
  const context = await newPaneContext(env.browser, options.context);
  const page = await context.newPage();
  const errors: string[] = [];
  const start = env.server.requests.length;
  page.on('pageerror', (e) => errors.push(e.message));
  if (options.word) {
    await page.addInitScript((dark) => {
      const w = window as unknown as Record<string, unknown>;
      w.__wordStandInProfile = 'api13';
      w.__wordStandInDocument = 'draft';
      w.__wordStandInOfficeTheme = dark
        ? { isDarkTheme: true, bodyBackgroundColor: '#262626' }
        : { isDarkTheme: false, bodyBackgroundColor: '#ffffff' };
    }, options.word.dark);
  }
  await routeOfficeJs(options.word ? context : page, options.word ? 'word' : 'blocked');
  await openPane(page, paneUrl(env.server));
  return { page, errors, requests: () => env.server.requests.slice(start), close: () => context.close() };
}

/** Start view, "insert the template here" over the draft: Fluent's alert dialog asks first (a portal under <body>). */
async function openOverwriteDialog(page: Page): Promise<Locator> {
  await goTo(page, 'Bắt đầu');
  await page.getByRole('button', { name: 'Chèn mẫu vào tài liệu này' }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor();
  return dialog;
}

/** Waits until the shell's brand colour variable is `value` (the theme follows a change of the browser's scheme). */
async function shellBrandBecomes(page: Page, value: string): Promise<void> {
  await page.waitForFunction(
    (v) => {
      const el = document.querySelector('[data-testid="shell"]');
      return el !== null && getComputedStyle(el).getPropertyValue('--colorBrandBackground').trim() === v;
    },
    value,
    { timeout: 15_000 },
  );
}

const LIGHT_BRAND = webLightTheme.colorBrandBackground;
const DARK_BRAND = webDarkTheme.colorBrandBackground;

test('the themes differ where it is checked (else the checks below could not fail)', () => {
  expect(LIGHT_BRAND).not.toBe(DARK_BRAND);
  expect(webLightTheme.colorNeutralBackground1).not.toBe(webDarkTheme.colorNeutralBackground1);
});

test('file mode, light browser: every variable is webLightTheme’s, from the page’s stylesheet, none from a provider or the dark chunk', async () => {
  const pane = await open({ context: { colorScheme: 'light' } });
  try {
    const { page } = pane;
    // The build's stylesheet is the one the current Fluent makes.
    await expect(page.locator(`style#${STYLE_ID}`).textContent()).resolves.toBe(lightThemeCss());
    // Every token, as Chromium computes it on the root and on the first view's content.
    const expected = Object.fromEntries(Object.entries(webLightTheme).map(([name, value]) => [name, String(value)]));
    const computed = (selector: string) =>
      page.evaluate(
        ({ names, sel }) =>
          Object.fromEntries(
            names.map((n) => [n, getComputedStyle(document.querySelector(sel)!).getPropertyValue(`--${n}`).trim()]),
          ),
        { names: Object.keys(expected), sel: selector },
      );
    await expect(computed(':root')).resolves.toEqual(expected);
    await expect(computed('[data-testid="shell"] main')).resolves.toEqual(expected);
    await expect(cssVar(shell(page), 'colorBrandBackground')).resolves.toBe(LIGHT_BRAND);
    // The variables paint: the primary button is Fluent's brand blue (#0f6cbd).
    await expect(
      page.getByRole('button', { name: 'Tạo mẫu mới' }).evaluate((el) => getComputedStyle(el).backgroundColor),
    ).resolves.toBe('rgb(15, 108, 189)');
    // The providers' own theme rules declare nothing: the light values come from the page alone.
    const providerRules = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLStyleElement>('style[id^="fui-FluentProvider"]'), (s) =>
        Array.from(s.sheet?.cssRules ?? [], (r) => r.cssText).join(' '),
      ),
    );
    expect(providerRules.length).toBeGreaterThan(0);
    expect(providerRules.filter((rule) => rule.includes('--'))).toEqual([]);
    expect(pane.requests().filter((p) => p.includes('theme-dark'))).toEqual([]);
    expect(pane.errors).toEqual([]);
    await screenshot(page, 'theme-light-file');
  } finally {
    await pane.close();
  }
});

test('Word, Office light: a dialog (a portal under <body>) gets the light values too', async () => {
  const pane = await open({ word: { dark: false } });
  try {
    const { page } = pane;
    await expect(shell(page).getAttribute('data-mode')).resolves.toBe('word');
    const dialog = await openOverwriteDialog(page);
    const portal = dialog.locator('xpath=ancestor::*[@data-portal-node][1]');
    await expect(cssVar(portal, 'colorBrandBackground')).resolves.toBe(LIGHT_BRAND);
    await expect(cssVar(dialog, 'colorBrandBackground')).resolves.toBe(LIGHT_BRAND);
    await expect(cssVar(dialog, 'colorNeutralBackground1')).resolves.toBe(webLightTheme.colorNeutralBackground1);
    await expect(dialog.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe('rgb(255, 255, 255)');
    await screenshot(page, 'theme-light-dialog');
    await dialog.getByRole('button', { name: 'Huỷ' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(pane.errors).toEqual([]);
  } finally {
    await pane.close();
  }
}, 60_000);

test('Word, Office dark: the pane and its dialog get webDarkTheme’s values over the page’s light stylesheet', async () => {
  const pane = await open({ word: { dark: true } });
  try {
    const { page } = pane;
    await expect(page.locator('[data-theme]').first().getAttribute('data-theme')).resolves.toBe('dark');
    expect(pane.requests().some((p) => p.includes('theme-dark'))).toBe(true);
    // :root keeps the stylesheet's light values; the provider declares the dark ones on its element, which wins.
    await expect(cssVar(page.locator('html'), 'colorBrandBackground')).resolves.toBe(LIGHT_BRAND);
    await expect(cssVar(shell(page), 'colorBrandBackground')).resolves.toBe(DARK_BRAND);
    await expect(cssVar(shell(page), 'colorNeutralBackground1')).resolves.toBe(webDarkTheme.colorNeutralBackground1);
    const dialog = await openOverwriteDialog(page);
    const portal = dialog.locator('xpath=ancestor::*[@data-portal-node][1]');
    await expect(cssVar(portal, 'colorBrandBackground')).resolves.toBe(DARK_BRAND);
    await expect(cssVar(dialog, 'colorNeutralBackground1')).resolves.toBe(webDarkTheme.colorNeutralBackground1);
    await expect(dialog.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.not.toBe('rgb(255, 255, 255)');
    await screenshot(page, 'theme-dark-dialog');
    await dialog.getByRole('button', { name: 'Huỷ' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(pane.errors).toEqual([]);
  } finally {
    await pane.close();
  }
}, 60_000);

test('file mode, browser prefers dark: dark values; the browser turning light gives the stylesheet’s values back, and dark again', async () => {
  const pane = await open({ context: { colorScheme: 'dark' } });
  try {
    const { page } = pane;
    await expect(cssVar(shell(page), 'colorBrandBackground')).resolves.toBe(DARK_BRAND);
    await screenshot(page, 'theme-dark-file');
    await page.emulateMedia({ colorScheme: 'light' });
    await shellBrandBecomes(page, LIGHT_BRAND);
    await expect(cssVar(shell(page), 'colorNeutralBackground1')).resolves.toBe(webLightTheme.colorNeutralBackground1);
    await page.emulateMedia({ colorScheme: 'dark' });
    await shellBrandBecomes(page, DARK_BRAND);
    expect(pane.errors).toEqual([]);
  } finally {
    await pane.close();
  }
}, 60_000);
