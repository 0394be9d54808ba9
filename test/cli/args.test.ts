import { parseAt, scanLang } from '../../src/cli/args';
import { UsageError } from '../../src/cli/io';

describe('--at: the instant used for deadlines', () => {
  it('reads a date alone as midnight in Vietnam (UTC+7)', () => {
    expect(parseAt('2026-12-20').toISOString()).toBe('2026-12-19T17:00:00.000Z');
  });

  it('reads a date-time without zone in Vietnam time, and honours Z or an offset', () => {
    expect(parseAt('2026-12-20T08:00').toISOString()).toBe('2026-12-20T01:00:00.000Z');
    expect(parseAt('2026-12-20T08:00:30Z').toISOString()).toBe('2026-12-20T08:00:30.000Z');
    expect(parseAt('2026-12-20T08:00:00+07:00').toISOString()).toBe('2026-12-20T01:00:00.000Z');
  });

  it.each(['', 'tomorrow', '20/12/2026', '2026-02-31', '2026-13-01', '2026-12-20 08:00', 'March 7, 2026'])('refuses %j as a usage error', (value) => {
    expect(() => parseAt(value)).toThrow(UsageError);
  });
});

describe('--lang', () => {
  it('defaults to Vietnamese and accepts both spellings of the option', () => {
    expect(scanLang(['check', 'a.docx'])).toBe('vi');
    expect(scanLang(['check', '--lang', 'en', 'a.docx'])).toBe('en');
    expect(scanLang(['check', '--lang=en'])).toBe('en');
  });

  it('refuses an unknown or missing language', () => {
    expect(() => scanLang(['check', '--lang', 'fr'])).toThrow(UsageError);
    expect(() => scanLang(['check', '--lang'])).toThrow(UsageError);
  });

  it('ignores arguments after "--"', () => {
    expect(scanLang(['check', '--', '--lang', 'fr'])).toBe('vi');
  });
});
