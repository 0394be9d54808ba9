import { DEFAULT_SETTINGS, type Settings, mergeSettings, mergeSettingsWithProblems } from '../../../src/core/settings';

const base: Settings = { ...DEFAULT_SETTINGS, unitName: 'Trường THCS Văn Lang', relayUrl: 'https://relay.example.com' };

describe('mergeSettings', () => {
  it('changes only the patched fields, cleaning them', () => {
    const merged = mergeSettings(base, { recipient: ' thiduakhenthuong@phuongsaigon.hochiminhcity.gov.vn ', recipientOffice: 'Ủy ban nhân dân Phường Sài Gòn'.normalize('NFD') });
    expect(merged).toEqual({
      ...base,
      recipient: 'thiduakhenthuong@phuongsaigon.hochiminhcity.gov.vn',
      recipientOffice: 'Ủy ban nhân dân Phường Sài Gòn'.normalize('NFC'),
    });
  });

  it('does not modify its arguments', () => {
    const before = JSON.stringify(base);
    const patch = { language: 'en' as const };
    mergeSettings(base, patch);
    expect(JSON.stringify(base)).toBe(before);
    expect(patch).toEqual({ language: 'en' });
  });

  it('keeps the base value when a patched value is rejected, and reports it', () => {
    const { settings, problems } = mergeSettingsWithProblems(base, { recipient: 'not an address', language: 'de' as never, senderName: 'Lê Văn Tám' });
    expect(settings.recipient).toBe(base.recipient);
    expect(settings.language).toBe('vi');
    expect(settings.senderName).toBe('Lê Văn Tám');
    expect(problems.map((p) => p.key)).toEqual(['settings.recipient.invalid', 'settings.language.invalid']);
    expect(mergeSettings(base, { recipient: 'not an address' }).recipient).toBe(base.recipient);
  });

  it('leaves fields alone when the patch holds undefined, and clears optional ones with null or ""', () => {
    expect(mergeSettings(base, { relayUrl: undefined }).relayUrl).toBe('https://relay.example.com');
    expect('relayUrl' in mergeSettings(base, { relayUrl: null })).toBe(false);
    expect('relayUrl' in mergeSettings(base, { relayUrl: '' })).toBe(false);
  });

  it('ignores a patch that is not an object and keys that are not settings', () => {
    expect(mergeSettings(base, null)).toEqual(base);
    expect(mergeSettings(base, 'x')).toEqual(base);
    expect(mergeSettings(base, { colour: 'blue' })).toEqual(base);
  });

  it('switches the deadline reading', () => {
    expect(mergeSettings(base, { deadlineReading: 'inclusive' }).deadlineReading).toBe('inclusive');
  });
});
