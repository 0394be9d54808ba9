/** The relay's configuration from environment variables: defaults, every problem listed, no plain HTTP in public. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, addressOf, configFromEnv, isLoopbackHost } from '../../server/config';

const BASE = { SMTP_URL: 'smtp://user:pass@mail.truong.edu.vn:587', RELAY_FROM: 'Báo cáo <relay@truong.edu.vn>' };

function problemsOf(env: Record<string, string>): string[] {
  try {
    configFromEnv(env, '/srv/relay');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => p.key);
    throw error;
  }
  return [];
}

describe('configFromEnv', () => {
  it('fills defaults: loopback HTTP, the district recipient, ./relay.sqlite, dist/, the dev origin', () => {
    const config = configFromEnv(BASE, '/srv/relay');
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8787,
      to: 'tquong.ql@tphcm.gov.vn',
      from: 'Báo cáo <relay@truong.edu.vn>',
      dbPath: '/srv/relay/relay.sqlite',
      staticDir: '/srv/relay/dist',
      tls: null,
      allowedOrigins: ['https://localhost:3000'],
      maxUploadBytes: 10 * 1024 * 1024,
      rateLimit: { capacity: 10, perMinute: 10 },
      deadlineReading: 'strict',
    });
  });

  it('reads every variable', () => {
    const config = configFromEnv(
      {
        ...BASE,
        PORT: '9000',
        HOST: '::1',
        RELAY_TO: 'pgd.q3@tphcm.gov.vn',
        RELAY_OFFICE: 'Phòng Giáo dục và Đào tạo Quận 3',
        RELAY_DB: '/var/lib/relay/db.sqlite',
        RELAY_ALLOWED_ORIGINS: 'https://addin.truong.edu.vn, https://localhost:3000',
        RELAY_MAX_UPLOAD_MB: '5',
        RELAY_RATE_PER_MINUTE: '20',
        RELAY_RATE_BURST: '5',
        RELAY_RETRY_BASE_MS: '1000',
        RELAY_RETRY_MAX_MS: '60000',
        RELAY_MAX_ATTEMPTS: '7',
        RELAY_LEASE_MS: '300000',
        RELAY_DEADLINE_READING: 'inclusive',
      },
      '/srv/relay',
    );
    expect(config).toMatchObject({
      port: 9000,
      host: '::1',
      to: 'pgd.q3@tphcm.gov.vn',
      recipientOffice: 'Phòng Giáo dục và Đào tạo Quận 3',
      dbPath: '/var/lib/relay/db.sqlite',
      allowedOrigins: ['https://addin.truong.edu.vn', 'https://localhost:3000'],
      maxUploadBytes: 5 * 1024 * 1024,
      rateLimit: { capacity: 5, perMinute: 20 },
      retry: { baseDelayMs: 1000, maxDelayMs: 60000, maxAttempts: 7 },
      leaseMs: 300000,
      deadlineReading: 'inclusive',
    });
  });

  it('lists every problem at once', () => {
    expect(
      problemsOf({
        SMTP_URL: 'http://mail',
        RELAY_TO: 'a@b.vn,c@d.vn',
        RELAY_FROM: 'not an address',
        PORT: '70000',
        RELAY_MAX_ATTEMPTS: '-1',
      }),
    ).toEqual(
      expect.arrayContaining([
        'relay.config.smtpUrl',
        'relay.config.to',
        'relay.config.from',
        'relay.config.port',
        'relay.config.number',
      ]),
    );
    expect(problemsOf({})).toEqual(expect.arrayContaining(['relay.config.smtpUrlMissing', 'relay.config.fromMissing']));
    expect(problemsOf({ ...BASE, RELAY_ALLOWED_ORIGINS: 'https://addin.vn/taskpane.html' })).toEqual([
      'relay.config.origins',
    ]);
    expect(problemsOf({ ...BASE, PORT: '0' })).toEqual([]);
  });

  it('refuses to serve plain HTTP on a non-loopback address', () => {
    expect(problemsOf({ ...BASE, HOST: '0.0.0.0' })).toEqual(['relay.config.plainHttpPublic']);
    expect(problemsOf({ ...BASE, HOST: '192.168.1.10' })).toEqual(['relay.config.plainHttpPublic']);
    expect(problemsOf({ ...BASE, HOST: 'localhost' })).toEqual([]);
  });

  it('needs both TLS files, readable; with them it listens on every address by default', () => {
    expect(problemsOf({ ...BASE, TLS_CERT: 'cert.pem' })).toContain('relay.config.tlsPair');
    expect(problemsOf({ ...BASE, TLS_CERT: '/nonexistent/cert.pem', TLS_KEY: '/nonexistent/key.pem' })).toEqual([
      'relay.config.tlsRead',
      'relay.config.tlsRead',
    ]);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bctt-tls-'));
    writeFileSync(path.join(dir, 'cert.pem'), 'CERT');
    writeFileSync(path.join(dir, 'key.pem'), 'KEY');
    const config = configFromEnv({ ...BASE, TLS_CERT: 'cert.pem', TLS_KEY: 'key.pem' }, dir);
    expect(config.host).toBe('0.0.0.0');
    expect(config.port).toBe(443);
    expect(config.tls?.cert.toString()).toBe('CERT');
  });
});

describe('helpers', () => {
  it('addressOf takes the address out of a From value', () => {
    expect(addressOf('Báo cáo thành tích <relay@truong.edu.vn>')).toBe('relay@truong.edu.vn');
    expect(addressOf('relay@truong.edu.vn')).toBe('relay@truong.edu.vn');
    expect(addressOf('a@b.vn, c@d.vn')).toBeNull();
    expect(addressOf('Name <a@b.vn>\r\nBcc: c@d.vn')).toBeNull();
    expect(addressOf('')).toBeNull();
  });

  it('isLoopbackHost', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', 'localhost', 'LOCALHOST'])
      expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['0.0.0.0', '::', '10.0.0.1', 'relay.truong.edu.vn', '128.0.0.1'])
      expect(isLoopbackHost(host)).toBe(false);
  });
});
