/**
 * Microsoft 365 sign-in without Nested App Authentication (issue 10 item 14): the Office dialog sign-in.
 * The task pane's token provider (src/mail/graph/dialogAuth.ts), the dialog page (src/mail/graph/dialogSignIn.ts) and
 * the Office adapter (src/word/office.ts officeOpenDialog / officeMessageParent) are tested against an Office double
 * whose displayDialogAsync "loads" the dialog page in the same process, with MSAL replaced by a scripted stand-in.
 */
import { AppError } from '../../../src/core/errors';
import { t } from '../../../src/core/i18n';
import {
  createDialogTokenProvider,
  DIALOG_CODES,
  graphSignInMode,
  graphUnavailableReason,
  parseSignInMessage,
  signInDialogUrl,
  type OpenDialog,
} from '../../../src/mail/graph';
import { readSignInRequest, TOKEN_EXPIRY_MARGIN_MS } from '../../../src/mail/graph/dialogAuth';
import { runSignInPage, SIGN_IN_STORAGE_KEY, signInRedirectUri, type StandardMsalModule } from '../../../src/mail/graph/dialogSignIn';
import { availablePaths } from '../../../src/taskpane/views/send/sendPaths';
import { officeMessageParent, officeOpenDialog } from '../../../src/word/office';

const CLIENT_ID = '8f2c1e44-5b7a-4c1d-9e3f-2a6b8c0d1e2f';
const PANE = 'https://addin.truong.edu.vn/taskpane.html?_host_Info=Word$Win32$16.01$vi-VN';
const ORIGIN = 'https://addin.truong.edu.vn';
const HOUR = 3600_000;

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected a failure');
}

/** An OpenDialog whose dialog answers with `answer(url)`: a message, an event code, or an open failure. */
function scriptedDialog(answer: (url: string) => { message?: string; origin?: string; event?: number; openError?: number }) {
  const opened: string[] = [];
  let closed = 0;
  const openDialog: OpenDialog = async (url, handlers) => {
    opened.push(url);
    const a = answer(url);
    if (a.openError !== undefined) throw Object.assign(new Error('open'), { code: a.openError });
    setTimeout(() => {
      if (a.message !== undefined) handlers.onMessage(a.message, a.origin ?? ORIGIN);
      if (a.event !== undefined) handlers.onEvent(a.event);
    }, 0);
    return { close: () => void closed++ };
  };
  return { openDialog, opened, closedCount: () => closed };
}

const okMessage = (token: string, expiresOn: number) =>
  JSON.stringify({ type: 'bctt.signin', ok: true, accessToken: token, expiresOn, scopes: ['Mail.Send'], username: 'hieutruong@thlvt.edu.vn' });

describe('which sign-in the Graph path uses', () => {
  const sets = (...names: string[]) => (name: string, version?: string) => names.includes(`${name} ${version}`);

  it('NAA where Office offers it, the Office dialog where only DialogApi is there, nothing outside Office', () => {
    expect(graphSignInMode(sets('NestedAppAuth 1.1', 'DialogApi 1.1'))).toBe('naa');
    expect(graphSignInMode(sets('DialogApi 1.1'))).toBe('dialog');
    expect(graphSignInMode(sets())).toBeNull();
    expect(graphSignInMode(() => { throw new Error('Office is not defined'); })).toBeNull();
  });

  it('keeps offering Microsoft 365 without NAA (the dialog sign-in), and hides it only without both', () => {
    const settings = { graphClientId: CLIENT_ID, relayUrl: '' };
    expect(availablePaths(settings, { isSetSupported: sets('DialogApi 1.1') })).toEqual(['graph', 'manual']);
    expect(graphUnavailableReason({ clientId: CLIENT_ID, isSetSupported: sets('DialogApi 1.1') })).toBeUndefined();
    expect(availablePaths(settings, { isSetSupported: sets() })).toEqual(['manual']);
    expect(graphUnavailableReason({ clientId: CLIENT_ID, isSetSupported: sets() })).toBe('graph.naaUnsupported');
    expect(t('graph.naaUnsupported')).toContain('DialogApi 1.1');
    expect(graphUnavailableReason({ clientId: 'not-a-guid', isSetSupported: sets('DialogApi 1.1') })).toBe('graph.notConfigured');
  });
});

describe('the dialog address', () => {
  it('carries the request in the query string (never a fragment), beside the pane, without the pane query', () => {
    const url = signInDialogUrl(PANE + '#x', { clientId: CLIENT_ID, scopes: ['Mail.Send', 'Mail.ReadWrite'], loginHint: 'cô.giáo@trường.vn' });
    const parsed = new URL(url);
    expect(parsed.origin + parsed.pathname).toBe(`${ORIGIN}/signin.html`);
    expect(parsed.hash).toBe('');
    expect(parsed.searchParams.get('_host_Info')).toBeNull();
    // Office appends _host_Info to the dialog's query: the page still reads its request.
    expect(readSignInRequest(`${url}&_host_Info=Word$Win32`)).toEqual({ clientId: CLIENT_ID, scopes: ['Mail.Send', 'Mail.ReadWrite'], loginHint: 'cô.giáo@trường.vn' });
  });

  it('a page address without a valid client id or scopes is no request', () => {
    expect(readSignInRequest(`${ORIGIN}/signin.html`)).toBeNull();
    expect(readSignInRequest(`${ORIGIN}/signin.html?clientId=abc&scopes=Mail.Send`)).toBeNull();
    expect(readSignInRequest(`${ORIGIN}/signin.html?clientId=${CLIENT_ID}&scopes=`)).toBeNull();
    expect(readSignInRequest(`${ORIGIN}/signin.html?clientId=${CLIENT_ID}&scopes=%3Cscript%3E`)).toBeNull();
    expect(readSignInRequest('not a url')).toBeNull();
  });

  it('reads only well-formed messages of ours', () => {
    expect(parseSignInMessage(okMessage('tok', 5))).toMatchObject({ ok: true, accessToken: 'tok', expiresOn: 5 });
    expect(parseSignInMessage(JSON.stringify({ type: 'bctt.signin', ok: false, error: 'access_denied' }))).toEqual({ type: 'bctt.signin', ok: false, error: 'access_denied' });
    expect(parseSignInMessage(JSON.stringify({ type: 'bctt.signin', ok: false }))).toMatchObject({ error: 'unknown' });
    expect(parseSignInMessage(JSON.stringify({ type: 'other', ok: true, accessToken: 't', expiresOn: 1 }))).toBeNull();
    expect(parseSignInMessage(JSON.stringify({ type: 'bctt.signin', ok: true, accessToken: '', expiresOn: 1 }))).toBeNull();
    expect(parseSignInMessage('{')).toBeNull();
    expect(parseSignInMessage('')).toBeNull();
  });
});

describe('createDialogTokenProvider (the task pane side)', () => {
  it('opens the sign-in dialog, takes the token from its message, closes it, and reuses the token until shortly before it expires', async () => {
    let clock = 1_000_000;
    const dialog = scriptedDialog(() => ({ message: okMessage(`token-${clock}`, clock + HOUR) }));
    const provider = createDialogTokenProvider({ clientId: CLIENT_ID, pageUrl: PANE, openDialog: dialog.openDialog, now: () => clock, getLoginHint: async () => 'hieutruong@thlvt.edu.vn' });
    expect(dialog.opened).toHaveLength(0); // nothing opens before a send asks

    expect(await provider.getToken()).toBe('token-1000000');
    expect(dialog.opened).toHaveLength(1);
    expect(dialog.closedCount()).toBe(1);
    expect(readSignInRequest(dialog.opened[0])).toEqual({ clientId: CLIENT_ID, scopes: ['Mail.Send'], loginHint: 'hieutruong@thlvt.edu.vn' });

    clock += HOUR - TOKEN_EXPIRY_MARGIN_MS - 1;
    expect(await provider.getToken()).toBe('token-1000000');
    expect(dialog.opened).toHaveLength(1);

    clock += 2; // inside the margin: a new sign-in
    expect(await provider.getToken()).toBe(`token-${clock}`);
    expect(dialog.opened).toHaveLength(2);
  });

  it('a refused token (forceRefresh) opens the dialog again and asks the page not to hand back a cached one', async () => {
    let n = 0;
    const dialog = scriptedDialog(() => ({ message: okMessage(`t${++n}`, Date.now() + HOUR) }));
    const provider = createDialogTokenProvider({ clientId: CLIENT_ID, pageUrl: PANE, openDialog: dialog.openDialog });
    expect(await provider.getToken()).toBe('t1');
    expect(await provider.getToken({ forceRefresh: true })).toBe('t2');
    expect(readSignInRequest(dialog.opened[1])?.forceRefresh).toBe(true);
    expect(readSignInRequest(dialog.opened[0])?.forceRefresh).toBeUndefined();
  });

  it('requests arriving together share one dialog', async () => {
    const dialog = scriptedDialog(() => ({ message: okMessage('shared', Date.now() + HOUR) }));
    const provider = createDialogTokenProvider({ clientId: CLIENT_ID, pageUrl: PANE, openDialog: dialog.openDialog });
    await expect(Promise.all([provider.getToken(), provider.getToken()])).resolves.toEqual(['shared', 'shared']);
    expect(dialog.opened).toHaveLength(1);
  });

  it('the person closing the dialog (12006) or refusing consent cancels the send; nothing is cached', async () => {
    const closed = scriptedDialog(() => ({ event: DIALOG_CODES.closedByUser }));
    const provider = createDialogTokenProvider({ clientId: CLIENT_ID, pageUrl: PANE, openDialog: closed.openDialog });
    expect((await failure(provider.getToken())).messageKey).toBe('graph.cancelled');
    await failure(provider.getToken());
    expect(closed.opened).toHaveLength(2);

    const refused = scriptedDialog(() => ({ message: JSON.stringify({ type: 'bctt.signin', ok: false, error: 'access_denied' }) }));
    const p2 = createDialogTokenProvider({ clientId: CLIENT_ID, pageUrl: PANE, openDialog: refused.openDialog });
    expect((await failure(p2.getToken())).messageKey).toBe('graph.cancelled');
    expect(refused.closedCount()).toBe(1);
  });

  it('a sign-in error from the page is graph.signInFailed with its code, in Vietnamese by default', async () => {
    const dialog = scriptedDialog(() => ({ message: JSON.stringify({ type: 'bctt.signin', ok: false, error: 'invalid_request' }) }));
    const provider = createDialogTokenProvider({ clientId: CLIENT_ID, pageUrl: PANE, openDialog: dialog.openDialog });
    const error = await failure(provider.getToken());
    expect(error.messageKey).toBe('graph.signInFailed');
    expect(error.params).toEqual({ reason: 'invalid_request' });
    expect(t(error.messageKey, error.params)).toContain('Không đăng nhập được Microsoft 365 (invalid_request)');
  });

  it('a dialog page that fails to load (12002) fails the sign-in with the dialog code', async () => {
    const dialog = scriptedDialog(() => ({ event: DIALOG_CODES.pageNotFound }));
    const provider = createDialogTokenProvider({ clientId: CLIENT_ID, pageUrl: PANE, openDialog: dialog.openDialog });
    const error = await failure(provider.getToken());
    expect(error.messageKey).toBe('graph.signInFailed');
    expect(error.params).toEqual({ reason: 'dialog 12002' });
  });

  it('a blocked or ignored dialog (12009, 12011) and a dialog already open (12007) say what to do', async () => {
    for (const code of [DIALOG_CODES.ignored, DIALOG_CODES.blocked]) {
      const d = scriptedDialog(() => ({ openError: code }));
      const error = await failure(createDialogTokenProvider({ clientId: CLIENT_ID, pageUrl: PANE, openDialog: d.openDialog }).getToken());
      expect(error.messageKey).toBe('graph.dialogBlocked');
      expect(t(error.messageKey, error.params)).toContain(`mã ${code}`);
      expect(t(error.messageKey, error.params, 'en')).toContain('Allow popups');
    }
    const open = scriptedDialog(() => ({ openError: DIALOG_CODES.alreadyOpen }));
    expect((await failure(createDialogTokenProvider({ clientId: CLIENT_ID, pageUrl: PANE, openDialog: open.openDialog }).getToken())).messageKey).toBe('graph.dialogAlreadyOpen');
  });

  it('ignores a message from another origin; a malformed message of our origin fails the sign-in', async () => {
    const openDialog: OpenDialog = async (_url, handlers) => {
      setTimeout(() => {
        handlers.onMessage(okMessage('stolen', Date.now() + HOUR), 'https://evil.example');
        handlers.onMessage(okMessage('ours', Date.now() + HOUR), ORIGIN);
      }, 0);
      return { close: () => undefined };
    };
    expect(await createDialogTokenProvider({ clientId: CLIENT_ID, pageUrl: PANE, openDialog }).getToken()).toBe('ours');

    const bad: OpenDialog = async (_url, handlers) => {
      setTimeout(() => handlers.onMessage('<html>', ORIGIN), 0);
      return { close: () => undefined };
    };
    expect((await failure(createDialogTokenProvider({ clientId: CLIENT_ID, pageUrl: PANE, openDialog: bad }).getToken())).params).toEqual({ reason: 'bad dialog message' });
  });

  it('refuses at once without a valid client id', () => {
    const dialog = scriptedDialog(() => ({}));
    for (const clientId of [undefined, '', 'abc', `${CLIENT_ID}x`]) {
      expect(() => createDialogTokenProvider({ clientId, pageUrl: PANE, openDialog: dialog.openDialog })).toThrow(expect.objectContaining({ messageKey: 'graph.notConfigured' }));
    }
    expect(dialog.opened).toHaveLength(0);
  });
});

/** MSAL's standard application, scripted: what handleRedirectPromise gives, accounts, silent answers; records calls. */
function fakeStandardMsal(script: { redirectResult?: unknown; redirectError?: unknown; accounts?: unknown[]; silent?: unknown; silentError?: unknown }) {
  const calls = { config: [] as unknown[], silent: [] as unknown[], redirect: [] as unknown[] };
  const pca = {
    handleRedirectPromise: jest.fn(async () => {
      if (script.redirectError) throw script.redirectError;
      return script.redirectResult ?? null;
    }),
    getAllAccounts: jest.fn(() => script.accounts ?? []),
    acquireTokenSilent: jest.fn(async (request: unknown) => {
      calls.silent.push(request);
      if (script.silentError) throw script.silentError;
      return script.silent;
    }),
    acquireTokenRedirect: jest.fn(async (request: unknown) => {
      calls.redirect.push(request);
    }),
  };
  const module = {
    createStandardPublicClientApplication: jest.fn(async (config: unknown) => {
      calls.config.push(config);
      return pca;
    }),
  } as unknown as StandardMsalModule;
  return { module, calls, pca };
}

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

const PAGE = signInDialogUrl(PANE, { clientId: CLIENT_ID, scopes: ['Mail.Send'], loginHint: 'hieutruong@thlvt.edu.vn' }) + '&_host_Info=Word$Win32';
const RETURNED = `${ORIGIN}/signin.html#code=abc&state=xyz`;
const RESULT = { accessToken: 'dialog-token', expiresOn: new Date(2026, 11, 5, 20), scopes: ['Mail.Send'], account: { username: 'hieutruong@thlvt.edu.vn' } };

describe('runSignInPage (the dialog side)', () => {
  it('first load: keeps the request, leaves for the sign-in page with the scopes and login hint; MSAL configured on this page as redirect URI', async () => {
    const msal = fakeStandardMsal({});
    const storage = memoryStorage();
    const sent: string[] = [];
    const outcome = await runSignInPage({ href: PAGE, storage, loadMsal: async () => msal.module, messageParent: (m) => sent.push(m) });
    expect(outcome).toBe('redirecting');
    expect(sent).toEqual([]);
    expect(msal.calls.config).toEqual([
      { auth: { clientId: CLIENT_ID, authority: 'https://login.microsoftonline.com/common', redirectUri: `${ORIGIN}/signin.html` }, cache: { cacheLocation: 'sessionStorage' } },
    ]);
    expect(msal.calls.redirect).toEqual([{ scopes: ['Mail.Send'], loginHint: 'hieutruong@thlvt.edu.vn' }]);
    expect(JSON.parse(storage.map.get(SIGN_IN_STORAGE_KEY)!)).toMatchObject({ clientId: CLIENT_ID, redirected: true });
    expect(signInRedirectUri(PAGE)).toBe(`${ORIGIN}/signin.html`);
  });

  it('back from the sign-in page (no query): sends the token to the pane and forgets the request', async () => {
    const storage = memoryStorage();
    storage.setItem(SIGN_IN_STORAGE_KEY, JSON.stringify({ clientId: CLIENT_ID, scopes: ['Mail.Send'], redirected: true }));
    const msal = fakeStandardMsal({ redirectResult: RESULT });
    const sent: string[] = [];
    const outcome = await runSignInPage({ href: RETURNED, storage, loadMsal: async () => msal.module, messageParent: (m) => sent.push(m) });
    expect(outcome).toMatchObject({ ok: true, accessToken: 'dialog-token' });
    expect(sent.map(parseSignInMessage)).toEqual([
      { type: 'bctt.signin', ok: true, accessToken: 'dialog-token', expiresOn: RESULT.expiresOn.getTime(), scopes: ['Mail.Send'], username: 'hieutruong@thlvt.edu.vn' },
    ]);
    expect(storage.map.has(SIGN_IN_STORAGE_KEY)).toBe(false);
    expect(msal.calls.redirect).toEqual([]);
  });

  it('an account already signed in this dialog gets its token silently (forceRefresh passed on), without leaving the page', async () => {
    const msal = fakeStandardMsal({ accounts: [{ username: 'a' }], silent: RESULT });
    const sent: string[] = [];
    await runSignInPage({ href: `${PAGE}&refresh=1`, storage: memoryStorage(), loadMsal: async () => msal.module, messageParent: (m) => sent.push(m) });
    expect(msal.calls.silent).toEqual([{ scopes: ['Mail.Send'], account: { username: 'a' }, forceRefresh: true }]);
    expect(parseSignInMessage(sent[0])).toMatchObject({ ok: true });
  });

  it('the person refusing at the sign-in page comes back as access_denied, which the pane reads as cancelled', async () => {
    const storage = memoryStorage();
    storage.setItem(SIGN_IN_STORAGE_KEY, JSON.stringify({ clientId: CLIENT_ID, scopes: ['Mail.Send'], redirected: true }));
    const msal = fakeStandardMsal({ redirectError: Object.assign(new Error('denied'), { errorCode: 'access_denied' }) });
    const sent: string[] = [];
    await runSignInPage({ href: `${ORIGIN}/signin.html?error=access_denied&state=x`, storage, loadMsal: async () => msal.module, messageParent: (m) => sent.push(m) });
    expect(parseSignInMessage(sent[0])).toEqual({ type: 'bctt.signin', ok: false, error: 'access_denied' });
    expect(storage.map.has(SIGN_IN_STORAGE_KEY)).toBe(false);
  });

  it('a second return with no result is a failure, not another redirect (no loop)', async () => {
    const storage = memoryStorage();
    storage.setItem(SIGN_IN_STORAGE_KEY, JSON.stringify({ clientId: CLIENT_ID, scopes: ['Mail.Send'], redirected: true }));
    const msal = fakeStandardMsal({});
    const sent: string[] = [];
    await runSignInPage({ href: `${ORIGIN}/signin.html`, storage, loadMsal: async () => msal.module, messageParent: (m) => sent.push(m) });
    expect(parseSignInMessage(sent[0])).toMatchObject({ ok: false, error: 'no_result' });
    expect(msal.calls.redirect).toEqual([]);
  });

  it('a page opened without a request, or MSAL failing to load, answers the pane with the reason', async () => {
    const sent: string[] = [];
    await runSignInPage({ href: `${ORIGIN}/signin.html`, storage: memoryStorage(), loadMsal: async () => fakeStandardMsal({}).module, messageParent: (m) => sent.push(m) });
    await runSignInPage({ href: PAGE, storage: memoryStorage(), loadMsal: () => Promise.reject(new Error('chunk load failed')), messageParent: (m) => sent.push(m) });
    expect(sent.map(parseSignInMessage)).toEqual([
      { type: 'bctt.signin', ok: false, error: 'bad_request' },
      { type: 'bctt.signin', ok: false, error: 'chunk load failed' },
    ]);
  });
});

/**
 * The Office double: `Office.context.ui.displayDialogAsync` "loads" the dialog's page by running runSignInPage with
 * the dialog's own `Office` (whose messageParent raises DialogMessageReceived in the pane), as Office does with a
 * separate browser instance. Its refusals follow the reference: https only (12003), one dialog at a time (12007).
 */
function officeWithDialog(msal: StandardMsalModule, behaviour: { blocked?: boolean } = {}) {
  const log = { options: [] as unknown[], open: 0, closed: 0 };
  const office = {
    onReady: async () => ({ host: 'Word', platform: 'OfficeOnline' }),
    context: {
      ui: {
        displayDialogAsync(url: string, options: object, callback: (r: unknown) => void) {
          log.options.push(options);
          if (behaviour.blocked) return callback({ status: 'failed', error: { code: DIALOG_CODES.blocked, message: 'popup blocked' } });
          if (log.open > 0) return callback({ status: 'failed', error: { code: DIALOG_CODES.alreadyOpen, message: 'already open' } });
          const handlers: Record<string, (arg: unknown) => void> = {};
          log.open++;
          const dialog = {
            addEventHandler: (type: string, handler: (arg: unknown) => void) => void (handlers[type] = handler),
            close: () => {
              log.open--;
              log.closed++;
            },
          };
          callback({ status: 'succeeded', value: dialog });
          if (!url.startsWith('https://')) return handlers.dialogEventReceived?.({ error: DIALOG_CODES.notHttps });
          const dialogScope = {
            Office: {
              onReady: async () => ({}),
              context: { ui: { messageParent: (message: string) => handlers.dialogMessageReceived?.({ message, origin: new URL(url).origin }) } },
            },
          };
          void runSignInPage({ href: url, storage: memoryStorage(), loadMsal: async () => msal, messageParent: officeMessageParent(dialogScope) });
        },
      },
    },
  };
  return { scope: { Office: office }, log };
}

describe('officeOpenDialog with the Office double: the whole dialog sign-in', () => {
  it('the pane gets the token the dialog page signed in for, in a separate window (not an iframe), and the dialog is closed', async () => {
    const msal = fakeStandardMsal({ accounts: [{ username: 'hieutruong@thlvt.edu.vn' }], silent: RESULT });
    const office = officeWithDialog(msal.module);
    const provider = createDialogTokenProvider({ clientId: CLIENT_ID, pageUrl: PANE, openDialog: officeOpenDialog(office.scope) });
    expect(await provider.getToken()).toBe('dialog-token');
    expect(office.log.options).toEqual([{ height: 60, width: 30, displayInIframe: false }]);
    expect(office.log).toMatchObject({ open: 0, closed: 1 });
  });

  it('a popup blocker surfaces as graph.dialogBlocked; outside Office there is no dialog to open', async () => {
    const office = officeWithDialog(fakeStandardMsal({}).module, { blocked: true });
    const blocked = createDialogTokenProvider({ clientId: CLIENT_ID, pageUrl: PANE, openDialog: officeOpenDialog(office.scope) });
    expect((await failure(blocked.getToken())).messageKey).toBe('graph.dialogBlocked');
    const none = createDialogTokenProvider({ clientId: CLIENT_ID, pageUrl: PANE, openDialog: officeOpenDialog({}) });
    expect((await failure(none.getToken())).messageKey).toBe('graph.signInFailed');
  });

  it('a pane served over http cannot open the sign-in page (12003)', async () => {
    const office = officeWithDialog(fakeStandardMsal({}).module);
    const provider = createDialogTokenProvider({ clientId: CLIENT_ID, pageUrl: 'http://addin.local/taskpane.html', openDialog: officeOpenDialog(office.scope) });
    expect((await failure(provider.getToken())).params).toEqual({ reason: 'dialog 12003' });
  });

  it('messageParent outside a dialog throws instead of losing the answer silently', () => {
    expect(() => officeMessageParent({})('x')).toThrow('messageParent is not available');
  });
});
