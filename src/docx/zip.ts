/**
 * Safe opening of a .docx (OPC zip) package from bytes: signature checks, input size, entry count and
 * declared inflated sizes checked from the central directory before anything is inflated, and the same limits
 * enforced again while inflating (a declared size can lie). No entry is refused for its compression ratio
 * alone (a 3.2 MB white BMP deflates 1013:1 and is a real picture): what inflation actually produces
 * is judged against the size limits here and the XML caps in xml.ts, and only the parts the reader needs are
 * ever inflated.
 * Browser and Node alike: Uint8Array only.
 */
import JSZip from 'jszip';
import { Inflate } from 'pako';
import { AppError } from '../core/errors';
import { type DocxLimits, toMb } from './limits';

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

/** Read access to a package's parts (what readDocx needs). */
export interface PackageReader {
  /** File entry names in zip order. */
  readonly names: readonly string[];
  /** The stored name of a part, looked up case-insensitively as OPC requires; null when absent. */
  find(name: string): string | null;
  /** The inflated bytes of a part (counted against the limits); null when absent. */
  readBytes(name: string): Promise<Uint8Array | null>;
  /** A part decoded as XML text (UTF-8, or UTF-16 with a BOM); null when absent. */
  readText(name: string): Promise<string | null>;
}

/** A package opened with JSZip, for reading and editing. */
export interface DocxPackage extends PackageReader {
  readonly zip: JSZip;
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
export async function openPackage(bytes: Uint8Array, limits: DocxLimits, alreadyInflated = 0): Promise<DocxPackage> {
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
    declaredTotal += sizes.uncompressed;
    if (declaredTotal > limits.maxTotalBytes) {
      throw new AppError('docx.zipBomb', { sizeMb: toMb(declaredTotal), limitMb: toMb(limits.maxTotalBytes) });
    }
  }

  let inflatedTotal = alreadyInflated;

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

/** Strict decoders, reused (decoding without `stream` keeps no state between calls). */
const decoders = new Map<string, TextDecoder>();

/** XML bytes to a string: UTF-8 (BOM optional) or UTF-16 with a BOM; invalid bytes are an XML error. */
export function decodeXmlBytes(data: Uint8Array, part: string): string {
  let encoding = 'utf-8';
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) encoding = 'utf-16le';
  else if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) encoding = 'utf-16be';
  try {
    let decoder = decoders.get(encoding);
    if (!decoder) {
      decoder = new TextDecoder(encoding, { fatal: true });
      decoders.set(encoding, decoder);
    }
    return decoder.decode(data);
  } catch (e) {
    throw new AppError('docx.badXml', { part, detail: 'invalid ' + encoding.toUpperCase() }, e);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Fast reading path: the central directory parsed directly and entries inflated synchronously with pako
// (raw DEFLATE, RFC 1951), never beyond the declared size. It only handles plain, consistent packages; anything
// unusual (zip64, encryption, odd names, a limit reached, a corrupt or lying stream) is handed to the JSZip
// path above, which decides exactly as before.

/** Thrown inside the fast path only: "let the JSZip path decide". */
class Delegate extends Error {}

/** Output chunks are at most this large, so a lying declared size does not reserve its whole claim at once. */
const MAX_CHUNK = 1 << 20;

/**
 * Inflates raw DEFLATE `input` (pako, a port of zlib) into at most `capacity` bytes, the entry's declared size.
 * Throws Delegate on corrupt or truncated data, and as soon as the output grows beyond `capacity` (a lying
 * entry or a bomb): the chunk callback throws, which stops pako mid-stream.
 */
function inflateBounded(input: Uint8Array, capacity: number): Uint8Array {
  // One byte more than the declared size: an honest entry ends in a single, never-full chunk.
  const inflator = new Inflate({ raw: true, chunkSize: Math.min(capacity + 1, MAX_CHUNK) });
  const chunks: Uint8Array[] = [];
  let size = 0;
  inflator.onData = (chunk) => {
    const bytes = chunk as Uint8Array;
    size += bytes.length;
    if (size > capacity) throw new Delegate('larger than declared');
    chunks.push(bytes);
  };
  // pako calls onEnd once the stream is over (0: complete); a stream cut short never reports 0.
  let endStatus: number | null = null;
  const defaultOnEnd = inflator.onEnd.bind(inflator);
  inflator.onEnd = (status) => {
    endStatus = status;
    defaultOnEnd(status);
  };
  if (!inflator.push(input, true) || endStatus !== 0) throw new Delegate(inflator.msg || 'unexpected end of data');
  return concat(chunks, size);
}

interface FastEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  dataStart: number;
}

/** An entry name JSZip would keep exactly as stored: ASCII, no '.', '..' or empty segments, not an array index. */
function plainName(name: string): boolean {
  if (name === '' || /^(?:0|[1-9]\d*)$/.test(name)) return false;
  const segments = name.split('/');
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k];
    if (seg === '.' || seg === '..' || (seg === '' && k !== segments.length - 1)) return false;
  }
  return true;
}

/** The entries of a plain zip, in central directory order; null when anything is unusual. */
function fastEntries(bytes: Uint8Array, limits: DocxLimits): FastEntry[] | null {
  let eocd = -1;
  for (let i = bytes.length - EOCD_MIN; i >= 0 && i >= bytes.length - EOCD_MIN - 0xffff; i--) {
    if (u32(bytes, i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const disk = u16(bytes, eocd + 4);
  const cdDisk = u16(bytes, eocd + 6);
  const onDisk = u16(bytes, eocd + 8);
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (disk !== 0 || cdDisk !== 0 || onDisk !== count || count === 0xffff || cdOffset + cdSize !== eocd) return null;
  const out: FastEntry[] = [];
  const seen = new Set<string>();
  let declaredTotal = 0;
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || u32(bytes, p) !== 0x02014b50) return null;
    const madeBy = u16(bytes, p + 4) >> 8;
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const compressedSize = u32(bytes, p + 20);
    const uncompressedSize = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    const diskStart = u16(bytes, p + 34);
    const external = u32(bytes, p + 38);
    const local = u32(bytes, p + 42);
    const next = p + 46 + nameLen + extraLen + commentLen;
    if (next > eocd || diskStart !== 0 || (flags & 0x0001) !== 0 || (method !== 0 && method !== 8)) return null;
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || local === 0xffffffff) return null;
    // Any extra field (zip64 sizes, a Unicode path…) could change what JSZip reads: only bare entries here.
    if (extraLen !== 0 && !extraFieldsHarmless(bytes, p + 46 + nameLen, extraLen)) return null;
    let name = '';
    for (let k = 0; k < nameLen; k++) {
      const b = bytes[p + 46 + k];
      if (b >= 0x80 || b === 0x5c || b < 0x20) return null;
      name += String.fromCharCode(b);
    }
    // JSZip takes the name from the local header: it must say the same.
    if (local + 30 > cdOffset || u32(bytes, local) !== 0x04034b50) return null;
    const localNameLen = u16(bytes, local + 26);
    const localExtraLen = u16(bytes, local + 28);
    if (localNameLen !== nameLen) return null;
    for (let k = 0; k < nameLen; k++) if (bytes[local + 30 + k] !== bytes[p + 46 + k]) return null;
    const dataStart = local + 30 + nameLen + localExtraLen;
    if (dataStart + compressedSize > cdOffset) return null;
    if (!plainName(name) || seen.has(name)) return null;
    seen.add(name);
    p = next;
    const dir = (external & 0x0010) !== 0 || name.endsWith('/') || (madeBy === 3 && ((external >>> 16) & 0xf000) === 0x4000);
    if (dir) continue;
    if (method === 0 && compressedSize !== uncompressedSize) return null;
    // The same limits as the JSZip path; when one is reached, that path gives the exact message.
    if (out.length + 1 > limits.maxEntries || uncompressedSize > limits.maxEntryBytes) return null;
    declaredTotal += uncompressedSize;
    if (declaredTotal > limits.maxTotalBytes) return null;
    out.push({ name, method, compressedSize, uncompressedSize, dataStart });
  }
  if (p !== eocd) return null;
  return out;
}

/** Extra fields JSZip ignores for names and sizes (everything but zip64 0x0001 and Info-ZIP Unicode 0x7075/0x6375). */
function extraFieldsHarmless(bytes: Uint8Array, start: number, length: number): boolean {
  let q = start;
  const end = start + length;
  while (q + 4 <= end) {
    const id = u16(bytes, q);
    const size = u16(bytes, q + 2);
    if (id === 0x0001 || id === 0x7075 || id === 0x6375) return false;
    q += 4 + size;
  }
  return q === end;
}

/**
 * Opens a package for reading only (no JSZip object, so not for editing): the same checks, limits and
 * messages as openPackage, with plain packages read synchronously and much faster.
 */
export async function openPackageForReading(bytes: Uint8Array, limits: DocxLimits): Promise<PackageReader> {
  checkSignature(bytes, limits);
  const entries = fastEntries(bytes, limits);
  if (!entries) return openPackage(bytes, limits);
  const byName = new Map<string, FastEntry>();
  const byLower = new Map<string, string>();
  const names: string[] = [];
  for (const e of entries) {
    names.push(e.name);
    byName.set(e.name, e);
    const lower = e.name.toLowerCase();
    if (!byLower.has(lower)) byLower.set(lower, e.name);
  }
  let inflatedTotal = 0;
  let slow: Promise<DocxPackage> | null = null;

  function find(name: string): string | null {
    const clean = name.replace(/^\/+/, '');
    if (byName.has(clean)) return clean;
    return byLower.get(clean.toLowerCase()) ?? null;
  }

  async function readBytes(name: string): Promise<Uint8Array | null> {
    const stored = find(name);
    if (stored === null) return null;
    const e = byName.get(stored) as FastEntry;
    const raw = bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
    try {
      const data = e.method === 0 ? raw.slice() : inflateBounded(raw, e.uncompressedSize);
      if (inflatedTotal + data.length > limits.maxTotalBytes) throw new Delegate('total inflated size');
      inflatedTotal += data.length;
      return data;
    } catch (error) {
      if (!(error instanceof Delegate)) throw error;
      // Corrupt, lying or over the limits: the JSZip path reads it and says why, exactly as before.
      slow ??= openPackage(bytes, limits, inflatedTotal);
      return (await slow).readBytes(stored);
    }
  }

  async function readText(name: string): Promise<string | null> {
    const data = await readBytes(name);
    if (data === null) return null;
    return decodeXmlBytes(data, find(name) ?? name);
  }

  return { names, find, readBytes, readText };
}
