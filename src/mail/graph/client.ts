/**
 * Sends the report from the signed-in user's Microsoft 365 mailbox through Microsoft Graph.
 * - Under 3 MB: one `POST /me/sendMail` with the .docx as a fileAttachment (base64), 202 Accepted.
 * - 3 MB and above: a draft (`POST /me/messages`), an attachment upload session, the bytes in
 *   fragments, then `POST /me/messages/{id}/send`.
 * Either way the message is saved in Sent Items.
 *
 * Nothing is sent twice on our account: a send whose connection drops without an answer is not
 * blindly repeated. For sendMail the user is told to look in Sent Items (graph.outcomeUnknown);
 * for a draft, the draft is read back and only sent again if it is still a draft.
 */
import { AppError, isAppError } from '../../core/errors';
import { DOCX_MIME } from '../../core/mail/docxFile';
import { isValidEmail } from '../../core/settings/email';
import { createRequester, GraphNetworkError, type GraphContext, type GraphRequester } from './http';
import { bytesToBase64 } from '../../core/base64';
import { realSleep, resolvePolicy } from './retry';
import { assertChunkSize, nextExpectedOffset, uploadInSession } from './upload';
import type { GraphSendResult, SendReportViaGraphOptions } from './types';
import './messages';

export const GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';
export const DOCX_CONTENT_TYPE = DOCX_MIME;
/**
 * Attachments under this many raw bytes go inline in sendMail; from it on, through an upload session. Graph's request
 * limit is 4 MB, and base64 makes 3 bytes 4 ("Attach large files to Outlook messages": under 3 MB inline): 3 MiB raw
 * would already be 4.19 MB of base64, so the line is 3,000,000 bytes (4,000,000 after base64, before the JSON around
 * it). A 413 from sendMail still falls back to the upload session.
 */
export const GRAPH_INLINE_LIMIT = 3_000_000;
/**
 * Below this an upload session is refused (ErrorAttachmentSizeShouldNotBeLessThanMinimumSize; measured 2 MiB,
 * msgraph-sdk-java #52, microsoft-graph-docs #9589), so a 413 there stays graph.tooLarge.
 */
export const GRAPH_SESSION_MIN = 2 * 1024 * 1024;
/** Outlook accepts attachments up to 150 MB through an upload session. */
export const GRAPH_MAX_ATTACHMENT = 150 * 1024 * 1024;

/** Delegated scopes: sendMail needs Mail.Send; a draft and its upload session also need Mail.ReadWrite. */
export const GRAPH_SCOPES = Object.freeze({
  sendMail: Object.freeze(['Mail.Send']) as readonly string[],
  draft: Object.freeze(['Mail.ReadWrite', 'Mail.Send']) as readonly string[],
});

function messageFields(options: SendReportViaGraphOptions) {
  return {
    subject: options.subject,
    body: { contentType: 'Text', content: options.body },
    toRecipients: [{ emailAddress: { address: options.to } }],
  };
}

async function readJson(response: Response, what: string): Promise<Record<string, unknown>> {
  try {
    const data: unknown = await response.json();
    if (data && typeof data === 'object' && !Array.isArray(data)) return data as Record<string, unknown>;
  } catch (error) {
    throw new AppError('graph.unexpectedResponse', { reason: what }, error);
  }
  throw new AppError('graph.unexpectedResponse', { reason: what });
}

async function sendSmall(requester: GraphRequester, base: string, options: SendReportViaGraphOptions): Promise<void> {
  await requester.request({
    method: 'POST',
    url: `${base}/me/sendMail`,
    scopes: GRAPH_SCOPES.sendMail,
    json: {
      message: {
        ...messageFields(options),
        attachments: [
          {
            '@odata.type': '#microsoft.graph.fileAttachment',
            name: options.fileName,
            contentType: DOCX_CONTENT_TYPE,
            contentBytes: bytesToBase64(options.bytes),
          },
        ],
      },
      saveToSentItems: true,
    },
    expect: [202],
    onNetworkError: 'outcomeUnknown',
  });
}

/** POST …/send; if the connection drops, read the draft back: sent if it is no longer a draft, else try again. */
async function sendDraft(requester: GraphRequester, ctx: GraphContext, messageUrl: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await requester.request({ method: 'POST', url: `${messageUrl}/send`, scopes: GRAPH_SCOPES.draft, expect: [202], onNetworkError: 'raise' });
      return;
    } catch (error) {
      if (!(error instanceof GraphNetworkError)) throw error;
      let isDraft: unknown;
      try {
        const check = await requester.request({
          method: 'GET',
          url: `${messageUrl}?$select=isDraft`,
          scopes: GRAPH_SCOPES.draft,
          expect: [200],
          onNetworkError: 'retry',
        });
        isDraft = (await readJson(check, 'draft state')).isDraft;
      } catch (checkError) {
        // A sent draft leaves the Drafts folder; if it cannot be read, whether it went out is unknown.
        throw new AppError('graph.outcomeUnknown', {}, checkError);
      }
      if (isDraft === false) return;
      if (isDraft !== true) throw new AppError('graph.outcomeUnknown', {}, error.cause);
      if (attempt >= ctx.policy.maxAttempts) throw new AppError('graph.network', { attempts: attempt }, error.cause);
    }
  }
}

async function sendLarge(
  requester: GraphRequester,
  ctx: GraphContext,
  base: string,
  options: SendReportViaGraphOptions,
): Promise<string> {
  const draft = await readJson(
    await requester.request({
      method: 'POST',
      url: `${base}/me/messages`,
      scopes: GRAPH_SCOPES.draft,
      json: messageFields(options),
      expect: [201],
      onNetworkError: 'retry',
    }),
    'draft without id',
  );
  if (typeof draft.id !== 'string' || draft.id === '') throw new AppError('graph.unexpectedResponse', { reason: 'draft without id' });
  const messageUrl = `${base}/me/messages/${encodeURIComponent(draft.id)}`;

  const session = await readJson(
    await requester.request({
      method: 'POST',
      url: `${messageUrl}/attachments/createUploadSession`,
      scopes: GRAPH_SCOPES.draft,
      json: { AttachmentItem: { attachmentType: 'file', name: options.fileName, size: options.bytes.length } },
      expect: [201],
      onNetworkError: 'retry',
    }),
    'upload session without uploadUrl',
  );
  const uploadUrl = session.uploadUrl;
  if (typeof uploadUrl !== 'string' || !/^https?:\/\//i.test(uploadUrl)) {
    throw new AppError('graph.unexpectedResponse', { reason: 'upload session without uploadUrl' });
  }
  let startAt: number | undefined;
  try {
    startAt = nextExpectedOffset(session.nextExpectedRanges);
  } catch (error) {
    throw new AppError('graph.uploadFailed', { reason: 'malformed nextExpectedRanges' }, error);
  }

  await uploadInSession(requester, ctx, { uploadUrl, bytes: options.bytes, startAt, chunkSize: options.chunkSize });
  await sendDraft(requester, ctx, messageUrl);
  return draft.id;
}

/**
 * Sends the report through Microsoft Graph as the signed-in user. Resolves once Graph accepted the
 * send (202); rejects with an AppError whose key starts with "graph.".
 */
export async function sendReportViaGraph(options: SendReportViaGraphOptions): Promise<GraphSendResult> {
  const { bytes } = options;
  if (bytes.length === 0) throw new AppError('graph.emptyFile');
  if (!isValidEmail(options.to)) throw new AppError('graph.invalidRecipient', { address: String(options.to) });
  if (bytes.length > GRAPH_MAX_ATTACHMENT) throw new AppError('graph.tooLarge', { size: bytes.length });
  if (options.chunkSize !== undefined) assertChunkSize(options.chunkSize);

  const ctx: GraphContext = {
    fetch: options.fetch ?? ((url, init) => globalThis.fetch(url, init)),
    tokenProvider: options.tokenProvider,
    sleep: options.sleep ?? realSleep,
    now: options.now ?? (() => new Date()),
    random: options.random ?? Math.random,
    policy: resolvePolicy(options.retry),
    signal: options.signal,
  };
  const base = (options.baseUrl ?? GRAPH_BASE_URL).replace(/\/+$/, '');
  const requester = createRequester(ctx, bytes.length);

  if (bytes.length < GRAPH_INLINE_LIMIT) {
    try {
      await sendSmall(requester, base, options);
      return { route: 'sendMail', recipient: options.to, sentAt: ctx.now().toISOString() };
    } catch (error) {
      // 413: this tenant's limit is lower than the rule of thumb; the upload session takes the file in fragments.
      if (!(isAppError(error) && error.messageKey === 'graph.tooLarge') || bytes.length < GRAPH_SESSION_MIN) throw error;
    }
  }
  const messageId = await sendLarge(requester, ctx, base, options);
  return { route: 'uploadSession', messageId, recipient: options.to, sentAt: ctx.now().toISOString() };
}
