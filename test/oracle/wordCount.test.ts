/**
 * Word count oracle: LibreOffice's own word count (document statistics of the passage converted to .odt, with its
 * extra dash separators emptied so it follows Word's rule) against `countWords`, on the prose corpus in
 * test/fixtures/prose. One LibreOffice run converts every passage.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { countWords } from '../../src/core/text';
import { tempDir } from '../cli/support/cli';
import { WORD_RULE_REGISTRY_ITEM, convertToPdf, libreOfficeAvailable } from '../support/libreoffice';

jest.setTimeout(240_000);

const CORPUS = path.join(__dirname, '..', 'fixtures', 'prose');
const expected = (
  JSON.parse(readFileSync(path.join(CORPUS, 'expected.json'), 'utf8')) as { files: Record<string, { words: number }> }
).files;
const passages = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort();

/** Edge cases written to files and counted by LibreOffice as well. */
const EDGE: Record<string, string> = {
  'edge-spaced-dash': 'thầy cô – những người\n',
  'edge-list-marker': '- Thứ nhất\n- Thứ hai\n',
  'edge-ampersand-ellipsis': 'GD & ĐT … và Ça va ?\n',
  'edge-inner-dash': 'giai đoạn 2020–2025, Toán—Tin, hai-ba\n',
  'edge-nbsp-tab': 'một\u00a0hai\tba\u202fbốn  năm\n',
  'edge-nfd': 'Nguyễn Thị Ngọc Ánh – Trường Mầm non Hoa Sen\n'.normalize('NFD'),
};

let counts: Record<string, number>;

async function metaWordCount(odt: string): Promise<number> {
  const zip = await JSZip.loadAsync(readFileSync(odt));
  const meta = await zip.file('meta.xml')!.async('string');
  const m = /meta:word-count="(\d+)"/.exec(meta);
  if (!m) throw new Error(`no meta:word-count in ${odt}`);
  return Number(m[1]);
}

beforeAll(async () => {
  if (!libreOfficeAvailable())
    throw new Error('LibreOffice (soffice) is needed for the word count oracle; .ci/run installs it.');
  const dir = tempDir('bctt-wordcount-');
  const files = passages.map((f) => path.join(CORPUS, f));
  for (const [name, text] of Object.entries(EDGE)) {
    const file = path.join(dir, `${name}.txt`);
    writeFileSync(file, text);
    files.push(file);
  }
  const out = path.join(dir, 'odt');
  mkdirSync(out);
  const odts = await convertToPdf(files, out, {
    convertTo: 'odt',
    infilter: 'Text (encoded):UTF8,LF,,,',
    registryItems: [WORD_RULE_REGISTRY_ITEM],
  });
  counts = {};
  for (let i = 0; i < files.length; i++) counts[path.basename(files[i])] = await metaWordCount(odts[i]);
});

describe('countWords equals LibreOffice (Word rule) on the prose corpus', () => {
  it.each(passages)('%s', (file) => {
    const text = readFileSync(path.join(CORPUS, file), 'utf8');
    expect(countWords(text)).toBe(counts[file]);
    expect(expected[file].words).toBe(counts[file]);
  });
});

describe('countWords equals LibreOffice (Word rule) on edge cases', () => {
  it.each(Object.keys(EDGE))('%s', (name) => {
    expect(countWords(EDGE[name])).toBe(counts[`${name}.txt`]);
  });
});
