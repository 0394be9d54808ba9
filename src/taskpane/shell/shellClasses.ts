/**
 * The class names of the shell's and the first views' static stylesheet (./shellCss.ts), and `v()` for Fluent's theme
 * variables in it: what the components need at run time, without the rules themselves (./ShellStyles.tsx).
 */
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
