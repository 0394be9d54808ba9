/**
 * The first view's own styles (shell frame, navigation, status line, file bar, start view) as one static stylesheet
 * over Fluent's CSS variables, instead of Griffel `makeStyles`.
 *
 * Why: `makeStyles` compiles style objects in the browser, which pulls Griffel's runtime compiler (stylis, rtl-css-js,
 * shorthand expansion) and the `tokens` map into the download, about 9 KB gzip, before the pane can show anything
 * (the first view must stay under the 100 KB gzip budget, DESIGN.md §7). Fluent's own components ship precompiled styles and need none of it. The views opened later still use
 * `makeStyles`; the compiler then loads with them. Class names carry the `bctt-` prefix; colours and spacing are
 * Fluent theme variables, so light, dark and high-contrast themes behave as with `tokens`.
 *
 * The rules themselves (./shellCss.ts) are not JavaScript the pane downloads: the build writes them into
 * taskpane.html's <head> (scripts/shell-stylesheet.cjs), like Fluent's light theme. Only a page without them (tests
 * under jsdom, a page of another build) loads them here.
 */
import { useEffect, useState } from 'react';

/** The id of the page's copy of the stylesheet (taskpane.html, written by scripts/shell-stylesheet.cjs). */
export const SHELL_STYLE_ID = 'bctt-shell-styles';

/** Adds the stylesheet where the page does not carry it (tests, another build's page); nothing in the pane's own page. */
export function ShellStyles() {
  const [css, setCss] = useState<string | null>(null);
  useEffect(() => {
    if (typeof document === 'undefined' || document.getElementById(SHELL_STYLE_ID)) return undefined;
    let live = true;
    void import(/* webpackChunkName: "shell-css" */ './shellCss').then(
      (m) => live && setCss(m.SHELL_CSS),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return css ? <style data-bctt-styles="">{css}</style> : null;
}
