/**
 * The add-in's relay client against the real relay (server/) and a real SMTP server, on loopback:
 * a complete report gives a receipt and one mail; an incomplete one a RelayRefusal with the findings;
 * a dropped connection is retried with the same Idempotency-Key and stored once; 4xx are never retried.
 */
import net from 'node:net';
import { AppError } from '../../src/core/errors';
import { t } from '../../src/core/i18n';
import { RelayRefusal, newIdempotencyKey, relayStatus, submitToRelay, type FetchLike } from '../../src/mail/relay';
import { completeIndividual, emptyIndividual } from '../server/support/reports';
import { RECIPIENT, type TestRelay, startTestRelay, tempDb } from '../server/support/relay';
import { TestSmtp, parseMail } from '../server/support/smtp';

jest.setTimeout(30_000);

let smtp: TestSmtp;
let relay: TestRelay;
let db: ReturnType<typeof tempDb>;
let complete: Uint8Array;
const fast = { baseDelayMs: 10, maxDelayMs: 50 };

beforeAll(async () => {
  complete = await completeIndividual();
});

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

/** Counts requests and lets a test see what the client sent. */
function countingFetch(): { fetch: FetchLike; calls: Array<{ url: string; headers: Headers }> } {
  const calls: Array<{ url: string; headers: Headers }> = [];
  return {
    calls,
    fetch: (url, init) => {
      calls.push({ url, headers: new Headers(init.headers) });
      return fetch(url, init);
    },
  };
}

/**
 * A TCP proxy to the relay that, for the first `drops` connections, forwards the whole request but cuts the
 * connection as soon as the relay starts answering: the relay has stored the upload, the client never hears.
 */
async function droppingProxy(
  target: string,
  drops: number,
): Promise<{ url: string; connections: () => number; close(): Promise<void> }> {
  const { hostname, port } = new URL(target);
  let connections = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    connections++;
    const drop = connections <= drops;
    const upstream = net.connect(Number(port), hostname);
    sockets.add(client).add(upstream);
    client.on('error', () => undefined);
    upstream.on('error', () => undefined);
    client.pipe(upstream);
    upstream.on('data', (chunk: Buffer) => {
      if (drop) {
        client.destroy();
        upstream.destroy();
      } else client.write(chunk);
    });
    upstream.on('end', () => client.end());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The school and the sender, which the relay requires with every submission. */
const SENDER = { unitName: 'Trường Tiểu học Lê Văn Tám', senderName: 'Trần Văn Bình' };

describe('submitToRelay', () => {
  it('returns the receipt of a complete report, which is then delivered once', async () => {
    const receipt = await submitToRelay(
      relay.url,
      { file: complete, fields: { unitName: 'Trường Tiểu học Lê Văn Tám', senderName: 'Trần Văn Bình' } },
      fast,
    );
    expect(receipt).toMatchObject({ status: 'pending', to: RECIPIENT, period: '2026-Q4', replayed: false });
    expect(receipt.receipt).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(receipt.fileName).toBe('BCTT_2026-Q4_CaNhan_NGUYEN-THI-MAI_Truong-TH-Le-Van-Tam.docx');
    await smtp.waitFor(() => smtp.accepted.length === 1);
    const mail = await parseMail(smtp.accepted[0]);
    expect(mail.messageId).toBe(`<${receipt.receipt}@relay.bao-cao-thanh-tich>`);
    expect(Buffer.compare(mail.attachments[0].content, Buffer.from(complete))).toBe(0);

    let status = await relayStatus(relay.url, receipt.receipt, fast);
    for (let i = 0; i < 50 && status.status !== 'sent'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      status = await relayStatus(relay.url, receipt.receipt, fast);
    }
    expect(status).toMatchObject({ receipt: receipt.receipt, status: 'sent', to: RECIPIENT });
  });

  it('accepts a relay address with a trailing slash and a Blob', async () => {
    const receipt = await submitToRelay(`${relay.url}/`, { file: new Blob([new Uint8Array(complete)]), fields: SENDER }, fast);
    expect(receipt.status).toBe('pending');
  });

  it('surfaces a refusal as a RelayRefusal (AppError) with the findings, without retrying', async () => {
    const counting = countingFetch();
    const error = await submitToRelay(
      relay.url,
      { file: await emptyIndividual(), fields: SENDER },
      { ...fast, fetch: counting.fetch },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RelayRefusal);
    expect(error).toBeInstanceOf(AppError);
    const refusal = error as RelayRefusal;
    expect(refusal.status).toBe(422);
    expect(refusal.messageKey).toBe('relay.notReady');
    expect(t(refusal.messageKey, refusal.params)).toBe(refusal.serverMessage);
    const required = refusal.findings.find((f) => f.rule === 'field.required' && f.field === 'hoTen');
    expect(required).toMatchObject({ severity: 'error', target: { fieldId: 'hoTen' } });
    expect(t(required!.message.key, required!.message.params)).toBe(required!.text);
    expect(counting.calls).toHaveLength(1);
    expect(relay.store.count()).toBe(0);
  });

  it('asks for English messages when told to', async () => {
    const error = (await submitToRelay(relay.url, { file: await emptyIndividual(), fields: SENDER }, { ...fast, lang: 'en' }).catch(
      (e: unknown) => e,
    )) as RelayRefusal;
    expect(error.serverMessage).toMatch(/^The report cannot be sent yet/);
  });

  it('a file that is not a .docx gives the reader’s own message key', async () => {
    const error = (await submitToRelay(
      relay.url,
      { file: new TextEncoder().encode('không phải tệp Word'), fields: SENDER },
      fast,
    ).catch((e: unknown) => e)) as RelayRefusal;
    expect(error).toBeInstanceOf(RelayRefusal);
    expect(error.status).toBe(400);
    expect(error.messageKey).toMatch(/^docx\./);
    expect(t(error.messageKey, error.params)).toBe(error.serverMessage);
  });

  it('a dropped connection is retried with the same Idempotency-Key: one stored submission, one mail', async () => {
    const proxy = await droppingProxy(relay.url, 1);
    try {
      const counting = countingFetch();
      const receipt = await submitToRelay(proxy.url, { file: complete, fields: SENDER }, { ...fast, fetch: counting.fetch });
      expect(counting.calls).toHaveLength(2);
      expect(proxy.connections()).toBe(2);
      const keys = counting.calls.map((c) => c.headers.get('idempotency-key'));
      expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
      expect(keys[1]).toBe(keys[0]);
      // The first upload was stored; the retry found it.
      expect(receipt.replayed).toBe(true);
      expect(relay.store.count()).toBe(1);
      await smtp.waitFor(() => smtp.accepted.length === 1);
      await new Promise((r) => setTimeout(r, 300));
      expect(smtp.accepted).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  });

  it('gives up with relay.client.network after the last attempt when the relay cannot be reached', async () => {
    const url = relay.url;
    await relay.close();
    const error = (await submitToRelay(url, { file: complete, fields: SENDER }, { ...fast, maxAttempts: 3 }).catch(
      (e: unknown) => e,
    )) as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect(error.messageKey).toBe('relay.client.network');
    expect(error.params).toEqual({ attempts: 3 });
    relay = await startTestRelay(smtp.url, db.dbPath);
  });

  it('retries a 5xx with backoff (honouring Retry-After) and then succeeds', async () => {
    const sleeps: number[] = [];
    let calls = 0;
    const flaky: FetchLike = (url, init) => {
      calls++;
      if (calls === 1) return Promise.resolve(new Response('oops', { status: 502 }));
      if (calls === 2) return Promise.resolve(new Response('busy', { status: 503, headers: { 'Retry-After': '0' } }));
      return fetch(url, init);
    };
    const receipt = await submitToRelay(
      relay.url,
      { file: complete, fields: SENDER },
      { fetch: flaky, sleep: async (ms) => void sleeps.push(ms), baseDelayMs: 100, maxDelayMs: 1000 },
    );
    expect(calls).toBe(3);
    expect(sleeps[0]).toBeGreaterThanOrEqual(50);
    expect(sleeps[0]).toBeLessThanOrEqual(100);
    expect(sleeps[1]).toBe(0);
    expect(receipt.replayed).toBe(false);
  });

  it('reports relay.client.server after the last 5xx', async () => {
    const error = (await submitToRelay(
      relay.url,
      { file: complete, fields: SENDER },
      { ...fast, maxAttempts: 2, fetch: () => Promise.resolve(new Response('', { status: 500 })) },
    ).catch((e: unknown) => e)) as AppError;
    expect(error.messageKey).toBe('relay.client.server');
    expect(error.params).toEqual({ status: 500, attempts: 2 });
  });

  it('does not retry a 429 and says how long to wait', async () => {
    await relay.close();
    relay = await startTestRelay(smtp.url, db.dbPath, { rateLimit: { capacity: 1, perMinute: 1 } });
    await submitToRelay(relay.url, { file: complete, fields: SENDER }, fast);
    const counting = countingFetch();
    const error = (await submitToRelay(relay.url, { file: complete, fields: SENDER }, { ...fast, fetch: counting.fetch }).catch(
      (e: unknown) => e,
    )) as RelayRefusal;
    expect(error.status).toBe(429);
    expect(error.messageKey).toBe('relay.rateLimited');
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
    expect(counting.calls).toHaveLength(1);
  });

  it('refuses an invalid relay address before any request', async () => {
    const counting = countingFetch();
    for (const url of ['http://relay.example.vn', 'ftp://127.0.0.1', '', 'https://user:pw@relay.vn']) {
      const error = (await submitToRelay(url, { file: complete, fields: SENDER }, { fetch: counting.fetch }).catch(
        (e: unknown) => e,
      )) as AppError;
      expect(error.messageKey).toBe('relay.client.invalidUrl');
    }
    expect(counting.calls).toHaveLength(0);
  });

  it('an answer that is not the relay’s is a badResponse, not a crash', async () => {
    const html: FetchLike = () =>
      Promise.resolve(
        new Response('<html>proxy login</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
      );
    const error = (await submitToRelay(relay.url, { file: complete, fields: SENDER }, { fetch: html }).catch(
      (e: unknown) => e,
    )) as AppError;
    expect(error.messageKey).toBe('relay.client.badResponse');
    const teapot: FetchLike = () => Promise.resolve(new Response('no', { status: 418 }));
    expect(
      ((await submitToRelay(relay.url, { file: complete, fields: SENDER }, { fetch: teapot }).catch((e: unknown) => e)) as AppError)
        .messageKey,
    ).toBe('relay.client.badResponse');
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = (await submitToRelay(relay.url, { file: complete, fields: SENDER }, { signal: controller.signal }).catch(
      (e: unknown) => e,
    )) as AppError;
    expect(error.messageKey).toBe('relay.client.aborted');
  });
});

describe('newIdempotencyKey', () => {
  it('gives 128-bit random hexadecimal keys the relay accepts', () => {
    const keys = new Set(Array.from({ length: 1000 }, newIdempotencyKey));
    expect(keys.size).toBe(1000);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{32}$/);
  });
});
