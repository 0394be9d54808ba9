import { isValidEmail } from '../../../src/core/settings';

describe('isValidEmail', () => {
  it.each([
    'tquong.ql@tphcm.gov.vn',
    'a@b.vn',
    'nguyen.van.a+bao-cao@truong-th.edu.vn',
    "o'brien@example.com",
    'UPPER@Example.COM',
    `${'a'.repeat(64)}@example.com`,
  ])('accepts %s', (email) => {
    expect(isValidEmail(email)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['no @', 'tquong.ql.tphcm.gov.vn'],
    ['two @', 'a@b@tphcm.gov.vn'],
    ['nothing before @', '@tphcm.gov.vn'],
    ['no dot in the domain', 'tquong@localhost'],
    ['a space', 'tquong ql@tphcm.gov.vn'],
    ['a leading space', ' tquong.ql@tphcm.gov.vn'],
    ['a tab', 'tquong.ql@tphcm.gov.vn\t'],
    ['a control character', 'tquong\u0000ql@tphcm.gov.vn'],
    ['a dot at the start', '.tquong@tphcm.gov.vn'],
    ['two dots in a row', 'tquong..ql@tphcm.gov.vn'],
    ['a dot before @', 'tquong.@tphcm.gov.vn'],
    ['an empty domain label', 'tquong@tphcm..vn'],
    ['a label starting with a hyphen', 'tquong@-tphcm.gov.vn'],
    ['a numeric top-level domain', 'tquong@10.0.0.1'],
    ['a one-letter top-level domain', 'tquong@tphcm.v'],
    ['Vietnamese letters (IDN not supported)', 'thường@trường.vn'],
    ['a local part over 64 characters', `${'a'.repeat(65)}@example.com`],
    ['over 254 characters in all', `a@${['b', 'c', 'd', 'e', 'f'].map((c) => c.repeat(60)).join('.')}.vn`],
    ['a display name', 'Tổ Quản lý <tquong.ql@tphcm.gov.vn>'],
    ['a list of two addresses', 'a@b.vn,c@d.vn'],
  ])('rejects %s', (_why, email) => {
    expect(isValidEmail(email)).toBe(false);
  });

  it('draws the line at 254 characters', () => {
    const at254 = `${'a'.repeat(64)}@${'b'.repeat(61)}.${'c'.repeat(61)}.${'d'.repeat(62)}.vn`;
    const at255 = `${'a'.repeat(64)}@${'b'.repeat(61)}.${'c'.repeat(61)}.${'d'.repeat(63)}.vn`;
    expect(at254).toHaveLength(254);
    expect(isValidEmail(at254)).toBe(true);
    expect(isValidEmail(at255)).toBe(false);
  });

  it('rejects non-strings', () => {
    expect(isValidEmail(undefined)).toBe(false);
    expect(isValidEmail(null)).toBe(false);
    expect(isValidEmail(42)).toBe(false);
    expect(isValidEmail({ toString: () => 'a@b.vn' })).toBe(false);
  });
});
