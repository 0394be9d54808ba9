/**
 * The inbox page's API client (src/inbox/api.ts) against a real relay with its inbox (SQLite, test SMTP): it keeps
 * the session's CSRF token and sends it on every change, and any 401 sends the page back to the log-in screen.
 * The browser keeps the session cookie; here a small cookie jar around Node's fetch does.
 */
import { ApiError, InboxApi, type FetchLike } from '../../src/inbox/api';
import { ADMIN, startInbox, type InboxEnv } from '../server/inbox/support';

let env: InboxEnv;
beforeAll(async () => {
  env = await startInbox();
});
afterAll(() => env.stop());

/** Node's fetch with one cookie (what a browser does for the page), recording each request's headers. */
function browserLikeFetch() {
  const jar = { cookie: '' };
  const sent: { method: string; url: string; headers: Record<string, string> }[] = [];
  const doFetch: FetchLike = async (input, init = {}) => {
    const headers = { ...(init.headers as Record<string, string>) };
    if (jar.cookie) headers.Cookie = jar.cookie;
    sent.push({ method: init.method ?? 'GET', url: input, headers });
    const res = await fetch(input, { ...init, headers });
    const set = res.headers.get('set-cookie');
    if (set) jar.cookie = set.split(';')[0];
    return res;
  };
  return { jar, sent, doFetch };
}

function client(lang: 'vi' | 'en' = 'vi') {
  const net = browserLikeFetch();
  const unauthorized = jest.fn();
  const api = new InboxApi({ base: env.relay.url, fetch: net.doFetch, lang: () => lang, onUnauthorized: unauthorized });
  return { api, net, unauthorized };
}

test('log-in keeps the CSRF token and every change sends it as X-CSRF-Token; reads do not', async () => {
  const { api, net } = client();
  await api.login(ADMIN.username, ADMIN.password);
  expect(api.csrfToken).toMatch(/.{20,}/);
  const { school } = await api.createSchool({ name: 'Trường THCS Nguyễn Du', emails: ['thcsnguyendu@truong.edu.vn'], ward: 'Phường Bến Thành', cluster: 1 });
  await api.updateSchool(school.id, { ...school, ward: 'Phường Sài Gòn' });
  await api.schools();
  const changes = net.sent.filter((r) => r.method !== 'GET' && !r.url.endsWith('/login'));
  expect(changes.map((r) => r.method)).toEqual(['POST', 'PUT']);
  for (const r of changes) expect(r.headers['X-CSRF-Token']).toBe(api.csrfToken);
  expect(net.sent.filter((r) => r.method === 'GET').every((r) => !('X-CSRF-Token' in r.headers))).toBe(true);
  expect((await api.schools())[0].ward).toBe('Phường Sài Gòn');
});

test('a change without the right token is refused by the server (403 inbox.csrf) and does not log out', async () => {
  const { api, unauthorized } = client();
  await api.login(ADMIN.username, ADMIN.password);
  api.csrfToken = 'not-the-token';
  const err = await api.createSchool({ name: 'Trường A', emails: [], ward: '', cluster: null }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ApiError);
  expect((err as ApiError).status).toBe(403);
  expect((err as ApiError).code).toBe('inbox.csrf');
  expect(unauthorized).not.toHaveBeenCalled();
});

test('a wrong password answers the API message in the chosen language, without calling the 401 handler', async () => {
  const vi = client('vi');
  const err = await vi.api.login(ADMIN.username, 'sai-mat-khau').catch((e: unknown) => e);
  expect((err as ApiError).code).toBe('inbox.auth.invalid');
  expect((err as ApiError).message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
  expect(vi.unauthorized).not.toHaveBeenCalled();
  const en = client('en');
  expect(((await en.api.login('nobody', 'x').catch((e: unknown) => e)) as ApiError).message).toBe('Wrong username or password.');
});

test('any 401 (no session, logged out, expired) calls the handler that shows the log-in screen', async () => {
  const { api, net, unauthorized } = client();
  await expect(api.session()).rejects.toMatchObject({ status: 401, code: 'inbox.auth.required' });
  expect(unauthorized).toHaveBeenCalledTimes(1);
  await api.login(ADMIN.username, ADMIN.password);
  await api.quarters();
  net.jar.cookie = '';
  await expect(api.quarters()).rejects.toMatchObject({ status: 401 });
  expect(unauthorized).toHaveBeenCalledTimes(2);
  expect(api.csrfToken).toBe('');
});

test('download addresses carry the language, and the filters when set', () => {
  const { api } = client('en');
  expect(api.url('/quarters/2026-Q3/export.xlsx', { ward: 'Phường Bến Thành', cluster: null })).toBe(
    `${env.relay.url}/api/inbox/quarters/2026-Q3/export.xlsx?ward=Ph%C6%B0%E1%BB%9Dng+B%E1%BA%BFn+Th%C3%A0nh&lang=en`,
  );
  expect(api.url('/quarters/2026-Q3/letter')).toBe(`${env.relay.url}/api/inbox/quarters/2026-Q3/letter?lang=en`);
});
