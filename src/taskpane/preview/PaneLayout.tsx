/**
 * The browser-sized layout of file mode: in a tab wider than a task pane (≥ 900 px) the document is
 * shown beside the pane as it will print. The preview (its layout styles included) and docx-preview are their own
 * chunk, fetched only when the wide layout has a document to show; at task-pane widths nothing more is rendered or
 * downloaded, and this wrapper is all the first view carries. Its structure never changes with the width, so the
 * pane (and the view's state) is not remounted.
 */
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useHostApi } from '../state/host';

const PrintPreview = lazy(() => import(/* webpackChunkName: "print-preview" */ './PrintPreview'));

/** Wider than any task pane: there is room for a page beside the pane. */
export const WIDE_QUERY = '(min-width: 900px)';

function useWide(enabled: boolean): boolean {
  const [wide, setWide] = useState(false);
  useEffect(() => {
    const query = enabled && typeof window.matchMedia === 'function' ? window.matchMedia(WIDE_QUERY) : null;
    setWide(query?.matches ?? false);
    if (!query) return undefined;
    const listener = (e: MediaQueryListEvent) => setWide(e.matches);
    query.addEventListener('change', listener);
    return () => query.removeEventListener('change', listener);
  }, [enabled]);
  return wide;
}

export function PaneLayout({ children }: { children: ReactNode }) {
  const { mode, host } = useHostApi();
  const wide = useWide(mode === 'file');
  return (
    <div className="bctt-layout">
      <div className="bctt-layout__pane">{children}</div>
      {wide && host ? (
        <Suspense fallback={null}>
          <PrintPreview host={host} />
        </Suspense>
      ) : null}
    </div>
  );
}
