/**
 * Issue 14 at the relay: untrusted uploads are read in the read pool, never on the event loop. Crafted files are
 * refused with the cap they reach while the health check keeps answering; the white-BMP report is taken; a file of
 * exactly the size limit is judged on its content; a full pool answers 503 with Retry-After and a job over its time
 * budget is refused with docx.timeBudget (a worker that spins forever, so no timing is assumed); a replay with the
 * same idempotency key but other fields is a conflict; source maps are not served.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { completeIndividual } from './support/reports';
import { writeTemplateDocx } from '../../src/docx/write';
import { vietnameseProse } from '../support/prose';
import { INDIVIDUAL_FIELDS, modelRows, pngPhoto } from '../cli/support/cli';
import { type TestRelay, startTestRelay, tempDb, testConfig, upload } from './support/relay';
import { TestSmtp } from './support/smtp';
import { startRelay } from '../../server/app';

jest.setTimeout(120_000);

const HOSTILE = path.join(__dirname, '..', 'fixtures', 'hostile');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(HOSTILE, name)));
const MiB = 1024 * 1024;

let smtp: TestSmtp;
let db: ReturnType<typeof tempDb>;
let relay: TestRelay | null = null;

beforeEach(async () => {
  smtp = await TestSmtp.start();
  db = tempDb();
});
afterEach(async () => {
  await relay?.close();
  relay = null;
  await smtp.stop();
  db.cleanup();
});

describe('crafted uploads', () => {
  it('are each refused with the cap they reach, all at once, while /healthz keeps answering', async () => {
    relay = await startTestRelay(smtp.url, db.dbPath, { maxUploadBytes: 10 * MiB });
    const cases: Array<[string, string]> = [
      ['many-attributes.docx', 'docx.tooManyAttributes'],
      ['many-namespaces.docx', 'docx.tooManyNamespaces'],
      ['many-runs.docx', 'docx.tooManyRuns'],
      ['many-send-records.docx', 'docx.tooManySendRecords'],
    ];
    const uploads = cases.map(([name]) => upload(relay!.url, fixture(name)));
    const health = await fetch(`${relay.url}/healthz`);
    expect(health.status).toBe(200);
    const answers = await Promise.all(uploads);
    for (let i = 0; i < cases.length; i++) {
      const body = (await answers[i].json()) as { code: string; error: string; params: Record<string, unknown> };
      expect([answers[i].status, body.code]).toEqual([400, cases[i][1]]);
      expect(body.error).toContain(Number(body.params.limit).toLocaleString('vi-VN')); // the limit, as Vietnamese writes it
    }
    expect(relay.store.count()).toBe(0);
  });

  it('a ready report holding a 3.2 MB white BMP is taken (no refusal on compression ratio alone)', async () => {
    relay = await startTestRelay(smtp.url, db.dbPath, { maxUploadBytes: 10 * MiB });
    const res = await upload(relay.url, fixture('white-bmp-report.docx'));
    expect(res.status).toBe(202);
  });

  it('a file of exactly the limit is judged on its content; one byte more is 413', async () => {
    relay = await startTestRelay(smtp.url, db.dbPath, { maxUploadBytes: 10 * MiB });
    const exact = await upload(relay.url, new Uint8Array(10 * MiB));
    expect(exact.status).toBe(400);
    expect(((await exact.json()) as { code: string }).code).toBe('docx.notZip');
    expect((await upload(relay.url, new Uint8Array(10 * MiB + 1))).status).toBe(413);
  });

  it('an accepted upload is one job of the read pool: parsed, read and checked once for the relay and the inbox', async () => {
    relay = await startTestRelay(smtp.url, db.dbPath);
    const report = await completeIndividual();
    const before = relay.pool.dispatched;
    const res = await upload(relay.url, report);
    expect(res.status).toBe(202);
    const { receipt } = (await res.json()) as { receipt: string };
    expect(relay.pool.dispatched - before).toBe(1);
    // Filed in the inbox with the same reading (ready, the same digest as the relay's row).
    const filed = relay.inbox.db
      .prepare('SELECT ready, file_sha256 FROM inbox_submissions WHERE relay_receipt = ?')
      .get(receipt) as { ready: number; file_sha256: string };
    expect(filed).toEqual({ ready: 1, file_sha256: relay.store.get(receipt)!.fileSha256 });
    expect(Buffer.from(relay.store.file(receipt)!).equals(Buffer.from(report))).toBe(true);
  });

  it('a name holding a right-to-left override cannot pass: 422 with text.bidiControl, nothing stored or mailed', async () => {
    relay = await startTestRelay(smtp.url, db.dbPath);
    // Shows as "NGUYỄN THỊ MAI" in a right-to-left-aware view, would go out as "NGUYỄN IAM ỊHT".
    const report = await writeTemplateDocx('individual', {
      kind: 'individual',
      fields: { ...INDIVIDUAL_FIELDS, hoTen: 'NGUYỄN \u202EIAM ỊHT\u202C' },
      summary: vietnameseProse(1100, 1307),
      models: modelRows(2),
      photo: { bytes: pngPhoto() },
    });
    const res = await upload(relay.url, report);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { code: string; findings: Array<{ rule: string; severity: string; field?: string }> };
    expect(body.code).toBe('relay.notReady');
    expect(body.findings).toContainEqual(expect.objectContaining({ rule: 'text.bidiControl', severity: 'error', field: 'hoTen' }));
    expect(relay.store.count()).toBe(0);
    expect(smtp.accepted).toHaveLength(0);
  });

  it('the same idempotency key with the same file but other fields is a conflict (409)', async () => {
    relay = await startTestRelay(smtp.url, db.dbPath);
    const report = await completeIndividual();
    const headers = { 'Idempotency-Key': 'key-fields-0001' };
    expect((await upload(relay.url, report, { headers, fields: { unitName: 'Trường Tiểu học A' } })).status).toBe(202);
    const other = await upload(relay.url, report, { headers, fields: { unitName: 'Trường Tiểu học B' } });
    expect(other.status).toBe(409);
    const same = await upload(relay.url, report, { headers, fields: { unitName: 'Trường Tiểu học A' } });
    expect(same.status).toBe(202);
    expect(relay.store.count()).toBe(1);
  });
});

describe('the read pool at the relay', () => {
  it('full: 503 with Retry-After; over budget: 400 docx.timeBudget; /healthz answers throughout', async () => {
    const config = testConfig(smtp.url, db.dbPath, { read: { workers: 1, queue: 0, timeBudgetMs: 3_000, heapMb: 64 } });
    const running = await startRelay(config, { readWorker: path.join(__dirname, 'support', 'spinWorker.ts') });
    relay = Object.assign(running, { dbPath: db.dbPath, logs: config.logs });
    const report = await completeIndividual();
    // The spin worker never answers a job it does not know: this upload holds the only worker until its budget.
    const stuck = upload(relay.url, report, { fields: {} });
    const deadline = Date.now() + 60_000;
    while (relay.pool.running === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(relay.pool.running).toBe(1);
    expect((await fetch(`${relay.url}/healthz`)).status).toBe(200);
    const busy = await upload(relay.url, report);
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('3');
    expect(((await busy.json()) as { code: string }).code).toBe('relay.busy');
    const answer = await stuck;
    expect(answer.status).toBe(400);
    const body = (await answer.json()) as { code: string; error: string };
    expect(body.code).toBe('docx.timeBudget');
    expect(body.error).toContain('3 giây');
    expect(relay.store.count()).toBe(0);
  });
});
