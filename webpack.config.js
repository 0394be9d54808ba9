/**
 * webpack 5 build of the add-in: pages taskpane.html and commands.html, assets/, and manifest.xml.
 *
 * Environment:
 *   PUBLIC_URL   production URL of the add-in, e.g. https://addin.example.edu.vn/ (trailing slash added).
 *                Every https://localhost:3000/ in manifest.xml is replaced by it in dist/manifest.xml.
 *   OFFICE_JS    "cdn" (default): pages load https://appsforoffice.microsoft.com/lib/1/hosted/office.js.
 *                "local": the @microsoft/office-js package's dist/ files are copied to dist/office-js/ and
 *                the pages load them from there (firewalled networks; not accepted by AppSource).
 *   DEV_CERTS    "self-signed" forces the dev server's session certificate (see scripts/dev-https.js).
 *
 * Targets Edge WebView2 and Safari/WKWebView (ES2020): no IE11 polyfills, no Babel.
 */
'use strict';
const { existsSync } = require('node:fs');
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const { GriffelCSSExtractionPlugin } = require('@griffel/webpack-extraction-plugin');
const { defaultCompareMediaQueries } = require('@griffel/core');
const { FluentLightThemeStylesheet } = require('./scripts/fluent-light-theme.cjs');
const { ShellStylesheet } = require('./scripts/shell-stylesheet.cjs');

const DEV_URL = 'https://localhost:3000/';
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const DEV_PORT = 3000;

/** Normalises PUBLIC_URL: must be https, always ends with "/". */
function publicUrl(value) {
  if (!value) return DEV_URL;
  const url = new URL(value);
  if (url.protocol !== 'https:') throw new Error(`PUBLIC_URL must be an https URL (Office requires it), got ${value}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function officeJsMode(value) {
  const mode = (value || 'cdn').toLowerCase();
  if (mode !== 'cdn' && mode !== 'local') throw new Error(`OFFICE_JS must be "cdn" or "local", got ${value}`);
  return mode;
}

/**
 * Browser variants of src/core/i18n modules: `X.ts` is replaced by its sibling `X.web.ts` when one exists. Node, the
 * command line and tests register message areas at import; the task pane loads some of them per language on demand
 * (src/core/i18n/uiMessages.web.ts, coreAreas.web.ts).
 */
const i18nBrowserVariants = () =>
  new webpack.NormalModuleReplacementPlugin(/[\\/]src[\\/]core[\\/]i18n[\\/][^\\/]+\.ts$/, (result) => {
    const data = result.createData;
    if (!data || !data.resource || data.resource.endsWith('.web.ts')) return;
    const variant = data.resource.replace(/\.ts$/, '.web.ts');
    if (existsSync(variant)) data.resource = variant;
  });

/**
 * Fluent's `tokens` object maps each token to the CSS variable of the same name; the browser build uses a Proxy that
 * returns those strings (src/taskpane/boot/cssVarTokens.ts) instead of the 467-entry object (about 7 KB gzip that
 * every first view downloaded: our makeStyles and Fluent's Button styles read it).
 */
const fluentTokensAsCssVars = () =>
  // Matched on the request (before resolving), so the stand-in gets the TypeScript rule like any source file.
  new webpack.NormalModuleReplacementPlugin(/^\.\/tokens\.js$/, (result) => {
    if (/[\\/]@fluentui[\\/]tokens[\\/]lib$/.test(result.context || ''))
      result.request = path.resolve(__dirname, 'src/taskpane/boot/cssVarTokens.ts');
  });

/**
 * Writes chunk-groups.json beside the bundle: for each entry and each named import() (webpackChunkName), the script
 * files it loads. test/e2e/firstViewBudget.test.ts adds up the first views' groups against the 100 KB gzip budget
 * without a browser or a clock; `npm run bench -- taskpane` measures what Chromium really fetches.
 */
class ChunkGroupsManifest {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('ChunkGroupsManifest', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'ChunkGroupsManifest', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const groups = {};
          for (const [name, group] of compilation.namedChunkGroups) {
            const files = group.chunks.flatMap((chunk) => [...chunk.files].filter((file) => file.endsWith('.js')));
            groups[name] = [...new Set(files)].sort();
          }
          compilation.emitAsset('chunk-groups.json', new webpack.sources.RawSource(JSON.stringify(groups, null, 1)));
        },
      );
    });
  }
}

/**
 * Griffel styles ahead of time (https://griffel.js.org/react/ahead-of-time-compilation/introduction): our
 * `makeStyles`/`makeResetStyles` calls are evaluated at build time by @griffel/webpack-loader (into `__styles` /
 * `__resetStyles` with precomputed classes and CSS, as Fluent's packages already ship theirs), then
 * @griffel/webpack-extraction-plugin's loader takes the CSS out of every such module (Fluent's and ours: the scripts keep
 * class names only) into stylesheets sorted in Griffel's bucket order (GriffelStylesheets below). The build-time
 * evaluation resolves imports with Node's conditions, so `@fluentui/tokens` is the package's own object there, not the
 * Proxy of fluentTokensAsCssVars: the same `var(--x)` strings (test/taskpane/boot/cssVarTokens.test.ts). Jest and the
 * command line keep Griffel's runtime.
 */
const griffelRules = () => [
  {
    // Fluent's packages (and @griffel's own) ship precomputed `__styles`; the loader only runs Babel on files that call them.
    test: /\.m?js$/,
    include: /[\\/]node_modules[\\/]@(fluentui|griffel)[\\/]/,
    use: GriffelCSSExtractionPlugin.loader,
  },
  // The extracted rules become CSS modules of the griffel chunk (mini-css-extract-plugin writes the file).
  { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
];

/**
 * The chunk groups the pane's first views load (file mode: Start view; Word mode: the check list), both modes: one list
 * (scripts/first-view-groups.json) for this build, the budget test and the stylesheet test. A first-view group missing
 * there only costs bytes: its styles then come from the complete stylesheet, loaded with it.
 */
const FIRST_VIEW_GROUPS = [...new Set(Object.values(require('./scripts/first-view-groups.json')).flat())];

/** Griffel's CSS modules (what mini-css-extract-plugin made of an extracted `.griffel.css` request). */
const isGriffelCss = (module) =>
  module.type === 'css/mini-extract' && Buffer.isBuffer(module.content) && module.content.includes('/** @griffel:css-start');

/**
 * Griffel's stylesheets, per page and per moment. Griffel's rules must keep one global order (reset styles, atomic
 * rules, then pseudo-classes, at-rules, media queries: its runtime inserts each bucket into its own <style>), so
 * GriffelCSSExtractionPlugin gathers every extracted rule into one `griffel` chunk and sorts that file.
 *   - The office's inbox page gets its own such file, `griffel-inbox`, sorted the same way: no page loads the other's.
 *   - The pane's first views link `griffel-first` in <head>: the sorted subset of rules that the first views' chunk
 *     groups (FIRST_VIEW_GROUPS) carry. The complete sorted `griffel` file loads with the first other view that has
 *     styles (mini-css-extract-plugin's loader, with that view's scripts). Since it comes after `griffel-first` in
 *     the document and repeats its rules, every rule's last occurrence is in one file sorted as Griffel orders it:
 *     the cascade is the one a single stylesheet gives, and the first view does not download the later views' rules.
 */
class GriffelStylesheets {
  apply(compiler) {
    const groups = compiler.options.optimization.splitChunks.cacheGroups;
    const griffel = groups.griffel;
    if (!griffel) throw new Error('GriffelStylesheets must come after GriffelCSSExtractionPlugin');
    const inbox = (chunk) => chunk.name === 'inbox';
    groups.griffel = { ...griffel, chunks: (chunk) => !inbox(chunk), priority: 100 };
    groups['griffel-inbox'] = { ...griffel, name: 'griffel-inbox', chunks: inbox, priority: 100 };
    compiler.hooks.compilation.tap('GriffelStylesheets', (compilation) => {
      // After SplitChunksPlugin (stage 10) has made the `griffel` chunk.
      compilation.hooks.optimizeChunks.tap({ name: 'GriffelStylesheets', stage: 20 }, () => {
        const complete = compilation.namedChunks.get('griffel');
        const entry = compilation.entrypoints.get('taskpane');
        if (!complete || !entry) return;
        const { chunkGraph, moduleGraph } = compilation;
        const firstGroups = FIRST_VIEW_GROUPS.map((name) => compilation.namedChunkGroups.get(name)).filter(Boolean);
        const firstChunks = new Set(firstGroups.flatMap((group) => group.chunks).filter((chunk) => chunk !== complete));
        const first = compilation.addChunk('griffel-first');
        // A chunk made after the chunk graph needs its runtime (SplitChunksPlugin sets its chunks' the same way).
        first.runtime = entry.getEntrypointChunk().runtime;
        for (const module of chunkGraph.getChunkModulesIterable(complete)) {
          if (!isGriffelCss(module)) continue;
          // CSS module <- mini-css-extract-plugin's script module, which stays in the chunk of the styles' module.
          const origin = moduleGraph.getIssuer(module);
          if (origin && [...chunkGraph.getModuleChunksIterable(origin)].some((chunk) => firstChunks.has(chunk)))
            chunkGraph.connectChunkAndModule(first, module);
        }
        for (const group of firstGroups) {
          if (!group.chunks.includes(complete)) continue;
          group.removeChunk(complete);
          complete.removeGroup(group);
        }
        entry.insertChunk(first, entry.getEntrypointChunk());
        first.addGroup(entry);
        // mini-css-extract-plugin orders a chunk's CSS modules by their index in each of the chunk's groups and needs
        // one for every module (Griffel sorts the rules afterwards anyway): number them, as the plugin's own move does.
        for (const chunk of [first, complete]) {
          for (const group of chunk.groupsIterable) {
            let index = 0;
            for (const module of chunkGraph.getChunkModulesIterable(chunk)) group.setModulePostOrderIndex(module, index++);
          }
        }
      });
      compilation.hooks.processAssets.tap(
        { name: 'GriffelStylesheets', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_PRE_PROCESS },
        () => {
          // The plugin sorts `griffel`; the other two with its own parser and sorter (no public export; pinned by
          // the package's version range).
          const { parseCSSRules } = require('@griffel/webpack-extraction-plugin/src/parseCSSRules');
          const { sortCSSRules } = require('@griffel/webpack-extraction-plugin/src/sortCSSRules');
          for (const name of ['griffel-first', 'griffel-inbox']) {
            const chunk = compilation.namedChunks.get(name);
            for (const file of chunk ? chunk.files : []) {
              if (!file.endsWith('.css')) continue;
              const css = compilation.getAsset(file).source.source().toString();
              const { cssRulesByBucket, remainingCSS } = parseCSSRules(css);
              const sorted = remainingCSS + sortCSSRules([cssRulesByBucket], defaultCompareMediaQueries);
              compilation.updateAsset(file, new webpack.sources.RawSource(sorted));
            }
          }
        },
      );
    });
  }
}

/** splitChunks filter: the pane's initial chunks (every entry but the office's inbox page). */
const paneInitial = (chunk) => chunk.canBeInitial() && chunk.name !== 'inbox';

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const baseUrl = publicUrl(process.env.PUBLIC_URL);
  const officeJs = officeJsMode(process.env.OFFICE_JS);
  const officeJsSrc = officeJs === 'local' ? 'office-js/office.js' : OFFICE_JS_CDN;

  const page = (name, chunk) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: `./src/${chunk}/${name}.html`,
      chunks: [chunk],
      officeJs: officeJsSrc,
      scriptLoading: 'defer',
    });

  const copies = [
    { from: 'assets', to: 'assets', noErrorOnMissing: true },
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      transform: (content) => content.toString('utf8').split(DEV_URL).join(baseUrl),
    },
  ];
  if (officeJs === 'local') {
    copies.push({
      from: path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist'),
      to: 'office-js',
      // office.js loads the non-debug host scripts; debug builds, IntelliSense files and typings are not served.
      globOptions: { ignore: ['**/*.debug.js', '**/*-vsdoc.js', '**/*.d.ts'] },
      // Already minified by Microsoft: keep Terser away from 28 MB of scripts (minutes of build time).
      info: { minimized: true },
    });
  }

  /** @type {import('webpack').Configuration & { devServer?: import('webpack-dev-server').Configuration }} */
  const config = {
    mode: production ? 'production' : 'development',
    // Production: maps are written for `npm run bench` and for decoding stack traces, but not referenced from the
    // scripts (the server does not serve them either: server/static.ts).
    devtool: production ? 'hidden-source-map' : 'eval-cheap-module-source-map',
    target: ['web', 'es2020'],
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      // The Office dialog's Microsoft 365 sign-in page, where Nested App Authentication is missing (src/mail/graph/dialogAuth.ts).
      signin: './src/signin/signin.ts',
      // The office's inbox page (/inbox, served by the relay server): its own entry, nothing shared with the pane's
      // first view (splitChunks' initial groups only merge modules the pane's entry already needs).
      inbox: './src/inbox/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      // dist/cli/ is the command line's bundle (`npm run build:cli`, scripts/build-cli.mjs): a web build keeps it.
      clean: { keep: /^cli[\\/]/ },
    },
    resolve: { extensions: ['.tsx', '.ts', '.mjs', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Loaders run last to first: TypeScript to JavaScript, then Griffel's build-time styles, then extraction.
          use: [
            GriffelCSSExtractionPlugin.loader,
            '@griffel/webpack-loader',
            {
              loader: 'ts-loader',
              // Type checking is `tsc --noEmit` in `npm test`; the bundle only transpiles.
              options: {
                transpileOnly: true,
                compilerOptions: { noEmit: false, target: 'ES2020', module: 'ESNext', sourceMap: true },
              },
            },
          ],
        },
        ...griffelRules(),
        { test: /\.docx$/, type: 'asset/resource' },
      ],
    },
    optimization: {
      // Views imported with import() become their own chunks; libraries shared by several chunks are split out.
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          // Only what the first paint needs is grouped; Fluent modules used by lazy views stay in those views'
          // chunks (a named Fluent group would pull every view's components into the first download).
          // The inbox entry is left out of both: its Fluent components (tables, dialogs) must not join the pane's first download.
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', chunks: paneInitial, priority: 20 },
          fluent: { test: /[\\/]node_modules[\\/]@(fluentui|griffel|floating-ui)[\\/]/, type: /^javascript\//, name: 'fluent', chunks: paneInitial, priority: 10 },
          // Our own modules shared by lazy chunks that load side by side (the calendar by the rules and the checklist,
          // core/text by the rules and the Word host, the messages by the app and the Word host) go to a shared chunk
          // whatever their size (webpack's default is 20 KB), so a first view never downloads the same module twice.
          shared: { test: /[\\/]src[\\/]/, type: /^javascript\//, chunks: 'async', minChunks: 2, minSize: 0, priority: 5, reuseExistingChunk: true },
        },
      },
    },
    performance: {
      hints: production ? 'warning' : false,
      maxEntrypointSize: 400 * 1024,
      maxAssetSize: 400 * 1024,
      assetFilter: (name) => name.endsWith('.js') && !name.startsWith('office-js/'),
    },
    plugins: [
      page('taskpane', 'taskpane'),
      page('commands', 'commands'),
      page('signin', 'signin'),
      new HtmlWebpackPlugin({
        filename: 'inbox.html',
        template: './src/inbox/inbox.html',
        chunks: ['inbox'],
        // Served at /inbox and /inbox/ by the server: absolute script addresses work from both.
        publicPath: '/',
        scriptLoading: 'defer',
      }),
      i18nBrowserVariants(),
      fluentTokensAsCssVars(),
      new MiniCssExtractPlugin({
        filename: production ? '[name].[contenthash:8].css' : '[name].css',
        chunkFilename: production ? '[name].[contenthash:8].css' : '[name].css',
        // Griffel sorts its own rules in the stylesheet (buckets), whatever order the modules came in.
        ignoreOrder: true,
        // The complete Griffel stylesheet goes right after the first view's, not at the end of <head>: the page's own
        // static stylesheets that follow keep coming after Fluent's rules (copied into the runtime as text).
        insert: (linkTag) => {
          /* global document -- runs in the page */
          const first = document.querySelector('link[rel="stylesheet"][href*="griffel-first"]');
          if (first && first.parentNode) first.parentNode.insertBefore(linkTag, first.nextSibling);
          else document.head.appendChild(linkTag);
        },
      }),
      new GriffelCSSExtractionPlugin(),
      new GriffelStylesheets(),
      // Fluent's light theme as CSS variables inlined in taskpane.html's <head>, made from webLightTheme at each build.
      new FluentLightThemeStylesheet(),
      // The shell's static stylesheet in the same <head> (scripts/shell-stylesheet.cjs).
      new ShellStylesheet(),
      new ChunkGroupsManifest(),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
  };

  if (serving) {
    const { getDevHttpsOptions } = require('./scripts/dev-https');
    config.devServer = {
      port: Number(process.env.PORT || DEV_PORT),
      host: 'localhost',
      server: { type: 'https', options: await getDevHttpsOptions() },
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false } },
      devMiddleware: { writeToDisk: false },
    };
  }
  return config;
};
