import { randomBytes } from 'node:crypto';
import { AppError } from '../../../src/core/errors';
import { t } from '../../../src/core/i18n';
import { sendReportViaGraph, GRAPH_INLINE_LIMIT, type FetchLike, type SendReportViaGraphOptions } from '../../../src/mail/graph';
import { FakeGraph, FakeTokenProvider, FRAGMENT_UNIT } from './support/fakeGraph';

const MiB = 1024 * 1024;
const SUBJECT = 'Báo cáo thành tích quý III năm 2026 – Trường Tiểu học Lê Văn Tám';
const BODY = 'Kính gửi Phòng Giáo dục và Đào tạo,\r\nTrường gửi báo cáo thành tích quý III/2026.\r\nTrân trọng.';
const FILE_NAME = 'BCTT_Q3_2026_Truong_TH_Le_Van_Tam.docx';
const TO = 'tquong.ql@tphcm.gov.vn';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let fake: FakeGraph;
let tokens: FakeTokenProvider;
let sleeps: number[];

beforeEach(async () => {
  fake = await new FakeGraph().start();
  tokens = new FakeTokenProvider(fake);
  sleeps = [];
});

afterEach(async () => {
  await fake.stop();
  // Whatever a test checks, the client must never break Graph's request contract.
  expect(fake.violations).toEqual([]);
});

function options(bytes: Uint8Array, extra: Partial<SendReportViaGraphOptions> = {}): SendReportViaGraphOptions {
  return {
    tokenProvider: tokens,
    baseUrl: fake.baseUrl,
    to: TO,
    subject: SUBJECT,
    body: BODY,
    fileName: FILE_NAME,
    bytes,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    now: () => new Date('2026-10-01T03:00:00Z'),
    random: () => 1,
    ...extra,
  };
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected the send to fail');
}

function routes(): string[] {
  return fake.log.map((entry) => `${entry.route}:${entry.status}`);
}

describe('sendReportViaGraph: small report through sendMail', () => {
  it('sends the .docx inline with the exact message fields and keeps it in Sent Items', async () => {
    const bytes = new Uint8Array(randomBytes(200 * 1024));
    const result = await sendReportViaGraph(options(bytes));

    expect(result).toEqual({ route: 'sendMail', recipient: TO, sentAt: '2026-10-01T03:00:00.000Z' });
    expect(fake.violations).toEqual([]);
    expect(routes()).toEqual(['sendMail:202']);
    expect(fake.sent).toHaveLength(1);
    const [message] = fake.sent;
    expect(message.subject).toBe(SUBJECT);
    expect(message.body).toEqual({ contentType: 'Text', content: BODY });
    expect(message.toRecipients).toEqual([TO]);
    expect(message.saveToSentItems).toBe(true);
    expect(message.attachments).toHaveLength(1);
    expect(message.attachments[0].name).toBe(FILE_NAME);
    expect(message.attachments[0].contentType).toBe(DOCX);
    expect(Buffer.compare(message.attachments[0].bytes, Buffer.from(bytes))).toBe(0);
    expect(tokens.requests).toEqual([{ scopes: ['Mail.Send'], forceRefresh: false }]);
  });

  it('keeps Vietnamese subject and body text intact (NFC as given, NFD as given)', async () => {
    const nfd = SUBJECT.normalize('NFD');
    await sendReportViaGraph(options(new Uint8Array([1, 2, 3]), { subject: nfd, body: 'Đã gửi – quý III' }));
    expect(fake.violations).toEqual([]);
    expect(fake.sent[0].subject).toBe(nfd);
    expect(fake.sent[0].body.content).toBe('Đã gửi – quý III');
    expect(Buffer.from(fake.sent[0].attachments[0].bytes)).toEqual(Buffer.from([1, 2, 3]));
  });

  it('sends a file one byte under 3 MB inline', async () => {
    const bytes = new Uint8Array(randomBytes(GRAPH_INLINE_LIMIT - 1));
    const result = await sendReportViaGraph(options(bytes));
    expect(fake.violations).toEqual([]);
    expect(result.route).toBe('sendMail');
    expect(routes()).toEqual(['sendMail:202']);
    expect(Buffer.compare(fake.sent[0].attachments[0].bytes, Buffer.from(bytes))).toBe(0);
  }, 30_000); // 3 MB through base64 and JSON on a shared 2-core machine: not a speed test

  it('sends from 3,000,000 raw bytes through the upload session: 3 MiB raw is over the 4 MB request limit after base64', async () => {
    await fake.stop();
    fake = await new FakeGraph({ maxRequestBytes: 4_000_000 + 4096 }).start();
    tokens = new FakeTokenProvider(fake);
    expect(GRAPH_INLINE_LIMIT).toBe(3_000_000);
    const bytes = new Uint8Array(randomBytes(3 * MiB - 1)); // under the old 3 MiB line, 4.19 MB after base64
    const result = await sendReportViaGraph(options(bytes));
    expect(fake.violations).toEqual([]);
    expect(result.route).toBe('uploadSession');
    expect(routes()).not.toContain('sendMail:413');
  }, 60_000);

  it('falls back to the upload session when sendMail answers 413', async () => {
    await fake.stop();
    fake = await new FakeGraph({ maxRequestBytes: 3_200_000 }).start();
    tokens = new FakeTokenProvider(fake);
    const bytes = new Uint8Array(randomBytes(2.5 * MiB)); // 3.5 MB of base64: refused inline, fine in one fragment
    const result = await sendReportViaGraph(options(bytes));
    expect(result.route).toBe('uploadSession');
    expect(routes()).toEqual(['sendMail:413', 'createDraft:201', 'createUploadSession:201', 'uploadChunk:201', 'send:202']);
  }, 60_000);

  it('reports graph.tooLarge when Graph refuses the request size (413), with the size in the message', async () => {
    await fake.stop();
    fake = await new FakeGraph({ maxRequestBytes: 64 * 1024 }).start();
    tokens = new FakeTokenProvider(fake);
    const error = await failure(sendReportViaGraph(options(new Uint8Array(100_000))));
    expect(error.messageKey).toBe('graph.tooLarge');
    expect(t(error.messageKey, error.params)).toContain('100.000 byte');
    expect(fake.sent).toHaveLength(0);
  });
});

describe('sendReportViaGraph: large report through a draft and an upload session', () => {
  it('creates a draft, uploads 5 MB in fragments without Authorization, sends it: identical bytes', async () => {
    const bytes = new Uint8Array(randomBytes(5 * MiB));
    const result = await sendReportViaGraph(options(bytes));

    expect(fake.violations).toEqual([]);
    expect(result.route).toBe('uploadSession');
    expect(result.messageId).toMatch(/^AAMk/);
    expect(routes()).toEqual(['createDraft:201', 'createUploadSession:201', 'uploadChunk:200', 'uploadChunk:201', 'send:202']);
    const puts = fake.log.filter((entry) => entry.route === 'uploadChunk');
    expect(puts.map((p) => p.contentRange)).toEqual([`bytes 0-3932159/${5 * MiB}`, `bytes 3932160-${5 * MiB - 1}/${5 * MiB}`]);
    expect(puts.every((p) => p.authorization === undefined)).toBe(true);
    expect(fake.log.filter((e) => !e.route.startsWith('upload')).every((e) => e.authorization?.startsWith('Bearer '))).toBe(true);

    const [message] = fake.sent;
    expect(message.route).toBe('draft');
    expect(message.subject).toBe(SUBJECT);
    expect(message.body).toEqual({ contentType: 'Text', content: BODY });
    expect(message.toRecipients).toEqual([TO]);
    expect(message.attachments.map((a) => a.name)).toEqual([FILE_NAME]);
    expect(Buffer.compare(message.attachments[0].bytes, Buffer.from(bytes))).toBe(0);
    expect(tokens.requests.every((r) => JSON.stringify(r.scopes) === JSON.stringify(['Mail.ReadWrite', 'Mail.Send']))).toBe(true);
  });

  it('never sets Content-Length itself (a forbidden header for fetch, which sets it from the body)', async () => {
    const seen: string[][] = [];
    const recording: FetchLike = (url, init) => {
      seen.push([...new Headers(init.headers ?? {}).keys()]);
      return fetch(url, init);
    };
    await sendReportViaGraph(options(new Uint8Array(randomBytes(4 * MiB)), { fetch: recording }));
    expect(routes()).toContain('uploadChunk:201');
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(seen.flat()).not.toContain('content-length');
    expect(seen.flat()).toContain('content-range'); // the upload PUTs did go through the recorder
  });

  it('uses exactly 3 MB as the first size for the upload session, with 320 KiB fragments when asked', async () => {
    const bytes = new Uint8Array(randomBytes(3 * MiB));
    await sendReportViaGraph(options(bytes, { chunkSize: FRAGMENT_UNIT }));
    expect(fake.violations).toEqual([]);
    expect(fake.log.filter((e) => e.route === 'uploadChunk')).toHaveLength(Math.ceil((3 * MiB) / FRAGMENT_UNIT));
    expect(Buffer.compare(fake.sent[0].attachments[0].bytes, Buffer.from(bytes))).toBe(0);
  });

  it('refuses fragment sizes Graph would reject before sending anything', async () => {
    await expect(sendReportViaGraph(options(new Uint8Array(10), { chunkSize: 1000 }))).rejects.toThrow(RangeError);
    await expect(sendReportViaGraph(options(new Uint8Array(10), { chunkSize: 14 * FRAGMENT_UNIT }))).rejects.toThrow(RangeError);
    expect(fake.log).toEqual([]);
  });

  it('resumes after a dropped connection mid-fragment from nextExpectedRanges: identical bytes, nothing sent twice', async () => {
    const bytes = new Uint8Array(randomBytes(5 * MiB));
    const chunk = 3 * FRAGMENT_UNIT;
    // The second fragment breaks after 2 units arrived; the session kept 1 unit of it.
    fake.inject({ route: 'uploadChunk', skip: 1, fault: { drop: true, afterBytes: 2 * FRAGMENT_UNIT, commitBytes: FRAGMENT_UNIT } });
    const result = await sendReportViaGraph(options(bytes, { chunkSize: chunk }));

    expect(fake.violations).toEqual([]);
    expect(result.route).toBe('uploadSession');
    const statusIndex = fake.log.findIndex((e) => e.route === 'uploadStatus');
    expect(fake.log[statusIndex - 1]).toMatchObject({ route: 'uploadChunk', status: 'dropped', contentRange: `bytes ${chunk}-${2 * chunk - 1}/${5 * MiB}` });
    expect(fake.log[statusIndex]).toMatchObject({ status: 200, authorization: undefined });
    expect(fake.log[statusIndex + 1].contentRange).toBe(`bytes ${chunk + FRAGMENT_UNIT}-${2 * chunk + FRAGMENT_UNIT - 1}/${5 * MiB}`);
    expect(fake.sent).toHaveLength(1);
    expect(Buffer.compare(fake.sent[0].attachments[0].bytes, Buffer.from(bytes))).toBe(0);
    expect(sleeps).toHaveLength(1);
  });

  it('does not send the draft twice when the answer to /send is lost but the message went out', async () => {
    fake.inject({ route: 'send', fault: { drop: true, afterEffect: true } });
    const result = await sendReportViaGraph(options(new Uint8Array(randomBytes(4 * MiB))));
    expect(fake.violations).toEqual([]);
    expect(result.route).toBe('uploadSession');
    expect(routes().slice(-2)).toEqual(['send:dropped', 'getMessage:200']);
    expect(fake.sent).toHaveLength(1);
  });

  it('sends the draft again when /send was cut before it took effect', async () => {
    fake.inject({ route: 'send', fault: { drop: true } });
    await sendReportViaGraph(options(new Uint8Array(randomBytes(4 * MiB))));
    expect(fake.violations).toEqual([]);
    expect(routes().slice(-3)).toEqual(['send:dropped', 'getMessage:200', 'send:202']);
    expect(fake.sent).toHaveLength(1);
  });
});

describe('sendReportViaGraph: retries', () => {
  it('gets a fresh token once after 401 and succeeds', async () => {
    await tokens.getToken({ scopes: ['Mail.Send'] });
    fake.expireAllTokens();
    const result = await sendReportViaGraph(options(new Uint8Array(randomBytes(1000))));
    expect(result.route).toBe('sendMail');
    expect(fake.violations).toEqual([]);
    expect(routes()).toEqual(['sendMail:401', 'sendMail:202']);
    expect(tokens.requests.slice(1)).toEqual([
      { scopes: ['Mail.Send'], forceRefresh: false },
      { scopes: ['Mail.Send'], forceRefresh: true },
    ]);
    expect(fake.log[0].authorization).not.toBe(fake.log[1].authorization);
    expect(fake.sent).toHaveLength(1);
  });

  it('reports graph.unauthorized when the fresh token is refused too', async () => {
    fake.inject({ route: 'sendMail', times: 2, fault: { status: 401, code: 'InvalidAuthenticationToken' } });
    const error = await failure(sendReportViaGraph(options(new Uint8Array(10))));
    expect(error.messageKey).toBe('graph.unauthorized');
    expect(routes()).toEqual(['sendMail:401', 'sendMail:401']);
    expect(fake.sent).toHaveLength(0);
  });

  it('honours Retry-After on 429 (the injected sleep records the wait)', async () => {
    fake.inject({ route: 'sendMail', fault: { status: 429, retryAfter: '7', code: 'ApplicationThrottled' } });
    await sendReportViaGraph(options(new Uint8Array(10)));
    expect(sleeps).toEqual([7000]);
    expect(routes()).toEqual(['sendMail:429', 'sendMail:202']);
    expect(fake.sent).toHaveLength(1);
  });

  it('honours Retry-After given as an HTTP date on 503', async () => {
    fake.inject({ route: 'sendMail', fault: { status: 503, retryAfter: 'Thu, 01 Oct 2026 03:00:12 GMT' } });
    await sendReportViaGraph(options(new Uint8Array(10)));
    expect(sleeps).toEqual([12_000]);
    expect(fake.sent).toHaveLength(1);
  });

  it('does not wait out a Retry-After beyond the cap: graph.throttled with the seconds asked', async () => {
    fake.inject({ route: 'sendMail', fault: { status: 429, retryAfter: '3600' } });
    const error = await failure(sendReportViaGraph(options(new Uint8Array(10))));
    expect(error.messageKey).toBe('graph.throttled');
    expect(error.params).toEqual({ seconds: 3600 });
    expect(sleeps).toEqual([]);
    expect(t(error.messageKey, error.params)).toContain('3.600 giây');
  });

  it('retries 500 with exponential backoff, then succeeds', async () => {
    fake.inject({ route: 'sendMail', times: 2, fault: { status: 500 } });
    await sendReportViaGraph(options(new Uint8Array(10), { retry: { baseDelayMs: 100 } }));
    expect(sleeps).toEqual([100, 200]);
    expect(routes()).toEqual(['sendMail:500', 'sendMail:500', 'sendMail:202']);
    expect(fake.sent).toHaveLength(1);
  });

  it('retries 503 during an upload fragment and still delivers identical bytes', async () => {
    const bytes = new Uint8Array(randomBytes(4 * MiB));
    fake.inject({ route: 'uploadChunk', skip: 1, fault: { status: 503, retryAfter: '2' } });
    await sendReportViaGraph(options(bytes));
    expect(fake.violations).toEqual([]);
    expect(sleeps).toEqual([2000]);
    expect(Buffer.compare(fake.sent[0].attachments[0].bytes, Buffer.from(bytes))).toBe(0);
  });

  it('gives up after the bounded attempts with graph.unavailable in Vietnamese and English', async () => {
    fake.inject({ route: 'sendMail', times: 99, fault: { status: 502 } });
    const error = await failure(sendReportViaGraph(options(new Uint8Array(10), { retry: { maxAttempts: 3 } })));
    expect(error.messageKey).toBe('graph.unavailable');
    expect(error.params).toEqual({ status: 502, attempts: 3 });
    expect(fake.log).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    const vi = t(error.messageKey, error.params, 'vi');
    expect(vi).toContain('Thư chưa được gửi');
    expect(vi).toContain('máy chủ chuyển tiếp');
    expect(vi).toBe(vi.normalize('NFC'));
    expect(t(error.messageKey, error.params, 'en')).toContain('relay server');
  });

  it('reports other 4xx at once, without retrying', async () => {
    fake.inject({ route: 'sendMail', fault: { status: 400, code: 'ErrorInvalidRecipients' } });
    const error = await failure(sendReportViaGraph(options(new Uint8Array(10))));
    expect(error.messageKey).toBe('graph.badRequest');
    expect(error.params).toEqual({ status: 400, code: 'ErrorInvalidRecipients' });
    expect(fake.log).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('tells an account without a mailbox to use the other paths', async () => {
    fake.inject({ route: 'sendMail', fault: { status: 404, code: 'MailboxNotEnabledForRESTAPI' } });
    const error = await failure(sendReportViaGraph(options(new Uint8Array(10))));
    expect(error.messageKey).toBe('graph.noMailbox');
    expect(t(error.messageKey)).toContain('gửi thủ công');
  });

  it('reports graph.forbidden when the token lacks the permission', async () => {
    const narrow = { getToken: async () => { fake.grant('tok-read', ['User.Read']); return 'tok-read'; } };
    const error = await failure(sendReportViaGraph(options(new Uint8Array(10), { tokenProvider: narrow })));
    expect(error.messageKey).toBe('graph.forbidden');
  });

  it('does not resend a sendMail whose connection dropped: graph.outcomeUnknown, message sent once', async () => {
    fake.inject({ route: 'sendMail', fault: { drop: true, afterEffect: true } });
    const error = await failure(sendReportViaGraph(options(new Uint8Array(10))));
    expect(error.messageKey).toBe('graph.outcomeUnknown');
    expect(fake.sent).toHaveLength(1);
    expect(t(error.messageKey)).toContain('Thư đã gửi');
  });

  it('retries a sendMail that never reached the server (connection refused), then reports graph.network', async () => {
    const port = Number(new URL(fake.baseUrl).port);
    await fake.stop();
    const error = await failure(sendReportViaGraph(options(new Uint8Array(10), { baseUrl: `http://127.0.0.1:${port}/v1.0`, retry: { maxAttempts: 2 } })));
    expect(error.messageKey).toBe('graph.network');
    expect(error.params).toEqual({ attempts: 2 });
    expect(sleeps).toHaveLength(1);
  });

  it('gives up on an upload that keeps dropping with graph.network', async () => {
    fake.inject({ route: 'uploadChunk', times: 99, fault: { drop: true, afterBytes: 1000 } });
    const error = await failure(sendReportViaGraph(options(new Uint8Array(randomBytes(4 * MiB)), { retry: { maxAttempts: 3 } })));
    expect(error.messageKey).toBe('graph.network');
    expect(fake.sent).toHaveLength(0);
  });
});

describe('sendReportViaGraph: input and cancellation', () => {
  it('refuses an empty file and a malformed recipient before calling Graph', async () => {
    expect((await failure(sendReportViaGraph(options(new Uint8Array(0))))).messageKey).toBe('graph.emptyFile');
    const bad = await failure(sendReportViaGraph(options(new Uint8Array(1), { to: 'phong gd@tphcm' })));
    expect(bad.messageKey).toBe('graph.invalidRecipient');
    expect(t(bad.messageKey, bad.params)).toContain('phong gd@tphcm');
    expect(fake.log).toEqual([]);
  });

  it('refuses a file over 150 MB with graph.tooLarge', async () => {
    const huge = { length: 150 * MiB + 1 } as unknown as Uint8Array;
    const error = await failure(sendReportViaGraph(options(huge)));
    expect(error.messageKey).toBe('graph.tooLarge');
    expect(fake.log).toEqual([]);
  });

  it('stops with graph.cancelled when the signal aborts during a wait', async () => {
    const controller = new AbortController();
    fake.inject({ route: 'sendMail', fault: { status: 503, retryAfter: '5' } });
    const error = await failure(
      sendReportViaGraph(options(new Uint8Array(10), { signal: controller.signal, sleep: async () => controller.abort() })),
    );
    expect(error.messageKey).toBe('graph.cancelled');
    expect(fake.sent).toHaveLength(0);
  });

  it('turns a token provider failure into graph.signInFailed', async () => {
    const broken = { getToken: async () => Promise.reject(new Error('popup_window_error')) };
    const error = await failure(sendReportViaGraph(options(new Uint8Array(10), { tokenProvider: broken })));
    expect(error.messageKey).toBe('graph.signInFailed');
    expect(error.params).toEqual({ reason: 'popup_window_error' });
  });
});
