/**
 * The fast reading path of a .docx package (openPackageForReading): it must read exactly what JSZip reads,
 * keep every limit (a declared size is a promise the stream must keep), and hand anything unusual
 * (zip64, encryption, Unicode path fields) to the JSZip path, which decides as before.
 */
import JSZip from 'jszip';
import { deflateRaw } from 'pako';
import { isAppError, type AppError } from '../../src/core/errors';
import { DEFAULT_LIMITS, resolveLimits } from '../../src/docx/limits';
import type { ReportData } from '../../src/docx/reportData';
import { writeTemplateDocx } from '../../src/docx/write';
import { openPackageForReading, type PackageReader } from '../../src/docx/zip';
import { pngHeader } from '../support/docxBuilder';
import { vietnameseProse } from '../support/prose';

const utf8 = new TextEncoder();

interface RawEntry {
  name: string;
  data: Uint8Array;
  /** 0 stored, 8 deflated (default). */
  method?: 0 | 8;
  /** General purpose flags (bit 0: encrypted). */
  flags?: number;
  /** The uncompressed size written in the headers (default: the true size). */
  declared?: number;
  /** Extra field bytes, in both the local and the central header. */
  extra?: Uint8Array;
  /** The compressed bytes as written (default: `data` deflated, or as is when stored). */
  compressed?: Uint8Array;
  /** Write 0xFFFFFFFF sizes in the headers and the true ones in a zip64 extra field. */
  zip64Sizes?: boolean;
}

/** A minimal zip writer, so each header field can be set (or made to lie) on purpose. */
function buildZip(entries: RawEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const method = e.method ?? 8;
    const body = e.compressed ?? (method === 8 ? deflateRaw(e.data) : e.data);
    const name = utf8.encode(e.name);
    const declared = e.declared ?? e.data.length;
    let extra = e.extra ?? new Uint8Array(0);
    let usize = declared;
    let csize = body.length;
    if (e.zip64Sizes) {
      const z = new DataView(new ArrayBuffer(20));
      z.setUint16(0, 0x0001, true);
      z.setUint16(2, 16, true);
      z.setBigUint64(4, BigInt(declared), true);
      z.setBigUint64(12, BigInt(body.length), true);
      extra = new Uint8Array(z.buffer);
      usize = 0xffffffff;
      csize = 0xffffffff;
    }
    const local = new DataView(new ArrayBuffer(30 + name.length + extra.length));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, e.flags ?? 0, true);
    local.setUint16(8, method, true);
    local.setUint16(12, 0x21, true); // 1980-01-01
    local.setUint32(18, csize, true);
    local.setUint32(22, usize, true);
    local.setUint16(26, name.length, true);
    local.setUint16(28, extra.length, true);
    const localBytes = new Uint8Array(local.buffer);
    localBytes.set(name, 30);
    localBytes.set(extra, 30 + name.length);
    const central = new DataView(new ArrayBuffer(46 + name.length + extra.length));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 20, true);
    central.setUint16(6, 20, true);
    central.setUint16(8, e.flags ?? 0, true);
    central.setUint16(10, method, true);
    central.setUint16(14, 0x21, true);
    central.setUint32(20, csize, true);
    central.setUint32(24, usize, true);
    central.setUint16(28, name.length, true);
    central.setUint16(30, extra.length, true);
    central.setUint32(42, offset, true);
    const centralBytes = new Uint8Array(central.buffer);
    centralBytes.set(name, 46);
    centralBytes.set(extra, 46 + name.length);
    locals.push(localBytes, body);
    centrals.push(centralBytes);
    offset += localBytes.length + body.length;
  }
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const eocd = new DataView(new ArrayBuffer(22));
  eocd.setUint32(0, 0x06054b50, true);
  eocd.setUint16(8, entries.length, true);
  eocd.setUint16(10, entries.length, true);
  eocd.setUint32(12, cdSize, true);
  eocd.setUint32(16, offset, true);
  const parts = [...locals, ...centrals, new Uint8Array(eocd.buffer)];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** True when the reader came from the fast path (the JSZip path's reader carries its `zip`). */
function isFast(reader: PackageReader): boolean {
  return !('zip' in reader);
}

async function caught(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (e) {
    if (isAppError(e)) return e;
    throw new Error(`expected an AppError, got ${String(e)}`);
  }
  throw new Error('expected an error, got none');
}

/** Every file entry of `bytes` as JSZip reads it, in zip order. */
async function jszipContents(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, await file.async('uint8array'));
  return out;
}

let loadAsync: jest.SpyInstance;
beforeEach(() => {
  loadAsync = jest.spyOn(JSZip, 'loadAsync');
});
afterEach(() => {
  loadAsync.mockRestore();
});

const filled: ReportData = {
  kind: 'individual',
  fields: { hoTen: 'NGUYỄN THỊ MAI', sinhNam: '1978', chucVuDonVi: 'Giáo viên Trường Tiểu học Lê Văn Tám, Quận 3' },
  summary: vietnameseProse(1200, 7),
  models: [
    {
      ten: 'Mô hình “Lớp học hạnh phúc”',
      donVi: 'Tổ khối 4',
      moTa: vietnameseProse(40, 11).join(' '),
      loTrinh: 'Tháng 9/2025: khảo sát; tháng 10: thí điểm.',
      ketQua: vietnameseProse(30, 12).join(' '),
    },
  ],
  photo: { bytes: pngHeader(300, 400) },
};

describe('openPackageForReading on real packages: the same contents as JSZip', () => {
  const cases: [string, () => Promise<Uint8Array>][] = [
    ['empty individual template', () => writeTemplateDocx('individual')],
    ['empty collective template', () => writeTemplateDocx('collective')],
    ['filled individual report with a photo', () => writeTemplateDocx('individual', filled)],
  ];
  for (const [label, make] of cases) {
    it(`${label}: read on the fast path, byte for byte as JSZip`, async () => {
      const bytes = await make();
      const expected = await jszipContents(bytes);
      loadAsync.mockClear();
      const reader = await openPackageForReading(bytes, DEFAULT_LIMITS);
      expect(isFast(reader)).toBe(true);
      expect(reader.names).toEqual([...expected.keys()]);
      for (const [name, data] of expected) expect(await reader.readBytes(name)).toEqual(data);
      expect(loadAsync).not.toHaveBeenCalled();
    });
  }

  it('finds parts case-insensitively and with a leading slash, decodes Vietnamese text as NFC UTF-8', async () => {
    const reader = await openPackageForReading(await writeTemplateDocx('individual', filled), DEFAULT_LIMITS);
    expect(reader.find('/WORD/Document.XML')).toBe('word/document.xml');
    expect(reader.find('word/missing.xml')).toBeNull();
    expect(await reader.readBytes('word/missing.xml')).toBeNull();
    const text = await reader.readText('word/document.xml');
    expect(text).toContain('NGUYỄN THỊ MAI');
    expect(text).toBe(text?.normalize('NFC'));
  });

  it('reads a package re-zipped without compression (stored entries) the same way', async () => {
    const original = await writeTemplateDocx('collective');
    const zip = await JSZip.loadAsync(original);
    const stored = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
    loadAsync.mockClear();
    const reader = await openPackageForReading(stored, DEFAULT_LIMITS);
    expect(isFast(reader)).toBe(true);
    for (const [name, data] of await jszipContents(original)) expect(await reader.readBytes(name)).toEqual(data);
  });
});

describe('openPackageForReading on crafted entries', () => {
  const xml = utf8.encode('<?xml version="1.0" encoding="UTF-8"?><w:document>Trường Tiểu học</w:document>');

  it('reads stored (method 0) and deflated entries, empty ones included', async () => {
    const bytes = buildZip([
      { name: 'word/document.xml', data: xml, method: 0 },
      { name: 'word/deflated.xml', data: xml },
      { name: 'empty.txt', data: new Uint8Array(0) },
      { name: 'empty-stored.txt', data: new Uint8Array(0), method: 0 },
    ]);
    const reader = await openPackageForReading(bytes, DEFAULT_LIMITS);
    expect(isFast(reader)).toBe(true);
    expect(reader.names).toEqual(['word/document.xml', 'word/deflated.xml', 'empty.txt', 'empty-stored.txt']);
    expect(await reader.readBytes('word/document.xml')).toEqual(xml);
    expect(await reader.readBytes('word/deflated.xml')).toEqual(xml);
    expect(await reader.readBytes('empty.txt')).toEqual(new Uint8Array(0));
    expect(await reader.readBytes('empty-stored.txt')).toEqual(new Uint8Array(0));
    expect(loadAsync).not.toHaveBeenCalled();
  });

  it('refuses a deflated entry that inflates beyond its declared size (a lying entry) as a zip bomb', async () => {
    const big = new Uint8Array(200_000).fill(0x41);
    const bytes = buildZip([
      { name: 'word/document.xml', data: xml },
      { name: 'word/lying.xml', data: big, declared: 1000 },
    ]);
    const reader = await openPackageForReading(bytes, DEFAULT_LIMITS);
    expect(await reader.readBytes('word/document.xml')).toEqual(xml);
    expect(loadAsync).not.toHaveBeenCalled();
    const error = await caught(reader.readBytes('word/lying.xml'));
    expect(error.messageKey).toBe('docx.zipBomb');
    // The fast path stopped and handed over: the JSZip path gave the verdict.
    expect(loadAsync).toHaveBeenCalledTimes(1);
  });

  it('refuses an entry lying by a single byte', async () => {
    const data = utf8.encode('x'.repeat(5000));
    const reader = await openPackageForReading(
      buildZip([{ name: 'a.xml', data, declared: data.length - 1 }]),
      DEFAULT_LIMITS,
    );
    expect((await caught(reader.readBytes('a.xml'))).messageKey).toBe('docx.zipBomb');
  });

  it('accepts an entry inflating to exactly its declared size, chunk boundary included', async () => {
    const data = new Uint8Array((1 << 20) + 1);
    for (let i = 0; i < data.length; i++) data[i] = (i * 31) % 251;
    const reader = await openPackageForReading(buildZip([{ name: 'media/big.bin', data }]), DEFAULT_LIMITS);
    expect(isFast(reader)).toBe(true);
    const read = await reader.readBytes('media/big.bin');
    // Compared as Buffers: an element-wise toEqual on a megabyte takes seconds.
    expect(read && Buffer.from(read).equals(Buffer.from(data))).toBe(true);
    expect(read?.length).toBe(data.length);
    expect(loadAsync).not.toHaveBeenCalled();
  });

  it('stops a bomb hidden behind a small declared size (50 MB of zeros declared as 1 KB)', async () => {
    const zeros = new Uint8Array(50 * 1024 * 1024);
    const bytes = buildZip([{ name: 'word/document.xml', data: zeros, declared: 1024 }]);
    expect(bytes.length).toBeLessThan(100_000);
    const reader = await openPackageForReading(bytes, DEFAULT_LIMITS);
    expect((await caught(reader.readBytes('word/document.xml'))).messageKey).toBe('docx.zipBomb');
  });

  it('refuses when the inflated total passes the limit, even with honest declared sizes', async () => {
    const data = new Uint8Array(6000).fill(0x20);
    const limits = resolveLimits({ maxTotalBytes: 10_000 });
    const reader = await openPackageForReading(
      buildZip([
        { name: 'a.xml', data },
        { name: 'b.xml', data: data.subarray(0, 3000) },
      ]),
      limits,
    );
    expect(isFast(reader)).toBe(true);
    expect(await reader.readBytes('a.xml')).toEqual(data);
    expect(await reader.readBytes('b.xml')).toEqual(data.subarray(0, 3000));
    // Reading a.xml again would pass 10,000 inflated bytes in all.
    expect((await caught(reader.readBytes('a.xml'))).messageKey).toBe('docx.zipBomb');
  });

  it('hands a corrupt deflate stream to the JSZip path, which refuses it', async () => {
    const bytes = buildZip([{ name: 'word/document.xml', data: xml }]);
    // The first byte of the deflate data: block type 3 does not exist.
    bytes[30 + 'word/document.xml'.length] = 0x07;
    const reader = await openPackageForReading(bytes, DEFAULT_LIMITS);
    const error = await caught(reader.readBytes('word/document.xml'));
    expect(error.messageKey).toBe('docx.truncated');
    expect(loadAsync).toHaveBeenCalledTimes(1);
  });

  it('hands a deflate stream cut short to the JSZip path instead of returning part of it', async () => {
    const data = utf8.encode(vietnameseProse(300, 3).join('\n'));
    const full = deflateRaw(data);
    const cut = full.subarray(0, Math.floor(full.length / 2));
    const bytes = buildZip([{ name: 'word/document.xml', data, compressed: cut }]);
    const reader = await openPackageForReading(bytes, DEFAULT_LIMITS);
    expect(isFast(reader)).toBe(true);
    await expect(reader.readBytes('word/document.xml')).rejects.toBeTruthy();
    expect(loadAsync).toHaveBeenCalledTimes(1);
  });

  it('delegates an encrypted entry (flag bit 0) to the JSZip path, which refuses it', async () => {
    const bytes = buildZip([{ name: 'word/document.xml', data: xml, flags: 0x0001 }]);
    const error = await caught(openPackageForReading(bytes, DEFAULT_LIMITS));
    expect(error.messageKey).toBe('docx.truncated');
    expect(loadAsync).toHaveBeenCalledTimes(1);
  });

  it('delegates zip64 size fields to the JSZip path, which reads them', async () => {
    const bytes = buildZip([{ name: 'word/document.xml', data: xml, zip64Sizes: true }]);
    const reader = await openPackageForReading(bytes, DEFAULT_LIMITS);
    expect(isFast(reader)).toBe(false);
    expect(loadAsync).toHaveBeenCalledTimes(1);
    expect(await reader.readBytes('word/document.xml')).toEqual(xml);
  });

  it('delegates a zip64 size field that lies, and the JSZip path refuses it as a zip bomb', async () => {
    const big = new Uint8Array(100_000).fill(0x41);
    const bytes = buildZip([{ name: 'word/document.xml', data: big, declared: 10, zip64Sizes: true }]);
    const reader = await openPackageForReading(bytes, DEFAULT_LIMITS);
    expect(isFast(reader)).toBe(false);
    expect((await caught(reader.readBytes('word/document.xml'))).messageKey).toBe('docx.zipBomb');
  });

  it('delegates an entry with an Info-ZIP Unicode path field (JSZip may rename it)', async () => {
    const name = utf8.encode('word/document.xml');
    const field = new Uint8Array([0x75, 0x70, 5 + name.length, 0x00, 0x01, 0, 0, 0, 0, ...name]);
    const bytes = buildZip([{ name: 'word/document.xml', data: xml, extra: field }]);
    const reader = await openPackageForReading(bytes, DEFAULT_LIMITS);
    expect(isFast(reader)).toBe(false);
  });

  it('keeps harmless extra fields (extended timestamp) on the fast path', async () => {
    const field = new Uint8Array([0x55, 0x54, 0x05, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00]);
    const bytes = buildZip([{ name: 'word/document.xml', data: xml, extra: field }]);
    const reader = await openPackageForReading(bytes, DEFAULT_LIMITS);
    expect(isFast(reader)).toBe(true);
    expect(await reader.readBytes('word/document.xml')).toEqual(xml);
  });

  it('delegates non-ASCII entry names (JSZip decodes them) and still finds the part', async () => {
    const bytes = buildZip([{ name: 'media/ảnh thẻ.png', data: pngHeader(3, 4), flags: 0x0800 }]);
    const reader = await openPackageForReading(bytes, DEFAULT_LIMITS);
    expect(isFast(reader)).toBe(false);
    expect(reader.find('media/ảnh thẻ.png')).toBe('media/ảnh thẻ.png');
  });
});
