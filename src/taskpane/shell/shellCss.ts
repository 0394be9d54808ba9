/**
 * The shell's and the first views' static stylesheet (classes: SHELL_CLASSES in ./shellClasses.ts, UI_CLASSES in
 * ../ui/uiStyles.ts), over Fluent's CSS variables. Not in the pane's JavaScript: the build writes it into
 * taskpane.html's <head> (scripts/shell-stylesheet.cjs); ShellStyles adds it only to a page without it (tests).
 */
import { SHELL_CLASSES, v } from './shellClasses';
import { UI_CSS } from '../ui/uiCss';

const c = SHELL_CLASSES;
const column = 'display:flex;flex-direction:column;';

export const SHELL_CSS: string = [
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

