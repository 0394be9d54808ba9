/**
 * Static classes of the building blocks in ui/ that the first views show (the progress panel, the spinner), over Fluent's
 * CSS variables instead of Griffel `makeStyles` (whose compiler would join the first download; see
 * src/taskpane/shell/ShellStyles.tsx). The rules are in ./uiCss.ts, part of the shell's stylesheet written into the page.
 */
export const UI_CLASSES = {
  progress: 'bctt-progress',
  progressDeadline: 'bctt-progress__deadline',
  progressDeadlineText: 'bctt-progress__deadline-text',
  progressIcon: 'bctt-progress__icon',
  // PaneSpinner: Fluent's Spinner ring (react-spinner's useSpinnerStyles), as static rules.
  spinner: 'bctt-spinner',
  spinnerRing: 'bctt-spinner__ring',
  spinnerSmall: 'bctt-spinner__ring--small',
  spinnerExtraTiny: 'bctt-spinner__ring--extra-tiny',
  spinnerTail: 'bctt-spinner__tail',
  spinnerLabel: 'bctt-spinner__label',
} as const;
