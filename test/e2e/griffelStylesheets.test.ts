/**
 * Griffel's rules as stylesheets (webpack.config.js: @griffel/webpack-loader, GriffelCSSExtractionPlugin,
 * GriffelStylesheets), checked on the production build and in Chromium: the first views' scripts carry no CSS, the
 * pane links only its first view's sorted rules in <head>, the complete sorted stylesheet repeats every one of them (so
 * each rule's last occurrence is in one sorted file) and arrives with the first later view before it renders, and the
 * inbox page has its own.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DIST, goTo, usePane } from './support';
import firstViews from '../../scripts/first-view-groups.json';


/** The chunk groups of both first views (scripts/first-view-groups.json, as the build and the budget test read them). */
const FIRST_VIEW_GROUPS = [...new Set(Object.values(firstViews).flat())];
/** A Griffel rule as Fluent's packages precompute it: atomic (`.f…`) or reset (`.r…`) class, then a declaration. */
const GRIFFEL_RULE = /\.[fr][a-z0-9]{5,8}\{[-a-z]+:/;

const html = (page: string) => readFileSync(path.join(DIST, page), 'utf8');
const cssFile = (name: string) => readFileSync(path.join(DIST, name), 'utf8');

/** The stylesheets a page links: [where in the page, file]. */
function linkedStylesheets(page: string): Array<{ at: number; href: string }> {
  const text = html(page);
  return [...text.matchAll(/<link\b[^>]*>/g)]
    .filter((m) => /\brel=("|')?stylesheet\b/.test(m[0]))
    .map((m) => ({
      at: m.index ?? -1,
      href: /\bhref=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/.exec(m[0])!.slice(1).find(Boolean)!,
    }));
}

/** Top-level rules of a stylesheet (a rule nested in @media stays with its at-rule). */
function topLevelRules(css: string): string[] {
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) {
      rules.push(css.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  expect(depth).toBe(0);
  return rules.filter(Boolean);
}

const only = (pattern: RegExp) => {
  const files = readdirSync(DIST).filter((f) => pattern.test(f));
  expect(files).toHaveLength(1);
  return files[0];
};

describe('the build', () => {
  it("keeps Griffel's CSS out of the first views' scripts", () => {
    const groups = JSON.parse(html('chunk-groups.json')) as Record<string, string[]>;
    const scripts = new Set(FIRST_VIEW_GROUPS.flatMap((name) => groups[name] ?? []));
    expect(scripts.size).toBeGreaterThan(5);
    const withCss = [...scripts].filter((file) => GRIFFEL_RULE.test(cssFile(file)));
    expect(withCss).toEqual([]);
    // The pattern does find Fluent's rules where they are: in the stylesheet.
    expect(cssFile(only(/^griffel-first\.[0-9a-f]{8}\.css$/))).toMatch(GRIFFEL_RULE);
  });

  it('links the first view rules in the pane head, and the inbox its own; no other page links a stylesheet', () => {
    const pane = linkedStylesheets('taskpane.html');
    expect(pane.map((l) => l.href)).toEqual([only(/^griffel-first\.[0-9a-f]{8}\.css$/)]);
    expect(pane[0].at).toBeLessThan(html('taskpane.html').indexOf('</head>'));
    expect(linkedStylesheets('inbox.html').map((l) => l.href)).toEqual([
      `/${only(/^griffel-inbox\.[0-9a-f]{8}\.css$/)}`,
    ]);
    expect(linkedStylesheets('signin.html')).toEqual([]);
    expect(linkedStylesheets('commands.html')).toEqual([]);
  });

  it('repeats every first-view rule in the complete stylesheet; both put reset rules before atomic ones', () => {
    const first = topLevelRules(cssFile(only(/^griffel-first\.[0-9a-f]{8}\.css$/)));
    const complete = topLevelRules(cssFile(only(/^griffel\.[0-9a-f]{8}\.css$/)));
    expect(first.length).toBeGreaterThan(50);
    expect(complete.length).toBeGreaterThan(first.length);
    const all = new Set(complete);
    expect(first.filter((rule) => !all.has(rule))).toEqual([]);
    for (const rules of [first, complete]) {
      const lastReset = rules.map((r) => /^\.r/.test(r)).lastIndexOf(true);
      const firstAtomic = rules.findIndex((r) => /^\.f/.test(r));
      expect(lastReset).toBeGreaterThanOrEqual(0);
      expect(lastReset).toBeLessThan(firstAtomic);
    }
  });
});

describe('in Chromium (file mode)', () => {
  const pane = usePane({ officeJs: 'blocked' });

  const stylesheets = () =>
    pane.page.evaluate(() =>
      [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) =>
        new URL((l as HTMLLinkElement).href).pathname.slice(1),
      ),
    );

  it('styles the first view from the first stylesheet alone', async () => {
    await expect(stylesheets()).resolves.toEqual([expect.stringMatching(/^griffel-first\./)]);
    // Fluent's Button rules (only in the stylesheet): semibold text in a rounded box (a bare <button>: 400, 0px).
    const create = pane.page.getByRole('button', { name: 'Tạo mẫu mới' });
    const style = await create.evaluate((el) => {
      const s = getComputedStyle(el);
      return { weight: s.fontWeight, radius: s.borderTopLeftRadius };
    });
    expect(style).toEqual({ weight: '600', radius: '4px' });
  });

  it('loads the complete stylesheet once, after the first, with a later view that then renders styled', async () => {
    await goTo(pane.page, 'Cài đặt');
    const sheets = await stylesheets();
    expect(sheets).toEqual([
      expect.stringMatching(/^griffel-first\./),
      expect.stringMatching(/^griffel\.[0-9a-f]{8}\.css$/),
    ]);
    // Fluent's Input (not in the first view): its root has rounded corners only when its rules arrived (a bare <span>: 0px).
    const input = pane.page.getByRole('textbox', { name: 'Tên đơn vị' });
    await expect(input.evaluate((el) => getComputedStyle(el.parentElement!).borderTopLeftRadius)).resolves.toBe('4px');
    await goTo(pane.page, 'Gửi báo cáo');
    await expect(stylesheets()).resolves.toEqual(sheets);
  });
});
