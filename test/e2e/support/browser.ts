/**
 * Debian's Chromium (/usr/bin/chromium) driven by playwright-core: headless, no sandbox (containers), nothing
 * fetched in the background, a fresh temporary profile for every launch (Playwright's default). Never downloads a
 * browser: CHROMIUM_PATH may point to another installed Chromium.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(options: { args?: string[] } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH} (install Debian's "chromium" package or set CHROMIUM_PATH).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}

/** Default pane size: a Word task pane is about 350 px wide. */
export const PANE_VIEWPORT = { width: 360, height: 900 } as const;

/** A fresh context sized like a task pane, Vietnamese locale, downloads allowed. */
export function newPaneContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    viewport: PANE_VIEWPORT,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    acceptDownloads: true,
    ...options,
  });
}
