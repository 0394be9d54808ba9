import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Settings, SettingsProblem } from '../../core/settings';
import { saveSettings, type SettingsStorage } from '../../storage/settingsStore';

export interface SettingsApi {
  settings: Settings;
  /** Validate and store; returns the problems (empty when everything was accepted as given). */
  save: (next: Settings) => SettingsProblem[];
}

const SettingsContext = createContext<SettingsApi | null>(null);

export function SettingsProvider({ initial, storage, children }: { initial: Settings; storage: SettingsStorage; children: ReactNode }) {
  const [settings, setSettings] = useState<Settings>(initial);
  const save = useCallback(
    (next: Settings) => {
      const result = saveSettings(storage, next);
      setSettings(result.settings);
      return result.problems;
    },
    [storage],
  );
  const value = useMemo(() => ({ settings, save }), [settings, save]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsApi {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings outside SettingsProvider');
  return value;
}
