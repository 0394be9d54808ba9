import { detectEnvironment, relativeLuminance, themeOf, type OfficeLike } from '../../../src/taskpane/boot/detect';

function office(host: unknown, context: OfficeLike['context'] = {}): OfficeLike {
  return { onReady: () => Promise.resolve({ host, platform: 'PC' }), HostType: { Word: 'Word' }, context };
}

describe('detectEnvironment', () => {
  it('is file mode without the Office global (office.js blocked or offline)', async () => {
    expect(await detectEnvironment({ office: undefined })).toEqual({ mode: 'file', displayLanguage: null, theme: 'system' });
  });

  it('is file mode when office.js loaded in a plain browser (no host)', async () => {
    expect((await detectEnvironment({ office: office(null) })).mode).toBe('file');
  });

  it('is file mode in another Office application', async () => {
    expect((await detectEnvironment({ office: office('Excel') })).mode).toBe('file');
  });

  it('is word mode inside Word, with its display language and theme', async () => {
    const info = await detectEnvironment({
      office: office('Word', { displayLanguage: 'en-US', officeTheme: { isDarkTheme: true, bodyBackgroundColor: '#ffffff' } }),
    });
    expect(info).toEqual({ mode: 'word', displayLanguage: 'en-US', theme: 'dark' });
  });

  it('falls back to file mode when Office never answers', async () => {
    jest.useFakeTimers();
    try {
      const never: OfficeLike = { onReady: () => new Promise(() => undefined), HostType: { Word: 'Word' } };
      const pending = detectEnvironment({ office: never, timeoutMs: 3000 });
      jest.advanceTimersByTime(3000);
      expect((await pending).mode).toBe('file');
    } finally {
      jest.useRealTimers();
    }
  });

  it('keeps listening after the timeout and reports Word when a slow Office finally answers', async () => {
    jest.useFakeTimers();
    try {
      let answer: (info: { host: unknown; platform: unknown }) => void = () => undefined;
      const slow: OfficeLike = {
        onReady: () => new Promise((resolve) => (answer = resolve)),
        HostType: { Word: 'Word' },
        context: { displayLanguage: 'vi-VN', officeTheme: { isDarkTheme: false } },
      };
      const late = jest.fn();
      const pending = detectEnvironment({ office: slow, timeoutMs: 3000, onLateWord: late });
      jest.advanceTimersByTime(3000);
      expect((await pending).mode).toBe('file');
      expect(late).not.toHaveBeenCalled();
      answer({ host: 'Word', platform: 'PC' });
      await Promise.resolve();
      await Promise.resolve();
      expect(late).toHaveBeenCalledWith({ mode: 'word', displayLanguage: 'vi-VN', theme: 'light' });
    } finally {
      jest.useRealTimers();
    }
  });

  it('does not call onLateWord when Word answers in time, or when a late answer is not Word', async () => {
    const late = jest.fn();
    expect((await detectEnvironment({ office: office('Word'), onLateWord: late })).mode).toBe('word');
    expect(late).not.toHaveBeenCalled();
    jest.useFakeTimers();
    try {
      let answer: (info: { host: unknown; platform: unknown }) => void = () => undefined;
      const slowExcel: OfficeLike = { onReady: () => new Promise((resolve) => (answer = resolve)), HostType: { Word: 'Word' } };
      const pending = detectEnvironment({ office: slowExcel, timeoutMs: 3000, onLateWord: late });
      jest.advanceTimersByTime(3000);
      await pending;
      answer({ host: 'Excel', platform: 'PC' });
      await Promise.resolve();
      await Promise.resolve();
      expect(late).not.toHaveBeenCalled();
    } finally {
      jest.useRealTimers();
    }
  });

  it('falls back to file mode when onReady throws or rejects', async () => {
    const throwing: OfficeLike = {
      onReady: () => {
        throw new Error('no');
      },
    };
    const rejecting: OfficeLike = { onReady: () => Promise.reject(new Error('no')) };
    expect((await detectEnvironment({ office: throwing })).mode).toBe('file');
    expect((await detectEnvironment({ office: rejecting })).mode).toBe('file');
  });
});

describe('themeOf', () => {
  it("follows Office's dark flag, else the pane's background colour", () => {
    expect(themeOf({ isDarkTheme: false, bodyBackgroundColor: '#000000' })).toBe('light');
    expect(themeOf({ bodyBackgroundColor: '#262626' })).toBe('dark');
    expect(themeOf({ bodyBackgroundColor: '#FFF' })).toBe('light');
    expect(themeOf({ bodyBackgroundColor: 'not a colour' })).toBe('light');
    expect(themeOf(null)).toBe('light');
  });

  it('computes luminance of #rgb and #rrggbb only', () => {
    expect(relativeLuminance('#000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1);
    expect(relativeLuminance('rgb(0,0,0)')).toBeNull();
    expect(relativeLuminance(undefined)).toBeNull();
  });
});
