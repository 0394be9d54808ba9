/**
 * Benchmark of the task pane's start-up (the first view's download and time to first paint): `npm run bench -- taskpane`.
 *
 * Builds dist/ in production mode when it is missing or older than the sources (E2E_SKIP_BUILD=1 uses it as is), then:
 *   (a) initial JavaScript: the scripts taskpane.html references (office.js from Microsoft's CDN listed apart);
 *   (b) JavaScript fetched until the first usable view (file mode, Start view) is visible, recorded in headless
 *       Chromium from the page's resource timings, with the chunk each file is and the packages it mostly holds;
 *   (d) the same as (b) in Word mode (the check list), office.js replaced by the scripted Word stand-in of the
 *       Chromium tests (test/e2e/support/wordStandIn.js, not counted), plus what arrives until its findings show;
 *   (b) and (d) also list the stylesheets fetched by then: Griffel's rules (Fluent's components and our makeStyles) are
 *       extracted at build time into CSS (webpack.config.js), so the first view's styles are counted beside its
 *       JavaScript (the budget is for JavaScript; the CSS is shown so that moving bytes from one to the other is visible);
 *   (c) time to first render, navigation start -> first view visible (and the boot spinner's first contentful
 *       paint), median of RUNS cold loads in fresh contexts, with office.js served from the package and blocked.
 * Sizes: raw bytes and gzip (zlib level 9, as bundle analysers report), KB = 1,024 bytes. Compared with the 167.5 KB
 * of gzip JavaScript Microsoft's React task-pane template ships (DESIGN.md §7) and the 100 KB target.
 *
 * BENCH_RUNS=N changes the number of timed loads per mode (default 7).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import {
  DIST,
  OFFICE_JS_CDN,
  OFFICE_JS_DIST,
  ensureBuilt,
  launchChromium,
  newPaneContext,
  routeOfficeJs,
  startStaticServer,
  type OfficeJsMode,
} from '../test/e2e/support';
import { WORD_STAND_IN } from '../test/e2e/support/officeJs';
import { VIEW_CONTENT_SELECTOR } from '../test/e2e/support/pane';

const TEMPLATE_KB = 167.5;
const TARGET_KB = 100;
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 7);
/** The first view's content: <main>'s element after the view heading, once it is not a loading spinner (the tests' selector). */
const FIRST_VIEW = VIEW_CONTENT_SELECTOR;
/** A finding the Word stand-in's report yields (its name is not in capitals): Word mode's check list has settled. */
const WORD_FINDING = /Họ tên phải viết bằng chữ in hoa/;

interface JsFile {
  url: string;
  /** File name in dist/, or the CDN path for office.js files. */
  name: string;
  raw: number;
  gzip: number;
  fromCdn: boolean;
}

const kb = (bytes: number) => bytes / 1024;
const fmt = (bytes: number) => `${kb(bytes).toFixed(1)} KB`;

function sizes(bytes: Buffer): { raw: number; gzip: number } {
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** A dist/ file or an office.js package file, by URL. */
function fileOf(url: string, officeJs: OfficeJsMode = 'package'): JsFile {
  if (officeJs === 'word' && url === `${OFFICE_JS_CDN}office.js`)
    return { url, name: 'office.js (Word stand-in)', ...sizes(readFileSync(WORD_STAND_IN)), fromCdn: true };
  if (url.startsWith(OFFICE_JS_CDN)) {
    const rel = new URL(url).pathname.slice(new URL(OFFICE_JS_CDN).pathname.length);
    return {
      url,
      name: `office.js CDN: ${rel}`,
      ...sizes(readFileSync(path.join(OFFICE_JS_DIST, rel))),
      fromCdn: true,
    };
  }
  const rel = decodeURIComponent(new URL(url).pathname).replace(/^\//, '');
  return { url, name: rel, ...sizes(readFileSync(path.join(DIST, rel))), fromCdn: false };
}

/** What a chunk is: its webpack name, and for split vendor chunks the packages holding most of its source. */
function describeChunk(name: string): string {
  if (name.endsWith('.css'))
    return `${path.basename(name).replace(/\.[0-9a-f]{8}\.css$/, '')} (stylesheet: Griffel rules of Fluent's components and our makeStyles, extracted at build time)`;
  const base = path.basename(name).replace(/\.[0-9a-f]{8}\.js$/, '');
  const labels: Record<string, string> = {
    taskpane: 'entry: React root, boot spinner, mode detection',
    react: 'react + react-dom + scheduler',
    fluent: 'Fluent UI needed by the first paint',
    app: 'shell, providers, live checks, messages',
  };
  const label = labels[base] ?? (base.startsWith('view-') ? 'lazy view' : 'split chunk');
  try {
    const code = readFileSync(path.join(DIST, name), 'utf8');
    const map = JSON.parse(readFileSync(path.join(DIST, `${name}.map`), 'utf8')) as SourceMap;
    const byPackage = new Map<string, number>();
    for (const [source, chars] of attributeBytes(code, map)) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
      const key = m
        ? m[1]
        : source
            .replace(/^webpack:\/\/[^/]*\//, '')
            .replace(/^\.\//, '')
            .split('/')
            .slice(0, 3)
            .join('/');
      byPackage.set(key, (byPackage.get(key) ?? 0) + chars);
    }
    const sum = [...byPackage.values()].reduce((a, b) => a + b, 0) || 1;
    const top = [...byPackage.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4);
    return `${base} (${label}: ${top.map(([k, v]) => `${k} ${Math.round((v / sum) * 100)} %`).join(', ')}${byPackage.size > 4 ? ', …' : ''})`;
  } catch {
    return `${base} (${label})`;
  }
}

interface SourceMap {
  sources: string[];
  mappings: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one source-map segment (base64 VLQ) into its fields. */
function decodeSegment(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = BASE64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** Characters of minified code attributed to each original source, from the source map's segments. */
function attributeBytes(code: string, map: SourceMap): Map<string, number> {
  const lines = code.split('\n');
  const result = new Map<string, number>();
  let source = 0;
  map.mappings.split(';').forEach((line, index) => {
    let column = 0;
    const segments = line ? line.split(',').map(decodeSegment) : [];
    segments.forEach((seg, i) => {
      column += seg[0];
      if (seg.length >= 4) source += seg[1];
      const next = i + 1 < segments.length ? column + segments[i + 1][0] : (lines[index]?.length ?? column);
      if (seg.length >= 4)
        result.set(map.sources[source], (result.get(map.sources[source]) ?? 0) + Math.max(0, next - column));
    });
  });
  return result;
}

/** The stylesheets taskpane.html links in its <head>. */
function initialStylesheets(): JsFile[] {
  const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  const hrefs = [...html.matchAll(/<link\b[^>]*?\bhref=(?:"([^"]+)"|'([^']+)'|([^\s>]+))[^>]*>/g)]
    .filter((m) => /\brel=(?:"stylesheet"|'stylesheet'|stylesheet\b)/.test(m[0]))
    .map((m) => m[1] ?? m[2] ?? m[3]);
  return hrefs.map((href) => fileOf(new URL(href, 'http://127.0.0.1/').href));
}

function initialScripts(): JsFile[] {
  const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  // The production HTML is minified: attribute values may be unquoted.
  const srcs = [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
  if (srcs.length === 0) throw new Error('No <script src> found in dist/taskpane.html');
  return srcs.map((src) => fileOf(new URL(src, 'http://127.0.0.1/').href));
}

function total(files: JsFile[]): { raw: number; gzip: number } {
  return files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
}

function verdict(gzip: number): string {
  const ratio = kb(gzip) / TEMPLATE_KB;
  const ok = kb(gzip) < TARGET_KB;
  return `${fmt(gzip)} gzip = ${(ratio * 100).toFixed(1)} % of the template's ${TEMPLATE_KB} KB (ratio ${ratio.toFixed(2)}); target < ${TARGET_KB} KB: ${ok ? 'MET' : 'MISSED'}${ok ? ` (${(TARGET_KB - kb(gzip)).toFixed(1)} KB to spare)` : ` (${(kb(gzip) - TARGET_KB).toFixed(1)} KB over)`}`;
}

function printFiles(files: JsFile[]): void {
  for (const f of files) {
    const what = f.name.includes('stand-in')
      ? '(not counted; test double standing in for office.js)'
      : f.fromCdn
        ? '(not ours; Microsoft CDN, shared by every add-in)'
        : describeChunk(f.name);
    console.log(`    ${f.name.padEnd(34)} ${fmt(f.raw).padStart(10)} raw ${fmt(f.gzip).padStart(9)} gzip  ${what}`);
  }
}

/** Marks the first moment the first view is in the DOM (a MutationObserver installed before any script runs). */
const MARK_FIRST_VIEW = `(() => {
  const selector = ${JSON.stringify(FIRST_VIEW)};
  const check = () => {
    if (window.__firstViewAt === undefined && document.querySelector(selector)) {
      window.__firstViewAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
})();`;

interface Load {
  firstViewMs: number;
  fcpMs: number | null;
  js: JsFile[];
  /** Stylesheets fetched until the first view (extracted Griffel CSS). */
  css: JsFile[];
  /** Scripts fetched after the first view until `settled` showed (Word mode's findings); empty otherwise. */
  later: JsFile[];
  /** Stylesheets fetched in that time. */
  laterCss: JsFile[];
}

async function load(browser: Browser, url: string, mode: OfficeJsMode, settled?: RegExp): Promise<Load> {
  const context = await newPaneContext(browser);
  const page: Page = await context.newPage();
  try {
    await routeOfficeJs(page, mode);
    await page.addInitScript(MARK_FIRST_VIEW);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as { __firstViewAt?: number }).__firstViewAt !== undefined, undefined, {
      timeout: 20_000,
    });
    const mode_ = await page.getByTestId('shell').getAttribute('data-mode');
    const expected = mode === 'word' ? 'word' : 'file';
    if (mode_ !== expected) throw new Error(`expected ${expected} mode, got ${mode_}`);
    // The view is in the DOM; wait one frame so it has been painted.
    const measured = await page.evaluate(
      () =>
        new Promise<{
          firstView: number;
          fcp: number | null;
          scripts: { url: string; end: number }[];
          styles: { url: string; end: number }[];
        }>((resolve) =>
          requestAnimationFrame(() =>
            resolve({
              firstView: (window as { __firstViewAt?: number }).__firstViewAt!,
              fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
              scripts: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
                .filter((e) => /\.js(\?|$)/.test(new URL(e.name).pathname) && e.responseEnd > 0)
                .map((e) => ({ url: e.name, end: e.responseEnd })),
              styles: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
                .filter((e) => /\.css(\?|$)/.test(new URL(e.name).pathname) && e.responseEnd > 0)
                .map((e) => ({ url: e.name, end: e.responseEnd })),
            }),
          ),
        ),
    );
    const js = measured.scripts.filter((s) => s.end <= measured.firstView).map((s) => fileOf(s.url, mode));
    const css = measured.styles.filter((s) => s.end <= measured.firstView).map((s) => fileOf(s.url, mode));
    let later: JsFile[] = [];
    let laterCss: JsFile[] = [];
    if (settled) {
      // Word mode: the check list's findings read from the document (the stand-in's report has one), then every
      // script fetched so far; those not in `js` arrived after the first view.
      await page.getByText(settled).first().waitFor({ timeout: 20_000 });
      const all = await page.evaluate(() =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((e) => /\.(?:js|css)(\?|$)/.test(new URL(e.name).pathname) && e.responseEnd > 0)
          .map((e) => e.name),
      );
      const early = new Set([...js, ...css].map((f) => f.url));
      const arrived = all.filter((u) => !early.has(u));
      later = arrived.filter((u) => !/\.css(\?|$)/.test(new URL(u).pathname)).map((u) => fileOf(u, mode));
      laterCss = arrived.filter((u) => /\.css(\?|$)/.test(new URL(u).pathname)).map((u) => fileOf(u, mode));
    }
    return { firstViewMs: measured.firstView, fcpMs: measured.fcp, js, css, later, laterCss };
  } finally {
    await context.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export default async function taskpaneBench(): Promise<void> {
  const built = await ensureBuilt((line) => console.log(line));
  console.log(
    `Production build in dist/ (${built.web === 'built' ? 'rebuilt now' : built.web === 'skipped' ? 'used as is (E2E_SKIP_BUILD=1)' : 'up to date'}).`,
  );
  console.log('Sizes: gzip level 9, KB = 1,024 bytes.\n');

  // (a)
  const initial = initialScripts();
  const ours = initial.filter((f) => !f.fromCdn);
  const a = total(ours);
  console.log('(a) Initial JavaScript: scripts referenced by taskpane.html');
  printFiles(initial);
  console.log(`    total (ours, office.js excluded): ${fmt(a.raw)} raw, ${verdict(a.gzip)}`);
  const sheets = initialStylesheets();
  const aCss = total(sheets);
  console.log('    stylesheets linked by taskpane.html (not JavaScript; outside the budget, shown beside it):');
  printFiles(sheets);
  console.log(`    CSS total: ${fmt(aCss.raw)} raw, ${fmt(aCss.gzip)} gzip`);
  // The page itself carries the light theme's variables and the shell's static rules inline (webpack.config.js).
  const page = sizes(readFileSync(path.join(DIST, 'taskpane.html')));
  console.log(`    taskpane.html itself (inline theme variables and shell rules): ${fmt(page.raw)} raw, ${fmt(page.gzip)} gzip\n`);

  const server = await startStaticServer(DIST);
  const browser = await launchChromium();
  try {
    const url = `${server.url}taskpane.html`;
    // Warm-up (Chromium's own start-up, first compile of V8's caches for our server): not counted.
    await load(browser, url, 'blocked');

    // (b)
    const probe = await load(browser, url, 'package');
    const fetchedOurs = probe.js.filter((f) => !f.fromCdn);
    const fetchedCdn = probe.js.filter((f) => f.fromCdn);
    const b = total(fetchedOurs);
    const cdn = total(fetchedCdn);
    console.log('(b) JavaScript fetched until the first usable view (file mode, Start view), in Chromium');
    printFiles(probe.js);
    console.log(`    total (ours): ${fmt(b.raw)} raw, ${verdict(b.gzip)}`);
    const bCss = total(probe.css);
    console.log('    stylesheets fetched by then (Griffel CSS extracted at build time):');
    printFiles(probe.css);
    console.log(`    CSS total: ${fmt(bCss.raw)} raw, ${fmt(bCss.gzip)} gzip`);
    console.log(
      `    office.js from the CDN in addition: ${fmt(cdn.raw)} raw, ${fmt(cdn.gzip)} gzip (${fetchedCdn.length} file(s)); none when it is blocked\n`,
    );

    // (c)
    console.log(
      `(c) Time to first render in headless Chromium (navigation start -> first view visible), median of ${RUNS} cold loads`,
    );
    const summary: Record<string, { view: number; fcp: number }> = {};
    for (const mode of ['package', 'blocked'] as const) {
      const runs: Load[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await load(browser, url, mode));
      const views = runs.map((r) => r.firstViewMs);
      const fcps = runs.map((r) => r.fcpMs).filter((v): v is number => v !== null);
      summary[mode] = { view: median(views), fcp: fcps.length ? median(fcps) : NaN };
      const label = mode === 'package' ? 'office.js served from the package' : 'office.js blocked (offline)';
      console.log(
        `    ${label.padEnd(34)} first view ${median(views).toFixed(0).padStart(5)} ms (min ${Math.min(...views).toFixed(0)}, max ${Math.max(...views).toFixed(0)}); boot spinner first contentful paint ${summary[mode].fcp.toFixed(0)} ms`,
      );
    }
    console.log(
      "    (served from 127.0.0.1 without network latency; office.js answered from disk, so the CDN's own latency is not included)",
    );
    // (d)
    const word = await load(browser, url, 'word', WORD_FINDING);
    const wordOurs = word.js.filter((f) => !f.fromCdn);
    const d = total(wordOurs);
    console.log(
      '\n(d) JavaScript fetched until the first usable view in Word mode (check list), in Chromium, with the scripted Word stand-in (test/e2e/support/wordStandIn.js) in place of office.js',
    );
    printFiles(word.js);
    console.log(`    total (ours, office.js / stand-in excluded): ${fmt(d.raw)} raw, ${verdict(d.gzip)}`);
    const dCss = total(word.css);
    console.log('    stylesheets fetched by then:');
    printFiles(word.css);
    console.log(`    CSS total: ${fmt(dCss.raw)} raw, ${fmt(dCss.gzip)} gzip`);
    const later = word.later.filter((f) => !f.fromCdn);
    if (later.length) {
      console.log('    fetched after the first view, until the findings read from the document showed:');
      printFiles(later);
      const l = total(later);
      console.log(`    after the first view: ${fmt(l.raw)} raw, ${fmt(l.gzip)} gzip`);
    }
    if (word.laterCss.length) {
      console.log('    stylesheets fetched in that time (the complete Griffel stylesheet comes with the first later view that has styles):');
      printFiles(word.laterCss);
      const l = total(word.laterCss);
      console.log(`    CSS after the first view: ${fmt(l.raw)} raw, ${fmt(l.gzip)} gzip`);
    }
    console.log('\nVerdict');
    console.log(`    (a) initial JavaScript:            ${verdict(a.gzip)}`);
    console.log(`    (b) JavaScript to the first view:  ${verdict(b.gzip)}; CSS beside it ${fmt(bCss.gzip)} gzip, the page ${fmt(page.gzip)} gzip`);
    console.log(`    (d) Word mode, JS to the check list: ${verdict(d.gzip)}; CSS beside it ${fmt(dCss.gzip)} gzip, the page ${fmt(page.gzip)} gzip`);
    console.log(
      `    (c) first view: ${summary.package.view.toFixed(0)} ms with office.js, ${summary.blocked.view.toFixed(0)} ms with it blocked`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
