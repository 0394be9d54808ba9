/**
 * The user's settings, as plain JSON-serialisable data. The task pane and the command line both use
 * them. District offices were reorganised into wards in July 2025, so the recipient, its office and
 * the city are settings; they default to what letter 1307/GDĐT says.
 */
import type { DeadlineReading } from '../rules/types';

export type Language = 'vi' | 'en';

export interface Settings {
  /** The school or unit, written out to the city level (e.g. "Trường Tiểu học …, Thành phố Hồ Chí Minh"). */
  unitName: string;
  senderName: string;
  senderRole: string;
  /** The address the report is emailed to. */
  recipient: string;
  /** The office that receives the report, as named in the email. */
  recipientOffice: string;
  /** The city the collective's unit name must reach (rule unit.cityLevel). */
  cityName: string;
  language: Language;
  /** How "trước ngày 03" is read (see src/core/calendar). */
  deadlineReading: DeadlineReading;
  /** The project's relay server, for sending without a Microsoft 365 mailbox. https, or http on localhost only. */
  relayUrl?: string;
  /** The school's submission key for the relay, given by the office (server/inbox): "bctt_…". */
  schoolKey?: string;
  /** Microsoft Entra application (client) id used for Graph sign-in: a GUID. */
  graphClientId?: string;
}

export type SettingsField = keyof Settings;

/** A problem found while reading settings: the field and an i18n key such as "settings.recipient.invalid". */
export interface SettingsProblem {
  field: SettingsField;
  key: string;
}

/** What went wrong with a field; the i18n key is `settings.<field>.<code>`. */
export type SettingsProblemCode =
  /** A required key was absent; the default (or the base value) is used. */
  | 'missing'
  /** The value had the wrong JSON type; the default (or the base value) is used. */
  | 'wrongType'
  /** The value is malformed (email, URL, GUID, choice); the default (or the base value) is used. */
  | 'invalid'
  /** A field that cannot be empty was empty; the default (or the base value) is used. */
  | 'empty'
  /** The text was longer than allowed and was cut; the cut text is used. */
  | 'tooLong'
  /** Control or invisible direction characters were removed; the cleaned text is used. */
  | 'controlCharacters';

/**
 * The receiving office's name when none is set: generic, as the letter itself names its sender in its text. The
 * letter's "Phòng Giáo dục và Đào tạo Quận 1" no longer exists (districts were dissolved in July 2025): the office
 * that receives the report is a setting, beside its address.
 */
export const DEFAULT_RECIPIENT_OFFICE = 'Phòng Giáo dục và Đào tạo';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  unitName: '',
  senderName: '',
  senderRole: '',
  recipient: 'tquong.ql@tphcm.gov.vn',
  recipientOffice: DEFAULT_RECIPIENT_OFFICE,
  cityName: 'Thành phố Hồ Chí Minh',
  language: 'vi',
  deadlineReading: 'strict',
});

/** Maximum length of each text field, in Unicode code points (after NFC). */
export const SETTINGS_MAX_LENGTH: Readonly<Record<Exclude<SettingsField, 'language' | 'deadlineReading'>, number>> = Object.freeze({
  unitName: 300,
  senderName: 120,
  senderRole: 120,
  recipient: 254,
  recipientOffice: 200,
  cityName: 100,
  relayUrl: 2048,
  schoolKey: 48,
  graphClientId: 36,
});

/** Every field, in display order. */
export const SETTINGS_FIELDS: readonly SettingsField[] = Object.freeze([
  'unitName',
  'senderName',
  'senderRole',
  'recipient',
  'recipientOffice',
  'cityName',
  'language',
  'deadlineReading',
  'relayUrl',
  'schoolKey',
  'graphClientId',
]);

export function settingsProblemKey(field: SettingsField, code: SettingsProblemCode): string {
  return `settings.${field}.${code}`;
}
