/**
 * Small HTTP helpers of the inbox: typed refusals (HttpError → `{error, code, params}`), bounded body reading,
 * cookies, the client's address and scheme behind a trusted reverse proxy, and the answer's language.
 */
import type http from 'node:http';
import type { TLSSocket } from 'node:tls';
import { AppError, type MessageKey, type MessageParams } from '../../src/core/errors';
import { type Lang, t } from '../../src/core/i18n';
import './messages';

/** A refusal: HTTP status, message key and parameters (an AppError), extra JSON members (e.g. `fields`), headers. */
export class HttpError extends AppError {
  constructor(
    readonly status: number,
    key: MessageKey,
    params: MessageParams = {},
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(key, params);
  }

  /** The message key (AppError.messageKey), as the inbox's answers name it. */
  get key(): MessageKey {
    return this.messageKey;
  }
}

export interface FieldProblem {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

/** 400 inbox.invalid with the localised field problems. */
export function invalid(problems: FieldProblem[]): HttpError {
  return new HttpError(400, 'inbox.invalid', {}, { fieldProblems: problems });
}

const BASE_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string | string[]> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

export function sendNoContent(res: http.ServerResponse, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(204, { ...BASE_HEADERS, ...headers });
  res.end();
}

/** A download: `name` is encoded per RFC 6266 (ASCII fallback + UTF-8 filename*). */
export function sendDownload(
  res: http.ServerResponse,
  bytes: Uint8Array,
  type: string,
  name: string,
  headers: Record<string, string> = {},
): void {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._-]+/g, '_');
  res.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Type': type,
    'Content-Length': bytes.length,
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    ...headers,
  });
  res.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
}

export function sendHtml(res: http.ServerResponse, html: string): void {
  res.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'",
  });
  res.end(html);
}

/** The JSON refusal for an HttpError (messages localised; field problems with their own message). */
export function sendError(res: http.ServerResponse, lang: Lang, error: HttpError): void {
  const hasParams = Object.keys(error.params).length > 0;
  const { fieldProblems, ...extra } = error.extra as { fieldProblems?: FieldProblem[] };
  const body: Record<string, unknown> = {
    error: t(error.key, error.params, lang),
    code: error.key,
    ...(hasParams ? { params: error.params } : {}),
    ...extra,
  };
  if (fieldProblems)
    body.fields = fieldProblems.map((p) => ({ field: p.field, code: p.code, error: t(p.code, p.params ?? {}, lang) }));
  sendJson(res, error.status, body, error.headers);
}

/** Reads the body, at most `max` bytes (413 beyond). */
export function readBody(req: http.IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > max) {
      req.resume();
      reject(new HttpError(413, 'inbox.tooLarge', { maxMb: Math.round((max / 1048576) * 10) / 10 }));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > max) {
        failed = true;
        reject(new HttpError(413, 'inbox.tooLarge', { maxMb: Math.round((max / 1048576) * 10) / 10 }));
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks, size));
    });
    req.on('error', () => {
      if (!failed) reject(new HttpError(400, 'inbox.badRequest'));
    });
  });
}

/** A JSON object body (`Content-Type: application/json`), else 415 / 400. */
export async function readJson(req: http.IncomingMessage, max = 1024 * 1024): Promise<Record<string, unknown>> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    req.resume();
    throw new HttpError(415, 'inbox.unsupportedType');
  }
  const body = await readBody(req, max);
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpError(400, 'inbox.badRequest');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new HttpError(400, 'inbox.badRequest');
  return value as Record<string, unknown>;
}

export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!header) return out;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    const name = part.slice(0, i).trim();
    if (!out.has(name)) out.set(name, part.slice(i + 1).trim());
  }
  return out;
}

function forwarded(req: http.IncomingMessage, name: string): string[] {
  const raw = req.headers[name];
  const text = Array.isArray(raw) ? raw.join(',') : (raw ?? '');
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The client's address: the socket's, or — behind `trustProxy` trusted proxies — the address those proxies
 * saw (X-Forwarded-For, counted from the right so a client cannot forge it).
 */
export function clientAddress(req: http.IncomingMessage, trustProxy: number): string {
  const socket = req.socket.remoteAddress ?? 'unknown';
  if (trustProxy <= 0) return socket;
  const chain = forwarded(req, 'x-forwarded-for');
  if (chain.length === 0) return socket;
  return chain[Math.max(0, chain.length - trustProxy)];
}

/** True when the client reached us over HTTPS (TLS here, or X-Forwarded-Proto from a trusted proxy). */
export function isHttps(req: http.IncomingMessage, trustProxy: number): boolean {
  if ((req.socket as TLSSocket).encrypted) return true;
  if (trustProxy <= 0) return false;
  const protos = forwarded(req, 'x-forwarded-proto');
  return protos.length > 0 && protos[Math.max(0, protos.length - trustProxy)].toLowerCase() === 'https';
}

/** The server's own origin as the client sees it. */
export function ownOrigin(req: http.IncomingMessage, publicUrl: string | null, trustProxy: number): string {
  if (publicUrl) return new URL(publicUrl).origin;
  const host = (trustProxy > 0 ? forwarded(req, 'x-forwarded-host').at(-1) : undefined) ?? req.headers.host ?? '';
  return `${isHttps(req, trustProxy) ? 'https' : 'http'}://${host}`;
}
