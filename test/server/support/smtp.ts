/**
 * A real SMTP server (the `smtp-server` package) on 127.0.0.1 for the relay tests: it records every message
 * it accepts (envelope + raw bytes), and can be told to refuse for a while, to refuse for good, or to hold a
 * message without answering (to stop the relay in the middle of a send).
 */
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  mailFrom: string;
  rcptTo: string[];
  raw: Buffer;
}

export type SmtpMode = 'accept' | 'tempfail' | 'permfail' | 'hold';

export class TestSmtp {
  readonly accepted: ReceivedMail[] = [];
  /** Messages whose DATA arrived (accepted or not), in order. */
  readonly dataSeen: ReceivedMail[] = [];
  mode: SmtpMode = 'accept';
  private server: SMTPServer | null = null;
  private waiters: Array<() => void> = [];
  private held: Array<(error?: Error) => void> = [];

  private constructor(public port: number) {}

  static async start(port = 0): Promise<TestSmtp> {
    const smtp = new TestSmtp(port);
    await smtp.listen();
    return smtp;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Listens (again) on the same port. */
  async listen(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 50,
      size: 50 * 1024 * 1024,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const mail: ReceivedMail = {
            mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            rcptTo: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks),
          };
          this.dataSeen.push(mail);
          this.notify();
          const accept = (error?: Error): void => {
            if (error) return callback(error);
            this.accepted.push(mail);
            callback();
            this.notify();
          };
          switch (this.mode) {
            case 'accept':
              return accept();
            case 'tempfail':
              return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
            case 'permfail':
              return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
            case 'hold':
              this.held.push(accept);
              return;
          }
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    server.on('error', () => undefined);
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops listening ("the SMTP server is down"); the port stays reserved by number for `listen()`. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Answers the held messages (accepts them, or refuses with `error`). */
  release(error?: Error): void {
    const held = this.held;
    this.held = [];
    for (const answer of held) answer(error);
  }

  get heldCount(): number {
    return this.held.length;
  }

  /** Resolves once `predicate` holds, checking after every message; rejects after `timeoutMs`. */
  async waitFor(predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(
          `TestSmtp.waitFor: timed out (accepted ${this.accepted.length}, data seen ${this.dataSeen.length})`,
        );
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 100));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}

export function parseMail(mail: ReceivedMail): Promise<ParsedMail> {
  return simpleParser(mail.raw);
}
