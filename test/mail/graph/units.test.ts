import { randomBytes } from 'node:crypto';
import { bytesToBase64 } from '../../../src/core/base64';
import { backoffDelay, parseRetryAfter, DEFAULT_RETRY_POLICY } from '../../../src/mail/graph/retry';
import { nextExpectedOffset, DEFAULT_UPLOAD_CHUNK, UPLOAD_FRAGMENT_UNIT } from '../../../src/mail/graph/upload';
import { redactUrl } from '../../../src/mail/graph/http';

describe('bytesToBase64', () => {
  it.each([0, 1, 2, 3, 4, 5, 6100, 65_537])('matches Node for %i random bytes', (n) => {
    const bytes = randomBytes(n);
    expect(bytesToBase64(new Uint8Array(bytes))).toBe(bytes.toString('base64'));
  });

  it('encodes UTF-8 Vietnamese text bytes and a few megabytes correctly', () => {
    const text = Buffer.from('Trường Tiểu học Lê Văn Tám – báo cáo', 'utf8');
    expect(bytesToBase64(new Uint8Array(text))).toBe(text.toString('base64'));
    const big = randomBytes(3 * 1024 * 1024 + 1);
    expect(bytesToBase64(new Uint8Array(big))).toBe(big.toString('base64'));
  });
});

describe('parseRetryAfter', () => {
  const now = new Date('2026-10-01T03:00:00Z');
  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('1.5', now)).toBe(1500);
    expect(parseRetryAfter('Thu, 01 Oct 2026 03:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Thu, 01 Oct 2026 02:00:00 GMT', now)).toBe(0);
  });
  it('ignores absent or unreadable values', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('-1', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('1e3', now)).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  it('doubles from the base, with jitter between half and all of it, capped', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 1000, maxDelayMs: 5000 };
    expect([1, 2, 3, 4, 10].map((n) => backoffDelay(n, policy, () => 1))).toEqual([1000, 2000, 4000, 5000, 5000]);
    expect(backoffDelay(2, policy, () => 0)).toBe(1000);
  });
});

describe('nextExpectedOffset', () => {
  it('reads Outlook single starts, open and closed ranges; the smallest start wins', () => {
    expect(nextExpectedOffset(['0-'])).toBe(0);
    expect(nextExpectedOffset(['2097152'])).toBe(2_097_152);
    expect(nextExpectedOffset(['500-999', '26-'])).toBe(26);
    expect(nextExpectedOffset([])).toBeUndefined();
    expect(nextExpectedOffset(undefined)).toBeUndefined();
  });
  it('refuses malformed values', () => {
    expect(() => nextExpectedOffset('0-')).toThrow(TypeError);
    expect(() => nextExpectedOffset(['abc'])).toThrow(TypeError);
    expect(() => nextExpectedOffset(['10-5'])).toThrow(TypeError);
    expect(() => nextExpectedOffset([12])).toThrow(TypeError);
  });
});

describe('upload fragment size and URL redaction', () => {
  it('defaults to the largest multiple of 320 KiB within 4 MiB', () => {
    expect(DEFAULT_UPLOAD_CHUNK % UPLOAD_FRAGMENT_UNIT).toBe(0);
    expect(DEFAULT_UPLOAD_CHUNK).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(DEFAULT_UPLOAD_CHUNK + UPLOAD_FRAGMENT_UNIT).toBeGreaterThan(4 * 1024 * 1024);
  });
  it('never keeps the upload URL token in error details', () => {
    expect(redactUrl('https://outlook.office.com/api/v2.0/AttachmentSessions(1)?authtoken=secret')).toBe('https://outlook.office.com/api/v2.0/AttachmentSessions(1)?…');
    expect(redactUrl('https://graph.microsoft.com/v1.0/me/sendMail')).toBe('https://graph.microsoft.com/v1.0/me/sendMail');
  });
});

describe('graph messages', () => {
  it('has a Vietnamese and an English message for every graph.* key the module can raise', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    await import('../../../src/mail/graph'); // the module registers its messages
    const { hasMessage } = await import('../../../src/core/i18n');
    const dir = join(__dirname, '../../../src/mail/graph');
    const keys = new Set<string>();
    for (const file of readdirSync(dir)) for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/'(graph\.[A-Za-z]+)'/g)) keys.add(m[1]);
    expect(keys.size).toBeGreaterThan(10);
    for (const key of keys) expect({ key, ok: hasMessage(key) }).toEqual({ key, ok: true });
  });
});
