/**
 * Reads a `multipart/form-data` upload with busboy, within limits: one file in the field `file`
 * (at most `maxFileBytes`, aborted as soon as it is exceeded), a few short text fields, each at most once.
 * Anything else is refused with an UploadError (HTTP status + i18n key).
 *
 * In the relay the event loop only gathers the request's bytes (`readBody`, capped); the multipart parsing
 * (`parseUploadBytes`) runs in the read pool with the rest of the upload's work, so no upload's parsing, hashing or
 * reading competes with the health check and the other requests.
 */
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import busboy from 'busboy';
import { AppError, type MessageKey, type MessageParams } from '../src/core/errors';

/** A refused upload: an HTTP status and a message key (an AppError). */
export class UploadError extends AppError {
  constructor(
    readonly status: number,
    key: MessageKey,
    params: MessageParams = {},
  ) {
    super(key, params);
  }

  /** The message key (AppError.messageKey), as the server's answers name it. */
  get key(): MessageKey {
    return this.messageKey;
  }
}

export interface UploadLimits {
  maxFileBytes: number;
  /** Longest text field value, bytes (UTF-8). */
  maxFieldBytes: number;
  maxFields: number;
}

export interface Upload {
  fields: Map<string, string>;
  file: { name: string; bytes: Buffer } | null;
}

export const FILE_FIELD = 'file';

/**
 * Gathers a request's body, at most `maxBytes` (the file's limit plus room for the multipart framing and the text
 * fields); rejects with UploadError 413 as soon as it is exceeded, or 400 relay.malformed when the client goes away.
 * Only copies bytes, so it is cheap on the event loop; the caller then stops reading (see `discardRest`).
 */
export function readBody(req: IncomingMessage, maxBytes: number, maxFileBytes: number): Promise<Uint8Array> {
  return new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const done = (error: UploadError | null): void => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      if (error) return reject(error);
      // One buffer of its own (not a slice of a shared pool), so it can be handed to a worker thread without a copy.
      const body = new Uint8Array(size);
      let at = 0;
      for (const chunk of chunks) {
        body.set(chunk, at);
        at += chunk.length;
      }
      resolve(body);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > maxBytes) {
        done(new UploadError(413, 'relay.tooLarge', { maxMb: Math.round((maxFileBytes / 1048576) * 10) / 10 }));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => done(null));
    req.on('aborted', () => done(new UploadError(400, 'relay.malformed')));
    req.on('error', () => done(new UploadError(400, 'relay.malformed')));
  });
}

/** Parses a gathered body (`readBody`) of the given Content-Type; the read pool's worker runs this. */
export function parseUploadBytes(body: Uint8Array, contentType: string, limits: UploadLimits): Promise<Upload> {
  return parseUpload(Readable.from([Buffer.from(body.buffer, body.byteOffset, body.byteLength)]), { 'content-type': contentType }, limits);
}

/**
 * Parses a multipart stream. Rejects with UploadError as soon as a limit is crossed; a caller reading a request
 * answers and stops reading (see `discardRest`).
 */
export function parseUpload(source: Readable, headers: IncomingHttpHeaders, limits: UploadLimits): Promise<Upload> {
  return new Promise<Upload>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers,
        limits: {
          // busboy reports 'limit' when a file reaches fileSize: one byte more, so a file of exactly the limit is taken.
          fileSize: limits.maxFileBytes + 1,
          files: 1,
          fields: limits.maxFields,
          parts: limits.maxFields + 1,
          fieldSize: limits.maxFieldBytes,
          fieldNameSize: 100,
        },
      });
    } catch {
      reject(new UploadError(415, 'relay.notMultipart'));
      return;
    }
    const fields = new Map<string, string>();
    let file: Upload['file'] = null;
    let settled = false;
    let fileDone: Promise<void> = Promise.resolve();
    const fail = (error: UploadError): void => {
      if (settled) return;
      settled = true;
      source.unpipe(parser);
      parser.removeAllListeners();
      parser.on('error', () => undefined);
      reject(error);
    };

    parser.on('file', (name: string, stream: NodeJS.ReadableStream, info: { filename?: string }) => {
      if (name !== FILE_FIELD) {
        stream.resume();
        fail(new UploadError(400, 'relay.unexpectedFile', { field: name.slice(0, 100) }));
        return;
      }
      if (file !== null) {
        stream.resume();
        fail(new UploadError(400, 'relay.tooManyFiles'));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      const current = { name: info.filename ?? '', bytes: Buffer.alloc(0) };
      file = current;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        chunks.push(chunk);
      });
      stream.on('limit', () =>
        fail(new UploadError(413, 'relay.tooLarge', { maxMb: Math.round((limits.maxFileBytes / 1048576) * 10) / 10 })),
      );
      fileDone = new Promise<void>((done) => {
        stream.on('end', () => {
          current.bytes = Buffer.concat(chunks, size);
          done();
        });
        stream.on('error', () => done());
      });
    });
    parser.on('field', (name: string, value: string, info: { nameTruncated: boolean; valueTruncated: boolean }) => {
      if (info.nameTruncated) return fail(new UploadError(400, 'relay.tooManyFields'));
      if (info.valueTruncated)
        return fail(new UploadError(400, 'relay.fieldTooLong', { field: name, max: limits.maxFieldBytes }));
      if (fields.has(name)) return fail(new UploadError(400, 'relay.duplicateField', { field: name }));
      fields.set(name, value);
    });
    parser.on('filesLimit', () => fail(new UploadError(400, 'relay.tooManyFiles')));
    parser.on('fieldsLimit', () => fail(new UploadError(400, 'relay.tooManyFields')));
    parser.on('partsLimit', () => fail(new UploadError(400, 'relay.tooManyFields')));
    parser.on('error', () => fail(new UploadError(400, 'relay.malformed')));
    parser.on('close', () => {
      void fileDone.then(() => {
        if (settled) return;
        settled = true;
        resolve({ fields, file });
      });
    });
    source.on('aborted', () => fail(new UploadError(400, 'relay.malformed')));
    source.pipe(parser);
  });
}

/**
 * After a refusal: read and drop what the client is still sending (so it can read the answer), but no more
 * than `maxBytes`; past that, cut the connection.
 */
export function discardRest(req: IncomingMessage, maxBytes: number): void {
  if (req.readableEnded) return;
  let dropped = 0;
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > maxBytes) req.socket.destroy();
  });
  req.resume();
}
