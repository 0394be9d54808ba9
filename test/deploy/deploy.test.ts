/**
 * The deployment files in deploy/ work as the README says (issue 15, item 9), with the real programs:
 *   - the systemd units pass `systemd-analyze verify`;
 *   - deploy/nginx.conf, only its ports, certificate and upstream port changed, passes `nginx -t` (Debian's nginx)
 *     and, started in front of a real server with TRUST_PROXY=1, serves it over HTTPS: /healthz, /inbox,
 *     a sign-in whose cookie is Secure, a change with its CSRF token, and rate limits on the client's real address
 *     (nginx replaces a forged X-Forwarded-For, so changing it does not escape the limit).
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { completeIndividual } from '../server/support/reports';
import { ADMIN, startInbox, type InboxEnv } from '../server/inbox/support';

jest.setTimeout(180_000);

const ROOT = path.join(__dirname, '../..');
const DEPLOY = path.join(ROOT, 'deploy');
const HOST = 'bctt.phuong-ben-thanh.edu.vn';

test('the systemd units pass systemd-analyze verify', () => {
  const result = spawnSync(
    'systemd-analyze',
    ['verify', '--man=no', ...['bctt-inbox.service', 'bctt-backup.service', 'bctt-backup.timer'].map((f) => path.join(DEPLOY, f))],
    { encoding: 'utf8', env: { ...process.env, SYSTEMD_LOG_LEVEL: 'notice' } },
  );
  expect(result.error).toBeUndefined();
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

describe('behind nginx with deploy/nginx.conf', () => {
  let env: InboxEnv;
  let nginx: ChildProcess | null = null;
  let port = 0;
  let ca: Buffer;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bctt-deploy-'));

  /** One HTTPS request to nginx, as a browser at https://HOST would send it. */
  function request(method: string, url: string, headers: Record<string, string> = {}, body?: Buffer | string): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const req = https.request(
        { host: '127.0.0.1', port, servername: HOST, ca, method, path: url, headers: { Host: `${HOST}:${port}`, ...headers } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  beforeAll(async () => {
    env = await startInbox({
      inbox: { trustProxy: 1, publicUrl: `https://${HOST}` },
      config: { rateLimit: { capacity: 1, perMinute: 1 } },
    });
    const upstream = new URL(env.relay.url).port;
    port = await freePort();
    const redirectPort = await freePort();
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${HOST}`,
      '-addext', `subjectAltName=DNS:${HOST}`, '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    ca = readFileSync(path.join(dir, 'cert.pem'));
    // deploy/nginx.conf as shipped, but for the ports, the certificate and the server's port.
    const site = readFileSync(path.join(DEPLOY, 'nginx.conf'), 'utf8')
      .replace('listen 80;', `listen 127.0.0.1:${redirectPort};`)
      .replace('listen 443 ssl http2;', `listen 127.0.0.1:${port} ssl http2;`)
      .replace(`/etc/letsencrypt/live/${HOST}/fullchain.pem`, path.join(dir, 'cert.pem'))
      .replace(`/etc/letsencrypt/live/${HOST}/privkey.pem`, path.join(dir, 'key.pem'))
      .replace('proxy_pass http://127.0.0.1:8787;', `proxy_pass http://127.0.0.1:${upstream};`);
    expect(site).toContain(`listen 127.0.0.1:${port} ssl http2;`);
    expect(site).toContain(`proxy_pass http://127.0.0.1:${upstream};`);
    writeFileSync(path.join(dir, 'site.conf'), site);
    mkdirSync(path.join(dir, 'tmp'));
    const t = (name: string) => path.join(dir, 'tmp', name);
    writeFileSync(
      path.join(dir, 'nginx.conf'),
      `pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')};
events {}
http {
  access_log off;
  client_body_temp_path ${t('body')}; proxy_temp_path ${t('proxy')}; fastcgi_temp_path ${t('fcgi')};
  uwsgi_temp_path ${t('uwsgi')}; scgi_temp_path ${t('scgi')};
  include ${path.join(dir, 'site.conf')};
}
`,
    );
    const check = spawnSync('nginx', ['-t', '-c', path.join(dir, 'nginx.conf')], { encoding: 'utf8' });
    expect(check.error).toBeUndefined();
    expect(check.stderr).toContain('test is successful');
    nginx = spawn('nginx', ['-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off; master_process off;'], { stdio: 'ignore' });
    // Ready when it accepts a connection (bounded: 300 tries).
    for (let i = 0; ; i++) {
      const up = await new Promise<boolean>((resolve) => {
        const s = net.connect(port, '127.0.0.1', () => {
          s.end();
          resolve(true);
        });
        s.on('error', () => resolve(false));
      });
      if (up) break;
      if (i > 300 || nginx.exitCode !== null) throw new Error(`nginx did not start: ${readFileSync(path.join(dir, 'error.log'), 'utf8')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  afterAll(async () => {
    nginx?.kill('SIGTERM');
    await env?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('HTTPS reaches the server: health, the inbox page, a Secure session cookie, a change with its CSRF token', async () => {
    expect((await request('GET', '/healthz')).status).toBe(200);
    // The page (or, where dist/ is not built, the same refusal) as the server itself answers it.
    const page = await request('GET', '/inbox');
    const direct = await fetch(`${env.relay.url}/inbox`);
    expect([page.status, page.headers['content-type']]).toEqual([direct.status, direct.headers.get('content-type')]);
    expect(page.body).toBe(await direct.text());

    const login = await request('POST', '/api/inbox/login', { 'Content-Type': 'application/json', Origin: `https://${HOST}` }, JSON.stringify(ADMIN));
    expect(login.status).toBe(200);
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Strict/);
    expect(setCookie).toMatch(/; Secure/); // X-Forwarded-Proto: https from nginx, trusted with TRUST_PROXY=1
    const cookie = setCookie.split(';')[0];
    const { csrfToken } = JSON.parse(login.body) as { csrfToken: string };
    const school = JSON.stringify({ name: 'Trường THCS Nguyễn Du', emails: [], ward: 'Phường Bến Thành', cluster: 1 });
    const json = { 'Content-Type': 'application/json', Origin: `https://${HOST}`, Cookie: cookie };
    expect((await request('POST', '/api/inbox/schools', json, school)).status).toBe(403);
    expect((await request('POST', '/api/inbox/schools', { ...json, 'X-CSRF-Token': csrfToken }, school)).status).toBe(201);
  });

  test('uploads are limited per real client: a forged X-Forwarded-For is replaced by nginx and does not escape the limit', async () => {
    const report = await completeIndividual(77);
    const upload = (forged: string) => {
      const boundary = 'bctt-deploy-test';
      const part = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
      const body = Buffer.concat([
        Buffer.from(part('unitName', 'Trường THCS Nguyễn Du, Phường Bến Thành, Thành phố Hồ Chí Minh') + part('senderName', 'Nguyễn Văn An')),
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bao-cao.docx"\r\nContent-Type: application/octet-stream\r\n\r\n`),
        Buffer.from(report),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return request('POST', '/api/submissions', { 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'X-Forwarded-For': forged, Authorization: 'Bearer bctt_khong-hop-le' }, body);
    };
    // One upload a minute per client: the first is judged (401: no valid key), the second, claiming to be
    // another client, is the same client to the server — nginx put the connection's address in the header.
    expect((await upload('203.0.113.7')).status).toBe(401);
    const second = await upload('198.51.100.1');
    expect(second.status).toBe(429);
    expect(second.headers['retry-after']).toBeDefined();
  });
});
