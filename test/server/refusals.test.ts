/**
 * What the relay refuses, and how: incomplete reports (422 with the findings), files that are not a .docx
 * (400 with the reader's message), oversize uploads (413), bursts (429), hostile multipart, bad fields,
 * other origins — and that nothing refused is stored or mailed.
 */
import http from 'node:http';
import { isAppError } from '../../src/core/errors';
import { t } from '../../src/core/i18n';
import { readDocx } from '../../src/docx/read';
import { completeIndividual, emptyIndividual } from './support/reports';
import { type TestRelay, startTestRelay, tempDb, upload } from './support/relay';
import { TestSmtp } from './support/smtp';

jest.setTimeout(30_000);

let smtp: TestSmtp;
let relay: TestRelay;
let db: ReturnType<typeof tempDb>;
let complete: Uint8Array;

beforeAll(async () => {
  complete = await completeIndividual();
});

beforeEach(async () => {
  smtp = await TestSmtp.start();
  db = tempDb();
  relay = await startTestRelay(smtp.url, db.dbPath, { maxUploadBytes: 512 * 1024 });
});

afterEach(async () => {
  await relay.close();
  await smtp.stop();
  db.cleanup();
});

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  json: Record<string, unknown>;
}

/** A hand-made request (for bodies fetch would never build). `chunks` are written one by one (chunked encoding without a length). */
function rawPost(
  url: string,
  chunks: Buffer[],
  headers: Record<string, string>,
  path = '/api/submissions',
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}${path}`, { method: 'POST', headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => {
        const text = Buffer.concat(parts).toString('utf8');
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          json: text ? (JSON.parse(text) as Record<string, unknown>) : {},
        });
      });
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

const BOUNDARY = '----bctt-test-boundary';
const MULTIPART = { 'Content-Type': `multipart/form-data; boundary=${BOUNDARY}` };

function part(name: string, content: Buffer | string, fileName?: string): Buffer {
  const disposition = `form-data; name="${name}"${fileName !== undefined ? `; filename="${fileName}"` : ''}`;
  const type = fileName !== undefined ? 'Content-Type: application/octet-stream\r\n' : '';
  return Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`),
    Buffer.from(content),
    Buffer.from('\r\n'),
  ]);
}
const END = Buffer.from(`--${BOUNDARY}--\r\n`);

async function expectNothingStoredOrSent(): Promise<void> {
  await new Promise((r) => setTimeout(r, 100));
  expect(relay.store.count()).toBe(0);
  expect(smtp.dataSeen).toHaveLength(0);
}

describe('an incomplete report', () => {
  it('is refused with 422 and its findings, in Vietnamese by default', async () => {
    const res = await upload(relay.url, await emptyIndividual());
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: string; code: string; findings: Array<Record<string, string>> };
    expect(body.code).toBe('relay.notReady');
    expect(body.error).toMatch(/^Báo cáo chưa thể gửi: còn \d+ lỗi cần sửa\.$/);
    const required = body.findings.find((f) => f.rule === 'field.required' && f.field === 'hoTen');
    expect(required).toMatchObject({ severity: 'error', field: 'hoTen' });
    expect(required?.message).toBe(
      t(required!.key, (required as unknown as { params?: Record<string, string> }).params, 'vi'),
    );
    expect(body.findings.every((f) => typeof f.message === 'string' && f.message.length > 0)).toBe(true);
    await expectNothingStoredOrSent();
  });

  it('is refused in English when Accept-Language prefers English', async () => {
    const res = await upload(relay.url, await emptyIndividual(), {
      headers: { 'Accept-Language': 'fr-FR, en-GB;q=0.8, vi;q=0.5' },
    });
    expect(res.status).toBe(422);
    const body = (await res.json()) as {
      error: string;
      findings: Array<{ key: string; params?: Record<string, string>; message: string }>;
    };
    expect(body.error).toMatch(/^The report cannot be sent yet: \d+ errors remain to be fixed\.$/);
    for (const f of body.findings) expect(f.message).toBe(t(f.key, f.params, 'en'));
  });
});

describe('files that are not a .docx', () => {
  it.each([
    ['plain text', Buffer.from('Báo cáo thành tích — không phải tệp Word')],
    ['a PNG', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')],
    ['a truncated .docx', Buffer.alloc(0)],
  ])('%s is refused with 400 and the reader’s message', async (_name, bytes) => {
    const content = bytes.length > 0 ? bytes : Buffer.from(complete.subarray(0, 2000));
    const expected = await readDocx(new Uint8Array(content)).then(
      () => null,
      (e: unknown) => (isAppError(e) ? t(e.messageKey, e.params, 'vi') : null),
    );
    expect(expected).not.toBeNull();
    const res = await upload(relay.url, content);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toBe(expected);
    await expectNothingStoredOrSent();
  });

  it('an empty file is refused with 400', async () => {
    const res = await upload(relay.url, new Uint8Array(0));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { code: string }).code).toBe('relay.emptyFile');
  });
});

describe('size limit', () => {
  it('refuses an oversize upload with 413 (declared length)', async () => {
    const big = new Uint8Array(600 * 1024);
    big.set(complete.subarray(0, Math.min(complete.length, big.length)));
    const res = await upload(relay.url, big);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: string }).error).toBe(
      'Tệp quá lớn: máy chủ chuyển tiếp chỉ nhận tệp đến 0,5 MB.',
    );
    await expectNothingStoredOrSent();
  });

  it('stops reading a streamed upload without a length as soon as it passes the limit', async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x41);
    const chunks = [
      part('file', Buffer.alloc(0), 'x.docx').subarray(0, -2),
      ...Array.from({ length: 12 }, () => chunk),
      Buffer.from('\r\n'),
      END,
    ];
    const answer = await rawPost(relay.url, chunks, { ...MULTIPART, 'Transfer-Encoding': 'chunked' });
    expect(answer.status).toBe(413);
    expect(answer.json.code).toBe('relay.tooLarge');
    await expectNothingStoredOrSent();
  });

  it('accepts a file just under the limit (then judges its content)', async () => {
    const res = await upload(relay.url, new Uint8Array(500 * 1024));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { code: string }).code).toMatch(/^docx\./);
  });
});

describe('hostile multipart', () => {
  it('no file field → 400', async () => {
    const answer = await rawPost(relay.url, [part('senderName', 'Bình'), END], MULTIPART);
    expect(answer.status).toBe(400);
    expect(answer.json.code).toBe('relay.noFile');
  });

  it('two files → 400', async () => {
    const answer = await rawPost(
      relay.url,
      [part('file', Buffer.from(complete), 'a.docx'), part('file', Buffer.from(complete), 'b.docx'), END],
      MULTIPART,
    );
    expect(answer.status).toBe(400);
    expect(answer.json.code).toBe('relay.tooManyFiles');
    await expectNothingStoredOrSent();
  });

  it('a file in another field → 400', async () => {
    const answer = await rawPost(relay.url, [part('attachment', Buffer.from(complete), 'a.docx'), END], MULTIPART);
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ code: 'relay.unexpectedFile', params: { field: 'attachment' } });
  });

  it('a huge text field → 400 without buffering it', async () => {
    const answer = await rawPost(
      relay.url,
      [part('senderName', 'A'.repeat(300 * 1024)), part('file', Buffer.from(complete), 'a.docx'), END],
      MULTIPART,
    );
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ code: 'relay.fieldTooLong', params: { field: 'senderName', max: 120 } });
    await expectNothingStoredOrSent();
  });

  it('a field longer than its limit in characters (Vietnamese, within the byte limit) → 400', async () => {
    const res = await upload(relay.url, complete, { fields: { senderName: 'Nguyễn '.repeat(30) } });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'relay.fieldTooLong', params: { field: 'senderName', max: 120 } });
  });

  it('the same field twice → 400', async () => {
    const answer = await rawPost(
      relay.url,
      [part('senderName', 'A'), part('senderName', 'B'), part('file', Buffer.from(complete), 'a.docx'), END],
      MULTIPART,
    );
    expect(answer.status).toBe(400);
    expect(answer.json.code).toBe('relay.duplicateField');
  });

  it('too many fields → 400', async () => {
    const fields = Array.from({ length: 40 }, (_, i) => part(`f${i}`, 'x'));
    const answer = await rawPost(relay.url, [...fields, part('file', Buffer.from(complete), 'a.docx'), END], MULTIPART);
    expect(answer.status).toBe(400);
    expect(answer.json.code).toBe('relay.tooManyFields');
  });

  it('a body that never closes its multipart → 400', async () => {
    const answer = await rawPost(
      relay.url,
      [Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.docx"\r\n\r\nPK`)],
      MULTIPART,
    );
    expect(answer.status).toBe(400);
    expect(answer.json.code).toBe('relay.malformed');
  });

  it('not multipart at all → 415', async () => {
    const answer = await rawPost(relay.url, [Buffer.from(JSON.stringify({ file: 'x' }))], {
      'Content-Type': 'application/json',
    });
    expect(answer.status).toBe(415);
    expect(answer.json.code).toBe('relay.notMultipart');
  });

  it('multipart without a boundary → 415', async () => {
    const answer = await rawPost(relay.url, [END], { 'Content-Type': 'multipart/form-data; charset=utf-8' });
    expect(answer.status).toBe(415);
  });
});

describe('text fields', () => {
  it.each([
    ['videoLink', 'javascript:alert(1)'],
    ['videoLink', 'ftp://truong.edu.vn/phim.mp4'],
    ['replyTo', 'không phải email'],
    ['replyTo', 'a@b.c\r\nBcc: x@y.vn'],
  ])('refuses an invalid %s (%j) with 400', async (field, value) => {
    const res = await upload(relay.url, complete, { fields: { [field]: value } });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'relay.invalidField', params: { field } });
    await expectNothingStoredOrSent();
  });

  it('ignores unknown fields and empty values', async () => {
    const res = await upload(relay.url, complete, { fields: { somethingElse: 'x', senderRole: '   ', videoLink: '' } });
    expect(res.status).toBe(202);
  });

  it.each([
    ['no unit', { senderName: 'Lê Thị Hoa' }, 'unitName'],
    ['no sender', { unitName: 'Trường Tiểu học Trần Hưng Đạo' }, 'senderName'],
    ['neither', {}, 'unitName, senderName'],
    ['a unit of spaces and invisible characters only', { unitName: ' \u200b\u00a0 ', senderName: 'Lê Thị Hoa' }, 'unitName'],
  ])('refuses a submission with %s: 422 with a Vietnamese reason, nothing stored or sent', async (_case, fields, missing) => {
    const res = await upload(relay.url, complete, { sender: false, fields });
    expect(res.status).toBe(422);
    const answer = (await res.json()) as { code: string; error: string; params: { fields: string } };
    expect(answer).toMatchObject({ code: 'relay.senderMissing', params: { fields: missing } });
    expect(answer.error).toContain('Thiếu tên trường (đơn vị) hoặc họ tên người gửi');
    await expectNothingStoredOrSent();
  });

  it('gives the reason in English when asked (Accept-Language: en)', async () => {
    const res = await upload(relay.url, complete, { sender: false, headers: { 'Accept-Language': 'en-US,en;q=0.9' } });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: string }).error).toContain("The school (unit) or the sender's name is missing");
  });

  it('accepts a Vietnamese unit and sender written in NFD (decomposed)', async () => {
    const res = await upload(relay.url, complete, {
      sender: false,
      fields: { unitName: 'Trường Tiểu học Trần Hưng Đạo'.normalize('NFD'), senderName: 'Lê Thị Hoa'.normalize('NFD') },
    });
    expect(res.status).toBe(202);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After once a client has used its burst', async () => {
    await relay.close();
    relay = await startTestRelay(smtp.url, db.dbPath, { rateLimit: { capacity: 2, perMinute: 2 } });
    const empty = await emptyIndividual();
    expect((await upload(relay.url, empty)).status).toBe(422);
    expect((await upload(relay.url, empty)).status).toBe(422);
    const res = await upload(relay.url, complete);
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(30);
    expect(await res.json()).toMatchObject({ code: 'relay.rateLimited', params: { seconds: retryAfter } });
    await expectNothingStoredOrSent();
    // Reading a status is not an upload: it is not limited.
    expect((await fetch(`${relay.url}/healthz`)).status).toBe(200);
  });
});

describe('idempotency', () => {
  it('the same key and the same bytes give the same receipt and one mail', async () => {
    const headers = { 'Idempotency-Key': 'b6c1e4c2-2f7e-4a59-9a55-2d2f1f0e9e11' };
    const first = await upload(relay.url, complete, { headers });
    const second = await upload(relay.url, complete, { headers });
    expect(first.status).toBe(202);
    expect(second.status).toBe(202);
    const a = (await first.json()) as { receipt: string; replayed: boolean };
    const b = (await second.json()) as { receipt: string; replayed: boolean };
    expect(b.receipt).toBe(a.receipt);
    expect([a.replayed, b.replayed]).toEqual([false, true]);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    await smtp.waitFor(() => smtp.accepted.length >= 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.accepted).toHaveLength(1);
    expect(relay.store.count()).toBe(1);
  });

  it('the same key with different bytes is a conflict (409)', async () => {
    const headers = { 'Idempotency-Key': 'key-0000000001' };
    expect((await upload(relay.url, complete, { headers })).status).toBe(202);
    const other = await completeIndividual(99);
    const res = await upload(relay.url, other, { headers });
    expect(res.status).toBe(409);
    expect(relay.store.count()).toBe(1);
  });

  it('without a key, two uploads are two submissions', async () => {
    const a = (await (await upload(relay.url, complete)).json()) as { receipt: string };
    const b = (await (await upload(relay.url, complete)).json()) as { receipt: string };
    expect(a.receipt).not.toBe(b.receipt);
    expect(relay.store.count()).toBe(2);
  });

  it.each(['short', 'has space inside', 'é'.repeat(10), 'x'.repeat(129)])(
    'a malformed key (%j) is refused with 400',
    async (key) => {
      const res = await upload(relay.url, complete, {
        headers: { 'Idempotency-Key': encodeURIComponent(key) === key ? key : 'bad key!' },
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { code: string }).code).toBe('relay.badIdempotencyKey');
    },
  );
});

describe('other routes', () => {
  it('GET /healthz answers ok', async () => {
    const res = await fetch(`${relay.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('an unknown or malformed receipt is 404', async () => {
    for (const receipt of ['AAAAAAAAAAAAAAAAAAAAAA', '..', '%00']) {
      const res = await fetch(`${relay.url}/api/submissions/${receipt}`);
      expect(res.status).toBe(404);
    }
  });

  it('GET /api/submissions is 405; unknown API paths are 404', async () => {
    expect((await fetch(`${relay.url}/api/submissions`)).status).toBe(405);
    expect((await fetch(`${relay.url}/api/other`)).status).toBe(404);
    expect((await fetch(`${relay.url}/`)).status).toBe(404);
  });
});

describe('CORS', () => {
  it('answers a preflight from the add-in’s origin', async () => {
    const res = await fetch(`${relay.url}/api/submissions`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://localhost:3000',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'idempotency-key',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://localhost:3000');
    expect(res.headers.get('access-control-allow-headers')).toContain('Idempotency-Key');
  });

  it('refuses a preflight and an upload from another origin, and stores nothing', async () => {
    const pre = await fetch(`${relay.url}/api/submissions`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example' },
    });
    expect(pre.status).toBe(403);
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    const res = await upload(relay.url, complete, { headers: { Origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    await expectNothingStoredOrSent();
  });

  it('allows an upload from the add-in’s origin', async () => {
    const res = await upload(relay.url, complete, { headers: { Origin: 'https://localhost:3000' } });
    expect(res.status).toBe(202);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://localhost:3000');
  });
});
