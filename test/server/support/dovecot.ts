/**
 * A real IMAP server for the mailbox tests: Debian's dovecot (dovecot-imapd), started in the foreground with a
 * throw-away configuration (`dovecot -F -c <tmp>/dovecot.conf`): one passwd-file user, Maildir in a temp folder,
 * plaintext login on 127.0.0.1 only, a free port. Started as root (as on the CI machine); the mail belongs to the
 * `dovecot` system user.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const IMAP_USER = 'phonggd';
export const IMAP_PASSWORD = 'mat-khau-hop-thu';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

export function dovecotAvailable(): boolean {
  return existsSync('/usr/sbin/dovecot') && typeof process.getuid === 'function' && process.getuid() === 0;
}

export class TestDovecot {
  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly child: ChildProcess,
  ) {}

  get url(): string {
    return `imap://${IMAP_USER}:${IMAP_PASSWORD}@127.0.0.1:${this.port}/INBOX`;
  }

  static async start(): Promise<TestDovecot> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bctt-dovecot-'));
    // dovecot's auth process runs as the `dovecot` user: it must reach the passwd-file.
    chmodSync(dir, 0o755);
    const port = await freePort();
    mkdirSync(path.join(dir, 'run'));
    mkdirSync(path.join(dir, 'mail'));
    // Dovecot refuses uid 0 for mail: the mail belongs to the `dovecot` system user.
    const entry = readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('dovecot:'))!
      .split(':');
    const [uid, gid] = [Number(entry[2]), Number(entry[3])];
    chownSync(path.join(dir, 'mail'), uid, gid);
    writeFileSync(path.join(dir, 'users'), `${IMAP_USER}:{PLAIN}${IMAP_PASSWORD}:${uid}:${gid}::${dir}/mail::\n`, { mode: 0o644 });
    writeFileSync(
      path.join(dir, 'dovecot.conf'),
      [
        `base_dir = ${dir}/run`,
        `state_dir = ${dir}/run`,
        'protocols = imap',
        `listen = 127.0.0.1`,
        'ssl = no',
        'disable_plaintext_auth = no',
        'auth_mechanisms = plain login',
        'log_path = /dev/stderr',
        'info_log_path = /dev/null',
        `mail_location = maildir:${dir}/mail/Maildir`,
        'first_valid_uid = 1',
        'first_valid_gid = 1',
        'default_login_user = dovenull',
        'default_internal_user = dovecot',
        `passdb {\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u ${dir}/users\n}`,
        `userdb {\n  driver = passwd-file\n  args = username_format=%u ${dir}/users\n}`,
        `service imap-login {\n  inet_listener imap {\n    address = 127.0.0.1\n    port = ${port}\n  }\n  inet_listener imaps {\n    port = 0\n  }\n}`,
        'service stats {\n  unix_listener stats-reader {\n    mode = 0666\n  }\n  unix_listener stats-writer {\n    mode = 0666\n  }\n}',
        '',
      ].join('\n'),
    );
    const child = spawn('/usr/sbin/dovecot', ['-F', '-c', path.join(dir, 'dovecot.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => { stderr += c.toString(); if (process.env.DOVECOT_DEBUG) process.stderr.write(c); });
    const deadline = Date.now() + 20_000;
    for (;;) {
      const up = await new Promise<boolean>((resolve) => {
        const socket = net.connect(port, '127.0.0.1', () => {
          socket.once('data', (d) => {
            socket.destroy();
            resolve(d.toString().startsWith('* OK'));
          });
        });
        socket.on('error', () => resolve(false));
      });
      if (up) break;
      if (child.exitCode !== null || Date.now() > deadline) {
        child.kill('SIGKILL');
        rmSync(dir, { recursive: true, force: true });
        throw new Error(`dovecot did not start: ${stderr.slice(0, 2000)}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    return new TestDovecot(port, dir, child);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      this.child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 5_000)))]);
      clearTimeout(timer);
      if (this.child.exitCode === null) this.child.kill('SIGKILL');
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
