/**
 * "The pane's first view is on screen": a promise the live checks wait for before their first check, so the check
 * list (Word mode's first view) is not held up by the rule engine, the document's snapshot and the report part's XML
 * reader, which are fetched in parallel otherwise (first-view budget: `npm run bench -- taskpane`, (d)).
 * The shell marks it when its first view (or the view's failure message) has rendered.
 */
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';

export interface FirstViewGate {
  /** Settles once the first view has been shown. */
  readonly shown: Promise<void>;
  mark(): void;
}

export function createFirstViewGate(): FirstViewGate {
  let mark: () => void = () => undefined;
  const shown = new Promise<void>((resolve) => {
    mark = resolve;
  });
  return { shown, mark: () => mark() };
}

const FirstViewContext = createContext<FirstViewGate | null>(null);

export function FirstViewProvider({ gate, children }: { gate: FirstViewGate; children: ReactNode }) {
  return <FirstViewContext.Provider value={gate}>{children}</FirstViewContext.Provider>;
}

/** Rendered beside a view (inside its Suspense boundary): marks the first view shown once it has committed. */
export function FirstViewMark() {
  const gate = useContext(FirstViewContext);
  // A passive effect: runs after the view's DOM is committed (in the browser, usually after it is painted).
  useEffect(() => gate?.mark(), [gate]);
  return null;
}

/** Settles once the first view has been shown (at once outside a FirstViewProvider: tests of a part alone). */
export function useFirstViewShown(): Promise<void> {
  const gate = useContext(FirstViewContext);
  return gate ? gate.shown : Promise.resolve();
}

/** A gate for an App instance: one per mount. */
export function useFirstViewGate(): FirstViewGate {
  return useMemo(() => createFirstViewGate(), []);
}
