/**
 * Driving the task pane in a page: open it and wait for the first usable view, read the live status, switch views,
 * take step screenshots into test-output/. Selectors are the pane's accessible roles and names.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ROOT } from './build';

export const OUTPUT_DIR = path.join(ROOT, 'test-output');

export interface PaneInfo {
  /** data-mode of the shell: 'file' or 'word'. */
  mode: string;
  /** Milliseconds from navigation start until the first view's content was visible. */
  firstViewMs: number;
}

/** The shell, once rendered (the boot spinner is gone). */
export function shell(page: Page): Locator {
  return page.getByTestId('shell');
}

/**
 * The current view's content: the first element of <main> after its heading, once it is not a loading spinner (the
 * shell's is src/taskpane/ui/PaneSpinner.tsx, `.bctt-spinner`; views may show Fluent's). `npm run bench -- taskpane`
 * marks the first view with the same selector.
 */
export const VIEW_CONTENT_SELECTOR = '[data-testid="shell"] main > h2 + :not(.fui-Spinner):not(.bctt-spinner)';

export function viewContent(page: Page): Locator {
  return page.locator(VIEW_CONTENT_SELECTOR);
}

/**
 * Opens the pane at `url` and waits until its first view is usable (rendered, not a loading spinner).
 * Fails with the page's errors when the pane shows none in `timeoutMs`.
 */
export async function openPane(page: Page, url: string, { timeoutMs = 15_000 } = {}): Promise<PaneInfo> {
  const errors: string[] = [];
  const onError = (e: Error) => errors.push(e.message);
  page.on('pageerror', onError);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await viewContent(page).first().waitFor({ state: 'visible', timeout: timeoutMs });
  } catch (e) {
    throw new Error(
      `The task pane did not show a view within ${timeoutMs} ms${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}: ${String(e)}`,
    );
  } finally {
    page.off('pageerror', onError);
  }
  const firstViewMs = await page.evaluate(() => performance.now());
  const mode = (await shell(page).getAttribute('data-mode')) ?? '';
  return { mode, firstViewMs };
}

/** The live ready/not-ready line of the header. `name` is its accessible name (Vietnamese by default). */
export function reportStatus(page: Page, name: string | RegExp = 'Trạng thái báo cáo'): Locator {
  return page.getByRole('status', { name });
}

/** Clicks the navigation button named `name` and waits for that view's content. */
export async function goTo(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
  await page.locator('[data-testid="shell"] main > h2', { hasText: name }).waitFor();
  await viewContent(page).first().waitFor();
}

/** Screenshot of the whole pane into test-output/<name>.png (folder created on demand). */
export async function screenshot(page: Page, name: string, folder = ''): Promise<string> {
  const dir = path.join(OUTPUT_DIR, folder);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Width of the document's scrollable area, and the elements sticking out past `width` (for reports). */
export async function horizontalOverflow(
  page: Page,
  width: number,
): Promise<{ scrollWidth: number; offenders: string[] }> {
  return page.evaluate((limit) => {
    const offenders: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > limit + 0.5) {
        const h = el as HTMLElement;
        offenders.push(
          `${h.tagName.toLowerCase()}${h.dataset.testid ? `[data-testid=${h.dataset.testid}]` : ''}.${String(h.className).slice(0, 40)} right=${Math.round(r.right)} "${(h.textContent ?? '').slice(0, 40)}"`,
        );
      }
      if (offenders.length >= 10) break;
    }
    return { scrollWidth: document.documentElement.scrollWidth, offenders };
  }, width);
}
