/**
 * Safe opening of a .docx (OPC zip) package from bytes: signature checks, input size, entry count,
 * declared inflated sizes and compression ratios checked from the central directory before anything is
 * inflated, and the same limits enforced again while inflating (a declared size can lie).
 * Browser and Node alike: Uint8Array only.
 */
import JSZip from 'jszip';
import { AppError } from '../core/errors';
import { MAX_COMPRESSION_RATIO, RATIO_MIN_BYTES, type DocxLimits, toMb } from './limits';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const EOCD_SIGNATURE = 0x06054b50;
const EOCD_MIN = 22;

/** JSZip keeps the central directory's sizes on a loaded entry's (undocumented) `_data`. */
interface LoadedEntryInternals {
  _data?: { compressedSize?: unknown; uncompressedSize?: unknown };
  internalStream?: (type: 'uint8array') => StreamHelper;
}
interface StreamHelper {
  on(event: 'data', cb: (chunk: Uint8Array) => void): StreamHelper;
  on(event: 'end', cb: () => void): StreamHelper;
  on(event: 'error', cb: (e: unknown) => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}

export interface DocxPackage {
  readonly zip: JSZip;
  /** File entry names in zip order. */
  readonly names: readonly string[];
  /** The stored name of a part, looked up case-insensitively as OPC requires; null when absent. */
  find(name: string): string | null;
  /** The inflated bytes of a part (counted against the limits); null when absent. */
  readBytes(name: string): Promise<Uint8Array | null>;
  /** A part decoded as XML text (UTF-8, or UTF-16 with a BOM); null when absent. */
  readText(name: string): Promise<string | null>;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  if (bytes.length < signature.length) return false;
  return signature.every((b, i) => bytes[i] === b);
}

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
}

/** Checks the bytes look like a complete zip; throws the matching AppError otherwise. */
function checkSignature(bytes: Uint8Array, limits: DocxLimits): void {
  if (bytes.length === 0) throw new AppError('docx.empty');
  if (bytes.length > limits.maxInputBytes) {
    throw new AppError('docx.tooLarge', { sizeMb: toMb(bytes.length), limitMb: toMb(limits.maxInputBytes) });
  }
  if (startsWith(bytes, OLE_SIGNATURE)) throw new AppError('docx.encrypted');
  if (!(bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new AppError('docx.notZip');
  // End of central directory: within the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let i = bytes.length - EOCD_MIN; i >= 0 && i >= bytes.length - EOCD_MIN - 0xffff; i--) {
    if (u32(bytes, i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new AppError('docx.truncated', { reason: 'no end of central directory' });
  const entries = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  const zip64 = entries === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff;
  if (!zip64) {
    if (cdOffset + cdSize > eocd) throw new AppError('docx.truncated', { reason: 'central directory out of range' });
    if (entries > limits.maxEntries) throw new AppError('docx.tooManyEntries', { count: entries, limit: limits.maxEntries });
  }
}

function declaredSizes(file: JSZip.JSZipObject): { compressed: number; uncompressed: number } | null {
  const data = (file as unknown as LoadedEntryInternals)._data;
  if (!data) return null;
  const { compressedSize, uncompressedSize } = data;
  if (typeof compressedSize !== 'number' || typeof uncompressedSize !== 'number') return null;
  return { compressed: compressedSize, uncompressed: uncompressedSize };
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

/** Opens a package; throws AppError (docx.*) for anything that is not a safe, complete zip. */
export async function openPackage(bytes: Uint8Array, limits: DocxLimits): Promise<DocxPackage> {
  checkSignature(bytes, limits);
  let zip: JSZip;
  try {
    // Loading reads the central directory and slices compressed data; nothing is inflated yet.
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false, createFolders: false });
  } catch (e) {
    throw new AppError('docx.truncated', { reason: e instanceof Error ? e.message : String(e) }, e);
  }
  const names: string[] = [];
  const byLower = new Map<string, string>();
  let declaredTotal = 0;
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    names.push(name);
    if (names.length > limits.maxEntries) throw new AppError('docx.tooManyEntries', { count: names.length, limit: limits.maxEntries });
    const lower = name.toLowerCase();
    if (!byLower.has(lower)) byLower.set(lower, name);
    const sizes = declaredSizes(file);
    if (!sizes) continue;
    if (sizes.uncompressed > limits.maxEntryBytes) {
      throw new AppError('docx.zipBomb', { part: name, sizeMb: toMb(sizes.uncompressed), limitMb: toMb(limits.maxEntryBytes) });
    }
    if (sizes.uncompressed >= RATIO_MIN_BYTES && sizes.uncompressed > MAX_COMPRESSION_RATIO * Math.max(1, sizes.compressed)) {
      throw new AppError('docx.zipBomb', { part: name, ratio: Math.round(sizes.uncompressed / Math.max(1, sizes.compressed)) });
    }
    declaredTotal += sizes.uncompressed;
    if (declaredTotal > limits.maxTotalBytes) {
      throw new AppError('docx.zipBomb', { sizeMb: toMb(declaredTotal), limitMb: toMb(limits.maxTotalBytes) });
    }
  }

  let inflatedTotal = 0;

  function find(name: string): string | null {
    const clean = name.replace(/^\/+/, '');
    if (zip.files[clean] && !zip.files[clean].dir) return clean;
    return byLower.get(clean.toLowerCase()) ?? null;
  }

  function inflate(name: string, file: JSZip.JSZipObject): Promise<Uint8Array> {
    const declared = declaredSizes(file)?.uncompressed;
    const internals = file as unknown as LoadedEntryInternals;
    if (typeof internals.internalStream !== 'function') {
      // Not expected with the pinned JSZip; the declared sizes were checked above.
      return file.async('uint8array');
    }
    const helper = internals.internalStream.call(file, 'uint8array');
    return new Promise<Uint8Array>((resolve, reject) => {
      const chunks: Uint8Array[] = [];
      let size = 0;
      let settled = false;
      const fail = (error: AppError): void => {
        if (settled) return;
        settled = true;
        helper.pause();
        chunks.length = 0;
        reject(error);
      };
      helper.on('data', (chunk: Uint8Array) => {
        if (settled) return;
        size += chunk.length;
        inflatedTotal += chunk.length;
        // A declared size is a promise: inflating beyond it means the entry lies about itself.
        if (size > limits.maxEntryBytes || (declared !== undefined && size > declared) || inflatedTotal > limits.maxTotalBytes) {
          fail(new AppError('docx.zipBomb', { part: name, sizeMb: toMb(size), limitMb: toMb(limits.maxEntryBytes) }));
          return;
        }
        chunks.push(chunk);
      });
      helper.on('error', (e: unknown) => {
        fail(new AppError('docx.truncated', { part: name, reason: e instanceof Error ? e.message : String(e) }, e));
      });
      helper.on('end', () => {
        if (settled) return;
        settled = true;
        resolve(concat(chunks, size));
      });
      helper.resume();
    });
  }

  async function readBytes(name: string): Promise<Uint8Array | null> {
    const stored = find(name);
    if (stored === null) return null;
    return inflate(stored, zip.files[stored]);
  }

  async function readText(name: string): Promise<string | null> {
    const data = await readBytes(name);
    if (data === null) return null;
    return decodeXmlBytes(data, find(name) ?? name);
  }

  return { zip, names, find, readBytes, readText };
}

/** XML bytes to a string: UTF-8 (BOM optional) or UTF-16 with a BOM; invalid bytes are an XML error. */
export function decodeXmlBytes(data: Uint8Array, part: string): string {
  let encoding = 'utf-8';
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) encoding = 'utf-16le';
  else if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) encoding = 'utf-16be';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(data);
  } catch (e) {
    throw new AppError('docx.badXml', { part, detail: 'invalid ' + encoding.toUpperCase() }, e);
  }
}
