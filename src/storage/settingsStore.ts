/**
 * Settings kept per user: localStorage of the add-in's origin (per user profile in Word desktop and on the web),
 * always passed through validateSettings so a damaged or old entry can never break the pane.
 */
import { DEFAULT_SETTINGS, type Settings, type SettingsProblem, mergeSettingsWithProblems, validateSettings } from '../core/settings';

export const SETTINGS_KEY = 'bctt.settings.v1';

export interface SettingsStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** localStorage when usable (it can throw in locked-down webviews), else an in-memory map. */
export function defaultStorage(): SettingsStorage {
  try {
    const storage = globalThis.localStorage;
    const probe = '__bctt_probe__';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    const memory = new Map<string, string>();
    return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v) };
  }
}

export function loadSettings(storage: SettingsStorage, fallbackLanguage: Settings['language']): { settings: Settings; stored: boolean } {
  let raw: string | null = null;
  try {
    raw = storage.getItem(SETTINGS_KEY);
  } catch {
    raw = null;
  }
  if (raw === null) return { settings: { ...DEFAULT_SETTINGS, language: fallbackLanguage }, stored: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = {};
  }
  return { settings: validateSettings(parsed).settings, stored: true };
}

/** Validates, then stores; returns what was stored and the problems found (shown in the settings view). */
export function saveSettings(storage: SettingsStorage, input: unknown): { settings: Settings; problems: SettingsProblem[] } {
  const result = validateSettings(input);
  storage.setItem(SETTINGS_KEY, JSON.stringify(result.settings));
  return result;
}

/** The onboarding link's query parameters (server/inbox/API.md, "Onboarding") and the settings they preset. */
export const ONBOARDING_PARAMS = { bctt_key: 'schoolKey', bctt_relay: 'relayUrl', bctt_to: 'recipient', bctt_office: 'recipientOffice' } as const;

/**
 * The office's onboarding link opens the pane with `?bctt_key=…&bctt_relay=…&bctt_to=…&bctt_office=…`: on that
 * load, the values are checked like any setting and stored over the current settings (a value that is not valid is
 * left out and reported). Returns null when the address carries none of them.
 */
export function applyOnboardingLink(
  storage: SettingsStorage,
  search: string,
  fallbackLanguage: Settings['language'],
): { settings: Settings; problems: SettingsProblem[] } | null {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return null;
  }
  const patch: Record<string, string> = {};
  for (const [param, field] of Object.entries(ONBOARDING_PARAMS)) {
    const value = params.get(param);
    if (value !== null && value.trim() !== '') patch[field] = value;
  }
  if (Object.keys(patch).length === 0) return null;
  const current = loadSettings(storage, fallbackLanguage).settings;
  const merged = mergeSettingsWithProblems(current, patch);
  try {
    storage.setItem(SETTINGS_KEY, JSON.stringify(merged.settings));
  } catch {
    // Storage refused (locked-down webview): the preset still applies to this session.
  }
  return merged;
}
