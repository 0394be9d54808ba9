/**
 * The webpack configuration (webpack.config.js) as a deployer relies on it: office.js from Microsoft's CDN by
 * default or a local copy with OFFICE_JS=local, PUBLIC_URL written into the shipped manifest, both pages built,
 * modern targets only (no IE11 polyfills).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Config = {
  mode: string;
  target: string[];
  entry: Record<string, string>;
  output: { publicPath: string };
  plugins: Array<{ constructor: { name: string }; userOptions?: Record<string, unknown>; patterns?: CopyPattern[] }>;
  devServer?: unknown;
};
type CopyPattern = {
  from: string;
  to: string;
  transform?: (content: Buffer) => string;
  globOptions?: { ignore: string[] };
};

const repo = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require(join(repo, 'webpack.config.js')) as (env: object, argv: object) => Promise<Config>;

const saved = { PUBLIC_URL: process.env.PUBLIC_URL, OFFICE_JS: process.env.OFFICE_JS };
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

async function build(env: { PUBLIC_URL?: string; OFFICE_JS?: string } = {}): Promise<Config> {
  delete process.env.PUBLIC_URL;
  delete process.env.OFFICE_JS;
  Object.assign(process.env, env);
  return makeConfig({}, { mode: 'production' });
}

const pages = (c: Config) =>
  c.plugins.filter((p) => p.constructor.name === 'HtmlWebpackPlugin').map((p) => p.userOptions!);
/** The add-in's pages (the office's /inbox page is a plain web page: no office.js). */
const officePages = (c: Config) => pages(c).filter((p) => p.filename !== 'inbox.html');
const copies = (c: Config) => c.plugins.find((p) => p.constructor.name === 'CopyPlugin')!.patterns!;
const manifestCopy = (c: Config) => copies(c).find((p) => p.from === 'manifest.xml')!;

describe('webpack.config.js', () => {
  it('builds the task pane and the commands page, for modern webviews only', async () => {
    const c = await build();
    expect(c.mode).toBe('production');
    expect(Object.keys(c.entry).sort()).toEqual(['commands', 'inbox', 'signin', 'taskpane']);
    expect(pages(c).map((p) => p.filename)).toEqual(['taskpane.html', 'commands.html', 'signin.html', 'inbox.html']);
    expect(c.target).toEqual(['web', 'es2020']);
    expect(c.devServer).toBeUndefined();
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
    expect({ ...pkg.dependencies, ...pkg.devDependencies }).not.toHaveProperty('core-js');
  });

  it("builds the office's inbox page as its own entry, without office.js and outside the pane's first-download groups", async () => {
    const c = (await build()) as Config & {
      optimization: { splitChunks: { cacheGroups: Record<string, { chunks: (chunk: { name: string; canBeInitial(): boolean }) => boolean }> } };
    };
    const inbox = pages(c).find((p) => p.filename === 'inbox.html')!;
    expect(inbox.chunks).toEqual(['inbox']);
    expect(inbox.officeJs).toBeUndefined();
    const { react, fluent } = c.optimization.splitChunks.cacheGroups;
    for (const group of [react, fluent]) {
      expect(group.chunks({ name: 'inbox', canBeInitial: () => true })).toBe(false);
      expect(group.chunks({ name: 'taskpane', canBeInitial: () => true })).toBe(true);
      expect(group.chunks({ name: 'summary-editor', canBeInitial: () => false })).toBe(false);
    }
  });

  it("loads office.js from Microsoft's CDN by default", async () => {
    const c = await build();
    for (const p of officePages(c)) expect(p.officeJs).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(copies(c).some((p) => p.to === 'office-js')).toBe(false);
  });

  it('with OFFICE_JS=local copies @microsoft/office-js (without debug builds) and loads it from the add-in', async () => {
    const c = await build({ OFFICE_JS: 'local' });
    for (const p of officePages(c)) expect(p.officeJs).toBe('office-js/office.js');
    const copy = copies(c).find((p) => p.to === 'office-js')!;
    expect(copy.from).toMatch(/@microsoft[\\/]office-js[\\/]dist$/);
    expect(copy.globOptions!.ignore).toContain('**/*.debug.js');
    await expect(build({ OFFICE_JS: 'nearby' })).rejects.toThrow(/OFFICE_JS/);
  });

  it('writes PUBLIC_URL (with a trailing slash) into the shipped manifest', async () => {
    const xml = readFileSync(join(repo, 'manifest.xml'));
    const out = manifestCopy(await build({ PUBLIC_URL: 'https://addin.example.edu.vn/bctt' })).transform!(xml);
    expect(out).not.toContain('https://localhost:3000/');
    expect(out).toContain('<SourceLocation DefaultValue="https://addin.example.edu.vn/bctt/taskpane.html" />');
    expect(out.match(/https:\/\/addin\.example\.edu\.vn\/bctt\//g)!.length).toBe(
      xml.toString().match(/https:\/\/localhost:3000\//g)!.length,
    );
    // Vietnamese text survives the transform byte for byte.
    expect(out).toContain('Báo cáo thành tích');
  });

  it('keeps the development URLs when PUBLIC_URL is not set, and refuses an http PUBLIC_URL', async () => {
    const xml = readFileSync(join(repo, 'manifest.xml'));
    expect(manifestCopy(await build()).transform!(xml)).toBe(xml.toString('utf8'));
    await expect(build({ PUBLIC_URL: 'http://addin.example.edu.vn/' })).rejects.toThrow(/https/);
    await expect(build({ PUBLIC_URL: 'not a url' })).rejects.toThrow();
  });
});
