/**
 * The inbox's part of the relay configuration (RelayConfig.inbox): the server's public address, the reverse
 * proxy it trusts, the office mailbox (IMAP) and the school-key rule of the relay. Read from the environment by
 * `inboxConfigFromEnv` (called from server/config.ts); problems are `relay.config.*` message refs.
 */
import type { MessageRef } from '../../src/core/rules/types';

export interface InboxConfig {
  /** The address schools and staff use, e.g. https://bctt.phuong-ben-thanh.edu.vn (no trailing slash); null: the request's. */
  publicUrl: string | null;
  /**
   * Behind a reverse proxy: how many proxies to trust for X-Forwarded-For / X-Forwarded-Proto (0 = none: use the
   * socket's address and the server's own scheme).
   */
  trustProxy: number;
  /** True: POST /api/submissions needs a school key (401 otherwise). */
  requireSchoolKey: boolean;
  /** imaps://user:pass@host:993/INBOX or imap://…; null: no mailbox intake. */
  imapUrl: string | null;
  /** Minutes between two mailbox polls. */
  imapPollMinutes: number;
  /** IMAP over TLS: accept a self-signed certificate (tests, internal servers). */
  imapInsecureTls: boolean;
  /** Minutes between two looks at the reminder schedule; 0 disables scheduled reminders (send now still works). */
  reminderCheckMinutes: number;
  /** Minimum time a failed login takes, ms (on top of the argon2 verification). */
  failedLoginDelayMs: number;
  /** The body above the office, first line of the covering letter's heading (e.g. "UBND QUẬN 1"); may be empty. */
  parentBody: string;
  /** Addressee of the covering letter ("Kính gửi: …"). */
  council: string;
  /** Argon2id cost (OWASP minimum: 19 MiB, 2 passes). */
  argon2: { memoryCost: number; timeCost: number; parallelism: number };
}

export function defaultInboxConfig(overrides: Partial<InboxConfig> = {}): InboxConfig {
  return {
    publicUrl: null,
    trustProxy: 0,
    requireSchoolKey: true,
    imapUrl: null,
    imapPollMinutes: 5,
    imapInsecureTls: false,
    reminderCheckMinutes: 15,
    failedLoginDelayMs: 1000,
    parentBody: '',
    council: 'Hội đồng Thi đua - Khen thưởng',
    argon2: { memoryCost: 19456, timeCost: 2, parallelism: 1 },
    ...overrides,
  };
}

type Env = Record<string, string | undefined>;

/**
 * PUBLIC_URL, TRUST_PROXY (number of proxies, or "true" = 1), RELAY_REQUIRE_KEY ("false" to accept
 * submissions without a school key — only while schools are being onboarded), IMAP_URL, IMAP_POLL_MINUTES,
 * IMAP_INSECURE_TLS, REMINDER_CHECK_MINUTES, RELAY_PARENT_BODY, INBOX_COUNCIL.
 */
export function inboxConfigFromEnv(env: Env, problems: MessageRef[]): InboxConfig {
  const text = (name: string): string | undefined => env[name]?.trim() || undefined;
  const int = (name: string, fallback: number): number => {
    const raw = text(name);
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw)) {
      problems.push({ key: 'relay.config.number', params: { name, value: raw } });
      return fallback;
    }
    return Number(raw);
  };
  let publicUrl = text('PUBLIC_URL') ?? null;
  if (publicUrl) {
    try {
      const url = new URL(publicUrl);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('scheme');
      publicUrl = url.origin + url.pathname.replace(/\/+$/, '');
    } catch {
      problems.push({ key: 'relay.config.publicUrl', params: { value: publicUrl } });
      publicUrl = null;
    }
  }
  const trustRaw = text('TRUST_PROXY');
  const trustProxy = trustRaw === 'true' ? 1 : trustRaw === 'false' ? 0 : int('TRUST_PROXY', 0);
  let imapUrl = text('IMAP_URL') ?? null;
  if (imapUrl) {
    try {
      const url = new URL(imapUrl);
      if (url.protocol !== 'imap:' && url.protocol !== 'imaps:') throw new Error('scheme');
    } catch {
      problems.push({ key: 'relay.config.imapUrl' });
      imapUrl = null;
    }
  }
  return defaultInboxConfig({
    publicUrl,
    trustProxy,
    requireSchoolKey: text('RELAY_REQUIRE_KEY') !== 'false',
    imapUrl,
    imapPollMinutes: int('IMAP_POLL_MINUTES', 5) || 5,
    imapInsecureTls: text('IMAP_INSECURE_TLS') === 'true',
    reminderCheckMinutes: int('REMINDER_CHECK_MINUTES', 15),
    parentBody: text('RELAY_PARENT_BODY') ?? '',
    council: text('INBOX_COUNCIL') ?? 'Hội đồng Thi đua - Khen thưởng',
  });
}
