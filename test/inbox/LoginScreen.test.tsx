/** @jest-environment jsdom */
/**
 * The inbox page's log-in screen (src/inbox/App.tsx) with Testing Library: the API's own messages (invalid, locked)
 * are shown; a successful log-in opens the quarter; English is remembered in localStorage. The server's answers are
 * replayed from a script of the contract (server/inbox/API.md); the real server is covered by test/inbox/api.test.ts
 * and the Chromium test test/e2e/inbox.test.ts.
 */
import '@testing-library/jest-dom';
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { InboxApi, type FetchLike } from '../../src/inbox/api';
import { InboxApp } from '../../src/inbox/App';
import { LANG_STORAGE_KEY, LangProvider } from '../../src/inbox/i18n';

// jsdom has no layout and no ResizeObserver; Fluent's MessageBar observes its own size to reflow.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= NoLayoutResizeObserver;

type Answer = { status: number; body: unknown };

function scripted(answers: Record<string, Answer[]>) {
  const calls: { method: string; path: string; headers: Record<string, string> }[] = [];
  const doFetch: FetchLike = async (input, init = {}) => {
    const path = input.replace(/^.*\/api\/inbox/, '').split('?')[0];
    calls.push({ method: init.method ?? 'GET', path, headers: (init.headers as Record<string, string>) ?? {} });
    const answer = answers[path]?.shift() ?? { status: 404, body: { code: 'inbox.notFound', error: 'Không tìm thấy' } };
    const text = JSON.stringify(answer.body);
    return { ok: answer.status < 300, status: answer.status, text: async () => text } as unknown as Response;
  };
  return { calls, doFetch };
}

const USER = { username: 'admin', role: 'admin', createdAt: '2026-09-01T00:00:00.000Z' };
const QUARTERS = { current: '2026-Q3', quarters: ['2026-Q3'], wards: [], clusters: [1, 2, 3, 4, 5] };
const VIEW = {
  quarter: '2026-Q3', lastDay: '2026-10-02', deadline: '2026-10-02T16:59:59.999Z', daysLeft: 12,
  counts: { total: 0, onTime: 0, late: 0, errors: 0, missing: 0, unsorted: 0 }, rows: [], choice: null, shortlist: [],
};
const required = { status: 401, body: { code: 'inbox.auth.required', error: 'Cần đăng nhập để dùng hộp thư của phòng.' } };

function renderPage(net: ReturnType<typeof scripted>) {
  const api = new InboxApi({ fetch: net.doFetch });
  return render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider>
        <InboxApp api={api} />
      </LangProvider>
    </FluentProvider>,
  );
}

async function signIn(password: string) {
  fireEvent.change(await screen.findByLabelText(/Tên đăng nhập|Username/, undefined, SLOW), { target: { value: 'admin' } });
  fireEvent.change(screen.getByLabelText(/Mật khẩu|Password/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: /^(Đăng nhập|Sign in)$/ }));
}

/** A shared 2-core machine renders Fluent slowly in jsdom: wait for events generously. */
const SLOW = { timeout: 15_000 };

beforeEach(() => localStorage.clear());

test('the API messages for a wrong password and a lock-out are shown; the right password opens the quarter', async () => {
  const net = scripted({
    '/session': [required],
    '/login': [
      { status: 401, body: { code: 'inbox.auth.invalid', error: 'Tên đăng nhập hoặc mật khẩu không đúng.' } },
      { status: 429, body: { code: 'inbox.auth.locked', error: 'Đăng nhập sai quá nhiều lần: tài khoản tạm khóa, vui lòng thử lại sau 15 phút.', params: { minutes: 15 } } },
      { status: 200, body: { user: USER, csrfToken: 'csrf-123' } },
    ],
    '/quarters': [{ status: 200, body: QUARTERS }],
    '/quarters/2026-Q3': [{ status: 200, body: VIEW }],
  });
  renderPage(net);
  await signIn('sai');
  expect(await screen.findByRole('alert', undefined, SLOW)).toHaveTextContent('Tên đăng nhập hoặc mật khẩu không đúng.');
  await signIn('sai-nua');
  expect(await screen.findByText(/tạm khóa, vui lòng thử lại sau 15 phút/, undefined, SLOW)).toBeInTheDocument();
  await signIn('dung');
  expect(await screen.findByRole('heading', { name: 'Báo cáo Quý 3/2026' }, SLOW)).toBeInTheDocument();
  expect(await screen.findByText(/Còn 12 ngày\./, undefined, SLOW)).toBeInTheDocument();
  // The log-in itself carries no token; after it, the session's token goes with the log-out.
  expect(net.calls.find((c) => c.path === '/login')!.headers['X-CSRF-Token']).toBeUndefined();
});

test('English chosen on the log-in screen is remembered; a 401 later brings the log-in screen back', async () => {
  const net = scripted({
    '/session': [required],
    '/login': [{ status: 200, body: { user: USER, csrfToken: 'csrf-456' } }],
    '/quarters': [{ status: 200, body: QUARTERS }],
    '/quarters/2026-Q3': [required],
  });
  renderPage(net);
  fireEvent.change(await screen.findByLabelText('Ngôn ngữ', undefined, SLOW), { target: { value: 'en' } });
  expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
  await signIn('dung');
  // The quarter answers 401 (the session ended elsewhere): back to the log-in screen, in English.
  expect(await screen.findByRole('button', { name: 'Sign in' }, SLOW)).toBeInTheDocument();
  expect(net.calls.map((c) => c.path)).toEqual(['/session', '/login', '/quarters', '/quarters/2026-Q3']);
});
