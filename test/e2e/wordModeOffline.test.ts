/**
 * Word mode's first view carries only the WordHost's core (src/word/WordHost.ts): its operations (src/word/operations.ts,
 * chunk "word-ops") and the `word` messages load with the first check, right after the first view. Here the network
 * drops exactly those downloads: the check list must still come up, then say clearly that part of the add-in could not
 * be downloaded and that the document was not changed (never a silent spinner or a blank pane); once the network is
 * back, "Kiểm tra lại" downloads them and the findings come. The stand-in (support/wordStandIn.js, strict) must have
 * been asked nothing while the operations were missing.
 */
import type { BrowserContext, Page, Route } from 'playwright-core';
import {
  DIST,
  launchChromium,
  newPaneContext,
  openPane,
  paneUrl,
  reportStatus,
  routeOfficeJs,
  screenshot,
  startStaticServer,
  type PaneInfo,
  type StaticServer,
} from './support';
import type { Browser } from 'playwright-core';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let info: PaneInfo;
const pageErrors: string[] = [];
const network = { down: true, dropped: [] as string[] };

/** The chunks the first operation downloads: the operations and the word messages (dist/chunk-groups.json names). */
const AFTER_FIRST_VIEW = /\/(word-ops|messages-word-vi|messages-word-en)\.[0-9a-f]+\.js$/;

beforeAll(async () => {
  server = await startStaticServer(DIST);
  browser = await launchChromium();
  context = await newPaneContext(browser);
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    w.__wordStandInProfile = 'api13';
    w.__wordStandInDocument = 'draft';
    w.__wordStandInReadyDelayMs = 0;
  });
  await routeOfficeJs(context, 'word');
  // Registered last, so tried first (Playwright): the rest goes on to the routes above and the server.
  await context.route(AFTER_FIRST_VIEW, (route: Route) => {
    if (!network.down) return route.fallback();
    network.dropped.push(new URL(route.request().url()).pathname);
    return route.abort('internetdisconnected');
  });
  info = await openPane(page, paneUrl(server));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

interface StandIn {
  syncs: number;
  refused: Array<{ api: string; code: string }>;
}
const standIn = () => page.evaluate(() => (window as unknown as { __wordStandIn: StandIn }).__wordStandIn);

test('the check list comes up without the operations, then says clearly that they could not be downloaded', async () => {
  expect(info.mode).toBe('word');
  await page.getByTestId('progress-panel').waitFor();
  const message = page.getByText(/Chưa tải được thành phần cần cho thao tác này/);
  await message.first().waitFor({ timeout: 20_000 });
  await expect(page.getByText(/Tài liệu không bị thay đổi/).first().isVisible()).resolves.toBe(true);
  await expect(reportStatus(page).getAttribute('data-state')).resolves.toBe('failed');
  expect(network.dropped.some((p) => /\/word-ops\./.test(p))).toBe(true);
  // Nothing was asked of Word: the operations never ran.
  expect((await standIn()).syncs).toBe(0);
  expect(pageErrors).toEqual([]);
  await screenshot(page, 'word-mode-offline-operations');
});

test('with the network back, "Kiểm tra lại" downloads them and the findings come', async () => {
  network.down = false;
  await page.getByRole('button', { name: 'Kiểm tra lại' }).click();
  await page.getByText(/Họ tên phải viết bằng chữ in hoa/).first().waitFor({ timeout: 20_000 });
  await expect(page.getByText(/Chưa tải được thành phần/).count()).resolves.toBe(0);
  const s = await standIn();
  expect(s.syncs).toBeGreaterThan(0);
  expect(s.refused).toEqual([]);
  expect(pageErrors).toEqual([]);
});
