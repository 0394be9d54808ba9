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
    if (sizes.uncompressed >= RATIO_MIN_BYTES && sizes.uncompressed > MAX_COMPRESSION_RATIO * Math.max(1, sizes.compressed)) {
      throw new AppError('docx.zipBomb', { part: name, ratio: Math.round(sizes.uncompressed / Math.max(1, sizes.compressed)) });
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
// Fast reading path: the central directory parsed directly and entries inflated synchronously (raw DEFLATE,
// RFC 1951) into a buffer of exactly the declared size. It only handles plain, consistent packages; anything
// unusual (zip64, encryption, odd names, a limit reached, a corrupt or lying stream) is handed to the JSZip
// path above, which decides exactly as before.

/** Thrown inside the fast path only: "let the JSZip path decide". */
class Delegate extends Error {}

const LEN_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** A Huffman decoding table indexed by the next `bits` input bits; entry = symbol << 4 | code length (0: invalid). */
interface Huffman {
  table: Int32Array;
  bits: number;
}

/** Canonical Huffman table from code lengths, refusing the code sets zlib refuses. */
function huffman(lengths: ArrayLike<number>, count: number, allowIncomplete: boolean): Huffman {
  const perLength = new Array<number>(16).fill(0);
  let max = 0;
  for (let s = 0; s < count; s++) {
    perLength[lengths[s]]++;
    if (lengths[s] > max) max = lengths[s];
  }
  perLength[0] = 0;
  let left = 1;
  for (let len = 1; len <= 15; len++) {
    left = left * 2 - perLength[len];
    if (left < 0) throw new Delegate('over-subscribed code');
  }
  if (left > 0 && max > 0 && !(allowIncomplete && max === 1)) throw new Delegate('incomplete code');
  const bits = Math.max(max, 1);
  const table = new Int32Array(1 << bits);
  const next = new Array<number>(16).fill(0);
  let code = 0;
  for (let len = 1; len <= 15; len++) {
    code = (code + perLength[len - 1]) << 1;
    next[len] = code;
  }
  for (let s = 0; s < count; s++) {
    const len = lengths[s];
    if (len === 0) continue;
    let c = next[len]++;
    let reversed = 0;
    for (let k = 0; k < len; k++) {
      reversed = (reversed << 1) | (c & 1);
      c >>>= 1;
    }
    const entry = (s << 4) | len;
    for (let r = reversed; r < table.length; r += 1 << len) table[r] = entry;
  }
  return { table, bits };
}

let fixedTables: { lit: Huffman; dist: Huffman } | null = null;
function fixed(): { lit: Huffman; dist: Huffman } {
  if (!fixedTables) {
    const lit = new Uint8Array(288);
    lit.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
    fixedTables = { lit: huffman(lit, 288, false), dist: huffman(new Uint8Array(32).fill(5), 32, false) };
  }
  return fixedTables;
}

/**
 * Inflates raw DEFLATE `input` into at most `capacity` bytes; throws Delegate on corrupt data, on running
 * out of input, or when the output would exceed `capacity` (the declared size: a lying entry).
 */
export function inflateRaw(input: Uint8Array, capacity: number): Uint8Array {
  const out = new Uint8Array(capacity);
  const inLen = input.length;
  let outPos = 0;
  let inPos = 0;
  let bitBuf = 0;
  let bitCnt = 0;
  const need = (n: number): void => {
    while (bitCnt < n) {
      if (inPos >= inLen + 4) throw new Delegate('unexpected end of data');
      bitBuf |= (inPos < inLen ? input[inPos] : 0) << bitCnt;
      inPos++;
      bitCnt += 8;
    }
  };
  const take = (n: number): number => {
    need(n);
    const v = bitBuf & ((1 << n) - 1);
    bitBuf >>>= n;
    bitCnt -= n;
    return v;
  };
  const decode = (h: Huffman): number => {
    need(h.bits);
    const e = h.table[bitBuf & ((1 << h.bits) - 1)];
    const len = e & 15;
    if (len === 0) throw new Delegate('invalid code');
    bitBuf >>>= len;
    bitCnt -= len;
    return e >>> 4;
  };
  let final = 0;
  while (!final) {
    final = take(1);
    const type = take(2);
    if (type === 0) {
      // Stored block: drop to the byte boundary, give back whole bytes still in the bit buffer.
      bitBuf = 0;
      inPos -= bitCnt >> 3;
      bitCnt = 0;
      if (inPos + 4 > inLen) throw new Delegate('unexpected end of data');
      const len = input[inPos] | (input[inPos + 1] << 8);
      const nlen = input[inPos + 2] | (input[inPos + 3] << 8);
      if ((len ^ 0xffff) !== nlen) throw new Delegate('invalid stored block lengths');
      inPos += 4;
      if (inPos + len > inLen) throw new Delegate('unexpected end of data');
      if (outPos + len > capacity) throw new Delegate('larger than declared');
      out.set(input.subarray(inPos, inPos + len), outPos);
      inPos += len;
      outPos += len;
      continue;
    }
    let lit: Huffman;
    let dist: Huffman;
    if (type === 1) {
      ({ lit, dist } = fixed());
    } else if (type === 2) {
      const hlit = take(5) + 257;
      const hdist = take(5) + 1;
      const hclen = take(4) + 4;
      if (hlit > 286 || hdist > 30) throw new Delegate('too many length or distance symbols');
      const clLengths = new Uint8Array(19);
      for (let k = 0; k < hclen; k++) clLengths[CL_ORDER[k]] = take(3);
      const cl = huffman(clLengths, 19, false);
      const lengths = new Uint8Array(hlit + hdist);
      for (let k = 0; k < hlit + hdist; ) {
        const sym = decode(cl);
        if (sym < 16) {
          lengths[k++] = sym;
          continue;
        }
        let repeat: number;
        let value = 0;
        if (sym === 16) {
          if (k === 0) throw new Delegate('repeat with no first length');
          value = lengths[k - 1];
          repeat = 3 + take(2);
        } else if (sym === 17) repeat = 3 + take(3);
        else repeat = 11 + take(7);
        if (k + repeat > hlit + hdist) throw new Delegate('invalid bit length repeat');
        lengths.fill(value, k, k + repeat);
        k += repeat;
      }
      if (lengths[256] === 0) throw new Delegate('missing end-of-block code');
      lit = huffman(lengths.subarray(0, hlit), hlit, true);
      dist = huffman(lengths.subarray(hlit), hdist, true);
    } else {
      throw new Delegate('invalid block type');
    }
    // The hot loop works on local copies of the bit reader (closures' variables are slower to reach).
    const litTable = lit.table;
    const litMask = (1 << lit.bits) - 1;
    const litBits = lit.bits;
    const distTable = dist.table;
    const distMask = (1 << dist.bits) - 1;
    const distBits = dist.bits;
    let bb = bitBuf;
    let bc = bitCnt;
    let ip = inPos;
    for (;;) {
      while (bc < litBits) {
        if (ip >= inLen + 4) throw new Delegate('unexpected end of data');
        bb |= (ip < inLen ? input[ip] : 0) << bc;
        ip++;
        bc += 8;
      }
      const e = litTable[bb & litMask];
      const el = e & 15;
      if (el === 0) throw new Delegate('invalid code');
      bb >>>= el;
      bc -= el;
      const sym = e >>> 4;
      if (sym < 256) {
        if (outPos >= capacity) throw new Delegate('larger than declared');
        out[outPos++] = sym;
        continue;
      }
      if (sym === 256) break;
      const li = sym - 257;
      if (li >= 29) throw new Delegate('invalid literal/length code');
      let length = LEN_BASE[li];
      const lx = LEN_EXTRA[li];
      if (lx) {
        while (bc < lx) {
          if (ip >= inLen + 4) throw new Delegate('unexpected end of data');
          bb |= (ip < inLen ? input[ip] : 0) << bc;
          ip++;
          bc += 8;
        }
        length += bb & ((1 << lx) - 1);
        bb >>>= lx;
        bc -= lx;
      }
      while (bc < distBits) {
        if (ip >= inLen + 4) throw new Delegate('unexpected end of data');
        bb |= (ip < inLen ? input[ip] : 0) << bc;
        ip++;
        bc += 8;
      }
      const d = distTable[bb & distMask];
      const dl = d & 15;
      if (dl === 0) throw new Delegate('invalid code');
      bb >>>= dl;
      bc -= dl;
      const di = d >>> 4;
      if (di >= 30) throw new Delegate('invalid distance code');
      let distance = DIST_BASE[di];
      const dx = DIST_EXTRA[di];
      if (dx) {
        while (bc < dx) {
          if (ip >= inLen + 4) throw new Delegate('unexpected end of data');
          bb |= (ip < inLen ? input[ip] : 0) << bc;
          ip++;
          bc += 8;
        }
        distance += bb & ((1 << dx) - 1);
        bb >>>= dx;
        bc -= dx;
      }
      if (distance > outPos) throw new Delegate('invalid distance too far back');
      if (outPos + length > capacity) throw new Delegate('larger than declared');
      if (distance >= length && length > 32) {
        out.copyWithin(outPos, outPos - distance, outPos - distance + length);
        outPos += length;
      } else {
        for (let k = 0; k < length; k++, outPos++) out[outPos] = out[outPos - distance];
      }
    }
    bitBuf = bb;
    bitCnt = bc;
    inPos = ip;
  }
  // Bytes peeked beyond the end of the input must not have been consumed.
  if (inPos - (bitCnt >> 3) > inLen) throw new Delegate('unexpected end of data');
  return outPos === capacity ? out : out.subarray(0, outPos);
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
    if (uncompressedSize >= RATIO_MIN_BYTES && uncompressedSize > MAX_COMPRESSION_RATIO * Math.max(1, compressedSize)) return null;
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
      const data = e.method === 0 ? raw.slice() : inflateRaw(raw, e.uncompressedSize);
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
