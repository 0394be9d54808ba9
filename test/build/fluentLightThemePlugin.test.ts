/**
 * The webpack plugin of scripts/fluent-light-theme.cjs in a real production build: Fluent's light theme rule goes,
 * untouched by the HTML minifier, at the end of taskpane.html's head, and into no other page.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webpack from 'webpack';
import HtmlWebpackPlugin from 'html-webpack-plugin';

type Generator = {
  lightThemeCss: () => string;
  FluentLightThemeStylesheet: new () => webpack.WebpackPluginInstance;
  STYLE_ID: string;
};
const repo = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require(join(repo, 'scripts', 'fluent-light-theme.cjs')) as Generator;

describe('the webpack plugin', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bctt-theme-'));
    writeFileSync(join(dir, 'entry.js'), 'document.title = "x";\n');
    writeFileSync(join(dir, 'other.html'), '<!doctype html><html><head><title>o</title></head><body></body></html>');
    writeFileSync(join(dir, 'headless.html'), '<!doctype html><title>no head end tag</title><p>x');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A build of one small entry with the given pages: the emitted HTML by file name, and the errors. */
  async function compile(
    pages: Array<{ filename: string; template: string; inject?: boolean }>,
    mode: 'production' | 'development' = 'production',
  ) {
    const out = join(dir, 'dist');
    const compiler = webpack({
      mode,
      devtool: false,
      context: dir,
      entry: { main: join(dir, 'entry.js') },
      output: { path: out, clean: true },
      plugins: [
        ...pages.map((p) => new HtmlWebpackPlugin({ ...p, officeJs: 'office.js', scriptLoading: 'defer' })),
        new generator.FluentLightThemeStylesheet(),
      ],
    });
    // A plugin's failure while processing assets fails the whole run (an error, no stats).
    const { error, stats } = await new Promise<{ error: Error | null; stats?: webpack.Stats }>((resolve) =>
      compiler.run((e, result) => resolve({ error: e ?? null, stats: result })),
    );
    await new Promise((resolve) => compiler.close(resolve));
    const html = (name: string) => readFileSync(join(out, name), 'utf8');
    const errors = [...(error ? [error.message] : []), ...(stats?.compilation.errors.map((e) => e.message) ?? [])];
    return { html, errors };
  }

  it('puts the stylesheet once at the end of taskpane.html’s head, after the HTML minifier, and nowhere else', async () => {
    const { html, errors } = await compile([
      { filename: 'taskpane.html', template: join(repo, 'src', 'taskpane', 'taskpane.html') },
      { filename: 'other.html', template: join(dir, 'other.html') },
    ]);
    expect(errors).toEqual([]);
    const page = html('taskpane.html');
    const tag = `<style id="${generator.STYLE_ID}">${generator.lightThemeCss()}</style>`;
    expect(page.split(tag)).toHaveLength(2);
    expect(page).toContain(`${tag}</head>`);
    // The rest of the page was minified (the template's comments are gone), the theme rule was not.
    expect(page).not.toContain('<!--');
    expect(html('other.html')).not.toContain(generator.STYLE_ID);
  }, 120_000);

  it('does the same in a development build (the development server’s pages), where nothing is minified', async () => {
    const { html, errors } = await compile(
      [{ filename: 'taskpane.html', template: join(repo, 'src', 'taskpane', 'taskpane.html') }],
      'development',
    );
    expect(errors).toEqual([]);
    const page = html('taskpane.html');
    expect(page).toContain('<!--');
    expect(page).toContain(`<style id="${generator.STYLE_ID}">${generator.lightThemeCss()}</style></head>`);
  }, 120_000);

  it('fails the build when the page has no </head> to put it in', async () => {
    // Written as it is (html-webpack-plugin would otherwise add the head it injects the scripts into).
    const { errors } = await compile([
      { filename: 'taskpane.html', template: join(dir, 'headless.html'), inject: false },
    ]);
    expect(errors.join('\n')).toMatch(/no single <\/head>/);
  }, 120_000);
});
