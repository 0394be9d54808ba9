/**
 * The shell's static stylesheet is written into taskpane.html at build time (scripts/shell-stylesheet.cjs), from the
 * TypeScript module itself: what the page carries is exactly SHELL_CSS, and it styles every static class the first
 * views use.
 */
import { SHELL_CSS } from '../../../src/taskpane/shell/shellCss';
import { SHELL_STYLE_ID } from '../../../src/taskpane/shell/ShellStyles';
import { SHELL_CLASSES } from '../../../src/taskpane/shell/shellClasses';
import { UI_CLASSES } from '../../../src/taskpane/ui/uiStyles';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require('../../../scripts/shell-stylesheet.cjs') as { shellCss: () => string; STYLE_ID: string };

describe('the shell stylesheet written into the page', () => {
  it('is SHELL_CSS, under the id ShellStyles looks for', () => {
    expect(plugin.shellCss()).toBe(SHELL_CSS);
    expect(plugin.STYLE_ID).toBe(SHELL_STYLE_ID);
  });

  it('has rules for every static class of the shell and the ui building blocks', () => {
    const classes = [...Object.values(SHELL_CLASSES), ...Object.values(UI_CLASSES)];
    expect(classes.filter((name) => !SHELL_CSS.includes(`.${name}`))).toEqual([]);
  });

  it('uses Fluent theme variables, never a fixed colour', () => {
    expect(SHELL_CSS).toContain('var(--colorBrandStroke1)');
    expect(SHELL_CSS.match(/#[0-9a-f]{3,6}\b/gi) ?? []).toEqual([]);
  });
});
