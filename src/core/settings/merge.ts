import { validateField } from './validate';
import { SETTINGS_FIELDS, type Settings, type SettingsProblem } from './types';

/** A change to settings: fields to set; `undefined` leaves a field alone; `null` or "" clears relayUrl / graphClientId. */
export type SettingsPatch = { [K in keyof Settings]?: Settings[K] | null };

/**
 * Applies `patch` over `base`. Each patched field is checked like `validateField`: an acceptable
 * value is cleaned and used; a rejected one leaves the base value in place and is reported.
 * Fields absent from the patch (or undefined) keep their base value. Keys that are not settings are ignored.
 */
export function mergeSettingsWithProblems(base: Settings, patch: SettingsPatch | unknown): { settings: Settings; problems: SettingsProblem[] } {
  const settings: Settings = { ...base };
  const problems: SettingsProblem[] = [];
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return { settings, problems };
  for (const field of SETTINGS_FIELDS) {
    if (!Object.prototype.hasOwnProperty.call(patch, field)) continue;
    const raw = (patch as Record<string, unknown>)[field];
    if (raw === undefined) continue;
    const outcome = validateField(field, raw);
    problems.push(...outcome.problems);
    if (!outcome.accepted) continue;
    if (outcome.value === undefined) delete settings[field];
    else (settings as unknown as Record<string, unknown>)[field] = outcome.value;
  }
  return { settings, problems };
}

/** `mergeSettingsWithProblems` without the problem list: rejected values simply keep the base value. */
export function mergeSettings(base: Settings, patch: SettingsPatch | unknown): Settings {
  return mergeSettingsWithProblems(base, patch).settings;
}
