/**
 * The shell's static stylesheet (src/taskpane/shell/shellCss.ts: the frame, navigation, status line, file bar, start
 * view, check list, progress panel and spinner rules over Fluent's CSS variables) written into the task pane page's
 * <head> at build time, so the pane's JavaScript does not carry it as strings (first-view budget, DESIGN.md §7).
 * The rules come from the TypeScript module itself (bundled here with esbuild, as scripts/build-cli.mjs does), never
 * copied by hand. A page without them (tests under jsdom) gets them from ShellStyles (src/taskpane/shell/ShellStyles.tsx).
 * Test: test/taskpane/app/shellStylesheet.test.ts; in Chromium, every e2e test of the pane's page.
 */
'use strict';
const path = require('node:path');

const PAGES = ['taskpane.html'];
/** The same id as SHELL_STYLE_ID in src/taskpane/shell/ShellStyles.tsx (checked by the test). */
const STYLE_ID = 'bctt-shell-styles';
const ENTRY = path.join(__dirname, '..', 'src', 'taskpane', 'shell', 'shellCss.ts');

/** SHELL_CSS of src/taskpane/shell/shellCss.ts, read from the source at each build. */
function shellCss() {
  const { buildSync } = require('esbuild');
  const out = buildSync({ entryPoints: [ENTRY], bundle: true, format: 'cjs', platform: 'node', packages: 'external', write: false, logLevel: 'silent' });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, require);
  const css = module.exports.SHELL_CSS;
  if (typeof css !== 'string' || !css.includes('.bctt-shell{')) throw new Error('shellCss.ts: no SHELL_CSS stylesheet');
  return css;
}

/**
 * webpack plugin: puts the stylesheet at the end of the <head> of the pages html-webpack-plugin writes, after they are
 * written and minified (as FluentLightThemeStylesheet, scripts/fluent-light-theme.cjs); read anew at each compilation.
 */
class ShellStylesheet {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('ShellStylesheet', (compilation) => {
      // A change of the rules rebuilds the page in watch mode too.
      compilation.fileDependencies.add(ENTRY);
      compilation.hooks.processAssets.tap(
        { name: 'ShellStylesheet', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE + 1 },
        () => {
          const pages = PAGES.filter((page) => compilation.getAsset(page));
          if (!pages.length) return;
          const tag = `<style id="${STYLE_ID}">${shellCss()}</style>`;
          for (const page of pages) {
            const parts = compilation.getAsset(page).source.source().toString().split('</head>');
            if (parts.length !== 2) throw new Error(`${page}: no single </head> to put the shell's stylesheet before`);
            compilation.updateAsset(page, new sources.RawSource(parts.join(`${tag}</head>`)));
          }
        },
      );
    });
  }
}

module.exports = { shellCss, ShellStylesheet, STYLE_ID };
