import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

/**
 * Views switch with state, not a router: Office.js nulls history.pushState/replaceState (DESIGN.md §6).
 */
export type ViewId = 'start' | 'checklist' | 'fields' | 'photo' | 'guide' | 'models' | 'send' | 'settings';

export interface Navigation {
  view: ViewId;
  go: (view: ViewId) => void;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ initial, children }: { initial: ViewId; children: ReactNode }) {
  const [view, go] = useState<ViewId>(initial);
  const value = useMemo(() => ({ view, go }), [view]);
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const value = useContext(NavigationContext);
  if (!value) throw new Error('useNavigation outside NavigationProvider');
  return value;
}
