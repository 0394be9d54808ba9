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
});
