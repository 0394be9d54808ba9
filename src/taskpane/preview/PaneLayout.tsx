/**
 * The browser-sized layout of file mode (issue 12 §2): in a tab wider than a task pane (≥ 900 px) the document is
 * shown beside the pane as it will print. The preview and docx-preview are their own chunk, fetched only when the
 * wide layout has a document to show; at task-pane widths nothing more is rendered or downloaded.
 * The wrapper's structure never changes with the width, so the pane (and the view's state) is not remounted.
 */
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useHostApi } from '../app/host';
import { v } from '../components/ShellStyles';

const PrintPreview = lazy(() => import(/* webpackChunkName: "print-preview" */ './PrintPreview'));

/** Widest task pane we expect; from here on there is room for a page beside the pane. */
export const WIDE_QUERY = '(min-width: 900px)';

const CSS = [
  `.bctt-layout--wide{display:grid;grid-template-columns:minmax(360px,480px) minmax(0,1fr);height:100vh;}`,
  `.bctt-layout--wide>.bctt-layout__pane{overflow-y:auto;min-width:0;border-right:1px solid ${v('colorNeutralStroke2')};}`,
].join('\n');

function mediaQuery(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(WIDE_QUERY) : null;
}

function useWide(enabled: boolean): boolean {
  const [wide, setWide] = useState(() => (enabled ? (mediaQuery()?.matches ?? false) : false));
  useEffect(() => {
    const query = enabled ? mediaQuery() : null;
    setWide(query?.matches ?? false);
    if (!query) return undefined;
    const listener = (e: MediaQueryListEvent) => setWide(e.matches);
    query.addEventListener?.('change', listener);
    return () => query.removeEventListener?.('change', listener);
  }, [enabled]);
  return wide;
}

export function PaneLayout({ children }: { children: ReactNode }) {
  const { mode, host } = useHostApi();
  const wide = useWide(mode === 'file');
  const preview = wide && host !== null;
  return (
    <div className={preview ? 'bctt-layout bctt-layout--wide' : 'bctt-layout'}>
      {preview ? <style>{CSS}</style> : null}
      <div className="bctt-layout__pane">{children}</div>
      {preview ? (
        <Suspense fallback={null}>
          <PrintPreview host={host} />
        </Suspense>
      ) : null}
    </div>
  );
}
