/**
 * Uploads an attachment through an Outlook upload session (Graph "attach large files to Outlook
 * messages"): sequential PUTs of byte ranges to the pre-authenticated upload URL, with no
 * Authorization header; each answer says where the next range starts (`nextExpectedRanges`);
 * the last one answers 201 Created. After a dropped connection the session is asked where it
 * stands (GET on the upload URL) and the upload continues from there.
 */
import { AppError } from '../../core/errors';
import { GraphNetworkError, redactUrl, type GraphContext, type GraphRequester } from './http';
import { backoffDelay } from './retry';

/** Fragment sizes must be multiples of 320 KiB. */
export const UPLOAD_FRAGMENT_UNIT = 320 * 1024;
/** Graph asks for at most 4 MB per PUT. */
export const UPLOAD_MAX_FRAGMENT = 4 * 1024 * 1024;
/** The largest multiple of 320 KiB that stays within 4 MiB: 3,932,160 bytes. */
export const DEFAULT_UPLOAD_CHUNK = Math.floor(UPLOAD_MAX_FRAGMENT / UPLOAD_FRAGMENT_UNIT) * UPLOAD_FRAGMENT_UNIT;

export function assertChunkSize(size: number): void {
  if (!Number.isInteger(size) || size <= 0 || size % UPLOAD_FRAGMENT_UNIT !== 0 || size > UPLOAD_MAX_FRAGMENT) {
    throw new RangeError(`chunkSize must be a positive multiple of ${UPLOAD_FRAGMENT_UNIT} bytes, at most ${UPLOAD_MAX_FRAGMENT}`);
  }
}

/**
 * The first missing byte from `nextExpectedRanges`. Outlook sessions give one "{start}" value;
 * drive-style sessions give "{start}-" or "{start}-{end}" ranges: the smallest start wins.
 * Returns undefined when the list is absent or empty, and throws on anything malformed.
 */
export function nextExpectedOffset(ranges: unknown): number | undefined {
  if (ranges === undefined || ranges === null) return undefined;
  if (!Array.isArray(ranges)) throw new TypeError('nextExpectedRanges is not a list');
  let smallest: number | undefined;
  for (const range of ranges) {
    const match = typeof range === 'string' ? /^(\d+)(?:-(\d*))?$/.exec(range.trim()) : null;
    if (!match) throw new TypeError(`malformed range ${JSON.stringify(range)}`);
    const start = Number(match[1]);
    if (match[2]) {
      if (Number(match[2]) < start) throw new TypeError(`malformed range ${JSON.stringify(range)}`);
    }
    if (!Number.isSafeInteger(start)) throw new TypeError(`malformed range ${JSON.stringify(range)}`);
    smallest = smallest === undefined ? start : Math.min(smallest, start);
  }
  return smallest;
}

function uploadFailed(reason: string, cause?: unknown): AppError {
  return new AppError('graph.uploadFailed', { reason }, cause);
}

async function readSession(response: Response): Promise<{ nextExpectedRanges?: unknown }> {
  try {
    const text = await response.text();
    return text.trim() === '' ? {} : (JSON.parse(text) as { nextExpectedRanges?: unknown });
  } catch (error) {
    throw uploadFailed('unreadable upload session answer', error);
  }
}

function offsetFrom(session: { nextExpectedRanges?: unknown }, fallback: number, total: number): number {
  let next: number | undefined;
  try {
    next = nextExpectedOffset(session.nextExpectedRanges);
  } catch (error) {
    throw uploadFailed('malformed nextExpectedRanges', error);
  }
  const offset = next ?? fallback;
  if (offset > total) throw uploadFailed(`server expects byte ${offset} of ${total}`);
  return offset;
}

export interface UploadOptions {
  uploadUrl: string;
  bytes: Uint8Array;
  /** Where the session says to start (from createUploadSession's nextExpectedRanges). */
  startAt?: number;
  chunkSize?: number;
}

/** Uploads every byte; resolves once the session answered 201 Created (the attachment exists). */
export async function uploadInSession(requester: GraphRequester, ctx: GraphContext, options: UploadOptions): Promise<void> {
  const { uploadUrl, bytes } = options;
  const chunkSize = options.chunkSize ?? DEFAULT_UPLOAD_CHUNK;
  assertChunkSize(chunkSize);
  const total = bytes.length;
  let offset = options.startAt ?? 0;
  let drops = 0;
  // A session that keeps asking for bytes already sent must not keep us here forever.
  let puts = 0;
  const maxPuts = 2 * Math.ceil(total / chunkSize) + ctx.policy.maxAttempts;

  while (offset < total) {
    puts += 1;
    if (puts > maxPuts) throw uploadFailed('the upload session does not advance');
    const end = Math.min(offset + chunkSize, total);
    let response: Response;
    try {
      response = await requester.request({
        method: 'PUT',
        url: uploadUrl,
        body: bytes.slice(offset, end),
        // No Content-Length: it is a forbidden header name for fetch, which sets it from the body itself.
        headers: {
          'Content-Type': 'application/octet-stream',
          'Content-Range': `bytes ${offset}-${end - 1}/${total}`,
        },
        expect: [200, 201],
        onNetworkError: 'raise',
      });
    } catch (error) {
      if (!(error instanceof GraphNetworkError)) throw error;
      // The fragment may have arrived in part: ask the session where it stands, then go on from there.
      drops += 1;
      if (drops >= ctx.policy.maxAttempts) {
        throw new AppError('graph.network', { attempts: drops }, { method: 'PUT', url: redactUrl(uploadUrl), error: error.cause });
      }
      await ctx.sleep(backoffDelay(drops, ctx.policy, ctx.random), ctx.signal).catch((reason: unknown) => {
        if (ctx.signal?.aborted) throw new AppError('graph.cancelled', {}, reason);
        throw reason;
      });
      const status = await requester.request({ method: 'GET', url: uploadUrl, expect: [200], onNetworkError: 'retry' });
      offset = offsetFrom(await readSession(status), offset, total);
      continue;
    }

    if (response.status === 201) {
      if (end !== total) throw uploadFailed(`upload finished early at byte ${end} of ${total}`);
      return;
    }
    offset = offsetFrom(await readSession(response), end, total);
    if (offset === total) throw uploadFailed('every byte sent but the attachment was not created');
  }
  throw uploadFailed('nothing left to send but the attachment was not created');
}
