/**
 * A local stand-in for Microsoft Graph's mail endpoints (node:http on 127.0.0.1), strict about the
 * documented request contract:
 * - paths and methods: POST /v1.0/me/sendMail, POST /v1.0/me/messages,
 *   POST /v1.0/me/messages/{id}/attachments/createUploadSession, PUT/GET {uploadUrl},
 *   POST /v1.0/me/messages/{id}/send, GET /v1.0/me/messages/{id};
 * - `Authorization: Bearer <token>` on every Graph call (granted token, with the right scope) and
 *   NO Authorization header on the pre-authenticated upload URL;
 * - `Content-Type: application/json` and exact JSON shapes (field names and types, `@odata.type`,
 *   valid base64 and its decoded size);
 * - upload fragments: contiguous, `Content-Range: bytes start-end/total` matching the session size,
 *   `Content-Length` equal to the range and to the bytes received, multiples of 320 KiB except the
 *   last, at most 4 MiB, `Content-Type: application/octet-stream`.
 * A broken rule is recorded in `violations` and answered 400 (so tests fail loudly).
 * Faults on demand: any status (401, 429 with Retry-After, 500, 503…) and dropped connections
 * (before or after the request took effect, or mid-fragment after part of it was stored).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TokenProvider, TokenRequest } from '../../../../src/mail/graph';

export type Route = 'sendMail' | 'createDraft' | 'createUploadSession' | 'uploadChunk' | 'uploadStatus' | 'send' | 'getMessage';

export type Fault =
  | { status: number; retryAfter?: string; code?: string }
  /**
   * Destroy the socket. `afterBytes`: once that much of the body arrived (default: all of it).
   * `commitBytes` (uploadChunk only): that many bytes of the fragment are kept by the session.
   * `afterEffect`: the request is carried out first (the message IS sent), then the answer is lost.
   */
  | { drop: true; afterBytes?: number; commitBytes?: number; afterEffect?: boolean };

export interface FaultRule {
  route: Route;
  fault: Fault;
  /** How many matching requests get the fault (default 1). */
  times?: number;
  /** Matching requests to let through first (default 0). */
  skip?: number;
}

export interface ReceivedAttachment {
  name: string;
  contentType?: string;
  bytes: Buffer;
}

export interface SentMessage {
  route: 'sendMail' | 'draft';
  subject: string;
  body: { contentType: string; content: string };
  toRecipients: string[];
  saveToSentItems: boolean;
  attachments: ReceivedAttachment[];
}

export interface LoggedRequest {
  method: string;
  route: Route | 'unknown';
  path: string;
  authorization?: string;
  contentRange?: string;
  contentLength?: number;
  status: number | 'dropped';
}

interface Session {
  id: string;
  messageId: string;
  name: string;
  size: number;
  received: Buffer[];
  receivedBytes: number;
  complete: boolean;
}

interface Draft {
  id: string;
  subject: string;
  body: { contentType: string; content: string };
  toRecipients: string[];
  attachments: ReceivedAttachment[];
  isDraft: boolean;
}

const KiB = 1024;
const MiB = 1024 * KiB;
export const FRAGMENT_UNIT = 320 * KiB;
export const MAX_FRAGMENT = 4 * MiB;
/**
 * Outlook refuses an upload session for small files (ErrorAttachmentSizeShouldNotBeLessThanMinimumSize); the docs say
 * "under 3 MB: POST" without the exact floor, measured at 2,097,152 bytes
 * (https://github.com/microsoftgraph/msgraph-sdk-java/pull/52#issuecomment, microsoft-graph-docs #9589).
 */
export const MIN_SESSION_SIZE = 2 * MiB;
/** "If the file size is under 3 MB, do a single POST" (Attach large files to Outlook messages). */
export const MAX_INLINE_SIZE = 3 * MiB;
export const MAX_SESSION_SIZE = 150 * MiB;

// A character-class run plus a length check: a grouped repetition over megabytes of base64 can exhaust the regex
// engine's backtracking stack ("Maximum call stack size exceeded"); the round-trip check below does the rest.
const BASE64 = { test: (s: string) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s) };

class ContractViolation extends Error {}

function must(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ContractViolation(message);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function exactKeys(value: Record<string, unknown>, keys: string[], where: string): void {
  const actual = Object.keys(value).sort();
  must(JSON.stringify(actual) === JSON.stringify([...keys].sort()), `${where}: keys ${actual.join(',')} instead of ${[...keys].sort().join(',')}`);
}

function checkMessageFields(message: Record<string, unknown>, where: string, extra: string[]): Omit<Draft, 'id' | 'attachments' | 'isDraft'> {
  exactKeys(message, ['subject', 'body', 'toRecipients', ...extra], where);
  must(typeof message.subject === 'string' && message.subject.length > 0, `${where}.subject must be a non-empty string`);
  const body = message.body;
  must(isObject(body), `${where}.body must be an object`);
  exactKeys(body, ['contentType', 'content'], `${where}.body`);
  must(body.contentType === 'Text' || body.contentType === 'HTML', `${where}.body.contentType must be Text or HTML`);
  must(typeof body.content === 'string', `${where}.body.content must be a string`);
  const to = message.toRecipients;
  must(Array.isArray(to) && to.length > 0, `${where}.toRecipients must be a non-empty array`);
  const addresses = to.map((recipient, i) => {
    must(isObject(recipient), `${where}.toRecipients[${i}] must be an object`);
    exactKeys(recipient, ['emailAddress'], `${where}.toRecipients[${i}]`);
    const email = recipient.emailAddress;
    must(isObject(email) && typeof email.address === 'string' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.address), `${where}.toRecipients[${i}].emailAddress.address must be an address`);
    return email.address;
  });
  return { subject: message.subject as string, body: { contentType: body.contentType as string, content: body.content as string }, toRecipients: addresses };
}

function checkFileAttachment(value: unknown, where: string): ReceivedAttachment {
  must(isObject(value), `${where} must be an object`);
  must(value['@odata.type'] === '#microsoft.graph.fileAttachment', `${where}['@odata.type'] must be #microsoft.graph.fileAttachment`);
  for (const key of Object.keys(value)) must(['@odata.type', 'name', 'contentType', 'contentBytes'].includes(key), `${where}: unexpected field ${key}`);
  must(typeof value.name === 'string' && value.name.length > 0, `${where}.name must be a non-empty string`);
  must(value.contentType === undefined || typeof value.contentType === 'string', `${where}.contentType must be a string`);
  must(typeof value.contentBytes === 'string' && BASE64.test(value.contentBytes), `${where}.contentBytes must be valid base64`);
  const bytes = Buffer.from(value.contentBytes as string, 'base64');
  must(bytes.toString('base64') === value.contentBytes, `${where}.contentBytes does not round-trip`);
  return { name: value.name as string, contentType: value.contentType as string | undefined, bytes };
}

export interface FakeGraphOptions {
  /** Largest request body accepted (413 beyond); unlimited by default, the inline rule being "attachment under 3 MB". */
  maxRequestBytes?: number;
}

export class FakeGraph {
  readonly violations: string[] = [];
  readonly log: LoggedRequest[] = [];
  readonly sent: SentMessage[] = [];
  readonly drafts = new Map<string, Draft>();
  readonly sessions = new Map<string, Session>();
  private readonly granted = new Map<string, readonly string[]>();
  private readonly revoked = new Set<string>();
  private readonly faults: Array<Required<FaultRule>> = [];
  private server: Server | undefined;
  private origin = '';
  private counter = 0;
  private readonly maxRequestBytes: number;

  constructor(options: FakeGraphOptions = {}) {
    this.maxRequestBytes = options.maxRequestBytes ?? Infinity;
  }

  get baseUrl(): string {
    return `${this.origin}/v1.0`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.origin = `http://127.0.0.1:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** What Microsoft Entra would do: this token is valid for these scopes. */
  grant(token: string, scopes: readonly string[]): void {
    if (!this.revoked.has(token)) this.granted.set(token, scopes);
  }

  /** Every token issued so far expires (Graph answers 401 to them). */
  expireAllTokens(): void {
    for (const token of this.granted.keys()) this.revoked.add(token);
    this.granted.clear();
  }

  inject(rule: FaultRule): void {
    this.faults.push({ times: 1, skip: 0, ...rule });
  }

  private takeFault(route: Route): Fault | undefined {
    for (const rule of this.faults) {
      if (rule.route !== route || rule.times <= 0) continue;
      if (rule.skip > 0) {
        rule.skip -= 1;
        return undefined;
      }
      rule.times -= 1;
      return rule.fault;
    }
    return undefined;
  }

  private route(method: string, path: string): { route: Route; id?: string } | undefined {
    if (method === 'POST' && path === '/v1.0/me/sendMail') return { route: 'sendMail' };
    if (method === 'POST' && path === '/v1.0/me/messages') return { route: 'createDraft' };
    let m = /^\/v1\.0\/me\/messages\/([^/]+)\/attachments\/createUploadSession$/.exec(path);
    if (m && method === 'POST') return { route: 'createUploadSession', id: decodeURIComponent(m[1]) };
    m = /^\/v1\.0\/me\/messages\/([^/]+)\/send$/.exec(path);
    if (m && method === 'POST') return { route: 'send', id: decodeURIComponent(m[1]) };
    m = /^\/v1\.0\/me\/messages\/([^/]+)$/.exec(path);
    if (m && method === 'GET') return { route: 'getMessage', id: decodeURIComponent(m[1]) };
    m = /^\/upload\/([^/]+)$/.exec(path);
    if (m && method === 'PUT') return { route: 'uploadChunk', id: m[1] };
    if (m && method === 'GET') return { route: 'uploadStatus', id: m[1] };
    return undefined;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    const method = req.method ?? 'GET';
    const matched = this.route(method, url.pathname);
    const entry: LoggedRequest = {
      method,
      route: matched?.route ?? 'unknown',
      path: url.pathname + url.search,
      authorization: req.headers.authorization,
      contentRange: req.headers['content-range'],
      contentLength: req.headers['content-length'] === undefined ? undefined : Number(req.headers['content-length']),
      status: 'dropped',
    };
    this.log.push(entry);
    const answer = (status: number, json?: unknown, headers: Record<string, string> = {}) => {
      entry.status = status;
      const text = json === undefined ? '' : JSON.stringify(json);
      res.writeHead(status, { ...(text ? { 'Content-Type': 'application/json' } : {}), 'Content-Length': String(Buffer.byteLength(text)), ...headers });
      res.end(text);
    };
    const graphError = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
      answer(status, { error: { code, message } }, headers);

    try {
      must(matched, `no such endpoint: ${method} ${url.pathname}`);
      const { route, id } = matched;
      const isUpload = route === 'uploadChunk' || route === 'uploadStatus';
      const fault = this.takeFault(route);

      // Authorization: bearer token on Graph, none on the pre-authenticated upload URL.
      if (isUpload) {
        must(req.headers.authorization === undefined, `${route}: the upload URL must be called without an Authorization header`);
        must(url.searchParams.get('authtoken') === 'upload-secret', `${route}: the upload URL was altered`);
      } else {
        const auth = req.headers.authorization;
        must(typeof auth === 'string' && /^Bearer \S+$/.test(auth), `${route}: missing or malformed Authorization: Bearer header`);
      }

      if (fault && 'status' in fault) {
        await this.drain(req);
        graphError(fault.status, fault.code ?? 'InjectedFault', 'injected', fault.retryAfter === undefined ? {} : { 'Retry-After': fault.retryAfter });
        return;
      }
      const drop = fault && 'drop' in fault ? fault : undefined;

      if (route === 'uploadChunk') {
        await this.uploadChunk(req, id!, answer, drop);
        return;
      }
      const raw = await this.readBody(req, drop && !drop.afterEffect ? drop.afterBytes ?? Infinity : Infinity);
      if (drop && !drop.afterEffect) {
        req.socket.destroy();
        return;
      }
      if (!isUpload) {
        const token = req.headers.authorization!.slice('Bearer '.length);
        const scopes = this.granted.get(token);
        if (!scopes) {
          graphError(401, 'InvalidAuthenticationToken', 'Access token has expired or is not yet valid.');
          return;
        }
        const needed = route === 'sendMail' || route === 'send' ? 'Mail.Send' : 'Mail.ReadWrite';
        if (!scopes.includes(needed)) {
          graphError(403, 'ErrorAccessDenied', `Access is denied. Check credentials and try again. (${needed})`);
          return;
        }
      }
      if (method === 'POST' && route !== 'send') {
        must(/^application\/json(?:;\s*charset=utf-8)?$/i.test(req.headers['content-type'] ?? ''), `${route}: Content-Type must be application/json`);
      }
      if (raw.length > this.maxRequestBytes) {
        graphError(413, 'RequestBodyTooLarge', 'The request body is too large.');
        return;
      }
      const json: unknown = raw.length === 0 ? undefined : JSON.parse(raw.toString('utf8'));

      const respond = (status: number, body?: unknown, headers?: Record<string, string>) => {
        if (drop?.afterEffect) {
          entry.status = 'dropped';
          req.socket.destroy();
          return;
        }
        answer(status, body, headers);
      };

      switch (route) {
        case 'sendMail': {
          must(isObject(json), 'sendMail: body must be a JSON object');
          exactKeys(json, ['message', 'saveToSentItems'], 'sendMail');
          must(typeof json.saveToSentItems === 'boolean', 'sendMail.saveToSentItems must be a boolean');
          must(isObject(json.message), 'sendMail.message must be an object');
          const fields = checkMessageFields(json.message, 'sendMail.message', ['attachments']);
          const list = json.message.attachments;
          must(Array.isArray(list), 'sendMail.message.attachments must be an array');
          const attachments = list.map((a, i) => checkFileAttachment(a, `sendMail.message.attachments[${i}]`));
          for (const a of attachments) must(a.bytes.length < MAX_INLINE_SIZE, `sendMail: inline attachment of ${a.bytes.length} bytes (3 MB and above need an upload session)`);
          this.sent.push({ route: 'sendMail', ...fields, saveToSentItems: json.saveToSentItems as boolean, attachments });
          respond(202);
          return;
        }
        case 'createDraft': {
          must(isObject(json), 'createDraft: body must be a JSON object');
          const fields = checkMessageFields(json, 'createDraft', []);
          const draftId = `AAMkAGI2T${++this.counter}AAA=`;
          this.drafts.set(draftId, { id: draftId, ...fields, attachments: [], isDraft: true });
          respond(201, { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/messages/$entity', id: draftId, isDraft: true, subject: fields.subject });
          return;
        }
        case 'createUploadSession': {
          const draft = this.drafts.get(id!);
          if (!draft) return graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
          must(isObject(json), 'createUploadSession: body must be a JSON object');
          exactKeys(json, ['AttachmentItem'], 'createUploadSession');
          const item = json.AttachmentItem;
          must(isObject(item), 'createUploadSession.AttachmentItem must be an object');
          exactKeys(item, ['attachmentType', 'name', 'size'], 'createUploadSession.AttachmentItem');
          must(item.attachmentType === 'file', 'AttachmentItem.attachmentType must be "file"');
          must(typeof item.name === 'string' && item.name.length > 0, 'AttachmentItem.name must be a non-empty string');
          must(Number.isSafeInteger(item.size), 'AttachmentItem.size must be an integer');
          const size = item.size as number;
          if (size < MIN_SESSION_SIZE) return graphError(400, 'ErrorAttachmentSizeShouldNotBeLessThanMinimumSize', 'Attachment size must be at least 3 MB.');
          if (size > MAX_SESSION_SIZE) return graphError(400, 'ErrorAttachmentSizeTooLarge', 'Attachment too large.');
          const sessionId = `S${++this.counter}`;
          this.sessions.set(sessionId, { id: sessionId, messageId: draft.id, name: item.name as string, size, received: [], receivedBytes: 0, complete: false });
          respond(201, {
            '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.uploadSession',
            uploadUrl: `${this.origin}/upload/${sessionId}?authtoken=upload-secret`,
            expirationDateTime: '2099-01-01T00:00:00Z',
            nextExpectedRanges: ['0-'],
          });
          return;
        }
        case 'uploadStatus': {
          const session = this.sessions.get(id!);
          if (!session || session.complete) return graphError(404, 'ErrorItemNotFound', 'The upload session was not found.');
          respond(200, { expirationDateTime: '2099-01-01T00:00:00Z', nextExpectedRanges: [String(session.receivedBytes)] });
          return;
        }
        case 'send': {
          must(raw.length === 0 && req.headers['content-length'] === '0', 'send: the body must be empty, with Content-Length: 0');
          const draft = this.drafts.get(id!);
          if (!draft) return graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
          if (!draft.isDraft) return graphError(400, 'ErrorInvalidOperation', 'The message was already sent.');
          must(!this.openSessionFor(draft.id), 'send: the attachment upload is not finished');
          draft.isDraft = false;
          this.sent.push({ route: 'draft', subject: draft.subject, body: draft.body, toRecipients: draft.toRecipients, saveToSentItems: true, attachments: draft.attachments });
          respond(202);
          return;
        }
        case 'getMessage': {
          const draft = this.drafts.get(id!);
          if (!draft) return graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
          respond(200, { id: draft.id, isDraft: draft.isDraft });
          return;
        }
      }
    } catch (error) {
      if (error instanceof ContractViolation || error instanceof SyntaxError) {
        this.violations.push(error.message);
        if (!res.headersSent && !req.socket.destroyed) graphError(400, 'FakeContractViolation', error.message);
        return;
      }
      this.violations.push(`fake server error: ${String(error)}`);
      if (!res.headersSent && !req.socket.destroyed) graphError(500, 'FakeServerError', String(error));
    }
  }

  private openSessionFor(messageId: string): boolean {
    for (const session of this.sessions.values()) if (session.messageId === messageId && !session.complete) return true;
    return false;
  }

  private async uploadChunk(
    req: IncomingMessage,
    sessionId: string,
    answer: (status: number, json?: unknown, headers?: Record<string, string>) => void,
    drop: { afterBytes?: number; commitBytes?: number } | undefined,
  ): Promise<void> {
    const session = this.sessions.get(sessionId);
    must(session && !session.complete, 'uploadChunk: no open upload session');
    must(req.headers['content-type'] === 'application/octet-stream', 'uploadChunk: Content-Type must be application/octet-stream');
    const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(req.headers['content-range'] ?? '');
    must(range, `uploadChunk: malformed Content-Range ${JSON.stringify(req.headers['content-range'])}`);
    const [start, end, total] = [Number(range[1]), Number(range[2]), Number(range[3])];
    must(total === session.size, `uploadChunk: total ${total} differs from the session size ${session.size}`);
    must(start === session.receivedBytes, `uploadChunk: range starts at ${start}, expected ${session.receivedBytes} (ranges must be contiguous)`);
    must(end >= start && end < total, `uploadChunk: range ${start}-${end} outside 0-${total - 1}`);
    const length = end - start + 1;
    must(req.headers['content-length'] === String(length), `uploadChunk: Content-Length ${req.headers['content-length']} differs from the range length ${length}`);
    must(length <= MAX_FRAGMENT, `uploadChunk: fragment of ${length} bytes exceeds 4 MiB`);
    must(end === total - 1 || length % FRAGMENT_UNIT === 0, `uploadChunk: fragment of ${length} bytes is not a multiple of 320 KiB`);

    if (drop) {
      const afterBytes = drop.afterBytes ?? length;
      const partial = await this.readBody(req, afterBytes);
      const keep = Math.min(drop.commitBytes ?? 0, partial.length);
      if (keep > 0) {
        session.received.push(partial.subarray(0, keep));
        session.receivedBytes += keep;
      }
      req.socket.destroy();
      return;
    }
    const body = await this.readBody(req, Infinity);
    must(body.length === length, `uploadChunk: received ${body.length} bytes for a range of ${length}`);
    session.received.push(body);
    session.receivedBytes += length;
    if (session.receivedBytes < session.size) {
      answer(200, { expirationDateTime: '2099-01-01T00:00:00Z', nextExpectedRanges: [String(session.receivedBytes)] });
      return;
    }
    session.complete = true;
    const draft = this.drafts.get(session.messageId)!;
    draft.attachments.push({ name: session.name, bytes: Buffer.concat(session.received) });
    answer(201, undefined, { Location: `${this.origin}/v1.0/me/messages('${session.messageId}')/attachments('A${++this.counter}')` });
  }

  /** Reads the body; stops (resolving with what came) once `limit` bytes arrived. */
  private readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        req.off('data', onData);
        resolve(Buffer.concat(chunks).subarray(0, Number.isFinite(limit) ? limit : undefined));
      };
      const onData = (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= limit) {
          req.pause();
          finish();
        }
      };
      req.on('data', onData);
      req.on('end', finish);
      req.on('error', reject);
      if (limit <= 0) {
        req.pause();
        finish();
      }
    });
  }

  private async drain(req: IncomingMessage): Promise<void> {
    await this.readBody(req, Infinity);
  }
}

/**
 * A TokenProvider standing in for MSAL: it mints `tok-<generation>-<scopes>` and grants it on the
 * fake server; `forceRefresh` mints a new generation (like a fresh token from Entra).
 */
export class FakeTokenProvider implements TokenProvider {
  readonly requests: TokenRequest[] = [];
  private generation = 1;
  constructor(private readonly graph: FakeGraph) {}

  async getToken(request: TokenRequest = {}): Promise<string> {
    this.requests.push(request);
    if (request.forceRefresh) this.generation += 1;
    const scopes = [...(request.scopes ?? ['Mail.Send'])].sort();
    const token = `tok-${this.generation}-${scopes.join('+')}`;
    this.graph.grant(token, scopes);
    return token;
  }
}
