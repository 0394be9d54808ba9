/** The user's settings as pure data, with tolerant validation. */
export {
  type Language,
  type Settings,
  type SettingsField,
  type SettingsProblem,
  type SettingsProblemCode,
  DEFAULT_SETTINGS,
  SETTINGS_FIELDS,
  SETTINGS_MAX_LENGTH,
  settingsProblemKey,
} from './types';
export { type CleanedText, cleanText } from './cleanText';
export { isValidEmail } from './email';
export { isValidRelayUrl } from './relayUrl';
export { type FieldOutcome, validateField, validateSettings } from './validate';
export { type SettingsPatch, mergeSettings, mergeSettingsWithProblems } from './merge';
