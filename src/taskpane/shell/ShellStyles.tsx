/**
 * The first view's own styles (shell frame, navigation, status line, file bar, start view) as one static stylesheet
 * over Fluent's CSS variables, instead of Griffel `makeStyles`.
 *
 * Why: `makeStyles` compiles style objects in the browser, which pulls Griffel's runtime compiler (stylis, rtl-css-js,
 * shorthand expansion) and the `tokens` map into the download, about 9 KB gzip, before the pane can show anything
 * (the first view must stay under the 100 KB gzip budget, DESIGN.md §7). Fluent's own components ship precompiled styles and need none of it. The views opened later still use
 * `makeStyles`; the compiler then loads with them. Class names carry the `bctt-` prefix; colours and spacing are
 * Fluent theme variables, so light, dark and high-contrast themes behave as with `tokens`.
 */
import type { Theme } from '@fluentui/react-components';
import { UI_CSS } from '../ui/uiStyles';

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

const c = SHELL_CLASSES;
const column = 'display:flex;flex-direction:column;';

export const SHELL_CSS = [
  `.${c.root}{${column}row-gap:${v('spacingVerticalS')};padding:${v('spacingVerticalM')} ${v('spacingHorizontalM')};min-width:0;max-width:100%;box-sizing:border-box;position:relative;overflow-wrap:anywhere;word-break:break-word;}`,
  `.${c.dragging}{outline:2px dashed ${v('colorBrandStroke1')};outline-offset:-4px;}`,
  `.${c.header}{${column}row-gap:${v('spacingVerticalXXS')};min-width:0;}`,
  `.${c.heading}{margin:0;overflow-wrap:anywhere;}`,
  `.${c.main}{${column}row-gap:${v('spacingVerticalM')};min-width:0;}`,
  `.${c.dropHint}{padding:${v('spacingVerticalS')};text-align:center;background-color:${v('colorBrandBackground2')};border-radius:${v('borderRadiusMedium')};}`,
  `.${c.notice}{${column}row-gap:${v('spacingVerticalS')};align-items:flex-start;}`,
  `.${c.navList}{display:flex;flex-wrap:wrap;gap:${v('spacingHorizontalXXS')};list-style-type:none;margin:0;padding:0 0 ${v('spacingVerticalXXS')};border-bottom:1px solid ${v('colorNeutralStroke2')};}`,
  // The current view's button: brand colours, as Griffel's className merge gave it (hover keeps Fluent's own colours).
  `.${c.navCurrent}:not(:hover):not(:active){color:${v('colorBrandForeground1')};background-color:${v('colorBrandBackground2')};}`,
  `.${c.navCurrent}{box-shadow:inset 0 -2px 0 ${v('colorBrandStroke1')};}`,
  `.${c.status}{display:flex;align-items:center;column-gap:${v('spacingHorizontalXS')};min-width:0;}`,
  `.${c.statusText}{min-width:0;overflow-wrap:anywhere;}`,
  `.${c.statusReady}{color:${v('colorPaletteGreenForeground1')};}`,
  `.${c.statusErrors}{color:${v('colorPaletteRedForeground1')};}`,
  `.${c.statusNeutral}{color:${v('colorNeutralForeground3')};}`,
  `.${c.fileBar}{display:flex;flex-wrap:wrap;align-items:center;gap:${v('spacingHorizontalS')};padding-block:${v('spacingVerticalXS')};}`,
  `.${c.fileName}{flex:1 1 120px;min-width:0;overflow-wrap:anywhere;word-break:break-word;}`,
  `.${c.fileInput}{display:none;}`,
  `.${c.start}{${column}row-gap:${v('spacingVerticalM')};min-width:0;}`,
  `.${c.startGroup}{${column}row-gap:${v('spacingVerticalS')};}`,
  `.${c.startOption}{display:flex;align-items:flex-start;column-gap:${v('spacingHorizontalS')};padding:${v('spacingVerticalXS')};border:1px solid ${v('colorNeutralStroke2')};border-radius:${v('borderRadiusMedium')};min-width:0;}`,
  `.${c.startOptionSelected}{border-color:${v('colorBrandStroke1')};background-color:${v('colorBrandBackground2')};}`,
  `.${c.startOptionText}{${column}row-gap:${v('spacingVerticalXXS')};min-width:0;overflow-wrap:anywhere;}`,
  `.${c.startRadio}{display:flex;align-items:center;column-gap:${v('spacingHorizontalS')};}`,
  `.${c.startRadio} input{margin:0;width:16px;height:16px;accent-color:${v('colorCompoundBrandBackground')};}`,
  `.${c.startRadio} input:focus-visible{outline:2px solid ${v('colorStrokeFocus2')};outline-offset:2px;}`,
  `.${c.startOption}{cursor:pointer;}`,
  `.${c.startActions}{${column}row-gap:${v('spacingVerticalS')};align-items:stretch;}`,
  `.${c.checklist}{${column}row-gap:${v('spacingVerticalM')};min-width:0;}`,
  `.${c.checklistHead}{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:${v('spacingHorizontalS')};}`,
  `.${c.checklistList}{list-style-type:none;margin:0;padding:0;}`,
  `.${c.finding}{display:flex;column-gap:${v('spacingHorizontalS')};align-items:flex-start;padding-block:${v('spacingVerticalS')};border-bottom:1px solid ${v('colorNeutralStroke2')};min-width:0;}`,
  `.${c.findingIcon}{flex:none;margin-top:1px;}`,
  `.${c.findingError}{color:${v('colorPaletteRedForeground1')};}`,
  `.${c.findingWarning}{color:${v('colorPaletteDarkOrangeForeground1')};}`,
  `.${c.findingInfo}{color:${v('colorBrandForeground1')};}`,
  `.${c.findingBody}{${column}row-gap:${v('spacingVerticalXS')};min-width:0;flex:1 1 auto;}`,
  `.${c.findingText}{overflow-wrap:anywhere;word-break:break-word;}`,
  `.${c.findingActions}{display:flex;flex-wrap:wrap;gap:${v('spacingHorizontalS')};}`,
  // The building blocks' own static classes (the progress panel), kept with them in ui/.
  UI_CSS,
].join('\n');

/** Renders the stylesheet once, at the top of the shell. */
export function ShellStyles() {
  return <style data-bctt-styles="">{SHELL_CSS}</style>;
}
