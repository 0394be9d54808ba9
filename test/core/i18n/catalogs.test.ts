import { AREAS } from '../../../src/core/i18n/catalogs';
import { CATALOGS, format, formatNumber, langFromLocale, t } from '../../../src/core/i18n';

describe('message catalogs', () => {
  it.each(Object.entries(AREAS))('area %s has the same keys in Vietnamese and English', (_name, area) => {
    expect(Object.keys(area.en).sort()).toEqual(Object.keys(area.vi).sort());
  });

  it.each(Object.entries(AREAS))('area %s prefixes every key with its own name', (name, area) => {
    for (const key of Object.keys(area.vi)) expect(key.startsWith(name + '.')).toBe(true);
  });

  it('has no empty message and every Vietnamese message is NFC', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const [key, text] of Object.entries(CATALOGS[lang])) {
        expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
        expect({ key, nfc: text === text.normalize('NFC') }).toEqual({ key, nfc: true });
      }
    }
  });

  it('uses the same placeholders in both languages', () => {
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(CATALOGS.vi)) expect({ key, p: names(CATALOGS.en[key] ?? '') }).toEqual({ key, p: names(CATALOGS.vi[key]) });
  });
});

describe('t and format', () => {
  it('fills placeholders and formats numbers per language', () => {
    expect(format('{n} chữ', { n: 1000 }, 'vi')).toBe('1.000 chữ');
    expect(format('{n} words', { n: 1000 }, 'en')).toBe('1,000 words');
    expect(formatNumber(1234567.5, 'vi')).toBe('1.234.567,5');
    expect(formatNumber(-12, 'en')).toBe('-12');
  });

  it('leaves unknown placeholders visible and unknown keys as the key', () => {
    expect(format('{a} {b}', { a: 'x' })).toBe('x {b}');
    expect(t('no.such.key')).toBe('no.such.key');
  });

  it('picks English only for English display languages', () => {
    expect(langFromLocale('en-US')).toBe('en');
    expect(langFromLocale('EN')).toBe('en');
    expect(langFromLocale('vi-VN')).toBe('vi');
    expect(langFromLocale('fr-FR')).toBe('vi');
    expect(langFromLocale(undefined)).toBe('vi');
  });
});

describe('messages other modules rely on', () => {
  it('has a message for every settings problem key and the errors thrown by calendar and mail', async () => {
    const { SETTINGS_FIELDS, settingsProblemKey } = await import('../../../src/core/settings');
    const codes = ['missing', 'wrongType', 'invalid', 'empty', 'tooLong', 'controlCharacters'] as const;
    for (const field of SETTINGS_FIELDS) for (const code of codes) expect(CATALOGS.vi[settingsProblemKey(field, code)]).toBeDefined();
    expect(t('calendar.invalidDate', { value: 'x' })).toContain('x');
    expect(t('mail.invalidPeriod', { quarter: 5, year: 2026 }, 'en')).toContain('quarter 5');
  });
});

describe('areas load with the modules that use them', () => {
  it('starts with the core areas only, so the task pane does not download every message', () => {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const i18n = require('../../../src/core/i18n') as typeof import('../../../src/core/i18n');
      expect(i18n.hasMessage('findings.template.present')).toBe(Object.keys(AREAS.findings.vi).includes('findings.template.present'));
      expect(Object.keys(i18n.CATALOGS.vi).some((k) => k.startsWith('cli.'))).toBe(false);
      expect(Object.keys(i18n.CATALOGS.vi).some((k) => k.startsWith('graph.'))).toBe(false);
    });
  });

  it.each([
    ['docx', '../../../src/docx/read'],
    ['word', '../../../src/word/WordHost'],
    ['graph', '../../../src/mail/graph'],
    ['relay', '../../../src/mail/relay'],
    ['cli', '../../../src/cli/textReport'],
    ['forms', '../../../src/taskpane/ui/messages'],
    ['ui', '../../../src/taskpane/state/i18n'],
  ])('importing the module that uses the %s area registers all of its messages', (area, modulePath) => {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require(modulePath);
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const i18n = require('../../../src/core/i18n') as typeof import('../../../src/core/i18n');
      for (const key of Object.keys(AREAS[area].vi)) expect({ key, ok: i18n.hasMessage(key) }).toEqual({ key, ok: true });
    });
  });
});

describe('the Vietnamese wording the person reads (issue 12 §5)', () => {
  const vi = Object.values(AREAS).flatMap((area) => Object.entries(area.vi as Record<string, string>));

  it('quotes with Vietnamese quotation marks “ ”, never straight double quotes (column hints of the models form too)', async () => {
    const { MODEL_COLUMNS } = await import('../../../src/core/template/columns');
    const texts = [...vi, ...MODEL_COLUMNS.map((c) => [`column ${c.id}`, c.hint.vi] as [string, string])];
    expect(texts.filter(([, text]) => text.includes('"')).map(([key]) => key)).toEqual([]);
    // Opened and closed: every “ has its ”.
    for (const [key, text] of texts) {
      expect({ key, open: (text.match(/“/g) ?? []).length }).toEqual({ key, open: (text.match(/”/g) ?? []).length });
    }
  });

  it('calls the relay one thing everywhere: “máy chủ chuyển tiếp”', () => {
    const relay = vi.filter(([key, text]) => /relay/i.test(key) || /chuyển tiếp|trung gian|relay/i.test(text));
    expect(relay.length).toBeGreaterThan(20);
    // Any other word for it (an English "relay", "máy chủ trung gian", "máy chủ gửi thư") is a second name.
    expect(vi.filter(([, text]) => /\brelay\b|trung gian|máy chủ gửi/i.test(text)).map(([key]) => key)).toEqual([]);
    expect(vi.filter(([, text]) => /chuyển tiếp/i.test(text) && !/máy chủ chuyển tiếp/i.test(text)).map(([key]) => key)).toEqual([]);
  });

  it('says an implausible birth year in a sentence, not “Năm sinh 1940 cho tuổi 86”', () => {
    const params = { year: '1940', age: 86, minAge: 18, maxAge: 75 };
    expect(format(AREAS.findings.vi['findings.birthYear.implausible'], params, 'vi')).toBe(
      'Người sinh năm 1940 thì năm nay 86 tuổi, ngoài độ tuổi đang công tác (18–75 tuổi). Hãy kiểm tra lại năm sinh.',
    );
  });

  it('says pages as “4 trang (tối thiểu 2)”, never as a fraction “4/2”', () => {
    const pages = vi.filter(([, text]) => /\{pages\}/.test(text));
    expect(pages.length).toBeGreaterThan(3);
    for (const [key, text] of pages) expect({ key, fraction: /\{pages\}\s*\/\s*\{min\}/.test(text) }).toEqual({ key, fraction: false });
    expect(format(AREAS.ui.vi['ui.progress.pages'], { pages: 4, min: 2 }, 'vi')).toBe('4 trang (tối thiểu 2)');
  });
});
