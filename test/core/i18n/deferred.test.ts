/** Messages loaded on demand (the task pane's browser build): one language at a time, `t` stays synchronous. */
import { AREAS } from '../../../src/core/i18n/catalogs';
import { uiLater } from '../../../src/core/i18n/catalogs/uiLater';

type Runtime = typeof import('../../../src/core/i18n/runtime');

function freshRuntime(): Runtime {
  let runtime: Runtime | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    runtime = require('../../../src/core/i18n/runtime') as Runtime;
  });
  return runtime!;
}

describe('deferred message areas', () => {
  it('loads only the language asked for, then the other one when the person switches', async () => {
    const i18n = freshRuntime();
    const asked: string[] = [];
    i18n.deferCatalog('ui', async (lang) => {
      asked.push(lang);
      return { [lang]: AREAS.ui[lang] };
    });
    expect(i18n.t('ui.app.title', {}, 'vi')).toBe('ui.app.title');
    expect(i18n.catalogsLoaded('vi', ['ui'])).toBe(false);

    await i18n.loadCatalogs('vi', ['ui']);
    expect(i18n.t('ui.app.title', {}, 'vi')).toBe(AREAS.ui.vi['ui.app.title']);
    expect(i18n.catalogsLoaded('vi')).toBe(true);
    expect(i18n.catalogsLoaded('en')).toBe(false);
    expect(Object.keys(i18n.CATALOGS.en)).toHaveLength(0);

    // A language switch loads every area already in use, in the new language.
    await i18n.loadCatalogs('en');
    expect(i18n.t('ui.app.title', {}, 'en')).toBe(AREAS.ui.en['ui.app.title']);
    expect(asked).toEqual(['vi', 'en']);
  });

  it('fetches once for concurrent calls and never again once loaded', async () => {
    const i18n = freshRuntime();
    const load = jest.fn(async () => ({ vi: { 'x.a': 'Ả' }, en: { 'x.a': 'A' } }));
    i18n.deferCatalog('x', load);
    await Promise.all([i18n.loadCatalogs('vi', ['x']), i18n.loadCatalogs('vi', ['x'])]);
    await i18n.loadCatalogs('en', ['x']); // both languages came with the first load
    expect(load).toHaveBeenCalledTimes(1);
    expect(i18n.t('x.a', {}, 'en')).toBe('A');
  });

  it('lets a failed download be retried', async () => {
    const i18n = freshRuntime();
    const load = jest
      .fn()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ vi: { 'y.b': 'Được' } });
    i18n.deferCatalog('y', load);
    await expect(i18n.loadCatalogs('vi', ['y'])).rejects.toThrow('offline');
    expect(i18n.t('y.b')).toBe('y.b');
    await i18n.loadCatalogs('vi', ['y']);
    expect(i18n.t('y.b')).toBe('Được');
  });

  it('resolves at once when nothing is deferred (Node, the command line, tests)', async () => {
    const i18n = freshRuntime();
    await expect(i18n.loadCatalogs('en')).resolves.toBeUndefined();
    expect(i18n.catalogsLoaded('en')).toBe(true);
  });
});

describe('browser variants of the message modules', () => {
  it('the ui variant loads exactly one language of the ui area per call', async () => {
    await jest.isolateModulesAsync(async () => {
      const i18n = (await import('../../../src/core/i18n/runtime')) as Runtime;
      await import('../../../src/core/i18n/uiMessages.web');
      await i18n.loadCatalogs('en', ['ui']);
      expect(Object.keys(i18n.CATALOGS.vi).some((k) => k.startsWith('ui.'))).toBe(false);
      for (const [key, text] of Object.entries(AREAS.ui.en)) expect(i18n.CATALOGS.en[key]).toBe(key in uiLater.en ? undefined : text);
    });
  });

  it('the ui variant leaves the messages only later parts show (uiLater) to them, both languages in one load', async () => {
    await jest.isolateModulesAsync(async () => {
      const i18n = (await import('../../../src/core/i18n/runtime')) as Runtime;
      await import('../../../src/core/i18n/uiMessages.web');
      await i18n.loadCatalogs('vi', ['ui']);
      expect(i18n.t('ui.settings.save', {}, 'vi')).toBe('ui.settings.save');
      expect(i18n.catalogsLoaded('vi', i18n.LATER_UI)).toBe(false);
      await i18n.loadCatalogs('vi', i18n.LATER_UI);
      for (const lang of ['vi', 'en'] as const) {
        for (const [key, text] of Object.entries(uiLater[lang])) expect(i18n.CATALOGS[lang][key]).toBe(text);
      }
      // The first view's part and the later one together are the whole `ui` area.
      expect(Object.keys(AREAS.ui.vi).filter((key) => !(key in i18n.CATALOGS.vi))).toEqual([]);
    });
  });

  it('the core variant has the small core areas at once and the findings on demand', async () => {
    await jest.isolateModulesAsync(async () => {
      const i18n = (await import('../../../src/core/i18n/runtime')) as Runtime;
      await import('../../../src/core/i18n/coreAreas.web');
      expect(i18n.hasMessage('calendar.invalidDate')).toBe(true);
      expect(i18n.hasMessage('findings.template.missing')).toBe(false);
      await i18n.loadCatalogs('vi', ['findings']);
      expect(i18n.t('findings.template.missing')).toBe(AREAS.findings.vi['findings.template.missing']);
    });
  });

  it('the core variant defers the host refusals and settings problems, both languages in one load (ERROR_AREAS)', async () => {
    await jest.isolateModulesAsync(async () => {
      const i18n = (await import('../../../src/core/i18n/runtime')) as Runtime;
      await import('../../../src/core/i18n/coreAreas.web');
      expect(i18n.hasMessage('mail.invalidPeriod')).toBe(true);
      expect(i18n.hasMessage('host.notEmpty')).toBe(false);
      expect(i18n.hasMessage('settings.recipient.invalid')).toBe(false);
      expect(i18n.catalogsLoaded('vi', i18n.ERROR_AREAS)).toBe(false);
      await i18n.loadCatalogs('vi', i18n.ERROR_AREAS);
      expect(i18n.catalogsLoaded('en', i18n.ERROR_AREAS)).toBe(true);
      for (const area of [AREAS.host, AREAS.settings]) {
        for (const lang of ['vi', 'en'] as const) {
          for (const [key, text] of Object.entries(area[lang])) expect(i18n.t(key, {}, lang)).toBe(i18n.format(text, {}, lang));
        }
      }
    });
  });

  it('the word variant holds the download-failure message at once, and the rest of the word area per language shown', async () => {
    await jest.isolateModulesAsync(async () => {
      const i18n = (await import('../../../src/core/i18n/runtime')) as Runtime;
      await import('../../../src/core/i18n/uiMessages.web');
      const { loadWordMessages } = await import('../../../src/core/i18n/wordMessages.web');
      const wordKeys = (lang: 'vi' | 'en') => Object.keys(i18n.CATALOGS[lang]).filter((k) => k.startsWith('word.'));
      // Before anything is downloaded: the refusal for a failed download, in both languages, and nothing else.
      expect(wordKeys('vi')).toEqual(['word.codeLoad']);
      expect(i18n.t('word.codeLoad', {}, 'en')).toBe(AREAS.word.en['word.codeLoad']);
      // The pane shows Vietnamese: only the Vietnamese messages come with the operations.
      await i18n.loadCatalogs('vi', ['ui']);
      await loadWordMessages();
      expect(wordKeys('vi').sort()).toEqual(Object.keys(AREAS.word.vi).sort());
      expect(wordKeys('en')).toEqual(['word.codeLoad']);
      // A switch to English loads the English ones with the other areas in use.
      await i18n.loadCatalogs('en');
      expect(wordKeys('en').sort()).toEqual(Object.keys(AREAS.word.en).sort());
      expect(i18n.t('word.busy', {}, 'en')).toBe(AREAS.word.en['word.busy']);
    });
  });

  it('the word variant loads English with the operations when the pane was started in English', async () => {
    await jest.isolateModulesAsync(async () => {
      const i18n = (await import('../../../src/core/i18n/runtime')) as Runtime;
      await import('../../../src/core/i18n/uiMessages.web');
      const { loadWordMessages } = await import('../../../src/core/i18n/wordMessages.web');
      // src/taskpane/index.tsx: Vietnamese first, then the saved language.
      await i18n.loadCatalogs('vi', ['ui']);
      await i18n.loadCatalogs('en', ['ui']);
      await loadWordMessages();
      expect(i18n.catalogsLoaded('en')).toBe(true);
      expect(i18n.t('word.busy', {}, 'en')).toBe(AREAS.word.en['word.busy']);
    });
  });

  it('keeps the first paint text in both languages (boot area)', () => {
    expect(AREAS.boot.vi['boot.starting']).toBe('Đang khởi động…'.normalize('NFC'));
    expect(AREAS.boot.en['boot.starting']).toBe('Starting…');
  });
});
