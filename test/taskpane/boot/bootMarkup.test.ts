/**
 * The pane's "starting" state is static markup in taskpane.html, shown until the app's first render (the entry carries
 * no Fluent component, src/taskpane/index.tsx): the boot catalog's text, announced politely, still for reduced motion.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { boot } from '../../../src/core/i18n/catalogs/boot';

const html = readFileSync(path.join(__dirname, '../../../src/taskpane/taskpane.html'), 'utf8');
const document = new JSDOM(html).window.document;

describe('taskpane.html starting state', () => {
  it('shows the boot catalog\'s Vietnamese text inside #root, as a polite status', () => {
    const loading = document.querySelector('#root > [data-testid="html-loading"]');
    expect(loading).not.toBeNull();
    expect(loading!.getAttribute('role')).toBe('status');
    expect(loading!.getAttribute('aria-live')).toBe('polite');
    expect(loading!.textContent).toBe(boot.vi['boot.starting']);
    expect(loading!.textContent).toBe(loading!.textContent!.normalize('NFC'));
    expect(document.documentElement.getAttribute('lang')).toBe('vi');
  });

  it('keeps its ring out of the accessibility tree, and slows it for reduced motion; dark when the browser is', () => {
    expect(document.querySelector('.bctt-loading__spinner')!.getAttribute('aria-hidden')).toBe('true');
    const css = [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n');
    expect(css).toMatch(/prefers-reduced-motion:\s*reduce\)\s*\{\s*\.bctt-loading__spinner/);
    expect(css).toMatch(/prefers-color-scheme:\s*dark\)/);
  });
});
