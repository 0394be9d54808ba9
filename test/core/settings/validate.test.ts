import { DEFAULT_SETTINGS, SETTINGS_MAX_LENGTH, validateField, validateSettings } from '../../../src/core/settings';

const keys = (problems: { key: string }[]): string[] => problems.map((p) => p.key);

const complete = {
  unitName: 'Trường Tiểu học Kim Đồng, Phường Sài Gòn, Thành phố Hồ Chí Minh',
  senderName: 'Nguyễn Thị Mai',
  senderRole: 'Phó Hiệu trưởng',
  recipient: 'thiduakhenthuong@phuongsaigon.hochiminhcity.gov.vn',
  recipientOffice: 'Ủy ban nhân dân Phường Sài Gòn',
  cityName: 'Thành phố Hồ Chí Minh',
  language: 'en',
  deadlineReading: 'inclusive',
  relayUrl: 'https://relay.truong.edu.vn/submit',
  graphClientId: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
};

describe('DEFAULT_SETTINGS', () => {
  it('follows letter 1307/GDĐT', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      unitName: '',
      senderName: '',
      senderRole: '',
      recipient: 'tquong.ql@tphcm.gov.vn',
      recipientOffice: 'Phòng Giáo dục và Đào tạo',
      cityName: 'Thành phố Hồ Chí Minh',
      language: 'vi',
      deadlineReading: 'strict',
    });
    expect(DEFAULT_SETTINGS.recipientOffice).toBe(DEFAULT_SETTINGS.recipientOffice.normalize('NFC'));
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
  });
});

describe('validateSettings', () => {
  it('keeps complete, valid settings as they are, with no problem (the ward after the July 2025 reform)', () => {
    expect(validateSettings(complete)).toEqual({ settings: complete, problems: [] });
  });

  it('round-trips through JSON', () => {
    const { settings } = validateSettings(JSON.parse(JSON.stringify(complete)));
    expect(validateSettings(JSON.parse(JSON.stringify(settings)))).toEqual({ settings: complete, problems: [] });
  });

  it('falls back to the defaults for unusable input, reporting every required field missing', () => {
    for (const input of [undefined, null, 'settings', 42, [], true]) {
      const { settings, problems } = validateSettings(input);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(keys(problems)).toEqual([
        'settings.unitName.missing',
        'settings.senderName.missing',
        'settings.senderRole.missing',
        'settings.recipient.missing',
        'settings.recipientOffice.missing',
        'settings.cityName.missing',
        'settings.language.missing',
        'settings.deadlineReading.missing',
      ]);
    }
  });

  it('fills a missing key from the defaults and reports it; optional keys may be absent', () => {
    const { recipient: _r, relayUrl: _u, graphClientId: _g, ...partial } = complete;
    const { settings, problems } = validateSettings(partial);
    expect(settings.recipient).toBe('tquong.ql@tphcm.gov.vn');
    expect('relayUrl' in settings).toBe(false);
    expect('graphClientId' in settings).toBe(false);
    expect(problems).toEqual([{ field: 'recipient', key: 'settings.recipient.missing' }]);
  });

  it('replaces wrongly typed values with defaults and reports them', () => {
    const { settings, problems } = validateSettings({ ...complete, unitName: 123, language: ['vi'], deadlineReading: null, relayUrl: 8080 });
    expect(settings.unitName).toBe('');
    expect(settings.language).toBe('vi');
    expect(settings.deadlineReading).toBe('strict');
    expect('relayUrl' in settings).toBe(false);
    expect(keys(problems)).toEqual(['settings.unitName.wrongType', 'settings.language.wrongType', 'settings.deadlineReading.wrongType', 'settings.relayUrl.wrongType']);
  });

  it('trims and NFC-normalises text typed with a decomposing keyboard', () => {
    const { settings, problems } = validateSettings({ ...complete, senderName: '  Nguyễn Thị Mai  '.normalize('NFD'), recipient: ' tquong.ql@tphcm.gov.vn\n' });
    expect(settings.senderName).toBe('Nguyễn Thị Mai');
    expect(settings.senderName).toBe(settings.senderName.normalize('NFC'));
    expect(settings.recipient).toBe('tquong.ql@tphcm.gov.vn');
    expect(problems).toEqual([]);
  });

  it('removes control characters and reports it', () => {
    const { settings, problems } = validateSettings({ ...complete, senderRole: 'Hiệu\u0000 trưởng\u202E' });
    expect(settings.senderRole).toBe('Hiệu trưởng');
    expect(keys(problems)).toEqual(['settings.senderRole.controlCharacters']);
  });

  it('caps over-long text and reports it', () => {
    const { settings, problems } = validateSettings({ ...complete, unitName: 'Trường '.repeat(1000) });
    expect(Array.from(settings.unitName).length).toBeLessThanOrEqual(SETTINGS_MAX_LENGTH.unitName);
    expect(settings.unitName.startsWith('Trường Trường')).toBe(true);
    expect(keys(problems)).toEqual(['settings.unitName.tooLong']);
  });

  it('rejects an invalid recipient address, keeping the letter’s address', () => {
    for (const bad of ['tquong.ql', 'a b@tphcm.gov.vn', 'x@y', `${'a'.repeat(250)}@tphcm.gov.vn`]) {
      const { settings, problems } = validateSettings({ ...complete, recipient: bad });
      expect(settings.recipient).toBe(DEFAULT_SETTINGS.recipient);
      expect(keys(problems)).toEqual(['settings.recipient.invalid']);
    }
  });

  it('does not allow an empty recipient, office or city; names may still be blank', () => {
    const { settings, problems } = validateSettings({ ...complete, recipient: '  ', recipientOffice: '', cityName: '\t', unitName: '', senderName: ' ' });
    expect(settings.recipient).toBe(DEFAULT_SETTINGS.recipient);
    expect(settings.recipientOffice).toBe(DEFAULT_SETTINGS.recipientOffice);
    expect(settings.cityName).toBe(DEFAULT_SETTINGS.cityName);
    expect(settings.unitName).toBe('');
    expect(settings.senderName).toBe('');
    expect(keys(problems)).toEqual(['settings.recipient.empty', 'settings.recipientOffice.empty', 'settings.cityName.empty']);
  });

  it('accepts language and reading case-insensitively and from a locale tag', () => {
    expect(validateSettings({ ...complete, language: ' VI ', deadlineReading: 'Strict' }).settings).toMatchObject({ language: 'vi', deadlineReading: 'strict' });
    expect(validateSettings({ ...complete, language: 'en-US' }).settings.language).toBe('en');
    expect(validateSettings({ ...complete, language: 'vi_VN' }).settings.language).toBe('vi');
  });

  it('rejects other languages and readings', () => {
    const { settings, problems } = validateSettings({ ...complete, language: 'fr', deadlineReading: 'lenient' });
    expect(settings.language).toBe('vi');
    expect(settings.deadlineReading).toBe('strict');
    expect(keys(problems)).toEqual(['settings.language.invalid', 'settings.deadlineReading.invalid']);
  });

  it('accepts an https relay, or http on this machine only', () => {
    expect(validateSettings({ ...complete, relayUrl: 'http://localhost:3000' }).settings.relayUrl).toBe('http://localhost:3000');
    const { settings, problems } = validateSettings({ ...complete, relayUrl: 'http://relay.truong.edu.vn' });
    expect('relayUrl' in settings).toBe(false);
    expect(keys(problems)).toEqual(['settings.relayUrl.invalid']);
  });

  it('treats an empty or null relay address and client id as "not set", without a problem', () => {
    const { settings, problems } = validateSettings({ ...complete, relayUrl: ' ', graphClientId: null });
    expect('relayUrl' in settings).toBe(false);
    expect('graphClientId' in settings).toBe(false);
    expect(problems).toEqual([]);
  });

  it('wants the Graph client id as a GUID (lower-cased)', () => {
    expect(validateSettings({ ...complete, graphClientId: '0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0' }).settings.graphClientId).toBe('0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0');
    for (const bad of ['my-app', '0f1e2d3c4b5a69788796a5b4c3d2e1f0', '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0-extra']) {
      const { settings, problems } = validateSettings({ ...complete, graphClientId: bad });
      expect('graphClientId' in settings).toBe(false);
      expect(keys(problems)).toEqual(['settings.graphClientId.invalid']);
    }
  });

  it('ignores unknown keys and inherited properties', () => {
    const withExtra = JSON.parse(`{"__proto__": {"recipient": "evil@x.com"}, "extra": 1, "recipient": "a@b.vn"}`);
    const { settings } = validateSettings(withExtra);
    expect(settings.recipient).toBe('a@b.vn');
    expect('extra' in settings).toBe(false);
    const inherited = Object.create({ recipient: 'evil@x.com' });
    expect(validateSettings(inherited).settings.recipient).toBe(DEFAULT_SETTINGS.recipient);
  });

  it('does not share state with DEFAULT_SETTINGS', () => {
    const { settings } = validateSettings(undefined);
    settings.unitName = 'changed';
    expect(DEFAULT_SETTINGS.unitName).toBe('');
  });
});

describe('validateField', () => {
  it('tells a form whether a single value is usable', () => {
    expect(validateField('recipient', 'tquong.ql@tphcm.gov.vn')).toEqual({ accepted: true, value: 'tquong.ql@tphcm.gov.vn', problems: [] });
    expect(validateField('recipient', 'tquong.ql@')).toEqual({ accepted: false, problems: [{ field: 'recipient', key: 'settings.recipient.invalid' }] });
    expect(validateField('relayUrl', '')).toEqual({ accepted: true, value: undefined, problems: [] });
    expect(validateField('senderName', undefined)).toEqual({ accepted: false, problems: [{ field: 'senderName', key: 'settings.senderName.missing' }] });
  });
});
