import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { collectInputs, compareNames, isIgnoredName, readFileBounded } from '../../src/cli/files';
import { tempDir } from './support/cli';

describe('which files check reads', () => {
  const dir = tempDir();
  const touch = (rel: string) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), 'x');
  };
  beforeAll(() => {
    for (const rel of ['b.docx', 'a.docx', 'Quận 3/Ánh.docx', 'Quận 1/c.DOCX', 'notes.txt', '~$a.docx', '.hidden.docx', '.git/x.docx', 'old.doc']) {
      touch(rel);
    }
  });

  it('scans directories recursively for .docx, sorted, skipping lock files, hidden entries and other types', async () => {
    const inputs = await collectInputs([dir]);
    expect(inputs.map((i) => path.relative(dir, i.file))).toEqual(['Quận 1/c.DOCX', 'Quận 3/Ánh.docx', 'a.docx', 'b.docx']);
    expect(inputs.every((i) => i.problem === undefined)).toBe(true);
  });

  it('keeps explicit files in the order given, once each, and reports missing paths', async () => {
    const inputs = await collectInputs([path.join(dir, 'b.docx'), path.join(dir, 'nope.docx'), path.join(dir, 'b.docx'), path.join(dir, 'notes.txt')]);
    expect(inputs.map((i) => [path.basename(i.file), i.problem])).toEqual([
      ['b.docx', undefined],
      ['nope.docx', 'cli.check.fileNotFound'],
      ['notes.txt', undefined],
    ]);
  });

  it('sorts numbers naturally and NFC/NFD names alike', () => {
    expect(['bao-cao-10.docx', 'bao-cao-2.docx', 'bao-cao-1.docx'].sort(compareNames)).toEqual(['bao-cao-1.docx', 'bao-cao-2.docx', 'bao-cao-10.docx']);
    // Decomposed "Ánh" (as macOS file systems give it) starts with a plain "A" byte-wise, but sorts as "Á".
    expect(['b', 'Ánh'.normalize('NFD'), 'a'].sort(compareNames)).toEqual(['a', 'b', 'Ánh'.normalize('NFD')]);
    expect(['b', 'Ánh', 'a'].sort(compareNames)).toEqual(['a', 'b', 'Ánh']);
  });

  it('recognises Word owner files and hidden files', () => {
    expect(isIgnoredName('~$bao-cao.docx')).toBe(true);
    expect(isIgnoredName('.DS_Store')).toBe(true);
    expect(isIgnoredName('bao-cao.docx')).toBe(false);
  });

  it('refuses a file larger than the limit without reading it', async () => {
    const big = path.join(dir, 'big.docx');
    writeFileSync(big, Buffer.alloc(2048));
    expect(await readFileBounded(big, 1024)).toEqual({ ok: false, reason: 'tooLarge', size: 2048 });
    const ok = await readFileBounded(big, 4096);
    expect(ok.ok && ok.bytes.length).toBe(2048);
    expect((await readFileBounded(dir, 4096)).ok).toBe(false);
  });
});
