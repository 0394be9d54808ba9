/**
 * Accessibility checks in the page with axe-core (node_modules/axe-core/axe.min.js, injected into the page): nothing
 * left aria-hidden on the pane's root, and no serious or critical violation.
 */
import type { Page } from 'playwright-core';
import { ROOT } from './build';
import path from 'node:path';

const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

export interface AxeSummary {
  /** "rule-id (impact): target, …" for every serious or critical violation. */
  serious: string[];
  /** Elements other than the pane's own dialogs' helpers that carry aria-hidden="true" above the pane's content. */
  hiddenRoots: string[];
}

/** Runs axe on the whole page (after any dialog has closed) and lists what would hide the pane or break it. */
export async function axeCheck(page: Page): Promise<AxeSummary> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  await settleAnimations(page);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    // Tabster's focus sentinels (<i data-tabster-dummy tabindex="0" aria-hidden="true">, Fluent UI's focus management)
    // are focusable and aria-hidden by design: they pass focus on and are never read. Everything else is checked.
    const result = await axe.run({ exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] });
    const serious = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    const root = document.getElementById('root');
    const hiddenRoots: string[] = [];
    for (let el: Element | null = root; el && el !== document.documentElement; el = el.parentElement) {
      if (el.getAttribute('aria-hidden') === 'true') hiddenRoots.push(el.id ? `#${el.id}` : el.tagName.toLowerCase());
    }
    return { serious, hiddenRoots };
  });
}

/**
 * Waits until every finite animation on the page has ended (Fluent's dialogs fade and scale in with the Web Animations
 * API): axe computes colour contrast through opacity, so a dialog looked at mid-fade reports a contrast its settled
 * colours do not have. Endless animations (spinners) are not waited for.
 */
export async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((a) => (a.effect?.getComputedTiming().endTime ?? Infinity) !== Infinity);
    await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
  });
}
