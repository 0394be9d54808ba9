/** The relay serves the built add-in read-only, and over HTTPS when given a certificate. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { resolveStaticPath } from '../../server/static';
import { type TestRelay, startTestRelay, tempDb } from './support/relay';
import { TestSmtp } from './support/smtp';

jest.setTimeout(30_000);

let smtp: TestSmtp;
let db: ReturnType<typeof tempDb>;
let relay: TestRelay | null = null;
let dist: string;

beforeEach(async () => {
  smtp = await TestSmtp.start();
  db = tempDb();
  dist = path.join(db.dir, 'dist');
  mkdirSync(path.join(dist, 'assets'), { recursive: true });
  mkdirSync(path.join(dist, 'cli'), { recursive: true });
  writeFileSync(path.join(dist, 'taskpane.html'), '<!doctype html><title>Báo cáo thành tích</title>');
  writeFileSync(path.join(dist, 'taskpane.0123abcd.js'), 'console.log(1)');
  writeFileSync(path.join(dist, 'griffel.0123abcd.css'), '.r1{display:flex}');
  writeFileSync(path.join(dist, 'taskpane.0123abcd.js.map'), '{"version":3,"sources":["src/taskpane/index.tsx"]}');
  writeFileSync(path.join(dist, 'assets', 'icon-32.png'), Buffer.from('89504e47', 'hex'));
  writeFileSync(path.join(dist, 'cli', 'bao-cao-thanh-tich.cjs'), 'cli');
  writeFileSync(path.join(dist, '.env'), 'SECRET=1');
  writeFileSync(path.join(db.dir, 'secret.txt'), 'outside');
  symlinkSync(path.join(db.dir, 'secret.txt'), path.join(dist, 'link.txt'));
});

afterEach(async () => {
  await relay?.close();
  relay = null;
  await smtp.stop();
  db.cleanup();
});

describe('static files', () => {
  it('serves the task pane and its assets with the right types, and nothing else', async () => {
    relay = await startTestRelay(smtp.url, db.dbPath, { staticDir: dist });
    const page = await fetch(`${relay.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('Báo cáo thành tích');
    const script = await fetch(`${relay.url}/taskpane.0123abcd.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toContain('immutable');
    // The stylesheet Griffel's rules are extracted to (webpack.config.js) is content-hashed like the scripts.
    const sheet = await fetch(`${relay.url}/griffel.0123abcd.css`);
    expect(sheet.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(sheet.headers.get('cache-control')).toContain('immutable');
    expect(await sheet.text()).toBe('.r1{display:flex}');
    expect((await fetch(`${relay.url}/assets/icon-32.png`)).headers.get('content-type')).toBe('image/png');
    for (const p of [
      '/.env',
      // Source maps are not served in production (issue 14), whatever the case of the extension.
      '/taskpane.0123abcd.js.map',
      '/taskpane.0123abcd.js.MAP',
      '/cli/bao-cao-thanh-tich.cjs',
      '/link.txt',
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets',
      '/missing.html',
      '/%E0%A4%A',
    ]) {
      expect({ p, status: (await fetch(`${relay.url}${p}`)).status }).toEqual({ p, status: 404 });
    }
    expect((await fetch(`${relay.url}/taskpane.html`, { method: 'POST' })).status).toBe(404);
  });

  it('resolveStaticPath stays inside the folder', () => {
    expect(resolveStaticPath('/srv/dist', '/')).toBe('/srv/dist/taskpane.html');
    expect(resolveStaticPath('/srv/dist', '/a/b.js')).toBe('/srv/dist/a/b.js');
    for (const p of ['/../etc/passwd', '/a/../../etc', '/%2e%2e%2fetc', '/a%5c..%5c..', '/x%00.html', '/.git/config']) {
      expect(resolveStaticPath('/srv/dist', p)).toBeNull();
    }
  });
});

describe('HTTPS', () => {
  it('serves the add-in and the API over TLS with HSTS when given a certificate', async () => {
    const certFile = path.join(db.dir, 'cert.pem');
    const keyFile = path.join(db.dir, 'key.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        keyFile,
        '-out',
        certFile,
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'pipe' },
    );
    const cert = readFileSync(certFile);
    relay = await startTestRelay(smtp.url, db.dbPath, { staticDir: dist, tls: { cert, key: readFileSync(keyFile) } });
    expect(relay.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const get = (p: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> =>
      new Promise((resolve, reject) => {
        https
          .get(`${relay!.url}${p}`, { ca: cert }, (res) => {
            let body = '';
            res.on('data', (c: Buffer) => (body += c.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
          })
          .on('error', reject);
      });
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('Báo cáo thành tích');
    expect(page.headers['strict-transport-security']).toBe('max-age=31536000');
    expect((await get('/healthz')).body).toBe('{"status":"ok"}');
  });
});
