import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { FindingTarget } from '../../core/rules/types';

/**
 * Views switch with state, not a router: Office.js nulls history.pushState/replaceState (DESIGN.md §6).
 */
export type ViewId = 'start' | 'checklist' | 'fields' | 'photo' | 'guide' | 'models' | 'send' | 'settings';

export interface Navigation {
  view: ViewId;
  /** Switch views; `focus` is a finding's place the new view should open at (e.g. the summary editor's cursor). */
  go: (view: ViewId, focus?: FindingTarget) => void;
  /** The place the current view was asked to open at, until it says it got there (`focused`). */
  focus: FindingTarget | null;
  focused: () => void;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ initial, children }: { initial: ViewId; children: ReactNode }) {
  const [state, setState] = useState<{ view: ViewId; focus: FindingTarget | null }>({ view: initial, focus: null });
  const go = useCallback((view: ViewId, focus?: FindingTarget) => setState({ view, focus: focus ?? null }), []);
  const focused = useCallback(() => setState((s) => (s.focus ? { ...s, focus: null } : s)), []);
  const value = useMemo(() => ({ view: state.view, focus: state.focus, go, focused }), [state, go, focused]);
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const value = useContext(NavigationContext);
  if (!value) throw new Error('useNavigation outside NavigationProvider');
  return value;
}
