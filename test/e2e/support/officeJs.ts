/**
 * office.js without the network: the CDN address the production build references
 * (https://appsforoffice.microsoft.com/lib/1/hosted/office.js) is answered from the @microsoft/office-js package,
 * and so is everything office.js loads from there next (locale strings, telemetry, host scripts).
 * Mode 'blocked' aborts every request to the CDN, as when the network or a firewall blocks it.
 * In both modes every other request that does not go to 127.0.0.1/localhost is aborted and recorded: tests run offline.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { contentType } from './server';

export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
export const OFFICE_JS_DIST = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');

/** 'word': office.js is answered with the scripted Office/Word stand-in (./wordStandIn.js): the pane runs in Word mode. */
export type OfficeJsMode = 'package' | 'blocked' | 'word';
export const WORD_STAND_IN = path.join(__dirname, 'wordStandIn.js');

export interface OfficeJsRouting {
  /** CDN paths answered from the package (relative to lib/1/hosted/), in order. */
  served: string[];
  /** CDN paths answered 404 because the package has no such file. */
  missing: string[];
  /** Requests aborted: the CDN in 'blocked' mode, and any other address off this machine. */
  aborted: string[];
}

function isLocal(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:') return true;
    return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
  } catch {
    return false;
  }
}

/**
 * Installs the routes on `page`, or on a whole browser context (so the pages it opens, such as the Word stand-in's
 * dialog windows, are answered the same way); call before navigating.
 */
export async function routeOfficeJs(page: Pick<Page | BrowserContext, 'route'>, mode: OfficeJsMode): Promise<OfficeJsRouting> {
  const routing: OfficeJsRouting = { served: [], missing: [], aborted: [] };
  // Registered first, so the CDN route below takes precedence for its addresses (Playwright tries the newest first).
  await page.route(
    (url) => !isLocal(url.href),
    (route: Route) => {
      routing.aborted.push(route.request().url());
      return route.abort('internetdisconnected');
    },
  );
  await page.route(`${OFFICE_JS_CDN}**`, async (route: Route) => {
    const url = new URL(route.request().url());
    const relative = decodeURIComponent(url.pathname.slice(new URL(OFFICE_JS_CDN).pathname.length));
    if (mode === 'blocked') {
      routing.aborted.push(url.href);
      return route.abort('internetdisconnected');
    }
    if (mode === 'word' && relative === 'office.js') {
      routing.served.push('wordStandIn.js');
      return route.fulfill({ status: 200, body: await fs.readFile(WORD_STAND_IN), headers: { 'Content-Type': 'text/javascript' } });
    }
    const file = path.resolve(OFFICE_JS_DIST, relative);
    if (!file.startsWith(OFFICE_JS_DIST + path.sep)) return route.fulfill({ status: 403, body: '' });
    try {
      const body = await fs.readFile(file);
      routing.served.push(relative);
      return route.fulfill({
        status: 200,
        body,
        headers: { 'Content-Type': contentType(file), 'Access-Control-Allow-Origin': '*' },
      });
    } catch {
      routing.missing.push(relative);
      return route.fulfill({ status: 404, body: 'Not found', headers: { 'Content-Type': 'text/plain' } });
    }
  });
  return routing;
}
