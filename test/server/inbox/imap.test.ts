/**
 * Intake from the office's mailbox, against a real dovecot started by the test (messages delivered with IMAP
 * APPEND): .docx attachments are checked and filed under the sending school, unknown senders go to "to sort",
 * messages stay in the mailbox marked `$BcttImported` + \Seen, and a second poll imports nothing again.
 */
import { ImapFlow } from 'imapflow';
import MailComposer from 'nodemailer/lib/mail-composer';
import { completeCollective, completeIndividual, emptyIndividual } from '../support/reports';
import { IMAP_PASSWORD, IMAP_USER, TestDovecot, dovecotAvailable } from '../support/dovecot';
import { Client, startInbox, type InboxEnv } from './support';

jest.setTimeout(90_000);

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
let dovecot: TestDovecot;
let env: InboxEnv;
let client: Client;

function mime(from: string, subject: string, attachments: Array<{ filename: string; content: Uint8Array }>): Promise<Buffer> {
  return new MailComposer({
    from,
    to: 'tquong.ql@tphcm.gov.vn',
    subject,
    text: 'Kính gửi Phòng, trường gửi báo cáo quý.',
    attachments: attachments.map((a) => ({ filename: a.filename, content: Buffer.from(a.content), contentType: DOCX })),
  })
    .compile()
    .build();
}

async function imap<T>(fn: (c: ImapFlow) => Promise<T>): Promise<T> {
  const c = new ImapFlow({ host: '127.0.0.1', port: dovecot.port, secure: false, auth: { user: IMAP_USER, pass: IMAP_PASSWORD }, logger: false });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.logout();
  }
}

const describeIf = dovecotAvailable() ? describe : describe.skip;

describeIf('mailbox intake (dovecot)', () => {
  beforeAll(async () => {
    dovecot = await TestDovecot.start();
    env = await startInbox({ inbox: { imapUrl: dovecot.url }, now: new Date('2026-10-08T09:00:00+07:00') });
    client = await Client.login(env.relay.url);
    for (const s of [
      { name: 'Trường THCS Nguyễn Du', emails: ['thcsnguyendu@truong.edu.vn'], ward: 'Phường Bến Thành', cluster: 1 },
      { name: 'Trường Tiểu học Lê Văn Tám', emails: ['lvt@truong.edu.vn'], ward: 'Phường Bến Thành', cluster: 2 },
      { name: 'Trường Mầm non Hoa Hồng', emails: ['hoahong@truong.edu.vn'], ward: 'Phường Sài Gòn', cluster: 3 },
    ])
      await client.json(client.post('/api/inbox/schools', s), 201);
    await imap(async (c) => {
      // On time (1 October), from a known school, sender address in another case.
      await c.append('INBOX', await mime('"Hiệu trưởng" <ThcsNguyenDu@Truong.edu.vn>', 'Báo cáo quý 3', [{ filename: 'bao-cao-nguyen-du.docx', content: await completeIndividual() }]), [], new Date('2026-10-01T08:00:00+07:00'));
      // Late (5 October) and with errors, plus a second attachment that is ready.
      await c.append('INBOX', await mime('lvt@truong.edu.vn', 'Gửi báo cáo', [
        { filename: 'ban-nhap.docx', content: await emptyIndividual() },
        { filename: 'bao-cao-tap-the.docx', content: await completeCollective() },
      ]), [], new Date('2026-10-05T08:00:00+07:00'));
      // An unknown sender.
      await c.append('INBOX', await mime('ai-do@gmail.com', 'Báo cáo của trường', [{ filename: 'bao-cao.docx', content: await completeIndividual(3) }]), [], new Date('2026-09-30T08:00:00+07:00'));
      // No attachment.
      await c.append('INBOX', await mime('hoahong@truong.edu.vn', 'Xin gia hạn', []), [], new Date('2026-10-01T08:00:00+07:00'));
    });
  });
  afterAll(async () => {
    await env?.stop();
    await dovecot?.stop();
  });

  test('a poll files each .docx under its school or "to sort", and marks every message without moving it', async () => {
    const status = await client.json<{ configured: boolean; lastPollAt: string | null }>(client.get('/api/inbox/mailbox'));
    expect(status).toMatchObject({ configured: true, lastPollAt: null });
    const result = await client.json(client.post('/api/inbox/mailbox/poll'));
    expect(result).toEqual({ messages: 4, imported: 3, unsorted: 1, skipped: 1 });
    const flags = await imap(async (c) => {
      const lock = await c.getMailboxLock('INBOX');
      try {
        const out: string[][] = [];
        for await (const m of c.fetch('1:*', { flags: true })) out.push([...(m.flags ?? [])].filter((f) => f !== '\\Recent').sort());
        return out;
      } finally {
        lock.release();
      }
    });
    expect(flags).toEqual(Array(4).fill(['$BcttImported', '\\Seen']));
    expect(await client.json(client.post('/api/inbox/mailbox/poll'))).toEqual({ messages: 0, imported: 0, unsorted: 0, skipped: 0 });
  });

  test('the quarter shows the mailed reports: on time, late (a ready one among two), unsorted counted', async () => {
    const view = await client.json<{
      counts: Record<string, number>;
      rows: Array<{ school: { name: string }; status: string; lateDays?: number; submissions: number; latest: { source: string } | null }>;
    }>(client.get('/api/inbox/quarters/2026-Q3'));
    const byName = Object.fromEntries(view.rows.map((r) => [r.school.name, [r.status, r.lateDays, r.submissions]]));
    expect(byName).toEqual({
      'Trường THCS Nguyễn Du': ['onTime', undefined, 1],
      'Trường Tiểu học Lê Văn Tám': ['late', 3, 2],
      'Trường Mầm non Hoa Hồng': ['missing', undefined, 0],
    });
    expect(view.rows[0].latest!.source).toBe('imap');
    expect(view.counts.unsorted).toBe(1);
  });

  test('an unsorted report is filed under a school from the "to sort" list', async () => {
    const { items } = await client.json<{ items: Array<{ id: string; from: string; mailSubject: string; ready: boolean }> }>(
      client.get('/api/inbox/unsorted'),
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ from: 'ai-do@gmail.com', mailSubject: 'Báo cáo của trường', ready: true });
    const { schools } = await client.json<{ schools: Array<{ id: string; name: string }> }>(client.get('/api/inbox/schools'));
    const hoaHong = schools.find((s) => s.name === 'Trường Mầm non Hoa Hồng')!;
    await client.json(client.post(`/api/inbox/submissions/${items[0].id}/assign`, { schoolId: hoaHong.id }));
    const view = await client.json<{ rows: Array<{ school: { name: string }; status: string }>; counts: Record<string, number> }>(
      client.get('/api/inbox/quarters/2026-Q3'),
    );
    expect(view.rows.find((r) => r.school.name === 'Trường Mầm non Hoa Hồng')!.status).toBe('onTime');
    expect(view.counts.unsorted).toBe(0);
    expect((await client.json<{ items: unknown[] }>(client.get('/api/inbox/unsorted'))).items).toEqual([]);
  });

  test('a mailbox that cannot be reached answers 502 inbox.mailbox.failed without details', async () => {
    await dovecot.stop();
    const res = await client.post('/api/inbox/mailbox/poll');
    expect(res.status).toBe(502);
    const body = (await res.json()) as { code: string; error: string };
    expect(body.code).toBe('inbox.mailbox.failed');
    expect(body.error).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|mat-khau/);
    const status = await client.json<{ lastError: string | null }>(client.get('/api/inbox/mailbox'));
    expect(status.lastError).toBe('inbox.mailbox.failed');
  });
});
