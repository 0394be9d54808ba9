/**
 * Static classes of the building blocks in ui/ that Word mode's first view shows (the progress panel), over Fluent's
 * CSS variables instead of Griffel `makeStyles` (whose compiler would join the first download; see
 * src/taskpane/shell/ShellStyles.tsx, whose stylesheet includes this one).
 */
import type { Theme } from '@fluentui/react-components';

/** `var(--name)` of a Fluent theme token, checked against the theme's token names at compile time. */
function v(token: keyof Theme): string {
  return `var(--${token})`;
}

export const UI_CLASSES = {
  progress: 'bctt-progress',
  progressDeadline: 'bctt-progress__deadline',
  progressDeadlineText: 'bctt-progress__deadline-text',
  progressIcon: 'bctt-progress__icon',
} as const;

const c = UI_CLASSES;
const column = 'display:flex;flex-direction:column;';

export const UI_CSS = [
  `.${c.progress}{${column}row-gap:${v('spacingVerticalS')};min-width:0;overflow-wrap:anywhere;}`,
  `.${c.progressDeadline}{display:flex;column-gap:${v('spacingHorizontalS')};align-items:flex-start;min-width:0;}`,
  `.${c.progressDeadlineText}{${column}row-gap:${v('spacingVerticalXXS')};min-width:0;overflow-wrap:anywhere;}`,
  `.${c.progressIcon}{flex:none;margin-top:2px;color:${v('colorNeutralForeground3')};}`,
].join('\n');
