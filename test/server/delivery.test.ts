/**
 * The relay end to end on loopback: a complete report is accepted, stored and delivered by SMTP to the
 * configured recipient only, with the conventional subject, body and file name and the identical .docx.
 */
import { check } from '../../src/core/rules';
import { readDocx } from '../../src/docx/read';
import { NOW, completeCollective, completeIndividual } from './support/reports';
import {
  FROM_ADDRESS,
  RECIPIENT,
  type TestRelay,
  startTestRelay,
  tempDb,
  upload,
  waitForStatus,
} from './support/relay';
import { TestSmtp, parseMail } from './support/smtp';

jest.setTimeout(30_000);

let smtp: TestSmtp;
let relay: TestRelay;
let db: ReturnType<typeof tempDb>;

beforeEach(async () => {
  smtp = await TestSmtp.start();
  db = tempDb();
  relay = await startTestRelay(smtp.url, db.dbPath);
});

afterEach(async () => {
  await relay.close();
  await smtp.stop();
  db.cleanup();
});

describe('POST /api/submissions with a complete report', () => {
  it('answers 202 with a receipt and delivers the identical .docx to the configured recipient', async () => {
    const docx = await completeIndividual();
    const res = await upload(relay.url, docx, {
      fields: {
        unitName: 'Trường Tiểu học Lê Văn Tám',
        senderName: 'Trần Văn Bình',
        senderRole: 'Văn thư',
        replyTo: 'binh@truong.edu.vn',
      },
    });
    expect(res.status).toBe(202);
    const answer = (await res.json()) as { receipt: string; status: string; to: string };
    expect(answer.receipt).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(answer.to).toBe(RECIPIENT);

    await smtp.waitFor(() => smtp.accepted.length === 1);
    const [delivered] = smtp.accepted;
    expect(delivered.rcptTo).toEqual([RECIPIENT]);
    expect(delivered.mailFrom).toBe(FROM_ADDRESS);

    const mail = await parseMail(delivered);
    expect(mail.subject).toBe(
      '[BCTT Quý 4/2026] Trường Tiểu học Lê Văn Tám - Gương điển hình tiên tiến (cá nhân): NGUYỄN THỊ MAI',
    );
    expect(mail.messageId).toBe(`<${answer.receipt}@relay.bao-cao-thanh-tich>`);
    expect(mail.replyTo?.value[0].address).toBe('binh@truong.edu.vn');
    expect(mail.text).toContain('Kính gửi: Phòng Giáo dục và Đào tạo.');
    expect(mail.text).toContain('quý 4/2026');
    expect(mail.text).toContain('Trần Văn Bình');
    expect(mail.attachments).toHaveLength(1);
    const attachment = mail.attachments[0];
    expect(attachment.filename).toBe('BCTT_2026-Q4_CaNhan_NGUYEN-THI-MAI_Truong-TH-Le-Van-Tam.docx');
    expect(attachment.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(Buffer.compare(attachment.content, Buffer.from(docx))).toBe(0);

    // The delivered attachment still passes the checks.
    const findings = check(await readDocx(new Uint8Array(attachment.content)), { now: NOW });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);

    const status = await waitForStatus(relay.url, answer.receipt, 'sent');
    expect(status).toMatchObject({
      receipt: answer.receipt,
      status: 'sent',
      to: RECIPIENT,
      attempts: 1,
      period: '2026-Q4',
    });
    expect(typeof status.sentAt).toBe('string');
    expect(status).not.toHaveProperty('file');
  });

  it('names a collective in the subject as written, and the file name in ASCII', async () => {
    // The collective is the school's own team: the unit named in the collective is not repeated.
    const res = await upload(relay.url, await completeCollective(), {
      fields: { unitName: 'Trường THCS Nguyễn Du', senderName: 'Phạm Văn Cường', senderRole: 'Hiệu trưởng' },
    });
    expect(res.status).toBe(202);
    await smtp.waitFor(() => smtp.accepted.length === 1);
    const mail = await parseMail(smtp.accepted[0]);
    expect(mail.subject).toBe(
      '[BCTT Quý 4/2026] Gương điển hình tiên tiến (tập thể): Tổ Toán, Trường THCS Nguyễn Du, Quận 1, Thành phố Hồ Chí Minh',
    );
    expect(mail.attachments[0].filename).toMatch(/^BCTT_2026-Q4_TapThe_To-Toan-Truong-THCS-Nguyen-Du[\w.-]*\.docx$/);
  });

  it('includes a valid video link in the body', async () => {
    const res = await upload(relay.url, await completeIndividual(), {
      fields: { videoLink: 'https://youtu.be/abc123' },
    });
    expect(res.status).toBe(202);
    await smtp.waitFor(() => smtp.accepted.length === 1);
    expect((await parseMail(smtp.accepted[0])).text).toContain('- Phim tư liệu (video): https://youtu.be/abc123');
  });

  it('never lets the request choose or add a recipient, nor inject a header', async () => {
    const res = await upload(relay.url, await completeIndividual(), {
      fields: {
        to: 'attacker@example.com',
        recipient: 'attacker@example.com',
        cc: 'attacker@example.com',
        bcc: 'attacker@example.com',
        senderName: 'Bình\r\nBcc: attacker@example.com',
        unitName: 'Trường A\nTo: attacker@example.com',
      },
      headers: { 'X-Recipient': 'attacker@example.com' },
    });
    expect(res.status).toBe(202);
    await smtp.waitFor(() => smtp.accepted.length === 1);
    const [delivered] = smtp.accepted;
    expect(delivered.rcptTo).toEqual([RECIPIENT]);
    const mail = await parseMail(delivered);
    expect(mail.bcc).toBeUndefined();
    expect(mail.cc).toBeUndefined();
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((a) => a.address) : null).toEqual([RECIPIENT]);
    // The injected line breaks became spaces: the text stayed inside the subject and the body.
    expect(mail.subject).toContain('Trường A To: attacker@example.com');
    const headerBlock = delivered.raw.toString('latin1').split('\r\n\r\n')[0];
    const headerNames = headerBlock
      .split('\r\n')
      .filter((line) => !/^\s/.test(line))
      .map((line) => line.split(':')[0].toLowerCase());
    expect(headerNames.filter((name) => ['to', 'cc', 'bcc'].includes(name))).toEqual(['to']);
    expect(headerBlock).toMatch(/^To: tquong\.ql@tphcm\.gov\.vn$/m);
  });
});
