/**
 * The outbox worker: sends stored submissions by SMTP (nodemailer) to the configured recipient only,
 * retrying with exponential backoff while the SMTP server is unreachable or answers "try later".
 *
 * Exactly once, as far as SMTP allows:
 * - a row is claimed atomically (status 'sending' + claim token + lease) before it is sent, so no two workers,
 *   in this process or another sharing the database, send it at the same time;
 * - it is marked 'sent' only after the SMTP server accepted the message (250 after DATA);
 * - a restart resumes 'pending' rows at once and 'sending' rows whose lease has expired (their worker died
 *   before SMTP accepted, or before the database recorded it).
 *
 * The remaining at-least-once window, honestly: if the process dies (or the disk fails) after the SMTP server
 * accepted the message but before the 'sent' update is committed, the row's lease expires and the message is
 * sent again. SMTP has no way to ask "did you already accept this?", so that window cannot be closed here.
 * Every copy carries the same Message-ID (`<receipt@relay.bao-cao-thanh-tich>`), so the recipient's mail system
 * (and a person) can recognise the duplicate. The window is a few milliseconds per message.
 * A lease that expired while its worker is still sending would open a second window (two workers sending): the
 * worker renews its claim every third of the lease for as long as it sends, so the lease can be short (60 s by
 * default) and a send interrupted by a crash is resumed within a minute instead of waiting out a long lease.
 */
import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { RelayConfig } from './config';
import type { ClaimedSubmission, SubmissionStore } from './store';

export const MESSAGE_ID_DOMAIN = 'relay.bao-cao-thanh-tich';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function messageIdFor(receipt: string): string {
  return `<${receipt}@${MESSAGE_ID_DOMAIN}>`;
}

/** Delay before attempt `attempts + 1`: base · 2^(attempts−1), capped, with ±20 % jitter. */
export function backoffDelay(
  attempts: number,
  baseMs: number,
  maxMs: number,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential * (0.8 + 0.4 * random()));
}

/** SMTP refusals that will not change on retry: the message or the mailbox was rejected for good. */
export function isPermanentSmtpError(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 550 && code <= 554;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const e = error as Error & { code?: string; responseCode?: number; response?: string };
    return [e.code, e.responseCode, e.response ?? e.message].filter((x) => x !== undefined && x !== '').join(' ');
  }
  return String(error);
}

/** The part of nodemailer's transporter the outbox uses. */
export interface MailTransport {
  sendMail(message: SendMailOptions): Promise<unknown>;
  close(): void;
}

export function createTransport(config: RelayConfig): MailTransport {
  return nodemailer.createTransport({
    url: config.smtpUrl,
    connectionTimeout: config.smtpTimeoutMs,
    greetingTimeout: config.smtpTimeoutMs,
    socketTimeout: config.smtpTimeoutMs,
  });
}

export class Outbox {
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private readonly inFlight = new Map<string, Promise<void>>();
  private ticking = false;
  private again = false;

  constructor(
    private readonly store: SubmissionStore,
    private readonly transport: MailTransport,
    private readonly config: RelayConfig,
  ) {}

  /** Resumes whatever is unsent in the database and starts watching it. */
  start(): void {
    const unsent = this.store.unsentCount();
    if (unsent > 0) this.config.log(`outbox: resuming ${unsent} unsent submission(s)`);
    this.kick();
  }

  /** Look at the outbox now (after a new submission). */
  kick(): void {
    if (this.stopped) return;
    if (this.ticking) {
      this.again = true;
      return;
    }
    this.ticking = true;
    try {
      do {
        this.again = false;
        this.claimAll();
      } while (this.again && !this.stopped);
    } catch (e) {
      // A claim is a write: on a disk that refuses writes, try again at the next look (the health check fails meanwhile).
      this.config.log(`outbox: could not claim a submission: ${describe(e)}`);
    } finally {
      this.ticking = false;
    }
    try {
      this.schedule();
    } catch (e) {
      this.config.log(`outbox: could not read the outbox: ${describe(e)}`);
      this.timer = setTimeout(() => {
        this.timer = null;
        this.kick();
      }, this.config.pollMs);
      this.timer.unref();
    }
  }

  /**
   * Stops claiming. `graceful`: waits for the sends in flight to finish and be recorded (SIGTERM);
   * otherwise returns at once and leaves them to their lease (like a crash).
   */
  async stop(graceful = true): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (graceful) await Promise.allSettled([...this.inFlight.values()]);
  }

  /** Number of sends in progress (for tests). */
  get busy(): number {
    return this.inFlight.size;
  }

  private claimAll(): void {
    for (;;) {
      if (this.stopped || !this.store.open) return;
      const claimed = this.store.claimNext(Date.now(), this.config.leaseMs, new Set(this.inFlight.keys()));
      if (!claimed) return;
      const job = this.send(claimed).finally(() => {
        this.inFlight.delete(claimed.id);
        this.kick();
      });
      this.inFlight.set(claimed.id, job);
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    const wake = this.store.open ? this.store.nextWake() : null;
    const delay = wake === null ? this.config.pollMs : Math.max(0, Math.min(this.config.pollMs, wake - Date.now()));
    this.timer = setTimeout(() => {
      this.timer = null;
      this.kick();
    }, delay);
    this.timer.unref();
  }

  private async send(row: ClaimedSubmission): Promise<void> {
    let error: unknown = null;
    const renew = setInterval(
      () => {
        try {
          if (this.store.open) this.store.renewClaim(row.id, row.claimToken, Date.now() + this.config.leaseMs);
        } catch (e) {
          this.config.log(`outbox: could not renew the claim of ${row.id}: ${describe(e)}`);
        }
      },
      Math.max(10, Math.floor(this.config.leaseMs / 3)),
    );
    renew.unref();
    try {
      await this.transport.sendMail({
        from: this.config.from,
        // The only recipient, from the configuration: the request never chooses it.
        to: this.config.to,
        envelope: { from: addressOnly(this.config.from), to: [this.config.to] },
        ...(row.replyTo ? { replyTo: row.replyTo } : {}),
        subject: row.subject,
        text: row.body,
        messageId: messageIdFor(row.id),
        date: new Date(row.createdAt),
        headers: { 'X-BCTT-Receipt': row.id },
        attachments: [{ filename: row.fileName, content: row.file, contentType: DOCX_MIME }],
      });
    } catch (e) {
      error = e;
    } finally {
      clearInterval(renew);
    }
    // Stopped without waiting (a simulated crash) or the database is gone: leave the row to its lease.
    if (!this.store.open) return;
    try {
      this.record(row, error);
    } catch (e) {
      // The disk refused the write (read-only, I/O error): the row stays 'sending' and its lease hands it back.
      this.config.log(`outbox: could not record the attempt on ${row.id}: ${describe(e)}; it is retried when its lease ends`);
    }
  }

  private record(row: ClaimedSubmission, error: unknown): void {
    if (error === null) {
      if (this.store.markSent(row.id, row.claimToken, new Date()))
        this.config.log(`outbox: ${row.id} sent (attempt ${row.attempts})`);
      else this.config.log(`outbox: ${row.id} was sent but its claim had expired; another worker may send it again`);
      return;
    }
    const permanent = isPermanentSmtpError(error) || row.attempts >= this.config.retry.maxAttempts;
    const next = permanent
      ? null
      : Date.now() + backoffDelay(row.attempts, this.config.retry.baseDelayMs, this.config.retry.maxDelayMs);
    this.store.markFailed(row.id, row.claimToken, describe(error), next);
    this.config.log(
      permanent
        ? `outbox: ${row.id} failed for good after ${row.attempts} attempt(s): ${describe(error)}`
        : `outbox: ${row.id} attempt ${row.attempts} failed (${describe(error)}); retrying in ${Math.max(0, next! - Date.now())} ms`,
    );
  }
}

function addressOnly(from: string): string {
  const m = /<([^<>\s]+)>\s*$/.exec(from);
  return m ? m[1] : from.trim();
}
