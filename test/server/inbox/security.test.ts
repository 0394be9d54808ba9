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

/** Every inbox route (server/inbox/API.md), with a sample id where one is needed. */
const ROUTES: Array<[string, string]> = [
  ['GET', '/api/inbox/session'],
  ['POST', '/api/inbox/logout'],
  ['GET', '/api/inbox/users'],
  ['POST', '/api/inbox/users'],
  ['GET', '/api/inbox/schools'],
  ['POST', '/api/inbox/schools'],
  ['GET', '/api/inbox/schools/s_AAAAAAAAAAAAAAAA'],
  ['PUT', '/api/inbox/schools/s_AAAAAAAAAAAAAAAA'],
  ['DELETE', '/api/inbox/schools/s_AAAAAAAAAAAAAAAA'],
  ['POST', '/api/inbox/schools/s_AAAAAAAAAAAAAAAA/key'],
  ['POST', '/api/inbox/schools/import'],
  ['GET', '/api/inbox/quarters'],
  ['GET', '/api/inbox/quarters/2026-Q3'],
  ['PUT', '/api/inbox/quarters/2026-Q3/choice'],
  ['DELETE', '/api/inbox/quarters/2026-Q3/choice'],
  ['GET', '/api/inbox/quarters/2026-Q3/letter'],
  ['GET', '/api/inbox/quarters/2026-Q3/export.xlsx'],
  ['GET', '/api/inbox/quarters/2026-Q3/export.zip'],
  ['GET', '/api/inbox/quarters/2026-Q3/print'],
  ['GET', '/api/inbox/submissions/r_AAAAAAAAAAAAAAAA'],
  ['GET', '/api/inbox/submissions/r_AAAAAAAAAAAAAAAA/file'],
  ['POST', '/api/inbox/submissions/r_AAAAAAAAAAAAAAAA/shortlist'],
  ['POST', '/api/inbox/submissions/r_AAAAAAAAAAAAAAAA/assign'],
  ['GET', '/api/inbox/unsorted'],
  ['GET', '/api/inbox/reminders/settings'],
  ['PUT', '/api/inbox/reminders/settings'],
  ['GET', '/api/inbox/reminders/preview'],
  ['POST', '/api/inbox/reminders/send'],
  ['GET', '/api/inbox/reminders/log'],
  ['GET', '/api/inbox/mailbox'],
  ['POST', '/api/inbox/mailbox/poll'],
  ['GET', '/api/inbox/audit'],
  ['GET', '/api/inbox/nothing-here'],
];

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

test.each(ROUTES)('%s %s refuses without a session (401), in Vietnamese by default', async (method, route) => {
  const anonymous = new Client(env.relay.url);
  const res = await anonymous.request(method, route, method === 'GET' ? undefined : {});
  expect(res.status).toBe(401);
  const body = (await res.json()) as { code: string; error: string };
  expect(body).toEqual({ code: 'inbox.auth.required', error: 'Cần đăng nhập để dùng hộp thư của phòng.' });
});

test.each(ROUTES)("%s %s opens nothing with a school's key (Bearer or X-School-Key)", async (method, route) => {
  const variants: Array<Record<string, string>> = [{ Authorization: `Bearer ${schoolKey}` }, { 'X-School-Key': schoolKey }];
  for (const headers of variants) {
    const res = await fetch(`${env.relay.url}${route}`, { method, headers });
    expect(res.status).toBe(401);
  }
});

test.each(ROUTES.filter(([m]) => m !== 'GET'))('%s %s needs the CSRF token (403 without it or with another)', async (method, route) => {
  const session = new Client(env.relay.url, 'en');
  session.cookie = admin.cookie;
  for (const token of ['', 'x'.repeat(43), admin.csrf.slice(0, -1) + (admin.csrf.endsWith('A') ? 'B' : 'A')]) {
    session.csrf = token;
    const res = await session.request(method, route, {}, token ? {} : {});
    expect(res.status).toBe(403);
    expect(((await res.json()) as { code: string; error: string })).toMatchObject({ code: 'inbox.csrf', error: expect.stringContaining('CSRF') });
  }
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

test('staff cannot manage users or read the audit log', async () => {
  const staff = await Client.login(env.relay.url, { username: 'vanthu', password: 'mật-khẩu-văn-thư-1' });
  expect((await staff.get('/api/inbox/users')).status).toBe(403);
  expect((await staff.get('/api/inbox/audit')).status).toBe(403);
  expect((await staff.get('/api/inbox/schools')).status).toBe(200);
  expect((await staff.post('/api/inbox/logout')).status).toBe(204);
  expect((await staff.get('/api/inbox/schools')).status).toBe(401);
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
