/**
 * Intake from the office's mailbox over IMAP (imapflow): every message without our keyword is downloaded, parsed
 * (mailparser), each .docx attachment filed as a submission under the school whose address sent it (unknown
 * senders: unsorted), and the message is marked `$BcttImported` + `\Seen` — never moved or deleted.
 * De-duplication by (message key, file hash) makes a poll that died before marking harmless.
 */
import { ImapFlow } from 'imapflow';
import { simpleParser } from 'mailparser';
import type { Directory } from './schools';
import type { Submissions } from './submissions';

export const IMPORTED_KEYWORD = '$BcttImported';
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface PollResult {
  messages: number;
  imported: number;
  unsorted: number;
  skipped: number;
}

export interface MailboxOptions {
  url: string;
  insecureTls: boolean;
  maxBytes: number;
  log: (line: string) => void;
}

export function isDocxAttachment(att: { filename?: string; contentType?: string }): boolean {
  return (att.filename ?? '').toLowerCase().endsWith('.docx') || att.contentType === DOCX_MIME;
}

/** One poll of the mailbox. Throws on connection or protocol errors (the caller reports `inbox.mailbox.failed`). */
export async function pollMailbox(
  options: MailboxOptions,
  directory: Directory,
  submissions: Submissions,
): Promise<PollResult> {
  const url = new URL(options.url);
  const secure = url.protocol === 'imaps:';
  const client = new ImapFlow({
    host: url.hostname,
    port: Number(url.port) || (secure ? 993 : 143),
    secure,
    auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) },
    logger: false,
    tls: { rejectUnauthorized: !options.insecureTls },
    connectionTimeout: 30_000,
    greetingTimeout: 15_000,
    socketTimeout: 120_000,
  });
  client.on('error', () => undefined);
  const mailbox = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'INBOX';
  const result: PollResult = { messages: 0, imported: 0, unsorted: 0, skipped: 0 };
  try {
    await client.connect();
  } catch (error) {
    client.close();
    throw error;
  }
  try {
    const lock = await client.getMailboxLock(mailbox);
    try {
      const box = client.mailbox;
      const uidValidity = box && typeof box === 'object' ? String(box.uidValidity) : '0';
      const uids = (await client.search({ unKeyword: IMPORTED_KEYWORD }, { uid: true })) || [];
      for (const uid of uids) {
        const message = await client.fetchOne(String(uid), { source: true, internalDate: true, size: true }, { uid: true });
        if (!message || !message.source) continue;
        result.messages += 1;
        if (message.source.length > options.maxBytes * 3) {
          result.skipped += 1;
          await client.messageFlagsAdd(String(uid), [IMPORTED_KEYWORD], { uid: true });
          continue;
        }
        const parsed = await simpleParser(message.source);
        const from = parsed.from?.value[0]?.address?.toLowerCase() ?? '';
        const school = from ? directory.byEmail(from) : null;
        const received = message.internalDate ? new Date(message.internalDate) : (parsed.date ?? new Date());
        const key = parsed.messageId ? `mid:${parsed.messageId}` : `uid:${uidValidity}/${uid}`;
        const docs = parsed.attachments.filter(isDocxAttachment);
        if (docs.length === 0) result.skipped += 1;
        for (const att of docs) {
          if (att.content.length > options.maxBytes) {
            result.skipped += 1;
            continue;
          }
          await submissions.file({
            bytes: att.content,
            fileName: att.filename ?? 'bao-cao.docx',
            schoolId: school?.id ?? null,
            source: 'imap',
            receivedAt: received,
            messageKey: key,
            from,
            mailSubject: parsed.subject ?? '',
          });
          if (school) result.imported += 1;
          else result.unsorted += 1;
        }
        await client.messageFlagsAdd(String(uid), [IMPORTED_KEYWORD, '\\Seen'], { uid: true });
      }
    } finally {
      lock.release();
    }
  } finally {
    await client.logout().catch(() => client.close());
  }
  return result;
}
