/** @jest-environment jsdom */
import { defaultSendEnv } from '../../../src/taskpane/boot/sendEnv';

const onReady = async () => ({ host: 'Word', platform: 'PC' });

describe('defaultSendEnv (reads Office through src/word/office.ts, lazily)', () => {
  it('outside Office: no requirement set is supported and no browser window can be opened', () => {
    const env = defaultSendEnv({});
    expect(env.isSetSupported('NestedAppAuth', '1.1')).toBe(false);
    expect(env.openBrowserWindow('https://example.edu.vn/')).toBe(false);
  });

  it('reads Office when it appears after start-up', () => {
    const scope: { Office?: unknown } = {};
    const env = defaultSendEnv(scope);
    expect(env.isSetSupported('NestedAppAuth', '1.1')).toBe(false);
    const opened: string[] = [];
    scope.Office = {
      onReady,
      context: {
        requirements: {
          isSetSupported: (name: string, version?: string) => name === 'NestedAppAuth' && version === '1.1',
        },
        ui: { openBrowserWindow: (url: string) => opened.push(url) },
      },
    };
    expect(env.isSetSupported('NestedAppAuth', '1.1')).toBe(true);
    expect(env.isSetSupported('WordApi', '1.9')).toBe(false);
    expect(env.openBrowserWindow('https://tphcm.gov.vn/?q=B%C3%A1o')).toBe(true);
    expect(opened).toEqual(['https://tphcm.gov.vn/?q=B%C3%A1o']);
  });

  it('never hands mailto: (or any scheme but https) to openBrowserWindow, whose reference supports https only', () => {
    const opened: string[] = [];
    const env = defaultSendEnv({ Office: { onReady, context: { ui: { openBrowserWindow: (url: string) => opened.push(url) } } } });
    expect(env.openBrowserWindow('mailto:a@b.vn?subject=B%C3%A1o')).toBe(false);
    expect(env.openBrowserWindow('http://example.edu.vn/')).toBe(false);
    expect(env.openBrowserWindow('javascript:alert(1)')).toBe(false);
    expect(opened).toEqual([]);
  });

  it('reports failures of Office as unsupported instead of throwing', () => {
    const boom = () => {
      throw new Error('not ready');
    };
    const env = defaultSendEnv({
      Office: { onReady, context: { requirements: { isSetSupported: boom }, ui: { openBrowserWindow: boom } } },
    });
    expect(env.isSetSupported('NestedAppAuth', '1.1')).toBe(false);
    expect(env.openBrowserWindow('https://example.edu.vn/')).toBe(false);
  });

  it('opens a mail draft by clicking a link in the page', () => {
    const clicked: string[] = [];
    const doc = document.implementation.createHTMLDocument('pane');
    doc.addEventListener('click', (e) => {
      clicked.push((e.target as HTMLAnchorElement).href);
      e.preventDefault();
    });
    const scope = { document: doc, location: { href: 'https://pane/' } };
    defaultSendEnv(scope).navigate('mailto:a@b.vn?subject=B%C3%A1o');
    expect(clicked).toEqual(['mailto:a@b.vn?subject=B%C3%A1o']);
    expect(scope.location.href).toBe('https://pane/');
    expect(doc.querySelectorAll('a')).toHaveLength(0); // the link is removed again
  });

  it('without a document, navigates the page itself', () => {
    const scope = { location: { href: 'https://pane/' } };
    defaultSendEnv(scope).navigate('mailto:a@b.vn');
    expect(scope.location.href).toBe('mailto:a@b.vn');
  });

  it('without NAA, the Microsoft 365 token comes from the Office dialog sign-in beside the pane (not hidden, not NAA)', async () => {
    const CLIENT_ID = '8f2c1e44-5b7a-4c1d-9e3f-2a6b8c0d1e2f';
    const opened: Array<{ url: string; options: unknown }> = [];
    const scope = {
      location: { href: 'https://addin.truong.edu.vn/taskpane.html?_host_Info=Word' },
      Office: {
        onReady,
        context: {
          requirements: { isSetSupported: (name: string, version?: string) => name === 'DialogApi' && version === '1.1' },
          ui: {
            displayDialogAsync(url: string, options: unknown, callback: (r: unknown) => void) {
              opened.push({ url, options });
              const handlers: Record<string, (arg: unknown) => void> = {};
              callback({ status: 'succeeded', value: { addEventHandler: (t: string, h: (a: unknown) => void) => (handlers[t] = h), close: () => undefined } });
              const message = JSON.stringify({ type: 'bctt.signin', ok: true, accessToken: 'from-dialog', expiresOn: Date.now() + 3600_000, scopes: ['Mail.Send'] });
              setTimeout(() => handlers.dialogMessageReceived({ message, origin: 'https://addin.truong.edu.vn' }), 0);
            },
          },
        },
      },
    };
    const env = defaultSendEnv(scope);
    const provider = env.createTokenProvider({ clientId: CLIENT_ID, isSetSupported: env.isSetSupported });
    await expect(provider.getToken()).resolves.toBe('from-dialog');
    expect(opened).toHaveLength(1);
    expect(opened[0].url.startsWith('https://addin.truong.edu.vn/signin.html?clientId=')).toBe(true);
    expect(opened[0].options).toMatchObject({ displayInIframe: false });
  });

  it('with neither NAA nor the dialog API, Microsoft 365 is refused at once with the reason', () => {
    const env = defaultSendEnv({ Office: { onReady, context: { requirements: { isSetSupported: () => false } } } });
    expect(() => env.createTokenProvider({ clientId: '8f2c1e44-5b7a-4c1d-9e3f-2a6b8c0d1e2f', isSetSupported: env.isSetSupported })).toThrow(
      expect.objectContaining({ messageKey: 'graph.naaUnsupported' }),
    );
  });
});
