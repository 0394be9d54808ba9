/**
 * The real thing: `server/main.ts` in its own process, configured by environment variables, killed with
 * SIGKILL while the SMTP server is in the middle of receiving its message; a new relay on the same database
 * file delivers the submission exactly once. Also: main.ts refuses a bad configuration with exit code 1.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { completeIndividual } from './support/reports';
import { RECIPIENT, type TestRelay, startTestRelay, tempDb, upload, waitForStatus } from './support/relay';
import { TestSmtp, parseMail } from './support/smtp';

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '..', '..');
const MAIN = path.join(ROOT, 'server', 'main.ts');

function spawnRelay(env: Record<string, string>): { child: ChildProcess; url: Promise<string>; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: 'pipe',
  });
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const m = /listening on (http:\/\/\S+)/.exec(output);
      if (m) resolve(m[1]);
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`relay exited with ${code}: ${output}`)));
  });
  return { child, url, output: () => output };
}

describe('npm run server (server/main.ts)', () => {
  let smtp: TestSmtp;
  let db: ReturnType<typeof tempDb>;
  let child: ChildProcess | null = null;
  let relay: TestRelay | null = null;

  beforeEach(async () => {
    smtp = await TestSmtp.start();
    db = tempDb();
  });

  afterEach(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await relay?.close();
    smtp.release(new Error('test over'));
    await smtp.stop();
    db.cleanup();
  });

  it('killed mid-send, then restarted on the same database: the report is delivered exactly once', async () => {
    smtp.mode = 'hold';
    const started = spawnRelay({
      PORT: '0',
      SMTP_URL: smtp.url,
      RELAY_FROM: 'Báo cáo thành tích <relay@truong.edu.vn>',
      RELAY_TO: RECIPIENT,
      RELAY_DB: db.dbPath,
      RELAY_LEASE_MS: '1500',
      RELAY_RETRY_BASE_MS: '50',
      // This test is about the outbox; school keys are covered by test/server/inbox.
      RELAY_REQUIRE_KEY: 'false',
    });
    child = started.child;
    const url = await started.url;
    const docx = await completeIndividual();
    const res = await upload(url, docx);
    expect(res.status).toBe(202);
    const { receipt } = (await res.json()) as { receipt: string };

    // The SMTP server has the whole message but has not answered: kill the relay now.
    await smtp.waitFor(() => smtp.heldCount === 1);
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    smtp.release(Object.assign(new Error('connection lost'), { responseCode: 421 }));
    expect(smtp.accepted).toHaveLength(0);

    smtp.mode = 'accept';
    relay = await startTestRelay(smtp.url, db.dbPath, { leaseMs: 1500 });
    const status = await waitForStatus(relay.url, receipt, 'sent', 15_000);
    expect(status.attempts).toBe(2);
    await new Promise((r) => setTimeout(r, 2000));
    expect(smtp.accepted).toHaveLength(1);
    const mail = await parseMail(smtp.accepted[0]);
    expect(mail.messageId).toBe(`<${receipt}@relay.bao-cao-thanh-tich>`);
    expect(Buffer.compare(mail.attachments[0].content, Buffer.from(docx))).toBe(0);
  });

  it('exits 1 and lists every problem, in Vietnamese then English, on a bad configuration', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', MAIN], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        SMTP_URL: 'http://mail',
        RELAY_TO: 'a@b.vn, c@d.vn',
        HOST: '0.0.0.0',
        RELAY_DB: db.dbPath,
      },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Cấu hình máy chủ chuyển tiếp không hợp lệ:');
    expect(result.stderr).toContain('SMTP_URL không hợp lệ');
    expect(result.stderr).toContain('RELAY_TO phải là đúng một địa chỉ email');
    expect(result.stderr).toContain('Thiếu RELAY_FROM');
    expect(result.stderr).toContain('không được mở ở địa chỉ 0.0.0.0');
    expect(result.stderr).toContain('The relay server configuration is not valid:');
    expect(result.stderr.indexOf('Cấu hình')).toBeLessThan(result.stderr.indexOf('The relay server'));
  });
});
