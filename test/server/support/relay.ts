/** Starting a relay for a test: a fresh SQLite file in a temporary folder, fast retries, a fixed clock. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type RunningRelay, startRelay } from '../../../server/app';
import { type RelayConfig, defaultConfig } from '../../../server/config';
import { defaultInboxConfig } from '../../../server/inbox/config';
import { NOW } from './reports';

export const RECIPIENT = 'tquong.ql@tphcm.gov.vn';
export const FROM_ADDRESS = 'relay@truong.edu.vn';

export interface TestRelay extends RunningRelay {
  dbPath: string;
  logs: string[];
}

export function tempDb(): { dir: string; dbPath: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bctt-relay-'));
  return { dir, dbPath: path.join(dir, 'relay.sqlite'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function testConfig(
  smtpUrl: string,
  dbPath: string,
  overrides: Partial<RelayConfig> = {},
): RelayConfig & { logs: string[] } {
  const logs: string[] = [];
  return {
    ...defaultConfig({
      smtpUrl,
      dbPath,
      to: RECIPIENT,
      from: `Báo cáo thành tích <${FROM_ADDRESS}>`,
      now: () => NOW,
      retry: { baseDelayMs: 50, maxDelayMs: 400, maxAttempts: 50 },
      leaseMs: 2_000,
      pollMs: 200,
      smtpTimeoutMs: 1_500,
      rateLimit: { capacity: 100, perMinute: 100 },
      log: (line) => logs.push(line),
      // The relay's own tests post without a school key; test/server/inbox covers the key rule.
      inbox: defaultInboxConfig({ requireSchoolKey: false, reminderCheckMinutes: 0 }),
      ...overrides,
    }),
    logs,
  };
}

export async function startTestRelay(
  smtpUrl: string,
  dbPath: string,
  overrides: Partial<RelayConfig> = {},
): Promise<TestRelay> {
  const config = testConfig(smtpUrl, dbPath, overrides);
  const relay = await startRelay(config);
  return Object.assign(relay, { dbPath, logs: config.logs });
}

/** The unit and sender the add-in sends with every submission (the relay refuses a submission without them). */
export const SENDER_FIELDS: Readonly<Record<string, string>> = {
  unitName: 'Trường Tiểu học Trần Hưng Đạo',
  senderName: 'Lê Thị Hoa',
  senderRole: 'Hiệu trưởng',
};

export interface UploadOptions {
  /** Text fields, over {@link SENDER_FIELDS} unless `sender` is false. */
  fields?: Record<string, string>;
  /** false: send only `fields` (no unit or sender unless given). */
  sender?: boolean;
  headers?: Record<string, string>;
  fileName?: string;
  fileField?: string;
}

/** POST /api/submissions with `bytes` as the file. */
export function upload(url: string, bytes: Uint8Array | null, options: UploadOptions = {}): Promise<Response> {
  const form = new FormData();
  const fields = { ...(options.sender === false ? {} : SENDER_FIELDS), ...options.fields };
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (bytes)
    form.append(options.fileField ?? 'file', new Blob([new Uint8Array(bytes)]), options.fileName ?? 'bao-cao.docx');
  return fetch(`${url}/api/submissions`, { method: 'POST', body: form, headers: options.headers ?? {} });
}

/** Polls GET /api/submissions/:receipt until `status`, or fails after `timeoutMs`. */
export async function waitForStatus(
  url: string,
  receipt: string,
  status: string,
  timeoutMs = 10_000,
): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  let last: Record<string, unknown> = {};
  while (Date.now() < deadline) {
    const res = await fetch(`${url}/api/submissions/${receipt}`);
    last = (await res.json()) as Record<string, unknown>;
    if (last.status === status) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`status of ${receipt} is still ${JSON.stringify(last)}, expected ${status}`);
}
