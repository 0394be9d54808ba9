/**
 * Tolerant reading of settings from anywhere (stored JSON, a form, the command line): every field
 * that is missing, of the wrong type or malformed falls back to its default and is reported; text
 * is cleaned (see cleanText). Unknown keys are ignored.
 */
import { cleanText } from './cleanText';
import { isValidEmail } from './email';
import { isValidRelayUrl } from './relayUrl';
import { isValidSchoolKey } from './schoolKey';
import {
  DEFAULT_SETTINGS,
  SETTINGS_FIELDS,
  SETTINGS_MAX_LENGTH,
  type Settings,
  type SettingsField,
  type SettingsProblem,
  type SettingsProblemCode,
  settingsProblemKey,
} from './types';

/** The outcome of checking one field's raw value. */
export type FieldOutcome<K extends SettingsField> =
  /** Use `value` (for relayUrl/graphClientId, undefined means "not set"); `problems` are only notes (tooLong, controlCharacters). */
  | { accepted: true; value: Settings[K]; problems: SettingsProblem[] }
  /** Keep the previous value or the default. */
  | { accepted: false; problems: SettingsProblem[] };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OPTIONAL_FIELDS: ReadonlySet<SettingsField> = new Set<SettingsField>(['relayUrl', 'schoolKey', 'graphClientId']);
const NON_EMPTY_FIELDS: ReadonlySet<SettingsField> = new Set<SettingsField>(['recipient', 'recipientOffice', 'cityName']);

function problem(field: SettingsField, code: SettingsProblemCode): SettingsProblem {
  return { field, key: settingsProblemKey(field, code) };
}

function rejected<K extends SettingsField>(field: K, code: SettingsProblemCode, notes: SettingsProblem[] = []): FieldOutcome<K> {
  return { accepted: false, problems: [...notes, problem(field, code)] };
}

function accepted<K extends SettingsField>(value: Settings[K], problems: SettingsProblem[] = []): FieldOutcome<K> {
  return { accepted: true, value, problems };
}

function choice<K extends 'language' | 'deadlineReading'>(field: K, raw: unknown, allowed: readonly Settings[K][]): FieldOutcome<K> {
  if (raw === undefined) return rejected(field, 'missing');
  if (typeof raw !== 'string') return rejected(field, 'wrongType');
  let v = raw.trim().toLowerCase();
  // A locale such as "vi-VN" or "en_US" names its language first.
  if (field === 'language') v = v.split(/[-_]/)[0];
  const found = allowed.find((a) => a === v);
  return found === undefined ? rejected(field, 'invalid') : accepted<K>(found);
}

/** Checks and cleans one field's raw value. */
export function validateField<K extends SettingsField>(field: K, raw: unknown): FieldOutcome<K> {
  if (field === 'language') return choice('language', raw, ['vi', 'en']) as FieldOutcome<K>;
  if (field === 'deadlineReading') return choice('deadlineReading', raw, ['strict', 'inclusive']) as FieldOutcome<K>;

  const optional = OPTIONAL_FIELDS.has(field);
  if (raw === undefined || (optional && raw === null)) {
    return optional ? accepted<K>(undefined as Settings[K]) : rejected(field, 'missing');
  }
  if (typeof raw !== 'string') return rejected(field, 'wrongType');

  const max = SETTINGS_MAX_LENGTH[field as keyof typeof SETTINGS_MAX_LENGTH];
  const cleaned = cleanText(raw, max);
  const notes: SettingsProblem[] = [];
  if (cleaned.removedControls) notes.push(problem(field, 'controlCharacters'));
  const text = cleaned.text;

  if (text === '') {
    if (optional) return accepted<K>(undefined as Settings[K], notes);
    if (NON_EMPTY_FIELDS.has(field)) return rejected(field, 'empty', notes);
    return accepted<K>('' as Settings[K], notes);
  }

  switch (field) {
    case 'recipient':
      // An address cut to length would be a different address: reject instead.
      if (cleaned.truncated || !isValidEmail(text)) return rejected(field, 'invalid', notes);
      return accepted<K>(text as Settings[K], notes);
    case 'relayUrl':
      if (cleaned.truncated || !isValidRelayUrl(text)) return rejected(field, 'invalid', notes);
      return accepted<K>(text as Settings[K], notes);
    case 'schoolKey':
      if (cleaned.truncated || !isValidSchoolKey(text)) return rejected(field, 'invalid', notes);
      return accepted<K>(text as Settings[K], notes);
    case 'graphClientId':
      if (cleaned.truncated || !GUID.test(text)) return rejected(field, 'invalid', notes);
      return accepted<K>(text.toLowerCase() as Settings[K], notes);
    default:
      if (cleaned.truncated) notes.push(problem(field, 'tooLong'));
      return accepted<K>(text as Settings[K], notes);
  }
}

function isRecord(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

function ownValue(input: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(input, key) ? input[key] : undefined;
}

/**
 * Reads settings from any value. Never throws. Fields that are missing, mistyped or malformed take
 * their default and are listed in `problems`; text is trimmed, NFC-normalised, stripped of control
 * characters and capped in length. A non-object input gives the defaults, with every required field
 * reported missing.
 */
export function validateSettings(input: unknown): { settings: Settings; problems: SettingsProblem[] } {
  const source = isRecord(input) ? input : {};
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const problems: SettingsProblem[] = [];
  for (const field of SETTINGS_FIELDS) {
    const outcome = validateField(field, ownValue(source, field));
    problems.push(...outcome.problems);
    if (!outcome.accepted) continue;
    if (outcome.value === undefined) delete settings[field];
    else (settings as unknown as Record<string, unknown>)[field] = outcome.value;
  }
  return { settings, problems };
}
