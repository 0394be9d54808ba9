/**
 * Fluent's light web theme as a static stylesheet, made at build time from `webLightTheme` itself (never copied by
 * hand: a Fluent upgrade changes it with the next build). The task pane's page carries it inline in its <head>
 * (webpack.config.js: `new FluentLightThemeStylesheet()`), so its providers need no light theme object and the theme's
 * brand ramps and global tokens stay out of the first download (src/taskpane/app/theme.ts).
 *
 * The rule is written by Fluent's own `createCSSRuleFromTheme`, the function FluentProvider uses for its theme class,
 * with `:root` as the selector: every element inherits the variables, portals (dialogs, popovers, menus, tooltips
 * mounted under <body>) included. A provider given the dark theme declares the same variables on its own element and
 * on its portals' mount nodes, which beats the inherited :root values whatever the selectors' specificity.
 * Test: test/taskpane/app/lightThemeStylesheet.test.ts; in Chromium: test/e2e/theme.test.ts.
 */
'use strict';
const { createRequire } = require('node:module');

// The copies @fluentui/react-components (the package the pane imports) resolves, wherever npm placed them.
const fromComponents = createRequire(require.resolve('@fluentui/react-components'));

/** The pages (html-webpack-plugin's) that get the stylesheet; the office's inbox page keeps its own provider theme. */
const PAGES = ['taskpane.html'];
const STYLE_ID = 'fluent-light-theme';

/**
 * `:root { --token: value; … }` for every token of `theme` (Fluent's rule); throws if Fluent would leave one out
 * (createCSSRuleFromTheme silently skips names and values it considers unsafe: a missing variable fails the build).
 */
function themeCss(theme) {
  const { createCSSRuleFromTheme } = fromComponents('@fluentui/react-provider');
  const css = createCSSRuleFromTheme(':root', theme);
  const missing = Object.entries(theme).filter(([name, value]) => !css.includes(`--${name}: ${value};`));
  if (missing.length)
    throw new Error(`Fluent's theme rule would leave out: ${missing.map(([name]) => name).join(', ')}`);
  return css;
}

/** Fluent's webLightTheme as a `:root` rule. */
function lightThemeCss() {
  return themeCss(fromComponents('@fluentui/react-theme').webLightTheme);
}

/**
 * webpack plugin: puts the light theme's stylesheet at the end of the <head> of the pages html-webpack-plugin writes,
 * once they are written and minified (webpack minifies new HTML assets, inline CSS included, as soon as they are
 * emitted): the page carries Fluent's rule byte for byte, as FluentProvider would have inserted it, where the
 * minifier would have rewritten the values' spacing.
 */
class FluentLightThemeStylesheet {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    const tag = `<style id="${STYLE_ID}">${lightThemeCss()}</style>`;
    compiler.hooks.thisCompilation.tap('FluentLightThemeStylesheet', (compilation) => {
      compilation.hooks.processAssets.tap(
        // html-webpack-plugin emits the pages at OPTIMIZE_INLINE; the asset is then updated, not added: not minified again.
        { name: 'FluentLightThemeStylesheet', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE + 1 },
        () => {
          for (const page of PAGES) {
            const asset = compilation.getAsset(page);
            if (!asset) continue;
            const parts = asset.source.source().toString().split('</head>');
            if (parts.length !== 2) throw new Error(`${page}: no single </head> to put Fluent's light theme before`);
            compilation.updateAsset(page, new sources.RawSource(parts.join(`${tag}</head>`)));
          }
        },
      );
    });
  }
}

module.exports = { themeCss, lightThemeCss, FluentLightThemeStylesheet, STYLE_ID };
