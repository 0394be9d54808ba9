/**
 * The relay's outbox against a real SMTP server that goes down, refuses, or hangs: submissions wait in the
 * database, are retried with backoff, resume after a restart, and are delivered exactly once.
 */
import { completeIndividual } from './support/reports';
import { type TestRelay, startTestRelay, tempDb, upload, waitForStatus } from './support/relay';
import { TestSmtp, parseMail } from './support/smtp';

jest.setTimeout(30_000);

let smtp: TestSmtp;
let db: ReturnType<typeof tempDb>;
const relays: TestRelay[] = [];
let docx: Uint8Array;

beforeAll(async () => {
  docx = await completeIndividual();
});

beforeEach(async () => {
  smtp = await TestSmtp.start();
  db = tempDb();
});

afterEach(async () => {
  for (const relay of relays.splice(0)) await relay.close();
  smtp.release(new Error('test over'));
  await smtp.stop();
  db.cleanup();
});

async function start(overrides = {}): Promise<TestRelay> {
  const relay = await startTestRelay(smtp.url, db.dbPath, overrides);
  relays.push(relay);
  return relay;
}

async function submit(relay: TestRelay): Promise<string> {
  const res = await upload(relay.url, docx);
  expect(res.status).toBe(202);
  return ((await res.json()) as { receipt: string }).receipt;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('SMTP server down, then up', () => {
  it('acknowledges at once, keeps retrying with backoff, and delivers once the server is back', async () => {
    await smtp.stop();
    const relay = await start();
    const receipt = await submit(relay);
    await sleep(700);
    const waiting = relay.store.get(receipt)!;
    expect(waiting.status).toBe('pending');
    expect(waiting.attempts).toBeGreaterThanOrEqual(2);
    expect(waiting.lastError).toMatch(/ECONNREFUSED/);
    // Backoff: far fewer attempts than a tight loop would make in 700 ms.
    expect(waiting.attempts).toBeLessThanOrEqual(8);

    await smtp.listen();
    const status = await waitForStatus(relay.url, receipt, 'sent');
    expect(smtp.accepted).toHaveLength(1);
    expect(status.attempts).toBeGreaterThan(waiting.attempts);
    expect((await parseMail(smtp.accepted[0])).messageId).toBe(`<${receipt}@relay.bao-cao-thanh-tich>`);
  });

  it('retries a temporary refusal (451) and gives up at once on a permanent one (550)', async () => {
    smtp.mode = 'tempfail';
    const relay = await start();
    const receipt = await submit(relay);
    await smtp.waitFor(() => smtp.dataSeen.length >= 2);
    expect(relay.store.get(receipt)!.status).not.toBe('failed');
    smtp.mode = 'accept';
    await waitForStatus(relay.url, receipt, 'sent');
    expect(smtp.accepted).toHaveLength(1);

    smtp.mode = 'permfail';
    const refused = await submit(relay);
    await waitForStatus(relay.url, refused, 'failed');
    expect(smtp.dataSeen.filter((m) => m.raw.includes(refused))).toHaveLength(1);
    expect(relay.store.get(refused)!.lastError).toMatch(/550/);
  });

  it('marks a submission failed after the configured number of attempts', async () => {
    smtp.mode = 'tempfail';
    const relay = await start({ retry: { baseDelayMs: 10, maxDelayMs: 20, maxAttempts: 3 } });
    const receipt = await submit(relay);
    const status = await waitForStatus(relay.url, receipt, 'failed');
    expect(status.attempts).toBe(3);
    expect(smtp.accepted).toHaveLength(0);
  });
});

describe('restarts', () => {
  it('a restart resumes the pending sends stored by the previous run', async () => {
    await smtp.stop();
    const first = await start();
    const receipts = [await submit(first), await submit(first)];
    await first.close();
    relays.splice(relays.indexOf(first), 1);

    await smtp.listen();
    const second = await start();
    for (const receipt of receipts) await waitForStatus(second.url, receipt, 'sent');
    expect(smtp.accepted).toHaveLength(2);
    const ids = await Promise.all(smtp.accepted.map(async (m) => (await parseMail(m)).messageId));
    expect(ids.sort()).toEqual(receipts.map((r) => `<${r}@relay.bao-cao-thanh-tich>`).sort());
  });

  it('a graceful stop in the middle of a send waits for SMTP, records it, and nothing is sent again', async () => {
    smtp.mode = 'hold';
    const first = await start();
    const receipt = await submit(first);
    await smtp.waitFor(() => smtp.heldCount === 1);
    const closing = first.close();
    await sleep(100);
    smtp.release();
    await closing;
    relays.splice(relays.indexOf(first), 1);

    smtp.mode = 'accept';
    const second = await start({ leaseMs: 100 });
    await sleep(600);
    expect((await waitForStatus(second.url, receipt, 'sent')).attempts).toBe(1);
    expect(smtp.accepted).toHaveLength(1);
  });

  it('a relay stopped dead before SMTP accepted: the next run takes the send over after its lease, delivering it once', async () => {
    smtp.mode = 'hold';
    const first = await start({ leaseMs: 800 });
    const receipt = await submit(first);
    await smtp.waitFor(() => smtp.heldCount === 1);
    await first.close({ graceful: false });
    relays.splice(relays.indexOf(first), 1);
    // The dead relay's connection is refused, never accepted.
    smtp.release(Object.assign(new Error('connection lost'), { responseCode: 421 }));
    expect(smtp.accepted).toHaveLength(0);

    smtp.mode = 'accept';
    const second = await start({ leaseMs: 800 });
    // Still claimed by the dead run until its lease expires.
    expect(second.store.get(receipt)!.status).toBe('sending');
    const status = await waitForStatus(second.url, receipt, 'sent');
    expect(status.attempts).toBe(2);
    await sleep(1000);
    expect(smtp.accepted).toHaveLength(1);
  });

  it('two relays sharing one database never send the same submission twice', async () => {
    smtp.mode = 'hold';
    const a = await start();
    const b = await start();
    const receipts = await Promise.all([submit(a), submit(b), submit(a), submit(b)]);
    await smtp.waitFor(() => smtp.heldCount === 4);
    smtp.mode = 'accept';
    smtp.release();
    for (const receipt of receipts) await waitForStatus(a.url, receipt, 'sent');
    await sleep(500);
    expect(smtp.dataSeen).toHaveLength(4);
    expect(smtp.accepted).toHaveLength(4);
  });
});
