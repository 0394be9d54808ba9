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
import type { Theme } from '@fluentui/react-components';

/** `var(--name)` of a Fluent theme token, checked against the theme's token names at compile time. */
export function v(token: keyof Theme): string {
  return `var(--${token})`;
}

export const SHELL_CLASSES = {
  root: 'bctt-shell',
  dragging: 'bctt-shell--dragging',
  header: 'bctt-shell__header',
  heading: 'bctt-shell__heading',
  main: 'bctt-shell__main',
  dropHint: 'bctt-shell__drop-hint',
  notice: 'bctt-shell__notice',
  navList: 'bctt-nav',
  navCurrent: 'bctt-nav__current',
  status: 'bctt-status',
  statusText: 'bctt-status__text',
  statusReady: 'bctt-status--ready',
  statusErrors: 'bctt-status--errors',
  statusNeutral: 'bctt-status--neutral',
  fileBar: 'bctt-file-bar',
  fileName: 'bctt-file-bar__name',
  fileInput: 'bctt-file-input',
  start: 'bctt-start',
  startGroup: 'bctt-start__group',
  startOption: 'bctt-start__option',
  startOptionSelected: 'bctt-start__option--selected',
  startOptionText: 'bctt-start__option-text',
  startRadio: 'bctt-start__radio',
  startActions: 'bctt-start__actions',
  // The check list and its findings: Word mode's first view (first-view budget).
  checklist: 'bctt-checklist',
  checklistHead: 'bctt-checklist__head',
  checklistList: 'bctt-checklist__list',
  finding: 'bctt-finding',
  findingIcon: 'bctt-finding__icon',
  findingError: 'bctt-finding__icon--error',
  findingWarning: 'bctt-finding__icon--warning',
  findingInfo: 'bctt-finding__icon--info',
  findingBody: 'bctt-finding__body',
  findingText: 'bctt-finding__text',
  findingActions: 'bctt-finding__actions',
} as const;

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
