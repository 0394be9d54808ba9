/**
 * Reminders through a real SMTP server: the schools without a ready report for the quarter (missing or with
 * errors), each reminder once per school, logged; preview first; "send now"; a refused send is retried next time.
 */
import { simpleParser } from 'mailparser';
import { completeIndividual, emptyIndividual } from '../support/reports';
import { Client, startInbox, submit, type InboxEnv } from './support';

jest.setTimeout(60_000);

let env: InboxEnv;
let client: Client;
const keys: Record<string, string> = {};

beforeAll(async () => {
  env = await startInbox({ now: new Date('2026-09-24T09:00:00+07:00') });
  client = await Client.login(env.relay.url);
  const schools = [
    { name: 'Trường THCS Nguyễn Du', emails: ['nd@truong.edu.vn'], ward: 'Phường Bến Thành', cluster: 1 },
    { name: 'Trường Tiểu học Lê Văn Tám', emails: ['lvt@truong.edu.vn', 'ht.lvt@truong.edu.vn'], ward: 'Phường Bến Thành', cluster: 2 },
    { name: 'Trường Mầm non Hoa Hồng', emails: ['hoahong@truong.edu.vn'], ward: 'Phường Sài Gòn', cluster: 3 },
    { name: 'Trường THPT Không Email', emails: [], ward: 'Phường Sài Gòn', cluster: 4 },
  ];
  for (const s of schools) {
    const { onboarding } = await client.json<{ onboarding: { key: string } }>(client.post('/api/inbox/schools', s), 201);
    keys[s.name] = onboarding.key;
  }
  expect((await submit(env.relay.url, await completeIndividual(), keys['Trường THCS Nguyễn Du'])).status).toBe(202);
  const { schools: list } = await client.json<{ schools: Array<{ id: string; name: string }> }>(client.get('/api/inbox/schools'));
  await env.relay.inbox.submissions.file({
    bytes: await emptyIndividual(),
    fileName: 'chua-xong.docx',
    schoolId: list.find((s) => s.name === 'Trường Tiểu học Lê Văn Tám')!.id,
    source: 'imap',
    receivedAt: new Date('2026-09-23T10:00:00+07:00'),
  });
  // Wait for the relay's own forward of the Nguyễn Du report, so only reminders follow.
  const deadline = Date.now() + 20_000;
  while (env.smtp.accepted.length < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  env.smtp.accepted.length = 0;
});
afterAll(() => env.stop());

async function reminders(): Promise<Array<{ to: string[]; subject: string; text: string; tag: string }>> {
  return Promise.all(
    env.smtp.accepted.map(async (m) => {
      const parsed = await simpleParser(m.raw);
      return { to: m.rcptTo, subject: parsed.subject ?? '', text: parsed.text ?? '', tag: String(parsed.headers.get('x-bctt-reminder') ?? '') };
    }),
  );
}

test('the preview lists the schools without a ready report, and says why others are skipped', async () => {
  const preview = await client.json<{
    quarter: string;
    schools: Array<{ name: string; emails: string[]; status: string; errors?: string[] }>;
    skipped: Array<{ name: string; reason: string }>;
    subject: string;
  }>(client.get('/api/inbox/reminders/preview?quarter=2026-Q3'));
  expect(preview.quarter).toBe('2026-Q3');
  expect(preview.schools.map((s) => [s.name, s.status])).toEqual([
    ['Trường Tiểu học Lê Văn Tám', 'errors'],
    ['Trường Mầm non Hoa Hồng', 'missing'],
  ]);
  expect(preview.schools[0].errors!.length).toBeGreaterThan(0);
  expect(preview.skipped).toEqual([{ id: expect.any(String), name: 'Trường THPT Không Email', reason: 'noEmail' }]);
  expect(preview.subject).toBe('[Nhắc] Báo cáo gương điển hình tiên tiến quý 3/2026 — hạn 02/10/2026');
  expect(env.smtp.accepted).toHaveLength(0);
});

test('scheduled reminders go N days before the last day, once per school per reminder', async () => {
  await client.json(client.put('/api/inbox/reminders/settings', { daysBefore: [2, 7], enabled: true }));
  expect(await client.json(client.get('/api/inbox/reminders/settings'))).toEqual({ daysBefore: [7, 2], enabled: true });
  // 24 September: 8 days left, nothing due yet.
  expect(await env.relay.inbox.runReminders()).toBeNull();
  // 25 September: 7 days left → d7.
  env.clock.now = new Date('2026-09-25T08:00:00+07:00');
  const first = await env.relay.inbox.runReminders();
  expect(first!.sent.map((s) => s.to)).toEqual([['lvt@truong.edu.vn', 'ht.lvt@truong.edu.vn'], ['hoahong@truong.edu.vn']]);
  const again = await env.relay.inbox.runReminders();
  expect(again!.sent).toEqual([]);
  let mails = await reminders();
  expect(mails).toHaveLength(2);
  expect(mails.map((m) => m.tag)).toEqual(['2026-Q3/d7', '2026-Q3/d7']);
  expect(mails[0].text).toContain('Kính gửi: Trường Tiểu học Lê Văn Tám');
  expect(mails[0].text).toContain('còn lỗi cần sửa');
  expect(mails[1].text).toContain('hết ngày 02/10/2026 (7 ngày nữa)');
  // Hoa Hồng sends a ready report; on 30 September (2 days left) only Lê Văn Tám gets d2.
  expect((await submit(env.relay.url, await completeIndividual(9), keys['Trường Mầm non Hoa Hồng'])).status).toBe(202);
  const deadline = Date.now() + 20_000;
  while (env.smtp.accepted.length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  env.smtp.accepted.length = 0;
  env.clock.now = new Date('2026-09-30T08:00:00+07:00');
  const second = await env.relay.inbox.runReminders();
  expect(second!.sent.map((s) => s.to)).toEqual([['lvt@truong.edu.vn', 'ht.lvt@truong.edu.vn']]);
  mails = await reminders();
  expect(mails.map((m) => m.tag)).toEqual(['2026-Q3/d2']);
});

test('"send now" reminds each school once, and a refused send is tried again next time', async () => {
  env.smtp.accepted.length = 0;
  client = await Client.login(env.relay.url);
  env.smtp.mode = 'permfail';
  const failed = await client.json<{ sent: unknown[]; failed: Array<{ code: string }> }>(
    client.post('/api/inbox/reminders/send', { quarter: '2026-Q3' }),
  );
  expect(failed.sent).toEqual([]);
  expect(failed.failed.map((f) => f.code)).toEqual(['inbox.reminder.failed']);
  env.smtp.mode = 'accept';
  const sent = await client.json<{ sent: Array<{ to: string[] }> }>(client.post('/api/inbox/reminders/send', { quarter: '2026-Q3' }));
  expect(sent.sent.map((s) => s.to)).toEqual([['lvt@truong.edu.vn', 'ht.lvt@truong.edu.vn']]);
  const twice = await client.json<{ sent: unknown[]; skipped: Array<{ reason: string }> }>(
    client.post('/api/inbox/reminders/send', { quarter: '2026-Q3' }),
  );
  expect(twice.sent).toEqual([]);
  expect(twice.skipped.map((s) => s.reason).sort()).toEqual(['alreadyReminded', 'noEmail']);
  expect((await reminders()).map((m) => m.tag)).toEqual(['2026-Q3/manual']);
  const log = await client.json<{ entries: Array<{ reminder: string; schoolName: string; by: string | null }> }>(
    client.get('/api/inbox/reminders/log?quarter=2026-Q3'),
  );
  expect(log.entries.map((e) => [e.reminder, e.schoolName, e.by])).toEqual([
    ['manual', 'Trường Tiểu học Lê Văn Tám', 'admin'],
    ['d2', 'Trường Tiểu học Lê Văn Tám', null],
    ['d7', 'Trường Mầm non Hoa Hồng', null],
    ['d7', 'Trường Tiểu học Lê Văn Tám', null],
  ]);
});
