/**
 * The inbox is for the office's staff only: every route refuses without a session, every change needs the CSRF
 * token, a school's key opens nothing, a wrong password is slow and locks out, cookies are HttpOnly/SameSite
 * (and Secure behind an HTTPS proxy), and no answer carries a path or a stack trace.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ADMIN, Client, startInbox, type InboxEnv } from './support';

jest.setTimeout(90_000);

let env: InboxEnv;
let schoolKey: string;
let admin: Client;

/** A sample value for each `:param` of the router's patterns. */
const SAMPLE: Record<string, string> = { id: 's_AAAAAAAAAAAAAAAA', q: '2026-Q3', username: 'admin' };

/**
 * Every address the router knows (Inbox.routes(), its own table: a route added later is covered without editing
 * this file), with its parameters filled in, plus an address it does not know.
 */
function everyRoute(): Array<[string, string]> {
  const known = env.relay.inbox
    .routes()
    .filter((r) => !r.public)
    .map((r): [string, string] => [r.method, r.path.replace(/:(\w+)/g, (_, name: string) => SAMPLE[name])]);
  return [...known, ['GET', '/api/inbox/nothing-here'], ['DELETE', '/api/inbox/schools/import/x']];
}

/** Runs `check` on every route and reports each one that fails, by method and path. */
async function forEachRoute(routes: Array<[string, string]>, check: (method: string, route: string) => Promise<void>): Promise<void> {
  const failures: string[] = [];
  for (const [method, route] of routes) {
    try {
      await check(method, route);
    } catch (error) {
      failures.push(`${method} ${route}: ${error instanceof Error ? error.message.split('\n').slice(0, 6).join(' ') : String(error)}`);
    }
  }
  expect(failures).toEqual([]);
}

beforeAll(async () => {
  env = await startInbox({ inbox: { failedLoginDelayMs: 1000 } });
  admin = await Client.login(env.relay.url);
  const created = await admin.json<{ onboarding: { key: string } }>(
    admin.post('/api/inbox/schools', { name: 'Trường THCS Nguyễn Du', emails: ['nd@truong.edu.vn'], ward: 'Phường Bến Thành', cluster: 1 }),
    201,
  );
  schoolKey = created.onboarding.key;
});
afterAll(() => env.stop());

function noLeak(text: string): void {
  expect(text).not.toMatch(/\/work\/|\/tmp\/|node_modules|\.ts:\d+|at [A-Za-z.]+ \(|Error:/);
}

test('the router lists every address of the API (the table the security tests below walk)', () => {
  const listed = env.relay.inbox.routes().map((r) => `${r.method} ${r.path}`);
  expect(listed.length).toBeGreaterThanOrEqual(35);
  for (const expected of [
    'POST /api/inbox/login',
    'GET /api/inbox/session',
    'PUT /api/inbox/password',
    'PUT /api/inbox/users/:username',
    'GET /api/inbox/audit',
    'POST /api/inbox/schools/import',
    'GET /api/inbox/quarters/:q/export.xlsx',
    'GET /api/inbox/submissions/:id/file',
    'PUT /api/inbox/reminders/settings',
    'POST /api/inbox/mailbox/poll',
  ])
    expect(listed).toContain(expected);
  // Only the sign-in answers without a session.
  expect(env.relay.inbox.routes().filter((r) => r.public).map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/inbox/login']);
});

test('every route refuses without a session (401), in Vietnamese by default, GET and HEAD alike', async () => {
  const anonymous = new Client(env.relay.url);
  await forEachRoute(everyRoute(), async (method, route) => {
    const res = await anonymous.request(method, route, method === 'GET' ? undefined : {});
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ code: 'inbox.auth.required', error: 'Cần đăng nhập để dùng hộp thư của phòng.' });
    if (method === 'GET') expect((await anonymous.request('HEAD', route)).status).toBe(401);
  });
  // An expired or forged cookie is no session either.
  const forged = new Client(env.relay.url);
  forged.cookie = `bctt_inbox=${'A'.repeat(43)}`;
  await forEachRoute(everyRoute(), async (method, route) => {
    expect((await forged.request(method, route, method === 'GET' ? undefined : {})).status).toBe(401);
  });
});

test("a school's key opens no route (Bearer or X-School-Key)", async () => {
  await forEachRoute(everyRoute(), async (method, route) => {
    for (const headers of [{ Authorization: `Bearer ${schoolKey}` }, { 'X-School-Key': schoolKey }] as Array<Record<string, string>>) {
      const res = await fetch(`${env.relay.url}${route}`, { method, headers });
      expect(res.status).toBe(401);
    }
  });
});

test('every change (POST, PUT, DELETE) needs the CSRF token: 403 without it, with another, or with a truncated one', async () => {
  const session = new Client(env.relay.url, 'en');
  session.cookie = admin.cookie;
  const changes = everyRoute().filter(([m]) => m !== 'GET');
  expect(changes.length).toBeGreaterThanOrEqual(15);
  await forEachRoute(changes, async (method, route) => {
    for (const token of ['', 'x'.repeat(43), admin.csrf.slice(0, -1) + (admin.csrf.endsWith('A') ? 'B' : 'A'), admin.csrf.slice(0, 20)]) {
      session.csrf = token;
      const res = await session.request(method, route, {});
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ code: 'inbox.csrf', error: expect.stringContaining('CSRF') });
    }
  });
  // The admin's session is untouched by the refusals: with the token the same session still works.
  expect((await admin.get('/api/inbox/session')).status).toBe(200);
});

test('a change from another origin is refused even with the token', async () => {
  const res = await admin.post('/api/inbox/schools', { name: 'X' }, { Origin: 'https://evil.example' });
  expect(res.status).toBe(403);
  const login = await fetch(`${env.relay.url}/api/inbox/login`, {
    method: 'POST',
    headers: { Origin: 'https://evil.example', 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  expect(login.status).toBe(403);
  // A form post (no JSON content type) cannot log in.
  const form = await fetch(`${env.relay.url}/api/inbox/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: `username=${ADMIN.username}&password=${ADMIN.password}`,
  });
  expect(form.status).toBe(415);
});

test('the session cookie is HttpOnly and SameSite=Strict; Secure behind a trusted HTTPS proxy', async () => {
  const res = await new Client(env.relay.url).post('/api/inbox/login', ADMIN);
  const cookie = res.headers.get('set-cookie')!;
  expect(cookie).toMatch(/^bctt_inbox=[A-Za-z0-9_-]{43}; /);
  expect(cookie).toContain('HttpOnly');
  expect(cookie).toContain('SameSite=Strict');
  expect(cookie).not.toContain('Secure');
  // Without TRUST_PROXY a forged X-Forwarded-Proto changes nothing; behind a trusted proxy it makes the cookie Secure.
  const forged = await new Client(env.relay.url).post('/api/inbox/login', ADMIN, { 'X-Forwarded-Proto': 'https' });
  expect(forged.headers.get('set-cookie')).not.toContain('Secure');
  const proxied = await startInbox({ inbox: { trustProxy: 1 } });
  try {
    const behind = await new Client(proxied.relay.url).post('/api/inbox/login', ADMIN, {
      'X-Forwarded-Proto': 'https',
      'X-Forwarded-For': '203.0.113.7',
    });
    expect(behind.headers.get('set-cookie')).toContain('; Secure');
  } finally {
    await proxied.stop();
  }
});

test('the stored session is a hash, not the cookie; passwords are argon2id', async () => {
  const db = new Database(env.dbPath, { readonly: true });
  try {
    const token = admin.cookie.split('=')[1];
    const sessions = db.prepare('SELECT token_hash FROM inbox_sessions').all() as Array<{ token_hash: string }>;
    expect(sessions.map((s) => s.token_hash)).not.toContain(token);
    const user = db.prepare('SELECT password_hash FROM inbox_users WHERE username = ?').get('admin') as { password_hash: string };
    expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(user.password_hash).not.toContain(ADMIN.password);
  } finally {
    db.close();
  }
});

test('a wrong password is slow (≥ 1 s), then five failures lock the account out, even for the right password', async () => {
  await admin.json(admin.post('/api/inbox/users', { username: 'vanthu', password: 'mật-khẩu-văn-thư-1', role: 'staff' }), 201);
  const anonymous = new Client(env.relay.url, 'en');
  for (let i = 0; i < 5; i++) {
    const started = Date.now();
    const res = await anonymous.post('/api/inbox/login', { username: 'vanthu', password: `sai-${i}` });
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ code: 'inbox.auth.invalid', error: 'Wrong username or password.' });
  }
  const unknownStarted = Date.now();
  expect((await anonymous.post('/api/inbox/login', { username: 'khong-co', password: 'x' })).status).toBe(401);
  expect(Date.now() - unknownStarted).toBeGreaterThanOrEqual(990);
  const locked = await anonymous.post('/api/inbox/login', { username: 'vanthu', password: 'mật-khẩu-văn-thư-1' });
  expect(locked.status).toBe(429);
  expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(800);
  expect(await locked.json()).toMatchObject({ code: 'inbox.auth.locked', params: { minutes: 15 } });
  // Sixteen minutes later the lock has passed.
  env.clock.now = new Date(env.clock.now.getTime() + 16 * 60_000);
  const ok = await anonymous.post('/api/inbox/login', { username: 'vanthu', password: 'mật-khẩu-văn-thư-1' });
  expect(ok.status).toBe(200);
  admin = await Client.login(env.relay.url);
});

test('staff cannot reach an administrator route (users, audit log): 403 on every one the router marks admin', async () => {
  const staff = await Client.login(env.relay.url, { username: 'vanthu', password: 'mật-khẩu-văn-thư-1' });
  const adminOnly = env.relay.inbox.routes().filter((r) => r.role === 'admin');
  expect(adminOnly.map((r) => `${r.method} ${r.path}`).sort()).toEqual(
    ['GET /api/inbox/audit', 'GET /api/inbox/users', 'POST /api/inbox/users', 'PUT /api/inbox/users/:username'].sort(),
  );
  await forEachRoute(
    adminOnly.map((r) => [r.method, r.path.replace(/:(\w+)/g, (_, name: string) => SAMPLE[name])]),
    async (method, route) => {
      const res = await staff.request(method, route, method === 'GET' ? undefined : { disabled: true, username: 'x', password: 'y', role: 'staff' });
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ code: 'inbox.forbidden' });
    },
  );
  expect((await staff.get('/api/inbox/schools')).status).toBe(200);
  expect((await staff.post('/api/inbox/logout')).status).toBe(204);
  expect((await staff.get('/api/inbox/schools')).status).toBe(401);
});

test('a disabled account loses its sessions and signs in no more (refused like a wrong password); enabled again, it can', async () => {
  await admin.json(admin.post('/api/inbox/users', { username: 'ketoan', password: 'mật-khẩu-kế-toán-1', role: 'staff' }), 201);
  const ketoan = await Client.login(env.relay.url, { username: 'ketoan', password: 'mật-khẩu-kế-toán-1' });
  expect((await ketoan.get('/api/inbox/schools')).status).toBe(200);
  const { user } = await admin.json<{ user: { username: string; disabled: boolean } }>(admin.put('/api/inbox/users/ketoan', { disabled: true }));
  expect(user).toMatchObject({ username: 'ketoan', disabled: true });
  expect((await ketoan.get('/api/inbox/schools')).status).toBe(401);
  const refused = await new Client(env.relay.url).post('/api/inbox/login', { username: 'ketoan', password: 'mật-khẩu-kế-toán-1' });
  expect(refused.status).toBe(401);
  expect(await refused.json()).toMatchObject({ code: 'inbox.auth.invalid' });
  const { users } = await admin.json<{ users: Array<{ username: string; disabled: boolean }> }>(admin.get('/api/inbox/users'));
  expect(users.find((u) => u.username === 'ketoan')!.disabled).toBe(true);
  // Nobody disables their own account (so an administrator always remains); unknown accounts are 404.
  expect(await admin.json(admin.put('/api/inbox/users/admin', { disabled: true }), 409)).toMatchObject({ code: 'inbox.user.self' });
  expect((await admin.put('/api/inbox/users/khong-co', { disabled: true })).status).toBe(404);
  expect((await admin.put('/api/inbox/users/ketoan', {})).status).toBe(400);
  await admin.json(admin.put('/api/inbox/users/ketoan', { disabled: false }));
  expect((await new Client(env.relay.url).post('/api/inbox/login', { username: 'ketoan', password: 'mật-khẩu-kế-toán-1' })).status).toBe(200);
  // A forgotten password: the administrator sets a new one; the old one stops working.
  expect(await admin.json(admin.put('/api/inbox/users/ketoan', { password: 'ngắn' }), 400)).toMatchObject({ fields: [{ code: 'inbox.user.passwordShort' }] });
  await admin.json(admin.put('/api/inbox/users/ketoan', { password: 'mật-khẩu-mới-của-kế-toán' }));
  expect((await new Client(env.relay.url).post('/api/inbox/login', { username: 'ketoan', password: 'mật-khẩu-kế-toán-1' })).status).toBe(401);
  expect((await new Client(env.relay.url).post('/api/inbox/login', { username: 'ketoan', password: 'mật-khẩu-mới-của-kế-toán' })).status).toBe(200);
});

test('changing one\'s own password needs the current one (a wrong one is slow and 403), ends the other sessions, keeps this one', async () => {
  await admin.json(admin.post('/api/inbox/users', { username: 'phoban', password: 'mật-khẩu-phó-ban-1', role: 'staff' }), 201);
  const here = await Client.login(env.relay.url, { username: 'phoban', password: 'mật-khẩu-phó-ban-1' });
  const elsewhere = await Client.login(env.relay.url, { username: 'phoban', password: 'mật-khẩu-phó-ban-1' });
  const started = Date.now();
  const wrong = await here.put('/api/inbox/password', { current: 'không-phải', password: 'mật-khẩu-mới-phó-ban' });
  expect(Date.now() - started).toBeGreaterThanOrEqual(990);
  expect(wrong.status).toBe(403);
  expect(await wrong.json()).toEqual({ code: 'inbox.password.wrong', error: 'Mật khẩu hiện tại không đúng.' });
  expect(await here.json(here.put('/api/inbox/password', { current: 'mật-khẩu-phó-ban-1', password: 'ngắn' }), 400)).toMatchObject({
    fields: [{ field: 'password', code: 'inbox.user.passwordShort' }],
  });
  expect((await here.put('/api/inbox/password', { current: 'mật-khẩu-phó-ban-1', password: 'mật-khẩu-mới-phó-ban' })).status).toBe(204);
  expect((await here.get('/api/inbox/session')).status).toBe(200);
  expect((await elsewhere.get('/api/inbox/session')).status).toBe(401);
  expect((await new Client(env.relay.url).post('/api/inbox/login', { username: 'phoban', password: 'mật-khẩu-phó-ban-1' })).status).toBe(401);
  expect((await new Client(env.relay.url).post('/api/inbox/login', { username: 'phoban', password: 'mật-khẩu-mới-phó-ban' })).status).toBe(200);
  // The audit log names the changes (never the passwords).
  const { entries } = await admin.json<{ entries: Array<{ username: string; action: string; target: string; detail: string | null }> }>(
    admin.get('/api/inbox/audit'),
  );
  const actions = entries.map((e) => `${e.username} ${e.action} ${e.target}`);
  expect(actions).toEqual(expect.arrayContaining(['phoban passwordChanged phoban', 'admin userDisabled ketoan', 'admin userEnabled ketoan', 'admin passwordReset ketoan']));
  expect(JSON.stringify(entries)).not.toMatch(/mật-khẩu/);
});

test('no answer leaks a path or a stack trace: malformed bodies, bad ids, wrong methods, huge bodies', async () => {
  const probes: Array<Promise<Response>> = [
    admin.request('POST', '/api/inbox/schools', undefined, { 'Content-Type': 'application/json', 'X-Raw': '1' }),
    fetch(`${env.relay.url}/api/inbox/schools`, {
      method: 'POST',
      headers: { Cookie: admin.cookie, 'X-CSRF-Token': admin.csrf, 'Content-Type': 'application/json' },
      body: '{"name": ',
    }),
    fetch(`${env.relay.url}/api/inbox/schools/import`, {
      method: 'POST',
      headers: { Cookie: admin.cookie, 'X-CSRF-Token': admin.csrf, 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      body: 'PK\u0003\u0004 not really a zip',
    }),
    fetch(`${env.relay.url}/api/inbox/schools`, {
      method: 'POST',
      headers: { Cookie: admin.cookie, 'X-CSRF-Token': admin.csrf, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }),
    }),
    admin.get('/api/inbox/submissions/..%2F..%2Fetc%2Fpasswd'),
    admin.get('/api/inbox/submissions/r_AAAAAAAAAAAAAAAA/file'),
    admin.get('/api/inbox/quarters/2026-Q5'),
    admin.request('PATCH', '/api/inbox/schools', {}),
    admin.put('/api/inbox/quarters/2026-Q3/choice', { submissionId: { $ne: 1 } }),
    admin.post('/api/inbox/mailbox/poll'),
  ];
  const statuses = [];
  for (const probe of probes) {
    const res = await probe;
    statuses.push(res.status);
    const text = await res.text();
    noLeak(text);
    expect(res.status).toBeLessThan(500);
    expect(JSON.parse(text)).toMatchObject({ code: expect.stringMatching(/^inbox\./), error: expect.any(String) });
  }
  expect(statuses).toEqual([400, 400, 400, 413, 404, 404, 400, 405, 404, 409]);
});

test('no route leaks a path or a stack trace when signed in: every one, with a malformed body and a made-up id', async () => {
  // Signing out goes last (it ends the session the others use).
  const routes = everyRoute().sort(([, a], [, b]) => Number(a.endsWith('/logout')) - Number(b.endsWith('/logout')));
  await forEachRoute(routes, async (method, route) => {
    const res = await fetch(`${env.relay.url}${route}`, {
      method,
      headers: { Cookie: admin.cookie, 'X-CSRF-Token': admin.csrf, ...(method === 'GET' ? {} : { 'Content-Type': 'application/json' }) },
      body: method === 'GET' ? undefined : '{"name": [',
    });
    const text = await res.text();
    expect(res.status).toBeLessThan(500);
    noLeak(text);
    if (res.status >= 400) expect(JSON.parse(text)).toMatchObject({ code: expect.stringMatching(/^inbox\./), error: expect.any(String) });
  });
  admin = await Client.login(env.relay.url);
});

test('create-admin reads the password from stdin (no default), refuses a short one, and the account can sign in', async () => {
  const run = (args: string[], input: string): Promise<{ code: number; out: string; err: string }> =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, [require.resolve('tsx/cli'), path.join(__dirname, '../../../server/main.ts'), ...args], {
        env: { ...process.env, RELAY_DB: env.dbPath },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr.on('data', (c: Buffer) => (err += c.toString()));
      child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
      child.stdin.end(input);
    });
  const short = await run(['create-admin', 'hieutruong'], 'ngan\n');
  expect(short.code).toBe(1);
  expect(short.err).toContain('Mật khẩu cần ít nhất 10 ký tự.');
  const empty = await run(['create-admin', 'hieutruong'], '');
  expect(empty.code).toBe(1);
  const ok = await run(['create-admin', 'hieutruong'], 'một-mật-khẩu-dài\n');
  expect(ok.code).toBe(0);
  const again = await run(['create-admin', 'hieutruong'], 'một-mật-khẩu-dài\n');
  expect(again.code).toBe(1);
  const signedIn = await Client.login(env.relay.url, { username: 'hieutruong', password: 'một-mật-khẩu-dài' });
  expect((await signedIn.get('/api/inbox/users')).status).toBe(200);
});

test('behind a trusted proxy the upload rate limit keys on X-Forwarded-For; without trust the header is ignored', async () => {
  const post = (base: string, forwardedFor: string) =>
    fetch(`${base}/api/submissions`, { method: 'POST', headers: { 'X-Forwarded-For': forwardedFor, Authorization: 'Bearer bctt_x' } });
  const proxied = await startInbox({ inbox: { trustProxy: 1 }, config: { rateLimit: { capacity: 1, perMinute: 1 } } });
  try {
    expect((await post(proxied.relay.url, '203.0.113.7')).status).toBe(401);
    expect((await post(proxied.relay.url, '203.0.113.8')).status).toBe(401);
    // A client-supplied entry to the left is not trusted: the proxy's own entry (rightmost) counts.
    expect((await post(proxied.relay.url, '198.51.100.1, 203.0.113.7')).status).toBe(429);
  } finally {
    await proxied.stop();
  }
  const direct = await startInbox({ config: { rateLimit: { capacity: 1, perMinute: 1 } } });
  try {
    expect((await post(direct.relay.url, '203.0.113.7')).status).toBe(401);
    expect((await post(direct.relay.url, '203.0.113.8')).status).toBe(429);
  } finally {
    await direct.stop();
  }
});
