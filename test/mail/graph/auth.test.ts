import { AppError } from '../../../src/core/errors';
import { t } from '../../../src/core/i18n';
import { createMsalTokenProvider, graphUnavailableReason, GRAPH_AUTHORITY } from '../../../src/mail/graph';

jest.mock('@azure/msal-browser', () => {
  class InteractionRequiredAuthError extends Error {
    errorCode: string;
    constructor(errorCode: string) {
      super(errorCode);
      this.errorCode = errorCode;
    }
  }
  return { InteractionRequiredAuthError, createNestablePublicClientApplication: jest.fn() };
});

const msal = jest.requireMock('@azure/msal-browser') as {
  InteractionRequiredAuthError: new (code: string) => Error;
  createNestablePublicClientApplication: jest.Mock;
};

const CLIENT_ID = '8f2c1e44-5b7a-4c1d-9e3f-2a6b8c0d1e2f';
const ACCOUNT = { homeAccountId: 'h', username: 'hieutruong@thlvt.edu.vn' };
const supported = (name: string, version?: string) => name === 'NestedAppAuth' && version === '1.1';

function fakePca() {
  return {
    getActiveAccount: jest.fn(() => null as typeof ACCOUNT | null),
    getAllAccounts: jest.fn(() => [] as (typeof ACCOUNT)[]),
    setActiveAccount: jest.fn(),
    ssoSilent: jest.fn(),
    acquireTokenSilent: jest.fn(),
    acquireTokenPopup: jest.fn(),
  };
}

let pca: ReturnType<typeof fakePca>;

beforeEach(() => {
  pca = fakePca();
  msal.createNestablePublicClientApplication.mockReset();
  msal.createNestablePublicClientApplication.mockResolvedValue(pca);
});

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected a failure');
}

describe('createMsalTokenProvider (NAA)', () => {
  it('creates the nestable MSAL app with the client id and the common authority, lazily, once', async () => {
    pca.acquireTokenSilent.mockResolvedValue({ accessToken: 'silent-token' });
    const provider = createMsalTokenProvider({ clientId: CLIENT_ID, isSetSupported: supported });
    expect(msal.createNestablePublicClientApplication).not.toHaveBeenCalled();

    expect(await provider.getToken()).toBe('silent-token');
    expect(await provider.getToken({ scopes: ['Mail.ReadWrite', 'Mail.Send'] })).toBe('silent-token');
    expect(msal.createNestablePublicClientApplication).toHaveBeenCalledTimes(1);
    expect(msal.createNestablePublicClientApplication).toHaveBeenCalledWith({ auth: { clientId: CLIENT_ID, authority: GRAPH_AUTHORITY } });
    expect(GRAPH_AUTHORITY).toBe('https://login.microsoftonline.com/common');
    expect(pca.acquireTokenSilent.mock.calls[0][0]).toEqual({ scopes: ['Mail.Send'], account: undefined, forceRefresh: false });
    expect(pca.acquireTokenSilent.mock.calls[1][0].scopes).toEqual(['Mail.ReadWrite', 'Mail.Send']);
    expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("Word on the web: without an account, signs in silently with ssoSilent and the Office user's login hint", async () => {
    pca.ssoSilent.mockResolvedValue({ accessToken: 'sso-token' });
    const provider = createMsalTokenProvider({ clientId: CLIENT_ID, isSetSupported: supported, getLoginHint: async () => 'hieutruong@thlvt.edu.vn' });
    expect(await provider.getToken()).toBe('sso-token');
    expect(pca.ssoSilent).toHaveBeenCalledWith({ scopes: ['Mail.Send'], loginHint: 'hieutruong@thlvt.edu.vn' });
    expect(pca.acquireTokenSilent).not.toHaveBeenCalled();
  });

  it('with the login hint, falls back to a popup that carries it when ssoSilent needs interaction; a failing hint is ignored', async () => {
    pca.ssoSilent.mockRejectedValue(new msal.InteractionRequiredAuthError('login_required'));
    pca.acquireTokenPopup.mockResolvedValue({ accessToken: 'popup-token', account: ACCOUNT });
    const provider = createMsalTokenProvider({ clientId: CLIENT_ID, isSetSupported: supported, getLoginHint: async () => 'a@b.vn' });
    expect(await provider.getToken()).toBe('popup-token');
    expect(pca.acquireTokenPopup).toHaveBeenCalledWith({ scopes: ['Mail.Send'], loginHint: 'a@b.vn' });
    pca.acquireTokenSilent.mockResolvedValue({ accessToken: 'silent' });
    const noHint = createMsalTokenProvider({ clientId: CLIENT_ID, isSetSupported: supported, getLoginHint: () => Promise.reject(new Error('no auth context')) });
    expect(await noHint.getToken()).toBe('silent');
  });

  it('uses the known account and passes forceRefresh after a 401', async () => {
    pca.getAllAccounts.mockReturnValue([ACCOUNT]);
    pca.acquireTokenSilent.mockResolvedValue({ accessToken: 'fresh' });
    const provider = createMsalTokenProvider({ clientId: CLIENT_ID, isSetSupported: supported });
    await provider.getToken({ forceRefresh: true });
    expect(pca.acquireTokenSilent).toHaveBeenCalledWith({ scopes: ['Mail.Send'], account: ACCOUNT, forceRefresh: true });
  });

  it('falls back to a popup when silent sign-in needs interaction, and remembers the account', async () => {
    pca.acquireTokenSilent.mockRejectedValue(new msal.InteractionRequiredAuthError('consent_required'));
    pca.acquireTokenPopup.mockResolvedValue({ accessToken: 'popup-token', account: ACCOUNT });
    const provider = createMsalTokenProvider({ clientId: CLIENT_ID, isSetSupported: supported });
    expect(await provider.getToken({ scopes: ['Mail.Send'] })).toBe('popup-token');
    expect(pca.acquireTokenPopup).toHaveBeenCalledWith({ scopes: ['Mail.Send'] });
    expect(pca.setActiveAccount).not.toHaveBeenCalled(); // not supported under NAA
  });

  it('does not open a popup for errors that interaction cannot fix', async () => {
    pca.acquireTokenSilent.mockRejectedValue(Object.assign(new Error('network down'), { errorCode: 'post_request_failed' }));
    const provider = createMsalTokenProvider({ clientId: CLIENT_ID, isSetSupported: supported });
    const error = await failure(provider.getToken());
    expect(error.messageKey).toBe('graph.signInFailed');
    expect(error.params).toEqual({ reason: 'post_request_failed' });
    expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it('reports a closed popup as cancelled and a blocked popup as a sign-in failure', async () => {
    pca.acquireTokenSilent.mockRejectedValue(new msal.InteractionRequiredAuthError('interaction_required'));
    pca.acquireTokenPopup.mockRejectedValueOnce(Object.assign(new Error('closed'), { errorCode: 'user_cancelled' }));
    pca.acquireTokenPopup.mockRejectedValueOnce(Object.assign(new Error('blocked'), { errorCode: 'popup_window_error' }));
    const provider = createMsalTokenProvider({ clientId: CLIENT_ID, isSetSupported: supported });
    expect((await failure(provider.getToken())).messageKey).toBe('graph.cancelled');
    const blocked = await failure(provider.getToken());
    expect(blocked.messageKey).toBe('graph.signInFailed');
    expect(t(blocked.messageKey, blocked.params)).toContain('popup_window_error');
  });

  it('starts over on the next call when MSAL could not be set up', async () => {
    msal.createNestablePublicClientApplication.mockRejectedValueOnce(new Error('bridge unavailable'));
    pca.acquireTokenSilent.mockResolvedValue({ accessToken: 'ok' });
    const provider = createMsalTokenProvider({ clientId: CLIENT_ID, isSetSupported: supported });
    expect((await failure(provider.getToken())).messageKey).toBe('graph.signInFailed');
    expect(await provider.getToken()).toBe('ok');
    expect(msal.createNestablePublicClientApplication).toHaveBeenCalledTimes(2);
  });
});

describe('where the Graph path is not available', () => {
  it('fails with graph.naaUnsupported when Word lacks NestedAppAuth 1.1, pointing to the relay and the manual path', () => {
    const asked: Array<[string, string | undefined]> = [];
    const isSetSupported = (name: string, version?: string) => {
      asked.push([name, version]);
      return false;
    };
    let thrown: unknown;
    try {
      createMsalTokenProvider({ clientId: CLIENT_ID, isSetSupported });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).messageKey).toBe('graph.naaUnsupported');
    // NAA first, then the Office dialog that would sign in without it (test/mail/graph/dialogAuth.test.ts).
    expect(asked).toEqual([['NestedAppAuth', '1.1'], ['DialogApi', '1.1']]);
    const vi = t('graph.naaUnsupported');
    expect(vi).toContain('máy chủ chuyển tiếp');
    expect(vi).toContain('gửi thủ công');
    expect(t('graph.naaUnsupported', {}, 'en')).toContain('relay server');
    expect(msal.createNestablePublicClientApplication).not.toHaveBeenCalled();
  });

  it('the NAA provider refuses where only the Office dialog is there (the dialog provider signs in there)', () => {
    const dialogOnly = (name: string, version?: string) => name === 'DialogApi' && version === '1.1';
    expect(() => createMsalTokenProvider({ clientId: CLIENT_ID, isSetSupported: dialogOnly })).toThrow(expect.objectContaining({ messageKey: 'graph.naaUnsupported' }));
    expect(graphUnavailableReason({ clientId: CLIENT_ID, isSetSupported: dialogOnly })).toBeUndefined();
  });

  it('treats a throwing isSetSupported (no Office host) as unsupported', () => {
    expect(graphUnavailableReason({ clientId: CLIENT_ID, isSetSupported: () => { throw new Error('Office is not defined'); } })).toBe('graph.naaUnsupported');
  });

  it('needs a GUID client id from settings', () => {
    expect(graphUnavailableReason({ clientId: undefined, isSetSupported: supported })).toBe('graph.notConfigured');
    expect(graphUnavailableReason({ clientId: '', isSetSupported: supported })).toBe('graph.notConfigured');
    expect(graphUnavailableReason({ clientId: 'not-a-guid', isSetSupported: supported })).toBe('graph.notConfigured');
    expect(graphUnavailableReason({ clientId: CLIENT_ID.toUpperCase(), isSetSupported: supported })).toBeUndefined();
    expect(() => createMsalTokenProvider({ clientId: 'x', isSetSupported: supported })).toThrow(AppError);
  });
});
