/**
 * The office's onboarding link opens the pane with the school's key, the relay, the recipient and the office
 * preset (`?bctt_key=…&bctt_relay=…&bctt_to=…&bctt_office=…`): the settings store keeps them; bad values are
 * left out and reported; an address without them changes nothing.
 */
import { SETTINGS_KEY, applyOnboardingLink, loadSettings, type SettingsStorage } from '../../src/storage/settingsStore';
import { isValidSchoolKey } from '../../src/core/settings/schoolKey';
import { validateSettings } from '../../src/core/settings';

function memory(initial: Record<string, string> = {}): SettingsStorage & { map: Map<string, string> } {
  const map = new Map(Object.entries(initial));
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

const KEY = 'bctt_' + 'a1B2_c3D4-'.repeat(4) + 'xyz';

test('the link presets key, relay, recipient and office, and they are stored', () => {
  const storage = memory({ [SETTINGS_KEY]: JSON.stringify({ unitName: 'Trường THCS Nguyễn Du', language: 'en' }) });
  const search = new URLSearchParams({
    bctt_key: KEY,
    bctt_relay: 'https://bctt.phuong-ben-thanh.edu.vn',
    bctt_to: 'vanthu@phuong-ben-thanh.gov.vn',
    bctt_office: 'Ủy ban nhân dân phường Bến Thành'.normalize('NFD'),
  }).toString();
  const result = applyOnboardingLink(storage, `?${search}`, 'vi')!;
  expect(result.problems).toEqual([]);
  const { settings } = loadSettings(storage, 'vi');
  expect(settings).toMatchObject({
    unitName: 'Trường THCS Nguyễn Du',
    language: 'en',
    schoolKey: KEY,
    relayUrl: 'https://bctt.phuong-ben-thanh.edu.vn',
    recipient: 'vanthu@phuong-ben-thanh.gov.vn',
    recipientOffice: 'Ủy ban nhân dân phường Bến Thành',
  });
});

test('a malformed key or address is not stored and is reported; the rest still applies', () => {
  const storage = memory();
  const result = applyOnboardingLink(storage, '?bctt_key=not-a-key&bctt_to=khong-phai-email&bctt_office=Phòng GD', 'vi')!;
  expect(result.problems.map((p) => p.key).sort()).toEqual(['settings.recipient.invalid', 'settings.schoolKey.invalid']);
  const { settings } = loadSettings(storage, 'vi');
  expect(settings.schoolKey).toBeUndefined();
  expect(settings.recipient).toBe('tquong.ql@tphcm.gov.vn');
  expect(settings.recipientOffice).toBe('Phòng GD');
});

test('an address without onboarding parameters changes nothing', () => {
  const storage = memory();
  expect(applyOnboardingLink(storage, '', 'vi')).toBeNull();
  expect(applyOnboardingLink(storage, '?_host_Info=Word$Win32$16.01$vi-VN', 'vi')).toBeNull();
  expect(storage.map.size).toBe(0);
});

test('the school key has one shape: bctt_ and 43 base64url characters', () => {
  expect(isValidSchoolKey(KEY)).toBe(true);
  expect(isValidSchoolKey(KEY + 'x')).toBe(false);
  expect(isValidSchoolKey(KEY.slice(0, -1))).toBe(false);
  expect(isValidSchoolKey(KEY.replace('a', 'ă'))).toBe(false);
  expect(isValidSchoolKey('')).toBe(false);
  expect(validateSettings({ schoolKey: ` ${KEY} ` }).settings.schoolKey).toBe(KEY);
});
