import { defaultSendEnv } from '../../../src/taskpane/boot/sendEnv';

describe('defaultSendEnv (reads Office lazily, never imports it)', () => {
  it('outside Office: no requirement set is supported and no browser window can be opened', () => {
    const env = defaultSendEnv({});
    expect(env.isSetSupported('NestedAppAuth', '1.1')).toBe(false);
    expect(env.openBrowserWindow('mailto:a@b.vn')).toBe(false);
  });

  it('reads Office when it appears after start-up', () => {
    const scope: { Office?: unknown } = {};
    const env = defaultSendEnv(scope);
    expect(env.isSetSupported('NestedAppAuth', '1.1')).toBe(false);
    const opened: string[] = [];
    scope.Office = {
      context: {
        requirements: {
          isSetSupported: (name: string, version?: string) => name === 'NestedAppAuth' && version === '1.1',
        },
        ui: { openBrowserWindow: (url: string) => opened.push(url) },
      },
    };
    expect(env.isSetSupported('NestedAppAuth', '1.1')).toBe(true);
    expect(env.isSetSupported('WordApi', '1.9')).toBe(false);
    expect(env.openBrowserWindow('mailto:a@b.vn?subject=B%C3%A1o')).toBe(true);
    expect(opened).toEqual(['mailto:a@b.vn?subject=B%C3%A1o']);
  });

  it('reports failures of Office as unsupported instead of throwing', () => {
    const boom = () => {
      throw new Error('not ready');
    };
    const env = defaultSendEnv({
      Office: { context: { requirements: { isSetSupported: boom }, ui: { openBrowserWindow: boom } } },
    });
    expect(env.isSetSupported('NestedAppAuth', '1.1')).toBe(false);
    expect(env.openBrowserWindow('mailto:a@b.vn')).toBe(false);
  });

  it('navigates the page itself as the fallback', () => {
    const scope = { location: { href: 'https://pane/' } };
    defaultSendEnv(scope).navigate('mailto:a@b.vn');
    expect(scope.location.href).toBe('mailto:a@b.vn');
  });
});
