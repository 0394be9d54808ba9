/**
 * The "busy" ring of the pane's first view (the shell's view loading, the status line while checking): Fluent's Spinner
 * drawn by a static stylesheet (UI_CSS in ./uiStyles.ts, same ring, tail, sizes, colours, reduced-motion and
 * forced-colours rules) instead of the component, whose styles and label cost the first download about 3 KB gzip
 * (first-view budget, DESIGN.md §7). Views opened later keep Fluent's Spinner.
 * Like Fluent's: role "progressbar" named by its visible label; without a label it is decorative (aria-hidden).
 */
import { useId } from 'react';
import { UI_CLASSES } from './uiStyles';

export type PaneSpinnerSize = 'extra-tiny' | 'small';

const c = UI_CLASSES;

export function PaneSpinner({ label, size = 'small' }: { label?: string; size?: PaneSpinnerSize }) {
  const id = useId();
  const ring = (
    <span className={`${c.spinnerRing} ${size === 'small' ? c.spinnerSmall : c.spinnerExtraTiny}`}>
      <span className={c.spinnerTail} />
    </span>
  );
  if (!label) {
    return (
      <div className={c.spinner} aria-hidden>
        {ring}
      </div>
    );
  }
  return (
    <div className={c.spinner} role="progressbar" aria-labelledby={id}>
      {ring}
      <span id={id} className={c.spinnerLabel}>
        {label}
      </span>
    </div>
  );
}
