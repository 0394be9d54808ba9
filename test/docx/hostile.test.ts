import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { readDocx } from '../../src/docx/read';
import { editDocx } from '../../src/docx/edit';
import { isAppError, type AppError } from '../../src/core/errors';
import { hasMessage, t } from '../../src/core/i18n';
import { buildDocx, documentXml, p } from '../support/docxBuilder';

const DIR = join(__dirname, '..', 'fixtures', 'hostile');
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<
  string,
  { error?: string; snapshot?: Record<string, unknown> }
>;

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(DIR, name)));
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

describe('hostile fixtures (test/fixtures/hostile/expected.json)', () => {
  it('lists every fixture file and every listed file exists', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.docx')).sort();
    expect(Object.keys(expected).sort()).toEqual(files);
  });

  for (const [name, outcome] of Object.entries(expected)) {
    if (outcome.error) {
      it(`${name} -> ${outcome.error}`, async () => {
        const error = await caught(readDocx(fixture(name)));
        expect(error.messageKey).toBe(outcome.error);
        expect(hasMessage(error.messageKey)).toBe(true);
        // The user sees one clear, filled-in line in each language.
        for (const lang of ['vi', 'en'] as const) expect(t(error.messageKey, error.params, lang)).not.toMatch(/\{\w+\}|\n/);
      });
      it(`${name} is refused by the editor too`, async () => {
        expect((await caught(editDocx(fixture(name), { fields: { hoTen: 'A' } }))).messageKey).toBe(outcome.error);
      });
    } else {
      it(`${name} reads with ${JSON.stringify(outcome.snapshot)}`, async () => {
        expect(await readDocx(fixture(name))).toMatchObject(outcome.snapshot ?? {});
      });
    }
  }
});

describe('hostile input details', () => {
  it('refuses a 50 MB file by its size, before unzipping it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bctt-hostile-'));
    try {
      const zip = new JSZip();
      const big = new Uint8Array(50 * 1024 * 1024);
      for (let i = 0; i < big.length; i += 4096) big[i] = (i * 2654435761) >>> 24;
      zip.file('word/document.xml', documentXml(p('x')));
      zip.file('word/media/big.bin', big, { compression: 'STORE' });
      const path = join(dir, 'big.docx');
      writeFileSync(path, await zip.generateAsync({ type: 'uint8array', compression: 'STORE' }));
      const error = await caught(readDocx(new Uint8Array(readFileSync(path))));
      expect(error.messageKey).toBe('docx.tooLarge');
      expect(error.params).toEqual({ sizeMb: 50, limitMb: 25 });
      expect(t(error.messageKey, error.params, 'vi')).toContain('50 MB');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says "encrypted or old .doc" for OLE files', async () => {
    const error = await caught(readDocx(fixture('encrypted-ole.docx')));
    expect(t(error.messageKey, error.params, 'vi')).toContain('.doc');
    expect(t(error.messageKey, error.params, 'en')).toMatch(/password|\.doc/);
  });

  it('names the broken part and the parser detail for malformed XML', async () => {
    const error = await caught(readDocx(fixture('bad-xml.docx')));
    expect(error.params.part).toBe('word/document.xml');
    expect(String(error.params.detail)).not.toBe('');
  });

  it('honours smaller limits given by the caller', async () => {
    const doc = await buildDocx({ body: p('x'.repeat(5000)) });
    expect((await caught(readDocx(doc, { maxEntryBytes: 1000 }))).messageKey).toBe('docx.zipBomb');
    expect((await caught(readDocx(doc, { maxInputBytes: 100 }))).messageKey).toBe('docx.tooLarge');
    expect((await caught(readDocx(doc, { maxDepth: 3 }))).messageKey).toBe('docx.tooDeep');
    await expect(readDocx(doc)).resolves.toMatchObject({ template: null });
  });

  it('refuses a DOCTYPE in any part it reads, not only document.xml', async () => {
    const styles = '<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "b">]><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>';
    expect((await caught(readDocx(await buildDocx({ styles })))).messageKey).toBe('docx.doctype');
  });

  it('keeps memory bounded across every hostile fixture', async () => {
    const before = process.memoryUsage();
    for (const name of Object.keys(expected)) await readDocx(fixture(name)).catch(() => undefined);
    const after = process.memoryUsage();
    // The 100 MB bomb must never be inflated: allow far less than its size.
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(64 * 1024 * 1024);
  });
});
