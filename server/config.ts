/**
 * The relay's configuration: read from environment variables (`configFromEnv`) or built by tests,
 * then checked (`validateConfig`) before anything starts. Problems are i18n message refs
 * (`relay.config.*`), printed in Vietnamese then English by main.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AppError, type MessageKey } from '../src/core/errors';
import { isValidEmail } from '../src/core/settings/email';
import { DEFAULT_SETTINGS } from '../src/core/settings/types';
import type { MessageRef } from '../src/core/rules/types';
import type { DeadlineReading } from '../src/core/rules/types';
import { type InboxConfig, defaultInboxConfig, inboxConfigFromEnv } from './inbox/config';

/** The letter's address and a generic office name: the pane's defaults (src/core/settings), one home. */
export const DEFAULT_RECIPIENT = DEFAULT_SETTINGS.recipient;
export const DEFAULT_RECIPIENT_OFFICE = DEFAULT_SETTINGS.recipientOffice;
export const DEFAULT_ORIGINS = ['https://localhost:3000'];
export const DEFAULT_DB = './relay.sqlite';
const MB = 1024 * 1024;

export interface RelayConfig {
  /** TCP port; 0 picks a free one (tests). */
  port: number;
  /** Bind address. Without TLS it must be a loopback address. */
  host: string;
  /** SMTP server, e.g. smtp://user:pass@host:587 (STARTTLS is used when the server offers it) or smtps://host:465. */
  smtpUrl: string;
  /** The only recipient of every submission. Never taken from a request. */
  to: string;
  /** From: address (optionally "Name <address>"). */
  from: string;
  /** The office named in the mail body ("Kính gửi: …"); a server setting like the recipient. */
  recipientOffice: string;
  /** SQLite file. */
  dbPath: string;
  /** PEM certificate and key; without them the relay serves plain HTTP on loopback only. */
  tls: { cert: Buffer; key: Buffer } | null;
  /** The built add-in to serve (usually dist/); null or a missing folder serves the API only. */
  staticDir: string | null;
  /** Origins (scheme://host[:port]) whose pages may call the API from a browser. */
  allowedOrigins: string[];
  /** Largest accepted .docx, bytes. */
  maxUploadBytes: number;
  /** Token bucket per client IP for uploads: `capacity` uploads at once, refilled at `perMinute`. */
  rateLimit: { capacity: number; perMinute: number };
  /** Outbox: the first retry waits `baseDelayMs`, doubling up to `maxDelayMs`; after `maxAttempts` the send is marked failed. */
  retry: { baseDelayMs: number; maxDelayMs: number; maxAttempts: number };
  /**
   * How long a claimed send is reserved for the worker that claimed it. The worker renews its claim every third of
   * the lease while it sends, so the lease bounds only how long a crashed worker's send waits before another takes it.
   */
  leaseMs: number;
  /** Read pool (server/readPool.ts): worker threads, jobs allowed to wait, time budget per job, heap per worker. */
  read: { workers: number; queue: number; timeBudgetMs: number; heapMb: number };
  /** Longest wait between two looks at the outbox (another process may have added or released rows). */
  pollMs: number;
  /** SMTP connection, greeting and socket timeouts, ms. */
  smtpTimeoutMs: number;
  /** How "trước ngày 03" is read for the reporting period of the mail. */
  deadlineReading: DeadlineReading;
  /** Server time; injected by tests so the checks and the reporting period are deterministic. */
  now: () => Date;
  /** Where operational log lines go; default console. */
  log: (line: string) => void;
  /** The office inbox: public address, trusted proxy, school keys, mailbox, reminders (server/inbox/config.ts). */
  inbox: InboxConfig;
}

/** A configuration for tests and embedding: every field defaulted except the SMTP server. */
export function defaultConfig(overrides: Partial<RelayConfig> & Pick<RelayConfig, 'smtpUrl'>): RelayConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    to: DEFAULT_RECIPIENT,
    from: 'Bao cao thanh tich <relay@localhost.localdomain>',
    recipientOffice: DEFAULT_RECIPIENT_OFFICE,
    dbPath: DEFAULT_DB,
    tls: null,
    staticDir: null,
    allowedOrigins: [...DEFAULT_ORIGINS],
    maxUploadBytes: 10 * MB,
    rateLimit: { capacity: 10, perMinute: 10 },
    retry: { baseDelayMs: 5_000, maxDelayMs: 15 * 60_000, maxAttempts: 100 },
    leaseMs: 60_000,
    read: { workers: 2, queue: 4, timeBudgetMs: 15_000, heapMb: 160 },
    pollMs: 5_000,
    smtpTimeoutMs: 60_000,
    deadlineReading: 'strict',
    now: () => new Date(),
    log: (line) => console.log(line),
    inbox: defaultInboxConfig(),
    ...overrides,
  };
}

/** The server's configuration is unusable: every problem found (the first one is the AppError's own message). */
export class ConfigError extends AppError {
  readonly problems: MessageRef[];
  constructor(problems: MessageRef[]) {
    const first = problems[0] ?? { key: 'relay.config.invalid' };
    super(first.key as MessageKey, first.params ?? {});
    this.problems = problems;
  }
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost', '::ffff:127.0.0.1']);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.has(host.toLowerCase()) || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/** "Name <a@b.vn>" or "a@b.vn" → the address, or null when it is not one valid address. */
export function addressOf(value: string): string | null {
  const m = /^\s*(?:[^<>@\r\n]*<([^<>\s]+)>|([^<>\s]+))\s*$/.exec(value);
  const address = m ? (m[1] ?? m[2]) : null;
  return address && isValidEmail(address) ? address : null;
}

function isValidOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value && !!url.hostname;
  } catch {
    return false;
  }
}

function isValidSmtpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The problems of a configuration (empty when it can start). */
export function configProblems(config: RelayConfig): MessageRef[] {
  const problems: MessageRef[] = [];
  if (!Number.isInteger(config.port) || config.port < 0 || config.port > 65535) {
    problems.push({ key: 'relay.config.port', params: { value: String(config.port) } });
  }
  if (!config.smtpUrl) problems.push({ key: 'relay.config.smtpUrlMissing' });
  else if (!isValidSmtpUrl(config.smtpUrl)) problems.push({ key: 'relay.config.smtpUrl' });
  if (!isValidEmail(config.to)) problems.push({ key: 'relay.config.to', params: { value: config.to } });
  if (!config.from) problems.push({ key: 'relay.config.fromMissing' });
  else if (!addressOf(config.from)) problems.push({ key: 'relay.config.from', params: { value: config.from } });
  if (!config.tls && !isLoopbackHost(config.host)) {
    problems.push({ key: 'relay.config.plainHttpPublic', params: { host: config.host } });
  }
  for (const origin of config.allowedOrigins) {
    if (!isValidOrigin(origin)) problems.push({ key: 'relay.config.origins', params: { value: origin } });
  }
  const positives: Array<[string, number]> = [
    ['RELAY_MAX_UPLOAD_MB', config.maxUploadBytes],
    ['RELAY_RATE_PER_MINUTE', config.rateLimit.perMinute],
    ['RELAY_RATE_BURST', config.rateLimit.capacity],
    ['RELAY_RETRY_BASE_MS', config.retry.baseDelayMs],
    ['RELAY_RETRY_MAX_MS', config.retry.maxDelayMs],
    ['RELAY_MAX_ATTEMPTS', config.retry.maxAttempts],
    ['RELAY_LEASE_MS', config.leaseMs],
    ['RELAY_READ_WORKERS', config.read.workers],
    ['RELAY_READ_TIMEOUT_MS', config.read.timeBudgetMs],
    ['RELAY_READ_HEAP_MB', config.read.heapMb],
  ];
  for (const [name, value] of positives) {
    if (!(Number.isFinite(value) && value > 0))
      problems.push({ key: 'relay.config.number', params: { name, value: String(value) } });
  }
  return problems;
}

/** Throws ConfigError listing every problem. */
export function validateConfig(config: RelayConfig): void {
  const problems = configProblems(config);
  if (problems.length > 0) throw new ConfigError(problems);
}

type Env = Record<string, string | undefined>;

/**
 * The configuration from environment variables (see the README): PORT, HOST, SMTP_URL, RELAY_TO, RELAY_FROM,
 * RELAY_OFFICE, RELAY_DB, TLS_CERT, TLS_KEY, RELAY_STATIC_DIR, RELAY_ALLOWED_ORIGINS, RELAY_MAX_UPLOAD_MB,
 * RELAY_RATE_PER_MINUTE, RELAY_RATE_BURST, RELAY_RETRY_BASE_MS, RELAY_RETRY_MAX_MS, RELAY_MAX_ATTEMPTS,
 * RELAY_LEASE_MS, RELAY_READ_WORKERS, RELAY_READ_QUEUE, RELAY_READ_TIMEOUT_MS, RELAY_READ_HEAP_MB, RELAY_DEADLINE_READING. Throws ConfigError with every problem found.
 */
export function configFromEnv(env: Env, cwd: string = process.cwd()): RelayConfig {
  const problems: MessageRef[] = [];
  const text = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const int = (name: string, fallback: number): number => {
    const raw = text(name);
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw)) {
      problems.push(
        name === 'PORT'
          ? { key: 'relay.config.port', params: { value: raw } }
          : { key: 'relay.config.number', params: { name, value: raw } },
      );
      return fallback;
    }
    return Number(raw);
  };

  const certFile = text('TLS_CERT');
  const keyFile = text('TLS_KEY');
  let tls: RelayConfig['tls'] = null;
  if (!!certFile !== !!keyFile) problems.push({ key: 'relay.config.tlsPair' });
  else if (certFile && keyFile) {
    const read = (name: string, file: string): Buffer | null => {
      try {
        return readFileSync(path.resolve(cwd, file));
      } catch {
        problems.push({ key: 'relay.config.tlsRead', params: { name, file } });
        return null;
      }
    };
    const cert = read('TLS_CERT', certFile);
    const key = read('TLS_KEY', keyFile);
    if (cert && key) tls = { cert, key };
  }

  const base = defaultConfig({ smtpUrl: text('SMTP_URL') ?? '' });
  const origins = text('RELAY_ALLOWED_ORIGINS');
  const maxUploadMb = int('RELAY_MAX_UPLOAD_MB', 10);
  const config: RelayConfig = {
    ...base,
    port: int('PORT', tls ? 443 : 8787),
    host: text('HOST') ?? (tls || (certFile && keyFile) ? '0.0.0.0' : '127.0.0.1'),
    to: text('RELAY_TO') ?? DEFAULT_RECIPIENT,
    from: text('RELAY_FROM') ?? '',
    recipientOffice: text('RELAY_OFFICE') ?? DEFAULT_RECIPIENT_OFFICE,
    dbPath: path.resolve(cwd, text('RELAY_DB') ?? DEFAULT_DB),
    tls,
    staticDir: path.resolve(cwd, text('RELAY_STATIC_DIR') ?? 'dist'),
    allowedOrigins: origins
      ? origins
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean)
      : [...DEFAULT_ORIGINS],
    maxUploadBytes: maxUploadMb * MB,
    rateLimit: { perMinute: int('RELAY_RATE_PER_MINUTE', 10), capacity: int('RELAY_RATE_BURST', 10) },
    retry: {
      baseDelayMs: int('RELAY_RETRY_BASE_MS', base.retry.baseDelayMs),
      maxDelayMs: int('RELAY_RETRY_MAX_MS', base.retry.maxDelayMs),
      maxAttempts: int('RELAY_MAX_ATTEMPTS', base.retry.maxAttempts),
    },
    leaseMs: int('RELAY_LEASE_MS', base.leaseMs),
    read: {
      workers: int('RELAY_READ_WORKERS', base.read.workers),
      queue: int('RELAY_READ_QUEUE', base.read.queue),
      timeBudgetMs: int('RELAY_READ_TIMEOUT_MS', base.read.timeBudgetMs),
      heapMb: int('RELAY_READ_HEAP_MB', base.read.heapMb),
    },
    deadlineReading: text('RELAY_DEADLINE_READING') === 'inclusive' ? 'inclusive' : 'strict',
    inbox: inboxConfigFromEnv(env, problems),
  };
  // A failed certificate read must not turn into "plain HTTP on a public address" as a second message.
  const later = configProblems(config).filter(
    (p) => !(p.key === 'relay.config.plainHttpPublic' && certFile && keyFile),
  );
  for (const p of later)
    if (!problems.some((q) => q.key === p.key && JSON.stringify(q.params) === JSON.stringify(p.params)))
      problems.push(p);
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
