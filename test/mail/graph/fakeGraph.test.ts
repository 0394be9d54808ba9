/** The fake must refuse what Graph refuses, or the client tests could not fail. */
import { FakeGraph, FRAGMENT_UNIT } from './support/fakeGraph';

let fake: FakeGraph;
beforeEach(async () => {
  fake = await new FakeGraph().start();
  fake.grant('tok', ['Mail.Send', 'Mail.ReadWrite']);
});
afterEach(() => fake.stop());

const json = (body: unknown, extra: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { Authorization: 'Bearer tok', 'Content-Type': 'application/json', ...extra },
  body: JSON.stringify(body),
});
const message = { subject: 'S', body: { contentType: 'Text', content: 'B' }, toRecipients: [{ emailAddress: { address: 'a@b.vn' } }] };
const attachment = { '@odata.type': '#microsoft.graph.fileAttachment', name: 'a.docx', contentType: 'x', contentBytes: 'AQID' };

async function session(size = 3 * 1024 * 1024): Promise<string> {
  const draft = (await (await fetch(`${fake.baseUrl}/me/messages`, json(message))).json()) as { id: string };
  const res = await fetch(`${fake.baseUrl}/me/messages/${encodeURIComponent(draft.id)}/attachments/createUploadSession`, json({ AttachmentItem: { attachmentType: 'file', name: 'a.docx', size } }));
  return ((await res.json()) as { uploadUrl: string }).uploadUrl;
}

describe('fake Graph contract checks', () => {
  it('accepts a well-formed sendMail', async () => {
    const res = await fetch(`${fake.baseUrl}/me/sendMail`, json({ message: { ...message, attachments: [attachment] }, saveToSentItems: true }));
    expect(res.status).toBe(202);
    expect(fake.violations).toEqual([]);
  });

  it.each([
    ['a missing Authorization header', `/me/sendMail`, { ...json({ message: { ...message, attachments: [] }, saveToSentItems: true }), headers: { 'Content-Type': 'application/json' } }],
    ['a wrong Content-Type', `/me/sendMail`, json({ message: { ...message, attachments: [] }, saveToSentItems: true }, { 'Content-Type': 'text/plain' })],
    ['a misspelt field', `/me/sendMail`, json({ message: { ...message, attachments: [] }, saveToSentItem: true })],
    ['invalid base64', `/me/sendMail`, json({ message: { ...message, attachments: [{ ...attachment, contentBytes: 'AQI*' }] }, saveToSentItems: true })],
    ['a wrong @odata.type', `/me/sendMail`, json({ message: { ...message, attachments: [{ ...attachment, '@odata.type': 'fileAttachment' }] }, saveToSentItems: true })],
    ['an unknown endpoint', `/me/sendmail`, json({})],
  ])('refuses %s', async (_what, path, init) => {
    const res = await fetch(`${fake.baseUrl}${path}`, init as RequestInit);
    expect(res.status).toBe(400);
    expect(fake.violations).toHaveLength(1);
    expect(fake.sent).toHaveLength(0);
  });

  it('answers 401 to an expired token and 403 to a token without the scope', async () => {
    fake.grant('narrow', ['User.Read']);
    const body = { message: { ...message, attachments: [] }, saveToSentItems: true };
    expect((await fetch(`${fake.baseUrl}/me/sendMail`, json(body, { Authorization: 'Bearer narrow' }))).status).toBe(403);
    fake.expireAllTokens();
    expect((await fetch(`${fake.baseUrl}/me/sendMail`, json(body))).status).toBe(401);
  });

  it('refuses upload fragments with Authorization, gaps, odd sizes or inconsistent lengths', async () => {
    const url = await session();
    const total = 3 * 1024 * 1024;
    const put = (start: number, length: number, headers: Record<string, string> = {}) =>
      fetch(url, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(length), 'Content-Range': `bytes ${start}-${start + length - 1}/${total}`, ...headers },
        body: new Uint8Array(length),
      });
    expect((await put(0, FRAGMENT_UNIT, { Authorization: 'Bearer tok' })).status).toBe(400);
    expect((await put(FRAGMENT_UNIT, FRAGMENT_UNIT)).status).toBe(400); // gap: 0 expected
    expect((await put(0, 1000)).status).toBe(400); // not a multiple of 320 KiB
    expect((await put(0, FRAGMENT_UNIT, { 'Content-Range': `bytes 0-99/${total}` })).status).toBe(400);
    expect(fake.violations).toHaveLength(4);
    expect((await put(0, FRAGMENT_UNIT)).status).toBe(200);
  });

  it('refuses an upload session under 3 MB, as Outlook does', async () => {
    const draft = (await (await fetch(`${fake.baseUrl}/me/messages`, json(message))).json()) as { id: string };
    const res = await fetch(`${fake.baseUrl}/me/messages/${encodeURIComponent(draft.id)}/attachments/createUploadSession`, json({ AttachmentItem: { attachmentType: 'file', name: 'a.docx', size: 1000 } }));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('ErrorAttachmentSizeShouldNotBeLessThanMinimumSize');
  });
});
