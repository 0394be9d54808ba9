/**
 * The set-up every end-to-end test file shares, as Jest hooks: a static server on dist/ and one Chromium for the
 * file (`useBrowser`), and, for files whose tests walk through one pane together, a pane context with the task pane
 * opened in it (`usePane`). The hooks are registered where these are called (top level of a test file); the returned
 * object is filled in by `beforeAll` and closed by `afterAll`, so read its fields inside hooks and tests only.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium, newPaneContext } from './browser';
import { DIST } from './build';
import { routeOfficeJs, type OfficeJsMode, type OfficeJsRouting } from './officeJs';
import { openPane, type PaneInfo } from './pane';
import { startStaticServer, type StaticServer } from './server';

export interface BrowserFixture {
  server: StaticServer;
  browser: Browser;
}

/** The task pane's address on the static server. */
export function paneUrl(server: StaticServer): string {
  return `${server.url}taskpane.html`;
}

/** Serves dist/ and launches Chromium before the file's tests; closes both after them. */
export function useBrowser(): BrowserFixture {
  const fixture = {} as BrowserFixture;
  beforeAll(() => startBrowser(fixture));
  afterAll(() => closeBrowser(fixture));
  return fixture;
}

async function startBrowser(fixture: BrowserFixture): Promise<void> {
  fixture.server = await startStaticServer(DIST);
  fixture.browser = await launchChromium();
}

async function closeBrowser(fixture: Partial<BrowserFixture>): Promise<void> {
  await fixture.browser?.close();
  await fixture.server?.close();
}

export interface UsePaneOptions {
  /** How office.js is answered (see routeOfficeJs). */
  officeJs: OfficeJsMode;
  /** Overrides of the pane context (e.g. a narrower viewport). */
  context?: BrowserContextOptions;
  /** Fixes the browser's clock to this instant before the pane opens. */
  fixedTime?: Date;
  /** With officeJs 'word': the stand-in's platform profile, the document it holds, and settings stored before start. */
  wordStandIn?: WordStandInOptions;
  /** Office's display language as the Word stand-in reports it (officeJs 'word'; default 'vi-VN'). */
  officeDisplayLanguage?: string;
}

export interface WordStandInOptions {
  /** 'api13': Word on Windows at WordApi 1.3 (default); 'web': Word on the web (WordApi 1.9, no desktop sets). */
  profile?: 'api13' | 'web';
  /** 'draft' (default: name not in capitals), 'ready' (sendable), 'empty' (the empty template), 'blank' (no report). */
  document?: 'draft' | 'ready' | 'empty' | 'blank';
  /** The pane's settings (localStorage bctt.settings.v1), as a person would have saved them. */
  settings?: Record<string, unknown>;
  /** Office.onReady answers only after this long (a slow Word start). */
  readyDelayMs?: number;
}

export interface PaneFixture extends BrowserFixture {
  context: BrowserContext;
  page: Page;
  /** The opened pane's mode and time to first view. */
  info: PaneInfo;
  routing: OfficeJsRouting;
  /** Uncaught errors of the page since before it opened the pane, in order. */
  pageErrors: string[];
}

/** `useBrowser`, plus one pane context whose page has the task pane open (first view usable) before the tests. */
export function usePane(options: UsePaneOptions): PaneFixture {
  const fixture = { pageErrors: [] as string[] } as PaneFixture;
  beforeAll(async () => {
    await startBrowser(fixture);
    fixture.context = await newPaneContext(fixture.browser, options.context);
    fixture.page = await fixture.context.newPage();
    fixture.page.on('pageerror', (e) => fixture.pageErrors.push(e.message));
    if (options.fixedTime) await fixture.page.clock.setFixedTime(options.fixedTime);
    if (options.officeDisplayLanguage) {
      // Before every load of the page (reloads too), ahead of the stand-in's script.
      await fixture.page.addInitScript((lang) => {
        (window as unknown as { __wordStandInDisplayLanguage: string }).__wordStandInDisplayLanguage = lang;
      }, options.officeDisplayLanguage);
    }
    if (options.wordStandIn) {
      await fixture.page.addInitScript((o: WordStandInOptions) => {
        const w = window as unknown as Record<string, unknown>;
        w.__wordStandInProfile = o.profile ?? 'api13';
        w.__wordStandInDocument = o.document ?? 'draft';
        w.__wordStandInReadyDelayMs = o.readyDelayMs ?? 0;
        if (o.settings && window.parent === window && !localStorage.getItem('bctt.settings.v1')) {
          localStorage.setItem('bctt.settings.v1', JSON.stringify(o.settings));
        }
      }, options.wordStandIn);
    }
    // The Word stand-in opens dialogs as windows of this context: route the whole context for it.
    fixture.routing = await routeOfficeJs(options.officeJs === 'word' ? fixture.context : fixture.page, options.officeJs);
    fixture.info = await openPane(fixture.page, paneUrl(fixture.server));
  });
  afterAll(async () => {
    await fixture.context?.close();
    await closeBrowser(fixture);
  });
  return fixture;
}
