/** A relay with its inbox for the inbox tests: temp database, test SMTP, an admin, a signed-in client. */
import { type RunningRelay, startRelay } from '../../../server/app';
import { defaultConfig, type RelayConfig } from '../../../server/config';
import { defaultInboxConfig, type InboxConfig } from '../../../server/inbox/config';
import { TestSmtp } from '../support/smtp';
import { tempDb } from '../support/relay';

export const ADMIN = { username: 'admin', password: 'mật-khẩu-đủ-dài-2026' };

export interface InboxEnv {
  relay: RunningRelay;
  smtp: TestSmtp;
  dir: string;
  dbPath: string;
  logs: string[];
  clock: { now: Date };
  stop(): Promise<void>;
}

export async function startInbox(
  overrides: { inbox?: Partial<InboxConfig>; config?: Partial<RelayConfig>; now?: Date } = {},
): Promise<InboxEnv> {
  const smtp = await TestSmtp.start();
  const db = tempDb();
  const logs: string[] = [];
  const clock = { now: overrides.now ?? new Date('2026-09-20T09:00:00+07:00') };
  const config = defaultConfig({
    smtpUrl: smtp.url,
    dbPath: db.dbPath,
    to: 'tquong.ql@tphcm.gov.vn',
    from: 'Phòng GD&ĐT <relay@truong.edu.vn>',
    now: () => clock.now,
    retry: { baseDelayMs: 50, maxDelayMs: 400, maxAttempts: 50 },
    leaseMs: 2_000,
    pollMs: 200,
    smtpTimeoutMs: 1_500,
    rateLimit: { capacity: 100, perMinute: 100 },
    log: (line) => logs.push(line),
    inbox: defaultInboxConfig({ reminderCheckMinutes: 0, failedLoginDelayMs: 200, ...overrides.inbox }),
    ...overrides.config,
  });
  const relay = await startRelay(config);
  await relay.inbox.accounts.createUser(ADMIN.username, ADMIN.password, 'admin');
  return {
    relay,
    smtp,
    dir: db.dir,
    dbPath: db.dbPath,
    logs,
    clock,
    async stop() {
      await relay.close();
      await smtp.stop();
      db.cleanup();
    },
  };
}

/** A signed-in client: keeps the cookie and sends the CSRF token on changes. */
export class Client {
  cookie = '';
  csrf = '';
  constructor(
    readonly base: string,
    readonly lang: 'vi' | 'en' = 'vi',
  ) {}

  static async login(base: string, user = ADMIN, lang: 'vi' | 'en' = 'vi'): Promise<Client> {
    const client = new Client(base, lang);
    const res = await client.post('/api/inbox/login', { username: user.username, password: user.password });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
    client.cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
    client.csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
    return client;
  }

  request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const h: Record<string, string> = { 'Accept-Language': this.lang, ...headers };
    if (this.cookie) h.Cookie = this.cookie;
    if (this.csrf && method !== 'GET') h['X-CSRF-Token'] = this.csrf;
    let payload: BodyInit | undefined;
    if (body instanceof Uint8Array) payload = new Uint8Array(body);
    else if (body !== undefined) {
      h['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    return fetch(`${this.base}${path}`, { method, headers: h, body: payload });
  }

  get(path: string): Promise<Response> {
    return this.request('GET', path);
  }
  post(path: string, body?: unknown, headers?: Record<string, string>): Promise<Response> {
    return this.request('POST', path, body ?? {}, headers);
  }
  put(path: string, body: unknown): Promise<Response> {
    return this.request('PUT', path, body);
  }
  delete(path: string): Promise<Response> {
    return this.request('DELETE', path);
  }
  async json<T = Record<string, unknown>>(res: Response | Promise<Response>, status = 200): Promise<T> {
    const r = await res;
    const text = await r.text();
    if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${text}`);
    return (text ? JSON.parse(text) : {}) as T;
  }
}

/** POST /api/submissions with a school key. */
export function submit(base: string, bytes: Uint8Array, key: string | null, headerName: 'bearer' | 'x-school-key' = 'bearer'): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), 'bao-cao.docx');
  form.append('unitName', 'Trường THCS Nguyễn Du, Phường Bến Thành, Thành phố Hồ Chí Minh');
  form.append('senderName', 'Nguyễn Văn An');
  form.append('senderRole', 'Hiệu trưởng');
  const headers: Record<string, string> = {};
  if (key) {
    if (headerName === 'bearer') headers.Authorization = `Bearer ${key}`;
    else headers['X-School-Key'] = key;
  }
  return fetch(`${base}/api/submissions`, { method: 'POST', body: form, headers });
}
